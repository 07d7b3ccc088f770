"""The appointment book: appointments, their statuses and the rules on them.

Statuses run booked → confirmed → arrived → in service → done, or end as
cancelled (with reason and who — kept, never deleted), no-show or left (an arrived
customer who left without service, R5). :data:`TRANSITIONS` is the whole state
machine; the reception queue moves appointments through it with
``salondesk.services.appointments.apply_status``.

This module also holds the translatable words of the whole appointments area
(catalogue, schedule, day view, confirmations): ``scripts/i18n.py`` files strings
by module name, and keeping them here puts them all in ``appointments_zh_CN.ts``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from sqlmodel import Field, SQLModel

from salondesk.domain import catalogue as _catalogue  # noqa: F401 - "service"/"station" tables for the FKs
from salondesk.domain.base import enum_field, instant_field, text_field
from salondesk.domain.clock import ensure_utc
from salondesk.i18n import QT_TRANSLATE_NOOP


class AppointmentStatus(StrEnum):
    """Where an appointment is in its life."""

    BOOKED = "booked"
    CONFIRMED = "confirmed"
    ARRIVED = "arrived"
    IN_SERVICE = "in_service"
    DONE = "done"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"
    LEFT = "left"  # arrived, then left without service (R5)


S = AppointmentStatus
TRANSITIONS: dict[AppointmentStatus, frozenset[AppointmentStatus]] = {
    S.BOOKED: frozenset({S.CONFIRMED, S.ARRIVED, S.CANCELLED, S.NO_SHOW}),
    S.CONFIRMED: frozenset({S.BOOKED, S.ARRIVED, S.CANCELLED, S.NO_SHOW}),
    S.ARRIVED: frozenset({S.IN_SERVICE, S.LEFT, S.CONFIRMED}),  # → confirmed: checked in by mistake
    S.IN_SERVICE: frozenset({S.DONE}),
    S.DONE: frozenset(),
    S.CANCELLED: frozenset(),
    S.NO_SHOW: frozenset({S.ARRIVED}),  # came very late after all
    S.LEFT: frozenset(),
}
# Statuses whose time still ties up technician, station and equipment.
OCCUPYING: frozenset[AppointmentStatus] = frozenset({S.BOOKED, S.CONFIRMED, S.ARRIVED, S.IN_SERVICE, S.DONE})
# Statuses that can still be moved, resized or edited.
EDITABLE: frozenset[AppointmentStatus] = frozenset({S.BOOKED, S.CONFIRMED})
FINAL: frozenset[AppointmentStatus] = frozenset({S.DONE, S.CANCELLED, S.NO_SHOW, S.LEFT})


def can_move(old: AppointmentStatus, new: AppointmentStatus) -> bool:
    """True when ``old → new`` is an allowed step."""
    return new in TRANSITIONS[AppointmentStatus(old)]


def starts_in_the_past(start: datetime, now: datetime, grace: timedelta) -> bool:
    """A booking must start in the future, or at most the check-in grace time ago (a customer who just came).

    Anything earlier is back-dated: it would rewrite a reported month, so only the
    owner may enter it, with a reason (``services.appointments``: rule ``in_past``).
    """
    return ensure_utc(start) < ensure_utc(now) - grace


class CallOutcome(StrEnum):
    """The result of one confirmation call."""

    CONFIRMED = "confirmed"
    LEFT_MESSAGE = "left_message"
    NO_ANSWER = "no_answer"


class AppointmentSeries(SQLModel, table=True):
    """A recurring booking: every ``every_weeks`` weeks, until a day or ``count`` times."""

    __tablename__ = "appointment_series"

    id: int | None = Field(default=None, primary_key=True)
    every_weeks: int
    count: int
    created_at: datetime = instant_field()
    created_by: int | None = Field(default=None, foreign_key="staff.id")


class Appointment(SQLModel, table=True):
    """One booking of one service with one technician (预约).

    ``technician_until`` / ``station_until`` are the ends of the work plus the
    service's buffer on each resource (see ``salondesk.domain.catalogue``), stored so
    that conflict checks are plain overlap queries. ``arrived_at`` / ``started_at`` /
    ``finished_at`` are set by the reception queue through ``apply_status``.
    """

    __tablename__ = "appointment"

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int | None = Field(default=None, foreign_key="customer.id", index=True)
    guest_name: str = text_field("", length=120)  # booked by phone, no customer file yet
    guest_phone: str = text_field("", length=40)
    staff_id: int = Field(foreign_key="staff.id", index=True)
    service_id: int = Field(foreign_key="service.id", index=True)
    station_id: int | None = Field(default=None, foreign_key="station.id", index=True)
    start: datetime = instant_field(index=True)
    end: datetime = instant_field()
    technician_until: datetime = instant_field()
    station_until: datetime = instant_field()
    status: AppointmentStatus = enum_field(AppointmentStatus.BOOKED, index=True)
    series_id: int | None = Field(default=None, foreign_key="appointment_series.id", index=True)
    notes: str = text_field("")
    override_reason: str | None = text_field(None)
    created_at: datetime = instant_field()
    created_by: int | None = Field(default=None, foreign_key="staff.id")
    confirmed_at: datetime | None = instant_field(nullable=True, default=None)
    arrived_at: datetime | None = instant_field(nullable=True, default=None)
    started_at: datetime | None = instant_field(nullable=True, default=None)
    finished_at: datetime | None = instant_field(nullable=True, default=None)
    closed_at: datetime | None = instant_field(nullable=True, default=None)  # cancelled / no-show / left
    closed_by: int | None = Field(default=None, foreign_key="staff.id")
    close_reason: str | None = text_field(None)


class AppointmentCall(SQLModel, table=True):
    """One confirmation call about an appointment and how it went."""

    __tablename__ = "appointment_call"

    id: int | None = Field(default=None, primary_key=True)
    appointment_id: int = Field(foreign_key="appointment.id", index=True)
    at: datetime = instant_field()
    by: int | None = Field(default=None, foreign_key="staff.id")
    outcome: CallOutcome = enum_field()
    note: str = text_field("", length=200)


# ------------------------------------------------------------------ words of the area
STATUS_LABELS = {
    S.BOOKED: QT_TRANSLATE_NOOP("AppointmentStatus", "Booked"),
    S.CONFIRMED: QT_TRANSLATE_NOOP("AppointmentStatus", "Confirmed"),
    S.ARRIVED: QT_TRANSLATE_NOOP("AppointmentStatus", "Arrived"),
    S.IN_SERVICE: QT_TRANSLATE_NOOP("AppointmentStatus", "In service"),
    S.DONE: QT_TRANSLATE_NOOP("AppointmentStatus", "Done"),
    S.CANCELLED: QT_TRANSLATE_NOOP("AppointmentStatus", "Cancelled"),
    S.NO_SHOW: QT_TRANSLATE_NOOP("AppointmentStatus", "No-show"),
    S.LEFT: QT_TRANSLATE_NOOP("AppointmentStatus", "Left without service"),
}

CALL_LABELS = {
    CallOutcome.CONFIRMED: QT_TRANSLATE_NOOP("CallOutcome", "Confirmed"),
    CallOutcome.LEFT_MESSAGE: QT_TRANSLATE_NOOP("CallOutcome", "Left message"),
    CallOutcome.NO_ANSWER: QT_TRANSLATE_NOOP("CallOutcome", "No answer"),
}
NOT_CALLED = QT_TRANSLATE_NOOP("CallOutcome", "Not called yet")

CATEGORY_LABELS = {
    "cut": QT_TRANSLATE_NOOP("ServiceCategory", "Cut"),
    "colour": QT_TRANSLATE_NOOP("ServiceCategory", "Colour"),
    "perm": QT_TRANSLATE_NOOP("ServiceCategory", "Perm"),
    "styling": QT_TRANSLATE_NOOP("ServiceCategory", "Styling"),
    "hair_care": QT_TRANSLATE_NOOP("ServiceCategory", "Hair care"),
    "facial": QT_TRANSLATE_NOOP("ServiceCategory", "Facial"),
    "manicure": QT_TRANSLATE_NOOP("ServiceCategory", "Manicure"),
    "pedicure": QT_TRANSLATE_NOOP("ServiceCategory", "Pedicure"),
    "massage": QT_TRANSLATE_NOOP("ServiceCategory", "Massage"),
    "other": QT_TRANSLATE_NOOP("ServiceCategory", "Other"),
}

BUFFER_LABELS = {
    "chair": QT_TRANSLATE_NOOP("BufferHolds", "Station busy, technician free"),
    "technician": QT_TRANSLATE_NOOP("BufferHolds", "Technician busy, station free"),
    "both": QT_TRANSLATE_NOOP("BufferHolds", "Technician and station busy"),
    "none": QT_TRANSLATE_NOOP("BufferHolds", "No buffer"),
}

ABSENCE_LABELS = {
    "day_off": QT_TRANSLATE_NOOP("AbsenceKind", "Day off"),
    "leave": QT_TRANSLATE_NOOP("AbsenceKind", "Leave"),
    "sick": QT_TRANSLATE_NOOP("AbsenceKind", "Sick"),
    "training": QT_TRANSLATE_NOOP("AbsenceKind", "Training"),
}

# Day view / week view / confirmation list (translated with context "DayView" / "Confirmations").
DAY_VIEW_WORDS = {
    "no_technicians": QT_TRANSLATE_NOOP("DayView", "Nobody is on duty this day. Set working hours in the schedule."),
    "now": QT_TRANSLATE_NOOP("DayView", "now"),
    "break": QT_TRANSLATE_NOOP("DayView", "Break"),
    "off": QT_TRANSLATE_NOOP("DayView", "Not working"),
    "warning": QT_TRANSLATE_NOOP("DayView", "Warning"),
    "buffer": QT_TRANSLATE_NOOP("DayView", "buffer"),
    "walk_in": QT_TRANSLATE_NOOP("DayView", "(no customer file)"),
}
CONFIRMATION_WORDS = {
    "title": QT_TRANSLATE_NOOP("Confirmations", "Confirmation calls for {day}"),
    "time": QT_TRANSLATE_NOOP("Confirmations", "Time"),
    "customer": QT_TRANSLATE_NOOP("Confirmations", "Customer"),
    "phone": QT_TRANSLATE_NOOP("Confirmations", "Phone"),
    "service": QT_TRANSLATE_NOOP("Confirmations", "Service"),
    "technician": QT_TRANSLATE_NOOP("Confirmations", "Technician"),
    "state": QT_TRANSLATE_NOOP("Confirmations", "Call"),
    "tick": QT_TRANSLATE_NOOP("Confirmations", "Confirmed / Left message / No answer"),
    "count": QT_TRANSLATE_NOOP("Confirmations", "{count} appointments"),
    "empty": QT_TRANSLATE_NOOP("Confirmations", "No appointments to confirm."),
    "printed": QT_TRANSLATE_NOOP("Confirmations", "Printed {at}"),
}

# Rule breaches (context "Errors", rendered by error_text like every service error).
RULE_MESSAGES = {
    "technician_busy": QT_TRANSLATE_NOOP("Errors", "{technician} already has an appointment at {time}."),
    "station_busy": QT_TRANSLATE_NOOP("Errors", "The station is already booked at {time}."),
    "equipment_busy": QT_TRANSLATE_NOOP("Errors", "Equipment needed for this service is already booked at {time}."),
    "outside_hours": QT_TRANSLATE_NOOP("Errors", "{technician} does not work at {time}."),
    "salon_closed": QT_TRANSLATE_NOOP("Errors", "The salon is not open at {time}."),
    "no_certificate": QT_TRANSLATE_NOOP("Errors", "{technician} holds no valid certificate for this service on {day}."),
    "patch_test": QT_TRANSLATE_NOOP("Errors", "This colour service needs a valid patch test for the customer."),
    "equipment_out": QT_TRANSLATE_NOOP("Errors", "{device} is out of service since {since}: this service needs it."),
    "in_past": QT_TRANSLATE_NOOP(
        "Errors", "{time} is in the past. Only the owner can enter a back-dated booking, with a reason."
    ),
    "retired_service": QT_TRANSLATE_NOOP("Errors", "This service is retired and can no longer be booked."),
}

# Input checks of the catalogue, schedule and book services (context "Errors").
INPUT_MESSAGES = {
    "service_name": QT_TRANSLATE_NOOP("Errors", "Please enter the service's name."),
    "duration": QT_TRANSLATE_NOOP("Errors", "A service takes between 5 minutes and 12 hours."),
    "buffer": QT_TRANSLATE_NOOP("Errors", "The buffer must be between 0 and 240 minutes."),
    "price": QT_TRANSLATE_NOOP("Errors", "The price must be a number of 0 or more."),
    "category": QT_TRANSLATE_NOOP("Errors", "Unknown service category."),
    "equipment": QT_TRANSLATE_NOOP("Errors", "Unknown equipment."),
    "weekday": QT_TRANSLATE_NOOP("Errors", "Unknown weekday."),
    "hours_order": QT_TRANSLATE_NOOP("Errors", "Working hours must end after they start."),
    "break_inside": QT_TRANSLATE_NOOP("Errors", "The break must lie inside the working hours."),
    "absence_order": QT_TRANSLATE_NOOP("Errors", "The last day cannot be before the first day."),
    "not_technician": QT_TRANSLATE_NOOP("Errors", "Pick an active staff member."),
    "no_customer": QT_TRANSLATE_NOOP("Errors", "Pick a customer or enter the guest's name."),
    "end_after_start": QT_TRANSLATE_NOOP("Errors", "The appointment must end after it starts."),
    "too_long": QT_TRANSLATE_NOOP("Errors", "An appointment cannot last more than 12 hours."),
    "unknown_station": QT_TRANSLATE_NOOP("Errors", "Unknown station."),
    "repeat": QT_TRANSLATE_NOOP("Errors", "Repeat every 1 to 52 weeks, 2 to 52 times, or until a day."),
    "transition": QT_TRANSLATE_NOOP("Errors", "An appointment that is {old} cannot become {new}."),
    "cancel_reason": QT_TRANSLATE_NOOP("Errors", "Please give the reason for cancelling."),
    "no_show_early": QT_TRANSLATE_NOOP("Errors", "An appointment can only be marked no-show after it was due."),
    "not_editable": QT_TRANSLATE_NOOP("Errors", "Only booked or confirmed appointments can be changed."),
    "override_reason": QT_TRANSLATE_NOOP("Errors", "An override needs a written reason."),
    "override_permission": QT_TRANSLATE_NOOP("Errors", "Only the owner can override this rule: {rule}"),
}
