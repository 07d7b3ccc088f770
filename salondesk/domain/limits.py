"""How long a text may be, and which characters it may hold: one rule for every table.

The limit of a field is its column's length (``text_field(length=…)``), read from the
table, so the rule and the schema cannot drift apart. Services call :func:`check_text`
before writing (PostgreSQL refuses a longer value with a DataError halfway through a
transaction; SQLite stores it and the value then breaks exports and forms); the UI asks
:func:`max_length` for its ``maxLength``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

from salondesk.domain.errors import Label, ValidationError
from salondesk.i18n import QT_TRANSLATE_NOOP

# Characters no stored text may hold: NUL (PostgreSQL refuses it) and the other C0 controls except
# tab and line breaks (they come from pasted binary, never from a person typing).
FORBIDDEN = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r")

FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Errors", "Name"),
    "name_zh": QT_TRANSLATE_NOOP("Errors", "Chinese name"),
    "member_number": QT_TRANSLATE_NOOP("Errors", "Member number"),
    "other_phone": QT_TRANSLATE_NOOP("Errors", "Other phone"),
    "tags": QT_TRANSLATE_NOOP("Errors", "Tags"),
    "notes": QT_TRANSLATE_NOOP("Errors", "Notes"),
    "referral_source": QT_TRANSLATE_NOOP("Errors", "Referral source"),
    "category": QT_TRANSLATE_NOOP("Errors", "Category"),
    "location": QT_TRANSLATE_NOOP("Errors", "Location"),
    "manufacturer": QT_TRANSLATE_NOOP("Errors", "Manufacturer"),
    "model": QT_TRANSLATE_NOOP("Errors", "Model"),
    "serial": QT_TRANSLATE_NOOP("Errors", "Serial number"),
    "supplier": QT_TRANSLATE_NOOP("Errors", "Supplier"),
    "supplier_contact": QT_TRANSLATE_NOOP("Errors", "Supplier contact"),
    "status_reason": QT_TRANSLATE_NOOP("Errors", "Reason"),
    "reason": QT_TRANSLATE_NOOP("Errors", "Reason"),
    "description": QT_TRANSLATE_NOOP("Errors", "Description"),
    "parts": QT_TRANSLATE_NOOP("Errors", "Parts"),
    "cost": QT_TRANSLATE_NOOP("Errors", "Cost"),
}


def max_length(model: type[SQLModel], field: str) -> int | None:
    """The most characters ``model.field`` holds (None: no limit)."""
    table: sa.Table = model.__table__  # type: ignore[attr-defined]
    column = table.columns.get(field)
    if column is None or not isinstance(column.type, sa.String):
        return None
    return column.type.length


def check_text(model: type[SQLModel], values: Mapping[str, Any]) -> None:
    """Refuse (``ValidationError`` naming the field) a text longer than its column or holding a control character."""
    for field, value in values.items():
        if not isinstance(value, str):
            continue
        label = Label(FIELD_LABELS.get(field, field))
        if any(char in FORBIDDEN for char in value):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{label} contains a control character that cannot be stored."),
                field=field,
                label=label,
            )
        limit = max_length(model, field)
        if limit is not None and len(value) > limit:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{label} can be at most {limit} characters long (it has {length})."),
                field=field,
                label=label,
                limit=limit,
                length=len(value),
            )
