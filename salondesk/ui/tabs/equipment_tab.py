"""Equipment tab: the register, maintenance due/overdue, faults and the work history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salondesk.domain.calendar import local_date
from salondesk.domain.equipment import (
    EQUIPMENT_STATUS_LABELS,
    MAINTENANCE_KIND_LABELS,
    WORK_RESULT_LABELS,
    EquipmentStatus,
)
from salondesk.domain.permissions import Permission
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.queries import equipment as eq
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext
from salondesk.ui.dialogs.equipment.dialogs import EquipmentDialog, FaultDialog, PlanDialog, StatusDialog, WorkDialog
from salondesk.ui.models.table_model import Column, RowTableModel
from salondesk.ui.tabs.base import Tab
from salondesk.ui.widgets import common
from salondesk.ui.widgets.common import State, state_background, state_foreground

STATUS_STATE = {
    EquipmentStatus.IN_SERVICE: State.OK,
    EquipmentStatus.OUT_OF_SERVICE: State.BAD,
    EquipmentStatus.SCRAPPED: State.MUTED,
}
TASK_STATE = {
    eq.TaskState.OVERDUE: State.BAD,
    eq.TaskState.DUE_SOON: State.ATTENTION,
    eq.TaskState.OK: State.OK,
    eq.TaskState.DONE: State.OK,
}


def _label(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def task_state_text(task: eq.TaskRow) -> str:
    """The words next to the colour."""
    if task.state == eq.TaskState.OVERDUE:
        return QCoreApplication.translate("EquipmentTab", "Overdue by %n day(s)").replace("%n", str(task.days_overdue))
    if task.state == eq.TaskState.DUE_SOON:
        return QCoreApplication.translate("EquipmentTab", "Due soon")
    if task.state == eq.TaskState.DONE:
        return QCoreApplication.translate("EquipmentTab", "Done")
    return QCoreApplication.translate("EquipmentTab", "Planned")


class EquipmentTab(Tab):
    """Register, maintenance due, faults, history; signed work and fault reports."""

    area = "equipment"
    title_text = QT_TRANSLATE_NOOP("EquipmentTab", "Equipment")
    required_permission = Permission.REPORT_FAULT

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.pages = QTabWidget(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add equipment…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.plan_button = QPushButton(self.tr("Add &plan…"), self)
        self.work_button = QPushButton(self.tr("Record &work…"), self)
        self.fault_button = QPushButton(self.tr("Report &fault…"), self)
        self.status_button = QPushButton(self.tr("Change &status…"), self)
        for button in (
            self.add_button,
            self.edit_button,
            self.plan_button,
            self.work_button,
            self.fault_button,
            self.status_button,
        ):
            button.setMinimumHeight(36)
            bar.addWidget(button)
        bar.addStretch(1)
        self.summary = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)

        self.assets_model: RowTableModel[eq.EquipmentRow] = RowTableModel(
            [
                Column(QCoreApplication.translate("EquipmentTab", "Name"), lambda r: r.name),
                Column(QCoreApplication.translate("EquipmentTab", "Category"), lambda r: r.category),
                Column(
                    QCoreApplication.translate("EquipmentTab", "Status"),
                    self._status_text,
                    foreground=lambda r: state_foreground(STATUS_STATE[r.status]),
                    background=lambda r: state_background(STATUS_STATE[r.status]),
                    tooltip=lambda r: r.status_reason,
                ),
                Column(
                    QCoreApplication.translate("EquipmentTab", "Next due"),
                    lambda r: r.next_due.isoformat() if r.next_due else "",
                    foreground=lambda r: (
                        state_foreground(State.BAD) if r.next_due and r.next_due < self._today() else None
                    ),
                ),
                Column(QCoreApplication.translate("EquipmentTab", "Open faults"), lambda r: r.open_faults or ""),
                Column(
                    QCoreApplication.translate("EquipmentTab", "Manufacturer / model"),
                    lambda r: " ".join(x for x in (r.manufacturer, r.model) if x),
                ),
                Column(QCoreApplication.translate("EquipmentTab", "Serial number"), lambda r: r.serial or ""),
                Column(QCoreApplication.translate("EquipmentTab", "Location"), lambda r: r.location),
                Column(
                    QCoreApplication.translate("EquipmentTab", "Warranty until"),
                    lambda r: r.warranty_end.isoformat() if r.warranty_end else "",
                ),
                Column(
                    QCoreApplication.translate("EquipmentTab", "Supplier"),
                    lambda r: " · ".join(x for x in (r.supplier, r.supplier_contact) if x),
                ),
            ]
        )
        self.tasks_model: RowTableModel[eq.TaskRow] = RowTableModel(
            [
                Column(QCoreApplication.translate("EquipmentTab", "Equipment"), lambda r: r.equipment_name),
                Column(
                    QCoreApplication.translate("EquipmentTab", "Task"),
                    lambda r: _label("MaintenanceKind", MAINTENANCE_KIND_LABELS[r.kind]),
                ),
                Column(QCoreApplication.translate("EquipmentTab", "Due"), lambda r: r.due.isoformat()),
                Column(
                    QCoreApplication.translate("EquipmentTab", "State"),
                    task_state_text,
                    foreground=lambda r: state_foreground(TASK_STATE[r.state]),
                    background=lambda r: state_background(TASK_STATE[r.state]),
                    sort_key=lambda r: -r.days_overdue,
                ),
                Column(QCoreApplication.translate("EquipmentTab", "Days overdue"), lambda r: r.days_overdue or ""),
                Column(QCoreApplication.translate("EquipmentTab", "Every (days)"), lambda r: r.interval_days),
                Column(
                    QCoreApplication.translate("EquipmentTab", "Equipment status"),
                    lambda r: _label("EquipmentStatus", EQUIPMENT_STATUS_LABELS[r.equipment_status]),
                ),
            ]
        )
        self.faults_model: RowTableModel[eq.FaultRow] = RowTableModel(
            [
                Column(QCoreApplication.translate("EquipmentTab", "Reported"), lambda r: self._local(r.reported_at)),
                Column(QCoreApplication.translate("EquipmentTab", "Equipment"), lambda r: r.equipment_name),
                Column(QCoreApplication.translate("EquipmentTab", "Fault"), lambda r: r.description),
                Column(QCoreApplication.translate("EquipmentTab", "Reported by"), lambda r: r.reported_by),
                Column(
                    QCoreApplication.translate("EquipmentTab", "State"),
                    lambda r: (
                        QCoreApplication.translate("EquipmentTab", "Open")
                        if r.open
                        else QCoreApplication.translate("EquipmentTab", "Repaired")
                    ),
                    foreground=lambda r: state_foreground(State.BAD if r.open else State.OK),
                ),
                Column(
                    QCoreApplication.translate("EquipmentTab", "Back in service"),
                    lambda r: self._local(r.back_in_service_at) if r.back_in_service_at else "",
                ),
                Column(QCoreApplication.translate("EquipmentTab", "Time to repair (h)"), self._repair_hours),
            ]
        )
        self.work_model: RowTableModel[eq.WorkRow] = RowTableModel(
            [
                Column(QCoreApplication.translate("EquipmentTab", "Done at"), lambda r: self._local(r.done_at)),
                Column(QCoreApplication.translate("EquipmentTab", "Equipment"), lambda r: r.equipment_name),
                Column(
                    QCoreApplication.translate("EquipmentTab", "Work"),
                    lambda r: _label("MaintenanceKind", MAINTENANCE_KIND_LABELS[r.kind]),
                ),
                Column(
                    QCoreApplication.translate("EquipmentTab", "Was due"),
                    lambda r: r.due_date.isoformat() if r.due_date else "",
                ),
                Column(
                    QCoreApplication.translate("EquipmentTab", "On time"),
                    self._on_time_text,
                    foreground=self._on_time_fg,
                ),
                Column(QCoreApplication.translate("EquipmentTab", "Done by"), lambda r: r.done_by),
                Column(
                    QCoreApplication.translate("EquipmentTab", "Result"),
                    lambda r: _label("WorkResult", WORK_RESULT_LABELS[r.result]),
                ),
                Column(
                    QCoreApplication.translate("EquipmentTab", "Parts / cost"),
                    lambda r: " · ".join(x for x in (r.parts, r.cost) if x),
                ),
                Column(QCoreApplication.translate("EquipmentTab", "Notes"), lambda r: r.notes),
            ]
        )
        self.assets_view = common.record_table(self.assets_model, row_height=30)
        self.tasks_view = common.record_table(self.tasks_model, row_height=30)
        self.faults_view = common.record_table(self.faults_model, row_height=30)
        self.work_view = common.record_table(self.work_model, row_height=30)
        self.pages.addTab(self.assets_view, self.tr("Register"))
        self.pages.addTab(self.tasks_view, self.tr("Maintenance due"))
        self.pages.addTab(self.faults_view, self.tr("Faults"))
        self.pages.addTab(self.work_view, self.tr("Work history"))

        self.add_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.plan_button.clicked.connect(self.add_plan)
        self.work_button.clicked.connect(self.record_work)
        self.fault_button.clicked.connect(self.report_fault)
        self.status_button.clicked.connect(self.change_status)
        self.assets_view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.tasks_view.doubleClicked.connect(lambda _i: self.record_work())
        owner = ctx.can(Permission.MANAGE_EQUIPMENT)
        for button in (self.add_button, self.edit_button, self.plan_button, self.status_button):
            button.setEnabled(owner)
            if not owner:
                button.setToolTip(self.tr("Only the owner changes the register."))
        ctx.signals.data_changed.connect(lambda area: self.refresh() if area in {"equipment", "settings"} else None)
        self.refresh()

    def _today(self) -> date:
        return local_date(self.ctx.clock.now(), salon_timezone(self.ctx.settings))

    def _local(self, at: object) -> str:
        return at.astimezone(salon_timezone(self.ctx.settings)).strftime("%Y-%m-%d %H:%M")  # type: ignore[attr-defined]

    def _status_text(self, r: eq.EquipmentRow) -> str:
        text = _label("EquipmentStatus", EQUIPMENT_STATUS_LABELS[r.status])
        if r.status == EquipmentStatus.SCRAPPED and r.scrapped_on:
            text += f" {r.scrapped_on.isoformat()}"
        return text

    def _repair_hours(self, r: eq.FaultRow) -> str:
        end = r.back_in_service_at or r.repaired_at
        if end is None:
            return ""
        return f"{(end - r.reported_at).total_seconds() / 3600:.1f}"

    def _on_time_text(self, r: eq.WorkRow) -> str:
        if r.due_date is None:
            return ""
        return (
            QCoreApplication.translate("EquipmentTab", "Yes")
            if local_date(r.done_at, salon_timezone(self.ctx.settings)) <= r.due_date
            else QCoreApplication.translate("EquipmentTab", "Late")
        )

    def _on_time_fg(self, r: eq.WorkRow) -> object:
        if r.due_date is None:
            return None
        late = local_date(r.done_at, salon_timezone(self.ctx.settings)) > r.due_date
        return state_foreground(State.ATTENTION if late else State.OK)

    def refresh(self) -> None:
        """Reload every list."""
        tz = salon_timezone(self.ctx.settings)
        today = self._today()
        assets = eq.equipment_rows(self.ctx.new_uow(), tz, today)
        tasks = eq.task_rows(self.ctx.new_uow(), tz, today)
        tasks.sort(key=lambda t: (-t.days_overdue, t.due, t.equipment_name))
        self.assets_model.set_rows(assets)
        self.tasks_model.set_rows(tasks)
        self.faults_model.set_rows(eq.fault_rows(self.ctx.new_uow()))
        self.work_model.set_rows(eq.work_rows(self.ctx.new_uow()))
        overdue = sum(1 for t in tasks if t.state == eq.TaskState.OVERDUE)
        soon = sum(1 for t in tasks if t.state == eq.TaskState.DUE_SOON)
        out = sum(1 for a in assets if a.status == EquipmentStatus.OUT_OF_SERVICE)
        open_faults = sum(a.open_faults for a in assets)
        self.summary.setText(
            self.tr("%1 items · %2 overdue · %3 due within 14 days · %4 out of service · %5 open faults")
            .replace("%1", str(sum(1 for a in assets if a.status != EquipmentStatus.SCRAPPED)))
            .replace("%2", str(overdue))
            .replace("%3", str(soon))
            .replace("%4", str(out))
            .replace("%5", str(open_faults))
        )
        self.pages.setTabText(1, self.tr("Maintenance due (%1 overdue)").replace("%1", str(overdue)))
        if not assets:
            self.summary.setText(self.tr("No equipment yet: the owner adds it with “Add equipment…”."))

    def _selected_asset(self) -> eq.EquipmentRow | None:
        assets = {a.id: a for a in self.assets_model.rows()}
        views: list[tuple[QTableView, RowTableModel]] = [  # type: ignore[type-arg]
            (self.assets_view, self.assets_model),
            (self.tasks_view, self.tasks_model),
            (self.faults_view, self.faults_model),
            (self.work_view, self.work_model),
        ]
        view, model = views[self.pages.currentIndex()]
        index = view.currentIndex()
        if not index.isValid():
            return None
        row = model.row_at(index.row())
        asset_id = row.id if isinstance(row, eq.EquipmentRow) else row.equipment_id
        return assets.get(asset_id)

    def _need_asset(self) -> eq.EquipmentRow | None:
        asset = self._selected_asset()
        if asset is None:
            common.show_info(self, self.tr("Select a piece of equipment first."))
        return asset

    def new_record(self) -> None:
        """Ctrl+N: add equipment (owner) or report a fault (everyone else)."""
        if self.ctx.can(Permission.MANAGE_EQUIPMENT):
            EquipmentDialog(self.ctx, None, self).exec()
        else:
            self.report_fault()

    def edit_selected(self) -> None:
        """Edit the selected asset."""
        if not self.ctx.can(Permission.MANAGE_EQUIPMENT):
            return
        asset = self._need_asset()
        if asset is not None:
            EquipmentDialog(self.ctx, asset, self).exec()

    def add_plan(self) -> None:
        """Add a plan to the selected asset."""
        asset = self._need_asset()
        if asset is not None:
            PlanDialog(self.ctx, asset, self).exec()

    def record_work(self) -> None:
        """Record work on the selected asset's open task or fault."""
        asset = self._need_asset()
        if asset is None:
            return
        tz = salon_timezone(self.ctx.settings)
        tasks = [t for t in eq.task_rows(self.ctx.new_uow(), tz, self._today()) if t.equipment_id == asset.id]
        faults = [f for f in eq.fault_rows(self.ctx.new_uow(), asset.id) if f.open]
        if not tasks and not faults:
            common.show_info(self, self.tr("%1 has no open task or fault.").replace("%1", asset.name))
            return
        WorkDialog(self.ctx, asset, tasks, faults, self).exec()

    def report_fault(self) -> None:
        """Report a fault (anyone)."""
        asset = self._selected_asset()
        FaultDialog(self.ctx, self.assets_model.rows(), asset.id if asset else None, self).exec()

    def change_status(self) -> None:
        """Owner: change the selected asset's status."""
        asset = self._need_asset()
        if asset is not None:
            StatusDialog(self.ctx, asset, self).exec()
