"""Grandfather-father-son retention of backups."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from salondesk.domain.retention import Retention, backups_to_keep

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _kept(taken: list[datetime], retention: Retention) -> list[datetime]:
    return sorted((taken[i] for i in backups_to_keep(taken, retention, SHANGHAI)), reverse=True)


def test_a_year_of_two_backups_a_day_keeps_7_days_4_weeks_12_months() -> None:
    # a daily backup at 10:05 and the closing backup at 21:10 (Shanghai), every day of 2026
    start = datetime(2026, 1, 1, 2, 5, tzinfo=UTC)
    taken = []
    for day in range(365):
        taken.append(start + timedelta(days=day))
        taken.append(start + timedelta(days=day, hours=11, minutes=5))
    kept = _kept(taken, Retention(daily=7, weekly=4, monthly=12))
    local = [t.astimezone(SHANGHAI) for t in kept]
    # the newest 7 days: each day's closing backup (the newest of its day)
    assert [t.date().isoformat() for t in local[:7]] == [f"2026-12-{d:02d}" for d in range(31, 24, -1)]
    assert all(t.hour == 21 for t in local)
    # weeks: the newest of the 4 newest ISO weeks; months: the last day of each month
    month_ends = {t.date().isoformat() for t in local if (t + timedelta(days=1)).day == 1}
    assert month_ends == {
        "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30",
        "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31", "2026-11-30", "2026-12-31",
    }  # fmt: skip
    sundays = {t.date() for t in local if t.weekday() == 6}
    assert {d.isoformat() for d in sundays} >= {"2026-12-27", "2026-12-20", "2026-12-13"}
    # 31 Dec is a Thursday: weeks 53 (31 Dec) and 52 (Sunday 27 Dec) are among the 7 days already,
    # so 7 days + 2 more Sundays (20 and 13 Dec) + 11 more month ends (31 Dec is a day too)
    assert len(kept) == 7 + 2 + 11


def test_days_without_a_backup_do_not_count() -> None:
    # the PC was off for a month: the last 7 days that *have* a backup are kept
    taken = [datetime(2026, 10, d, 13, tzinfo=UTC) for d in range(1, 11)]
    taken.append(datetime(2026, 11, 20, 13, tzinfo=UTC))
    kept = _kept(taken, Retention(daily=7, weekly=0, monthly=0))
    assert [t.day for t in kept] == [20, 10, 9, 8, 7, 6, 5]


def test_the_local_day_decides_not_utc() -> None:
    # 23:30 and 00:30 Shanghai are two salon days, though both fall on the same UTC day
    taken = [datetime(2026, 11, 20, 15, 30, tzinfo=UTC), datetime(2026, 11, 20, 16, 30, tzinfo=UTC)]
    assert backups_to_keep(taken, Retention(daily=2, weekly=0, monthly=0), SHANGHAI) == {0, 1}
    assert backups_to_keep(taken, Retention(daily=1, weekly=0, monthly=0), SHANGHAI) == {1}


def test_the_newest_is_always_kept_and_nothing_is_kept_of_nothing() -> None:
    taken = [datetime(2026, 11, 20, tzinfo=UTC), datetime(2026, 11, 21, tzinfo=UTC)]
    assert backups_to_keep(taken, Retention(daily=0, weekly=0, monthly=0), SHANGHAI) == {1}
    assert backups_to_keep([], Retention(), SHANGHAI) == set()
