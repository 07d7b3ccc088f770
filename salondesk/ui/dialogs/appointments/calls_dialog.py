"""Confirmation calls: a day's appointments with phones; record each call's outcome; print the list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from salondesk import config
from salondesk.domain.appointments import CALL_LABELS, NOT_CALLED, CallOutcome
from salondesk.domain.errors import DomainError
from salondesk.queries import appointments as book_queries
from salondesk.queries.appointments import CallRow
from salondesk.services import appointments as book_service
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext
from salondesk.ui.models.table_model import Column, RowTableModel
from salondesk.ui.widgets import common
from salondesk.ui.widgets.common import RememberingDialog
from salondesk.ui.widgets.day_view import status_word


class ConfirmationCallsDialog(RememberingDialog):
    """The call list for ``day`` (tomorrow, from the book's toolbar)."""

    def __init__(self, ctx: AppContext, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.day = day
        self.tz = salon_timezone(ctx.settings)
        self.setWindowTitle(self.tr("Confirmation calls for %1").replace("%1", day.isoformat()))
        self.model: RowTableModel[CallRow] = RowTableModel(
            [
                Column(self.tr("Time"), lambda c: f"{c.appointment.start.astimezone(self.tz):%H:%M}"),
                Column(self.tr("Customer"), lambda c: c.appointment.customer_name),
                Column(self.tr("Phone"), lambda c: c.appointment.phone),
                Column(self.tr("Service"), self._service_name),
                Column(self.tr("Technician"), lambda c: c.appointment.staff_name),
                Column(self.tr("Status"), lambda c: status_word(c.appointment.status)),
                Column(self.tr("Last call"), self._call_text),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self)
        self.buttons: dict[CallOutcome, QPushButton] = {}
        bar = QHBoxLayout()
        for outcome, text in (
            (CallOutcome.CONFIRMED, self.tr("&Confirmed")),
            (CallOutcome.LEFT_MESSAGE, self.tr("&Left message")),
            (CallOutcome.NO_ANSWER, self.tr("&No answer")),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _c=False, o=outcome: self.record(o))
            bar.addWidget(button)
            self.buttons[outcome] = button
        bar.addStretch(1)
        self.print_button = QPushButton(self.tr("&Print list…"), self)
        self.print_button.clicked.connect(self.print_list)
        bar.addWidget(self.print_button)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.resize(820, 460)
        self.restore_size()
        self.refresh()

    def _service_name(self, call: CallRow) -> str:
        row = call.appointment
        return row.service_name_zh if self.tr("Time") != "Time" and row.service_name_zh else row.service_name

    def _call_text(self, call: CallRow) -> str:
        if call.last_outcome is None:
            return QCoreApplication.translate("CallOutcome", NOT_CALLED)
        text = QCoreApplication.translate("CallOutcome", CALL_LABELS[call.last_outcome])
        assert call.last_call_at is not None
        return f"{text} ({call.last_call_at.astimezone(self.tz):%H:%M}, ×{call.calls})"

    def refresh(self) -> None:
        """Reload the list, keeping the selection's row."""
        row = self.table.currentIndex().row()
        self.rows = self.ctx.query(book_queries.confirmation_calls, self.day, self.tz, viewer=self.ctx.actor)
        self.model.set_rows(self.rows)
        self.table.resizeColumnsToContents()
        if self.rows:
            self.table.selectRow(min(max(row, 0), len(self.rows) - 1))
        done = sum(1 for r in self.rows if r.last_outcome == CallOutcome.CONFIRMED)
        self.summary.setText(
            self.tr("%1 appointments to confirm, %2 confirmed by phone.")
            .replace("%1", str(len(self.rows)))
            .replace("%2", str(done))
            if self.rows
            else self.tr("No appointments to confirm for this day.")
        )

    def record(self, outcome: CallOutcome) -> None:
        """Record the selected line's call outcome, then move to the next line."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        call = self.model.row_at(index.row())
        try:
            self.ctx.run(book_service.record_call, call.appointment.id, outcome)
        except DomainError as exc:
            common.show_error(self, exc)
            return
        self.ctx.signals.data_changed.emit("appointments")
        self.refresh()
        if index.row() + 1 < len(self.rows):
            self.table.selectRow(index.row() + 1)

    def pdf_path(self) -> str:
        """Write the printable list and return its path."""
        from salondesk.reports.confirmations import render_confirmations

        lang = "zh_CN" if self.tr("Time") != "Time" else "en"
        path = config.data_dir() / "reports" / f"confirmations-{self.day.isoformat()}.pdf"
        render_confirmations(self.rows, self.day, self.tz, path, lang, self.ctx.clock.now())
        return str(path)

    def print_list(self) -> None:
        """Open the PDF in the system viewer for printing."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.pdf_path()))
