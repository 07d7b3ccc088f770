"""Read side of the service catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlmodel import col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.catalogue import BufferHolds, Service, ServiceCategory, ServiceEquipment
from salondesk.domain.equipment import Equipment, EquipmentStatus
from salondesk.domain.staff import CertificateKind


@dataclass(frozen=True)
class ServiceRow:
    """One catalogue entry with the equipment it needs."""

    id: int
    name: str
    name_zh: str
    category: ServiceCategory
    duration_min: int
    buffer_min: int
    buffer_holds: BufferHolds
    price: Decimal
    certificate_kind: CertificateKind | None
    needs_patch_test: bool
    station_kind: str | None
    equipment_ids: tuple[int, ...]
    retired_at: datetime | None
    blocked: bool  # some equipment it needs is out of service


@dataclass(frozen=True)
class EquipmentChoice:
    """A piece of equipment a service can name."""

    id: int
    name: str
    status: EquipmentStatus


def service_rows(uow: UnitOfWork, include_retired: bool = True) -> list[ServiceRow]:
    """The catalogue in category order, retired ones last."""
    with uow:
        services = list(uow.session.exec(select(Service)))
        links = list(uow.session.exec(select(ServiceEquipment)))
        status = {e.id: EquipmentStatus(e.status) for e in uow.session.exec(select(Equipment))}
    needs: dict[int, list[int]] = {}
    for link in links:
        needs.setdefault(link.service_id, []).append(link.equipment_id)
    order = list(ServiceCategory)
    rows = [
        ServiceRow(
            id=s.id or 0,
            name=s.name,
            name_zh=s.name_zh,
            category=ServiceCategory(s.category),
            duration_min=s.duration_min,
            buffer_min=s.buffer_min,
            buffer_holds=BufferHolds(s.buffer_holds),
            price=Decimal(s.price),
            certificate_kind=CertificateKind(s.certificate_kind) if s.certificate_kind else None,
            needs_patch_test=s.needs_patch_test,
            station_kind=s.station_kind,
            equipment_ids=tuple(sorted(needs.get(s.id or 0, []))),
            retired_at=s.retired_at,
            blocked=any(status.get(e) != EquipmentStatus.IN_SERVICE for e in needs.get(s.id or 0, [])),
        )
        for s in services
        if include_retired or s.retired_at is None
    ]
    return sorted(rows, key=lambda r: (r.retired_at is not None, order.index(r.category), r.name))


def equipment_choices(uow: UnitOfWork) -> list[EquipmentChoice]:
    """Equipment that is not scrapped, by name."""
    with uow:
        query = (
            select(Equipment).where(Equipment.status != EquipmentStatus.SCRAPPED.value).order_by(col(Equipment.name))
        )
        return [EquipmentChoice(e.id or 0, e.name, EquipmentStatus(e.status)) for e in uow.session.exec(query)]
