"""Salon-local days and months over UTC instants, in Shanghai and across DST in Berlin."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from salondesk.domain.calendar import (
    day_period,
    days_period,
    local_date,
    local_start,
    month_period,
    parse_month,
    previous_month,
    week_period,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def test_month_in_shanghai() -> None:
    november = month_period(2026, 11, SHANGHAI)
    assert november.start == utc(2026, 10, 31, 16)  # 1 Nov 00:00 +08:00
    assert november.end == utc(2026, 11, 30, 16)
    assert (november.first_day, november.last_day) == (date(2026, 11, 1), date(2026, 11, 30))
    assert len(november.days()) == 30


def test_month_boundaries_are_half_open() -> None:
    november = month_period(2026, 11, SHANGHAI)
    assert november.contains(utc(2026, 10, 31, 16))  # first instant
    assert not november.contains(utc(2026, 10, 31, 15, 59, 59))  # 31 Oct 23:59:59 local
    assert not november.contains(utc(2026, 11, 30, 16))  # 1 Dec 00:00 local
    assert november.contains(utc(2026, 11, 30, 15, 59, 59))
    assert november.contains(datetime(2026, 11, 30, 23, 59, tzinfo=SHANGHAI))  # aware in another zone


def test_december_rolls_into_the_next_year() -> None:
    december = month_period(2026, 12, SHANGHAI)
    assert december.end == utc(2026, 12, 31, 16)
    assert december.last_day == date(2026, 12, 31)
    assert previous_month(2027, 1) == (2026, 12)
    assert previous_month(2026, 11) == (2026, 10)


def test_february_of_a_leap_year() -> None:
    assert month_period(2028, 2, SHANGHAI).last_day == date(2028, 2, 29)


def test_local_date_near_midnight() -> None:
    assert local_date(utc(2026, 11, 22, 15, 59), SHANGHAI) == date(2026, 11, 22)
    assert local_date(utc(2026, 11, 22, 16, 0), SHANGHAI) == date(2026, 11, 23)
    assert local_date(datetime(2026, 11, 22, 16, 0), SHANGHAI) == date(2026, 11, 23)  # naive = UTC


def test_dst_spring_forward_in_berlin() -> None:
    march = month_period(2026, 3, BERLIN)
    assert march.start == utc(2026, 2, 28, 23)  # CET, +01:00
    assert march.end == utc(2026, 3, 31, 22)  # 1 April is CEST, +02:00
    short_day = day_period(date(2026, 3, 29), BERLIN)
    assert short_day.end - short_day.start == timedelta(hours=23)


def test_dst_fall_back_in_berlin() -> None:
    long_day = day_period(date(2026, 10, 25), BERLIN)
    assert long_day.end - long_day.start == timedelta(hours=25)
    october = month_period(2026, 10, BERLIN)
    assert october.start == utc(2026, 9, 30, 22)
    assert october.end == utc(2026, 10, 31, 23)
    assert local_date(utc(2026, 10, 25, 0, 30), BERLIN) == date(2026, 10, 25)  # 02:30 CEST
    assert local_date(utc(2026, 10, 25, 1, 30), BERLIN) == date(2026, 10, 25)  # 02:30 CET, the repeated hour


def test_week_is_monday_to_sunday() -> None:
    week = week_period(date(2026, 11, 25), SHANGHAI)  # a Wednesday
    assert (week.first_day, week.last_day) == (date(2026, 11, 23), date(2026, 11, 29))
    assert week.start == local_start(date(2026, 11, 23), SHANGHAI)
    sunday = week_period(date(2026, 11, 29), SHANGHAI)
    assert sunday.first_day == date(2026, 11, 23)


def test_days_period() -> None:
    span = days_period(date(2026, 11, 1), date(2026, 11, 3), SHANGHAI)
    assert span.days() == [date(2026, 11, 1), date(2026, 11, 2), date(2026, 11, 3)]
    assert span.end == utc(2026, 11, 3, 16)


@pytest.mark.parametrize("text", ["2026-13", "2026-1", "26-01", "2026/01", "abcd-ef", "2026-00", ""])
def test_parse_month_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_month(text)


def test_parse_month() -> None:
    assert parse_month("2026-11") == (2026, 11)
