"""The complaint register (records.md, after ISO 10002) and its deadlines (commitments.md C1–C4).

A complaint is received once (its intake fields never change) and then moves
through stages, each a dated entry signed by its author. Entries are never
edited or deleted; a correction is a new entry that names the one it corrects.
The deadlines are pure functions of the entries, so the countdowns on screen,
the tab's "needs action now" list and the monthly figures cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from salondesk.domain.base import enum_field, instant_field, text_field
from salondesk.domain.clock import ensure_utc
from salondesk.domain.errors import DomainError, PermissionDenied, ValidationError
from salondesk.domain.permissions import Actor, Permission, role_allows
from salondesk.i18n import QT_TRANSLATE_NOOP

# ---------------------------------------------------------------- the promises (commitments.md)
ANSWER_LIMIT = timedelta(hours=48)  # C1
PRODUCT_ANSWER_LIMIT = timedelta(hours=24)  # C1 for category product
INVESTIGATION_LIMIT = timedelta(hours=24)  # C2
RESOLUTION_LIMIT = timedelta(hours=720)  # C3: 30 days = 720 h, not calendar days
FOLLOW_UP_LIMIT = timedelta(hours=168)  # C4: 7 days after the resolution
PRODUCT_RETURN_DAYS = 7  # returns and exchanges within 7 days of purchase
ATTENTION_SHARE = 4  # amber when less than a quarter of the time is left


class Channel(StrEnum):
    """How the complaint reached the salon."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    WECHAT = "wechat"
    ONLINE = "online"
    REVIEW_SITE = "review_site"
    OTHER = "other"


CHANNEL_LABELS = {
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("Complaints", "In person"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Complaints", "Phone"),
    Channel.WECHAT: QT_TRANSLATE_NOOP("Complaints", "WeChat"),
    Channel.ONLINE: QT_TRANSLATE_NOOP("Complaints", "App / online"),
    Channel.REVIEW_SITE: QT_TRANSLATE_NOOP("Complaints", "Review site"),
    Channel.OTHER: QT_TRANSLATE_NOOP("Complaints", "Other"),
}


class Category(StrEnum):
    """What the complaint is about (records.md)."""

    SERVICE = "service"
    PRODUCT = "product"
    ATTITUDE = "attitude"
    HYGIENE = "hygiene"
    PRIVACY = "privacy"
    OTHER = "other"


CATEGORY_LABELS = {
    Category.SERVICE: QT_TRANSLATE_NOOP("Complaints", "Service"),
    Category.PRODUCT: QT_TRANSLATE_NOOP("Complaints", "Product (after-sales)"),
    Category.ATTITUDE: QT_TRANSLATE_NOOP("Complaints", "Attitude"),
    Category.HYGIENE: QT_TRANSLATE_NOOP("Complaints", "Hygiene"),
    Category.PRIVACY: QT_TRANSLATE_NOOP("Complaints", "Privacy"),
    Category.OTHER: QT_TRANSLATE_NOOP("Complaints", "Other"),
}


class Severity(StrEnum):
    """How serious it is; a health or safety issue is always critical."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


SEVERITY_LABELS = {
    Severity.LOW: QT_TRANSLATE_NOOP("Complaints", "Low"),
    Severity.MEDIUM: QT_TRANSLATE_NOOP("Complaints", "Medium"),
    Severity.HIGH: QT_TRANSLATE_NOOP("Complaints", "High"),
    Severity.CRITICAL: QT_TRANSLATE_NOOP("Complaints", "Critical"),
}


class EntryKind(StrEnum):
    """One stage change (or note) in a complaint's timeline."""

    RECEIVED = "received"
    ACKNOWLEDGED = "acknowledged"  # first response to the customer (C1)
    INVESTIGATION = "investigation"  # investigation started (C2)
    EVIDENCE = "evidence"
    DECISION = "decision"
    CUSTOMER_TOLD = "customer_told"
    RESOLVED = "resolved"  # C3
    FOLLOW_UP = "follow_up"  # C4, C5
    CLOSED = "closed"
    ESCALATED = "escalated"
    REOPENED = "reopened"
    CORRECTION = "correction"
    OWNER_ALERT_SEEN = "owner_alert_seen"


ENTRY_LABELS = {
    EntryKind.RECEIVED: QT_TRANSLATE_NOOP("Complaints", "Received"),
    EntryKind.ACKNOWLEDGED: QT_TRANSLATE_NOOP("Complaints", "First response"),
    EntryKind.INVESTIGATION: QT_TRANSLATE_NOOP("Complaints", "Investigation started"),
    EntryKind.EVIDENCE: QT_TRANSLATE_NOOP("Complaints", "Evidence added"),
    EntryKind.DECISION: QT_TRANSLATE_NOOP("Complaints", "Decision"),
    EntryKind.CUSTOMER_TOLD: QT_TRANSLATE_NOOP("Complaints", "Customer told"),
    EntryKind.RESOLVED: QT_TRANSLATE_NOOP("Complaints", "Resolved"),
    EntryKind.FOLLOW_UP: QT_TRANSLATE_NOOP("Complaints", "Follow-up call"),
    EntryKind.CLOSED: QT_TRANSLATE_NOOP("Complaints", "Closed"),
    EntryKind.ESCALATED: QT_TRANSLATE_NOOP("Complaints", "Escalated"),
    EntryKind.REOPENED: QT_TRANSLATE_NOOP("Complaints", "Reopened"),
    EntryKind.CORRECTION: QT_TRANSLATE_NOOP("Complaints", "Correction"),
    EntryKind.OWNER_ALERT_SEEN: QT_TRANSLATE_NOOP("Complaints", "Owner alert acknowledged"),
}


class Remedy(StrEnum):
    """What the salon offers (the options in force are the setting ``remedies``)."""

    FREE_REDO = "free_redo"
    DISCOUNT = "discount"
    REFUND = "refund"
    REPLACEMENT = "replacement"
    TRAINING = "training"
    WARNING = "warning"
    NONE = "none"


REMEDY_LABELS = {
    Remedy.FREE_REDO: QT_TRANSLATE_NOOP("Complaints", "Free redo"),
    Remedy.DISCOUNT: QT_TRANSLATE_NOOP("Complaints", "Discount"),
    Remedy.REFUND: QT_TRANSLATE_NOOP("Complaints", "Refund"),
    Remedy.REPLACEMENT: QT_TRANSLATE_NOOP("Complaints", "Replacement"),
    Remedy.TRAINING: QT_TRANSLATE_NOOP("Complaints", "Staff training"),
    Remedy.WARNING: QT_TRANSLATE_NOOP("Complaints", "Staff warning"),
    Remedy.NONE: QT_TRANSLATE_NOOP("Complaints", "No remedy (complaint not upheld)"),
}


class ProductOutcome(StrEnum):
    """The outcome of an after-sales product case."""

    REFUND = "refund"
    EXCHANGE = "exchange"
    REJECTED = "rejected"


PRODUCT_OUTCOME_LABELS = {
    ProductOutcome.REFUND: QT_TRANSLATE_NOOP("Complaints", "Refund"),
    ProductOutcome.EXCHANGE: QT_TRANSLATE_NOOP("Complaints", "Exchange"),
    ProductOutcome.REJECTED: QT_TRANSLATE_NOOP("Complaints", "Rejected"),
}


class Status(StrEnum):
    """Where a complaint stands (the latest stage entry decides)."""

    RECEIVED = "received"
    ACKNOWLEDGED = "acknowledged"
    INVESTIGATING = "investigating"
    DECIDED = "decided"
    CUSTOMER_TOLD = "customer_told"
    RESOLVED = "resolved"
    FOLLOWED_UP = "followed_up"
    CLOSED = "closed"
    ESCALATED = "escalated"


STATUS_LABELS = {
    Status.RECEIVED: QT_TRANSLATE_NOOP("Complaints", "Received"),
    Status.ACKNOWLEDGED: QT_TRANSLATE_NOOP("Complaints", "Answered"),
    Status.INVESTIGATING: QT_TRANSLATE_NOOP("Complaints", "Investigating"),
    Status.DECIDED: QT_TRANSLATE_NOOP("Complaints", "Decided"),
    Status.CUSTOMER_TOLD: QT_TRANSLATE_NOOP("Complaints", "Customer told"),
    Status.RESOLVED: QT_TRANSLATE_NOOP("Complaints", "Resolved"),
    Status.FOLLOWED_UP: QT_TRANSLATE_NOOP("Complaints", "Followed up"),
    Status.CLOSED: QT_TRANSLATE_NOOP("Complaints", "Closed"),
    Status.ESCALATED: QT_TRANSLATE_NOOP("Complaints", "Escalated"),
}


class DeadlineKind(StrEnum):
    """The four clocks of commitments.md."""

    ANSWER = "answer"
    INVESTIGATION = "investigation"
    RESOLUTION = "resolution"
    FOLLOW_UP = "follow_up"


DEADLINE_LABELS = {
    DeadlineKind.ANSWER: QT_TRANSLATE_NOOP("Complaints", "Answer"),
    DeadlineKind.INVESTIGATION: QT_TRANSLATE_NOOP("Complaints", "Investigation"),
    DeadlineKind.RESOLUTION: QT_TRANSLATE_NOOP("Complaints", "Resolution"),
    DeadlineKind.FOLLOW_UP: QT_TRANSLATE_NOOP("Complaints", "Follow-up"),
}


class ClockState(StrEnum):
    """The colour of a countdown (ux.md): always shown with a word as well."""

    OK = "ok"
    ATTENTION = "attention"
    MISSED = "missed"


CLOCK_STATE_LABELS = {
    ClockState.OK: QT_TRANSLATE_NOOP("Complaints", "On time"),
    ClockState.ATTENTION: QT_TRANSLATE_NOOP("Complaints", "Due soon"),
    ClockState.MISSED: QT_TRANSLATE_NOOP("Complaints", "Overdue"),
}


# Words of the printed weekly summary (reports/complaints_weekly.py), kept here so that
# they are translated with the rest of the complaints area.
WEEKLY_LABELS = {
    "title": QT_TRANSLATE_NOOP("ComplaintsWeekly", "Complaints — weekly summary"),
    "week": QT_TRANSLATE_NOOP("ComplaintsWeekly", "Week {first} – {last}"),
    "generated": QT_TRANSLATE_NOOP("ComplaintsWeekly", "Printed {when} by {who}"),
    "received": QT_TRANSLATE_NOOP("ComplaintsWeekly", "Received this week"),
    "resolved": QT_TRANSLATE_NOOP("ComplaintsWeekly", "Resolved this week"),
    "closed": QT_TRANSLATE_NOOP("ComplaintsWeekly", "Closed this week"),
    "open": QT_TRANSLATE_NOOP("ComplaintsWeekly", "Open at the end of the week"),
    "overdue": QT_TRANSLATE_NOOP("ComplaintsWeekly", "Past a deadline"),
    "by_category": QT_TRANSLATE_NOOP("ComplaintsWeekly", "By category"),
    "by_channel": QT_TRANSLATE_NOOP("ComplaintsWeekly", "By channel"),
    "by_technician": QT_TRANSLATE_NOOP("ComplaintsWeekly", "By technician"),
    "by_service": QT_TRANSLATE_NOOP("ComplaintsWeekly", "By service or product"),
    "count": QT_TRANSLATE_NOOP("ComplaintsWeekly", "Count"),
    "overdue_list": QT_TRANSLATE_NOOP("ComplaintsWeekly", "Complaints past a deadline"),
    "number": QT_TRANSLATE_NOOP("ComplaintsWeekly", "Number"),
    "received_at": QT_TRANSLATE_NOOP("ComplaintsWeekly", "Received"),
    "deadline": QT_TRANSLATE_NOOP("ComplaintsWeekly", "Deadline missed"),
    "what": QT_TRANSLATE_NOOP("ComplaintsWeekly", "What happened"),
    "received_list": QT_TRANSLATE_NOOP("ComplaintsWeekly", "Complaints received this week"),
    "category": QT_TRANSLATE_NOOP("ComplaintsWeekly", "Category"),
    "stage": QT_TRANSLATE_NOOP("ComplaintsWeekly", "Stage"),
    "learnt": QT_TRANSLATE_NOOP("ComplaintsWeekly", "What was learnt"),
    "none": QT_TRANSLATE_NOOP("ComplaintsWeekly", "None."),
    "unknown": QT_TRANSLATE_NOOP("ComplaintsWeekly", "not known"),
    "page": QT_TRANSLATE_NOOP("ComplaintsWeekly", "Page {n}"),
}


# ---------------------------------------------------------------- tables
class Complaint(SQLModel, table=True):
    """One complaint as received. Intake fields are never changed; the timeline is in entries."""

    __table_args__ = (sa.UniqueConstraint("year", "seq", name="uq_complaint_year_seq"),)

    id: int | None = Field(default=None, primary_key=True)
    number: str = text_field(length=20, unique=True)  # C-2026-0042
    year: int = Field(index=True)
    seq: int
    received_at: datetime = instant_field(index=True)  # when it reached the salon
    recorded_at: datetime = instant_field()  # when it was typed in (the clock, never typed)
    received_reason: str = text_field("")  # why received_at is earlier than recorded_at
    channel: Channel = enum_field(index=True)
    category: Category = enum_field(index=True)
    severity: Severity = enum_field(index=True)
    health_safety: bool = False
    customer_id: int | None = Field(default=None, foreign_key="customer.id", index=True)
    customer_name: str = text_field("", length=120)  # unregistered customer (or a copy for the register)
    customer_phone: str = text_field("", length=40)
    visit_id: int | None = Field(default=None, foreign_key="visit.id", index=True)
    service_record_id: int | None = Field(default=None, foreign_key="service_record.id", index=True)
    service_name: str = text_field("", length=120)
    technician_id: int | None = Field(default=None, foreign_key="staff.id", index=True)
    product_name: str = text_field("", length=120)
    batch_number: str = text_field("", length=60)
    purchase_date: date | None = None
    description: str = text_field("")
    wanted: str = text_field("")  # what the customer wants
    status: Status = enum_field(Status.RECEIVED, index=True)  # cache of the timeline's latest stage
    created_by: int | None = Field(default=None, foreign_key="staff.id")


class ComplaintEntry(SQLModel, table=True):
    """One dated, signed entry of a complaint's timeline (append-only; hash-chained)."""

    id: int | None = Field(default=None, primary_key=True)
    complaint_id: int = Field(foreign_key="complaint.id", index=True)
    kind: EntryKind = enum_field()
    at: datetime = instant_field(index=True)  # the clock when saved, never typed in
    author_id: int | None = Field(default=None, foreign_key="staff.id")
    author_name: str = text_field("", length=80)
    text: str = text_field("")  # what was said / found / decided; the reason of a correction
    method: str = text_field("", length=24)  # how the customer was answered or told (a Channel)
    remedy: str = text_field("", length=24)
    amount: Decimal | None = Field(default=None, sa_type=sa.Numeric(10, 2))
    outcome: str = text_field("", length=24)  # product cases: ProductOutcome
    satisfaction: int | None = None  # follow-up: 1–5
    file_name: str = text_field("", length=260)
    file_sha256: str = text_field("", length=64)
    corrects_id: int | None = Field(default=None, foreign_key="complaintentry.id")
    approved_by: int | None = Field(default=None, foreign_key="staff.id")  # the owner, for a large refund
    prev_hash: str = text_field("", length=64)
    hash: str = text_field("", length=64)
    # False only for a "received" entry signed before intake facts were sealed in it
    # (migration 0008 sets it where the older content matches the stored hash).
    intake_sealed: bool = True


# ---------------------------------------------------------------- pure rules
@dataclass(frozen=True)
class EntryFacts:
    """The parts of an entry the rules look at (so the rules run without a database)."""

    kind: EntryKind
    at: datetime
    satisfaction: int | None = None


@dataclass(frozen=True)
class Milestones:
    """When each promise was met, from the timeline (None: not yet)."""

    answered_at: datetime | None
    investigation_at: datetime | None
    resolved_at: datetime | None
    followed_up_at: datetime | None
    closed_at: datetime | None
    status: Status


_STAGE_STATUS = {
    EntryKind.RECEIVED: Status.RECEIVED,
    EntryKind.ACKNOWLEDGED: Status.ACKNOWLEDGED,
    EntryKind.INVESTIGATION: Status.INVESTIGATING,
    EntryKind.DECISION: Status.DECIDED,
    EntryKind.CUSTOMER_TOLD: Status.CUSTOMER_TOLD,
    EntryKind.RESOLVED: Status.RESOLVED,
    EntryKind.FOLLOW_UP: Status.FOLLOWED_UP,
    EntryKind.CLOSED: Status.CLOSED,
    EntryKind.ESCALATED: Status.ESCALATED,
    EntryKind.REOPENED: Status.INVESTIGATING,
}


def milestones(entries: Iterable[EntryFacts]) -> Milestones:
    """Walk the timeline in order.

    The first response and the investigation start are met once, for good. A reopening
    voids the resolution, its follow-up and the closing: they must happen again.
    """
    answered = investigation = resolved = followed = closed = None
    status = Status.RECEIVED
    for entry in sorted(entries, key=lambda e: ensure_utc(e.at)):
        at = ensure_utc(entry.at)
        kind = EntryKind(entry.kind)
        if kind == EntryKind.ACKNOWLEDGED and answered is None:
            answered = at
        elif kind == EntryKind.INVESTIGATION and investigation is None:
            investigation = at
        elif kind == EntryKind.RESOLVED and resolved is None:
            resolved = at
        elif kind == EntryKind.FOLLOW_UP and resolved is not None and followed is None:
            followed = at
        elif kind == EntryKind.CLOSED:
            closed = at
        elif kind == EntryKind.REOPENED:
            resolved = followed = closed = None
        if kind in _STAGE_STATUS:
            status = _STAGE_STATUS[kind]
    return Milestones(answered, investigation, resolved, followed, closed, status)


def answer_limit(category: Category | str) -> timedelta:
    """48 h; 24 h for an after-sales product case."""
    return PRODUCT_ANSWER_LIMIT if Category(category) == Category.PRODUCT else ANSWER_LIMIT


def within(start: datetime, end: datetime, limit: timedelta) -> bool:
    """Inclusive: exactly 48:00 after the start is on time, 48:00:01 is late."""
    return ensure_utc(end) - ensure_utc(start) <= limit


@dataclass(frozen=True)
class Deadline:
    """One promise's clock: when it started, when it is due, and when (if) it was met."""

    kind: DeadlineKind
    start: datetime
    due: datetime
    met_at: datetime | None

    @property
    def limit(self) -> timedelta:
        """The time allowed."""
        return self.due - self.start

    def met_on_time(self) -> bool | None:
        """True/False once met; None while not met."""
        return None if self.met_at is None else self.met_at <= self.due

    def missed(self, now: datetime) -> bool:
        """Met late, or not met and its time has run out (``now`` past the due instant)."""
        if self.met_at is not None:
            return self.met_at > self.due
        return ensure_utc(now) > self.due

    def state(self, now: datetime) -> ClockState:
        """Red when missed, amber with less than a quarter of its time left, else green."""
        if self.missed(now):
            return ClockState.MISSED
        if self.met_at is None and (self.due - ensure_utc(now)) * ATTENTION_SHARE < self.limit:
            return ClockState.ATTENTION
        return ClockState.OK

    def remaining(self, now: datetime) -> timedelta:
        """Time left (negative: overdue by)."""
        return self.due - ensure_utc(now)


def deadlines(category: Category | str, received_at: datetime, marks: Milestones) -> list[Deadline]:
    """The clocks that apply so far: answer, investigation, resolution; follow-up once resolved."""
    received = ensure_utc(received_at)
    clocks = [
        Deadline(DeadlineKind.ANSWER, received, received + answer_limit(category), marks.answered_at),
        Deadline(DeadlineKind.INVESTIGATION, received, received + INVESTIGATION_LIMIT, marks.investigation_at),
        Deadline(DeadlineKind.RESOLUTION, received, received + RESOLUTION_LIMIT, marks.resolved_at),
    ]
    if marks.resolved_at is not None:
        clocks.append(
            Deadline(
                DeadlineKind.FOLLOW_UP, marks.resolved_at, marks.resolved_at + FOLLOW_UP_LIMIT, marks.followed_up_at
            )
        )
    return clocks


def next_deadline(clocks: Sequence[Deadline], closed: bool) -> Deadline | None:
    """The earliest clock not yet met (None when closed or all met)."""
    if closed:
        return None
    pending = [c for c in clocks if c.met_at is None]
    return min(pending, key=lambda c: c.due) if pending else None


def format_remaining(delta: timedelta) -> tuple[int, int, int]:
    """(days, hours, minutes) of ``abs(delta)``, minutes rounded down."""
    total = int(abs(delta).total_seconds()) // 60
    days, rest = divmod(total, 24 * 60)
    hours, minutes = divmod(rest, 60)
    return days, hours, minutes


def complaint_number(year: int, seq: int) -> str:
    """``C-2026-0042``."""
    return f"C-{year:04d}-{seq:04d}"


def product_return_in_time(purchase: date | None, received_on: date) -> bool:
    """A return or exchange is due when the complaint came within 7 days of the purchase."""
    return purchase is not None and 0 <= (received_on - purchase).days <= PRODUCT_RETURN_DAYS


def entry_content(entry: ComplaintEntry, complaint_number_text: str) -> dict[str, object]:
    """What an entry's hash covers: everything it says, not its row id."""
    return {
        "complaint": complaint_number_text,
        "kind": EntryKind(entry.kind).value,
        "at": entry.at,
        "author_id": entry.author_id,
        "author_name": entry.author_name,
        "text": entry.text,
        "method": entry.method,
        "remedy": entry.remedy,
        "amount": entry.amount,
        "outcome": entry.outcome,
        "satisfaction": entry.satisfaction,
        "file_name": entry.file_name,
        "file_sha256": entry.file_sha256,
        "corrects_id": entry.corrects_id,
        "approved_by": entry.approved_by,
    }


def chained_content(entry: Any, intake: dict[str, object] | None) -> dict[str, object]:
    """What an entry's hash covers in the complaints register (model instance or plain row).

    A "received" entry also seals its complaint's ``intake`` facts (None once the complaint
    row is gone), so an edit of the complaint row breaks that entry's hash. Entries signed
    before that rule existed (``intake_sealed`` False) keep the content they were signed
    with: flipping the flag changes the content either way, so it cannot hide an edit.
    """
    content = entry_content(entry, "")
    content["complaint_id"] = entry.complaint_id
    if EntryKind(entry.kind) == EntryKind.RECEIVED and entry.intake_sealed:
        content["intake"] = intake
    return content


# ---------------------------------------------------------------- the workflow (one definition)
_EVIDENCE_PERMISSION = Permission.LOG_COMPLAINT


def step_permission(kind: EntryKind) -> Permission:
    """The permission a stage needs: anyone who may log a complaint may add evidence."""
    if kind == EntryKind.EVIDENCE:
        return _EVIDENCE_PERMISSION
    if kind == EntryKind.OWNER_ALERT_SEEN:
        return Permission.CLOSE_CRITICAL_COMPLAINT
    return Permission.HANDLE_COMPLAINT


def _refused(message: str) -> ValidationError:
    return ValidationError(message, field="kind")


def step_refusal(
    timeline: Sequence[EntryFacts], actor: Actor, kind: EntryKind, *, severity: Severity | str
) -> DomainError | None:
    """Why ``actor`` may not add a ``kind`` entry after ``timeline`` now (None: the step is allowed).

    ``timeline`` is the complaint's entries in the order they were written. Only the
    order of the workflow and the role are judged here; the entry's own input (texts,
    amounts, methods) is validated by the service.
    """
    if not role_allows(actor.role, step_permission(kind)):
        return PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Your role ({role}) does not allow this: {permission}."),
            role=actor.role.value,
            permission=step_permission(kind).value,
        )
    marks = milestones(timeline)
    last_reopen = max((i for i, e in enumerate(timeline) if e.kind == EntryKind.REOPENED), default=-1)
    current = {e.kind for e in timeline[last_reopen + 1 :]}
    reopened = last_reopen >= 0
    if marks.closed_at is not None and kind not in {EntryKind.REOPENED, EntryKind.CORRECTION}:
        return _refused(QT_TRANSLATE_NOOP("Errors", "This complaint is closed. Reopen it first."))
    if kind == EntryKind.RECEIVED:
        return _refused(QT_TRANSLATE_NOOP("Errors", "A complaint is received only once."))
    if kind == EntryKind.INVESTIGATION and (
        EntryKind.INVESTIGATION in current or (marks.investigation_at is not None and not reopened)
    ):
        return _refused(QT_TRANSLATE_NOOP("Errors", "The investigation has already started."))
    if kind == EntryKind.DECISION:
        if marks.investigation_at is None:
            return _refused(QT_TRANSLATE_NOOP("Errors", "Start the investigation before deciding."))
        if marks.resolved_at is not None:
            return _refused(QT_TRANSLATE_NOOP("Errors", "This complaint is already resolved. Reopen it first."))
    elif kind == EntryKind.CUSTOMER_TOLD and EntryKind.DECISION not in current:
        return _refused(QT_TRANSLATE_NOOP("Errors", "Record the decision before telling the customer."))
    elif kind == EntryKind.RESOLVED:
        if marks.resolved_at is not None:
            return _refused(QT_TRANSLATE_NOOP("Errors", "This complaint is already resolved."))
        if EntryKind.DECISION not in current:
            return _refused(QT_TRANSLATE_NOOP("Errors", "A complaint cannot be resolved before a decision."))
        if EntryKind.CUSTOMER_TOLD not in current:
            return _refused(QT_TRANSLATE_NOOP("Errors", "Tell the customer the decision before resolving."))
    elif kind == EntryKind.FOLLOW_UP:
        if marks.resolved_at is None:
            return _refused(QT_TRANSLATE_NOOP("Errors", "The follow-up call comes after the resolution."))
        if marks.followed_up_at is not None:
            return _refused(QT_TRANSLATE_NOOP("Errors", "The follow-up call is already recorded."))
    elif kind == EntryKind.CLOSED:
        if marks.resolved_at is None:
            return _refused(QT_TRANSLATE_NOOP("Errors", "A complaint cannot be closed before it is resolved."))
        if Severity(severity) == Severity.CRITICAL and not role_allows(actor.role, Permission.CLOSE_CRITICAL_COMPLAINT):
            return PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Only the owner can close a critical complaint."))
    elif kind == EntryKind.REOPENED and marks.resolved_at is None:
        return _refused(QT_TRANSLATE_NOOP("Errors", "Only a resolved or closed complaint can be reopened."))
    elif kind == EntryKind.OWNER_ALERT_SEEN and (
        Severity(severity) != Severity.CRITICAL or any(e.kind == EntryKind.OWNER_ALERT_SEEN for e in timeline)
    ):
        return _refused(QT_TRANSLATE_NOOP("Errors", "There is no owner alert to acknowledge."))
    return None


def close_needs_reason(timeline: Sequence[EntryFacts]) -> bool:
    """A close without a follow-up call since the resolution must say why none was possible."""
    return milestones(timeline).followed_up_at is None


def close_refusal(timeline: Sequence[EntryFacts], reason: str) -> DomainError | None:
    """Why a close with ``reason`` may not be written (None: it may). Such a close counts in C4 as not followed up."""
    if close_needs_reason(timeline) and not reason.strip():
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "There was no follow-up call: write down why none was possible before closing."
            ),
            field="text",
        )
    return None


def followed_up_on_time(marks: Milestones, now: datetime) -> bool | None:
    """C4 for one complaint: None before a resolution or while its 7 days run; False when late or closed without."""
    if marks.resolved_at is None:
        return None
    if marks.followed_up_at is not None:
        return within(marks.resolved_at, marks.followed_up_at, FOLLOW_UP_LIMIT)
    if marks.closed_at is not None:  # closed with a reason why no follow-up call was possible
        return False
    return False if ensure_utc(now) - marks.resolved_at > FOLLOW_UP_LIMIT else None


def allowed_next_steps(
    timeline: Sequence[EntryFacts], actor: Actor, *, severity: Severity | str
) -> frozenset[EntryKind]:
    """Every entry ``actor`` may add next: the service accepts exactly these, the tab enables exactly these."""
    return frozenset(k for k in EntryKind if step_refusal(timeline, actor, k, severity=severity) is None)


def intake_facts(c: Any) -> dict[str, object]:
    """The complaint's facts sealed in its "received" entry (model instance or plain row).

    What the figures are computed from (C1–C3 deadlines, categories, P1) and nothing that
    legitimately changes later: the cached ``status`` moves with every stage, and an
    erasure replaces ``customer_name``/``customer_phone`` (the id stays).
    """
    return {
        "number": c.number,
        "received_at": c.received_at,
        "recorded_at": c.recorded_at,
        "channel": Channel(c.channel).value,
        "category": Category(c.category).value,
        "severity": Severity(c.severity).value,
        "health_safety": c.health_safety,
        "customer_id": c.customer_id,
    }
