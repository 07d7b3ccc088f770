"""Read side of visits: the customer's history entries and the records a re-check can refer to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.catalogue import Service
from salondesk.domain.permissions import Actor
from salondesk.domain.reception import HISTORY_LEFT, recheck_within_window
from salondesk.domain.staff import Staff
from salondesk.domain.visits import Rating, ServiceRecord, Visit, VisitState
from salondesk.queries.customers import HistoryItem, register_history_source


@dataclass(frozen=True)
class RecordRow:
    """A service record, with whether a re-check now would still be free (≤ 168 h)."""

    id: int
    visit_id: int
    customer_id: int | None
    service_name: str
    staff_id: int | None
    staff_name: str
    finished_at: datetime
    work_done: str
    products: str
    notes: str
    recheck_free_now: bool
    corrects_id: int | None


def _names(uow: UnitOfWork) -> tuple[dict[int, str], dict[int, str]]:
    staff = {s.id: s.name for s in uow.session.exec(select(Staff)) if s.id is not None}
    services = {s.id: s.name for s in uow.session.exec(select(Service)) if s.id is not None}
    return staff, services


def _chinese_service_names(uow: UnitOfWork) -> dict[int, str]:
    return {s.id: s.name_zh for s in uow.session.exec(select(Service)) if s.id is not None and s.name_zh}


def visit_history(uow: UnitOfWork, customer_id: int, actor: Actor) -> list[HistoryItem]:
    """Service records, ratings and visits left without service, for the customer file.

    Runs inside the customer area's open unit of work; that area drops items that
    are not a technician's own when a technician looks.
    """
    del actor
    staff, services = _names(uow)
    chinese = _chinese_service_names(uow)
    items: list[HistoryItem] = []
    records = uow.session.exec(select(ServiceRecord).where(ServiceRecord.customer_id == customer_id))
    for r in records:
        detail = " · ".join(part for part in (r.work_done, r.products, r.notes) if part)
        items.append(
            HistoryItem(
                at=r.finished_at,
                kind="service",
                title=services.get(r.service_id or 0, "") or r.work_done,
                detail=detail,
                staff_id=r.staff_id,
                staff_name=staff.get(r.staff_id or 0, ""),
                title_zh=chinese.get(r.service_id or 0, ""),
            )
        )
    visits = {v.id: v for v in uow.session.exec(select(Visit).where(Visit.customer_id == customer_id))}
    for v in visits.values():
        if v.state == VisitState.LEFT:
            items.append(
                HistoryItem(
                    at=v.left_at or v.arrived_at,
                    kind="visit",
                    title=services.get(v.service_id or 0, ""),
                    detail=HISTORY_LEFT,
                    staff_id=v.requested_staff_id,
                    staff_name=staff.get(v.requested_staff_id or 0, ""),
                    title_zh=chinese.get(v.service_id or 0, ""),
                )
            )
    if visits:
        ratings = uow.session.exec(select(Rating).where(col(Rating.visit_id).in_(sorted(k for k in visits if k))))
        for rating in ratings:
            visit = visits[rating.visit_id]
            parts = []
            if rating.satisfaction is not None:
                parts.append(f"{rating.satisfaction}/5")
            if rating.recommend is not None:
                parts.append(f"NPS {rating.recommend}/10")
            items.append(
                HistoryItem(
                    at=rating.given_at,
                    kind="rating",
                    title=" · ".join(parts),
                    staff_id=visit.staff_id,
                    staff_name=staff.get(visit.staff_id or 0, ""),
                )
            )
    return items


register_history_source(visit_history)


def customer_records(uow: UnitOfWork, customer_id: int, now: datetime, limit: int = 20) -> list[RecordRow]:
    """The customer's service records, newest first (to choose the one a re-check refers to)."""
    with uow:
        staff, services = _names(uow)
        query = (
            select(ServiceRecord)
            .where(ServiceRecord.customer_id == customer_id)
            .order_by(col(ServiceRecord.finished_at).desc(), col(ServiceRecord.id).desc())
            .limit(limit)
        )
        return [
            RecordRow(
                r.id or 0,
                r.visit_id,
                r.customer_id,
                services.get(r.service_id or 0, ""),
                r.staff_id,
                staff.get(r.staff_id or 0, ""),
                r.finished_at,
                r.work_done,
                r.products,
                r.notes,
                recheck_within_window(r.finished_at, now),
                r.corrects_id,
            )
            for r in uow.session.exec(query)
        ]
