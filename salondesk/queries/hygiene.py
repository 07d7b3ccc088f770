"""Read side of the hygiene records: templates, stations, runs, required periods, open actions.

:func:`required_periods` loads what says which runs were due (H1 and the today board use
it); the rule itself is :func:`salondesk.domain.figures.hygiene.required_runs_between`:
daily templates on each open day, weekly templates each Monday–Sunday week with at least
one open day, monthly templates each month.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, exists, false, or_
from sqlalchemy import select as core_select
from sqlmodel import col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.calendar import local_date
from salondesk.domain.figures.hygiene import (
    ActionRow,
    PeriodicTemplate,
    PeriodState,
    RequiredRun,
    SignedRun,
    required_runs_between,
)
from salondesk.domain.hygiene import (
    PERIODIC,
    ChecklistItem,
    ChecklistResult,
    ChecklistRun,
    ChecklistTemplate,
    CorrectiveSignoff,
    Frequency,
    ItemResult,
    Station,
    StationKind,
    ValueSpec,
    period_of,
    specs_of,
)
from salondesk.domain.settings import SalonSettings, salon_timezone
from salondesk.domain.staff import Staff


@dataclass(frozen=True)
class ItemRow:
    """One item of a template version."""

    id: int
    position: int
    text_en: str
    text_zh: str
    values: tuple[ValueSpec, ...]

    def text(self, lang: str) -> str:
        """The item in the UI language."""
        return (self.text_zh or self.text_en) if lang.startswith("zh") else (self.text_en or self.text_zh)


@dataclass(frozen=True)
class TemplateRow:
    """One template version with its items."""

    id: int
    key: str
    version: int
    frequency: Frequency
    name_en: str
    name_zh: str
    current: bool
    retired: bool
    created_at: datetime
    items: tuple[ItemRow, ...]

    def name(self, lang: str) -> str:
        """The name in the UI language."""
        return (self.name_zh or self.name_en) if lang.startswith("zh") else (self.name_en or self.name_zh)


@dataclass(frozen=True)
class StationRow:
    """A station."""

    id: int
    name: str
    kind: StationKind
    active: bool


def templates(uow: UnitOfWork, current_only: bool = True) -> list[TemplateRow]:
    """Template versions (current ones by default), with items in order."""
    with uow:
        query = select(ChecklistTemplate).order_by(col(ChecklistTemplate.key), col(ChecklistTemplate.version))
        if current_only:
            query = query.where(ChecklistTemplate.current == True)  # noqa: E712
        found = list(uow.session.exec(query))
        ids = [t.id for t in found]
        items: dict[int, list[ItemRow]] = defaultdict(list)
        for item in uow.session.exec(
            select(ChecklistItem).where(col(ChecklistItem.template_id).in_(ids)).order_by(col(ChecklistItem.position))
        ):
            items[item.template_id].append(
                ItemRow(item.id or 0, item.position, item.text_en, item.text_zh, tuple(specs_of(item.values_json)))
            )
        order = {f: i for i, f in enumerate(Frequency)}
        rows = [
            TemplateRow(
                t.id or 0,
                t.key,
                t.version,
                Frequency(t.frequency),
                t.name_en,
                t.name_zh,
                t.current,
                t.retired,
                t.created_at,
                tuple(items.get(t.id or 0, [])),
            )
            for t in found
        ]
    keys = {"opening": 0, "per_customer": 1, "closing": 2}
    return sorted(
        rows, key=lambda r: (order[r.frequency] if r.key not in keys else -1, keys.get(r.key, 9), r.key, r.version)
    )


def template(uow: UnitOfWork, template_id: int) -> TemplateRow | None:
    """One template version (any, current or old)."""
    return next((t for t in templates(uow, current_only=False) if t.id == template_id), None)


def last_values(uow: UnitOfWork, template_key: str, station_id: int | None) -> dict[int, dict[str, str]]:
    """The values typed in the newest run of a template at a station: item position → kind → text.

    By position, so a new template version still finds yesterday's product and dilution.
    """
    station = col(ChecklistRun.station_id)
    with uow:
        newest = uow.session.exec(
            select(ChecklistRun.id)
            .where(
                ChecklistRun.template_key == template_key,
                station.is_(None) if station_id is None else station == station_id,
            )
            .order_by(col(ChecklistRun.signed_at).desc(), col(ChecklistRun.id).desc())
            .limit(1)
        ).first()
        if newest is None:
            return {}
        rows = uow.session.exec(
            select(ChecklistItem.position, ChecklistResult.values_json)
            .join(ChecklistItem, col(ChecklistItem.id) == col(ChecklistResult.item_id))
            .where(ChecklistResult.run_id == newest)
        ).all()
    return {position: {str(k): str(v) for k, v in json.loads(values or "{}").items()} for position, values in rows}


def stations(uow: UnitOfWork, active_only: bool = True) -> list[StationRow]:
    """Stations by kind and name."""
    with uow:
        query = select(Station).order_by(col(Station.kind), col(Station.name))
        if active_only:
            query = query.where(Station.active == True)  # noqa: E712
        return [StationRow(s.id or 0, s.name, StationKind(s.kind), s.active) for s in uow.session.exec(query)]


# ---------------------------------------------------------------- required periods
def _signed_runs(uow: UnitOfWork, first: date, last: date) -> list[SignedRun]:
    """Original (not correction) runs of periodic templates whose period starts in ``[first, last]``."""
    run, staff = _table(ChecklistRun), _table(Staff)
    r = run.c
    # by the period_start index; originals without a station are picked here (asked in SQL,
    # SQLite's planner took the station index and read every run of the salon's history)
    query = (
        core_select(
            r.id,
            r.template_key,
            r.period_start,
            r.late,
            r.signed_at,
            r.late_reason,
            r.corrects_id,
            r.station_id,
            staff.c.initials,
            staff.c.name,
        )
        .join(staff, staff.c.id == r.signed_by)
        .where(r.period_start >= first, r.period_start <= last)
        .order_by(r.signed_at, r.id)
    )
    return [
        SignedRun(
            x.id or 0, x.template_key, x.period_start, x.late, x.initials or x.name[:3], x.signed_at, x.late_reason
        )
        for x in uow.session.execute(query)
        if x.corrects_id is None and x.station_id is None
    ]


def _periodic_templates(uow: UnitOfWork, tz: ZoneInfo) -> list[PeriodicTemplate]:
    """Per periodic template key: frequency, local day of its first version, retired now."""
    installed: dict[str, date] = {}
    spans: dict[str, PeriodicTemplate] = {}
    for t in uow.session.exec(select(ChecklistTemplate).order_by(col(ChecklistTemplate.version))):
        installed[t.key] = min(installed.get(t.key, date.max), local_date(t.created_at, tz))
    for t in uow.session.exec(select(ChecklistTemplate).order_by(col(ChecklistTemplate.version))):
        frequency = Frequency(t.frequency)
        if frequency not in PERIODIC:
            continue
        retired = t.retired if t.current else (spans[t.key].retired if t.key in spans else False)
        spans[t.key] = PeriodicTemplate(t.key, frequency, installed[t.key], retired)
    return list(spans.values())


def required_periods(
    uow: UnitOfWork, settings: SalonSettings, first: date, last: date, now: datetime
) -> list[RequiredRun]:
    """Every run the periodic templates required for periods counted in ``[first, last]``.

    Loads the templates and the signed runs; the rule is
    :func:`salondesk.domain.figures.hygiene.required_runs_between`. Inside the caller's ``with uow``.
    """
    tz = salon_timezone(settings)
    # weeks counted in the range may start before it
    signed = _signed_runs(uow, first - timedelta(days=6), last)
    return required_runs_between(_periodic_templates(uow, tz), signed, settings, tz, first, last, now)


# ---------------------------------------------------------------- runs and actions
@dataclass(frozen=True)
class RunRow:
    """One signed run (an original or a correction)."""

    id: int
    template_id: int
    template_key: str
    template_name_en: str
    template_name_zh: str
    version: int
    station_id: int | None
    station_name: str
    period_start: date
    period_end: date
    signed_by: str
    signed_initials: str
    signed_at: datetime
    late: bool
    late_reason: str
    clock_anomaly: bool
    corrects_id: int | None
    correction_reason: str
    corrected_by: tuple[int, ...]
    failed: int
    note: str


def run_rows(
    uow: UnitOfWork,
    first: date,
    last: date,
    station_id: int | None = None,
    template_key: str | None = None,
) -> list[RunRow]:
    """Runs whose period starts in ``[first, last]``, oldest first; corrections name their originals."""
    with uow:
        query = (
            select(ChecklistRun, ChecklistTemplate, Staff)
            .join(ChecklistTemplate, col(ChecklistTemplate.id) == col(ChecklistRun.template_id))
            .join(Staff, col(Staff.id) == col(ChecklistRun.signed_by))
            .where(col(ChecklistRun.period_start) >= first, col(ChecklistRun.period_start) <= last)
            .order_by(col(ChecklistRun.signed_at), col(ChecklistRun.id))
        )
        if station_id is not None:
            query = query.where(ChecklistRun.station_id == station_id)
        if template_key is not None:
            query = query.where(ChecklistRun.template_key == template_key)
        found = list(uow.session.exec(query))
        ids = [r.id for r, _, _ in found]
        failed: dict[int, int] = defaultdict(int)
        for run_id in uow.session.exec(
            select(ChecklistResult.run_id).where(
                col(ChecklistResult.run_id).in_(ids), ChecklistResult.result == ItemResult.FAIL
            )
        ):
            failed[run_id] += 1
        corrections: dict[int, list[int]] = defaultdict(list)
        for fix_id, corrects in uow.session.exec(
            select(ChecklistRun.id, ChecklistRun.corrects_id).where(col(ChecklistRun.corrects_id).is_not(None))
        ):
            corrections[corrects or 0].append(fix_id or 0)
        station_names = {s.id: s.name for s in uow.session.exec(select(Station))}
        return [
            RunRow(
                id=r.id or 0,
                template_id=t.id or 0,
                template_key=r.template_key,
                template_name_en=t.name_en,
                template_name_zh=t.name_zh,
                version=t.version,
                station_id=r.station_id,
                station_name=station_names.get(r.station_id, "") if r.station_id else "",
                period_start=r.period_start,
                period_end=r.period_end,
                signed_by=s.name,
                signed_initials=s.initials or s.name[:3],
                signed_at=r.signed_at,
                late=r.late,
                late_reason=r.late_reason,
                clock_anomaly=r.clock_anomaly,
                corrects_id=r.corrects_id,
                correction_reason=r.correction_reason,
                corrected_by=tuple(corrections.get(r.id or 0, [])),
                failed=failed.get(r.id or 0, 0),
                note=r.note,
            )
            for r, t, s in found
        ]


@dataclass(frozen=True)
class ResultRow:
    """One item's answer in a run."""

    id: int
    item_text_en: str
    item_text_zh: str
    result: ItemResult
    values: dict[str, str]
    note: str
    photo_hash: str | None
    action: str
    action_done: bool
    action_owner: str
    action_due: date | None
    signed_off_at: datetime | None


def run_results(uow: UnitOfWork, run_id: int) -> list[ResultRow]:
    """A run's answers in item order."""
    with uow:
        names = {s.id: s.name for s in uow.session.exec(select(Staff))}
        signoffs = {
            s.result_id: s.signed_at
            for s in uow.session.exec(
                select(CorrectiveSignoff)
                .join(ChecklistResult, col(ChecklistResult.id) == col(CorrectiveSignoff.result_id))
                .where(ChecklistResult.run_id == run_id)
            )
        }
        query = (
            select(ChecklistResult, ChecklistItem)
            .join(ChecklistItem, col(ChecklistItem.id) == col(ChecklistResult.item_id))
            .where(ChecklistResult.run_id == run_id)
            .order_by(col(ChecklistItem.position))
        )
        return [
            ResultRow(
                r.id or 0,
                i.text_en,
                i.text_zh,
                ItemResult(r.result),
                json.loads(r.values_json or "{}"),
                r.note,
                r.photo_hash,
                r.action,
                r.action_done,
                names.get(r.action_owner_id, "") if r.action_owner_id else "",
                r.action_due,
                signoffs.get(r.id or 0),
            )
            for r, i in uow.session.exec(query)
        ]


def action_rows(
    uow: UnitOfWork, failed_before: datetime | None = None, open_from: datetime | None = None
) -> list[ActionRow]:
    """Every failed item (optionally only those failed before an instant), oldest first.

    ``open_from``: leave out the items failed before that instant that were put right by
    then (done at signing, or signed off before it): they are open at no later instant,
    so a month's report (failures in the month, open failures at its end) never needs
    them, and its read does not grow with the salon's history.
    """
    with uow:
        names = {s.id: (s.name) for s in uow.session.exec(select(Staff))}
        stations_by_id = {s.id: s.name for s in uow.session.exec(select(Station))}
        # plain rows (Core): ten years of failures and sign-offs without an ORM object each
        so = _table(CorrectiveSignoff).c
        signoffs = {
            s.result_id: s for s in uow.session.execute(core_select(so.result_id, so.signed_at, so.signed_by, so.note))
        }
        tables = [_table(m) for m in (ChecklistResult, ChecklistItem, ChecklistRun, ChecklistTemplate)]
        res, item, run, tpl = (t.c for t in tables)
        query = (
            core_select(
                res.id,
                res.action,
                res.action_done,
                res.action_owner_id,
                res.action_due,
                item.text_en,
                item.text_zh,
                run.id.label("run_id"),
                run.template_key,
                run.station_id,
                run.signed_at,
                run.signed_by,
                tpl.name_en,
                tpl.name_zh,
            )
            .join(tables[1], item.id == res.item_id)
            .join(tables[2], run.id == res.run_id)
            .join(tables[3], tpl.id == run.template_id)
            .where(res.result == ItemResult.FAIL)
            .order_by(run.signed_at, res.id)
        )
        if failed_before is not None:
            query = query.where(run.signed_at < failed_before)
        if open_from is not None:
            query = query.where(
                or_(
                    run.signed_at >= open_from,
                    and_(
                        res.action_done.is_(false()),
                        ~exists().where(so.result_id == res.id, so.signed_at < open_from),
                    ),
                )
            )
        rows = []
        for r in uow.session.execute(query):
            signoff = signoffs.get(r.id or 0)
            rows.append(
                ActionRow(
                    result_id=r.id or 0,
                    run_id=r.run_id or 0,
                    template_key=r.template_key,
                    template_name_en=r.name_en,
                    template_name_zh=r.name_zh,
                    station_name=stations_by_id.get(r.station_id, "") if r.station_id else "",
                    item_text_en=r.text_en,
                    item_text_zh=r.text_zh,
                    failed_at=r.signed_at,
                    failed_by=names.get(r.signed_by, ""),
                    action=r.action,
                    action_done=r.action_done,
                    owner=names.get(r.action_owner_id, "") if r.action_owner_id else "",
                    due=r.action_due,
                    closed_at=signoff.signed_at if signoff else None,
                    closed_by=names.get(signoff.signed_by, "") if signoff else "",
                    closing_note=signoff.note if signoff else "",
                )
            )
        return rows


def _table(model: Any) -> Any:
    """A model's table, for plain-row (Core) reads."""
    return model.__table__


def open_actions(uow: UnitOfWork, at: datetime) -> list[ActionRow]:
    """Corrective actions still open at ``at`` (the list shown until signed off)."""
    return [a for a in action_rows(uow, failed_before=at) if a.is_open_at(at)]


# ---------------------------------------------------------------- today board
class BoardScope(StrEnum):
    """Which column of the board a line belongs to."""

    TODAY = "today"
    WEEK = "week"
    MONTH = "month"
    STATION = "station"
    MISSED = "missed"  # recent periods that ended without a run


@dataclass(frozen=True)
class BoardRow:
    """One line of the today board."""

    scope: BoardScope
    template_id: int
    template_key: str
    name_en: str
    name_zh: str
    frequency: Frequency
    state: PeriodState
    first: date
    last: date
    station_id: int | None = None
    station_name: str = ""
    station_kind: StationKind | None = None
    entries_today: int = 0
    signed_by: str = ""
    signed_at: datetime | None = None
    failed_items: int = 0  # items the signed run answered "fail" (done, but not all well)

    def name(self, lang: str) -> str:
        """Template name in the UI language."""
        return (self.name_zh or self.name_en) if lang.startswith("zh") else (self.name_en or self.name_zh)


def board(uow: UnitOfWork, settings: SalonSettings, now: datetime, look_back_days: int = 7) -> list[BoardRow]:
    """Today's, this week's and this month's runs; per-station logs today; recent missed runs."""
    tz = salon_timezone(settings)
    today = local_date(now, tz)
    current = {t.key: t for t in templates(uow) if not t.retired}
    week_first, week_last = period_of(Frequency.WEEKLY, today)
    month_first, _ = period_of(Frequency.MONTHLY, today)
    with uow:
        recent = required_periods(uow, settings, today - timedelta(days=look_back_days), today, now)
        this_week = required_periods(uow, settings, week_last, week_last, now)
        this_month = required_periods(uow, settings, month_first, month_first, now)
        per_station: dict[int, list[ChecklistRun]] = defaultdict(list)
        for run in uow.session.exec(
            select(ChecklistRun).where(
                ChecklistRun.period_start == today,
                col(ChecklistRun.station_id).is_not(None),
                col(ChecklistRun.corrects_id).is_(None),
            )
        ):
            per_station[run.station_id or 0].append(run)
        initials = {s.id: s.initials or s.name[:3] for s in uow.session.exec(select(Staff))}
        run_ids = [r.run_id for r in (*recent, *this_week, *this_month) if r.run_id is not None]
        failed = Counter(
            uow.session.exec(
                select(ChecklistResult.run_id).where(
                    col(ChecklistResult.run_id).in_(run_ids), ChecklistResult.result == ItemResult.FAIL
                )
            )
        )
    rows: list[BoardRow] = []

    def add(scope: BoardScope, req: RequiredRun) -> None:
        t = current.get(req.template_key)
        if t is None:
            return
        rows.append(
            BoardRow(
                scope,
                t.id,
                t.key,
                t.name_en,
                t.name_zh,
                t.frequency,
                req.state,
                req.first,
                req.last,
                signed_by=req.signed_by,
                signed_at=req.signed_at,
                failed_items=failed.get(req.run_id, 0) if req.run_id is not None else 0,
            )
        )

    for req in recent:
        if req.frequency == Frequency.DAILY and req.first == today:
            add(BoardScope.TODAY, req)
        elif req.state == PeriodState.MISSED and req.frequency == Frequency.DAILY:
            add(BoardScope.MISSED, req)
    for req in this_week:
        if req.frequency == Frequency.WEEKLY and req.first == week_first:
            add(BoardScope.WEEK, req)
    for req in this_month:
        if req.frequency == Frequency.MONTHLY:
            add(BoardScope.MONTH, req)
    # last week's run, if missed, stays visible (it can still be signed late)
    prev_week = required_periods_uow(uow, settings, week_first - timedelta(days=1), now)
    for req in prev_week:
        if req.frequency == Frequency.WEEKLY and req.state == PeriodState.MISSED:
            add(BoardScope.MISSED, req)
    per_customer = [t for t in current.values() if t.frequency == Frequency.PER_CUSTOMER]
    for station in stations(uow):
        for t in per_customer:
            runs = per_station.get(station.id, [])
            last = runs[-1] if runs else None
            rows.append(
                BoardRow(
                    BoardScope.STATION,
                    t.id,
                    t.key,
                    t.name_en,
                    t.name_zh,
                    t.frequency,
                    PeriodState.DONE if runs else PeriodState.DUE,
                    today,
                    today,
                    station_id=station.id,
                    station_name=station.name,
                    station_kind=station.kind,
                    entries_today=len(runs),
                    signed_by=initials.get(last.signed_by, "") if last else "",
                    signed_at=last.signed_at if last else None,
                )
            )
    return rows


def required_periods_uow(uow: UnitOfWork, settings: SalonSettings, day: date, now: datetime) -> list[RequiredRun]:
    """:func:`required_periods` for one day, in its own unit of work."""
    with uow:
        return required_periods(uow, settings, day, day, now)
