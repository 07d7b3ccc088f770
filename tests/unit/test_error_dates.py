"""Dates inside refusal messages follow the UI language's one format (ux.md), never a UTC date."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from salondesk.domain.errors import Conflict
from salondesk.i18n import QT_TRANSLATE_NOOP, translate

SALON = ZoneInfo("Asia/Shanghai")
MESSAGE = QT_TRANSLATE_NOOP(
    "Errors", "{time} is in the past. Only the owner can enter a back-dated booking, with a reason."
)


def chinese(context: str, text: str) -> str:
    return translate("zh_CN", context, text)


def test_a_day_and_a_local_instant_in_english_and_chinese() -> None:
    instant = datetime(2026, 3, 4, 17, 7, tzinfo=UTC).astimezone(SALON)  # 01:07 on the 5th in the salon
    error = Conflict(MESSAGE, time=instant)
    assert error.render() == (
        "2026-03-05 01:07 is in the past. Only the owner can enter a back-dated booking, with a reason."
    )
    assert error.render(chinese).startswith("2026年3月5日 01:07")
    day = Conflict(
        QT_TRANSLATE_NOOP("Errors", "{month} can be closed from {day} on."), month="2026-11", day=date(2026, 12, 1)
    )
    assert "2026-12-01" in day.render() and "2026年12月1日" in day.render(chinese)
