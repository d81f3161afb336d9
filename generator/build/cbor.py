"""The small part of CBOR (RFC 8949) that Pagefind's index files use.

Integers, byte and text strings, arrays and maps, always with definite
lengths and the shortest head, which is how Pagefind (minicbor) writes them;
so decoding and encoding an unchanged value gives back the same bytes.
"""

from __future__ import annotations

import struct
from typing import Any

_UINT, _NEGINT, _BYTES, _TEXT, _ARRAY, _MAP = range(6)
_HEAD_SIZES = {24: 1, 25: 2, 26: 4, 27: 8}


class CborError(ValueError):
    """The data is not CBOR of the kind this module reads."""


def decode(data: bytes) -> Any:
    value, end = _decode(data, 0)
    if end != len(data):
        raise CborError(f"{len(data) - end} bytes after the value")
    return value


def encode(value: Any) -> bytes:
    if isinstance(value, bool) or value is None:
        raise CborError(f"cannot encode {value!r}")
    if isinstance(value, int):
        return _head(_UINT, value) if value >= 0 else _head(_NEGINT, -1 - value)
    if isinstance(value, bytes):
        return _head(_BYTES, len(value)) + value
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return _head(_TEXT, len(raw)) + raw
    if isinstance(value, list):
        return _head(_ARRAY, len(value)) + b"".join(encode(item) for item in value)
    if isinstance(value, dict):
        return _head(_MAP, len(value)) + b"".join(
            encode(key) + encode(item) for key, item in value.items())
    raise CborError(f"cannot encode {type(value).__name__}")


def _head(major: int, argument: int) -> bytes:
    if argument < 24:
        return bytes([major << 5 | argument])
    for info, size in _HEAD_SIZES.items():
        if argument < 1 << (8 * size):
            return bytes([major << 5 | info]) + argument.to_bytes(size, "big")
    raise CborError(f"{argument} is too large")


def _decode(data: bytes, at: int) -> tuple[Any, int]:
    if at >= len(data):
        raise CborError("unexpected end of data")
    major, info = data[at] >> 5, data[at] & 0x1F
    at += 1
    if info < 24:
        argument = info
    elif info in _HEAD_SIZES:
        size = _HEAD_SIZES[info]
        if major == 7 and size in (4, 8):
            return struct.unpack(">f" if size == 4 else ">d", data[at:at + size])[0], at + size
        argument = int.from_bytes(data[at:at + size], "big")
        at += size
    else:
        raise CborError(f"unsupported head {data[at - 1]:#04x}")
    if major == _UINT:
        return argument, at
    if major == _NEGINT:
        return -1 - argument, at
    if major in (_BYTES, _TEXT):
        raw = data[at:at + argument]
        if len(raw) != argument:
            raise CborError("string runs past the end")
        return (raw if major == _BYTES else raw.decode("utf-8")), at + argument
    if major == _ARRAY:
        items = []
        for _ in range(argument):
            item, at = _decode(data, at)
            items.append(item)
        return items, at
    if major == _MAP:
        mapping = {}
        for _ in range(argument):
            key, at = _decode(data, at)
            mapping[key], at = _decode(data, at)
        return mapping, at
    raise CborError(f"unsupported major type {major}")
