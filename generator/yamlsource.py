"""Read one YAML record safely, remembering where every key and value stands.

Records come from pull requests by people who are not programmers, and
sometimes from careless or hostile hands. So the file is read as a stream of
parser events and the tree is built here, iteratively and with limits, rather
than by PyYAML's constructor: aliases (the "billion laughs" bomb), custom
tags, duplicate keys, extreme nesting and binary data become located
diagnostics instead of tracebacks, hangs or silent data loss.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from generator.diagnostics import Diagnostic, FieldPath, Severity, format_path

Position = tuple[int, int]

MAX_FILE_BYTES = 256 * 1024
MAX_DEPTH = 12
MAX_NODES = 20_000

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_IMPLICIT_RESOLVERS = Resolver.yaml_implicit_resolvers
_DEFAULT_SCALAR_TAG = Resolver.DEFAULT_SCALAR_TAG
_Scalar, _Alias, _DocumentStart = yaml.ScalarEvent, yaml.AliasEvent, yaml.DocumentStartEvent
_MappingStart, _MappingEnd = yaml.MappingStartEvent, yaml.MappingEndEvent
_SequenceStart, _SequenceEnd = yaml.SequenceStartEvent, yaml.SequenceEndEvent
_constructor = SafeConstructor()
_CORE_TAGS = {f"tag:yaml.org,2002:{name}" for name in
              ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")}
_CONSTRUCTORS = {
    "tag:yaml.org,2002:int": _constructor.construct_yaml_int,
    "tag:yaml.org,2002:float": _constructor.construct_yaml_float,
    "tag:yaml.org,2002:bool": _constructor.construct_yaml_bool,
    "tag:yaml.org,2002:null": _constructor.construct_yaml_null,
    "tag:yaml.org,2002:timestamp": _constructor.construct_yaml_timestamp,
}


@dataclass
class Document:
    data: Any
    positions: dict[FieldPath, Position] = field(default_factory=dict)
    key_positions: dict[FieldPath, Position] = field(default_factory=dict)
    written: dict[FieldPath, str] = field(default_factory=dict)
    """Unquoted scalars as typed, so a report can say `0136` (not "the number 94")."""
    text: str = ""
    spans: dict[FieldPath, tuple[Position, Position]] = field(default_factory=dict)
    """Where each scalar starts and ends, to find a bad tag inside a long text."""
    last_quoted: tuple[Position, Position] | None = None

    def find(self, path: FieldPath, needle: str) -> Position | None:
        """Position of `needle` as written inside the scalar at `path`, if it is there
        verbatim (not, say, as a `\\u202e` escape)."""
        span = self.spans.get(path)
        if span is None or not needle:
            return None
        starts = [0, *(index + 1 for index, char in enumerate(self.text) if char == "\n")]
        first, last = (starts[line - 1] + column - 1 for line, column in span)
        index = self.text.find(needle, first, last)
        return _line_column(self.text, index) if index >= 0 else None

    def locate(self, path: FieldPath, *, key: bool = False) -> Position:
        """Best position for `path`: itself, else the nearest enclosing value."""
        table = self.key_positions if key else self.positions
        probe = path
        while probe:
            if probe in table:
                return table[probe]
            if probe in self.positions:
                return self.positions[probe]
            probe = probe[:-1]
        return self.positions.get((), (1, 1))


class _Stop(Exception):
    def __init__(self, diagnostic: Diagnostic) -> None:
        self.diagnostic = diagnostic


def _position(mark: Any) -> Position:
    return (mark.line + 1, mark.column + 1)


def _line_column(text: str, offset: int) -> Position:
    before = text[:offset]
    line = before.count("\n") + 1
    return line, offset - (before.rfind("\n") + 1) + 1


def load(raw: bytes, file: str, size: int | None = None) -> tuple[Document | None,
                                                                   list[Diagnostic]]:
    """Parse `raw`; return the document (None if unusable) and every problem.

    `size` is the file's real size when `raw` was read only up to the limit.
    """
    notes: list[Diagnostic] = []
    size = max(size or 0, len(raw))
    if size > MAX_FILE_BYTES:
        return None, [Diagnostic("file.too_large", file, 1, 1, params={
            "size": -(-size // 1024), "limit": MAX_FILE_BYTES // 1024})]
    if b"\x00" in raw:
        return None, [Diagnostic("file.binary", file, 1, 1)]
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
        notes.append(Diagnostic("file.bom", file, 1, 1, severity=Severity.WARNING))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        good = raw[: error.start].decode("utf-8", errors="replace")
        line, column = _line_column(good, len(good))
        return None, [Diagnostic("file.encoding", file, line, column,
                                 params={"byte": f"0x{raw[error.start]:02x}"})]
    if "\t" in text:  # rare, so the line-by-line search runs only when it can find something
        tabs = [
            Diagnostic("yaml.tab", file, number, text_line.index("\t") + 1)
            for number, text_line in enumerate(text.split("\n"), start=1)
            if "\t" in text_line[: len(text_line) - len(text_line.lstrip(" \t"))]
        ]
        if tabs:
            return None, notes + tabs
    document = Document(data=None, text=text)
    try:
        _build(document, file)
    except _Stop as stop:
        return None, [*notes, stop.diagnostic]
    except yaml.MarkedYAMLError as error:
        return None, [*notes, _syntax_diagnostic(error, file, document.last_quoted)]
    except yaml.YAMLError as error:
        return None, [*notes, Diagnostic("yaml.syntax", file, 1, 1,
                                         params={"problem": str(error).strip()})]
    return document, notes


# PyYAML's wording of common mistakes -> (our code, whether the error's context mark, e.g.
# where an unclosed quote opened, is closer to the mistake than where parsing gave up).
SYNTAX_PROBLEMS: dict[str, tuple[str, bool]] = {
    "mapping values are not allowed": ("yaml.syntax.colon", False),
    "found unexpected end of stream": ("yaml.syntax.unclosed", True),
    "did not find expected ',' or": ("yaml.syntax.unclosed_bracket", True),
    "did not find expected key": ("yaml.syntax.indentation", False),
    "did not find expected '-' indicator": ("yaml.syntax.indentation", False),
    "could not find expected ':'": ("yaml.syntax.missing_colon", True),
    "found character that cannot start any token": ("yaml.syntax.reserved_character", False),
}


def _syntax_diagnostic(error: yaml.MarkedYAMLError, file: str,
                       last_quoted: tuple[Position, Position] | None) -> Diagnostic:
    problem = (error.problem or error.context or "").strip()
    if last_quoted and last_quoted[0][0] < last_quoted[1][0] and error.problem_mark \
            and error.problem_mark.line + 1 == last_quoted[1][0]:
        # A quoted text that ran over a line break and broke the very next thing: nearly
        # always a quote left open, so point at where it opened.
        return Diagnostic("yaml.syntax.unclosed", file, *last_quoted[0],
                          params={"problem": problem})
    code, use_context = "yaml.syntax", False
    for wording, (known_code, context_first) in SYNTAX_PROBLEMS.items():
        if problem.startswith(wording):
            code, use_context = known_code, context_first
            break
    mark = (error.context_mark if use_context else None) or error.problem_mark \
        or error.context_mark
    line, column = _position(mark) if mark else (1, 1)
    return Diagnostic(code, file, line, column, params={"problem": problem})


def _build(document: Document, file: str) -> None:
    # The hot loop of every validation run (hundreds of events per record, millions per
    # catalogue), so it avoids per-event helper calls, isinstance chains and the generator
    # around the parser. The checks keep their order: the first one to fail is the message.
    positions, key_positions = document.positions, document.key_positions
    spans, written = document.spans, document.written
    # Open containers as [container, path, is_mapping, pending key, its position].
    stack: list[list[Any]] = []
    frame: list[Any] | None = None
    documents = nodes = 0
    root_set = False
    loader = _Loader(document.text)
    get_event = loader.get_event
    try:
        while (event := get_event()) is not None:
            kind = event.__class__
            if kind is _MappingEnd or kind is _SequenceEnd:
                stack.pop()
                frame = stack[-1] if stack else None
                continue
            if kind is _DocumentStart:
                documents += 1
                if documents > 1:
                    raise _Stop(Diagnostic("yaml.multiple_documents", file,
                                           *_position(event.start_mark)))
                continue
            if kind is _Alias:
                raise _Stop(Diagnostic("yaml.alias", file, *_position(event.start_mark),
                                       params={"name": event.anchor}))
            if kind is not _Scalar and kind is not _MappingStart and kind is not _SequenceStart:
                continue
            mark = event.start_mark
            position = (mark.line + 1, mark.column + 1)
            nodes += 1
            if nodes > MAX_NODES:
                raise _Stop(Diagnostic("yaml.too_many_nodes", file, *position,
                                       params={"limit": MAX_NODES}))
            tag = event.tag
            if tag and tag != "!" and tag not in _CORE_TAGS:
                shown = tag.replace("tag:yaml.org,2002:", "!!")
                raise _Stop(Diagnostic("yaml.tag", file, *position, params={"tag": shown}))
            if frame is not None and frame[2] and frame[3] is None:
                _take_key(event, kind, frame, position, key_positions, file)
                continue
            if kind is _Scalar:
                value = _scalar(event)
            else:
                if len(stack) >= MAX_DEPTH:
                    raise _Stop(Diagnostic("yaml.too_deep", file, *position,
                                           params={"limit": MAX_DEPTH}))
                value = {} if kind is _MappingStart else []
            if frame is None:
                document.data = value
                path: FieldPath = ()
                root_set = True
            elif frame[2]:
                path = (*frame[1], frame[3])
                frame[0][frame[3]] = value
                key_positions[path] = frame[4]
                frame[3] = None
            else:
                path = (*frame[1], len(frame[0]))
                frame[0].append(value)
            positions[path] = position
            if kind is _Scalar:
                end = event.end_mark
                span = (position, (end.line + 1, end.column + 1))
                spans[path] = span
                document.last_quoted = span if event.style in ("'", '"') else None
                if event.implicit[0] and not tag:
                    written[path] = event.value
            else:
                frame = [value, path, kind is _MappingStart, None, None]
                stack.append(frame)
    finally:
        loader.dispose()
    if not root_set or document.data is None:
        raise _Stop(Diagnostic("yaml.empty", file, 1, 1))


def _take_key(event: Any, kind: type, frame: list[Any], position: Position,
              key_positions: dict[FieldPath, Position], file: str) -> None:
    if kind is not _Scalar:
        raise _Stop(Diagnostic("yaml.complex_key", file, *position))
    key = event.value
    if key in frame[0]:
        path = (*frame[1], key)
        first = key_positions.get(path, position)
        raise _Stop(Diagnostic("yaml.duplicate_key", file, *position, format_path(path),
                               {"key": key, "first_line": first[0]}))
    frame[3], frame[4] = key, position


def _scalar(event: yaml.ScalarEvent) -> Any:
    value = event.value
    tag = event.tag
    if not tag or tag == "!":
        if not event.implicit[0]:
            return value
        # Resolver.resolve without its per-call list building: the same table, same order.
        tag = _DEFAULT_SCALAR_TAG
        for candidate, pattern in _IMPLICIT_RESOLVERS.get(value[:1], ()):
            if pattern.match(value):
                tag = candidate
                break
    construct = _CONSTRUCTORS.get(tag)
    if construct is None:
        return value
    try:
        return construct(ScalarNode(tag, value))
    except (ValueError, yaml.YAMLError):
        return value
