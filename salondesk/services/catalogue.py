"""Service catalogue use cases (owner): add, change, retire. Never deleted."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlmodel import select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.appointments import INPUT_MESSAGES
from salondesk.domain.catalogue import BufferHolds, Service, ServiceCategory, ServiceEquipment
from salondesk.domain.clock import Clock
from salondesk.domain.equipment import Equipment
from salondesk.domain.errors import NotFound, ValidationError
from salondesk.domain.limits import check_text
from salondesk.domain.permissions import Actor, Permission
from salondesk.domain.staff import CertificateKind
from salondesk.queries.access import require
from salondesk.services import audit

MAX_DURATION_MIN = 12 * 60
MAX_PRICE = Decimal("100000000")  # the price column holds 10 digits, 2 after the point


@dataclass(frozen=True)
class ServiceInput:
    """What the catalogue dialog edits."""

    name: str
    category: ServiceCategory
    duration_min: int
    price: Decimal | str | float = Decimal("0")
    name_zh: str = ""
    buffer_min: int = 0
    buffer_holds: BufferHolds = BufferHolds.NONE
    certificate_kind: CertificateKind | None = None
    needs_patch_test: bool = False
    station_kind: str | None = None
    equipment_ids: tuple[int, ...] = ()


def _clean(data: ServiceInput) -> dict[str, Any]:
    name = data.name.strip()
    if not name:
        raise ValidationError(INPUT_MESSAGES["service_name"], field="name")
    try:
        category = ServiceCategory(data.category)
    except ValueError as exc:
        raise ValidationError(INPUT_MESSAGES["category"], field="category") from exc
    if not 5 <= int(data.duration_min) <= MAX_DURATION_MIN:
        raise ValidationError(INPUT_MESSAGES["duration"], field="duration_min")
    if not 0 <= int(data.buffer_min) <= 240:
        raise ValidationError(INPUT_MESSAGES["buffer"], field="buffer_min")
    try:
        price = Decimal(str(data.price)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError) as exc:
        raise ValidationError(INPUT_MESSAGES["price"], field="price") from exc
    if price < 0 or price >= MAX_PRICE:
        raise ValidationError(INPUT_MESSAGES["price"], field="price")
    check_text(Service, {"name": name, "name_zh": data.name_zh.strip()})
    holds = BufferHolds(data.buffer_holds) if int(data.buffer_min) else BufferHolds.NONE
    return {
        "name": name,
        "name_zh": data.name_zh.strip(),
        "category": category,
        "duration_min": int(data.duration_min),
        "buffer_min": int(data.buffer_min),
        "buffer_holds": holds,
        "price": price,
        "certificate_kind": CertificateKind(data.certificate_kind) if data.certificate_kind else None,
        "needs_patch_test": bool(data.needs_patch_test),
        "station_kind": data.station_kind or None,
    }


def _snapshot(service: Service, equipment_ids: list[int]) -> dict[str, Any]:
    return {
        "name": service.name,
        "name_zh": service.name_zh,
        "category": service.category,
        "duration_min": service.duration_min,
        "buffer_min": service.buffer_min,
        "buffer_holds": service.buffer_holds,
        "price": service.price,
        "certificate_kind": service.certificate_kind,
        "needs_patch_test": service.needs_patch_test,
        "station_kind": service.station_kind,
        "equipment_ids": sorted(equipment_ids),
    }


def equipment_of(uow: UnitOfWork, service_id: int) -> list[int]:
    """Equipment ids a service needs (inside the caller's unit of work)."""
    query = select(ServiceEquipment.equipment_id).where(ServiceEquipment.service_id == service_id)
    return sorted(uow.session.exec(query))


def _set_equipment(uow: UnitOfWork, service_id: int, wanted: tuple[int, ...]) -> None:
    wanted_set = set(wanted)
    for equipment_id in wanted_set:
        if uow.session.get(Equipment, equipment_id) is None:
            raise ValidationError(INPUT_MESSAGES["equipment"], field="equipment_ids")
    for link in uow.session.exec(select(ServiceEquipment).where(ServiceEquipment.service_id == service_id)):
        if link.equipment_id not in wanted_set:
            uow.session.delete(link)  # a link is configuration, not a record: the audit keeps the history
        wanted_set.discard(link.equipment_id)
    for equipment_id in sorted(wanted_set):
        uow.session.add(ServiceEquipment(service_id=service_id, equipment_id=equipment_id))


def _get(uow: UnitOfWork, service_id: int) -> Service:
    service = uow.session.get(Service, service_id)
    if service is None:
        raise NotFound()
    return service


def create_service(uow: UnitOfWork, actor: Actor, clock: Clock, data: ServiceInput) -> int:
    """Add a service to the catalogue."""
    require(uow, actor, Permission.MANAGE_CATALOGUE)
    values = _clean(data)
    with uow:
        service = Service(**values, created_at=clock.now())
        uow.session.add(service)
        uow.flush()
        assert service.id is not None
        _set_equipment(uow, service.id, data.equipment_ids)
        audit.record_created(uow, actor, clock, "service", service.id, _snapshot(service, list(data.equipment_ids)))
        uow.commit()
        return service.id


def update_service(uow: UnitOfWork, actor: Actor, clock: Clock, service_id: int, data: ServiceInput) -> None:
    """Change a service; booked appointments keep their times (only new bookings use the new duration)."""
    require(uow, actor, Permission.MANAGE_CATALOGUE)
    values = _clean(data)
    with uow:
        service = _get(uow, service_id)
        before = _snapshot(service, equipment_of(uow, service_id))
        for key, value in values.items():
            setattr(service, key, value)
        uow.session.add(service)
        _set_equipment(uow, service_id, data.equipment_ids)
        audit.record_changes(
            uow, actor, clock, "service", service_id, before, _snapshot(service, list(data.equipment_ids))
        )
        uow.commit()


def set_retired(uow: UnitOfWork, actor: Actor, clock: Clock, service_id: int, retired: bool) -> None:
    """Retire a service (no new bookings; history keeps it) or bring it back."""
    require(uow, actor, Permission.MANAGE_CATALOGUE)
    with uow:
        service = _get(uow, service_id)
        if (service.retired_at is not None) == retired:
            return
        old = service.retired_at
        service.retired_at = clock.now() if retired else None
        uow.session.add(service)
        audit.record(
            uow,
            actor,
            clock,
            "retire" if retired else "restore",
            "service",
            service_id,
            "retired_at",
            old,
            service.retired_at,
        )
        uow.commit()
