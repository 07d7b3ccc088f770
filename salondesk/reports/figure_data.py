"""Load the rows of each area and compute the registered figures over them (report, dashboard, close)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from salondesk.db.uow import UowFactory
from salondesk.domain.calendar import Period
from salondesk.domain.figures import Figure, FigureContext
from salondesk.domain.figures.registry import AREAS, compute_areas, compute_figures
from salondesk.domain.settings import SalonSettings
from salondesk.queries.metrics import AREA_LOADERS
from salondesk.services.settings import salon_timezone


@dataclass(frozen=True)
class PeriodFigures:
    """Every figure of a period keyed by id (report order) and each area's detail object."""

    figures: dict[str, Figure]
    areas: dict[str, Any]


def figures_for(
    new_uow: UowFactory,
    period: Period,
    settings: SalonSettings,
    tz: ZoneInfo,
    now: datetime,
    areas: Iterable[str] = AREAS,
    step: Callable[[], None] | None = None,
) -> PeriodFigures:
    """Load each area's rows (one unit of work each), then compute every figure as of ``now``."""
    ctx = FigureContext(period, now, tz, settings)
    rows: dict[str, Any] = {}
    for area in areas:
        rows[area] = AREA_LOADERS[area](new_uow(), ctx)
        if step is not None:
            step()
    areas = compute_areas(rows, ctx)
    return PeriodFigures(compute_figures(rows, ctx, areas), areas)


def area_figures(new_uow: UowFactory, area: str, period: Period, settings: SalonSettings, now: datetime) -> Any:
    """One area's figures and detail lists for ``period`` as of ``now`` (the whole path: load, then count)."""
    return figures_for(new_uow, period, settings, salon_timezone(settings), now, areas=(area,)).areas[area]
