"""C1–C6 and P1 of commitments.md as pure functions over complaints and their timelines.

C1  response on time: received in the month; answered within 48 h (24 h for a
    product case) over answered-or-run-out (still inside its time and unanswered:
    pending, in neither count).
C2  the same for the start of the investigation and 24 h.
C3  resolved within 720 h of receipt, each complaint counted once, in the month of
    ``min(deadline, resolution)``; a deadline not yet reached and unresolved is pending.
C4  resolved in the month; followed up within 168 h of the resolution over
    followed-up-or-run-out (a complaint closed without a follow-up call, with the reason
    why, counts at once as not followed up).
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

from salondesk.domain.clock import ensure_utc
from salondesk.domain.complaints import (
    INVESTIGATION_LIMIT,
    RESOLUTION_LIMIT,
    Category,
    EntryFacts,
    EntryKind,
    Milestones,
    answer_limit,
    followed_up_on_time,
    milestones,
    within,
)
from salondesk.domain.figures.arithmetic import Count, Rate
from salondesk.domain.figures.context import FigureContext

Figure = Rate | Count


@dataclass(frozen=True)
class ComplaintFact:
    """A complaint received before the month's end, with its whole timeline."""

    id: int
    number: str
    received_at: datetime
    category: Category
    channel: str
    severity: str
    entries: tuple[EntryFacts, ...]

    def marks(self, at: datetime) -> Milestones:
        """The milestones of the timeline as it stood at ``at``."""
        at = ensure_utc(at)
        return milestones(e for e in self.entries if ensure_utc(e.at) <= at)


@dataclass(frozen=True)
class DataRequest:
    """A customer-data export or erasure logged in the audit trail (P1)."""

    at: datetime
    action: str  # export / erase
    staff: str
    entity_id: str
    records: int


@dataclass(frozen=True)
class ComplaintRows:
    """The complaints received before the month's end and the month's data requests."""

    complaints: tuple[ComplaintFact, ...]
    data_requests: tuple[DataRequest, ...] = ()


def on_time(start: datetime, met: datetime | None, limit: timedelta, now: datetime) -> bool | None:
    """True/False when decided; None when pending (not met and the limit not yet run out)."""
    if met is not None:
        return within(start, met, limit)
    return False if now - start > limit else None


def decided_rate(figure_id: str, results: list[bool | None], target: float | None) -> Rate:
    """On-time results over decided ones (pending ones are in neither count)."""
    decided = [r for r in results if r is not None]
    return Rate(figure_id, sum(1 for r in decided if r), len(decided), target)


def received_in_month(rows: ComplaintRows, ctx: FigureContext) -> list[ComplaintFact]:
    """Complaints received in the month (and by ``now``)."""
    return [c for c in rows.complaints if ctx.period.contains(c.received_at) and c.received_at <= ctx.now]


def c1_response_on_time(rows: ComplaintRows, ctx: FigureContext) -> Rate:
    """C1: first response within 48 h (24 h for a product case) of receipt."""
    results = [
        on_time(c.received_at, c.marks(ctx.now).answered_at, answer_limit(c.category), ctx.now)
        for c in received_in_month(rows, ctx)
    ]
    return decided_rate("C1", results, ctx.target("C1"))


def c2_investigation_on_time(rows: ComplaintRows, ctx: FigureContext) -> Rate:
    """C2: investigation started within 24 h of receipt."""
    results = [
        on_time(c.received_at, c.marks(ctx.now).investigation_at, INVESTIGATION_LIMIT, ctx.now)
        for c in received_in_month(rows, ctx)
    ]
    return decided_rate("C2", results, ctx.target("C2"))


def c3_resolved_on_time(rows: ComplaintRows, ctx: FigureContext) -> Rate:
    """C3: resolved within 720 h, counted once in the month of min(deadline, resolution)."""
    results: list[bool | None] = []
    for c in rows.complaints:
        if c.received_at > ctx.now:
            continue
        resolved = c.marks(ctx.now).resolved_at
        deadline = c.received_at + RESOLUTION_LIMIT
        counted_at = deadline if resolved is None else min(deadline, resolved)
        if ctx.period.contains(counted_at):
            results.append(on_time(c.received_at, resolved, RESOLUTION_LIMIT, ctx.now))
    return decided_rate("C3", results, ctx.target("C3"))


def c4_follow_up_on_time(rows: ComplaintRows, ctx: FigureContext) -> Rate:
    """C4: resolved in the month and followed up within 168 h of the resolution."""
    results = []
    for c in rows.complaints:
        marks = c.marks(ctx.now)
        if marks.resolved_at is not None and ctx.period.contains(marks.resolved_at):
            results.append(followed_up_on_time(marks, ctx.now))
    return decided_rate("C4", results, ctx.target("C4"))


def c5_complaint_satisfaction(rows: ComplaintRows, ctx: FigureContext) -> Rate:
    """C5: follow-ups rated 4 or 5 over follow-ups rated in the month."""
    rated = [
        e.satisfaction
        for c in rows.complaints
        for e in c.entries
        if e.kind == EntryKind.FOLLOW_UP
        and e.satisfaction is not None
        and ctx.period.contains(e.at)
        and ensure_utc(e.at) <= ctx.now
    ]
    return Rate("C5", sum(1 for s in rated if s >= 4), len(rated), ctx.target("C5"))


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


def open_at_month_end(rows: ComplaintRows, ctx: FigureContext) -> tuple[OpenComplaint, ...]:
    """The complaints open at the month's end (or now), as their timelines stood then."""
    month_end = min(ctx.period.end - timedelta(microseconds=1), ctx.now)
    result = []
    for c in rows.complaints:
        if c.received_at > month_end:
            continue
        marks = c.marks(month_end)  # a later reopening changes nothing
        if marks.closed_at is not None:
            continue
        age = ctx.as_of - c.received_at
        result.append(
            OpenComplaint(
                number=c.number,
                received_at=c.received_at,
                category=c.category.value,
                severity=c.severity,
                status=marks.status.value,
                age_days=age.days,
                age_hours=round(age.total_seconds() / 3600, 1),
            )
        )
    return tuple(sorted(result, key=lambda o: o.received_at))


def counts_by(rows: ComplaintRows, ctx: FigureContext) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """C6's counts of the month's complaints by category (every category), channel and severity."""
    received = received_in_month(rows, ctx)
    by_category = {c.value: 0 for c in Category} | dict(Counter(c.category.value for c in received))
    by_channel = dict(Counter(c.channel for c in received).most_common())
    by_severity = dict(Counter(c.severity for c in received).most_common())
    return by_category, by_channel, by_severity


def c6_counts(rows: ComplaintRows, ctx: FigureContext) -> Count:
    """C6: complaints received in the month by category, channel and severity, and the open ones."""
    groups = zip(("category", "channel", "severity"), counts_by(rows, ctx), strict=True)
    return Count(
        "C6",
        len(received_in_month(rows, ctx)),
        target=None,
        items=tuple({"group": group, "value": key, "count": n} for group, counts in groups for key, n in counts.items())
        + tuple(
            {
                "group": "open_at_month_end",
                "number": o.number,
                "received_at": o.received_at.isoformat(),
                "age_days": o.age_days,
            }
            for o in open_at_month_end(rows, ctx)
        ),
    )


def privacy_complaints(rows: ComplaintRows, ctx: FigureContext) -> list[ComplaintFact]:
    """P1's complaints: category privacy, received in the month."""
    return [c for c in received_in_month(rows, ctx) if c.category == Category.PRIVACY]


def p1_privacy(rows: ComplaintRows, ctx: FigureContext) -> Count:
    """P1: privacy complaints in the month (target 0), with the month's data exports and erasures."""
    privacy = privacy_complaints(rows, ctx)
    return Count(
        "P1",
        len(privacy),
        target=ctx.count_target("P1"),
        items=tuple(
            {"at": d.at.isoformat(), "action": d.action, "staff": d.staff, "records": d.records}
            for d in rows.data_requests
            if ctx.period.contains(d.at) and d.at <= ctx.now
        )
        + tuple({"complaint": p.number, "received_at": p.received_at.isoformat()} for p in privacy),
    )


# ------------------------------------------------------------------ the register the report prints
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


def register_line(c: ComplaintFact, now: datetime) -> RegisterLine:
    """A complaint's line of the register as of ``now``."""
    m = c.marks(now)
    rated = [
        e.satisfaction
        for e in c.entries
        if e.kind == EntryKind.FOLLOW_UP and e.satisfaction is not None and ensure_utc(e.at) <= now
    ]
    return RegisterLine(
        number=c.number,
        received_at=c.received_at,
        category=c.category.value,
        channel=c.channel,
        severity=c.severity,
        status=m.status.value,
        answered_at=m.answered_at,
        answer_on_time=on_time(c.received_at, m.answered_at, answer_limit(c.category), now),
        investigation_at=m.investigation_at,
        investigation_on_time=on_time(c.received_at, m.investigation_at, INVESTIGATION_LIMIT, now),
        resolved_at=m.resolved_at,
        resolution_on_time=on_time(c.received_at, m.resolved_at, RESOLUTION_LIMIT, now),
        followed_up_at=m.followed_up_at,
        follow_up_on_time=followed_up_on_time(m, now),
        closed_at=m.closed_at,
        satisfaction=rated[-1] if rated else None,
    )


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


def complaint_figures(rows: ComplaintRows, ctx: FigureContext) -> ComplaintFigures:
    """C1–C6, P1 and the month's register, open complaints and data requests."""
    now, period = ctx.now, ctx.period
    seen = [c for c in rows.complaints if c.received_at <= now]

    def touched(c: ComplaintFact) -> bool:
        marks = c.marks(now)
        return (
            period.contains(c.received_at)
            or any(period.contains(e.at) for e in c.entries)
            or any(m is not None and period.contains(m) for m in (marks.resolved_at, marks.closed_at))
        )

    by_category, by_channel, by_severity = counts_by(rows, ctx)
    return ComplaintFigures(
        figures={
            "C1": c1_response_on_time(rows, ctx),
            "C2": c2_investigation_on_time(rows, ctx),
            "C3": c3_resolved_on_time(rows, ctx),
            "C4": c4_follow_up_on_time(rows, ctx),
            "C5": c5_complaint_satisfaction(rows, ctx),
            "C6": c6_counts(rows, ctx),
            "P1": p1_privacy(rows, ctx),
        },
        register=tuple(register_line(c, now) for c in sorted(filter(touched, seen), key=lambda c: c.received_at)),
        open_at_month_end=open_at_month_end(rows, ctx),
        by_category=by_category,
        by_channel=by_channel,
        by_severity=by_severity,
        privacy_complaints=tuple(register_line(c, now) for c in privacy_complaints(rows, ctx)),
        data_requests=tuple(d for d in rows.data_requests if period.contains(d.at) and d.at <= now),
        received=len(received_in_month(rows, ctx)),
        as_of=now,
    )
