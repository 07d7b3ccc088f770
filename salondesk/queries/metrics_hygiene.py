"""Figures H1–H3 (commitments.md §3) and the details the monthly report prints.

H1 checklist completion: required runs of the periodic templates (daily: one per
open day; weekly: one per Monday–Sunday week with an open day, counted in the month
of its Sunday; monthly: one per month) completed and signed within their period, over
required runs. H2 late entries: runs of those periods signed after the period ended
(each with who, when, why); a late run is not completed for H1. H3 open failures:
failed items whose corrective action is not signed off at month end.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlmodel import col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.calendar import Period
from salondesk.domain.clock import SystemClock, ensure_utc
from salondesk.domain.figures import Count, Rate
from salondesk.domain.hygiene import ChecklistRun, ChecklistTemplate, Frequency, Station, salon_open_on
from salondesk.domain.settings import SalonSettings
from salondesk.queries.hygiene import ActionRow, PeriodState, RequiredRun, action_rows, required_periods


@dataclass(frozen=True)
class GridCell:
    """One day of one daily template in the month grid."""

    day: date
    state: PeriodState | None  # None: not required (closed day, or before the template existed)
    initials: str = ""
    open_day: bool = True


@dataclass(frozen=True)
class HygieneFigures:
    """H1–H3 and the report's hygiene detail lists for one month."""

    figures: dict[str, Rate | Count]
    required: tuple[RequiredRun, ...]
    grid: dict[str, tuple[GridCell, ...]]  # daily template key → one cell per day of the month
    template_names: dict[str, tuple[str, str]]  # key → (English, Chinese)
    late: tuple[RequiredRun, ...]
    missed: tuple[RequiredRun, ...]
    failures: tuple[ActionRow, ...]  # items failed in the month, with their corrective actions
    open_failures: tuple[ActionRow, ...]  # open at month end (any month's)
    station_entries: dict[str, int] = field(default_factory=dict)  # per-customer logs per station

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


def hygiene_figures(
    uow: UnitOfWork, period: Period, settings: SalonSettings, now: datetime | None = None
) -> HygieneFigures:
    """H1–H3 for the month ``period`` as of ``now`` (default: the computer's clock)."""
    # as of ``now`` (the report should pass its injected clock's; the default keeps the
    # framework's ``fn(uow, period, settings)`` call right for a month still running)
    current = ensure_utc(now) if now is not None else SystemClock().now()
    at = min(current, period.end)
    targets = settings.targets
    with uow:
        required = required_periods(uow, settings, period.first_day, period.last_day, at)
        names = {
            t.key: (t.name_en, t.name_zh)
            for t in uow.session.exec(select(ChecklistTemplate).order_by(col(ChecklistTemplate.version)))
        }
        station_names = {s.id: s.name for s in uow.session.exec(select(Station))}
        per_station: Counter[str] = Counter()
        for station_id in uow.session.exec(
            select(ChecklistRun.station_id).where(
                col(ChecklistRun.station_id).is_not(None),
                col(ChecklistRun.corrects_id).is_(None),
                col(ChecklistRun.period_start) >= period.first_day,
                col(ChecklistRun.period_start) <= period.last_day,
            )
        ):
            per_station[station_names.get(station_id, "?")] += 1
    # H1 counts only periods that have ended (or were completed): one still running is pending
    counted = [r for r in required if r.state != PeriodState.DUE]
    done = sum(1 for r in counted if r.state == PeriodState.DONE)
    late = tuple(r for r in required if r.state == PeriodState.LATE)
    missed = tuple(r for r in required if r.state == PeriodState.MISSED)
    failures_all = action_rows(uow, failed_before=period.end)
    failures = tuple(a for a in failures_all if period.contains(a.failed_at))
    open_at_end = tuple(a for a in failures_all if a.is_open_at(period.end if at >= period.end else at))

    grid: dict[str, tuple[GridCell, ...]] = {}
    by_cell = {(r.template_key, r.first): r for r in required if r.frequency == Frequency.DAILY}
    for key in sorted({r.template_key for r in required if r.frequency == Frequency.DAILY}):
        cells = []
        for day in period.days():
            req = by_cell.get((key, day))
            cells.append(
                GridCell(day, req.state if req else None, req.signed_by if req else "", salon_open_on(settings, day))
            )
        grid[key] = tuple(cells)

    figures: dict[str, Rate | Count] = {
        "H1": Rate("H1", done, len(counted), targets.get("H1")),
        "H2": Count("H2", len(late), _int_target(targets.get("H2")), tuple(_late_item(r) for r in late)),
        "H3": Count(
            "H3", len(open_at_end), _int_target(targets.get("H3")), tuple(_failure_item(a) for a in open_at_end)
        ),
    }
    return HygieneFigures(
        figures=figures,
        required=tuple(required),
        grid=grid,
        template_names=names,
        late=late,
        missed=missed,
        failures=failures,
        open_failures=open_at_end,
        station_entries=dict(sorted(per_station.items())),
    )


def _int_target(value: float | None) -> int | None:
    return None if value is None else int(value)
