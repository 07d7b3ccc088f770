"""What each role sees of a customer's phone, in every query that returns one (issue 11, item 3).

The queries returning contact data are found by walking ``salondesk.queries`` for functions
whose result type holds a phone (directly or through a nested row), so a new one cannot
slip past the one masking rule (``domain.contact.shown_phone``). Exports are owner-only
use cases: the other roles are refused and the owner gets the number.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

import salondesk.queries as queries_package
from salondesk.db.uow import UowFactory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.complaints import Category, Channel, Severity
from salondesk.domain.contact import shown_phone
from salondesk.domain.errors import PermissionDenied
from salondesk.domain.permissions import Actor, Role
from salondesk.queries import appointments as book_queries
from salondesk.queries import complaints as complaint_queries
from salondesk.queries import customers as customer_queries
from salondesk.queries import reception as reception_queries
from salondesk.services import complaints as complaint_service
from salondesk.services import customer_import, reception
from salondesk.services import customers as customer_service
from salondesk.services.settings import get_settings
from tests.conftest import pin_of
from tests.unit.test_appointment_rules import TUESDAY, Salon, local, make_salon

TZ = ZoneInfo("Asia/Shanghai")
NUMBER = "+8613800138000"
FULL = "138 0013 8000"  # the one full format
MASKED = "138****8000"  # the one masked format
DIGITS = "13800138000"
PHONE_FIELDS = {"phone", "customer_phone", "mobile_e164", "other_phone"}

# Public query functions returning contact data, and why they are not in the matrix.
NOT_SHOWN_TO_A_VIEWER = {
    "customers.get_customer": "the table row, loaded inside a use case or query that masks what it returns",
    "staff.staff_rows": "staff members' own phones, in the owner-only staff tab (not customer contact data)",
    "appointments.appointments_between": "the loader day_book/week_book/list_rows call with their viewer",
}


def test_one_format_each_for_the_full_and_the_masked_number(owner: Actor, technician: Actor) -> None:
    for written in (NUMBER, "+86 138 0013 8000", "+86-138-0013-8000"):
        assert shown_phone(owner, written) == FULL
        assert shown_phone(technician, written) == MASKED
    assert shown_phone(None, NUMBER) == MASKED  # no viewer (a calendar file): masked
    assert shown_phone(owner, None) == shown_phone(technician, "") == ""


def _contact_rows() -> set[str]:
    rows: dict[str, type] = {}
    for info in pkgutil.iter_modules(queries_package.__path__):
        module = importlib.import_module(f"salondesk.queries.{info.name}")
        for name, obj in vars(module).items():
            if inspect.isclass(obj) and dataclasses.is_dataclass(obj) and obj.__module__ == module.__name__:
                rows[name] = obj
    contact = {n for n, row in rows.items() if PHONE_FIELDS & {f.name for f in dataclasses.fields(row)}}
    grew = True
    while grew:  # rows holding contact rows (DayBook → AppointmentRow)
        grew = False
        for name, row in rows.items():
            if name not in contact and any(
                re.search(rf"\b{c}\b", str(f.type)) for f in dataclasses.fields(row) for c in contact
            ):
                contact.add(name)
                grew = True
    return contact


def _queries_returning_contact() -> set[str]:
    contact = _contact_rows() | {"Customer"}
    found = set()
    for info in pkgutil.iter_modules(queries_package.__path__):
        module = importlib.import_module(f"salondesk.queries.{info.name}")
        for name, function in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(function) or function.__module__ != module.__name__:
                continue
            result = str(inspect.signature(function).return_annotation)
            if any(re.search(rf"\b{c}\b", result) for c in contact):
                found.add(f"{info.name}.{name}")
    return found


@pytest.fixture
def salon(new_uow: UowFactory, clock: FrozenClock, owner: Actor, receptionist: Actor, technician: Actor) -> Salon:
    salon = make_salon(new_uow, clock, owner, receptionist, technician)
    customer_service.update_customer(  # through the service: search keys and a birthday this week
        new_uow(),
        owner,
        clock,
        salon.customer,
        customer_service.CustomerInput(
            name="陈静", mobile=NUMBER, birth_month=TUESDAY.month, birth_day=TUESDAY.day, privacy_consent=True
        ),
    )
    clock.set(local(TUESDAY, 10))
    [salon.checked_in] = salon.book(start=local(TUESDAY, 10, 30))  # type: ignore[attr-defined]
    salon.book(start=local(TUESDAY, 15))
    reception.check_in(new_uow(), receptionist, clock, salon.checked_in)  # type: ignore[attr-defined]
    salon.complaint = complaint_service.log_complaint(  # type: ignore[attr-defined]
        new_uow(write_lock=True),
        receptionist,
        clock,
        complaint_service.ComplaintInput(
            channel=Channel.PHONE,
            category=Category.SERVICE,
            severity=Severity.MEDIUM,
            description="Uneven cut",
            customer_name="路人",
            customer_phone="+86 138 0013 8000",
        ),
        pin=pin_of(receptionist),
    )
    return salon


def _phones(result: Any) -> list[str]:
    """Every phone-field value anywhere in a query's result."""
    found: list[str] = []
    if dataclasses.is_dataclass(result) and not isinstance(result, type):
        for f in dataclasses.fields(result):
            value = getattr(result, f.name)
            if f.name in PHONE_FIELDS and isinstance(value, str) and value:
                found.append(value)
            else:
                found += _phones(value)
    elif isinstance(result, list | tuple):
        for item in result:
            found += _phones(item)
    elif isinstance(result, dict):
        for item in result.values():
            found += _phones(item)
    return found


def _matrix(salon: Salon) -> dict[str, Callable[[Actor], Any]]:
    uow, now = salon.new_uow, salon.clock.now()
    settings = get_settings(uow())
    week = TUESDAY - timedelta(days=TUESDAY.weekday())
    return {
        "appointments.day_book": lambda a: book_queries.day_book(uow(), TUESDAY, TZ, viewer=a),
        "appointments.week_book": lambda a: book_queries.week_book(uow(), salon.tech.staff_id or 0, week, TZ, viewer=a),
        "appointments.list_rows": lambda a: book_queries.list_rows(uow(), TUESDAY, TUESDAY, TZ, viewer=a),
        "appointments.confirmation_calls": lambda a: book_queries.confirmation_calls(uow(), TUESDAY, TZ, viewer=a),
        "complaints.complaint_detail": lambda a: complaint_queries.complaint_detail(
            uow(),
            salon.complaint,
            now,
            viewer=a,  # type: ignore[attr-defined]
        ),
        "customers.search_customers": lambda a: customer_queries.search_customers(uow(), a, "陈静"),
        "customers.load_file": lambda a: _in_uow(uow, lambda u: customer_queries.load_file(u, a, salon.customer, now)),
        "customers.customer_file": lambda a: customer_queries.customer_file(uow(), a, salon.customer, now),
        "customers.birthdays_between": lambda a: customer_queries.birthdays_between(uow(), a, TUESDAY, TUESDAY),
        "customers.birthdays_this_week": lambda a: customer_queries.birthdays_this_week(uow(), a, TUESDAY),
        "reception.queue_snapshot": lambda a: reception_queries.queue_snapshot(uow(), now, settings, a),
    }


def _in_uow(new_uow: Callable[[], Any], read: Callable[[Any], Any]) -> Any:
    with new_uow() as uow:
        return read(uow)


def test_every_query_returning_contact_data_is_in_the_matrix(salon: Salon) -> None:
    assert _queries_returning_contact() == set(_matrix(salon)) | set(NOT_SHOWN_TO_A_VIEWER)


@pytest.mark.parametrize("role", list(Role))
def test_each_role_sees_the_number_only_as_it_may(salon: Salon, role: Role) -> None:
    viewer = {Role.OWNER: salon.owner, Role.RECEPTIONIST: salon.receptionist, Role.TECHNICIAN: salon.tech}[role]
    expected = MASKED if role == Role.TECHNICIAN else FULL
    for key, run in _matrix(salon).items():
        phones = _phones(run(viewer))
        assert phones, f"{key}: the salon was built so that it returns the number"
        assert expected in phones, f"{key}: {phones}"
        if role == Role.TECHNICIAN:
            assert set(phones) == {MASKED}, f"{key} shows a technician {phones}"
        else:  # the customer file also carries the stored number for its edit form (mobile_e164)
            assert set(phones) <= {FULL, NUMBER}, f"{key}: {phones}"


@pytest.mark.parametrize("role", list(Role))
def test_exports_are_the_owners_and_carry_the_number(salon: Salon, role: Role) -> None:
    viewer = {Role.OWNER: salon.owner, Role.RECEPTIONIST: salon.receptionist, Role.TECHNICIAN: salon.tech}[role]
    exports = {
        "customers.export_customer_data": lambda: (
            customer_service.export_customer_data(salon.new_uow(), viewer, salon.clock, salon.customer).json_text
        ),
        "customer_import.export_customers_csv": lambda: customer_import.export_customers_csv(
            salon.new_uow(), viewer, salon.clock
        ),
    }
    for key, run in exports.items():
        if role != Role.OWNER:
            with pytest.raises(PermissionDenied):
                run()
            continue
        assert DIGITS in re.sub(r"\D", "", str(run())), key


def test_ical_feed_for_phones_and_mail_is_masked(salon: Salon) -> None:
    from salondesk.services.ical import schedule_ics

    text = schedule_ics(salon.new_uow(), TUESDAY, TUESDAY, TZ).decode()
    assert DIGITS not in re.sub(r"\s", "", text) and date(2026, 11, 24).strftime("%Y%m%d") in text
