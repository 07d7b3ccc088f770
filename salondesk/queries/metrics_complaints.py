"""Figures C1–C6 and P1 of commitments.md, exactly as written there.

C1  response on time: received in the month; answered within 48 h (24 h for a
    product case) over answered-or-run-out (still inside its time and unanswered:
    pending, in neither count).
C2  the same for the start of the investigation and 24 h.
C3  resolved within 720 h of receipt, each complaint counted once, in the month of
    ``min(deadline, resolution)``; a deadline not yet reached and unresolved is pending.
C4  resolved in the month; followed up within 168 h of the resolution over
    followed-up-or-run-out.
C5  follow-ups rated 4 or 5 over follow-ups rated, by the month of the follow-up.
C6  counts by category, channel and severity of the complaints received in the
    month, and the complaints open at month end with their age.
P1  privacy complaints received in the month (target 0), with the customer-data
    exports and erasures of the month from the audit trail.

Everything is "as of ``now``": an entry saved after ``now`` is not seen, so a
report regenerated later for the same month only ever adds facts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import col, or_, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.audit import AuditEntry
from salondesk.domain.calendar import Period
from salondesk.domain.clock import SystemClock, ensure_utc
from salondesk.domain.complaints import (
    FOLLOW_UP_LIMIT,
    INVESTIGATION_LIMIT,
    RESOLUTION_LIMIT,
    Category,
    Complaint,
    ComplaintEntry,
    EntryKind,
    answer_limit,
    within,
)
from salondesk.domain.figures import Count, Rate
from salondesk.domain.settings import SalonSettings
from salondesk.domain.staff import Staff
from salondesk.queries.complaints import ComplaintRow, rows_as_of

Figure = Rate | Count


@dataclass(frozen=True)
class RegisterLine:
    """One complaint touched in the month, with its timeline dates and deadline results."""

    number: str
    received_at: datetime
    category: str
    channel: str
    severity: str
    status: str
    answered_at: datetime | None
    answer_on_time: bool | None  # None: pending
    investigation_at: datetime | None
    investigation_on_time: bool | None
    resolved_at: datetime | None
    resolution_on_time: bool | None
    followed_up_at: datetime | None
    follow_up_on_time: bool | None
    closed_at: datetime | None
    satisfaction: int | None


@dataclass(frozen=True)
class OpenComplaint:
    """A complaint still open at month end, and how old it was then."""

    number: str
    received_at: datetime
    category: str
    severity: str
    status: str
    age_days: int
    age_hours: float


@dataclass(frozen=True)
class DataRequest:
    """A customer-data export or erasure logged in the audit trail (P1)."""

    at: datetime
    action: str  # export / erase
    staff: str
    entity_id: str
    records: int


@dataclass(frozen=True)
class ComplaintFigures:
    """C1–C6 and P1 for one month, plus the detail lists the report prints."""

    figures: Mapping[str, Figure]
    register: tuple[RegisterLine, ...]
    open_at_month_end: tuple[OpenComplaint, ...]
    by_category: Mapping[str, int]
    by_channel: Mapping[str, int]
    by_severity: Mapping[str, int]
    privacy_complaints: tuple[RegisterLine, ...]
    data_requests: tuple[DataRequest, ...]
    received: int = 0
    as_of: datetime | None = field(default=None)


def _on_time(start: datetime, met: datetime | None, limit: timedelta, now: datetime) -> bool | None:
    """True/False when decided; None when pending (not met and the limit not yet run out)."""
    if met is not None:
        return within(start, met, limit)
    return False if now - start > limit else None


def _rate(figure_id: str, results: list[bool | None], settings: SalonSettings) -> Rate:
    decided = [r for r in results if r is not None]
    return Rate(figure_id, sum(1 for r in decided if r), len(decided), settings.targets.get(figure_id))


def _line(row: ComplaintRow, now: datetime) -> RegisterLine:
    m = row.marks
    return RegisterLine(
        number=row.number,
        received_at=row.received_at,
        category=row.category.value,
        channel=row.channel.value,
        severity=row.severity.value,
        status=m.status.value,
        answered_at=m.answered_at,
        answer_on_time=_on_time(row.received_at, m.answered_at, answer_limit(row.category), now),
        investigation_at=m.investigation_at,
        investigation_on_time=_on_time(row.received_at, m.investigation_at, INVESTIGATION_LIMIT, now),
        resolved_at=m.resolved_at,
        resolution_on_time=_on_time(row.received_at, m.resolved_at, RESOLUTION_LIMIT, now),
        followed_up_at=m.followed_up_at,
        follow_up_on_time=None
        if m.resolved_at is None
        else _on_time(m.resolved_at, m.followed_up_at, FOLLOW_UP_LIMIT, now),
        closed_at=m.closed_at,
        satisfaction=row.satisfaction,
    )


def _data_requests(uow: UnitOfWork, period: Period, now: datetime) -> tuple[DataRequest, ...]:
    query = (
        select(AuditEntry, Staff.name)
        .join(Staff, col(Staff.id) == col(AuditEntry.staff_id), isouter=True)
        .where(col(AuditEntry.entity) == "customer")
        .where(or_(col(AuditEntry.action) == "export", col(AuditEntry.action) == "erase"))
        .where(col(AuditEntry.at) >= period.start, col(AuditEntry.at) < period.end, col(AuditEntry.at) <= now)
        .order_by(col(AuditEntry.at), col(AuditEntry.id))
    )
    requests = []
    for entry, name in uow.session.exec(query):
        # one audit row per export/erasure; an export of several files says how many in new_value
        records = int(entry.new_value) if entry.new_value and entry.new_value.strip().isdigit() else 1
        requests.append(DataRequest(entry.at, entry.action, name or "system", entry.entity_id, records))
    return tuple(requests)


def complaint_figures(
    uow: UnitOfWork, period: Period, settings: SalonSettings, now: datetime | None = None
) -> ComplaintFigures:
    """C1–C6 and P1 of the month ``period`` as of ``now`` (default: the computer's clock).

    The monthly report should pass its injected clock's ``now``; the default exists so
    the report framework's ``fn(uow, period, settings)`` call works as it stands.
    """
    now = ensure_utc(now) if now is not None else SystemClock().now()
    # Everything that can count in this month was received before its end; C3/C4 can
    # reach back up to 30 + 7 days, so older complaints are loaded too (the register is small).
    with uow:
        rows = rows_as_of(uow, now, col(Complaint.received_at) < period.end)
        month_end = min(period.end - timedelta(microseconds=1), now)
        at_month_end = rows_as_of(uow, month_end, col(Complaint.received_at) < period.end)
        month_entries = {
            e.complaint_id
            for e in uow.session.exec(
                select(ComplaintEntry).where(
                    col(ComplaintEntry.at) >= period.start, col(ComplaintEntry.at) < period.end
                )
            )
        }
        rated = [
            e.satisfaction
            for e in uow.session.exec(
                select(ComplaintEntry).where(
                    ComplaintEntry.kind == EntryKind.FOLLOW_UP,
                    col(ComplaintEntry.satisfaction).is_not(None),
                    col(ComplaintEntry.at) >= period.start,
                    col(ComplaintEntry.at) < period.end,
                    col(ComplaintEntry.at) <= now,
                )
            )
            if e.satisfaction is not None
        ]
        requests = _data_requests(uow, period, now)

    received = [r for r in rows if period.contains(r.received_at)]
    c1 = [_on_time(r.received_at, r.marks.answered_at, answer_limit(r.category), now) for r in received]
    c2 = [_on_time(r.received_at, r.marks.investigation_at, INVESTIGATION_LIMIT, now) for r in received]

    c3: list[bool | None] = []
    for r in rows:
        deadline = r.received_at + RESOLUTION_LIMIT
        resolved = r.marks.resolved_at
        counted_at = deadline if resolved is None else min(deadline, resolved)
        if not period.contains(counted_at):
            continue
        c3.append(_on_time(r.received_at, resolved, RESOLUTION_LIMIT, now))

    c4 = [
        _on_time(r.marks.resolved_at, r.marks.followed_up_at, FOLLOW_UP_LIMIT, now)
        for r in rows
        if r.marks.resolved_at is not None and period.contains(r.marks.resolved_at)
    ]
    c5 = Rate("C5", sum(1 for s in rated if s >= 4), len(rated), settings.targets.get("C5"))

    open_rows = []
    for r in at_month_end:  # the timeline as it stood at month end (a later reopening changes nothing)
        if r.marks.closed_at is not None:
            continue
        age = min(period.end, now) - r.received_at
        open_rows.append(
            OpenComplaint(
                number=r.number,
                received_at=r.received_at,
                category=r.category.value,
                severity=r.severity.value,
                status=r.status.value,
                age_days=age.days,
                age_hours=round(age.total_seconds() / 3600, 1),
            )
        )
    open_rows.sort(key=lambda o: o.received_at)

    by_category = {c.value: 0 for c in Category} | dict(Counter(r.category.value for r in received))
    by_channel = dict(Counter(r.channel.value for r in received).most_common())
    by_severity = dict(Counter(r.severity.value for r in received).most_common())
    touched = [
        r
        for r in rows
        if period.contains(r.received_at)
        or r.id in month_entries
        or any(m is not None and period.contains(m) for m in (r.marks.resolved_at, r.marks.closed_at))
    ]
    register = tuple(_line(r, now) for r in sorted(touched, key=lambda r: r.received_at))
    privacy = tuple(_line(r, now) for r in received if r.category == Category.PRIVACY)
    p1_target = settings.targets.get("P1")
    figures: dict[str, Figure] = {
        "C1": _rate("C1", c1, settings),
        "C2": _rate("C2", c2, settings),
        "C3": _rate("C3", c3, settings),
        "C4": _rate("C4", c4, settings),
        "C5": c5,
        "C6": Count(
            "C6",
            len(received),
            target=None,
            items=tuple(
                {"group": group, "value": key, "count": n}
                for group, counts in (("category", by_category), ("channel", by_channel), ("severity", by_severity))
                for key, n in counts.items()
            )
            + tuple(
                {
                    "group": "open_at_month_end",
                    "number": o.number,
                    "received_at": o.received_at.isoformat(),
                    "age_days": o.age_days,
                }
                for o in open_rows
            ),
        ),
        "P1": Count(
            "P1",
            len(privacy),
            target=None if p1_target is None else int(p1_target),
            items=tuple(
                {"at": d.at.isoformat(), "action": d.action, "staff": d.staff, "records": d.records} for d in requests
            )
            + tuple({"complaint": p.number, "received_at": p.received_at.isoformat()} for p in privacy),
        ),
    }
    return ComplaintFigures(
        figures=figures,
        register=register,
        open_at_month_end=tuple(open_rows),
        by_category=by_category,
        by_channel=by_channel,
        by_severity=by_severity,
        privacy_complaints=privacy,
        data_requests=requests,
        received=len(received),
        as_of=now,
    )
