"""ux.md: "Mnemonics are unique in every dialog". Opens every dialog of the app on the demo salon and
fails on a duplicate Alt-letter among the widgets a user can see at once (issue 15 item 6).

A new dialog class must be added to ``FACTORIES`` (the test fails on a dialog it cannot open).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
    QWizard,
)
from sqlalchemy.engine import Engine

import salondesk.ui
from salondesk.db.uow import uow_factory
from salondesk.demo import build_demo
from salondesk.domain.clock import FrozenClock
from salondesk.domain.complaints import EntryKind
from salondesk.domain.permissions import SYSTEM, Actor, Role
from salondesk.services import settings as settings_service
from salondesk.ui.context import AppContext
from salondesk.ui.tasks import TaskRunner

TODAY = date(2026, 11, 23)
NOW = datetime.combine(TODAY, time(6, 0), tzinfo=UTC)  # 14:00 in Shanghai
_AMP = re.compile(r"&(.)")


def mnemonic(text: str) -> str | None:
    """The Alt-letter of a label (``&&`` is a literal ampersand)."""
    for match in _AMP.finditer(text.replace("&&", "")):
        return match.group(1).lower()
    return None


def _visible_parts(root: QWidget) -> Iterator[QWidget]:
    """Widgets the user sees together: only the current page of a tab widget or wizard."""
    for child in root.findChildren(QWidget):
        if not child.isVisibleTo(root):
            continue
        yield child


def duplicates(root: QWidget, extra: list[str] | None = None) -> dict[str, list[str]]:
    """Alt-letters used more than once among the visible labels, buttons, group boxes and tabs (and ``extra``)."""
    seen: dict[str, list[str]] = {}

    def add(text: str) -> None:
        letter = mnemonic(text)
        if letter is not None:
            seen.setdefault(letter, []).append(text)

    for text in extra or []:
        add(text)
    for widget in _visible_parts(root):
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(widget, QAbstractButton):
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget.tabText(i))
    return {k: v for k, v in seen.items() if len(v) > 1}


def all_dialog_classes() -> set[type]:
    """Every dialog class defined in the UI package."""
    for module in pkgutil.walk_packages(salondesk.ui.__path__, "salondesk.ui."):
        importlib.import_module(module.name)
    found: set[type] = set()
    stack: list[type] = [QDialog]
    while stack:
        cls = stack.pop()
        for sub in cls.__subclasses__():
            stack.append(sub)
            if sub.__module__.startswith("salondesk.ui") and "forms" not in sub.__module__:
                found.add(sub)
    return found - {_remembering()}


def _remembering() -> type:
    from salondesk.ui.widgets.common import RememberingDialog

    return RememberingDialog


@pytest.fixture
def demo_ctx(engine: Engine) -> AppContext:
    build_demo(engine, seed=1, today=TODAY, customers=40, months=2)
    new_uow = uow_factory(engine)
    from salondesk.queries.staff import staff_rows

    owner = next(r for r in staff_rows(new_uow(), TODAY) if r.role == Role.OWNER)
    ctx = AppContext(
        new_uow=new_uow,
        clock=FrozenClock(NOW),
        settings=settings_service.get_settings(new_uow()),
        actor=Actor(owner.id, owner.name, Role.OWNER),
    )
    ctx.extras["engine"] = engine
    return ctx


def _factories(ctx: AppContext, tasks: TaskRunner) -> dict[str, Callable[[], QWidget]]:
    from salondesk.queries import catalogue as cq
    from salondesk.queries import complaints as cpq
    from salondesk.queries import equipment as eq
    from salondesk.queries import hygiene as hq
    from salondesk.queries import reception as rq
    from salondesk.queries import staff as sq
    from salondesk.queries.appointments import day_book
    from salondesk.queries.customers import customer_file
    from salondesk.services.settings import salon_timezone
    from salondesk.ui.dialogs.appointments.appointment_dialog import AppointmentDialog
    from salondesk.ui.dialogs.appointments.calls_dialog import ConfirmationCallsDialog
    from salondesk.ui.dialogs.appointments.catalogue_dialog import CatalogueDialog, ServiceDialog
    from salondesk.ui.dialogs.appointments.schedule_dialog import LeaveDialog, ScheduleDialog
    from salondesk.ui.dialogs.complaints.dialogs import ComplaintEntryDialog, ComplaintIntakeDialog
    from salondesk.ui.dialogs.customers.edit import CustomerDialog, PatchTestDialog
    from salondesk.ui.dialogs.customers.import_dialog import ImportDialog
    from salondesk.ui.dialogs.customers.privacy import EraseDialog, MergeDialog
    from salondesk.ui.dialogs.equipment.dialogs import (
        EquipmentDialog,
        FaultDialog,
        PlanDialog,
        StatusDialog,
        WorkDialog,
    )
    from salondesk.ui.dialogs.evidence_viewer import EvidenceViewer
    from salondesk.ui.dialogs.hygiene.dialogs import RunDialog, SignoffDialog, StationDialog, TemplateDialog
    from salondesk.ui.dialogs.reception.dialogs import (
        FinishDialog,
        RatingDialog,
        RecheckDialog,
        StartServiceDialog,
        WalkInDialog,
    )
    from salondesk.ui.dialogs.reports import CloseMonthDialog
    from salondesk.ui.dialogs.staff.dialogs import CertificateDialog, PinResetDialog, StaffDialog, TrainingDialog
    from salondesk.ui.first_run import FirstRunWizard
    from salondesk.ui.login import LoginDialog
    from salondesk.ui.tabs.dashboard_details import DetailsDialog, Section

    tz = salon_timezone(ctx.settings)
    uow = ctx.new_uow
    now = ctx.clock.now()
    snapshot = rq.queue_snapshot(uow(), now, ctx.settings, ctx.actor)
    staff = sq.staff_rows(uow(), TODAY)
    assets = eq.equipment_rows(uow(), tz, TODAY, include_scrapped=False)
    asset = assets[0]
    complaint = cpq.complaint_rows(uow(), now)[0]
    detail = cpq.complaint_detail(uow(), complaint.id, now, viewer=SYSTEM)
    customer_id = 1
    booked = [r for r in day_book(uow(), TODAY, tz, viewer=SYSTEM).appointments if r.status in ("booked", "confirmed")]
    queue_row: Any = snapshot.waiting[0] if snapshot.waiting else None
    in_service: Any = snapshot.in_service[0] if snapshot.in_service else None
    actions = hq.action_rows(uow())
    with uow() as open_uow:
        tasks_of_plans = eq.all_tasks(open_uow, tz, TODAY)
    template = hq.templates(uow())[0]

    return {
        "CrashDialog": lambda: __import__("salondesk.ui.crash", fromlist=["CrashDialog"]).CrashDialog("Traceback"),
        "LoginDialog": lambda: LoginDialog(uow, ctx.clock, "Demo"),
        "FirstRunWizard": lambda: FirstRunWizard(ctx.extras["engine"], uow, ctx.clock, tasks),
        "AppointmentDialog": lambda: AppointmentDialog(ctx, staff_id=staff[0].id, start=now),
        "AppointmentDialog (edit)": lambda: AppointmentDialog(ctx, row=booked[0]) if booked else QDialog(),
        "ConfirmationCallsDialog": lambda: ConfirmationCallsDialog(ctx, TODAY),
        "CatalogueDialog": lambda: CatalogueDialog(ctx),
        "ServiceDialog": lambda: ServiceDialog(ctx, cq.service_rows(uow())[0]),
        "LeaveDialog": lambda: LeaveDialog([(s.id, s.name) for s in staff], TODAY),
        "ScheduleDialog": lambda: ScheduleDialog(ctx),
        "ComplaintIntakeDialog": lambda: ComplaintIntakeDialog(ctx),
        "ComplaintEntryDialog": lambda: ComplaintEntryDialog(ctx, detail, EntryKind.DECISION),  # type: ignore[arg-type]
        "CustomerDialog": lambda: CustomerDialog(ctx, customer_file(uow(), ctx.require_actor(), customer_id, now)),
        "PatchTestDialog": lambda: PatchTestDialog(ctx, customer_id, "陈静"),
        "ImportDialog": lambda: ImportDialog(ctx, tasks=tasks),
        "EraseDialog": lambda: EraseDialog(ctx, customer_id, "陈静"),
        "MergeDialog": lambda: MergeDialog(ctx, customer_id, "陈静"),
        "EquipmentDialog": lambda: EquipmentDialog(ctx, asset),
        "PlanDialog": lambda: PlanDialog(ctx, asset),
        "WorkDialog": lambda: WorkDialog(ctx, asset, tasks_of_plans, eq.fault_rows(uow())),
        "FaultDialog": lambda: FaultDialog(ctx, assets),
        "StatusDialog": lambda: StatusDialog(ctx, asset),
        "RunDialog": lambda: RunDialog(ctx, template, period_day=TODAY),
        "SignoffDialog": lambda: SignoffDialog(ctx, actions[0]) if actions else QDialog(),
        "StationDialog": lambda: StationDialog(ctx),
        "TemplateDialog": lambda: TemplateDialog(ctx, template),
        "WalkInDialog": lambda: WalkInDialog(ctx, snapshot),
        "StartServiceDialog": lambda: StartServiceDialog(ctx, queue_row, snapshot) if queue_row else QDialog(),
        "FinishDialog": lambda: FinishDialog(ctx, in_service) if in_service else QDialog(),
        "RatingDialog": lambda: RatingDialog(ctx, 1),
        "RecheckDialog": lambda: RecheckDialog(ctx, customer_id, "陈静"),
        "StaffDialog": lambda: StaffDialog(ctx, staff[0]),
        "PinResetDialog": lambda: PinResetDialog(ctx, staff[0].id, staff[0].name),
        "CertificateDialog": lambda: CertificateDialog(ctx, staff[0].id, staff[0].name),
        "TrainingDialog": lambda: TrainingDialog(ctx),
        "CloseMonthDialog": lambda: CloseMonthDialog("2026-10"),
        "EvidenceViewer": lambda: EvidenceViewer(ctx, "0" * 64, "photo.jpg"),
        "DetailsDialog": lambda: DetailsDialog("R1", "R1: 0.0 %", [Section("Waits (1)", ["Customer"], [["李*"]])]),
    }


def test_every_dialog_has_unique_mnemonics(qtbot, demo_ctx: AppContext) -> None:
    tasks = TaskRunner()
    factories = _factories(demo_ctx, tasks)
    missing = {cls.__name__ for cls in all_dialog_classes()} - {name.split(" ")[0] for name in factories}
    assert not missing, f"dialogs the mnemonic test does not open: {sorted(missing)}"
    problems: dict[str, dict[str, list[str]]] = {}
    for name, make in factories.items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        if isinstance(dialog, QWizard):
            buttons = [dialog.button(b) for b in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton)]
            for page_id in dialog.pageIds():
                found = duplicates(dialog.page(page_id), [b.text() for b in buttons])
                if found:
                    problems[f"{name} page {page_id}"] = found
            dialog.close()
            continue
        found = duplicates(dialog)
        tabs = [w for w in dialog.findChildren(QTabWidget) if w.isVisibleTo(dialog)]
        for tab_widget in tabs:
            for i in range(tab_widget.count()):
                tab_widget.setCurrentIndex(i)
                found.update(duplicates(dialog))
        if found:
            problems[name] = found
        dialog.close()
    tasks.wait_idle(10_000)
    assert not problems, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_duplicates_finds_a_collision(qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    label = QLabel("&Salon name")
    edit = QLineEdit()
    label.setBuddy(edit)
    for widget in (label, edit, QPushButton("&Save"), QPushButton("Print && &close")):
        layout.addWidget(widget)
    assert duplicates(dialog) == {"s": ["&Salon name", "&Save"]}
