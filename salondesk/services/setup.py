"""First run: the salon's basics and its owner account."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import func, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.clock import Clock
from salondesk.domain.errors import Conflict
from salondesk.domain.permissions import SYSTEM, Actor, Role
from salondesk.domain.staff import Staff
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.services import settings as settings_service
from salondesk.services.auth import actor_for
from salondesk.services.staff import StaffInput, create_staff_unchecked


@dataclass(frozen=True)
class FirstRun:
    """What the first-run wizard collects."""

    salon_name: str
    timezone: str
    opening_hours: dict[str, list[str] | None]
    owner_name: str
    owner_pin: str
    language: str = ""


def is_initialised(uow: UnitOfWork) -> bool:
    """True once the salon has at least one staff member."""
    with uow:
        return int(uow.session.exec(select(func.count()).select_from(Staff)).one()) > 0


def run_first_setup(uow: UnitOfWork, clock: Clock, data: FirstRun) -> Actor:
    """Store the salon's settings and create its owner; returns the owner as Actor."""
    changes = {"salon_name": data.salon_name, "timezone": data.timezone, "opening_hours": data.opening_hours}
    if data.language:
        changes["language"] = data.language
    clean = settings_service.validate(changes)
    with uow:
        if int(uow.session.exec(select(func.count()).select_from(Staff)).one()) > 0:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "This salon is already set up."))
        owner = create_staff_unchecked(uow, SYSTEM, clock, StaffInput(data.owner_name, Role.OWNER), data.owner_pin)
        uow.commit()
        actor = actor_for(owner)
    settings_service.update_settings(type(uow)(uow.engine), actor, clock, clean)
    return actor
