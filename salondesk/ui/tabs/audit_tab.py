"""Audit trail tab (owner): every change, newest first, filtered by period, person, record kind, text."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salondesk.domain.calendar import days_period, local_date
from salondesk.domain.permissions import Permission
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.queries import audit as audit_queries
from salondesk.queries import staff as staff_queries
from salondesk.queries.audit import AuditFilter, AuditRow
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext
from salondesk.ui.models.table_model import Column, RowTableModel
from salondesk.ui.tabs.base import Tab

DEFAULT_DAYS = 30
LIMIT = 2000


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def action_labels() -> dict[str, str]:
    """Words for the audit actions the services write (others are shown as stored)."""
    return {
        "create": QCoreApplication.translate("AuditTab", "created"),
        "update": QCoreApplication.translate("AuditTab", "changed"),
        "activate": QCoreApplication.translate("AuditTab", "reactivated"),
        "deactivate": QCoreApplication.translate("AuditTab", "deactivated"),
        "login": QCoreApplication.translate("AuditTab", "logged in"),
        "lock": QCoreApplication.translate("AuditTab", "locked (wrong PINs)"),
        "reset_pin": QCoreApplication.translate("AuditTab", "PIN reset"),
        "sign": QCoreApplication.translate("AuditTab", "signed"),
        "export": QCoreApplication.translate("AuditTab", "exported"),
    }


def entity_labels() -> dict[str, str]:
    """Words for the foundation's record kinds (other areas' kinds are shown as stored)."""
    return {
        "staff": QCoreApplication.translate("AuditTab", "staff member"),
        "certificate": QCoreApplication.translate("AuditTab", "certificate"),
        "training": QCoreApplication.translate("AuditTab", "training"),
        "setting": QCoreApplication.translate("AuditTab", "setting"),
    }


class AuditTab(Tab):
    """Read-only: the audit trail cannot be changed from anywhere."""

    area = "audit"
    title_text = QT_TRANSLATE_NOOP("AuditTab", "Audit trail")
    required_permission = Permission.VIEW_AUDIT

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model: RowTableModel[AuditRow] = RowTableModel(self._columns(), self)
        today = self._today()
        self.from_edit = QDateEdit(_qdate(today - timedelta(days=DEFAULT_DAYS - 1)))
        self.to_edit = QDateEdit(_qdate(today))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.staff_combo = QComboBox()
        self.entity_combo = QComboBox()
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Search values, fields, ids…"))
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
        self.empty_label = QLabel(self.tr("No changes match. Widen the period or clear the filters."))

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
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

    def _columns(self) -> list[Column[AuditRow]]:
        tz = salon_timezone(self.ctx.settings)
        actions, entities = action_labels(), entity_labels()
        return [
            Column(self.tr("When"), lambda r: r.at.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S")),
            Column(self.tr("Who"), lambda r: r.staff_name),
            Column(self.tr("Action"), lambda r: actions.get(r.action, r.action)),
            Column(self.tr("Record"), lambda r: entities.get(r.entity, r.entity)),
            Column(self.tr("Id"), lambda r: r.entity_id),
            Column(self.tr("Field"), lambda r: r.field),
            Column(self.tr("Old value"), lambda r: r.old_value or "", tooltip=lambda r: r.old_value),
            Column(self.tr("New value"), lambda r: r.new_value or "", tooltip=lambda r: r.new_value),
        ]

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
            (self.entity_combo, [(entity_labels().get(e, e), e) for e in self.ctx.query(audit_queries.audit_entities)]),
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
        rows = self.ctx.query(audit_queries.audit_rows, self.ctx.require_actor(), self.current_filter())
        self.model.set_rows(rows)
        for column in range(6):  # the short columns fit their text; the values take the rest
            self.view.resizeColumnToContents(column)
        self.empty_label.setVisible(not rows)
        if len(rows) >= LIMIT:
            self.count_label.setText(
                self.tr("Showing the newest {n} changes; narrow the filter to see older ones.").format(n=LIMIT)
            )
        else:
            self.count_label.setText(self.tr("{n} changes").format(n=len(rows)))
