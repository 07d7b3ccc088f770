"""Read side of the complaint register: lists with countdowns, one timeline, weekly summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col, or_, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.calendar import Period
from salondesk.domain.catalogue import Service
from salondesk.domain.clock import ensure_utc
from salondesk.domain.complaints import (
    Category,
    Channel,
    ClockState,
    Complaint,
    ComplaintEntry,
    Deadline,
    DeadlineKind,
    EntryFacts,
    EntryKind,
    Milestones,
    Remedy,
    Severity,
    Status,
    deadlines,
    milestones,
    next_deadline,
)
from salondesk.domain.contact import shown_phone
from salondesk.domain.customers import Customer
from salondesk.domain.permissions import Actor
from salondesk.domain.staff import Staff
from salondesk.domain.visits import ServiceRecord, Visit
from salondesk.queries.customers import HistoryItem, register_history_source


@dataclass(frozen=True)
class ComplaintRow:
    """One complaint in a list, with its next deadline as of ``now``."""

    id: int
    number: str
    received_at: datetime
    channel: Channel
    category: Category
    severity: Severity
    health_safety: bool
    status: Status
    customer_id: int | None
    customer: str
    technician_id: int | None
    technician: str
    service_name: str
    product_name: str
    description: str
    marks: Milestones
    clocks: tuple[Deadline, ...]
    next: Deadline | None
    next_state: ClockState | None
    past_deadline: bool  # open with an unmet deadline already past
    owner_alert_open: bool
    satisfaction: int | None
    service_name_zh: str = ""  # the catalogue's Chinese name of ``service_name`` (the complaint keeps the English)

    @property
    def open(self) -> bool:
        """Not closed."""
        return self.marks.closed_at is None

    def remaining(self, now: datetime) -> timedelta | None:
        """Time left on the next deadline (negative: overdue by)."""
        return None if self.next is None else self.next.remaining(now)


@dataclass(frozen=True)
class EntryRow:
    """One line of a complaint's timeline."""

    id: int
    kind: EntryKind
    at: datetime
    author: str
    text: str
    method: str
    remedy: str
    amount: Decimal | None
    outcome: str
    satisfaction: int | None
    file_name: str
    file_sha256: str
    corrects_id: int | None
    corrected_by: tuple[int, ...]  # later corrections naming this entry
    approved_by: str


@dataclass(frozen=True)
class ComplaintDetail:
    """Everything the detail pane shows."""

    row: ComplaintRow
    recorded_at: datetime
    received_reason: str
    customer_phone: str
    wanted: str
    visit_id: int | None
    service_record_id: int | None
    batch_number: str
    purchase_date: date | None
    entries: tuple[EntryRow, ...]


def _names(uow: UnitOfWork) -> dict[int, str]:
    return {s.id: s.name for s in uow.session.exec(select(Staff)) if s.id is not None}


def _customer_labels(uow: UnitOfWork, ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    found = uow.session.exec(select(Customer).where(col(Customer.id).in_(wanted)))
    return {c.id: (c.pseudonym or c.name) if c.erased_at else c.name for c in found if c.id is not None}


def _entries_by_complaint(uow: UnitOfWork, ids: Sequence[int]) -> dict[int, list[ComplaintEntry]]:
    result: dict[int, list[ComplaintEntry]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        query = (
            select(ComplaintEntry)
            .where(col(ComplaintEntry.complaint_id).in_(chunk))
            .order_by(col(ComplaintEntry.at), col(ComplaintEntry.id))
        )
        for entry in uow.session.exec(query):
            result[entry.complaint_id].append(entry)
    return result


def build_row(
    complaint: Complaint,
    entries: Sequence[ComplaintEntry],
    now: datetime,
    customer: str,
    technician: str,
    service_name_zh: str = "",
) -> ComplaintRow:
    """A list row from a complaint and its timeline (pure; also used by the figures)."""
    assert complaint.id is not None
    now = ensure_utc(now)
    visible = [e for e in entries if ensure_utc(e.at) <= now]
    marks = milestones(EntryFacts(EntryKind(e.kind), e.at, e.satisfaction) for e in visible)
    clocks = tuple(deadlines(complaint.category, complaint.received_at, marks))
    closed = marks.closed_at is not None
    upcoming = next_deadline(clocks, closed)
    severity = Severity(complaint.severity)
    follow_ups = [e.satisfaction for e in visible if e.kind == EntryKind.FOLLOW_UP and e.satisfaction is not None]
    return ComplaintRow(
        id=complaint.id,
        number=complaint.number,
        received_at=complaint.received_at,
        channel=Channel(complaint.channel),
        category=Category(complaint.category),
        severity=severity,
        health_safety=complaint.health_safety,
        status=marks.status,
        customer_id=complaint.customer_id,
        customer=customer,
        technician_id=complaint.technician_id,
        technician=technician,
        service_name=complaint.service_name,
        product_name=complaint.product_name,
        description=complaint.description,
        marks=marks,
        clocks=clocks,
        next=upcoming,
        next_state=None if upcoming is None else upcoming.state(now),
        past_deadline=not closed and any(c.met_at is None and now > c.due for c in clocks),
        owner_alert_open=severity == Severity.CRITICAL
        and not any(e.kind == EntryKind.OWNER_ALERT_SEEN for e in visible),
        satisfaction=follow_ups[-1] if follow_ups else None,
        service_name_zh=service_name_zh,
    )


def rows_as_of(uow: UnitOfWork, now: datetime, *conditions: ColumnElement[bool] | bool) -> list[ComplaintRow]:
    """Complaints matching ``conditions`` as they stood at ``now`` (inside an open unit of work)."""
    query = select(Complaint).order_by(col(Complaint.received_at).desc(), col(Complaint.id).desc())
    for condition in conditions:
        query = query.where(condition)
    complaints = list(uow.session.exec(query))
    ids = [c.id for c in complaints if c.id is not None]
    entries = _entries_by_complaint(uow, ids)
    staff = _names(uow)
    customers = _customer_labels(uow, (c.customer_id for c in complaints if c.customer_id is not None))
    chinese = {s.name: s.name_zh for s in uow.session.exec(select(Service)) if s.name_zh}
    rows = []
    for c in complaints:
        assert c.id is not None
        customer = customers.get(c.customer_id, "") if c.customer_id is not None else c.customer_name
        technician = staff.get(c.technician_id, "") if c.technician_id is not None else ""
        rows.append(build_row(c, entries[c.id], now, customer, technician, chinese.get(c.service_name, "")))
    return rows


def complaint_rows(
    uow: UnitOfWork,
    now: datetime,
    *,
    open_only: bool = False,
    received_from: datetime | None = None,
    received_until: datetime | None = None,
    technician_id: int | None = None,
    customer_id: int | None = None,
    involving_staff_id: int | None = None,
) -> list[ComplaintRow]:
    """Complaints, newest first, each with its countdown as of ``now``.

    ``involving_staff_id`` keeps only the complaints about that technician or logged by them
    (what a technician, who logs complaints but does not handle them, may see).
    """
    conditions: list[ColumnElement[bool] | bool] = []
    if open_only:
        conditions.append(col(Complaint.status) != Status.CLOSED)
    if received_from is not None:
        conditions.append(col(Complaint.received_at) >= received_from)
    if received_until is not None:
        conditions.append(col(Complaint.received_at) < received_until)
    if technician_id is not None:
        conditions.append(col(Complaint.technician_id) == technician_id)
    if customer_id is not None:
        conditions.append(col(Complaint.customer_id) == customer_id)
    if involving_staff_id is not None:
        conditions.append(
            or_(col(Complaint.technician_id) == involving_staff_id, col(Complaint.created_by) == involving_staff_id)
        )
    with uow:
        return rows_as_of(uow, now, *conditions)


_URGENCY = {ClockState.MISSED: 0, ClockState.ATTENTION: 1, ClockState.OK: 2}


def urgency_key(row: ComplaintRow) -> tuple[int, int, datetime]:
    """Sort key: owner alerts and missed first, then amber, then by due time."""
    state = _URGENCY[row.next_state] if row.next_state is not None else 3
    due = row.next.due if row.next is not None else row.received_at
    return (0 if row.owner_alert_open else 1, state, due)


def needs_action(rows: Iterable[ComplaintRow]) -> list[ComplaintRow]:
    """Open complaints someone must act on now, most urgent first.

    Past or near a deadline, waiting for the first response or the investigation,
    escalated, or a critical complaint the owner has not yet seen.
    """
    chosen = [
        r
        for r in rows
        if r.open
        and (
            r.owner_alert_open
            or r.status == Status.ESCALATED
            or r.next_state in {ClockState.MISSED, ClockState.ATTENTION}
            or (r.next is not None and r.next.kind in {DeadlineKind.ANSWER, DeadlineKind.INVESTIGATION})
        )
    ]
    return sorted(chosen, key=urgency_key)


def needs_action_rows(uow: UnitOfWork, now: datetime) -> list[ComplaintRow]:
    """The tab's first view."""
    return needs_action(complaint_rows(uow, now, open_only=True))


def complaints_past_deadline(uow: UnitOfWork, now: datetime) -> list[ComplaintRow]:
    """The open complaints with a deadline already missed (the dashboard's tile and its list)."""
    return [r for r in complaint_rows(uow, now, open_only=True) if r.past_deadline]


def complaints_past_deadline_count(uow: UnitOfWork, now: datetime) -> int:
    """How many open complaints have a deadline already missed (the main window's status bar)."""
    return len(complaints_past_deadline(uow, now))


def owner_alerts(uow: UnitOfWork, now: datetime) -> list[ComplaintRow]:
    """Critical complaints the owner has not yet acknowledged (a persistent alert until then)."""
    with uow:
        rows = rows_as_of(uow, now, col(Complaint.severity) == Severity.CRITICAL)
    return [r for r in rows if r.owner_alert_open]


def complaints_for_technician(uow: UnitOfWork, staff_id: int, now: datetime) -> list[ComplaintRow]:
    """A technician's complaints (for the owner's staff screen), newest first."""
    return complaint_rows(uow, now, technician_id=staff_id)


def complaints_for_customer(uow: UnitOfWork, customer_id: int, now: datetime) -> list[ComplaintRow]:
    """A customer's complaints (for the customer's history), newest first."""
    return complaint_rows(uow, now, customer_id=customer_id)


def complaint_detail(
    uow: UnitOfWork, complaint_id: int, now: datetime, *, viewer: Actor | None
) -> ComplaintDetail | None:
    """One complaint with its whole timeline (oldest first); the phone as ``viewer`` may see it."""
    with uow:
        complaint = uow.session.get(Complaint, complaint_id)
        if complaint is None:
            return None
        row = rows_as_of(uow, now, col(Complaint.id) == complaint_id)[0]
        entries = _entries_by_complaint(uow, [complaint_id])[complaint_id]
        staff = _names(uow)
        corrected: dict[int, list[int]] = {}
        for e in entries:
            if e.corrects_id is not None and e.id is not None:
                corrected.setdefault(e.corrects_id, []).append(e.id)
        timeline = tuple(
            EntryRow(
                id=e.id or 0,
                kind=EntryKind(e.kind),
                at=e.at,
                author=e.author_name,
                text=e.text,
                method=e.method,
                remedy=e.remedy,
                amount=e.amount,
                outcome=e.outcome,
                satisfaction=e.satisfaction,
                file_name=e.file_name,
                file_sha256=e.file_sha256,
                corrects_id=e.corrects_id,
                corrected_by=tuple(corrected.get(e.id or 0, ())),
                approved_by=staff.get(e.approved_by, "") if e.approved_by is not None else "",
            )
            for e in entries
        )
        return ComplaintDetail(
            row=row,
            recorded_at=complaint.recorded_at,
            received_reason=complaint.received_reason,
            customer_phone=shown_phone(viewer, complaint.customer_phone),
            wanted=complaint.wanted,
            visit_id=complaint.visit_id,
            service_record_id=complaint.service_record_id,
            batch_number=complaint.batch_number,
            purchase_date=complaint.purchase_date,
            entries=timeline,
        )


# ---------------------------------------------------------------- weekly summary
@dataclass(frozen=True)
class LessonRow:
    """Something learnt: a decision on staff training or a warning, or a closing note."""

    number: str
    at: datetime
    kind: EntryKind
    remedy: str
    text: str


@dataclass(frozen=True)
class WeeklySummary:
    """The owner's weekly view (printable)."""

    period: Period
    received: int
    resolved: int
    closed: int
    open_now: int
    overdue_now: int
    by_category: dict[str, int]
    by_channel: dict[str, int]
    by_technician: dict[str, int]
    by_service: dict[str, int]
    received_rows: tuple[ComplaintRow, ...]
    overdue_rows: tuple[ComplaintRow, ...]
    lessons: tuple[LessonRow, ...]


def weekly_summary(uow: UnitOfWork, week: Period, now: datetime) -> WeeklySummary:
    """Counts of the complaints received in ``week``; what is open and overdue as of ``now``."""
    as_of = min(ensure_utc(now), week.end)
    with uow:
        everything = rows_as_of(uow, as_of, col(Complaint.received_at) < week.end)
        lessons_q = (
            select(ComplaintEntry, Complaint.number)
            .join(Complaint, col(Complaint.id) == col(ComplaintEntry.complaint_id))
            .where(col(ComplaintEntry.at) >= week.start, col(ComplaintEntry.at) < week.end)
            .where(col(ComplaintEntry.kind).in_([EntryKind.DECISION, EntryKind.CLOSED]))
            .order_by(col(ComplaintEntry.at))
        )
        lessons = tuple(
            LessonRow(number, e.at, EntryKind(e.kind), e.remedy, e.text)
            for e, number in uow.session.exec(lessons_q)
            if e.text.strip() and (e.kind == EntryKind.CLOSED or e.remedy in {Remedy.TRAINING, Remedy.WARNING})
        )
    received = [r for r in everything if week.contains(r.received_at)]
    open_rows = [r for r in everything if r.open]
    overdue = [r for r in open_rows if r.past_deadline]
    return WeeklySummary(
        period=week,
        received=len(received),
        resolved=sum(1 for r in everything if r.marks.resolved_at and week.contains(r.marks.resolved_at)),
        closed=sum(1 for r in everything if r.marks.closed_at and week.contains(r.marks.closed_at)),
        open_now=len(open_rows),
        overdue_now=len(overdue),
        by_category=dict(Counter(r.category.value for r in received).most_common()),
        by_channel=dict(Counter(r.channel.value for r in received).most_common()),
        by_technician=dict(Counter(r.technician or "—" for r in received).most_common()),
        by_service=dict(Counter(r.service_name or r.product_name or "—" for r in received).most_common()),
        received_rows=tuple(sorted(received, key=lambda r: r.received_at)),
        overdue_rows=tuple(sorted(overdue, key=urgency_key)),
        lessons=lessons,
    )


@register_history_source
def complaint_history(uow: UnitOfWork, customer_id: int, actor: object) -> list[HistoryItem]:
    """The customer's complaints for their file's history (inside the caller's unit of work)."""
    del actor  # the customer area filters by role afterwards
    staff = _names(uow)
    query = select(Complaint).where(Complaint.customer_id == customer_id).order_by(col(Complaint.received_at))
    return [
        HistoryItem(
            at=c.received_at,
            kind="complaint",
            title=c.number,  # the customers tab translates title and detail in its own context: keep them as data
            detail=c.description,
            staff_id=c.technician_id,
            staff_name=staff.get(c.technician_id, "") if c.technician_id is not None else "",
        )
        for c in uow.session.exec(query)
    ]


@dataclass(frozen=True)
class VisitChoice:
    """A recent visit of a customer, to link a complaint to (with its service record, if any)."""

    visit_id: int
    arrived_at: datetime
    service: str
    technician: str
    technician_id: int | None
    service_record_id: int | None


def recent_visits(uow: UnitOfWork, customer_id: int, limit: int = 10) -> list[VisitChoice]:
    """The customer's latest visits, newest first (the intake dialog offers them as links)."""
    with uow:
        visits = list(
            uow.session.exec(
                select(Visit)
                .where(Visit.customer_id == customer_id)
                .order_by(col(Visit.arrived_at).desc(), col(Visit.id).desc())
                .limit(limit)
            )
        )
        ids = [v.id for v in visits if v.id is not None]
        records: dict[int, int] = {}
        if ids:
            query = select(ServiceRecord).where(col(ServiceRecord.visit_id).in_(ids)).order_by(col(ServiceRecord.id))
            for record in uow.session.exec(query):
                if record.id is not None and record.corrects_id is None:
                    records.setdefault(record.visit_id, record.id)
        services = {s.id: s.name for s in uow.session.exec(select(Service)) if s.id is not None}
        staff = _names(uow)
        return [
            VisitChoice(
                visit_id=v.id,
                arrived_at=v.arrived_at,
                service=services.get(v.service_id, "") if v.service_id is not None else "",
                technician=staff.get(v.staff_id, "") if v.staff_id is not None else "",
                technician_id=v.staff_id,
                service_record_id=records.get(v.id),
            )
            for v in visits
            if v.id is not None
        ]
