"""Text limits are domain rules: refused in the service with a message naming the field (and on PostgreSQL
the value never reaches the database, where it used to end in a DataError)."""

from __future__ import annotations

import dataclasses

import pytest
import sqlalchemy as sa

from salondesk.db.uow import UowFactory
from salondesk.domain.catalogue import Service, ServiceCategory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.customers import Customer
from salondesk.domain.equipment import Equipment
from salondesk.domain.errors import ValidationError
from salondesk.domain.hygiene import Station, StationKind
from salondesk.domain.limits import max_length
from salondesk.domain.permissions import Actor
from salondesk.i18n import Translator
from salondesk.services import catalogue, equipment, hygiene
from salondesk.services import customers as svc


def count(new_uow: UowFactory, model: type) -> int:
    with new_uow() as uow:
        return int(uow.session.execute(sa.select(sa.func.count()).select_from(model)).scalar_one())


def test_member_number_over_40_characters(new_uow: UowFactory, clock: FrozenClock, receptionist: Actor) -> None:
    with pytest.raises(ValidationError) as err:
        svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput("张伟", member_number="M" * 41))
    assert err.value.params["field"] == "member_number"
    assert err.value.render() == "Member number can be at most 40 characters long (it has 41)."
    assert err.value.render(Translator("zh_CN")) == "会员号最多 40 个字符（现为 41 个）。"
    assert count(new_uow, Customer) == 0
    svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput("张伟", member_number="M" * 40))
    assert count(new_uow, Customer) == 1


@pytest.mark.parametrize("name", ["张\x00伟", "Anna\x07Lee"])
def test_a_control_character_in_a_customer_name(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, name: str
) -> None:
    with pytest.raises(ValidationError, match="Name contains a control character"):
        svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput(name))
    assert count(new_uow, Customer) == 0


@pytest.mark.parametrize("field", equipment.EQUIPMENT_TEXT_FIELDS)
def test_every_equipment_text_field(new_uow: UowFactory, clock: FrozenClock, owner: Actor, field: str) -> None:
    limit = max_length(Equipment, field)
    assert limit is not None
    data = dataclasses.replace(equipment.EquipmentInput("Steriliser"), **{field: "x" * (limit + 1)})
    with pytest.raises(ValidationError) as err:
        equipment.add_equipment(new_uow(), owner, clock, data)
    assert err.value.params["field"] == field and f"at most {limit} characters" in err.value.render()
    assert count(new_uow, Equipment) == 0


def test_service_and_station_names(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
    long_name = "x" * (max_length(Service, "name") or 0) + "x"
    with pytest.raises(ValidationError, match="Name can be at most 120"):
        catalogue.create_service(
            new_uow(), owner, clock, catalogue.ServiceInput(long_name, ServiceCategory.HAIR_CARE, 30)
        )
    with pytest.raises(ValidationError) as err:
        catalogue.create_service(
            new_uow(), owner, clock, catalogue.ServiceInput("Cut", ServiceCategory.HAIR_CARE, 30, price="123456789")
        )
    assert err.value.params["field"] == "price"
    assert count(new_uow, Service) == 0
    with pytest.raises(ValidationError, match="Name can be at most 60"):
        hygiene.add_station(new_uow(), owner, clock, "工" * 61, StationKind.CHAIR)
    before = count(new_uow, Station)
    hygiene.add_station(new_uow(), owner, clock, "工" * 60, StationKind.CHAIR)
    assert count(new_uow, Station) == before + 1
