"""iCalendar (``.ics``) export of the appointment book: one technician's or the whole salon's days.

Built with the ``icalendar`` library. Cancelled appointments are left out; no-shows
and finished ones stay (the file is a record of the day). Phone numbers are never
written: a calendar file ends up on phones and in mail.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from salondesk.db.uow import UnitOfWork
from salondesk.domain.appointments import AppointmentStatus
from salondesk.domain.calendar import local_start
from salondesk.queries.appointments import list_rows

_ICS_STATUS = {
    AppointmentStatus.BOOKED: "TENTATIVE",
    AppointmentStatus.CONFIRMED: "CONFIRMED",
}


def schedule_ics(
    uow: UnitOfWork,
    first: date,
    last: date,
    tz: ZoneInfo,
    *,
    staff_id: int | None = None,
    salon_name: str = "SalonDesk",
    stamp: datetime | None = None,
) -> bytes:
    """The appointments of local days ``first`` … ``last`` (one technician's, or all) as iCalendar bytes."""
    rows = list_rows(uow, first, last, tz, staff_id=staff_id, viewer=None)
    calendar = Calendar()
    calendar.add("prodid", "-//SalonDesk//Appointment book//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", salon_name)
    calendar.add("x-wr-timezone", str(tz.key))
    dtstamp = stamp or local_start(first, tz)
    for row in rows:
        if row.status == AppointmentStatus.CANCELLED:
            continue
        event = Event()
        event.add("uid", f"appointment-{row.id}@salondesk")
        event.add("dtstamp", dtstamp)
        event.add("dtstart", row.start)
        event.add("dtend", row.end)
        service = f"{row.service_name} {row.service_name_zh}".strip()
        event.add("summary", f"{service} – {row.customer_name}")
        event.add("description", f"{row.staff_name}\n{row.status.value}\n{row.notes}".strip())
        event.add("categories", [str(row.category.value)])
        event.add("status", _ICS_STATUS.get(row.status, "CONFIRMED"))
        event.add("x-salondesk-technician", row.staff_name)
        calendar.add_component(event)
    return bytes(calendar.to_ical())
