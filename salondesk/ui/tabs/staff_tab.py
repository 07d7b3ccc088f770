"""Staff tab (owner): people and roles, PINs, certificates with expiry warnings, training."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salondesk.domain.calendar import local_date
from salondesk.domain.errors import DomainError
from salondesk.domain.permissions import ROLE_LABELS, Permission
from salondesk.domain.staff import CERTIFICATE_KIND_LABELS, Assessment, is_locked
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.queries import staff as staff_queries
from salondesk.queries.staff import CertificateRow, StaffRow, TrainingRow
from salondesk.services import staff as staff_service
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext
from salondesk.ui.dialogs.staff.dialogs import CertificateDialog, PinResetDialog, StaffDialog, TrainingDialog
from salondesk.ui.models.table_model import Column, RowTableModel
from salondesk.ui.tabs.base import Tab
from salondesk.ui.tabs.complaints_tab import TechnicianComplaints
from salondesk.ui.widgets import common
from salondesk.ui.widgets.common import State, state_background, state_foreground


def staff_cert_state(row: StaffRow) -> tuple[State, str]:
    """The certificate column of the staff list: colour and words."""
    if row.certificates_expired:
        return State.BAD, QCoreApplication.translate("StaffTab", "{n} expired").format(n=row.certificates_expired)
    if row.certificates_expiring:
        return State.ATTENTION, QCoreApplication.translate("StaffTab", "{n} expiring within 30 days").format(
            n=row.certificates_expiring
        )
    return State.OK, QCoreApplication.translate("StaffTab", "In order")


def certificate_state(row: CertificateRow, today: date) -> tuple[State, str]:
    """One certificate's status on ``today``: valid / expiring (days left) / expired / not yet valid."""
    if row.valid_until is not None and row.valid_until < today:
        return State.BAD, QCoreApplication.translate("StaffTab", "Expired {days} days ago").format(
            days=(today - row.valid_until).days
        )
    if row.valid_from > today:
        return State.ATTENTION, QCoreApplication.translate("StaffTab", "Not valid yet")
    if row.expiring:
        return State.ATTENTION, QCoreApplication.translate("StaffTab", "Expires in {days} days").format(
            days=row.days_left
        )
    if row.valid_until is None:
        return State.OK, QCoreApplication.translate("StaffTab", "Valid, no expiry")
    return State.OK, QCoreApplication.translate("StaffTab", "Valid")


class StaffTab(Tab):
    """Everyone who works here; nobody is ever deleted, only deactivated."""

    area = "staff"
    title_text = QT_TRANSLATE_NOOP("StaffTab", "Staff")
    required_permission = Permission.MANAGE_STAFF

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._today = date.min
        self.staff_model: RowTableModel[StaffRow] = RowTableModel(self._staff_columns(), self)
        self.cert_model: RowTableModel[CertificateRow] = RowTableModel(self._cert_columns(), self)
        self.training_model: RowTableModel[TrainingRow] = RowTableModel(self._training_columns(), self)

        self.add_button = QPushButton(self.tr("&Add staff member…"))
        self.add_button.setToolTip(self.tr("Ctrl+N"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.pin_button = QPushButton(self.tr("Reset &PIN…"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setToolTip(self.tr("Lift the lockout after too many wrong PINs"))
        self.show_inactive = QCheckBox(self.tr("Show former staff"))
        self.summary = QLabel()
        top = QHBoxLayout()
        for widget in (
            self.add_button,
            self.edit_button,
            self.active_button,
            self.pin_button,
            self.unlock_button,
            self.show_inactive,
        ):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.summary)

        self.staff_view = common.record_table(self.staff_model)
        self.staff_empty = QLabel(self.tr("No staff yet. Add the first person with “Add staff member”."))

        self.cert_view = common.record_table(self.cert_model)
        self.cert_empty = QLabel()
        self.cert_button = QPushButton(self.tr("Add &certificate…"))
        cert_page = QWidget()
        cert_layout = QVBoxLayout(cert_page)
        cert_bar = QHBoxLayout()
        cert_bar.addWidget(self.cert_button)
        cert_bar.addStretch(1)
        cert_layout.addLayout(cert_bar)
        cert_layout.addWidget(self.cert_view)
        cert_layout.addWidget(self.cert_empty)

        self.training_view = common.record_table(self.training_model)
        self.training_empty = QLabel(self.tr("No training recorded yet. Use “Record training” after each session."))
        self.training_button = QPushButton(self.tr("Record &training…"))
        self.results_button = QPushButton(self.tr("Assessment and &ratings…"))
        self.results_button.setToolTip(self.tr("Enter the assessment results and the attendees' ratings of a training"))
        training_page = QWidget()
        training_layout = QVBoxLayout(training_page)
        training_bar = QHBoxLayout()
        training_bar.addWidget(self.training_button)
        training_bar.addWidget(self.results_button)
        training_bar.addStretch(1)
        training_layout.addLayout(training_bar)
        training_layout.addWidget(self.training_view)
        training_layout.addWidget(self.training_empty)

        self.details = QTabWidget()
        self.details.addTab(cert_page, self.tr("Certificates"))
        self.details.addTab(training_page, self.tr("Training"))
        # the owner sees the complaints about (or logged by) the selected technician
        self.complaints = TechnicianComplaints(ctx)
        self.details.addTab(self.complaints, self.tr("Complaints"))

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.staff_view)
        upper_layout.addWidget(self.staff_empty)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.add_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button.clicked.connect(self.toggle_active)
        self.pin_button.clicked.connect(self.reset_pin)
        self.unlock_button.clicked.connect(self.unlock)
        self.cert_button.clicked.connect(self.add_certificate)
        self.training_button.clicked.connect(self.record_training)
        self.results_button.clicked.connect(self.edit_training_results)
        self.training_view.doubleClicked.connect(lambda _i: self.edit_training_results())
        self.show_inactive.toggled.connect(lambda _on: self.refresh())
        self.staff_view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.staff_view.selectionModel().currentRowChanged.connect(self._selection_changed)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.staff_view, context=Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.edit_selected)
        ctx.signals.data_changed.connect(self._data_changed)
        self._update_buttons()

    # ------------------------------------------------------------------ columns
    def _staff_columns(self) -> list[Column[StaffRow]]:
        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Role"), lambda r: QCoreApplication.translate("Role", ROLE_LABELS[r.role])),
            Column(
                self.tr("Status"),
                self._status_text,
                foreground=lambda r: None if r.active else state_foreground(State.MUTED),
            ),
            Column(
                self.tr("Certificates"),
                lambda r: staff_cert_state(r)[1],
                foreground=lambda r: state_foreground(staff_cert_state(r)[0]),
                background=lambda r: (
                    None if staff_cert_state(r)[0] == State.OK else state_background(staff_cert_state(r)[0])
                ),
            ),
            Column(self.tr("Phone"), lambda r: r.phone or ""),
            Column(self.tr("Initials"), lambda r: r.initials),
        ]

    def _cert_columns(self) -> list[Column[CertificateRow]]:
        return [
            Column(
                self.tr("Kind"),
                lambda r: QCoreApplication.translate("CertificateKind", CERTIFICATE_KIND_LABELS[r.kind]),
            ),
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Valid from"), lambda r: r.valid_from.isoformat()),
            Column(
                self.tr("Valid until"), lambda r: r.valid_until.isoformat() if r.valid_until else self.tr("no expiry")
            ),
            Column(
                self.tr("Status"),
                lambda r: certificate_state(r, self._today)[1],
                foreground=lambda r: state_foreground(certificate_state(r, self._today)[0]),
                background=lambda r: state_background(certificate_state(r, self._today)[0]),
            ),
        ]

    def _training_columns(self) -> list[Column[TrainingRow]]:
        not_passed = self.tr("(not passed)")
        not_assessed = self.tr("(not assessed)")

        def who(row: TrainingRow) -> str:
            marks = {Assessment.PASSED: "✓", Assessment.FAILED: not_passed, Assessment.NOT_ASSESSED: not_assessed}
            return ", ".join(f"{a.name} {marks[a.assessment]}" for a in row.attendees)

        def ratings(row: TrainingRow) -> str:
            given = [a.rating for a in row.attendees if a.rating is not None]
            if not given:
                return self.tr("none yet")
            return self.tr("{good} of {given} rated 4–5").format(good=sum(1 for r in given if r >= 4), given=len(given))

        return [
            Column(self.tr("Date"), lambda r: r.held_on.isoformat()),
            Column(self.tr("Topic"), lambda r: r.topic),
            Column(self.tr("Trainer"), lambda r: r.trainer),
            Column(self.tr("Attendees (✓ passed)"), who),
            Column(self.tr("Attendees' ratings"), ratings),
        ]

    # ------------------------------------------------------------------ Tab
    def today(self) -> date:
        """The salon's local date."""
        return local_date(self.ctx.clock.now(), salon_timezone(self.ctx.settings))

    def refresh(self) -> None:
        """Reload people, the selected person's certificates, and training."""
        self._today = self.today()
        keep = self.selected()
        rows = self.ctx.query(staff_queries.staff_rows, self._today, self.show_inactive.isChecked())
        self.staff_model.set_rows(rows)
        self.staff_empty.setVisible(not rows)
        active = [r for r in rows if r.active]
        expiring = sum(r.certificates_expiring for r in active)
        expired = sum(r.certificates_expired for r in active)
        self.summary.setText(
            self.tr("{n} active staff · {expiring} certificates expiring · {expired} expired").format(
                n=len(active), expiring=expiring, expired=expired
            )
        )
        self.training_model.set_rows(self.ctx.query(staff_queries.training_rows))
        self.training_empty.setVisible(self.training_model.rowCount() == 0)
        self.select(keep.id if keep else (rows[0].id if rows else None))
        self._load_certificates()

    def new_record(self) -> None:
        """Ctrl+N: add a staff member."""
        dialog = StaffDialog(self.ctx, None, self)
        if dialog.exec():
            self.refresh()
            if dialog.saved_id is not None:
                self.select(dialog.saved_id)

    # ------------------------------------------------------------------ selection
    def selected(self) -> StaffRow | None:
        """The highlighted person."""
        index = self.staff_view.currentIndex()
        return self.staff_model.row_at(index.row()) if index.isValid() else None

    def select(self, staff_id: int | None) -> None:
        """Highlight ``staff_id`` (when listed)."""
        for i, row in enumerate(self.staff_model.rows()):
            if row.id == staff_id:
                self.staff_view.selectRow(i)
                self.staff_view.setCurrentIndex(self.staff_model.index(i, 0))
                break
        self._update_buttons()

    def _selection_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        self._load_certificates()
        person = self.selected()
        self.complaints.set_staff(person.id if person is not None else None)

    def _load_certificates(self) -> None:
        person = self.selected()
        if person is None:
            self.cert_model.set_rows([])
            self.cert_empty.setText(self.tr("Pick a person to see their certificates."))
            self.cert_empty.show()
            return
        rows = self.ctx.query(staff_queries.certificate_rows, self._today, person.id)
        self.cert_model.set_rows(rows)
        self.cert_empty.setText(
            self.tr("No certificates recorded for {name}. Add one with “Add certificate”.").format(name=person.name)
        )
        self.cert_empty.setVisible(not rows)

    def _status_text(self, row: StaffRow) -> str:
        if not row.active:
            return self.tr("Former staff")
        if is_locked(row.locked_until, self.ctx.clock.now()):
            return self.tr("Locked (wrong PINs)")
        return self.tr("Active")

    def _update_buttons(self) -> None:
        person = self.selected()
        for button in (self.edit_button, self.active_button, self.pin_button, self.cert_button):
            button.setEnabled(person is not None)
        self.unlock_button.setEnabled(
            person is not None and person.active and is_locked(person.locked_until, self.ctx.clock.now())
        )
        if person is not None:
            self.active_button.setText(self.tr("&Deactivate") if person.active else self.tr("Re&activate"))
            self.pin_button.setEnabled(person.active)
        self.details.setTabText(
            0, self.tr("Certificates of {name}").format(name=person.name) if person else self.tr("Certificates")
        )

    def _data_changed(self, area: str) -> None:
        if area == "staff" and self.isVisible():
            self.refresh()

    # ------------------------------------------------------------------ actions
    def edit_selected(self) -> None:
        """Edit the highlighted person."""
        person = self.selected()
        if person is None:
            return
        if StaffDialog(self.ctx, person, self).exec():
            self.refresh()

    def toggle_active(self) -> None:
        """Deactivate (after asking) or reactivate the highlighted person."""
        person = self.selected()
        if person is None:
            return
        if person.active and not common.confirm(
            self,
            self.tr("Deactivate staff member"),
            self.tr(
                "Deactivate {name}? They can no longer log in or sign records. Their records stay, "
                "and you can reactivate them later."
            ).format(name=person.name),
            destructive=True,
        ):
            return
        try:
            self.ctx.run(staff_service.set_active, person.id, not person.active)
        except DomainError as exc:
            common.show_error(self, exc)
            return
        if person.active and not self.show_inactive.isChecked():
            self.show_inactive.setChecked(True)  # keep the person in sight, now greyed
        self.refresh()
        self.select(person.id)

    def unlock(self) -> None:
        """Lift the highlighted person's PIN lockout (the owner knows it was them)."""
        person = self.selected()
        if person is None:
            return
        try:
            self.ctx.run(staff_service.unlock, person.id)
        except DomainError as exc:
            common.show_error(self, exc)
            return
        self.refresh()
        self.select(person.id)

    def reset_pin(self) -> None:
        """Give the highlighted person a new PIN."""
        person = self.selected()
        if person is not None and PinResetDialog(self.ctx, person.id, person.name, self).exec():
            self.refresh()

    def add_certificate(self) -> None:
        """Record a certificate for the highlighted person."""
        person = self.selected()
        if person is not None and CertificateDialog(self.ctx, person.id, person.name, self).exec():
            self.refresh()

    def record_training(self) -> None:
        """Record a training session."""
        if TrainingDialog(self.ctx, self).exec():
            self.refresh()
            self.details.setCurrentIndex(1)

    def selected_training(self) -> TrainingRow | None:
        """The highlighted training session, if any."""
        index = self.training_view.currentIndex()
        return self.training_model.row_at(index.row()) if index.isValid() else None

    def edit_training_results(self) -> None:
        """Enter or change the highlighted training's assessment results and attendees' ratings."""
        training = self.selected_training()
        if training is None:
            QMessageBox.information(self, self.tr("Training"), self.tr("Pick a training session in the list first."))
            return
        if TrainingDialog(self.ctx, self, training).exec():
            self.refresh()
