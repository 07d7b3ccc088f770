"""Equipment dialogs: register an asset, add a plan, record signed work, report a fault, change status.

The forms (``forms/equipment_*.ui``) hold layout only; texts are set here via ``self.tr``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QWidget

from salondesk.domain.calendar import local_date
from salondesk.domain.equipment import (
    DEFAULT_OVERHAUL_DAYS,
    EQUIPMENT_STATUS_LABELS,
    MAINTENANCE_KIND_LABELS,
    WORK_RESULT_LABELS,
    EquipmentStatus,
    MaintenanceKind,
    WorkResult,
)
from salondesk.domain.errors import DomainError
from salondesk.queries import equipment as eq
from salondesk.queries import hygiene as hq
from salondesk.services import auth
from salondesk.services import equipment as svc
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext, error_text
from salondesk.ui.forms.ui_equipment_edit import Ui_EquipmentEditDialog
from salondesk.ui.forms.ui_equipment_fault import Ui_EquipmentFaultDialog
from salondesk.ui.forms.ui_equipment_plan import Ui_EquipmentPlanDialog
from salondesk.ui.forms.ui_equipment_status import Ui_EquipmentStatusDialog
from salondesk.ui.forms.ui_equipment_work import Ui_EquipmentWorkDialog
from salondesk.ui.widgets import common
from salondesk.ui.widgets.common import RememberingDialog, configure_pin_edit, date_display_format

NO_DATE = QDate(2000, 1, 1)


def label(context: str, text: str) -> str:
    """A core label in the UI language."""
    return QCoreApplication.translate(context, text)


def _today(ctx: AppContext) -> date:
    return local_date(ctx.clock.now(), salon_timezone(ctx.settings))


def _set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("EquipmentDialogs", "—"))
    edit.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))
    edit.setDisplayFormat(date_display_format())


def _get_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


def _staff(ctx: AppContext, combo: object) -> None:
    combo.clear()  # type: ignore[attr-defined]
    combo.addItem(QCoreApplication.translate("EquipmentDialogs", "— pick your name —"), None)  # type: ignore[attr-defined]
    for person in auth.active_staff(ctx.new_uow()):
        combo.addItem(person.name, person.id)  # type: ignore[attr-defined]
    if ctx.actor is not None:
        combo.setCurrentIndex(max(0, combo.findData(ctx.actor.staff_id)))  # type: ignore[attr-defined]


class EquipmentDialog(RememberingDialog):
    """Add an asset to the register or edit its fields."""

    def __init__(self, ctx: AppContext, row: eq.EquipmentRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.saved_id: int | None = None
        self.ui = Ui_EquipmentEditDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Add equipment") if row is None else self.tr("Edit equipment"))
        texts = {
            self.ui.nameEditLabel: self.tr("&Name:"),
            self.ui.categoryEditLabel: self.tr("&Category:"),
            self.ui.locationEditLabel: self.tr("&Location:"),
            self.ui.stationComboLabel: self.tr("S&tation:"),
            self.ui.manufacturerEditLabel: self.tr("&Manufacturer:"),
            self.ui.modelEditLabel: self.tr("M&odel:"),
            self.ui.serialEditLabel: self.tr("Se&rial number:"),
            self.ui.purchaseDateEditLabel: self.tr("&Purchased:"),
            self.ui.inServiceDateEditLabel: self.tr("&In service since:"),
            self.ui.warrantyEndEditLabel: self.tr("&Warranty until:"),
            self.ui.supplierEditLabel: self.tr("Suppli&er:"),
            self.ui.supplierContactEditLabel: self.tr("Supplier cont&act:"),
        }
        for widget, text in texts.items():
            widget.setText(text)
        self.ui.stationCombo.addItem(self.tr("— none —"), None)
        for station in hq.stations(ctx.new_uow()):
            self.ui.stationCombo.addItem(station.name, station.id)
        _set_date(self.ui.purchaseDateEdit, row.purchase_date if row else None)
        _set_date(self.ui.inServiceDateEdit, row.in_service_date if row else None)
        _set_date(self.ui.warrantyEndEdit, row.warranty_end if row else None)
        if row is not None:
            self.ui.nameEdit.setText(row.name)
            self.ui.categoryEdit.setText(row.category)
            self.ui.locationEdit.setText(row.location)
            self.ui.stationCombo.setCurrentIndex(max(0, self.ui.stationCombo.findData(row.station_id)))
            self.ui.manufacturerEdit.setText(row.manufacturer)
            self.ui.modelEdit.setText(row.model)
            self.ui.serialEdit.setText(row.serial or "")
            self.ui.supplierEdit.setText(row.supplier)
            self.ui.supplierContactEdit.setText(row.supplier_contact)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.watch(self.ui.nameEdit, self.ui.serialEdit, self.ui.modelEdit, self.ui.supplierEdit)
        self.restore_size()

    def data(self) -> svc.EquipmentInput:
        """What is typed."""
        return svc.EquipmentInput(
            name=self.ui.nameEdit.text(),
            category=self.ui.categoryEdit.text(),
            location=self.ui.locationEdit.text(),
            station_id=self.ui.stationCombo.currentData(),
            manufacturer=self.ui.manufacturerEdit.text(),
            model=self.ui.modelEdit.text(),
            serial=self.ui.serialEdit.text(),
            purchase_date=_get_date(self.ui.purchaseDateEdit),
            in_service_date=_get_date(self.ui.inServiceDateEdit),
            warranty_end=_get_date(self.ui.warrantyEndEdit),
            supplier=self.ui.supplierEdit.text(),
            supplier_contact=self.ui.supplierContactEdit.text(),
        )

    def save(self) -> None:
        """Save through the service."""
        try:
            if self.row is None:
                self.saved_id = self.ctx.run(svc.add_equipment, self.data())
            else:
                self.ctx.run(svc.update_equipment, self.row.id, self.data())
                self.saved_id = self.row.id
        except DomainError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            return
        self.ctx.signals.data_changed.emit("equipment")
        self.accept()


class PlanDialog(RememberingDialog):
    """Add a recurring maintenance task (default: overhaul every 91 days)."""

    def __init__(self, ctx: AppContext, asset: eq.EquipmentRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.asset = asset
        self.ui = Ui_EquipmentPlanDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Add maintenance plan"))
        self.ui.headerLabel.setText(asset.name)
        self.ui.kindComboLabel.setText(self.tr("&Kind:"))
        self.ui.intervalSpinLabel.setText(self.tr("&Every (days):"))
        self.ui.firstDueEditLabel.setText(self.tr("&First due:"))
        for kind in MaintenanceKind:
            if kind != MaintenanceKind.REPAIR:
                self.ui.kindCombo.addItem(label("MaintenanceKind", MAINTENANCE_KIND_LABELS[kind]), kind.value)
        self.ui.intervalSpin.setValue(DEFAULT_OVERHAUL_DAYS)
        first = _today(ctx)
        self.ui.firstDueEdit.setDate(QDate(first.year, first.month, first.day))
        self.ui.firstDueEdit.setDisplayFormat(date_display_format())
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.restore_size()

    def save(self) -> None:
        """Add through the service."""
        due = self.ui.firstDueEdit.date()
        try:
            self.ctx.run(
                svc.add_plan,
                self.asset.id,
                MaintenanceKind(self.ui.kindCombo.currentData()),
                date(due.year(), due.month(), due.day()),
                self.ui.intervalSpin.value(),
            )
        except DomainError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            return
        self.ctx.signals.data_changed.emit("equipment")
        self.accept()


class WorkDialog(RememberingDialog):
    """Record maintenance or a repair, signed with the doer's PIN (time is the clock's)."""

    def __init__(
        self,
        ctx: AppContext,
        asset: eq.EquipmentRow,
        tasks: list[eq.TaskRow],
        faults: list[eq.FaultRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.asset = asset
        self.ui = Ui_EquipmentWorkDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Record maintenance work"))
        self.ui.headerLabel.setText(asset.name)
        for widget, text in {
            self.ui.taskComboLabel: self.tr("&For:"),
            self.ui.resultComboLabel: self.tr("&Result:"),
            self.ui.partsEditLabel: self.tr("&Parts:"),
            self.ui.costEditLabel: self.tr("&Cost:"),
            self.ui.notesEditLabel: self.tr("&Notes:"),
            self.ui.signerComboLabel: self.tr("Done &by:"),
            self.ui.pinEditLabel: self.tr("Your P&IN:"),
        }.items():
            widget.setText(text)
        for task in tasks:
            kind = label("MaintenanceKind", MAINTENANCE_KIND_LABELS[task.kind])
            self.ui.taskCombo.addItem(
                self.tr("%1 due %2").replace("%1", kind).replace("%2", task.due.isoformat()), ("plan", task.plan_id)
            )
        for fault in faults:
            self.ui.taskCombo.addItem(self.tr("Repair: %1").replace("%1", fault.description), ("fault", fault.id))
        for result in WorkResult:
            self.ui.resultCombo.addItem(label("WorkResult", WORK_RESULT_LABELS[result]), result.value)
        _staff(ctx, self.ui.signerCombo)
        configure_pin_edit(self.ui.pinEdit)
        self.ui.costEdit.setPlaceholderText("0.00")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.taskCombo.currentIndexChanged.connect(self._task_changed)
        self._task_changed()
        self.watch(self.ui.partsEdit, self.ui.costEdit)
        self.restore_size()

    def _task_changed(self, *_args: object) -> None:
        data = self.ui.taskCombo.currentData()
        if data and data[0] == "fault":
            self.ui.resultCombo.setCurrentIndex(self.ui.resultCombo.findData(WorkResult.REPAIRED.value))

    def save(self) -> None:
        """Sign through the service."""
        data = self.ui.taskCombo.currentData()
        signer = self.ui.signerCombo.currentData()
        if data is None:
            self.ui.errorLabel.setText(self.tr("This asset has no open task or fault."))
            return
        if signer is None:
            self.ui.errorLabel.setText(self.tr("Pick your name first."))
            return
        kind, ref = data
        work = svc.WorkInput(
            equipment_id=self.asset.id,
            result=WorkResult(self.ui.resultCombo.currentData()),
            plan_id=ref if kind == "plan" else None,
            fault_id=ref if kind == "fault" else None,
            parts=self.ui.partsEdit.text(),
            cost=self.ui.costEdit.text(),
            notes=self.ui.notesEdit.toPlainText(),
        )
        try:
            self.ctx.run(svc.record_work, work, int(signer), self.ui.pinEdit.text(), write_lock=True)
        except DomainError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            self.ui.pinEdit.clear()
            return
        self.ctx.signals.data_changed.emit("equipment")
        self.accept()


class FaultDialog(RememberingDialog):
    """Anyone reports a fault; optionally the asset is taken out of service at once."""

    def __init__(
        self, ctx: AppContext, assets: list[eq.EquipmentRow], selected: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_EquipmentFaultDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Report a fault"))
        self.ui.headerLabel.setText(self.tr("A fault report opens a repair job."))
        self.ui.assetComboLabel.setText(self.tr("&Equipment:"))
        self.ui.descriptionEditLabel.setText(self.tr("&What is wrong:"))
        self.ui.outOfServiceCheckLabel.setText("")
        self.ui.outOfServiceCheck.setText(self.tr("Take it &out of service now (bookings that need it are blocked)"))
        self.ui.outOfServiceCheck.setChecked(True)
        for asset in assets:
            if asset.status != EquipmentStatus.SCRAPPED:
                self.ui.assetCombo.addItem(asset.name, asset.id)
        if selected is not None:
            self.ui.assetCombo.setCurrentIndex(max(0, self.ui.assetCombo.findData(selected)))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Report"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.restore_size()

    def save(self) -> None:
        """Report through the service."""
        try:
            self.ctx.run(
                svc.report_fault,
                self.ui.assetCombo.currentData(),
                self.ui.descriptionEdit.toPlainText(),
                self.ui.outOfServiceCheck.isChecked(),
            )
        except DomainError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            return
        self.ctx.signals.data_changed.emit("equipment")
        self.accept()


class StatusDialog(RememberingDialog):
    """Owner: take out of service, put back, or scrap — always with a reason."""

    def __init__(self, ctx: AppContext, asset: eq.EquipmentRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.asset = asset
        self.ui = Ui_EquipmentStatusDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Change status"))
        self.ui.headerLabel.setText(asset.name)
        self.ui.statusComboLabel.setText(self.tr("&New status:"))
        self.ui.reasonEditLabel.setText(self.tr("&Reason:"))
        for status in EquipmentStatus:
            if status != asset.status:
                self.ui.statusCombo.addItem(label("EquipmentStatus", EQUIPMENT_STATUS_LABELS[status]), status.value)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.restore_size()

    def save(self) -> None:
        """Change through the service (scrapping asks first: it cannot be undone)."""
        status = EquipmentStatus(self.ui.statusCombo.currentData())
        if status == EquipmentStatus.SCRAPPED and not common.confirm(
            self,
            self.tr("Scrap equipment"),
            self.tr("Scrap %1? It stays in the register with its history but can never be used again.").replace(
                "%1", self.asset.name
            ),
            destructive=True,
        ):
            return
        try:
            self.ctx.run(
                svc.set_status,
                self.asset.id,
                EquipmentStatus(self.ui.statusCombo.currentData()),
                self.ui.reasonEdit.text(),
            )
        except DomainError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            return
        self.ctx.signals.data_changed.emit("equipment")
        self.accept()
