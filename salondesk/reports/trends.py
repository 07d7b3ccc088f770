"""Figures month by month, for the dashboard's trend charts (pure; no Qt)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from salondesk.db.uow import UowFactory
from salondesk.domain.calendar import month_period, previous_month
from salondesk.domain.clock import Clock
from salondesk.domain.figures import Figure
from salondesk.domain.permissions import Actor, Permission
from salondesk.domain.settings import SalonSettings
from salondesk.queries.access import require
from salondesk.reports.figure_data import figures_for
from salondesk.services.settings import load_settings, salon_timezone

ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class MonthFigures:
    """One month's figures and the area objects behind them (for click-through)."""

    year: int
    month: int
    figures: dict[str, Figure]
    areas: dict[str, Any]

    @property
    def label(self) -> str:
        """``2026-10``."""
        return f"{self.year:04d}-{self.month:02d}"


def months_back(year: int, month: int, count: int) -> list[tuple[int, int]]:
    """``count`` months ending with ``year-month``, oldest first."""
    months = [(year, month)]
    while len(months) < count:
        months.append(previous_month(*months[-1]))
    return list(reversed(months))


def monthly_figures(
    new_uow: UowFactory,
    actor: Actor,
    clock: Clock,
    months: Iterable[tuple[int, int]],
    progress: ProgressFn | None = None,
) -> list[MonthFigures]:
    """Every area's figures for each month (owner); missing areas are left out."""
    require(new_uow(), actor, Permission.VIEW_DASHBOARD)
    wanted = list(months)
    with new_uow() as uow:
        current = load_settings(uow)
    tz = salon_timezone(current)
    now = clock.now()
    result = []
    for index, (year, month) in enumerate(wanted):
        period = month_period(year, month, tz)
        with new_uow() as uow:
            in_force = load_settings(uow, at=min(period.end, now))
        settings = SalonSettings(**{**current.as_dict(), "targets": in_force.targets})
        # each month judged as of its end (or now, for the month still running), like its report
        computed = figures_for(new_uow, period, settings, tz, min(now, period.end))
        result.append(MonthFigures(year, month, computed.figures, computed.areas))
        if progress:
            progress(index + 1, len(wanted))
    return result
