"""Loads the rows of H1–H3 for a month.

The figures are pure functions in :mod:`salondesk.domain.figures.hygiene`.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlmodel import col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.figures import FigureContext
from salondesk.domain.figures.hygiene import HygieneRows
from salondesk.domain.hygiene import ChecklistRun, ChecklistTemplate, Station
from salondesk.queries.hygiene import action_rows, required_periods


def load_hygiene_rows(uow: UnitOfWork, ctx: FigureContext) -> HygieneRows:
    """The month's required runs, template installs, failed items and per-station log entries.

    Required runs are as of ``ctx.as_of``; failed items are those failed before the month's end, less
    those put right before the month began (H3 and the month's list never show them).
    """
    period = ctx.period
    with uow:
        required = required_periods(uow, ctx.settings, period.first_day, period.last_day, ctx.as_of)
        installed: dict[str, datetime] = {}
        names: dict[str, tuple[str, str]] = {}
        for t in uow.session.exec(select(ChecklistTemplate).order_by(col(ChecklistTemplate.version))):
            names[t.key] = (t.name_en, t.name_zh)
            installed[t.key] = min(installed.get(t.key, t.created_at), t.created_at)
        station_names = {s.id: s.name for s in uow.session.exec(select(Station))}
        per_station: Counter[str] = Counter()
        for station_id in uow.session.exec(
            select(ChecklistRun.station_id).where(
                col(ChecklistRun.station_id).is_not(None),
                col(ChecklistRun.corrects_id).is_(None),
                col(ChecklistRun.period_start) >= period.first_day,
                col(ChecklistRun.period_start) <= period.last_day,
                col(ChecklistRun.signed_at) <= ctx.now,
            )
        ):
            per_station[station_names.get(station_id, "?")] += 1
    failures = action_rows(uow, failed_before=min(period.end, ctx.now), open_from=min(period.start, ctx.as_of))
    return HygieneRows(tuple(required), installed, tuple(failures), names, dict(per_station))
