"""Customer files (owned by the customer-files work; other areas reference ``customer.id``)."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, SQLModel

from salondesk.domain.base import instant_field, text_field


class Customer(SQLModel, table=True):
    """One customer file. Never deleted: erased (pseudonymised) on request."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = text_field(length=120)
    mobile_e164: str | None = text_field(None, length=20, index=True)
    other_phone: str | None = text_field(None, length=40)
    gender: str | None = text_field(None, length=12)
    birthday: date | None = None
    member_number: str | None = text_field(None, length=40, index=True)
    notes: str = text_field("")
    created_at: datetime = instant_field()
    last_visit_at: datetime | None = instant_field(nullable=True, default=None, index=True)
    erased_at: datetime | None = instant_field(nullable=True, default=None)
    pseudonym: str | None = text_field(None, length=20)
