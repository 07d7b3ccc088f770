"""Staff schedule: weekly working hours (with a break), days off and leave.

Times of day are the salon's local wall-clock time (a shift is "10:00–19:00" on
any date, summer time or not); they are turned into UTC instants for a given day
with :func:`shift_on`. The salon's own opening hours and closed days come from the
settings (``opening_hours``, ``closed_days``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlmodel import Field, SQLModel, UniqueConstraint

from salondesk.domain.base import enum_field, instant_field, text_field
from salondesk.domain.clock import ensure_utc


class AbsenceKind(StrEnum):
    """Why a technician is not working on a day."""

    DAY_OFF = "day_off"
    LEAVE = "leave"
    SICK = "sick"
    TRAINING = "training"


class WorkingHours(SQLModel, table=True):
    """A technician's usual hours on one weekday (0 = Monday), with an optional break."""

    __tablename__ = "working_hours"
    __table_args__ = (UniqueConstraint("staff_id", "weekday", name="uq_working_hours_staff_weekday"),)

    id: int | None = Field(default=None, primary_key=True)
    staff_id: int = Field(foreign_key="staff.id", index=True)
    weekday: int
    start: time
    end: time
    break_start: time | None = None
    break_end: time | None = None


class StaffAbsence(SQLModel, table=True):
    """Days a technician does not work (inclusive); cancelled, never deleted."""

    __tablename__ = "staff_absence"

    id: int | None = Field(default=None, primary_key=True)
    staff_id: int = Field(foreign_key="staff.id", index=True)
    first_day: date = Field(index=True)
    last_day: date = Field(index=True)
    kind: AbsenceKind = enum_field(AbsenceKind.DAY_OFF)
    note: str = text_field("", length=200)
    created_at: datetime = instant_field()
    cancelled_at: datetime | None = instant_field(nullable=True, default=None)


@dataclass(frozen=True)
class Span:
    """A half-open span of UTC instants."""

    start: datetime
    end: datetime

    def covers(self, start: datetime, end: datetime) -> bool:
        """True when ``[start, end)`` lies inside this span."""
        return self.start <= ensure_utc(start) and ensure_utc(end) <= self.end

    def overlaps(self, start: datetime, end: datetime) -> bool:
        """True when ``[start, end)`` shares any time with this span."""
        return ensure_utc(start) < self.end and self.start < ensure_utc(end)


def at_local(day: date, clock_time: time, tz: ZoneInfo) -> datetime:
    """The UTC instant of wall-clock ``clock_time`` on local ``day``."""
    return datetime.combine(day, clock_time, tzinfo=tz).astimezone(UTC)


def parse_hhmm(text: str) -> time:
    """``"09:30"`` → ``time(9, 30)``; raises ``ValueError``."""
    hours, _, minutes = text.partition(":")
    return time(int(hours), int(minutes))


@dataclass(frozen=True)
class Shift:
    """When a technician works on one day: the working span minus the break."""

    staff_id: int
    day: date
    work: Span
    breaks: tuple[Span, ...] = ()

    def allows(self, start: datetime, end: datetime) -> bool:
        """True when ``[start, end)`` is inside working time and clear of every break."""
        return self.work.covers(start, end) and not any(b.overlaps(start, end) for b in self.breaks)


def shift_on(hours: WorkingHours, day: date, tz: ZoneInfo) -> Shift:
    """The technician's shift on ``day`` from their weekday hours."""
    breaks: tuple[Span, ...] = ()
    if hours.break_start is not None and hours.break_end is not None:
        breaks = (Span(at_local(day, hours.break_start, tz), at_local(day, hours.break_end, tz)),)
    return Shift(hours.staff_id, day, Span(at_local(day, hours.start, tz), at_local(day, hours.end, tz)), breaks)


def opening_span(opening_hours: dict[str, list[str] | None], weekday_key: str, day: date, tz: ZoneInfo) -> Span | None:
    """The salon's opening hours on ``day`` as UTC instants (None: closed that weekday)."""
    hours = opening_hours.get(weekday_key)
    if not hours:
        return None
    return Span(at_local(day, parse_hhmm(hours[0]), tz), at_local(day, parse_hhmm(hours[1]), tz))
