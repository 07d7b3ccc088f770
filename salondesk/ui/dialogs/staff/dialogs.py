"""Owner dialogs for staff: a person, their PIN, a certificate, a training session."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from salondesk.domain.calendar import local_date
from salondesk.domain.errors import DomainError
from salondesk.domain.permissions import ROLE_LABELS, Role
from salondesk.domain.staff import ASSESSMENT_LABELS, CERTIFICATE_KIND_LABELS, Assessment, AttendanceResult
from salondesk.queries import staff as staff_queries
from salondesk.queries.staff import StaffRow, TrainingRow
from salondesk.services import auth
from salondesk.services import staff as staff_service
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext, error_text
from salondesk.ui.forms.ui_certificate_dialog import Ui_CertificateDialog
from salondesk.ui.forms.ui_pin_reset_dialog import Ui_PinResetDialog
from salondesk.ui.forms.ui_staff_dialog import Ui_StaffDialog
from salondesk.ui.forms.ui_training_dialog import Ui_TrainingDialog
from salondesk.ui.widgets.common import RememberingDialog, configure_pin_edit, date_display_format


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _today(ctx: AppContext) -> date:
    return local_date(ctx.clock.now(), salon_timezone(ctx.settings))


def _check_pins(first: str, second: str) -> str | None:
    """The problem with a PIN typed twice, or None."""
    try:
        auth.validate_pin(first)
    except DomainError as exc:
        return error_text(exc)
    if first != second:
        return QCoreApplication.translate("StaffDialogs", "The two PINs are not the same.")
    return None


class StaffDialog(RememberingDialog):
    """Add a staff member (with a first PIN) or edit one (name, role, phone, initials)."""

    def __init__(self, ctx: AppContext, row: StaffRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.saved_id: int | None = None
        self.ui = Ui_StaffDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Add staff member") if row is None else self.tr("Edit staff member"))
        for role in Role:
            self.ui.roleCombo.addItem(QCoreApplication.translate("Role", ROLE_LABELS[role]), role.value)
        self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(Role.TECHNICIAN.value))
        configure_pin_edit(self.ui.pinEdit)
        configure_pin_edit(self.ui.pin2Edit)
        self.ui.initialsEdit.setPlaceholderText(self.tr("from the name"))
        self.ui.initialsEdit.setMaxLength(8)
        self.ui.nameEdit.setMaxLength(80)
        if row is not None:
            self.ui.nameEdit.setText(row.name)
            self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(row.role.value))
            self.ui.phoneEdit.setText(row.phone or "")
            self.ui.initialsEdit.setText(row.initials)
            for widget in (self.ui.pinEdit, self.ui.pin2Edit, self.ui.pinEditLabel, self.ui.pin2EditLabel):
                widget.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.watch(self.ui.nameEdit, self.ui.roleCombo, self.ui.phoneEdit, self.ui.initialsEdit, self.ui.pinEdit)
        self.restore_size()

    def save(self) -> None:
        """Validate through the staff service; stay open with the reason on error."""
        data = staff_service.StaffInput(
            name=self.ui.nameEdit.text(),
            role=Role(self.ui.roleCombo.currentData()),
            phone=self.ui.phoneEdit.text(),
            initials=self.ui.initialsEdit.text() or None,
        )
        try:
            if self.row is None:
                problem = _check_pins(self.ui.pinEdit.text(), self.ui.pin2Edit.text())
                if problem:
                    self.ui.errorLabel.setText(problem)
                    self.ui.pinEdit.setFocus()
                    return
                self.saved_id = self.ctx.run(staff_service.add_staff, data, self.ui.pinEdit.text())
            else:
                self.ctx.run(staff_service.update_staff, self.row.id, data)
                self.saved_id = self.row.id
        except DomainError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            field = exc.params.get("field")
            {"name": self.ui.nameEdit, "pin": self.ui.pinEdit}.get(str(field), self.ui.nameEdit).setFocus()
            return
        self.ctx.signals.data_changed.emit("staff")
        self.accept()


class PinResetDialog(RememberingDialog):
    """The owner sets a new PIN for someone (also lifts a lockout)."""

    def __init__(self, ctx: AppContext, staff_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.staff_id = staff_id
        self.ui = Ui_PinResetDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Reset PIN"))
        self.ui.introLabel.setText(
            self.tr("New PIN for {name}. Tell them in private; a locked account is unlocked.").format(name=name)
        )
        configure_pin_edit(self.ui.pinEdit)
        configure_pin_edit(self.ui.pin2Edit)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Set PIN"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.watch(self.ui.pinEdit, self.ui.pin2Edit)
        self.restore_size()

    def save(self) -> None:
        """Check both PINs, then the service."""
        problem = _check_pins(self.ui.pinEdit.text(), self.ui.pin2Edit.text())
        if problem:
            self.ui.errorLabel.setText(problem)
            return
        try:
            self.ctx.run(staff_service.reset_pin, self.staff_id, self.ui.pinEdit.text())
        except DomainError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            return
        self.ctx.signals.data_changed.emit("staff")
        self.accept()


class CertificateDialog(RememberingDialog):
    """Record a certificate: kind, number, valid from, valid until (or open end)."""

    def __init__(self, ctx: AppContext, staff_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.staff_id = staff_id
        self.ui = Ui_CertificateDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Certificate for {name}").format(name=name))
        for kind, label in CERTIFICATE_KIND_LABELS.items():
            self.ui.kindCombo.addItem(QCoreApplication.translate("CertificateKind", label), kind.value)
        today = _today(ctx)
        self.ui.fromEdit.setDate(_qdate(today))
        self.ui.untilEdit.setDate(
            _qdate(today.replace(year=today.year + 1)) if not (today.month == 2 and today.day == 29) else _qdate(today)
        )
        for edit in (self.ui.fromEdit, self.ui.untilEdit):
            edit.setDisplayFormat(date_display_format())
        self.ui.openEndCheck.toggled.connect(lambda on: self.ui.untilEdit.setEnabled(not on))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.watch(self.ui.kindCombo, self.ui.numberEdit, self.ui.fromEdit, self.ui.untilEdit, self.ui.openEndCheck)
        self.restore_size()

    def save(self) -> None:
        """Through the staff service (it checks the number and the dates)."""
        until = None if self.ui.openEndCheck.isChecked() else _pydate(self.ui.untilEdit.date())
        try:
            self.ctx.run(
                staff_service.add_certificate,
                self.staff_id,
                self.ui.kindCombo.currentData(),
                self.ui.numberEdit.text(),
                _pydate(self.ui.fromEdit.date()),
                until,
            )
        except DomainError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            return
        self.ctx.signals.data_changed.emit("staff")
        self.accept()


class TrainingDialog(RememberingDialog):
    """Record a training session, or edit its results: who attended, assessment result, rating.

    Given an existing ``training``, the date, topic and attendees are fixed and only each
    attendee's assessment result (T2) and rating 1–5 (T3) can be changed.
    """

    COL_NAME, COL_ATTENDED, COL_ASSESSMENT, COL_RATING = range(4)
    ASSESSMENTS = (Assessment.PASSED, Assessment.FAILED, Assessment.NOT_ASSESSED)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, training: TrainingRow | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.training = training
        self.ui = Ui_TrainingDialog()
        self.ui.setupUi(self)
        self.ui.dateEdit.setDisplayFormat(date_display_format())
        table = self.ui.attendeesTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("Staff member"), self.tr("Attended"), self.tr("Assessment"), self.tr("Their rating")]
        )
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        if training is None:
            self.setWindowTitle(self.tr("Record training"))
            self.ui.dateEdit.setDate(_qdate(_today(ctx)))
            people = [r for r in ctx.query(staff_queries.staff_rows, _today(ctx)) if r.active]
            self.people: list[tuple[int, str]] = [(p.id, p.name) for p in people]
            results = {p.id: AttendanceResult(Assessment.PASSED) for p in people}
        else:
            self.setWindowTitle(self.tr("Training results"))
            self.ui.dateEdit.setDate(_qdate(training.held_on))
            self.ui.topicEdit.setText(training.topic)
            self.ui.trainerEdit.setText(training.trainer)
            for widget in (self.ui.dateEdit, self.ui.topicEdit, self.ui.trainerEdit):
                widget.setEnabled(False)
            self.ui.attendeesLabel.setText(self.tr("Assessment result and each attendee's own rating (1–5):"))
            self.people = [(a.staff_id, a.name) for a in training.attendees]
            results = {a.staff_id: AttendanceResult(a.assessment, a.rating) for a in training.attendees}
        self.recorded = dict(results)
        table.setRowCount(len(self.people))
        for i, (staff_id, name) in enumerate(self.people):
            name_item = QTableWidgetItem(name)
            name_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(i, self.COL_NAME, name_item)
            attended = QTableWidgetItem()
            attended.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable | (Qt.ItemFlag.NoItemFlags if training else Qt.ItemFlag.ItemIsEnabled)
            )
            attended.setCheckState(Qt.CheckState.Checked if training else Qt.CheckState.Unchecked)
            table.setItem(i, self.COL_ATTENDED, attended)
            table.setCellWidget(i, self.COL_ASSESSMENT, self._assessment_box(results[staff_id].assessment))
            table.setCellWidget(i, self.COL_RATING, self._rating_box(results[staff_id].rating))
            self._enable_row(i, training is not None)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.itemChanged.connect(self._attendance_changed)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.watch(self.ui.topicEdit, self.ui.trainerEdit, self.ui.dateEdit)
        self.restore_size()

    def _assessment_box(self, current: Assessment) -> QComboBox:
        box = QComboBox()
        for assessment in self.ASSESSMENTS:
            box.addItem(QCoreApplication.translate("Assessment", ASSESSMENT_LABELS[assessment]), assessment)
        box.setCurrentIndex(self.ASSESSMENTS.index(current))
        box.currentIndexChanged.connect(lambda _i: self.mark_dirty())
        return box

    def _rating_box(self, current: int | None) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("not given"), None)
        for rating in range(1, 6):
            box.addItem(str(rating), rating)
        box.setCurrentIndex(0 if current is None else current)
        box.currentIndexChanged.connect(lambda _i: self.mark_dirty())
        return box

    def _enable_row(self, row: int, enabled: bool) -> None:
        for column in (self.COL_ASSESSMENT, self.COL_RATING):
            widget = self.ui.attendeesTable.cellWidget(row, column)
            if widget is not None:
                widget.setEnabled(enabled)

    def _attendance_changed(self, item: QTableWidgetItem) -> None:
        """Only someone who attended has a result and a rating: they follow the Attended box."""
        self.mark_dirty()
        if item.column() == self.COL_ATTENDED:
            self._enable_row(item.row(), item.checkState() == Qt.CheckState.Checked)

    def _row_of(self, staff_id: int) -> int:
        return next(i for i, (sid, _name) in enumerate(self.people) if sid == staff_id)

    def set_attendance(
        self, staff_id: int, attended: bool, assessment: Assessment = Assessment.PASSED, rating: int | None = None
    ) -> None:
        """Tick a person and set their result (tests and keyboard users)."""
        row = self._row_of(staff_id)
        table = self.ui.attendeesTable
        table.item(row, self.COL_ATTENDED).setCheckState(Qt.CheckState.Checked if attended else Qt.CheckState.Unchecked)
        assessment_box = table.cellWidget(row, self.COL_ASSESSMENT)
        rating_box = table.cellWidget(row, self.COL_RATING)
        assert isinstance(assessment_box, QComboBox) and isinstance(rating_box, QComboBox)
        assessment_box.setCurrentIndex(self.ASSESSMENTS.index(assessment))
        rating_box.setCurrentIndex(0 if rating is None else rating)

    def attendees(self) -> dict[int, AttendanceResult]:
        """Who attended → their assessment result and rating."""
        table = self.ui.attendeesTable
        result = {}
        for i, (staff_id, _name) in enumerate(self.people):
            if table.item(i, self.COL_ATTENDED).checkState() != Qt.CheckState.Checked:
                continue
            assessment_box = table.cellWidget(i, self.COL_ASSESSMENT)
            rating_box = table.cellWidget(i, self.COL_RATING)
            assert isinstance(assessment_box, QComboBox) and isinstance(rating_box, QComboBox)
            result[staff_id] = AttendanceResult(Assessment(assessment_box.currentData()), rating_box.currentData())
        return result

    def save(self) -> None:
        """Through the staff service: a new session (topic and an attendee required), or changed results."""
        try:
            if self.training is None:
                self.ctx.run(
                    staff_service.record_training,
                    _pydate(self.ui.dateEdit.date()),
                    self.ui.topicEdit.text(),
                    self.attendees(),
                    self.ui.trainerEdit.text(),
                )
            else:
                for staff_id, result in self.attendees().items():
                    if result != self.recorded.get(staff_id):
                        self.ctx.run(staff_service.update_attendance, self.training.id, staff_id, result)
        except DomainError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            return
        self.ctx.signals.data_changed.emit("staff")
        self.accept()
