"""Service catalogue: validation, buffer semantics, equipment links, retire (never delete), audit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlmodel import select

from salondesk.db.uow import UowFactory
from salondesk.domain.audit import AuditEntry
from salondesk.domain.catalogue import BufferHolds, Service, ServiceCategory, ServiceEquipment, occupancy
from salondesk.domain.clock import FrozenClock
from salondesk.domain.equipment import Equipment
from salondesk.domain.errors import PermissionDenied, ValidationError
from salondesk.domain.permissions import Actor
from salondesk.services import catalogue
from salondesk.services.catalogue import ServiceInput

T0 = datetime(2026, 11, 24, 3, tzinfo=UTC)


@pytest.mark.parametrize(
    ("holds", "tech_extra", "chair_extra"),
    [(BufferHolds.CHAIR, 0, 30), (BufferHolds.TECHNICIAN, 30, 0), (BufferHolds.BOTH, 30, 30), (BufferHolds.NONE, 0, 0)],
)
def test_buffer_holds_the_named_resource(holds: BufferHolds, tech_extra: int, chair_extra: int) -> None:
    occ = occupancy(T0, T0 + timedelta(minutes=90), 30, holds)
    assert occ.end == T0 + timedelta(minutes=90)
    assert occ.technician_until == occ.end + timedelta(minutes=tech_extra)
    assert occ.station_until == occ.end + timedelta(minutes=chair_extra)


def _equipment(new_uow: UowFactory, clock: FrozenClock) -> int:
    with new_uow() as uow:
        item = Equipment(name="Hair steamer", status_since=clock.now(), created_at=clock.now())
        uow.session.add(item)
        uow.commit()
        assert item.id is not None
        return item.id


def test_create_update_and_link_equipment(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
    steamer = _equipment(new_uow, clock)
    sid = catalogue.create_service(
        new_uow(),
        owner,
        clock,
        ServiceInput(
            "Deep conditioning",
            ServiceCategory.HAIR_CARE,
            45,
            "260",
            name_zh="深层护理",
            buffer_min=15,
            buffer_holds=BufferHolds.CHAIR,
            equipment_ids=(steamer,),
        ),
    )
    with new_uow() as uow:
        service = uow.session.get(Service, sid)
        assert service is not None and service.price == Decimal("260.00") and service.name_zh == "深层护理"
        assert catalogue.equipment_of(uow, sid) == [steamer]
    catalogue.update_service(
        new_uow(), owner, clock, sid, ServiceInput("Deep conditioning", ServiceCategory.HAIR_CARE, 60, "280")
    )
    with new_uow() as uow:
        service = uow.session.get(Service, sid)
        assert service is not None and service.duration_min == 60 and service.buffer_holds == BufferHolds.NONE
        assert list(uow.session.exec(select(ServiceEquipment))) == []
        changed = {e.field_name for e in uow.session.exec(select(AuditEntry).where(AuditEntry.action == "update"))}
    assert {"duration_min", "price", "equipment_ids"} <= changed


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ServiceInput(" ", ServiceCategory.CUT, 30), "name"),
        (ServiceInput("Cut", ServiceCategory.CUT, 3), "duration_min"),
        (ServiceInput("Cut", ServiceCategory.CUT, 30, "-1"), "price"),
        (ServiceInput("Cut", ServiceCategory.CUT, 30, "abc"), "price"),
        (ServiceInput("Cut", ServiceCategory.CUT, 30, buffer_min=300), "buffer_min"),
        (ServiceInput("Cut", ServiceCategory.CUT, 30, equipment_ids=(999,)), "equipment_ids"),
    ],
)
def test_invalid_input_is_refused(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, data: ServiceInput, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        catalogue.create_service(new_uow(), owner, clock, data)
    assert caught.value.params["field"] == field


def test_retire_and_restore_never_delete(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
    sid = catalogue.create_service(new_uow(), owner, clock, ServiceInput("Cut", ServiceCategory.CUT, 30))
    catalogue.set_retired(new_uow(), owner, clock, sid, True)
    with new_uow() as uow:
        service = uow.session.get(Service, sid)
        assert service is not None and service.retired_at == clock.now()
    catalogue.set_retired(new_uow(), owner, clock, sid, False)
    with new_uow() as uow:
        service = uow.session.get(Service, sid)
        assert service is not None and service.retired_at is None
        actions = [e.action for e in uow.session.exec(select(AuditEntry).where(AuditEntry.entity == "service"))]
    assert "retire" in actions and "restore" in actions


def test_only_the_owner_manages_the_catalogue(new_uow: UowFactory, clock: FrozenClock, receptionist: Actor) -> None:
    with pytest.raises(PermissionDenied):
        catalogue.create_service(new_uow(), receptionist, clock, ServiceInput("Cut", ServiceCategory.CUT, 30))
