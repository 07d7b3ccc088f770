"""Hash chains over signed entries (records.md, "tamper-evident"): pure functions.

An entry's hash is ``sha256(canonical_json(content) + previous entry's hash)``, hex.
The canonical form must survive a database round trip and the whole-salon JSON
export/import, so it never depends on Python object identity, dict order or float
formatting: keys are sorted, instants become UTC ISO text with microseconds, dates
ISO text, enums their value, and numbers a normalised decimal string (``250``,
``250.0`` and ``Decimal("250.00")`` all hash alike).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from salondesk.domain.clock import ensure_utc

GENESIS = ""  # the "previous hash" of a register's first entry
# Below this magnitude an int's normalised decimal text is its plain str() (Decimal's
# default context keeps 28 significant digits; larger ints are rounded by normalize()).
_EXACT_INT = 10**28


def _number(value: int | float | Decimal) -> str:
    exact = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if not exact.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    normal = exact.normalize()
    text = format(normal, "f")
    return "0" if text in {"-0", "0"} else text


def canonical_value(value: Any) -> Any:
    """A JSON-safe value whose text is the same however the value was stored."""
    # Fast paths for the exact built-in types that make up nearly every entry (a ten-year
    # hygiene register canonicalises millions of values); each gives exactly what the
    # general rules below give. Subclasses (str or int enums) take the general path.
    kind = type(value)
    if kind is str or kind is bool or value is None:
        return value
    if kind is int and -_EXACT_INT < value < _EXACT_INT:
        return {"#": str(value)}  # what _number gives for an int within Decimal's precision
    if kind is dict:  # str/None/bool members inline: saves a call for most of an entry's fields
        return {
            (k if type(k) is str else str(k)): (
                v if (t := type(v)) is str or v is None or t is bool else canonical_value(v)
            )
            for k, v in value.items()
        }
    if kind is list:
        return [canonical_value(v) for v in value]
    if kind is date:  # not datetime: that is a subclass, handled below
        return value.isoformat()
    return _canonical_general(value)


def _canonical_general(value: Any) -> Any:
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, Enum):
        return canonical_value(value.value)
    if isinstance(value, int | float | Decimal):
        return {"#": _number(value)}
    if isinstance(value, datetime):
        return ensure_utc(value).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): canonical_value(v) for k, v in value.items()}
    if isinstance(value, Sequence):
        return [canonical_value(v) for v in value]
    raise TypeError(f"cannot canonicalise {type(value).__name__}")


def canonical_json(content: Mapping[str, Any]) -> str:
    """Sorted keys, no spaces, UTF-8 text (not ASCII escapes).

    The text of ``json.dumps(canonical_value(content), sort_keys=True, ensure_ascii=False,
    separators=(",", ":"))``, written in one pass without the intermediate structure (a
    ten-year register is hashed entry by entry); tests compare the two byte for byte.
    """
    out: list[str] = []
    _write(content, out)
    return "".join(out)


def canonical_text(value: Any) -> str:
    """One value's canonical JSON text (what it reads as inside :func:`canonical_json`)."""
    return json.dumps(canonical_value(value), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


# JSON text of a string as json.dumps(ensure_ascii=False) writes it (the C encoder when present).
json_string: Callable[[str], str] = json.encoder.encode_basestring  # type: ignore[attr-defined]


def value_text(value: Any) -> str:
    """One value's canonical JSON text (what it reads as inside :func:`canonical_json`).

    The exact built-in types that make up nearly every entry are written inline, each as
    canonical_text writes it; anything else (enums, floats, decimals, other zones, other
    mappings and sequences) goes through canonical_text.
    """
    kind = type(value)
    if kind is str:
        return json_string(value)
    if value is None:
        return "null"
    if kind is int and -_EXACT_INT < value < _EXACT_INT:
        return '{"#":"' + str(value) + '"}'
    if kind is bool:
        return "true" if value else "false"
    if kind is date:
        day: date = value
        return '"' + day.isoformat() + '"'
    if kind is datetime and value.tzinfo is UTC and value.year >= 1000:
        # strftime("%Y-%m-%dT%H:%M:%S.%fZ") for a four-digit year, at a fraction of its cost
        instant: datetime = value
        return '"' + instant.isoformat("T", "microseconds")[:26] + 'Z"'
    if kind is dict or kind is list:
        out: list[str] = []
        _write(value, out)
        return "".join(out)
    return canonical_text(value)


def _write(value: Any, out: list[str]) -> None:
    """Append ``value``'s canonical JSON text (dicts and lists walked here, everything else by value_text)."""
    kind = type(value)
    if kind is dict:
        # the keys canonical_value gives (a later duplicate after str() wins), sorted as json.dumps sorts them
        items = value if all(type(k) is str for k in value) else {str(k): v for k, v in value.items()}
        out.append("{")
        for index, key in enumerate(sorted(items)):
            out.append(("," if index else "") + json_string(key) + ":")
            _write(items[key], out)
        out.append("}")
    elif kind is list:
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            _write(item, out)
        out.append("]")
    else:
        out.append(value_text(value))


def entry_hash(content: Mapping[str, Any], prev_hash: str) -> str:
    """The hash of one entry given the previous entry's hash (``GENESIS`` for the first)."""
    return text_hash(canonical_json(content), prev_hash)


def text_hash(canonical: str, prev_hash: str) -> str:
    """The hash of one entry from its canonical JSON text (what :func:`entry_hash` hashes)."""
    return hashlib.sha256((canonical + prev_hash).encode("utf-8")).hexdigest()


def content_hash(data: bytes) -> str:
    """sha256 of a file's bytes (photos are stored under this name)."""
    return hashlib.sha256(data).hexdigest()
