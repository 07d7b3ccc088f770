"""Salon-local days, weeks and months over UTC instants (commitments.md, general rules)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from salondesk.domain.clock import ensure_utc


@dataclass(frozen=True)
class Period:
    """A half-open span of UTC instants ``[start, end)`` and its local calendar days."""

    start: datetime
    end: datetime
    first_day: date
    last_day: date

    def contains(self, instant: datetime) -> bool:
        """True when ``instant`` falls inside the period."""
        return self.start <= ensure_utc(instant) < self.end

    def days(self) -> list[date]:
        """Every local calendar day of the period."""
        count = (self.last_day - self.first_day).days + 1
        return [self.first_day + timedelta(days=i) for i in range(count)]


def local_start(day: date, tz: ZoneInfo) -> datetime:
    """The UTC instant at which local ``day`` begins."""
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def local_date(instant: datetime, tz: ZoneInfo) -> date:
    """The salon-local calendar day of ``instant``."""
    return ensure_utc(instant).astimezone(tz).date()


def day_period(day: date, tz: ZoneInfo) -> Period:
    """One local day."""
    return Period(local_start(day, tz), local_start(day + timedelta(days=1), tz), day, day)


def days_period(first: date, last: date, tz: ZoneInfo) -> Period:
    """Local days ``first`` … ``last`` inclusive."""
    return Period(local_start(first, tz), local_start(last + timedelta(days=1), tz), first, last)


def month_period(year: int, month: int, tz: ZoneInfo) -> Period:
    """``[first day 00:00, first day of next month 00:00)`` local."""
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return days_period(first, nxt - timedelta(days=1), tz)


def week_period(day: date, tz: ZoneInfo) -> Period:
    """The Monday–Sunday week containing ``day``."""
    monday = day - timedelta(days=day.weekday())
    return days_period(monday, monday + timedelta(days=6), tz)


FIRST_YEAR, LAST_YEAR = 1900, 9998  # the month after the last one (and its local midnight) still fits a datetime


def parse_month(text: str) -> tuple[int, int]:
    """Parse ``YYYY-MM`` of a year from 1900 to 9998; raises ``ValueError`` on anything else."""
    year_text, _, month_text = text.partition("-")
    year, month = int(year_text), int(month_text)
    if not (1 <= month <= 12 and FIRST_YEAR <= year <= LAST_YEAR and len(month_text) == 2):
        raise ValueError(text)
    return year, month


def previous_month(year: int, month: int) -> tuple[int, int]:
    """The month before ``year-month``."""
    return (year - 1, 12) if month == 1 else (year, month - 1)
