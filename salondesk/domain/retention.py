"""Which backups to keep: grandfather-father-son, on the salon's calendar.

A salon that backs up at every closing and once a day keeps, by default, the newest
backup of each of the last 7 days that have one, of the last 4 ISO weeks and of the
last 12 months: about 20 files covering a year, instead of 30 full copies covering a
month. The three counts are settings (``backup_daily``, ``backup_weekly``,
``backup_monthly``).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

DEFAULT_DAILY = 7
DEFAULT_WEEKLY = 4
DEFAULT_MONTHLY = 12


@dataclass(frozen=True)
class Retention:
    """How many days, weeks and months keep their newest backup."""

    daily: int = DEFAULT_DAILY
    weekly: int = DEFAULT_WEEKLY
    monthly: int = DEFAULT_MONTHLY


def _week(day: date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso.year, iso.week


def _month(day: date) -> tuple[int, int]:
    return day.year, day.month


def backups_to_keep(taken: Sequence[datetime], retention: Retention, tz: ZoneInfo) -> set[int]:
    """Indexes into ``taken`` of the backups to keep; the newest is always kept.

    For each period (day, ISO week, month, in the salon's time zone) the newest
    backup taken in it stands for it; the newest ``retention.daily`` days (weekly,
    monthly) that have a backup keep theirs. A backup may stand for its day, week
    and month at once.
    """
    if not taken:
        return set()
    order = sorted(range(len(taken)), key=lambda i: taken[i], reverse=True)
    keep = {order[0]}
    periods: list[tuple[int, Callable[[date], Hashable]]] = [
        (retention.daily, lambda d: d),
        (retention.weekly, _week),
        (retention.monthly, _month),
    ]
    for count, period_of in periods:
        seen: set[Hashable] = set()
        for i in order:
            if len(seen) >= count:
                break
            period = period_of(taken[i].astimezone(tz).date())
            if period not in seen:
                seen.add(period)
                keep.add(i)
    return keep
