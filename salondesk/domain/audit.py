"""The audit trail: every change made through a service, field by field, as a hash chain."""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlmodel import Field, SQLModel

from salondesk.domain.base import instant_field, text_field

# What an erased customer's personal values in the trail are replaced with (privacy.md:
# the trail must not keep what was erased). The row's sealed digest of the original value
# keeps its hash verifiable.
ERASED = "[erased]"
ERASABLE_ENTITY = "customer"

# The actions that export customer data (one file, the list, the whole salon): each is
# one audit row whose ``new_value`` says how many records left the salon; P1 counts them.
CUSTOMER_EXPORT_ACTIONS = ("export", "export_all", "export_salon")
DATA_REQUEST_ACTIONS = (*CUSTOMER_EXPORT_ACTIONS, "erase")


class AuditEntry(SQLModel, table=True):
    """Who changed what, when, from which value to which."""

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = instant_field(index=True)
    staff_id: int | None = Field(default=None, foreign_key="staff.id", index=True)
    action: str = text_field(length=40)  # create / update / deactivate / login / export …
    entity: str = text_field(length=40, index=True)
    entity_id: str = text_field("", length=40, index=True)
    field_name: str = text_field("", length=60)
    old_value: str | None = text_field(None)
    new_value: str | None = text_field(None)
    # sha256 of the values as first written: what the chain seals for an erased value
    old_digest: str = text_field("", length=64)
    new_digest: str = text_field("", length=64)
    prev_hash: str = text_field("", length=64)
    hash: str = text_field("", length=64)


def value_digest(value: str | None) -> str:
    """The sealed fingerprint of one audit value (``""`` for none)."""
    return "" if value is None else hashlib.sha256(value.encode("utf-8")).hexdigest()


def sealed_digest(entity: str, value: str | None, stored_digest: str) -> str:
    """The digest the chain checks for a value: recomputed, except where erasure replaced it.

    Only a customer's values may read :data:`ERASED` later (erasure on request); there the
    digest stored at sealing stands in for the value. Anywhere else, or for any other
    text, the value itself is hashed, so an edit shows.
    """
    if value == ERASED and entity == ERASABLE_ENTITY and stored_digest:
        return stored_digest
    return value_digest(value)


def audit_content(row: AuditEntry) -> dict[str, object]:
    """What an audit row's hash covers (works on a model instance or a plain row)."""
    return {
        "id": row.id,
        "at": row.at,
        "staff_id": row.staff_id,
        "action": row.action,
        "entity": row.entity,
        "entity_id": row.entity_id,
        "field": row.field_name,
        "old": sealed_digest(row.entity, row.old_value, row.old_digest),
        "new": sealed_digest(row.entity, row.new_value, row.new_digest),
    }
