"""The first-run wizard: the salon's basics and its owner, or the demo salon instead."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy.engine import Engine

from salondesk.db.uow import UowFactory
from salondesk.domain.calendar import local_date
from salondesk.domain.clock import Clock
from salondesk.domain.errors import DomainError
from salondesk.domain.permissions import Actor
from salondesk.domain.settings import WEEKDAYS, default_opening_hours
from salondesk.services import auth, setup
from salondesk.services.settings import system_timezone_name
from salondesk.ui.context import error_text, failure_text
from salondesk.ui.tasks import TaskRunner
from salondesk.ui.widgets.common import configure_pin_edit

PAGE_CHOICE, PAGE_SALON, PAGE_HOURS, PAGE_OWNER, PAGE_DEMO = range(5)
DEMO_SEED = 2026


def weekday_names() -> list[str]:
    """Monday … Sunday in the UI language."""
    return [
        QCoreApplication.translate("Weekday", "Monday"),
        QCoreApplication.translate("Weekday", "Tuesday"),
        QCoreApplication.translate("Weekday", "Wednesday"),
        QCoreApplication.translate("Weekday", "Thursday"),
        QCoreApplication.translate("Weekday", "Friday"),
        QCoreApplication.translate("Weekday", "Saturday"),
        QCoreApplication.translate("Weekday", "Sunday"),
    ]


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b3261e;")
    label.setWordWrap(True)
    return label


def _clear_on_edit(error: QLabel, *edits: QLineEdit) -> None:
    """A message about a field goes away once the user types in it (it is checked again at Next)."""
    for edit in edits:
        edit.textEdited.connect(lambda _text: error.clear())


class TimeZoneCombo(QComboBox):
    """Every IANA zone, type-to-find, defaulting to the computer's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zones = sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/")))
        zones.append("UTC")
        self.addItems(zones)
        completer = QCompleter(zones, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.set_zone(system_timezone_name())

    def set_zone(self, zone: str) -> None:
        """Select ``zone`` (kept as typed text when unknown: the service will say so)."""
        zone = "UTC" if zone in {"Etc/UTC", "Etc/UCT", "UCT", "Universal", "Zulu"} else zone
        index = self.findText(zone)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(zone)

    def zone(self) -> str:
        """The zone shown."""
        return self.currentText().strip()


class OpeningHoursEditor(QWidget):
    """Seven rows: open? opens at, closes at. :attr:`changed` fires on any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Open")), 0, 0)
        grid.addWidget(QLabel(self.tr("Opens at")), 0, 2)
        grid.addWidget(QLabel(self.tr("Closes at")), 0, 3)
        self.rows: dict[str, tuple[QCheckBox, QTimeEdit, QTimeEdit]] = {}
        for i, (key, name) in enumerate(zip(WEEKDAYS, weekday_names(), strict=True), start=1):
            check = QCheckBox(name)
            opens, closes = QTimeEdit(), QTimeEdit()
            for edit in (opens, closes):
                edit.setDisplayFormat("HH:mm")
            check.toggled.connect(opens.setEnabled)
            check.toggled.connect(closes.setEnabled)
            check.toggled.connect(lambda _on: self.changed.emit())
            opens.timeChanged.connect(lambda _t: self.changed.emit())
            closes.timeChanged.connect(lambda _t: self.changed.emit())
            grid.addWidget(check, i, 0, 1, 2)
            grid.addWidget(opens, i, 2)
            grid.addWidget(closes, i, 3)
            self.rows[key] = (check, opens, closes)
        grid.setColumnStretch(4, 1)
        self.set_hours(default_opening_hours())

    def set_hours(self, hours: dict[str, list[str] | None]) -> None:
        """Show ``hours`` (a weekday mapped to None is closed)."""
        for key, (check, opens, closes) in self.rows.items():
            span = hours.get(key)
            check.setChecked(bool(span))
            opens.setEnabled(bool(span))
            closes.setEnabled(bool(span))
            first, last = span if span else ["10:00", "21:00"]
            opens.setTime(QTime.fromString(first, "HH:mm"))
            closes.setTime(QTime.fromString(last, "HH:mm"))

    def hours(self) -> dict[str, list[str] | None]:
        """The hours as the settings service stores them."""
        result: dict[str, list[str] | None] = {}
        for key, (check, opens, closes) in self.rows.items():
            result[key] = (
                [opens.time().toString("HH:mm"), closes.time().toString("HH:mm")] if check.isChecked() else None
            )
        return result


class ChoicePage(QWizardPage):
    """Set up my salon, or look around in the demo salon."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to SalonDesk"))
        self.setSubTitle(self.tr("There is no salon in this database yet. How would you like to start?"))
        layout = QVBoxLayout(self)
        self.own = QRadioButton(self.tr("Set up my salon (name, time zone, opening hours, owner account)"))
        self.demo = QRadioButton(self.tr("Load the demo salon instead, to try SalonDesk with sample staff and data"))
        self.own.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.own)
        group.addButton(self.demo)
        own_note = QLabel(
            self.tr("Three short steps. You become the owner; you add your staff afterwards under Staff.")
        )
        demo_note = QLabel(
            self.tr(
                "A realistic sample salon with staff, customers and records, to explore every screen. "
                "Do not use it for real customers."
            )
        )
        for note in (own_note, demo_note):
            note.setWordWrap(True)
            note.setStyleSheet("color: #5f6368; margin-left: 24px;")
        layout.addSpacing(8)
        layout.addWidget(self.own)
        layout.addWidget(own_note)
        layout.addSpacing(16)
        layout.addWidget(self.demo)
        layout.addWidget(demo_note)
        layout.addStretch(1)

    def nextId(self) -> int:
        """The demo skips straight to its own page."""
        return PAGE_DEMO if self.demo.isChecked() else PAGE_SALON


class SalonPage(QWizardPage):
    """Name and time zone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your salon"))
        self.setSubTitle(self.tr("Days, months and report periods follow the salon's time zone."))
        form = QFormLayout(self)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.tz_combo = TimeZoneCombo()
        form.addRow(self.tr("Salon na&me:"), self.name_edit)
        form.addRow(self.tr("&Time zone:"), self.tz_combo)
        self.error = _error_label()
        form.addRow(self.error)
        _clear_on_edit(self.error, self.name_edit)
        self.tz_combo.currentIndexChanged.connect(lambda _index: self.error.clear())

    def validatePage(self) -> bool:
        """A name and a known zone."""
        if not self.name_edit.text().strip():
            self.error.setText(self.tr("Please enter the salon's name."))
            self.name_edit.setFocus()
            return False
        if self.tz_combo.zone() not in available_timezones():
            self.error.setText(self.tr("Please pick a time zone from the list."))
            self.tz_combo.setFocus()
            return False
        self.error.clear()
        return True

    def nextId(self) -> int:
        """Then the opening hours."""
        return PAGE_HOURS


class HoursPage(QWizardPage):
    """Opening hours per weekday; untick a day the salon is closed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Opening hours"))
        self.setSubTitle(self.tr("Untick the days the salon is closed. You can change this later in Settings."))
        layout = QVBoxLayout(self)
        self.editor = OpeningHoursEditor()
        layout.addWidget(self.editor)
        self.error = _error_label()
        layout.addWidget(self.error)
        self.editor.changed.connect(self.error.clear)  # the message goes once the hours are edited

    def validatePage(self) -> bool:
        """Each open day opens before it closes."""
        for key, span in self.editor.hours().items():
            if span and span[0] >= span[1]:
                day = weekday_names()[WEEKDAYS.index(key)]
                self.error.setText(self.tr("{day}: the salon must open before it closes.").format(day=day))
                return False
        self.error.clear()
        return True

    def nextId(self) -> int:
        """Then the owner."""
        return PAGE_OWNER


class OwnerPage(QWizardPage):
    """The owner's account: name and PIN (twice)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Owner account"))
        self.setSubTitle(
            self.tr("The owner manages staff, settings and backups. The PIN is 4 to 8 digits; keep it private.")
        )
        form = QFormLayout(self)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.pin_edit = QLineEdit()
        self.pin2_edit = QLineEdit()
        configure_pin_edit(self.pin_edit)
        configure_pin_edit(self.pin2_edit)
        form.addRow(self.tr("Your na&me:"), self.name_edit)
        form.addRow(self.tr("&PIN:"), self.pin_edit)
        form.addRow(self.tr("PIN &again:"), self.pin2_edit)
        self.error = _error_label()
        form.addRow(self.error)
        _clear_on_edit(self.error, self.name_edit, self.pin_edit, self.pin2_edit)

    def validatePage(self) -> bool:
        """Name present, PIN valid and typed the same twice; then the wizard creates the salon."""
        if not self.name_edit.text().strip():
            self.error.setText(self.tr("Please enter your name."))
            return False
        try:
            auth.validate_pin(self.pin_edit.text())
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return False
        if self.pin_edit.text() != self.pin2_edit.text():
            self.error.setText(self.tr("The two PINs are not the same."))
            self.pin2_edit.clear()
            self.pin2_edit.setFocus()
            return False
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        try:
            wizard.create_salon()
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return False
        self.error.clear()
        return True

    def nextId(self) -> int:
        """The last page."""
        return -1


class DemoPage(QWizardPage):
    """Explains the demo salon; Finish builds it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The demo salon"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "SalonDesk will fill this database with a sample salon: an owner, receptionists and technicians "
                "with certificates, opening hours and services. Use it to look around; to run your own salon "
                "later, start SalonDesk with a new, empty database.\n\nThe demo staff's names and PINs are "
                "listed in the README (the owner's PIN is shown when the demo is ready)."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.error = _error_label()
        layout.addWidget(self.error)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        """Build the demo (in the background, with progress) before finishing."""
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        try:
            wizard.load_demo()
        except Exception as exc:  # any failure of the generator is shown, the wizard stays open
            self.error.setText(self.tr("The demo salon could not be created: {error}").format(error=failure_text(exc)))
            return False
        return True

    def nextId(self) -> int:
        """The last page."""
        return -1


def load_demo_builder() -> Callable[..., Any]:
    """``salondesk.demo.build_demo`` (imported only when the demo is chosen)."""
    module = importlib.import_module("salondesk.demo")
    return module.build_demo  # type: ignore[no-any-return]


class FirstRunWizard(QWizard):
    """Creates the salon (settings + owner) or loads the demo.

    Afterwards :attr:`owner` (the new owner) or :attr:`demo_loaded` says which.
    """

    def __init__(
        self,
        engine: Engine,
        new_uow: UowFactory,
        clock: Clock,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.new_uow = new_uow
        self.clock = clock
        self.tasks = tasks
        self.owner: Actor | None = None
        self.demo_loaded = False
        self.demo_result: Any = None
        self.setWindowTitle(self.tr("SalonDesk — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.choice_page = ChoicePage()
        self.salon_page = SalonPage()
        self.hours_page = HoursPage()
        self.owner_page = OwnerPage()
        self.demo_page = DemoPage()
        self.setPage(PAGE_CHOICE, self.choice_page)
        self.setPage(PAGE_SALON, self.salon_page)
        self.setPage(PAGE_HOURS, self.hours_page)
        self.setPage(PAGE_OWNER, self.owner_page)
        self.setPage(PAGE_DEMO, self.demo_page)
        self.setStartId(PAGE_CHOICE)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.resize(640, 520)

    def create_salon(self) -> Actor:
        """Store the settings and the owner (the service validates everything again)."""
        data = setup.FirstRun(
            salon_name=self.salon_page.name_edit.text().strip(),
            timezone=self.salon_page.tz_combo.zone(),
            opening_hours=self.hours_page.editor.hours(),
            owner_name=self.owner_page.name_edit.text().strip(),
            owner_pin=self.owner_page.pin_edit.text(),
        )
        self.owner = setup.run_first_setup(self.new_uow(), self.clock, data)
        return self.owner

    def load_demo(self) -> None:
        """Run the demo generator through the TaskRunner while a progress dialog shows how far it is."""
        builder = load_demo_builder()
        from salondesk.demo import DEMO_TZ  # loaded by the builder already

        now = self.clock.now()  # the demo writes nothing after this instant
        today = local_date(now, ZoneInfo(DEMO_TZ))  # the demo salon's own day
        progress = QProgressDialog(self.tr("Creating the demo salon…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        outcome: dict[str, Any] = {}

        def work(emit: Callable[[int, int], None]) -> Any:
            def report(*args: Any) -> None:  # the generator may report (done, total) or (text, done, total)
                numbers = [a for a in args if isinstance(a, int)]
                if len(numbers) >= 2:
                    emit(numbers[-2], numbers[-1])

            return builder(self.engine, seed=DEMO_SEED, today=today, now=now, progress=report)

        def on_progress(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)

        from PySide6.QtCore import QEventLoop

        loop = QEventLoop(self)

        def finished(key: str, value: object) -> None:
            outcome[key] = value
            loop.quit()

        self.tasks.submit(work, lambda r: finished("result", r), lambda e: finished("error", e), on_progress)
        loop.exec()
        progress.close()
        if "error" in outcome:
            raise outcome["error"]
        self.demo_result = outcome.get("result")
        self.demo_loaded = True
