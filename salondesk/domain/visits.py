"""Visits, service records, ratings and re-checks: what happens at the counter, recorded as it happens.

A :class:`Visit` is one customer (a file, or a walk-in's name and phone) coming in:
arrival, the wait start of commitments.md R1 (fixed at check-in), service start and
end, who served, or *left without service* (R5). A booked visit links its
appointment and keeps a copy of the scheduled start as it was at check-in, so a
later edit of the book cannot rewrite a wait that already happened.

Finishing a service writes a :class:`ServiceRecord` (what was done, products /
colour formula, notes) that joins the customer's history. A :class:`Rating` is the
customer's own answer afterwards (each half skippable). A :class:`Recheck` links a
re-check/adjustment visit to the original service record; whether it fell inside
the free window (168 h, exact elapsed time) is decided once, when it is requested.

Rows are never deleted; a visit that did not happen is *left*, not removed.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlmodel import Field, SQLModel

from salondesk.domain import appointments as _appointments  # noqa: F401 - "appointment" table for the FK
from salondesk.domain import catalogue as _catalogue  # noqa: F401 - "service" table for the FK
from salondesk.domain.base import enum_field, instant_field, text_field


class VisitState(StrEnum):
    """Where a visit is: waiting → in service → done, or left without service."""

    WAITING = "waiting"
    IN_SERVICE = "in_service"
    DONE = "done"
    LEFT = "left"  # left without service (R5)


class LeftReason(StrEnum):
    """Why a visit ended without service."""

    CUSTOMER_LEFT = "customer_left"  # the receptionist recorded it
    CLOSING = "closing"  # still waiting when the salon closed (recorded automatically)


class Visit(SQLModel, table=True):
    """One arrival at the salon (接待)."""

    __tablename__ = "visit"

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int | None = Field(default=None, foreign_key="customer.id", index=True)
    walk_in_name: str = text_field("", length=120)  # a walk-in without a file
    walk_in_phone: str = text_field("", length=40)
    appointment_id: int | None = Field(default=None, foreign_key="appointment.id", index=True)
    scheduled_start: datetime | None = instant_field(
        nullable=True, default=None, index=True
    )  # copy at check-in (R3's month)
    arrived_at: datetime = instant_field(index=True)
    wait_start: datetime = instant_field(index=True)  # R1: arrival, or max(arrival, scheduled start)
    service_id: int | None = Field(default=None, foreign_key="service.id", index=True)
    requested_staff_id: int | None = Field(default=None, foreign_key="staff.id")
    staff_id: int | None = Field(default=None, foreign_key="staff.id", index=True)  # who served
    service_started_at: datetime | None = instant_field(nullable=True, default=None, index=True)
    service_ended_at: datetime | None = instant_field(nullable=True, default=None, index=True)
    state: VisitState = enum_field(VisitState.WAITING, index=True)
    left_at: datetime | None = instant_field(nullable=True, default=None)
    left_reason: LeftReason | None = enum_field(None, nullable=True)
    uncertified_override: str = text_field(
        "", length=300
    )  # reason when started by a technician without a valid certificate
    note: str = text_field("", length=300)
    created_by: int | None = Field(default=None, foreign_key="staff.id")
    created_at: datetime = instant_field()


class ServiceRecord(SQLModel, table=True):
    """What was done at a visit (服务记录); part of the customer's history. Corrected, never edited."""

    __tablename__ = "service_record"

    id: int | None = Field(default=None, primary_key=True)
    visit_id: int = Field(foreign_key="visit.id", index=True)
    customer_id: int | None = Field(default=None, foreign_key="customer.id", index=True)
    service_id: int | None = Field(default=None, foreign_key="service.id")
    staff_id: int | None = Field(default=None, foreign_key="staff.id", index=True)
    work_done: str = text_field("")
    products: str = text_field("")  # products used / colour formula (染发配方)
    notes: str = text_field("")
    finished_at: datetime = instant_field(index=True)
    corrects_id: int | None = Field(default=None, foreign_key="service_record.id")
    created_by: int | None = Field(default=None, foreign_key="staff.id")


class Rating(SQLModel, table=True):
    """The customer's own post-visit answers, each skippable.

    Satisfaction 1–5 (S2), recommend 0–10 (S3), cleanliness 1–5 (S5) and care with
    personal information 1–5 (S6).
    """

    __tablename__ = "visit_rating"

    id: int | None = Field(default=None, primary_key=True)
    visit_id: int = Field(foreign_key="visit.id", index=True, unique=True)
    satisfaction: int | None = None  # 1–5, None: skipped
    recommend: int | None = None  # 0–10, None: skipped
    hygiene: int | None = None  # 1–5 "How clean did you find the salon and the tools?" None: skipped
    privacy: int | None = None  # 1–5 "Did we treat your personal information with care?" None: skipped
    given_at: datetime = instant_field(index=True)


class Recheck(SQLModel, table=True):
    """A re-check / adjustment (免费复查 / 调整) asked for after a service (S4)."""

    __tablename__ = "recheck"

    id: int | None = Field(default=None, primary_key=True)
    original_record_id: int = Field(foreign_key="service_record.id", index=True)
    visit_id: int | None = Field(default=None, foreign_key="visit.id", index=True)  # None when refused
    requested_at: datetime = instant_field(index=True)
    within_window: bool  # requested ≤ 168 h after the original service finished: free
    refused: bool = False
    reason: str = text_field("", length=300)  # why refused, or a note on a late one
    created_by: int | None = Field(default=None, foreign_key="staff.id")
