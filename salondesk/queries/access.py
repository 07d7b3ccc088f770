"""The permission check every service (and every permission-checked query) starts with.

It lives on the read side because it reads: the rule is ``domain.permissions``, but
whether the acting staff member is *still active* is the database's current answer,
never a flag remembered at login.
"""

from __future__ import annotations

from sqlmodel import col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.permissions import Actor, Permission, check_allowed
from salondesk.domain.staff import Staff


def staff_is_active(uow: UnitOfWork, actor: Actor) -> bool:
    """True when ``actor``'s staff account exists and is active now (the system actor always is)."""
    if actor.staff_id is None:
        return True
    query = select(Staff.active).where(col(Staff.id) == actor.staff_id)
    if uow.is_open:
        return bool(uow.session.exec(query).first())
    with uow:
        return bool(uow.session.exec(query).first())


def require(uow: UnitOfWork, actor: Actor, permission: Permission) -> None:
    """Raise ``StaffInactive``/``PermissionDenied`` unless ``actor`` may do ``permission`` now."""
    check_allowed(actor, permission, active=staff_is_active(uow, actor))
