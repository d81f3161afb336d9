"""Which existing ids a mistyped reference most likely meant, judged by id and by label.

A contributor writes what the source says: `flyktingar`, `Långtidsarbetslösa`,
`Haninge-Kommun`. Each is compared, folded (lower case, å/ä -> a, ö -> o), with every id
and with both labels of every term, so the Swedish word finds the term as well as the
English id does.
"""

from __future__ import annotations

from collections.abc import Mapping
from difflib import SequenceMatcher

from generator.ids import folded

Labels = Mapping[str, tuple[str, str | None]]
"""Each id and its Swedish and English label (the English may be missing)."""

CLOSE = 0.75
"""How alike two folded texts must be (difflib's ratio) to count as a likely typo."""
MARGIN = 0.05
"""Suggestions this much less alike than the best one are left out: one clear answer."""
MAX_SUGGESTIONS = 3


def nearest(found: str, labels: Labels, limit: int = MAX_SUGGESTIONS) -> list[str]:
    """Up to `limit` ids that `found` most likely meant, best first; none when nothing is
    close enough to be worth suggesting."""
    return Matcher(labels).nearest(found, limit)


class Matcher:
    """`nearest` for many look-ups in one vocabulary: the folded texts are made once."""

    def __init__(self, labels: Labels) -> None:
        self.texts = {term_id: [folded(text) for text in (term_id, swedish, english or "")
                                if text]
                      for term_id, (swedish, english) in labels.items()}
        self.common = _common_words(self.texts)
        self.short = {term_id: [_distinctive(text, self.common) or text for text in texts]
                      for term_id, texts in self.texts.items()}

    def nearest(self, found: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        whole = folded(found)
        wanted = _distinctive(whole, self.common)
        if not wanted:
            return []  # only words like "kommun": anything would match
        whole_matcher, short_matcher = SequenceMatcher(b=whole), SequenceMatcher(b=wanted)
        scored = []
        for term_id, texts in self.texts.items():
            score = max(max(_likeness(whole_matcher, whole, text) for text in texts),
                        max(_likeness(short_matcher, wanted, text)
                            for text in self.short[term_id]))
            if score >= CLOSE:
                scored.append((-score, term_id))
        if not scored:
            return []
        scored.sort()
        best = -scored[0][0]
        return [term_id for score, term_id in scored[:limit] if -score >= best - MARGIN]


def _common_words(texts: Mapping[str, list[str]]) -> set[str]:
    """Words that many terms share ("kommun", "people"): they tell the terms apart poorly."""
    counts: dict[str, int] = {}
    for candidates in texts.values():
        for word in {word for text in candidates for word in text.split()}:
            counts[word] = counts.get(word, 0) + 1
    limit = max(3, len(texts) // 10)
    return {word for word, count in counts.items() if count > limit}


def _distinctive(text: str, common: set[str]) -> str:
    return " ".join(word for word in text.split() if word not in common)


def _likeness(matcher: SequenceMatcher[str], wanted: str, text: str) -> float:
    """How alike `text` is to `wanted`, the text `matcher` holds as its second sequence."""
    if wanted == text:
        return 1.0
    if _words_begin(wanted, text):
        # "flyktingar" in "flyktingar och invandrare med ...": a word of the label,
        # the closer the lengths the better.
        return max(0.8 + 0.15 * len(wanted) / len(text), _ratio(matcher, text))
    return _ratio(matcher, text)


def _ratio(matcher: SequenceMatcher[str], text: str) -> float:
    matcher.set_seq1(text)
    # The cheap upper bounds first: most terms are nowhere near.
    if matcher.real_quick_ratio() < CLOSE or matcher.quick_ratio() < CLOSE:
        return 0.0
    return matcher.ratio()


def _words_begin(wanted: str, text: str) -> bool:
    """Every word of `wanted` (of three letters or more) begins a word of `text`."""
    words = [word for word in wanted.split() if len(word) >= 3]
    targets = text.split()
    return bool(words) and all(any(target.startswith(word) for target in targets)
                               for word in words)
