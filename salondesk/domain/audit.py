"""The audit trail: every change made through a service, field by field."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from salondesk.domain.base import instant_field, text_field


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
