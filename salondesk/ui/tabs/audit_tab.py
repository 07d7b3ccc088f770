"""Audit trail tab (owner): one row per action, newest first, in words; the changed values of the selected one below."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salondesk.domain.calendar import days_period, local_date
from salondesk.domain.permissions import Permission
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.queries import audit as audit_queries
from salondesk.queries import staff as staff_queries
from salondesk.queries.audit import AuditAction, AuditFilter
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext
from salondesk.ui.models.table_model import Column, RowTableModel
from salondesk.ui.tabs.audit_text import change_text, entity_label, field_label, summary, value_text, when_text
from salondesk.ui.tabs.base import Tab
from salondesk.ui.widgets.common import date_display_format

DEFAULT_DAYS = 30
LIMIT = 2000


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class AuditTab(Tab):
    """Read-only: the audit trail cannot be changed from anywhere."""

    area = "audit"
    title_text = QT_TRANSLATE_NOOP("AuditTab", "Audit trail")
    required_permission = Permission.VIEW_AUDIT

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowTableModel[AuditAction] = RowTableModel(self._columns(), self)
        today = self._today()
        self.from_edit = QDateEdit(_qdate(today - timedelta(days=DEFAULT_DAYS - 1)))
        self.to_edit = QDateEdit(_qdate(today))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_display_format())
        self.staff_combo = QComboBox()
        self.entity_combo = QComboBox()
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Search values, names, numbers…"))
        self.text_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.to_edit)
        bar.addWidget(QLabel(self.tr("Staff")))
        bar.addWidget(self.staff_combo)
        bar.addWidget(QLabel(self.tr("Record")))
        bar.addWidget(self.entity_combo)
        bar.addWidget(self.text_edit, 1)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setResizeContentsPrecision(200)
        self.view.setWordWrap(True)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_details(current.row())
        )
        self.details = QTableWidget(0, 3)
        self.details.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.details.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details.verticalHeader().hide()
        self.details.setWordWrap(True)
        self.details.horizontalHeader().setStretchLastSection(True)
        self.details_title = QLabel(self.tr("Select an action to see each value it changed."))
        self.details_title.setWordWrap(True)
        details_box = QWidget()
        details_layout = QVBoxLayout(details_box)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details_title)
        details_layout.addWidget(self.details, 1)
        self.empty_label = QLabel(self.tr("No changes match. Widen the period or clear the filters."))

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(details_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.count_label)
        layout.addWidget(split, 1)
        layout.addWidget(self.empty_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.apply_filter)
        self.text_edit.textChanged.connect(lambda _t: self._debounce.start())
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self.apply_filter())
        self.staff_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.entity_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())

    def _columns(self) -> list[Column[AuditAction]]:
        tz = salon_timezone(self.ctx.settings)
        return [
            Column(self.tr("When"), lambda a: when_text(a.at, tz)),
            Column(self.tr("Who"), self._who),
            Column(self.tr("What"), lambda a: summary(a, tz), tooltip=lambda a: summary(a, tz)),
        ]

    def _who(self, action: AuditAction) -> str:
        return self.tr("the system") if action.staff_name == "system" else action.staff_name

    def show_details(self, row: int) -> None:
        """Each value the selected action wrote, before and after, in words."""
        self.details.setRowCount(0)
        if not 0 <= row < self.model.rowCount():
            self.details_title.setText(self.tr("Select an action to see each value it changed."))
            return
        action = self.model.row_at(row)
        tz = salon_timezone(self.ctx.settings)
        self.details_title.setText(summary(action, tz))
        changes = [c for c in action.changes if c.field]
        self.details.setRowCount(len(changes))
        for index, change in enumerate(changes):
            before = "" if change.old is None else value_text(action.entity, change.field, change.old, tz)
            cells = [field_label(change.field), before, value_text(action.entity, change.field, change.new, tz)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(change_text(action.entity, change, tz))
                self.details.setItem(index, column, item)
        self.details.resizeColumnsToContents()
        self.details.resizeRowsToContents()

    def _today(self) -> date:
        return local_date(self.ctx.clock.now(), salon_timezone(self.ctx.settings))

    def focus_search(self) -> bool:
        """Ctrl+F: the text filter."""
        self.text_edit.setFocus()
        self.text_edit.selectAll()
        return True

    def refresh(self) -> None:
        """Reload the filter choices (people, record kinds), then the rows."""
        self.model.set_columns(self._columns())  # the time zone may have changed
        for combo, items in (
            (self.staff_combo, [(r.name, r.id) for r in self.ctx.query(staff_queries.staff_rows, self._today())]),
            (self.entity_combo, [(entity_label(e), e) for e in self.ctx.query(audit_queries.audit_entities)]),
        ):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for label, data in items:
                combo.addItem(label, data)
            index = combo.findData(keep) if keep is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.apply_filter()

    def current_filter(self) -> AuditFilter:
        """The filter the controls describe (salon-local days → UTC instants)."""
        first, last = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        if last < first:
            first, last = last, first
        period = days_period(first, last, salon_timezone(self.ctx.settings))
        text = self.text_edit.text().strip()
        return AuditFilter(
            since=period.start,
            until=period.end,
            staff_id=self.staff_combo.currentData(),
            entity=self.entity_combo.currentData(),
            text=text or None,
            limit=LIMIT,
        )

    def apply_filter(self) -> None:
        """Query with the current filter."""
        actions = self.ctx.query(audit_queries.audit_actions, self.ctx.require_actor(), self.current_filter())
        self.model.set_rows(actions)
        for column in range(2):  # time and person fit their text; the summary takes the rest
            self.view.resizeColumnToContents(column)
        self.show_details(-1)
        self.empty_label.setVisible(not actions)
        if sum(len(a.changes) for a in actions) >= LIMIT:
            self.count_label.setText(
                self.tr("Showing the newest {n} actions; narrow the filter to see older ones.").format(n=len(actions))
            )
        else:
            self.count_label.setText(self.tr("{n} actions").format(n=len(actions)))
