"""Day book query, confirmation call list (and its printable PDF), iCalendar export."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from salondesk.db.uow import UowFactory
from salondesk.domain.appointments import AppointmentStatus, CallOutcome
from salondesk.domain.clock import FrozenClock
from salondesk.domain.customers import Customer
from salondesk.domain.permissions import Actor
from salondesk.queries import appointments as book_queries
from salondesk.reports.confirmations import render_confirmations
from salondesk.services import appointments as book
from salondesk.services import schedule
from salondesk.services.ical import schedule_ics
from tests.unit.test_appointment_rules import TUESDAY, Salon, local, make_salon

TZ = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def salon(new_uow: UowFactory, clock: FrozenClock, owner: Actor, receptionist: Actor, technician: Actor) -> Salon:
    return make_salon(new_uow, clock, owner, receptionist, technician)


def test_day_book_columns_rows_and_warnings(salon: Salon) -> None:
    salon.book()
    [other] = salon.book(staff_id=salon.tech2.staff_id, start=local(TUESDAY, 15))
    book.cancel(salon.new_uow(), salon.receptionist, salon.clock, other, "ill")
    schedule.add_absence(salon.new_uow(), salon.owner, salon.clock, salon.tech2.staff_id or 0, TUESDAY, TUESDAY)
    with salon.new_uow() as uow:
        customer = uow.session.get(Customer, salon.customer)
        assert customer is not None
        customer.allergies = "PPD hair dye"
        uow.session.add(customer)
        uow.commit()
    day = book_queries.day_book(salon.new_uow(), TUESDAY, TZ, {"tue": ["10:00", "21:00"]}, viewer=salon.receptionist)
    # 李娜 is on leave and her only booking is cancelled: no column for her
    assert [c.name for c in day.columns] == ["张伟"]
    assert [r.status for r in day.appointments] == [AppointmentStatus.BOOKED, AppointmentStatus.CANCELLED]
    assert day.appointments[0].warning and day.appointments[0].phone == "138 0013 8000"
    assert day.opens == local(TUESDAY, 10) and day.closes == local(TUESDAY, 21)


def test_confirmation_calls_and_printable_list(salon: Salon, tmp_path: Path) -> None:
    [first] = salon.book()
    [second] = salon.book(start=local(TUESDAY, 15))
    book.record_call(salon.new_uow(), salon.receptionist, salon.clock, first, CallOutcome.NO_ANSWER)
    salon.clock.advance(minutes=30)
    book.record_call(salon.new_uow(), salon.receptionist, salon.clock, first, CallOutcome.LEFT_MESSAGE)
    book.record_call(salon.new_uow(), salon.receptionist, salon.clock, second, CallOutcome.CONFIRMED)
    calls = book_queries.confirmation_calls(salon.new_uow(), TUESDAY, TZ, viewer=salon.receptionist)
    assert [(c.appointment.id, c.last_outcome, c.calls) for c in calls] == [
        (first, CallOutcome.LEFT_MESSAGE, 2),
        (second, CallOutcome.CONFIRMED, 1),
    ]
    assert calls[1].appointment.status == AppointmentStatus.CONFIRMED
    pdf = render_confirmations(calls, TUESDAY, TZ, tmp_path / "calls.pdf", "zh_CN", salon.clock.now())
    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert "陈静" in text and "138 0013 8000" in text and "11:00" in text and "15:00" in text


def test_empty_call_list_says_so(tmp_path: Path) -> None:
    pdf = render_confirmations([], date(2026, 11, 24), TZ, tmp_path / "empty.pdf", "en")
    assert "No appointments to confirm" in PdfReader(str(pdf)).pages[0].extract_text()


def test_ical_export_of_a_technician_or_the_whole_day(salon: Salon) -> None:
    [a] = salon.book()
    [b] = salon.book(staff_id=salon.tech2.staff_id)
    [c] = salon.book(start=local(TUESDAY, 15))
    book.cancel(salon.new_uow(), salon.receptionist, salon.clock, c, "moved")
    whole = Calendar.from_ical(schedule_ics(salon.new_uow(), TUESDAY, TUESDAY, TZ))
    events = list(whole.walk("VEVENT"))
    assert sorted(str(e["uid"]) for e in events) == sorted(f"appointment-{i}@salondesk" for i in (a, b))
    assert events[0].decoded("dtstart") == local(TUESDAY, 11)
    assert events[0].decoded("dtend") - events[0].decoded("dtstart") == timedelta(hours=1)
    assert "13800138000" not in whole.to_ical().decode()  # no phone numbers in calendar files
    one = Calendar.from_ical(
        schedule_ics(salon.new_uow(), TUESDAY, TUESDAY + timedelta(days=6), TZ, staff_id=salon.tech2.staff_id)
    )
    assert [str(e["uid"]) for e in one.walk("VEVENT")] == [f"appointment-{b}@salondesk"]
