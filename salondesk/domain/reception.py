"""Pure rules of the reception queue: wait clocks, limits, estimated waits, re-check window.

Every rule here is the arithmetic of commitments.md R1–R5 / S4, kept free of the
database and of Qt so that the live queue, the metrics and the tests share one
definition. Durations are exact elapsed time; limits are inclusive
(``elapsed <= 15:00`` is within 15 min).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from salondesk.domain.clock import ensure_utc
from salondesk.domain.errors import ValidationError
from salondesk.domain.name_search import phone_entered
from salondesk.domain.schedule import at_local, parse_hhmm
from salondesk.domain.settings import WEEKDAYS, SalonSettings
from salondesk.i18n import QT_TRANSLATE_NOOP

WAIT_LIMIT = timedelta(minutes=15)  # R1: "within 15 min" means elapsed <= 15:00
WAIT_ATTENTION = timedelta(minutes=10)  # ux.md: amber at 10 min waiting
PUNCTUALITY_LIMIT = timedelta(minutes=10)  # R3: started no later than 10 min after the scheduled start
RECHECK_WINDOW = timedelta(hours=168)  # S4: 7 days = 168 h, exact elapsed time

# Messages the reception services raise (context "Errors"), kept here so that
# lupdate files them under the reception area wherever they are raised.
MSG_NO_CUSTOMER = QT_TRANSLATE_NOOP("Errors", "Choose a customer or enter the walk-in's name.")
MSG_NAME_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "The name is too long.")
MSG_NO_VISIT = QT_TRANSLATE_NOOP("Errors", "No visit with id {id}.")
MSG_NOT_WAITING = QT_TRANSLATE_NOOP("Errors", "This customer is no longer waiting.")
MSG_NOT_IN_SERVICE = QT_TRANSLATE_NOOP("Errors", "This service has not started or is already finished.")
MSG_ALREADY_CHECKED_IN = QT_TRANSLATE_NOOP("Errors", "This appointment is already checked in.")
MSG_APPOINTMENT_CLOSED = QT_TRANSLATE_NOOP("Errors", "This appointment is cancelled, a no-show or already done.")
MSG_NO_APPOINTMENT = QT_TRANSLATE_NOOP("Errors", "No appointment with id {id}.")
MSG_NO_TECHNICIAN = QT_TRANSLATE_NOOP("Errors", "Choose the technician who serves.")
MSG_TECHNICIAN_INACTIVE = QT_TRANSLATE_NOOP("Errors", "This technician is not active.")
MSG_TECHNICIAN_BUSY = QT_TRANSLATE_NOOP("Errors", "{name} is already serving another customer.")
MSG_UNCERTIFIED = QT_TRANSLATE_NOOP(
    "Errors", "{name} holds no certificate valid today for this service. Give a reason to go ahead."
)
MSG_NO_SERVICE = QT_TRANSLATE_NOOP("Errors", "Choose the service.")
MSG_UNKNOWN_SERVICE = QT_TRANSLATE_NOOP("Errors", "Unknown or retired service.")
MSG_WORK_DONE = QT_TRANSLATE_NOOP("Errors", "Say what was done.")
MSG_CLOSED_WALK_IN = QT_TRANSLATE_NOOP(
    "Errors",
    "The salon is closed now (opening hours and closed days in Settings). "
    "To take a walk-in after hours anyway, write the reason in the note.",
)
MSG_SATISFACTION = QT_TRANSLATE_NOOP("Errors", "Satisfaction is 1 to 5.")
MSG_RECOMMEND = QT_TRANSLATE_NOOP("Errors", "Recommendation is 0 to 10.")
MSG_HYGIENE = QT_TRANSLATE_NOOP("Errors", "The cleanliness answer is 1 to 5.")
MSG_PRIVACY = QT_TRANSLATE_NOOP("Errors", "The privacy answer is 1 to 5.")
MSG_ALREADY_RATED = QT_TRANSLATE_NOOP("Errors", "This visit has already been rated.")
MSG_NOT_DONE = QT_TRANSLATE_NOOP("Errors", "Only a finished visit can be rated.")
MSG_NO_RECORD = QT_TRANSLATE_NOOP("Errors", "No service record with id {id}.")
MSG_REASON = QT_TRANSLATE_NOOP("Errors", "Please give a reason.")
MSG_BAD_PHONE = QT_TRANSLATE_NOOP("Errors", "{value} is not a valid phone number.")  # as the customer file says
MSG_RECHECK_BEFORE = QT_TRANSLATE_NOOP("Errors", "A re-check cannot come before the service it checks.")


# Shown in the customer file's history (the customers area translates history text in context "Customers").
HISTORY_LEFT = QT_TRANSLATE_NOOP("Customers", "Left without service")
HISTORY_RECHECK = QT_TRANSLATE_NOOP("Customers", "Re-check / adjustment")


class ClockState(StrEnum):
    """How a running wait clock is shown (ux.md colours, always with a word)."""

    OK = "ok"  # under 10 min
    ATTENTION = "attention"  # 10:00 up to 15:00: amber
    OVER = "over"  # over 15:00: red (the R1 promise is broken)


CLOCK_STATE_WORDS = {
    ClockState.OK: QT_TRANSLATE_NOOP("Reception", "waiting"),
    ClockState.ATTENTION: QT_TRANSLATE_NOOP("Reception", "10+ min"),
    ClockState.OVER: QT_TRANSLATE_NOOP("Reception", "over 15 min"),
}


def valid_phone(raw: str, region: str) -> str:
    """A walk-in's or guest's phone as E.164 (empty stays empty), refused as the customer file refuses it."""
    try:
        return phone_entered(raw, region)
    except ValueError as exc:
        raise ValidationError(MSG_BAD_PHONE, field="phone", value=raw.strip()) from exc


def wait_start(arrived_at: datetime, scheduled_start: datetime | None) -> datetime:
    """R1: arrival for a walk-in; ``max(arrival, scheduled start)`` for a booked customer."""
    arrived = ensure_utc(arrived_at)
    if scheduled_start is None:
        return arrived
    return max(arrived, ensure_utc(scheduled_start))


def wait_of(start_of_wait: datetime, service_start: datetime) -> timedelta:
    """R1: ``max(0, service start − wait start)``."""
    return max(timedelta(0), ensure_utc(service_start) - ensure_utc(start_of_wait))


def within_wait_limit(wait: timedelta) -> bool:
    """R1's limit, inclusive: exactly 15:00 is within, 15:01 is not."""
    return wait <= WAIT_LIMIT


def punctual(scheduled_start: datetime, service_start: datetime) -> bool:
    """R3: started no later than 10 min after the scheduled start (an early start is on time)."""
    return ensure_utc(service_start) - ensure_utc(scheduled_start) <= PUNCTUALITY_LIMIT


def wait_clock_text(wait: timedelta) -> str:
    """A wait as minutes:seconds, seconds rounded UP, so a wait over a limit never prints as the limit.

    15:00.4 is over R1's 15 minutes and prints ``15:01``; exactly 15:00 prints ``15:00``.
    """
    whole = math.ceil(wait.total_seconds())
    return f"{whole // 60}:{whole % 60:02d}"


def wait_minutes(wait: timedelta) -> float:
    """A wait in minutes (R2 works on exact minutes; rounding is for printing)."""
    return wait.total_seconds() / 60


def clock_state(elapsed: timedelta) -> ClockState:
    """Amber from 10:00, red once over 15:00 (when the R1 promise is broken)."""
    if elapsed > WAIT_LIMIT:
        return ClockState.OVER
    if elapsed >= WAIT_ATTENTION:
        return ClockState.ATTENTION
    return ClockState.OK


def clock_text(elapsed: timedelta) -> str:
    """``mm:ss`` (``h:mm:ss`` past an hour) for a running clock."""
    seconds = max(0, int(elapsed.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def recheck_within_window(original_finished_at: datetime, requested_at: datetime) -> bool:
    """S4: a re-check requested within 168 h (inclusive) of the original service is free."""
    return ensure_utc(requested_at) - ensure_utc(original_finished_at) <= RECHECK_WINDOW


def short_name(name: str) -> str:
    """A name shortened for a customer-facing screen or a report: 张伟 → 张*, Anna Lee → Anna L."""
    name = " ".join((name or "").split())
    if not name:
        return "*"
    parts = name.split(" ")
    if len(parts) > 1:
        return f"{parts[0]} {parts[-1][0].upper()}."
    if name.isascii():
        return f"{name[0].upper()}***" if len(name) > 1 else name
    return f"{name[0]}*"


def closing_instant(opening_hours: dict[str, list[str] | None], day: date, tz: ZoneInfo) -> datetime | None:
    """When the salon closes on local ``day`` (None: closed that weekday)."""
    hours = opening_hours.get(WEEKDAYS[day.weekday()])
    if not hours:
        return None
    return at_local(day, parse_hhmm(hours[1]), tz)


def salon_open_at(
    opening_hours: dict[str, list[str] | None], closed_days: Iterable[str], at: datetime, tz: ZoneInfo
) -> bool:
    """True while the salon is open at instant ``at``: its weekday's hours, not a closed day (Settings)."""
    day = ensure_utc(at).astimezone(tz).date()
    hours = opening_hours.get(WEEKDAYS[day.weekday()])
    if not hours or day.isoformat() in set(closed_days):
        return False
    return at_local(day, parse_hhmm(hours[0]), tz) <= ensure_utc(at) < at_local(day, parse_hhmm(hours[1]), tz)


def walk_in_refusal(open_now: bool, note: str) -> str | None:
    """A walk-in while the salon is closed needs a reason (in the note); the message, or None when allowed."""
    return None if open_now or note.strip() else MSG_CLOSED_WALK_IN


def leave_at_closing(
    wait_started: datetime, now: datetime, tz: ZoneInfo, opening_hours: dict[str, list[str] | None]
) -> datetime | None:
    """R5: the instant a still-waiting visit is recorded as left, or None while the salon is still open.

    A visit that began waiting on a day is closed at that day's closing time; one
    that began after closing (or on a day without hours) at the end of that local day.
    """
    start = ensure_utc(wait_started)
    day = start.astimezone(tz).date()
    closes = closing_instant(opening_hours, day, tz)
    if closes is None or closes < start:
        closes = at_local(day + timedelta(days=1), parse_hhmm("00:00"), tz)
    return closes if ensure_utc(now) >= closes else None


# ------------------------------------------------------------------ estimated waits
@dataclass(frozen=True)
class TechnicianLoad:
    """One technician on duty: when they are free of current work, and their booked blocks today."""

    staff_id: int
    free_at: datetime
    booked: tuple[tuple[datetime, datetime], ...] = ()  # [start, end) of appointments still to come
    off_at: datetime | None = None  # end of their shift today
    certificate_kinds: frozenset[str] | None = None  # kinds valid today (None: not checked)


@dataclass(frozen=True)
class Waiting:
    """One waiting customer, in queue order."""

    visit_id: int
    duration: timedelta
    requested_staff_id: int | None = None
    not_before: datetime | None = None  # a booked customer is not served before their slot
    certificate_kind: str | None = None  # what the chosen service needs (None: any kind)
    devices_out: bool = False  # equipment the service needs is out of service


@dataclass
class _Timeline:
    staff_id: int
    free_at: datetime
    booked: list[tuple[datetime, datetime]] = field(default_factory=list)

    def earliest(self, start: datetime, duration: timedelta) -> datetime:
        """The first instant ≥ ``start`` when ``duration`` fits between booked blocks."""
        moment = max(start, self.free_at)
        for b_start, b_end in sorted(self.booked):
            if moment + duration <= b_start:
                break
            moment = max(moment, b_end)
        return moment


class NoSuggestion(StrEnum):
    """Why nobody is suggested (the UI says it in words)."""

    NONE = ""
    REQUESTED_OFF = "requested_off"  # the requested technician is not on duty (or not until too late)
    NOT_CERTIFIED = "not_certified"  # nobody on duty holds a valid certificate for the service
    DEVICE_OUT = "device_out"  # equipment the service needs is out of service
    NO_TIME = "no_time"  # nobody can fit it in before their shift ends


NO_SUGGESTION_WORDS = {
    NoSuggestion.NONE: QT_TRANSLATE_NOOP("Reception", "nobody free today"),
    NoSuggestion.REQUESTED_OFF: QT_TRANSLATE_NOOP("Reception", "{name} is not free today"),
    NoSuggestion.NOT_CERTIFIED: QT_TRANSLATE_NOOP("Reception", "nobody on duty is certified for this service"),
    NoSuggestion.DEVICE_OUT: QT_TRANSLATE_NOOP("Reception", "equipment out of service"),
    NoSuggestion.NO_TIME: QT_TRANSLATE_NOOP("Reception", "nobody free today"),
}


@dataclass(frozen=True)
class Estimate:
    """When a waiting customer is likely to start, and with whom."""

    visit_id: int
    staff_id: int | None
    start: datetime | None
    wait: timedelta | None  # None: nobody on duty can take them
    why_none: NoSuggestion = NoSuggestion.NONE


def may_serve(certificate_kinds: frozenset[str] | None, needed_kind: str | None, devices_out: bool = False) -> bool:
    """Whether a technician may do a service: the rule every start, booking and suggestion applies.

    A certificate valid that day of the service's kind (of any kind when the service
    names none), and no equipment the service needs out of service. ``None`` kinds
    means "not known here" and is not held against the technician.
    """
    if devices_out:
        return False
    if certificate_kinds is None:
        return True
    return bool(certificate_kinds) if needed_kind is None else needed_kind in certificate_kinds


def default_service(last_service_id: int | None, allowed_service_ids: frozenset[int]) -> int | None:
    """The booking dialog's preselected service: the customer's last one if the technician may do it, else none."""
    return last_service_id if last_service_id is not None and last_service_id in allowed_service_ids else None


def _job_suggestion(
    lines: dict[int, _Timeline],
    loads: dict[int, TechnicianLoad],
    person: Waiting,
    earliest: datetime,
) -> tuple[tuple[datetime, int] | None, NoSuggestion]:
    """Who starts ``person``'s job first, respecting the requested technician, certificates and equipment."""
    if person.devices_out:
        return None, NoSuggestion.DEVICE_OUT
    if person.requested_staff_id is not None:
        if person.requested_staff_id not in lines:
            return None, NoSuggestion.REQUESTED_OFF
        candidates = [lines[person.requested_staff_id]]
    else:
        candidates = [
            line
            for line in lines.values()
            if may_serve(loads[line.staff_id].certificate_kinds, person.certificate_kind)
        ]
        if not candidates:
            return None, NoSuggestion.NOT_CERTIFIED
    best: tuple[datetime, int] | None = None
    for line in candidates:
        start = line.earliest(earliest, person.duration)
        ends = loads[line.staff_id].off_at
        if ends is not None and start + person.duration > ends:
            continue
        if best is None or (start, line.staff_id) < best:
            best = (start, line.staff_id)
    if best is None:
        return None, NoSuggestion.REQUESTED_OFF if person.requested_staff_id is not None else NoSuggestion.NO_TIME
    return best, NoSuggestion.NONE


def estimate_waits(now: datetime, technicians: Sequence[TechnicianLoad], queue: Iterable[Waiting]) -> list[Estimate]:
    """Hand the queue, in order, to whoever can start each customer first (one suggestion rule: :func:`suggest`).

    A customer who asked for a technician waits for that one; otherwise only a
    technician who may do the service (:func:`may_serve`) is suggested. Booked
    appointments still to come keep their slots, so a walk-in only fits into a gap
    long enough for their service. The result is an estimate, shown as such.
    """
    now = ensure_utc(now)
    lines = {t.staff_id: _Timeline(t.staff_id, max(now, ensure_utc(t.free_at)), list(t.booked)) for t in technicians}
    loads = {t.staff_id: t for t in technicians}
    result = []
    for person in queue:
        best, why = _job_suggestion(lines, loads, person, max(now, person.not_before or now))
        if best is None:
            result.append(Estimate(person.visit_id, None, None, None, why))
            continue
        start, staff_id = best
        lines[staff_id].booked.append((start, start + person.duration))
        result.append(Estimate(person.visit_id, staff_id, start, start - now))
    return result


def suggest(now: datetime, technicians: Sequence[TechnicianLoad], job: Waiting) -> Estimate:
    """The one suggestion for one job (the header's next free, F6's preselection, the walk-in's estimate)."""
    return estimate_waits(now, technicians, [job])[0]


def next_free(now: datetime, technicians: Sequence[TechnicianLoad], duration: timedelta) -> tuple[int, datetime] | None:
    """The technician who can start a ``duration`` job first: (staff id, when)."""
    found = suggest(now, technicians, Waiting(0, duration))
    return None if found.staff_id is None or found.start is None else (found.staff_id, found.start)


# ------------------------------------------------------------------ the check-in list (F3)
DEFAULT_LATE_GRACE = timedelta(minutes=15)  # settings.check_in_grace_minutes
DEFAULT_NO_SHOW_AFTER = timedelta(minutes=60)  # settings.no_show_after_minutes


class ArrivalState(StrEnum):
    """Where a booking still to check in stands at ``now`` (ux.md: F3 means the customer in front of you)."""

    DUE = "due"  # upcoming, or started less than the grace time ago: the customer may be at the counter
    LATE = "late"  # past the grace time
    NO_SHOW = "no_show"  # past the no-show time, or the salon has closed: offered for no-show


ARRIVAL_STATE_WORDS = {
    ArrivalState.DUE: QT_TRANSLATE_NOOP("Reception", "due"),
    ArrivalState.LATE: QT_TRANSLATE_NOOP("Reception", "late {minutes} min"),
    ArrivalState.NO_SHOW: QT_TRANSLATE_NOOP("Reception", "no-show? (Del)"),
}


@dataclass(frozen=True)
class CheckInTiming:
    """The two counter settings that judge a booking still to check in."""

    grace: timedelta = DEFAULT_LATE_GRACE
    no_show_after: timedelta = DEFAULT_NO_SHOW_AFTER


def arrival_state(start: datetime, now: datetime, timing: CheckInTiming, closes_at: datetime | None) -> ArrivalState:
    """*Late* once more than the grace time past the start; *no-show* candidate past the second limit or at closing."""
    late_by = ensure_utc(now) - ensure_utc(start)
    if late_by > timing.no_show_after or (closes_at is not None and ensure_utc(now) >= ensure_utc(closes_at)):
        return ArrivalState.NO_SHOW
    if late_by > timing.grace:
        return ArrivalState.LATE
    return ArrivalState.DUE


def check_in_timing(settings: SalonSettings) -> CheckInTiming:
    """The salon's grace and no-show times (the no-show time is never shorter than the grace time)."""
    grace = timedelta(minutes=settings.check_in_grace_minutes)
    return CheckInTiming(grace, max(grace, timedelta(minutes=settings.no_show_after_minutes)))


_STATE_RANK = {ArrivalState.DUE: 0, ArrivalState.LATE: 1, ArrivalState.NO_SHOW: 2}


def check_in_order(
    starts: Sequence[datetime], now: datetime, timing: CheckInTiming, closes_at: datetime | None
) -> list[int]:
    """Indices of ``starts`` in list order: the current bookings by time, then the late, then no-show candidates.

    Neither late nor no-show rows ever sit above a current one.
    """
    states = [arrival_state(s, now, timing, closes_at) for s in starts]
    return sorted(range(len(starts)), key=lambda i: (_STATE_RANK[states[i]], ensure_utc(starts[i]), i))


def nearest_to_check_in(
    starts: Sequence[datetime], now: datetime, timing: CheckInTiming, closes_at: datetime | None
) -> int | None:
    """The index F3 selects: the current booking nearest to ``now``; else the least late; never a no-show candidate."""
    now = ensure_utc(now)
    best: tuple[int, timedelta, int] | None = None
    for i, start in enumerate(starts):
        state = arrival_state(start, now, timing, closes_at)
        if state == ArrivalState.NO_SHOW:
            continue
        key = (_STATE_RANK[state], abs(ensure_utc(start) - now), i)
        if best is None or key < best:
            best = key
    return None if best is None else best[2]
