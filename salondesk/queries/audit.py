"""Read side of the audit trail."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

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


# Fields holding a staff member's id: shown as the person's name.
STAFF_FIELDS = frozenset(
    {"staff_id", "technician_id", "author_id", "signed_by", "approved_by", "requested_staff_id", "entered_on_login_of"}
)
# Rows of one use case are written within this of each other (one clock reading per row).
SAME_ACTION = timedelta(seconds=2)


@dataclass(frozen=True)
class AuditChange:
    """One field of an action: its value before (None for a new record) and after, as stored."""

    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class AuditAction:
    """One thing a person did to one record: the audit rows one use case wrote for it, together."""

    id: int  # its newest row's id
    at: datetime
    staff_name: str
    action: str
    entity: str
    entity_id: str
    record_label: str  # the record's name when the trail itself does not carry it (a staff member's)
    changes: tuple[AuditChange, ...]

    def value(self, field: str) -> str | None:
        """The new value of ``field`` in this action (None: not part of it)."""
        return next((c.new for c in self.changes if c.field == field), None)


def group_actions(rows: Sequence[AuditRow], staff_names: dict[str, str] | None = None) -> list[AuditAction]:
    """Newest-first rows → newest-first actions.

    Neighbours by the same person, of the same kind, on the same record, within
    :data:`SAME_ACTION` and naming no field twice are one action. Staff ids in
    :data:`STAFF_FIELDS` become names.
    """
    names = staff_names or {}
    actions: list[AuditAction] = []
    current: list[AuditRow] = []

    def close() -> None:
        if not current:
            return
        first = current[0]
        changes = tuple(
            AuditChange(
                r.field,
                names.get(r.old_value or "", r.old_value) if r.field in STAFF_FIELDS else r.old_value,
                names.get(r.new_value or "", r.new_value) if r.field in STAFF_FIELDS else r.new_value,
            )
            for r in reversed(current)  # in the order they were written
        )
        label = names.get(first.entity_id, "") if first.entity == "staff" else ""
        actions.append(
            AuditAction(
                first.id, first.at, first.staff_name, first.action, first.entity, first.entity_id, label, changes
            )
        )
        current.clear()

    for row in rows:
        if current and not (
            (row.staff_name, row.action, row.entity, row.entity_id)
            == (current[-1].staff_name, current[-1].action, current[-1].entity, current[-1].entity_id)
            and abs(current[-1].at - row.at) <= SAME_ACTION
            and all(r.field != row.field or not row.field for r in current)
        ):
            close()
        current.append(row)
    close()
    return actions


def audit_actions(uow: UnitOfWork, actor: Actor, flt: AuditFilter | None = None) -> list[AuditAction]:
    """The audit trail as actions, newest first; owners only."""
    rows = audit_rows(uow, actor, flt)
    with uow:
        names = {str(s.id): s.name for s in uow.session.exec(select(Staff))}
    return group_actions(rows, names)


def audit_entities(uow: UnitOfWork) -> list[str]:
    """Distinct entity names, for the filter box."""
    with uow:
        return sorted(set(uow.session.exec(select(AuditEntry.entity).distinct())))
