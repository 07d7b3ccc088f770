"""The owner's staff schedule: weekly hours per technician (with a break) and leave."""

from __future__ import annotations

import re
from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salondesk.domain.appointments import ABSENCE_LABELS
from salondesk.domain.calendar import local_date
from salondesk.domain.errors import DomainError
from salondesk.domain.schedule import AbsenceKind
from salondesk.queries import schedule as schedule_queries
from salondesk.queries.schedule import AbsenceRow, HoursRow
from salondesk.queries.staff import staff_rows
from salondesk.services import schedule as schedule_service
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext
from salondesk.ui.models.table_model import Column, RowTableModel
from salondesk.ui.widgets import common
from salondesk.ui.widgets.common import RememberingDialog

_HOURS = re.compile(
    r"^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})(?:\s+(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2}))?\s*$"
)


def parse_hours(text: str) -> tuple[time, time, time | None, time | None] | None:
    """``"10:00-19:00 13:00-14:00"`` → (start, end, break start, break end); ``""`` → None (day off).

    Raises ``ValueError`` on anything else.
    """
    if not text.strip():
        return None
    match = _HOURS.match(text)
    if match is None:
        raise ValueError(text)
    n = [int(g) if g is not None else None for g in match.groups()]
    start, end = time(n[0] or 0, n[1] or 0), time(n[2] or 0, n[3] or 0)
    if n[4] is None:
        return start, end, None, None
    return start, end, time(n[4] or 0, n[5] or 0), time(n[6] or 0, n[7] or 0)


def hours_text(row: HoursRow) -> str:
    """The inverse of :func:`parse_hours`."""
    text = f"{row.start:%H:%M}-{row.end:%H:%M}"
    if row.break_start and row.break_end:
        text += f" {row.break_start:%H:%M}-{row.break_end:%H:%M}"
    return text


class LeaveDialog(QDialog):
    """Who is off, from when to when, and why."""

    def __init__(self, people: list[tuple[int, str]], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add leave"))
        self.staff_box = QComboBox(self)
        for sid, name in people:
            self.staff_box.addItem(name, sid)
        self.first_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.last_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
        self.kind_box = QComboBox(self)
        for kind in AbsenceKind:
            self.kind_box.addItem(QCoreApplication.translate("AbsenceKind", ABSENCE_LABELS[kind.value]), kind.value)
        form = QFormLayout()
        form.addRow(self.tr("Technician:"), self.staff_box)
        form.addRow(self.tr("First day:"), self.first_edit)
        form.addRow(self.tr("Last day:"), self.last_edit)
        form.addRow(self.tr("Kind:"), self.kind_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[int, date, date, AbsenceKind]:
        """The form's values."""
        first, last = self.first_edit.date(), self.last_edit.date()
        return (
            int(self.staff_box.currentData()),
            date(first.year(), first.month(), first.day()),
            date(last.year(), last.month(), last.day()),
            AbsenceKind(self.kind_box.currentData()),
        )


class ScheduleDialog(RememberingDialog):
    """Weekly hours grid (double-click a cell: "10:00-19:00 13:00-14:00", empty = off) and leave."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tz = salon_timezone(ctx.settings)
        self.today = local_date(ctx.clock.now(), self.tz)
        self.setWindowTitle(self.tr("Staff schedule"))
        self.people = [(r.id, r.name) for r in ctx.query(staff_rows, self.today, include_inactive=False)]
        days = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        self.grid = QTableWidget(len(self.people), 7, self)
        self.grid.setHorizontalHeaderLabels(days)
        self.grid.setVerticalHeaderLabels([name for _, name in self.people])
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.cellActivated.connect(self.edit_cell)
        self.grid.cellDoubleClicked.connect(self.edit_cell)
        self.leave_model: RowTableModel[AbsenceRow] = RowTableModel(
            [
                Column(self.tr("Technician"), lambda r: r.staff_name),
                Column(self.tr("From"), lambda r: r.first_day.isoformat()),
                Column(self.tr("To"), lambda r: r.last_day.isoformat()),
                Column(self.tr("Kind"), lambda r: QCoreApplication.translate("AbsenceKind", ABSENCE_LABELS[r.kind])),
                Column(
                    self.tr("State"),
                    lambda r: self.tr("Cancelled") if r.cancelled else self.tr("Planned"),
                    foreground=lambda r: common.state_foreground(common.State.MUTED) if r.cancelled else None,
                ),
            ],
            self,
        )
        self.leave_table = QTableView(self)
        self.leave_table.setModel(self.leave_model)
        self.leave_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.leave_table.horizontalHeader().setStretchLastSection(True)
        add_leave = QPushButton(self.tr("Add &leave…"), self)
        cancel_leave = QPushButton(self.tr("&Cancel leave"), self)
        close = QPushButton(self.tr("Close"), self)
        add_leave.clicked.connect(self.add_leave)
        cancel_leave.clicked.connect(self.cancel_leave)
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(add_leave)
        bar.addWidget(cancel_leave)
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Weekly hours (double-click or Enter to change; empty = not working):"), self))
        layout.addWidget(self.grid, 2)
        layout.addWidget(QLabel(self.tr("Leave and days off, from four weeks ago:"), self))
        layout.addWidget(self.leave_table, 1)
        layout.addLayout(bar)
        self.resize(900, 560)
        self.restore_size()
        self.refresh()

    def refresh(self) -> None:
        """Reload hours and leave."""
        hours = {(h.staff_id, h.weekday): h for h in self.ctx.query(schedule_queries.weekly_hours)}
        for r, (sid, _name) in enumerate(self.people):
            for weekday in range(7):
                row = hours.get((sid, weekday))
                self.grid.setItem(r, weekday, QTableWidgetItem(hours_text(row) if row else ""))
        self.leave_rows = self.ctx.query(
            schedule_queries.absence_rows, self.today - timedelta(days=28), self.today + timedelta(days=366)
        )
        self.leave_model.set_rows(self.leave_rows)

    def edit_cell(self, row: int, weekday: int) -> None:
        """Ask for the hours of one technician on one weekday."""
        sid, name = self.people[row]
        item = self.grid.item(row, weekday)
        current = item.text() if item is not None else ""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Working hours"),
            self.tr("%1: hours and break, e.g. 10:00-19:00 13:00-14:00 (empty: not working)").replace("%1", name),
            text=current,
        )
        if ok:
            self.set_hours(sid, weekday, text)

    def set_hours(self, staff_id: int, weekday: int, text: str) -> bool:
        """Save one cell through the schedule service."""
        try:
            parsed = parse_hours(text)
        except ValueError:
            common.show_error(self, self.tr("Write the hours as 10:00-19:00, optionally followed by the break."))
            return False
        try:
            if parsed is None:
                self.ctx.run(schedule_service.set_working_hours, staff_id, weekday, None)
            else:
                self.ctx.run(schedule_service.set_working_hours, staff_id, weekday, *parsed)
        except DomainError as exc:
            common.show_error(self, exc)
            return False
        self.ctx.signals.data_changed.emit("schedule")
        self.refresh()
        return True

    def add_leave(self) -> None:
        """Record leave or a day off."""
        dialog = LeaveDialog(self.people, self.today, self)
        self.last_dialog = dialog
        if not dialog.exec():
            return
        try:
            self.ctx.run(schedule_service.add_absence, *dialog.values())
        except DomainError as exc:
            common.show_error(self, exc)
            return
        self.ctx.signals.data_changed.emit("schedule")
        self.refresh()

    def cancel_leave(self) -> None:
        """Cancel the selected leave (kept, marked cancelled)."""
        index = self.leave_table.currentIndex()
        if not index.isValid():
            return
        try:
            self.ctx.run(schedule_service.cancel_absence, self.leave_model.row_at(index.row()).id)
        except DomainError as exc:
            common.show_error(self, exc)
            return
        self.ctx.signals.data_changed.emit("schedule")
        self.refresh()
