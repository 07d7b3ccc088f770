"""Every text field whose column has a length carries that length as ``maxLength`` in its ``.ui`` form.

The limit is a domain rule (``domain/limits.py`` reads it from the column); the forms repeat
it so a person cannot type past it. This test keeps the two from drifting apart.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sqlmodel import SQLModel

from salondesk.domain.catalogue import Service
from salondesk.domain.customers import Customer
from salondesk.domain.equipment import Equipment, WorkRecord
from salondesk.domain.hygiene import Station
from salondesk.domain.limits import max_length

FORMS = Path(__file__).resolve().parents[2] / "forms"

FORM_LIMITS: dict[tuple[str, str], tuple[type[SQLModel], str]] = {
    ("customers_dialog", "nameEdit"): (Customer, "name"),
    ("customers_dialog", "otherPhoneEdit"): (Customer, "other_phone"),
    ("customers_dialog", "memberEdit"): (Customer, "member_number"),
    ("customers_dialog", "tagsEdit"): (Customer, "tags"),
    ("customers_dialog", "referralEdit"): (Customer, "referral_source"),
    ("equipment_edit", "nameEdit"): (Equipment, "name"),
    ("equipment_edit", "categoryEdit"): (Equipment, "category"),
    ("equipment_edit", "locationEdit"): (Equipment, "location"),
    ("equipment_edit", "manufacturerEdit"): (Equipment, "manufacturer"),
    ("equipment_edit", "modelEdit"): (Equipment, "model"),
    ("equipment_edit", "serialEdit"): (Equipment, "serial"),
    ("equipment_edit", "supplierEdit"): (Equipment, "supplier"),
    ("equipment_edit", "supplierContactEdit"): (Equipment, "supplier_contact"),
    ("equipment_work", "costEdit"): (WorkRecord, "cost"),
    ("service_dialog", "nameEdit"): (Service, "name"),
    ("service_dialog", "nameZhEdit"): (Service, "name_zh"),
    ("hygiene_station", "nameEdit"): (Station, "name"),
}


def form_max_length(form: str, widget: str) -> int | None:
    root = ET.parse(FORMS / f"{form}.ui").getroot()
    for element in root.iter("widget"):
        if element.get("name") == widget:
            for prop in element.findall("property"):
                if prop.get("name") == "maxLength":
                    number = prop.find("number")
                    return int(number.text or "0") if number is not None else None
            return None
    raise AssertionError(f"{widget} not in {form}.ui")


@pytest.mark.parametrize(("form", "widget"), sorted(FORM_LIMITS))
def test_form_field_carries_the_column_length(form: str, widget: str) -> None:
    model, field = FORM_LIMITS[(form, widget)]
    limit = max_length(model, field)
    assert limit is not None
    assert form_max_length(form, widget) == limit
