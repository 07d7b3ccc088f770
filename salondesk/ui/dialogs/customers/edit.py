"""New/edit customer file (form ``forms/customers_dialog.ui``) and the patch-test dialog."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salondesk.domain.customers import GENDER_LABELS, PATCH_RESULT_LABELS, DuplicatePhone, Gender, PatchResult
from salondesk.domain.errors import DomainError
from salondesk.queries.customers import CustomerFile
from salondesk.queries.staff import staff_rows
from salondesk.services import customers as customer_service
from salondesk.services.customer_import import parse_birthday
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext, error_text
from salondesk.ui.forms.ui_customers_dialog import Ui_CustomerDialog
from salondesk.ui.widgets import common
from salondesk.ui.widgets.common import RememberingDialog
from salondesk.ui.widgets.phone_field import PhoneField


def local_text(ctx: AppContext, value: datetime | None) -> str:
    """An instant as the salon-local day (in the UI language's one format) and time; empty for None."""
    return common.moment_text(value, salon_timezone(ctx.settings))


class CustomerDialog(RememberingDialog):
    """Open a new file or edit one. After a duplicate phone, ``open_existing_id`` names the file to show instead."""

    def __init__(self, ctx: AppContext, file: CustomerFile | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.file = file
        self.saved_id: int | None = None
        self.open_existing_id: int | None = None
        self.ui = Ui_CustomerDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("New customer file") if file is None else self.tr("Edit customer file"))
        self.ui.genderCombo.addItem(self.tr("(not given)"), "")
        for gender in Gender:
            self.ui.genderCombo.addItem(QCoreApplication.translate("Customers", GENDER_LABELS[gender]), gender.value)
        self.ui.birthdayEdit.setPlaceholderText(self.tr("1990-03-14, or 03-14 without the year"))
        self.ui.mobileEdit.setPlaceholderText(self.tr("138 1234 5678"))
        self.phone_fields = [
            PhoneField(e, ctx.settings.phone_region) for e in (self.ui.mobileEdit, self.ui.otherPhoneEdit)
        ]
        self.ui.tagsEdit.setPlaceholderText(self.tr("VIP, colour, …"))
        self.ui.nameEdit.setMaxLength(120)
        self.ui.healthCheck.toggled.connect(self._health_toggled)
        if file is not None:
            self._fill(file)
        self._health_toggled(self.ui.healthCheck.isChecked())
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.watch(
            self.ui.nameEdit,
            self.ui.mobileEdit,
            self.ui.otherPhoneEdit,
            self.ui.genderCombo,
            self.ui.birthdayEdit,
            self.ui.memberEdit,
            self.ui.tagsEdit,
            self.ui.referralEdit,
            self.ui.privacyCheck,
            self.ui.marketingCheck,
            self.ui.healthCheck,
            self.ui.allergiesEdit,
            self.ui.skinEdit,
            self.ui.contraEdit,
        )
        self.ui.notesEdit.textChanged.connect(self.mark_dirty)
        self.restore_size()

    def _fill(self, file: CustomerFile) -> None:
        ui = self.ui
        ui.nameEdit.setText(file.name)
        ui.mobileEdit.setText(file.phone if file.mobile_e164 else "")  # formatted: 138 1234 5678
        ui.otherPhoneEdit.setText(file.other_phone)
        ui.genderCombo.setCurrentIndex(max(0, ui.genderCombo.findData(file.gender or "")))
        if file.birthday is not None:
            ui.birthdayEdit.setText(file.birthday.isoformat())
        elif file.birth_month and file.birth_day:
            ui.birthdayEdit.setText(f"{file.birth_month:02d}-{file.birth_day:02d}")
        ui.memberEdit.setText(file.member_number)
        ui.tagsEdit.setText(", ".join(file.tags))
        ui.referralEdit.setText(file.referral_source)
        ui.notesEdit.setPlainText(file.notes)
        ui.privacyCheck.setChecked(file.privacy_consent_at is not None)
        ui.marketingCheck.setChecked(file.marketing_consent)
        ui.healthCheck.setChecked(file.health_consent_at is not None)
        ui.allergiesEdit.setText(file.warnings.allergies)
        ui.skinEdit.setText(file.warnings.skin_conditions)
        ui.contraEdit.setText(file.warnings.contraindications)
        info = []
        if file.privacy_consent_at is not None:
            info.append(
                self.tr("Privacy notice {version} accepted {at}.").format(
                    version=file.privacy_notice_version or "", at=local_text(self.ctx, file.privacy_consent_at)
                )
            )
        if file.health_consent_at is not None:
            info.append(
                self.tr("Health data consent (text {version}) given {at}.").format(
                    version=file.health_consent_version or "", at=local_text(self.ctx, file.health_consent_at)
                )
            )
        ui.consentInfo.setText(" ".join(info))

    def _health_toggled(self, on: bool) -> None:
        for widget in (self.ui.allergiesEdit, self.ui.skinEdit, self.ui.contraEdit):
            widget.setEnabled(on)
        if not on and (self.ui.allergiesEdit.text() or self.ui.skinEdit.text() or self.ui.contraEdit.text()):
            self.ui.errorLabel.setText(
                self.tr("Without the separate consent the health data will be removed when you save.")
            )
        else:
            self.ui.errorLabel.setText("")

    def form_input(self) -> customer_service.CustomerInput | None:
        """What the form holds as service input (None: the birthday cannot be read; the error is shown)."""
        ui = self.ui
        birthday = month = day = None
        text = ui.birthdayEdit.text().strip()
        if text:
            try:
                birthday, month, day = parse_birthday(text)
            except ValueError:
                ui.errorLabel.setText(self.tr("The birthday is not a date: write 1990-03-14 or 03-14."))
                ui.birthdayEdit.setFocus()
                return None
        health = ui.healthCheck.isChecked()
        return customer_service.CustomerInput(
            name=ui.nameEdit.text(),
            mobile=ui.mobileEdit.text(),
            other_phone=ui.otherPhoneEdit.text(),
            gender=ui.genderCombo.currentData() or None,
            birthday=birthday,
            birth_month=month,
            birth_day=day,
            member_number=ui.memberEdit.text(),
            tags=ui.tagsEdit.text().replace("，", ",").split(","),
            notes=ui.notesEdit.toPlainText(),
            referral_source=ui.referralEdit.text(),
            marketing_consent=ui.marketingCheck.isChecked(),
            privacy_consent=ui.privacyCheck.isChecked(),
            health_consent=health,
            allergies=ui.allergiesEdit.text() if health else "",
            skin_conditions=ui.skinEdit.text() if health else "",
            contraindications=ui.contraEdit.text() if health else "",
        )

    def save(self) -> None:
        """Create or update through the service; a duplicate phone offers the existing file."""
        data = self.form_input()
        if data is None:
            return
        try:
            if self.file is None:
                self.saved_id = self.ctx.run(customer_service.create_customer, data)
            else:
                self.ctx.run(customer_service.update_customer, self.file.id, data)
                self.saved_id = self.file.id
        except DuplicatePhone as exc:
            if common.confirm(
                self,
                self.tr("Customer already exists"),
                self.tr("{text}\n\nOpen that file instead?").format(text=error_text(exc)),
            ):
                self.open_existing_id = exc.existing_id
                self._dirty = False
                self.reject()
            else:
                self.ui.errorLabel.setText(error_text(exc))
            return
        except DomainError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            field = exc.params.get("field")
            target = {
                "name": self.ui.nameEdit,
                "mobile": self.ui.mobileEdit,
                "other_phone": self.ui.otherPhoneEdit,
                "birthday": self.ui.birthdayEdit,
                "health_consent": self.ui.healthCheck,
            }.get(str(field))
            if target is not None:
                target.setFocus()
            return
        self.ctx.signals.data_changed.emit("customers")
        self.accept()


class PatchTestDialog(RememberingDialog):
    """Record a patch test: product, when, result, by whom."""

    def __init__(self, ctx: AppContext, customer_id: int, customer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Patch test for {name}").format(name=customer_name))
        self.product = QLineEdit()
        self.product.setPlaceholderText(self.tr("Product and shade, e.g. Koleston 6/0"))
        self.tz = salon_timezone(ctx.settings)
        now = ctx.clock.now().astimezone(self.tz)
        self.tested_at = QDateTimeEdit(QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute)))
        self.tested_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.tested_at.setCalendarPopup(True)
        self.result_combo = QComboBox()
        for result in PatchResult:
            label = QCoreApplication.translate("Customers", PATCH_RESULT_LABELS[result])
            self.result_combo.addItem(label, result.value)
        self.tested_by = QComboBox()
        self.tested_by.addItem(self.tr("(not recorded)"), None)
        for person in ctx.query(staff_rows, now.date(), False):
            self.tested_by.addItem(person.name, person.id)
        actor = ctx.actor
        if actor is not None and actor.staff_id is not None:
            self.tested_by.setCurrentIndex(max(0, self.tested_by.findData(actor.staff_id)))
        self.notes = QLineEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Product:"), self.product)
        form.addRow(self.tr("&Tested at:"), self.tested_at)
        form.addRow(self.tr("&Result:"), self.result_combo)
        form.addRow(self.tr("Tested &by:"), self.tested_by)
        form.addRow(self.tr("&Notes:"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.watch(self.product, self.tested_at, self.result_combo, self.tested_by, self.notes)
        self.restore_size()

    def save(self) -> None:
        """Record through the service."""
        edited = self.tested_at.dateTime()
        day, clock_time = edited.date(), edited.time()
        at = datetime(
            day.year(), day.month(), day.day(), clock_time.hour(), clock_time.minute(), tzinfo=self.tz
        ).astimezone(UTC)
        try:
            self.saved_id = self.ctx.run(
                customer_service.record_patch_test,
                self.customer_id,
                self.product.text(),
                at,
                self.result_combo.currentData(),
                self.tested_by.currentData(),
                self.notes.text(),
            )
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return
        self.ctx.signals.data_changed.emit("customers")
        self.accept()
