"""The records behind a dashboard point as translated tables: one small formatter per kind of item.

Nothing here may show a repr: an item of an unknown kind falls back to a line of its values in words.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from salondesk.domain.complaints import CATEGORY_LABELS, STATUS_LABELS
from salondesk.domain.equipment import MAINTENANCE_KIND_LABELS
from salondesk.domain.figures import Count, Rate, Score
from salondesk.domain.figures.complaints import RegisterLine
from salondesk.domain.figures.equipment import DueTask, OverdueTask
from salondesk.domain.figures.hygiene import ActionRow, RequiredRun
from salondesk.domain.figures.quality import MonthRatings
from salondesk.domain.figures.reception import WaitItem
from salondesk.domain.figures.training import StaffFact
from salondesk.domain.permissions import ROLE_LABELS
from salondesk.domain.reception import wait_clock_text
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.ui.i18n import current_language

CONTEXT = "DashboardDetails"
COLUMN_GAP = "  |  "
NONE = QT_TRANSLATE_NOOP("DashboardDetails", "none")

TASK_STATE_LABELS = {
    "done": QT_TRANSLATE_NOOP("DashboardDetails", "done"),
    "ok": QT_TRANSLATE_NOOP("DashboardDetails", "not due yet"),
    "due_soon": QT_TRANSLATE_NOOP("DashboardDetails", "due soon"),
    "overdue": QT_TRANSLATE_NOOP("DashboardDetails", "overdue"),
}


@dataclass(frozen=True)
class View:
    """How to show values: the salon's time zone and names that need the area's data."""

    tz: tzinfo
    template_names: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # key → (English, Chinese)

    @property
    def chinese(self) -> bool:
        """Whether names with an English and a Chinese version show the Chinese one."""
        return current_language().startswith("zh")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _label(context: str, labels: Mapping[Any, str], value: Any) -> str:
    """An enum value in words (the value itself when it has no label)."""
    for key, text in labels.items():
        if str(key) == str(value):
            return QCoreApplication.translate(context, text)
    return str(getattr(value, "value", value))


def day_text(day: date | None) -> str:
    """A date in the UI language's short format; an empty cell for none."""
    if day is None:
        return "—"
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def instant_text(at: datetime | None, view: View) -> str:
    """An instant as the salon's local date and time in the UI language's short format."""
    if at is None:
        return "—"
    local = at.astimezone(view.tz)
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def yes_no(value: bool | None) -> str:
    """A yes/no cell in words; ``None`` (not decided yet) reads as pending."""
    if value is None:
        return _tr(QT_TRANSLATE_NOOP("DashboardDetails", "pending"))
    return (
        _tr(QT_TRANSLATE_NOOP("DashboardDetails", "yes")) if value else _tr(QT_TRANSLATE_NOOP("DashboardDetails", "no"))
    )


def value_text(value: Any, view: View) -> str:
    """Any value in words: dates in the UI format, waits as minutes:seconds, figures as their text."""
    if isinstance(value, datetime):
        return instant_text(value, view)
    if isinstance(value, date):
        return day_text(value)
    if isinstance(value, timedelta):
        return wait_clock_text(value)
    if isinstance(value, Rate):
        return value.text()
    if isinstance(value, Count):
        return str(value.count)
    if isinstance(value, Score):
        return "—" if value.value is None else str(value.value)
    if value is None:
        return "—"
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


# one (headers, cells) per kind of item
Headers = Sequence[str]
Formatter = Callable[[Any, View], list[str]]

FORMATTERS: dict[type, tuple[Headers, Formatter]] = {
    WaitItem: (
        [
            QT_TRANSLATE_NOOP("DashboardDetails", "Date"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Customer"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Wait (min:s)"),
        ],
        lambda w, v: [day_text(w.day), w.name, wait_clock_text(w.wait) if w.wait else f"{w.wait_minutes}"],
    ),
    RequiredRun: (
        [
            QT_TRANSLATE_NOOP("DashboardDetails", "Checklist"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Period"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Signed"),
            QT_TRANSLATE_NOOP("DashboardDetails", "By"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Reason"),
        ],
        lambda r, v: [
            v.template_names.get(r.template_key, (r.template_key,) * 2)[1 if v.chinese else 0],
            day_text(r.first) if r.first == r.last else f"{day_text(r.first)} – {day_text(r.last)}",
            instant_text(r.signed_at, v),
            r.signed_by,
            r.late_reason,
        ],
    ),
    ActionRow: (
        [
            QT_TRANSLATE_NOOP("DashboardDetails", "Failed"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Checklist"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Item"),
            QT_TRANSLATE_NOOP("DashboardDetails", "By"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Corrective action"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Signed off"),
        ],
        lambda a, v: [
            instant_text(a.failed_at, v),
            a.template_name_zh if v.chinese else a.template_name_en,
            a.item_text_zh if v.chinese else a.item_text_en,
            a.failed_by,
            a.action,
            yes_no(a.action_done),
        ],
    ),
    MonthRatings: (
        [
            QT_TRANSLATE_NOOP("DashboardDetails", "Month"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Satisfaction"),
            QT_TRANSLATE_NOOP("DashboardDetails", "NPS"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Cleanliness"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Privacy"),
        ],
        lambda m, v: [m.month, m.satisfaction.text(), value_text(m.nps, v), m.hygiene.text(), m.privacy.text()],
    ),
    StaffFact: (
        [
            QT_TRANSLATE_NOOP("DashboardDetails", "Name"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Role"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Account created"),
        ],
        lambda s, v: [s.name, _label("Role", ROLE_LABELS, s.role), instant_text(s.created_at, v)],
    ),
    DueTask: (
        [
            QT_TRANSLATE_NOOP("DashboardDetails", "Equipment"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Kind"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Due"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Done"),
            QT_TRANSLATE_NOOP("DashboardDetails", "By"),
            QT_TRANSLATE_NOOP("DashboardDetails", "State"),
        ],
        lambda t, v: [
            t.equipment_name,
            _label("MaintenanceKind", MAINTENANCE_KIND_LABELS, t.kind),
            day_text(t.due),
            day_text(t.done_on),
            t.done_by,
            _label(CONTEXT, TASK_STATE_LABELS, t.state),
        ],
    ),
    OverdueTask: (
        [
            QT_TRANSLATE_NOOP("DashboardDetails", "Equipment"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Kind"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Due"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Days overdue"),
        ],
        lambda t, v: [
            t.equipment_name,
            _label("MaintenanceKind", MAINTENANCE_KIND_LABELS, t.kind),
            day_text(t.due),
            str(t.days_overdue),
        ],
    ),
    RegisterLine: (
        [
            QT_TRANSLATE_NOOP("DashboardDetails", "Number"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Received"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Category"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Status"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Answered on time"),
        ],
        lambda c, v: [
            c.number,
            instant_text(c.received_at, v),
            _label("Complaints", CATEGORY_LABELS, c.category),
            _label("Complaints", STATUS_LABELS, c.status),
            yes_no(c.answer_on_time),
        ],
    ),
}


def fallback_cells(item: Any, view: View) -> list[str]:
    """An item of a kind without a formatter: its values in words, never its repr."""
    if is_dataclass(item) and not isinstance(item, type):
        return [value_text(getattr(item, f.name), view) for f in fields(item)]
    return [value_text(item, view)]


def table_lines(items: Sequence[Any], view: View, limit: int = 300) -> list[str]:
    """A header line and one line per item (the first ``limit``), columns separated by a bar."""
    if not items:
        return ["  " + _tr(NONE)]
    known = FORMATTERS.get(type(items[0]))
    lines = []
    if known is not None:
        lines.append("  " + COLUMN_GAP.join(_tr(h) for h in known[0]))
    for item in items[:limit]:
        entry = FORMATTERS.get(type(item))
        cells = entry[1](item, view) if entry is not None else fallback_cells(item, view)
        lines.append("  " + COLUMN_GAP.join(cells))
    return lines
