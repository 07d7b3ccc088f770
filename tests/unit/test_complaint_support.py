"""Shared helpers for the complaint tests: local Shanghai times and whole workflows."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from salondesk.db.uow import UowFactory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.complaints import Category, Channel, Remedy, Severity
from salondesk.domain.permissions import Actor
from salondesk.services import complaints as svc
from tests.conftest import pin_of

SH = ZoneInfo("Asia/Shanghai")


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    """A Shanghai wall-clock time as an aware UTC instant."""
    return datetime(year, month, day, hour, minute, second, tzinfo=SH).astimezone(UTC)


def log(
    new_uow: UowFactory,
    actor: Actor,
    clock: FrozenClock,
    when: datetime,
    category: Category = Category.SERVICE,
    **fields: object,
) -> int:
    """Log a complaint received (and typed in) at ``when``."""
    clock.set(when)
    data = svc.ComplaintInput(
        channel=fields.pop("channel", Channel.PHONE),  # type: ignore[arg-type]
        category=category,
        severity=fields.pop("severity", Severity.MEDIUM),  # type: ignore[arg-type]
        description=str(fields.pop("description", "Hair colour came out uneven")),
        customer_name=str(fields.pop("customer_name", "刘女士")),
        product_name=str(fields.pop("product_name", "Argan oil 100 ml" if category == Category.PRODUCT else "")),
        **fields,  # type: ignore[arg-type]
    )
    return svc.log_complaint(new_uow(write_lock=True), actor, clock, data, pin=pin_of(actor))


def answer(new_uow: UowFactory, actor: Actor, clock: FrozenClock, cid: int, when: datetime) -> None:
    """First response at ``when``."""
    clock.set(when)
    svc.acknowledge(
        new_uow(), actor, clock, cid, Channel.PHONE, "We are sorry and will look into it.", pin=pin_of(actor)
    )


def investigate(new_uow: UowFactory, actor: Actor, clock: FrozenClock, cid: int, when: datetime) -> None:
    """Investigation starts at ``when``."""
    clock.set(when)
    svc.start_investigation(new_uow(), actor, clock, cid, "Asked the technician", pin=pin_of(actor))


def resolve(
    new_uow: UowFactory, actor: Actor, clock: FrozenClock, cid: int, when: datetime, *, full: bool = True
) -> None:
    """Everything up to the resolution, all at ``when`` (answer and investigation only if ``full``)."""
    clock.set(when)
    if full:
        svc.acknowledge(new_uow(), actor, clock, cid, Channel.PHONE, "Sorry", pin=pin_of(actor))
        svc.start_investigation(new_uow(), actor, clock, cid, pin=pin_of(actor))
    svc.decide(new_uow(), actor, clock, cid, Remedy.FREE_REDO, "Free redo offered", pin=pin_of(actor))
    svc.tell_customer(new_uow(), actor, clock, cid, Channel.PHONE, pin=pin_of(actor))
    svc.resolve(new_uow(), actor, clock, cid, "Redo done", pin=pin_of(actor))


def follow(
    new_uow: UowFactory, actor: Actor, clock: FrozenClock, cid: int, when: datetime, rating: int | None = 5
) -> None:
    """The follow-up call at ``when``."""
    clock.set(when)
    svc.follow_up(new_uow(), actor, clock, cid, rating, "Happy now", pin=pin_of(actor))
