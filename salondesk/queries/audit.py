"""Read side of the audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, or_, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.audit import AuditEntry
from salondesk.domain.permissions import Actor, Permission
from salondesk.domain.staff import Staff
from salondesk.queries.access import require


@dataclass(frozen=True)
class AuditRow:
    """One audit line for display."""

    id: int
    at: datetime
    staff_name: str
    action: str
    entity: str
    entity_id: str
    field: str
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True)
class AuditFilter:
    """What the owner filters the audit trail by (all optional)."""

    since: datetime | None = None
    until: datetime | None = None
    staff_id: int | None = None
    entity: str | None = None
    text: str | None = None
    limit: int = 2000


def audit_rows(uow: UnitOfWork, actor: Actor, flt: AuditFilter | None = None) -> list[AuditRow]:
    """Newest first; owners only."""
    require(uow, actor, Permission.VIEW_AUDIT)
    flt = flt or AuditFilter()
    query = select(AuditEntry, Staff.name).join(Staff, col(Staff.id) == col(AuditEntry.staff_id), isouter=True)
    if flt.since is not None:
        query = query.where(col(AuditEntry.at) >= flt.since)
    if flt.until is not None:
        query = query.where(col(AuditEntry.at) < flt.until)
    if flt.staff_id is not None:
        query = query.where(AuditEntry.staff_id == flt.staff_id)
    if flt.entity:
        query = query.where(AuditEntry.entity == flt.entity)
    if flt.text:
        like = f"%{flt.text}%"
        query = query.where(
            or_(
                col(AuditEntry.entity_id).like(like),
                col(AuditEntry.field_name).like(like),
                col(AuditEntry.old_value).like(like),
                col(AuditEntry.new_value).like(like),
            )
        )
    query = query.order_by(col(AuditEntry.at).desc(), col(AuditEntry.id).desc()).limit(flt.limit)
    with uow:
        return [
            AuditRow(
                e.id or 0,
                e.at,
                name or "system",
                e.action,
                e.entity,
                e.entity_id,
                e.field_name,
                e.old_value,
                e.new_value,
            )
            for e, name in uow.session.exec(query)
        ]


def audit_entities(uow: UnitOfWork) -> list[str]:
    """Distinct entity names, for the filter box."""
    with uow:
        return sorted(set(uow.session.exec(select(AuditEntry.entity).distinct())))
