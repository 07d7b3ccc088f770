"""The records behind a dashboard tile or point as translated tables: one small formatter per kind of item.

Nothing here may show a repr: an item of an unknown kind falls back to a row of its values in words.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from salondesk.domain.complaints import CATEGORY_LABELS, DEADLINE_LABELS, STATUS_LABELS
from salondesk.domain.equipment import MAINTENANCE_KIND_LABELS, TASK_STATE_LABELS
from salondesk.domain.figures import Count, Rate, Score
from salondesk.domain.figures.complaints import RegisterLine
from salondesk.domain.figures.equipment import DueTask, OverdueTask
from salondesk.domain.figures.hygiene import ActionRow, PeriodState, RequiredRun
from salondesk.domain.figures.quality import MonthRatings
from salondesk.domain.figures.reception import WaitItem
from salondesk.domain.figures.training import StaffFact
from salondesk.domain.hygiene import FREQUENCY_LABELS
from salondesk.domain.permissions import ROLE_LABELS
from salondesk.domain.reception import wait_clock_text
from salondesk.domain.visits import VisitState
from salondesk.i18n import QT_TRANSLATE_NOOP, label_text
from salondesk.queries.complaints import ComplaintRow
from salondesk.queries.equipment import TaskRow
from salondesk.queries.hygiene import BoardRow
from salondesk.queries.reception import OverLimitWait, QueueRow
from salondesk.ui.i18n import current_language
from salondesk.ui.widgets.common import day_text as common_day_text

CONTEXT = "DashboardDetails"
NONE = QT_TRANSLATE_NOOP("DashboardDetails", "none")

# what became of a wait over 15 minutes (the dashboard's words; the reception tab has its own columns)
WAIT_OUTCOME_LABELS = {
    VisitState.WAITING: QT_TRANSLATE_NOOP("DashboardDetails", "still waiting"),
    VisitState.IN_SERVICE: QT_TRANSLATE_NOOP("DashboardDetails", "served late"),
    VisitState.DONE: QT_TRANSLATE_NOOP("DashboardDetails", "served late"),
    VisitState.LEFT: QT_TRANSLATE_NOOP("DashboardDetails", "left without service"),
}
PERIOD_STATE_LABELS = {
    PeriodState.DONE: QT_TRANSLATE_NOOP("DashboardDetails", "done"),
    PeriodState.LATE: QT_TRANSLATE_NOOP("DashboardDetails", "late entry"),
    PeriodState.MISSED: QT_TRANSLATE_NOOP("DashboardDetails", "missed"),
    PeriodState.DUE: QT_TRANSLATE_NOOP("DashboardDetails", "due"),
}


@dataclass(frozen=True)
class View:
    """How to show values: the salon's time zone and names that need the area's data."""

    tz: tzinfo
    now: datetime | None = None  # when "missed" is judged (live tiles)
    template_names: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # key → (English, Chinese)

    @property
    def chinese(self) -> bool:
        """Whether names with an English and a Chinese version show the Chinese one."""
        return current_language().startswith("zh")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _label(context: str, labels: Mapping[Any, str], value: Any) -> str:
    return label_text(QCoreApplication.translate, context, labels, value)


def day_text(day: date | None) -> str:
    """A date in the UI language's one format (ux.md); a dash for none."""
    return "—" if day is None else common_day_text(day)


def period_text(first: date, last: date) -> str:
    """One day, or the first and last day of a week or month, in the UI format."""
    return day_text(first) if first == last else f"{day_text(first)} – {day_text(last)}"


def instant_text(at: datetime | None, view: View) -> str:
    """An instant as the salon's local date and time in the UI language's format."""
    if at is None:
        return "—"
    local = at.astimezone(view.tz)
    return f"{common_day_text(local.date())} {local:%H:%M}"


def yes_no(value: bool | None) -> str:
    """A yes/no cell in words; ``None`` (not decided yet) reads as pending."""
    if value is None:
        return _tr(QT_TRANSLATE_NOOP("DashboardDetails", "pending"))
    return (
        _tr(QT_TRANSLATE_NOOP("DashboardDetails", "yes")) if value else _tr(QT_TRANSLATE_NOOP("DashboardDetails", "no"))
    )


def rate_text(rate: Rate) -> str:
    """``97.9 % (47/48)`` or ``n/a (0/0)`` with "n/a" in the UI language."""
    return rate.text(na=QCoreApplication.translate("Report", "n/a"))


def value_text(value: Any, view: View) -> str:
    """Any value in words: dates in the UI format, waits as minutes:seconds, figures as their text."""
    if isinstance(value, datetime):
        return instant_text(value, view)
    if isinstance(value, date):
        return day_text(value)
    if isinstance(value, timedelta):
        return wait_clock_text(value)
    if isinstance(value, Rate):
        return rate_text(value)
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

OVERDUE_TASK: tuple[Headers, Formatter] = (
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
)

FORMATTERS: dict[type, tuple[Headers, Formatter]] = {
    WaitItem: (
        [
            QT_TRANSLATE_NOOP("DashboardDetails", "Date"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Customer"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Technician"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Wait (min:s)"),
        ],
        lambda w, v: [
            day_text(w.day),
            w.name,
            w.technician or "—",
            wait_clock_text(w.wait) if w.wait else f"{w.wait_minutes}",
        ],
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
            period_text(r.first, r.last),
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
        lambda m, v: [
            m.month,
            rate_text(m.satisfaction),
            value_text(m.nps, v),
            rate_text(m.hygiene),
            rate_text(m.privacy),
        ],
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
            _label("TaskState", TASK_STATE_LABELS, t.state),
        ],
    ),
    OverdueTask: OVERDUE_TASK,
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
    QueueRow: (
        [
            QT_TRANSLATE_NOOP("DashboardDetails", "Customer"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Waiting since"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Service"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Requested technician"),
        ],
        lambda q, v: [q.name, instant_text(q.wait_start, v), q.service_name or "—", q.requested_staff or "—"],
    ),
    OverLimitWait: (
        [
            QT_TRANSLATE_NOOP("DashboardDetails", "Customer"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Waiting since"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Wait (min:s)"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Then"),
        ],
        lambda w, v: [
            w.name,
            instant_text(w.wait_start, v),
            wait_clock_text(w.waited),
            _label(CONTEXT, WAIT_OUTCOME_LABELS, w.outcome),
        ],
    ),
    BoardRow: (
        [
            QT_TRANSLATE_NOOP("DashboardDetails", "Checklist"),
            QT_TRANSLATE_NOOP("DashboardDetails", "How often"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Period"),
            QT_TRANSLATE_NOOP("DashboardDetails", "State"),
        ],
        lambda b, v: [
            b.name(current_language()),
            _label("Frequency", FREQUENCY_LABELS, b.frequency),
            period_text(b.first, b.last),
            _label(CONTEXT, PERIOD_STATE_LABELS, b.state),
        ],
    ),
    ComplaintRow: (
        [
            QT_TRANSLATE_NOOP("DashboardDetails", "Number"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Received"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Customer"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Category"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Status"),
            QT_TRANSLATE_NOOP("DashboardDetails", "Deadline missed"),
        ],
        lambda c, v: [
            c.number,
            instant_text(c.received_at, v),
            c.customer or "—",
            _label("Complaints", CATEGORY_LABELS, c.category),
            _label("Complaints", STATUS_LABELS, c.status),
            missed_deadlines(c, v),
        ],
    ),
    TaskRow: OVERDUE_TASK,  # the live tile lists the same facts as the month's overdue list
}


def missed_deadlines(row: ComplaintRow, view: View) -> str:
    """The deadlines a complaint has missed by ``view.now``, in words."""
    missed = [d.kind for d in row.clocks if view.now is not None and d.missed(view.now)]
    return ", ".join(_label("Complaints", DEADLINE_LABELS, kind) for kind in missed) or "—"


def fallback_cells(item: Any, view: View) -> list[str]:
    """An item of a kind without a formatter: its values in words, never its repr."""
    if is_dataclass(item) and not isinstance(item, type):
        return [value_text(getattr(item, f.name), view) for f in fields(item)]
    return [value_text(item, view)]


@dataclass(frozen=True)
class Section:
    """One titled table of the records behind a figure or tile."""

    title: str
    headers: list[str]
    rows: list[list[str]]


def section(title: str, items: Sequence[Any], view: View, limit: int = 300) -> Section:
    """A translated table of ``items`` (the first ``limit``) under ``title``, its count in the title."""
    items = list(items)
    known = FORMATTERS.get(type(items[0])) if items else None
    headers = [_tr(h) for h in known[0]] if known is not None else []
    rows = []
    for item in items[:limit]:
        entry = FORMATTERS.get(type(item))
        rows.append(entry[1](item, view) if entry is not None else fallback_cells(item, view))
    if not headers and rows:
        headers = [""] * len(rows[0])
    return Section(f"{title} ({len(items)})", headers, rows)


class DetailsDialog(QDialog):
    """A summary line and one read-only table per section; an empty section says "none"."""

    def __init__(self, title: str, summary: str, sections: Sequence[Section], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box = QVBoxLayout(self)
        if summary:
            heading = QLabel(summary, self)
            heading.setObjectName("summary")
            heading.setStyleSheet("font-weight: bold;")
            box.addWidget(heading)
        self.tables: list[QTableWidget] = []
        for part in sections:
            box.addWidget(QLabel(part.title, self))
            if not part.rows:
                box.addWidget(QLabel("  " + _tr(NONE), self))
                continue
            table = QTableWidget(len(part.rows), len(part.headers), self)
            table.setObjectName("details")
            table.setHorizontalHeaderLabels(part.headers)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setAlternatingRowColors(True)
            table.verticalHeader().hide()
            table.setWordWrap(True)
            for r, cells in enumerate(part.rows):
                for c, cell in enumerate(cells):
                    table.setItem(r, c, QTableWidgetItem(cell))
            table.resizeColumnsToContents()
            table.horizontalHeader().setStretchLastSection(True)
            box.addWidget(table, 1)
            self.tables.append(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.resize(760, 460)

    def text(self) -> str:
        """Everything the dialog shows, as plain text (for tests and copying)."""
        parts = [label.text() for label in self.findChildren(QLabel)]
        for table in self.tables:
            columns = range(table.columnCount())
            parts.append(" | ".join(getattr(table.horizontalHeaderItem(c), "text", str)() for c in columns))
            for r in range(table.rowCount()):
                parts.append(" | ".join(getattr(table.item(r, c), "text", str)() for c in columns))
        return "\n".join(parts)
