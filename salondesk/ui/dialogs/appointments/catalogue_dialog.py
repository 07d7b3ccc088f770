"""The owner's service catalogue: list, add, edit, retire / bring back (never delete)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salondesk.domain.appointments import BUFFER_LABELS, CATEGORY_LABELS
from salondesk.domain.catalogue import BufferHolds, ServiceCategory
from salondesk.domain.errors import DomainError
from salondesk.domain.hygiene import STATION_KIND_LABELS, StationKind
from salondesk.domain.staff import CERTIFICATE_KIND_LABELS, CertificateKind
from salondesk.queries import catalogue as catalogue_queries
from salondesk.queries.catalogue import ServiceRow
from salondesk.services import catalogue as catalogue_service
from salondesk.services.catalogue import ServiceInput
from salondesk.ui.context import AppContext, error_text
from salondesk.ui.forms.ui_service_dialog import Ui_ServiceDialog
from salondesk.ui.models.table_model import Column, RowTableModel
from salondesk.ui.widgets import common
from salondesk.ui.widgets.common import RememberingDialog


def _category(value: ServiceCategory) -> str:
    return QCoreApplication.translate("ServiceCategory", CATEGORY_LABELS[value.value])


class ServiceDialog(RememberingDialog):
    """Add or edit one service."""

    def __init__(self, ctx: AppContext, row: ServiceRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.saved_id: int | None = None
        self.ui = Ui_ServiceDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Add service") if row is None else self.tr("Edit service"))
        for category in ServiceCategory:
            self.ui.categoryBox.addItem(_category(category), category.value)
        for holds in BufferHolds:
            self.ui.holdsBox.addItem(QCoreApplication.translate("BufferHolds", BUFFER_LABELS[holds.value]), holds.value)
        self.ui.certificateBox.addItem(self.tr("Any certificate"), None)
        for kind in CertificateKind:
            if kind != CertificateKind.HEALTH:
                self.ui.certificateBox.addItem(
                    QCoreApplication.translate("CertificateKind", CERTIFICATE_KIND_LABELS[kind]), kind.value
                )
        self.ui.stationBox.addItem(self.tr("No station"), None)
        for station in StationKind:
            self.ui.stationBox.addItem(
                QCoreApplication.translate("StationKind", STATION_KIND_LABELS[station]), station.value
            )
        for choice in ctx.query(catalogue_queries.equipment_choices):
            item = QListWidgetItem(choice.name)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if row and choice.id in row.equipment_ids else Qt.CheckState.Unchecked
            )
            self.ui.equipmentList.addItem(item)
        self.ui.problemLabel.setVisible(False)
        if row is not None:
            self.ui.nameEdit.setText(row.name)
            self.ui.nameZhEdit.setText(row.name_zh)
            self.ui.categoryBox.setCurrentIndex(self.ui.categoryBox.findData(row.category.value))
            self.ui.durationSpin.setValue(row.duration_min)
            self.ui.bufferSpin.setValue(row.buffer_min)
            self.ui.holdsBox.setCurrentIndex(self.ui.holdsBox.findData(row.buffer_holds.value))
            self.ui.priceSpin.setValue(float(row.price))
            self.ui.certificateBox.setCurrentIndex(
                self.ui.certificateBox.findData(row.certificate_kind.value if row.certificate_kind else None)
            )
            self.ui.stationBox.setCurrentIndex(self.ui.stationBox.findData(row.station_kind))
            self.ui.patchCheck.setChecked(row.needs_patch_test)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.watch(self.ui.nameEdit, self.ui.nameZhEdit, self.ui.durationSpin, self.ui.priceSpin)
        self.restore_size()

    def data(self) -> ServiceInput:
        """What the form says."""
        equipment = tuple(
            int(self.ui.equipmentList.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.ui.equipmentList.count())
            if self.ui.equipmentList.item(i).checkState() == Qt.CheckState.Checked
        )
        kind = self.ui.certificateBox.currentData()
        return ServiceInput(
            name=self.ui.nameEdit.text(),
            category=ServiceCategory(self.ui.categoryBox.currentData()),
            duration_min=self.ui.durationSpin.value(),
            price=Decimal(str(round(self.ui.priceSpin.value(), 2))),
            name_zh=self.ui.nameZhEdit.text(),
            buffer_min=self.ui.bufferSpin.value(),
            buffer_holds=BufferHolds(self.ui.holdsBox.currentData()),
            certificate_kind=CertificateKind(kind) if kind else None,
            needs_patch_test=self.ui.patchCheck.isChecked(),
            station_kind=self.ui.stationBox.currentData(),
            equipment_ids=equipment,
        )

    def save(self) -> None:
        """Create or update through the catalogue service."""
        try:
            if self.row is None:
                self.saved_id = self.ctx.run(catalogue_service.create_service, self.data())
            else:
                self.ctx.run(catalogue_service.update_service, self.row.id, self.data())
                self.saved_id = self.row.id
        except DomainError as exc:
            self.ui.problemLabel.setText(error_text(exc))
            self.ui.problemLabel.setVisible(True)
            return
        self._dirty = False
        self.accept()


class CatalogueDialog(RememberingDialog):
    """The whole catalogue with Add / Edit / Retire / Bring back."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Service catalogue"))

        def muted(row: ServiceRow) -> QBrush | None:
            return QBrush(QColor("#5f6368")) if row.retired_at else None

        self.model: RowTableModel[ServiceRow] = RowTableModel(
            [
                Column(self.tr("Service"), lambda r: f"{r.name}  {r.name_zh}".strip(), foreground=muted),
                Column(self.tr("Category"), lambda r: _category(r.category), foreground=muted),
                Column(self.tr("Minutes"), lambda r: r.duration_min, sort_key=lambda r: r.duration_min),
                Column(self.tr("Buffer"), self._buffer_text),
                Column(self.tr("Price"), lambda r: f"{r.price:.2f}", sort_key=lambda r: r.price),
                Column(self.tr("State"), self._state_text, foreground=self._state_colour),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.summary = QLabel(self)
        add = QPushButton(self.tr("&Add…"), self)
        edit = QPushButton(self.tr("&Edit…"), self)
        self.retire_button = QPushButton(self.tr("&Retire"), self)
        close = QPushButton(self.tr("Close"), self)
        add.clicked.connect(self.add)
        edit.clicked.connect(self.edit)
        self.retire_button.clicked.connect(self.toggle_retired)
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        for button in (add, edit, self.retire_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.resize(760, 480)
        self.restore_size()
        self.refresh()

    def _buffer_text(self, row: ServiceRow) -> str:
        if not row.buffer_min:
            return ""
        holds = QCoreApplication.translate("BufferHolds", BUFFER_LABELS[row.buffer_holds.value])
        return f"{row.buffer_min} min · {holds}"

    def _state_text(self, row: ServiceRow) -> str:
        if row.retired_at:
            return self.tr("Retired")
        if row.blocked:
            return self.tr("Equipment out of service")
        return self.tr("Bookable")

    def _state_colour(self, row: ServiceRow) -> QBrush:
        state = common.State.MUTED if row.retired_at else common.State.BAD if row.blocked else common.State.OK
        return common.state_foreground(state)

    def refresh(self) -> None:
        """Reload the list."""
        self.rows = self.ctx.query(catalogue_queries.service_rows)
        self.model.set_rows(self.rows)
        self.table.resizeColumnsToContents()
        live = sum(1 for r in self.rows if not r.retired_at)
        self.summary.setText(
            self.tr("%1 services, %2 retired.").replace("%1", str(live)).replace("%2", str(len(self.rows) - live))
            if self.rows
            else self.tr("No services yet: press Add to create the first one.")
        )
        self._update_buttons()

    def current(self) -> ServiceRow | None:
        """The selected service."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        row = self.current()
        self.retire_button.setEnabled(row is not None)
        self.retire_button.setText(self.tr("&Bring back") if row and row.retired_at else self.tr("&Retire"))

    def add(self) -> None:
        """A new service."""
        dialog = ServiceDialog(self.ctx, parent=self)
        self.last_dialog = dialog
        if dialog.exec():
            self.refresh()

    def edit(self) -> None:
        """Edit the selected service."""
        row = self.current()
        if row is None:
            return
        dialog = ServiceDialog(self.ctx, row, parent=self)
        self.last_dialog = dialog
        if dialog.exec():
            self.refresh()

    def toggle_retired(self) -> None:
        """Retire the selected service (asks first) or bring it back."""
        row = self.current()
        if row is None:
            return
        retire = row.retired_at is None
        if retire and not common.confirm(
            self,
            self.tr("Retire service"),
            self.tr("Retire %1? It can no longer be booked; its history is kept.").replace("%1", row.name),
        ):
            return
        try:
            self.ctx.run(catalogue_service.set_retired, row.id, retire)
        except DomainError as exc:
            common.show_error(self, exc)
            return
        self.refresh()
