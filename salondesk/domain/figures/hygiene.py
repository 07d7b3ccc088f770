"""H1–H3 of commitments.md as pure functions over required runs and failed items.

H1 checklist completion: required runs of the periodic templates completed and
signed within their period, over required runs; a period is required only when a
version of its template was in force for the whole period. H2 late entries: runs of
those periods signed after the period ended; a late run is not completed for H1.
H3 open failures: failed items whose corrective action is not signed off at month end.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from salondesk.domain.calendar import local_start
from salondesk.domain.clock import ensure_utc
from salondesk.domain.figures.arithmetic import Count, Rate
from salondesk.domain.figures.context import FigureContext
from salondesk.domain.hygiene import Frequency, period_of, salon_open_on
from salondesk.domain.settings import SalonSettings


class PeriodState(StrEnum):
    """Where a required run stands."""

    DONE = "done"  # signed within its period
    LATE = "late"  # only signed after its period ended (with a reason)
    MISSED = "missed"  # period ended, nothing signed
    DUE = "due"  # period still running, nothing signed yet


@dataclass(frozen=True)
class RequiredRun:
    """One run a periodic template required, and what happened to it."""

    template_key: str
    frequency: Frequency
    first: date
    last: date
    state: PeriodState
    run_id: int | None = None
    signed_by: str = ""  # initials
    signed_at: datetime | None = None
    late_reason: str = ""


@dataclass(frozen=True)
class ActionRow:
    """A failed item and its corrective action (open until signed off)."""

    result_id: int
    run_id: int
    template_key: str
    template_name_en: str
    template_name_zh: str
    station_name: str
    item_text_en: str
    item_text_zh: str
    failed_at: datetime
    failed_by: str
    action: str
    action_done: bool
    owner: str
    due: date | None
    closed_at: datetime | None
    closed_by: str
    closing_note: str

    def is_open_at(self, at: datetime) -> bool:
        """Failed before ``at`` and not yet put right at ``at``."""
        if self.failed_at >= at:
            return False
        if self.action_done:
            return False
        return self.closed_at is None or self.closed_at >= at


@dataclass(frozen=True)
class PeriodicTemplate:
    """A daily, weekly or monthly template: the local day its first version was installed, retired or not."""

    key: str
    frequency: Frequency
    installed_on: date
    retired: bool = False


@dataclass(frozen=True)
class SignedRun:
    """An original (not correction) signed run of a periodic template for the period starting ``first``."""

    run_id: int
    template_key: str
    first: date
    late: bool
    initials: str
    signed_at: datetime
    late_reason: str = ""


def required_runs_between(
    templates: Sequence[PeriodicTemplate],
    signed: Sequence[SignedRun],
    settings: SalonSettings,
    tz: ZoneInfo,
    first: date,
    last: date,
    now: datetime,
) -> list[RequiredRun]:
    """Every run the periodic templates required for periods counted in ``[first, last]``, with its state.

    Daily: each open day in the range. Weekly: each Monday–Sunday week with at least one
    open day whose Sunday is in the range. Monthly: each month whose first day is in the
    range. A template counts from the day its first version was installed (H1 narrows this
    to periods it was in force for all of :func:`template_in_force_for`); a retired template
    no longer counts. Signed within the period: done; signed after it: late; nothing signed:
    missed once the period has ended at ``now``, else still due.
    """
    by_key: dict[tuple[str, date], list[SignedRun]] = defaultdict(list)
    for s in signed:
        by_key[(s.template_key, s.first)].append(s)

    def state_of(template: PeriodicTemplate, p_first: date, p_last: date) -> RequiredRun:
        key, frequency = template.key, template.frequency
        runs = by_key.get((key, p_first), [])
        on_time = [r for r in runs if not r.late]
        if on_time:
            r = on_time[0]
            return RequiredRun(key, frequency, p_first, p_last, PeriodState.DONE, r.run_id, r.initials, r.signed_at)
        if runs:
            r = runs[0]
            return RequiredRun(
                key, frequency, p_first, p_last, PeriodState.LATE, r.run_id, r.initials, r.signed_at, r.late_reason
            )
        ended = ensure_utc(now) >= local_start(p_last + timedelta(days=1), tz)
        return RequiredRun(key, frequency, p_first, p_last, PeriodState.MISSED if ended else PeriodState.DUE)

    result: list[RequiredRun] = []
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    for template in sorted(templates, key=lambda t: t.key):
        since = template.installed_on
        if template.retired:
            continue
        if template.frequency == Frequency.DAILY:
            result.extend(state_of(template, d, d) for d in days if d >= since and salon_open_on(settings, d))
        elif template.frequency == Frequency.WEEKLY:
            for sunday in (d for d in days if d.weekday() == 6):
                monday = sunday - timedelta(days=6)
                week = [monday + timedelta(days=i) for i in range(7)]
                if sunday >= since and any(salon_open_on(settings, d) for d in week):
                    result.append(state_of(template, monday, sunday))
        else:
            for day in (d for d in days if d.day == 1):
                p_first, p_last = period_of(Frequency.MONTHLY, day)
                if p_last >= since:
                    result.append(state_of(template, p_first, p_last))
    return result


def template_in_force_for(installed_at: datetime | None, first_day: date, tz: ZoneInfo) -> bool:
    """H1: a period is required only when a version of its template was in force for all of it.

    That is, the template's first version was installed no later than the period's first instant.
    """
    return installed_at is not None and ensure_utc(installed_at) <= local_start(first_day, tz)


@dataclass(frozen=True)
class HygieneRows:
    """What H1–H3 count for one month.

    ``required``: the runs the periodic templates asked for in periods counted in the month
    (with their state as of the report's instant); ``installed``: per template key, when its
    first version was installed; ``failures``: every item failed before the month's end that was still
    open when the month began (or the report's instant, if earlier), and those failed in the month.
    """

    required: tuple[RequiredRun, ...]
    installed: Mapping[str, datetime]
    failures: tuple[ActionRow, ...]
    template_names: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # key → (English, Chinese)
    station_entries: Mapping[str, int] = field(default_factory=dict)  # per-customer logs per station


def required_runs(rows: HygieneRows, ctx: FigureContext) -> tuple[RequiredRun, ...]:
    """The runs H1 counts: periods whose template was in force for the whole period."""
    return tuple(r for r in rows.required if template_in_force_for(rows.installed.get(r.template_key), r.first, ctx.tz))


def h1_checklist_completion(rows: HygieneRows, ctx: FigureContext) -> Rate:
    """H1: required runs signed within their period over required runs.

    A period still running and not yet signed is pending: in neither count.
    """
    counted = [r for r in required_runs(rows, ctx) if r.state != PeriodState.DUE]
    done = sum(1 for r in counted if r.state == PeriodState.DONE)
    return Rate("H1", done, len(counted), ctx.target("H1"))


def late_runs(rows: HygieneRows, ctx: FigureContext) -> tuple[RequiredRun, ...]:
    """H2's list: required runs signed only after their period ended."""
    return tuple(r for r in required_runs(rows, ctx) if r.state == PeriodState.LATE)


def h2_late_entries(rows: HygieneRows, ctx: FigureContext) -> Count:
    """H2: late entries, each with who, when and why."""
    late = late_runs(rows, ctx)
    return Count("H2", len(late), ctx.count_target("H2"), tuple(_late_item(r) for r in late))


def open_failures(rows: HygieneRows, ctx: FigureContext) -> tuple[ActionRow, ...]:
    """H3's list: failed items not put right at the month's end (or now, for a month still running)."""
    return tuple(a for a in rows.failures if a.is_open_at(ctx.as_of))


def h3_open_failures(rows: HygieneRows, ctx: FigureContext) -> Count:
    """H3: failed items whose corrective action is not signed off at month end."""
    still_open = open_failures(rows, ctx)
    return Count("H3", len(still_open), ctx.count_target("H3"), tuple(_failure_item(a) for a in still_open))


def _late_item(r: RequiredRun) -> dict[str, Any]:
    return {
        "template": r.template_key,
        "period": f"{r.first}" if r.first == r.last else f"{r.first}..{r.last}",
        "who": r.signed_by,
        "when": r.signed_at.isoformat() if r.signed_at else None,
        "why": r.late_reason,
    }


def _failure_item(a: ActionRow) -> dict[str, Any]:
    return {
        "template": a.template_key,
        "item": a.item_text_en,
        "failed_at": a.failed_at.isoformat(),
        "action": a.action,
        "owner": a.owner,
        "due": a.due.isoformat() if a.due else None,
    }


# ------------------------------------------------------------------ the report's detail lists
@dataclass(frozen=True)
class GridCell:
    """One day of one daily template in the month grid."""

    day: date
    state: PeriodState | None  # None: not required (closed day, or before the template was in force)
    initials: str = ""
    open_day: bool = True


@dataclass(frozen=True)
class HygieneFigures:
    """H1–H3 and the report's hygiene detail lists for one month."""

    figures: dict[str, Rate | Count]
    required: tuple[RequiredRun, ...]
    grid: dict[str, tuple[GridCell, ...]]  # daily template key → one cell per day of the month
    template_names: Mapping[str, tuple[str, str]]  # key → (English, Chinese)
    late: tuple[RequiredRun, ...]
    missed: tuple[RequiredRun, ...]
    failures: tuple[ActionRow, ...]  # items failed in the month, with their corrective actions
    open_failures: tuple[ActionRow, ...]  # open at month end (any month's)
    station_entries: Mapping[str, int] = field(default_factory=dict)  # per-customer logs per station

    @property
    def H1(self) -> Rate | Count:
        """Checklist completion."""
        return self.figures["H1"]

    @property
    def H2(self) -> Rate | Count:
        """Late entries."""
        return self.figures["H2"]

    @property
    def H3(self) -> Rate | Count:
        """Open failures."""
        return self.figures["H3"]


def hygiene_figures(rows: HygieneRows, ctx: FigureContext) -> HygieneFigures:
    """H1–H3 and the month grid, late, missed and failure lists."""
    required = required_runs(rows, ctx)
    grid: dict[str, tuple[GridCell, ...]] = {}
    by_cell = {(r.template_key, r.first): r for r in required if r.frequency == Frequency.DAILY}
    for key in sorted({r.template_key for r in required if r.frequency == Frequency.DAILY}):
        cells = []
        for day in ctx.period.days():
            req = by_cell.get((key, day))
            cells.append(
                GridCell(
                    day, req.state if req else None, req.signed_by if req else "", salon_open_on(ctx.settings, day)
                )
            )
        grid[key] = tuple(cells)
    return HygieneFigures(
        figures={
            "H1": h1_checklist_completion(rows, ctx),
            "H2": h2_late_entries(rows, ctx),
            "H3": h3_open_failures(rows, ctx),
        },
        required=required,
        grid=grid,
        template_names=rows.template_names,
        late=late_runs(rows, ctx),
        missed=tuple(r for r in required if r.state == PeriodState.MISSED),
        failures=tuple(a for a in rows.failures if ctx.period.contains(a.failed_at)),
        open_failures=open_failures(rows, ctx),
        station_entries=dict(sorted(rows.station_entries.items())),
    )
