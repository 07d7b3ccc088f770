"""Loads the rows of R1–R5 and S1–S6/S2Y for a period.

The figures are pure functions in :mod:`salondesk.domain.figures.reception` and
:mod:`salondesk.domain.figures.quality`.

Both loaders accept a unit of work that is already open or a fresh one (they open it
themselves). Nothing saved after ``now`` is loaded.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.appointments import Appointment, AppointmentStatus
from salondesk.domain.catalogue import Service
from salondesk.domain.customers import Customer
from salondesk.domain.figures import FigureContext
from salondesk.domain.figures.quality import (
    CertificateRow,
    FinishedService,
    QualityRows,
    RatingRow,
    RecheckRow,
    annual_window,
)
from salondesk.domain.figures.reception import ReceptionRows, VisitRow
from salondesk.domain.reception import recheck_within_window, short_name, wait_start
from salondesk.domain.staff import Certificate, Staff
from salondesk.domain.visits import Rating, Recheck, ServiceRecord, Visit, VisitState


@contextmanager
def _session(uow: UnitOfWork) -> Iterator[Session]:
    """Use the caller's open unit of work, or open (and close) one."""
    try:
        session = uow.session
    except RuntimeError:
        with uow:
            yield uow.session
        return
    yield session


def _customer_names(session: Session, ids: set[int]) -> dict[int, str]:
    """Printable names: shortened, or the pseudonym of an erased customer (plain rows: four columns)."""
    if not ids:
        return {}
    c = _table(Customer).c
    names = {}
    for row in session.execute(core_select(c.id, c.name, c.pseudonym, c.erased_at).where(c.id.in_(sorted(ids)))):
        names[row.id] = (row.pseudonym or "*") if row.erased_at is not None else short_name(row.name)
    return names


def _table(model: Any) -> Any:
    """A model's table, for plain-row (Core) reads: no ORM object per row."""
    return model.__table__


# the columns a VisitRow is made of, read as plain rows (by attribute, like the model)
_VISIT_COLUMNS = (
    "id", "customer_id", "walk_in_name", "arrived_at", "scheduled_start", "state", "service_started_at",
    "left_at", "left_reason", "staff_id",
)  # fmt: skip


def _staff_names(session: Session) -> dict[int, str]:
    s = _table(Staff).c
    return {row.id: row.name for row in session.execute(core_select(s.id, s.name))}


def _visit_row(visit: Any, names: dict[int, str], staff: dict[int, str]) -> VisitRow:
    if visit.customer_id is not None and visit.customer_id in names:
        name = names[visit.customer_id]
    else:
        name = short_name(visit.walk_in_name)
    return VisitRow(
        id=visit.id or 0,
        arrived_at=visit.arrived_at,
        # records.md: derived values are recomputed from the facts, not trusted as stored
        wait_start=wait_start(visit.arrived_at, visit.scheduled_start),
        state=VisitState(visit.state),
        service_started_at=visit.service_started_at,
        scheduled_start=visit.scheduled_start,
        left_at=visit.left_at,
        left_reason=str(visit.left_reason or ""),
        name=name,
        technician=staff.get(visit.staff_id or 0, ""),
    )


def load_reception_rows(uow: UnitOfWork, ctx: FigureContext) -> ReceptionRows:
    """The period's arrivals, served booked visits and appointment statuses (as stored at ``now``).

    Booked visits count in the period of their scheduled start.
    """
    period, now = ctx.period, ctx.now
    v = _table(Visit).c
    columns = [v[name] for name in _VISIT_COLUMNS]
    with _session(uow) as session:
        visits = session.execute(
            core_select(*columns)
            .where(v.arrived_at >= period.start, v.arrived_at < period.end, v.arrived_at <= now)
            .order_by(v.arrived_at, v.id)
        ).all()
        booked = session.execute(
            core_select(*columns).where(
                v.appointment_id.is_not(None),
                v.scheduled_start >= period.start,
                v.scheduled_start < period.end,
                v.service_started_at.is_not(None),
                v.service_started_at <= now,
            )
        ).all()
        a = _table(Appointment).c
        statuses = session.execute(core_select(a.status).where(a.start >= period.start, a.start < period.end)).scalars()
        names = _customer_names(session, {v.customer_id for v in visits if v.customer_id is not None})
        staff = _staff_names(session)
        return ReceptionRows(
            arrived=tuple(_visit_row(v, names, staff) for v in visits),
            kept_booked=tuple(_visit_row(v, names, staff) for v in booked),
            appointment_statuses=tuple(AppointmentStatus(s) for s in statuses),
        )


def load_quality_rows(uow: UnitOfWork, ctx: FigureContext) -> QualityRows:
    """The period's finished services and re-checks, every certificate and 12 months of ratings.

    The ratings are those of the 12 months ending with the period (S2Y and the trend).
    """
    period = ctx.period
    window = annual_window(ctx)
    v = _table(Visit).c
    with _session(uow) as session:
        # the month's finished visits by the service_ended_at index; the state is checked here (in SQL,
        # SQLite's planner took the state index and read every done visit of the salon's history)
        finished = [
            row
            for row in session.execute(
                core_select(v.id, v.service_ended_at, v.staff_id, v.service_id, v.state).where(
                    v.service_ended_at >= period.start, v.service_ended_at < period.end, v.service_ended_at <= ctx.now
                )
            )
            if row.state == VisitState.DONE
        ]
        sv = _table(Service).c
        services = {s.id: s for s in session.execute(core_select(sv.id, sv.name, sv.certificate_kind))}
        staff = _staff_names(session)
        ct = _table(Certificate).c
        certificates = tuple(
            CertificateRow(c.staff_id, str(c.kind), c.valid_from, c.valid_until)
            for c in session.execute(core_select(ct.staff_id, ct.kind, ct.valid_from, ct.valid_until))
        )
        rt = _table(Rating).c
        ratings = tuple(
            RatingRow(*row)
            for row in session.execute(
                core_select(rt.given_at, rt.satisfaction, rt.recommend, rt.hygiene, rt.privacy).where(
                    rt.given_at >= min(window.start, period.start), rt.given_at < period.end, rt.given_at <= ctx.now
                )
            )
        )
        rechecks = list(
            session.exec(
                select(Recheck).where(
                    col(Recheck.requested_at) >= period.start,
                    col(Recheck.requested_at) < period.end,
                    col(Recheck.requested_at) <= ctx.now,
                )
            )
        )
        record_ids = {r.original_record_id for r in rechecks}
        records = (
            {r.id: r for r in session.exec(select(ServiceRecord).where(col(ServiceRecord.id).in_(sorted(record_ids))))}
            if record_ids
            else {}
        )
        names = _customer_names(session, {r.customer_id for r in records.values() if r.customer_id is not None})
        finished_rows = []
        for visit in finished:
            assert visit.service_ended_at is not None
            service = services.get(visit.service_id) if visit.service_id is not None else None
            finished_rows.append(
                FinishedService(
                    visit_id=visit.id or 0,
                    finished_at=visit.service_ended_at,
                    staff_id=visit.staff_id,
                    staff_name=staff.get(visit.staff_id, "?") if visit.staff_id is not None else "?",
                    service_name=service.name if service is not None else "?",
                    required_kind=None
                    if service is None or service.certificate_kind is None
                    else str(service.certificate_kind),
                )
            )
        recheck_rows = []
        for r in rechecks:
            original = records.get(r.original_record_id)
            recheck_rows.append(
                RecheckRow(
                    id=r.id or 0,
                    requested_at=r.requested_at,
                    within_window=r.within_window  # recomputed from the facts where they are known
                    if original is None
                    else recheck_within_window(original.finished_at, r.requested_at),
                    refused=r.refused,
                    visit_id=r.visit_id,
                    original_finished_at=original.finished_at if original is not None else r.requested_at,
                    name=names.get(original.customer_id, "*")
                    if original is not None and original.customer_id is not None
                    else "*",
                    reason=r.reason,
                )
            )
        return QualityRows(tuple(finished_rows), certificates, ratings, tuple(recheck_rows))
