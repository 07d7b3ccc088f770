"""Settings tab (owner): salon details, hours, commitment targets, locking, language, backups."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import phonenumbers
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salondesk import config
from salondesk.domain.errors import DomainError
from salondesk.domain.permissions import Permission
from salondesk.domain.settings import DEFAULT_TARGETS, SalonSettings
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.services import settings as settings_service
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext, error_text
from salondesk.ui.first_run import OpeningHoursEditor, TimeZoneCombo
from salondesk.ui.tabs.base import Tab
from salondesk.ui.widgets import common
from salondesk.ui.widgets.common import date_display_format

ERROR_STYLE = "border: 2px solid #b3261e;"
PERCENT_TARGETS = {
    "R1",
    "R3",
    "S1",
    "S2",
    "S2Y",
    "S5",
    "S6",
    "H1",
    "E1",
    "T1",
    "T2",
    "T3",
    "C1",
    "C2",
    "C3",
    "C4",
    "C5",
}


def target_labels() -> dict[str, str]:
    """Each commitment figure's short name, by id (commitments.md)."""
    return {
        "R1": QCoreApplication.translate("Targets", "Customers served within 15 min"),
        "R3": QCoreApplication.translate("Targets", "Appointment punctuality"),
        "S1": QCoreApplication.translate("Targets", "Services by a certified technician"),
        "S2": QCoreApplication.translate("Targets", "Customer satisfaction"),
        "S2Y": QCoreApplication.translate("Targets", "Customer satisfaction over 12 months"),
        "S3": QCoreApplication.translate("Targets", "Net Promoter Score"),
        "S5": QCoreApplication.translate("Targets", "Satisfied with cleanliness"),
        "S6": QCoreApplication.translate("Targets", "Satisfied with privacy"),
        "H1": QCoreApplication.translate("Targets", "Hygiene checklist completion"),
        "H2": QCoreApplication.translate("Targets", "Late checklist entries (count)"),
        "H3": QCoreApplication.translate("Targets", "Open hygiene failures at month end (count)"),
        "E1": QCoreApplication.translate("Targets", "Maintenance on time"),
        "E2": QCoreApplication.translate("Targets", "Overdue maintenance at month end (count)"),
        "T1": QCoreApplication.translate("Targets", "Staff trained in the quarter"),
        "T2": QCoreApplication.translate("Targets", "Training assessments passed"),
        "T3": QCoreApplication.translate("Targets", "Training satisfaction"),
        "C1": QCoreApplication.translate("Targets", "Complaints answered within 48 h"),
        "C2": QCoreApplication.translate("Targets", "Investigation started within 24 h"),
        "C3": QCoreApplication.translate("Targets", "Complaints resolved within 30 days"),
        "C4": QCoreApplication.translate("Targets", "Follow-up call within 7 days"),
        "C5": QCoreApplication.translate("Targets", "Complaint handling satisfaction"),
        "P1": QCoreApplication.translate("Targets", "Privacy complaints (count)"),
    }


def remedy_labels() -> dict[str, str]:
    """Remedies a complaint can end with (glossary: 处理方案)."""
    return {
        "free_redo": QCoreApplication.translate("Remedies", "Free redo"),
        "discount": QCoreApplication.translate("Remedies", "Discount"),
        "refund": QCoreApplication.translate("Remedies", "Refund"),
        "replacement": QCoreApplication.translate("Remedies", "Replacement"),
        "training": QCoreApplication.translate("Remedies", "Staff training"),
        "warning": QCoreApplication.translate("Remedies", "Staff warning"),
    }


class SettingsTab(Tab):
    """One form for every setting; Save validates everything through the settings service."""

    area = "settings"
    title_text = QT_TRANSLATE_NOOP("SettingsTab", "Settings")
    required_permission = Permission.MANAGE_SETTINGS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.field_widgets: dict[str, QWidget] = {}
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self._salon_box())
        column.addWidget(self._hours_box())
        column.addWidget(self._targets_box())
        column.addWidget(self._work_box())
        column.addWidget(self._backup_box())
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)

        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("&Undo changes"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.error_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.refresh)
        ctx.signals.settings_changed.connect(self._update_backup_info)
        backups = ctx.extras.get("backups")
        if backups is not None:
            backups.state_changed.connect(self._update_backup_info)

    # ------------------------------------------------------------------ form
    def _salon_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Salon"))
        form = QFormLayout(box)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.address_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.tz_combo = TimeZoneCombo()
        self.region_combo = QComboBox()
        self.region_combo.addItems(sorted(phonenumbers.SUPPORTED_REGIONS))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Same as the computer"), "")
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("简体中文", "zh_CN")
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_combo)
        note = QLabel(self.tr("Takes effect when SalonDesk is next started."))
        note.setStyleSheet("color: #5f6368;")
        language_row.addWidget(note, 1)
        form.addRow(self.tr("Salon &name:"), self.name_edit)
        form.addRow(self.tr("&Address:"), self.address_edit)
        form.addRow(self.tr("&Phone:"), self.phone_edit)
        form.addRow(self.tr("&Time zone:"), self.tz_combo)
        form.addRow(self.tr("Phone &region:"), self.region_combo)
        form.addRow(self.tr("Language:"), language_row)
        self.field_widgets.update(
            salon_name=self.name_edit,
            address=self.address_edit,
            phone=self.phone_edit,
            timezone=self.tz_combo,
            phone_region=self.region_combo,
            language=self.language_combo,
        )
        return box

    def _hours_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Opening hours and closed days"))
        row = QHBoxLayout(box)
        self.hours_editor = OpeningHoursEditor()
        row.addWidget(self.hours_editor)
        closed = QVBoxLayout()
        closed.addWidget(QLabel(self.tr("Closed days (holidays):")))
        self.closed_list = QListWidget()
        self.closed_list.setMaximumHeight(160)
        self.closed_list.setMaximumWidth(420)
        self.closed_date = QDateEdit()
        self.closed_date.setCalendarPopup(True)
        self.closed_date.setDisplayFormat(date_display_format())
        add = QPushButton(self.tr("Add day"))
        remove = QPushButton(self.tr("Remove day"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.closed_date)
        add_row.addWidget(add)
        add_row.addWidget(remove)
        closed.addWidget(self.closed_list)
        closed.addLayout(add_row)
        closed.addStretch(1)
        row.addLayout(closed)
        row.addStretch(1)
        add.clicked.connect(self._add_closed_day)
        remove.clicked.connect(
            lambda: [self.closed_list.takeItem(self.closed_list.row(i)) for i in self.closed_list.selectedItems()]
        )
        self.field_widgets.update(opening_hours=self.hours_editor, closed_days=self.closed_list)
        return box

    def _add_closed_day(self) -> None:
        text = self.closed_date.date().toString("yyyy-MM-dd")
        if not self.closed_list.findItems(text, self._exact()):
            self.closed_list.addItem(text)
            self.closed_list.sortItems()

    @staticmethod
    def _exact() -> Any:
        from PySide6.QtCore import Qt

        return Qt.MatchFlag.MatchExactly

    def _targets_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Commitment targets (printed in the monthly report)"))
        grid = QGridLayout(box)
        self.target_spins: dict[str, QDoubleSpinBox] = {}
        labels = target_labels()
        for i, figure in enumerate(DEFAULT_TARGETS):
            spin = QDoubleSpinBox()
            spin.setDecimals(1)
            if figure in PERCENT_TARGETS:
                spin.setRange(0, 100)
                spin.setSuffix(" %")
            elif figure == "S3":
                spin.setRange(-100, 100)
            else:
                spin.setRange(0, 1000)
                spin.setDecimals(0)
            spin.setToolTip(self.tr("Default: {value}").format(value=DEFAULT_TARGETS[figure]))
            label = QLabel(f"{figure} — {labels[figure]}")
            label.setBuddy(spin)
            row, col = divmod(i, 2)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(spin, row, col * 2 + 1)
            self.target_spins[figure] = spin
        reset = QPushButton(self.tr("Reset targets to the defaults"))
        reset.clicked.connect(self.reset_targets)
        grid.addWidget(reset, (len(DEFAULT_TARGETS) + 1) // 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        self.field_widgets["targets"] = box
        return box

    def reset_targets(self) -> None:
        """Put every target back to commitments.md's default (saved with Save)."""
        for figure, spin in self.target_spins.items():
            spin.setValue(DEFAULT_TARGETS[figure])

    def _work_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Counter and complaints"))
        form = QFormLayout(box)
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(1, 240)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.refund_spin = QDoubleSpinBox()
        self.refund_spin.setRange(0, 1_000_000)
        self.refund_spin.setDecimals(2)
        self.grace_spin = QSpinBox()  # ranges as services.settings.validate checks them
        self.grace_spin.setRange(0, 120)
        self.grace_spin.setSuffix(self.tr(" min"))
        self.no_show_spin = QSpinBox()
        self.no_show_spin.setRange(5, 24 * 60)
        self.no_show_spin.setSuffix(self.tr(" min"))
        self.attachment_spin = QSpinBox()
        self.attachment_spin.setRange(1, 100)
        self.attachment_spin.setSuffix(self.tr(" MB"))
        self.remedy_checks: dict[str, QCheckBox] = {}
        remedies = QHBoxLayout()
        for key, label in remedy_labels().items():
            check = QCheckBox(label)
            self.remedy_checks[key] = check
            remedies.addWidget(check)
        remedies.addStretch(1)
        form.addRow(self.tr("Lock the screen after (no input):"), self.idle_spin)
        form.addRow(self.tr("A booking shows as late this long after its start:"), self.grace_spin)
        form.addRow(self.tr("…and is offered as a no-show this long after its start:"), self.no_show_spin)
        form.addRow(self.tr("Refunds above this need the owner:"), self.refund_spin)
        form.addRow(self.tr("Remedies offered for complaints:"), remedies)
        form.addRow(self.tr("Largest evidence file or photo:"), self.attachment_spin)
        self.field_widgets.update(
            idle_lock_minutes=self.idle_spin,
            check_in_grace_minutes=self.grace_spin,
            no_show_after_minutes=self.no_show_spin,
            refund_limit=self.refund_spin,
            attachment_max_mb=self.attachment_spin,
        )
        return box

    def _backup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backups"))
        form = QFormLayout(box)
        self.backup_folder_edit = QLineEdit()
        self.backup_folder_edit.setPlaceholderText(str(config.default_backup_dir()))
        browse = QPushButton(self.tr("Browse…"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder_edit, 1)
        folder_row.addWidget(browse)
        # grandfather-father-son: the newest backup of each of the last N days, weeks and months
        self.daily_spin, self.weekly_spin, self.monthly_spin = QSpinBox(), QSpinBox(), QSpinBox()
        self.daily_spin.setRange(1, 365)
        self.weekly_spin.setRange(0, 520)
        self.monthly_spin.setRange(0, 1200)
        self.daily_spin.setSuffix(self.tr(" days"))
        self.weekly_spin.setSuffix(self.tr(" weeks"))
        self.monthly_spin.setSuffix(self.tr(" months"))
        keep_row = QHBoxLayout()
        for spin in (self.daily_spin, self.weekly_spin, self.monthly_spin):
            keep_row.addWidget(spin)
        keep_row.addStretch(1)
        self.space_label = QLabel()
        self.last_backup_label = QLabel()
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore from backup…"))
        actions = QHBoxLayout()
        actions.addWidget(self.last_backup_label, 1)
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        form.addRow(self.tr("Backup folder:"), folder_row)
        form.addRow(self.tr("Keep one backup for each of the last:"), keep_row)
        form.addRow(self.tr("Space used:"), self.space_label)
        form.addRow(self.tr("Last good backup:"), actions)
        browse.clicked.connect(self._browse_folder)
        self.backup_button.clicked.connect(self._backup_now)
        self.restore_button.clicked.connect(self._restore)
        self.field_widgets.update(
            backup_folder=self.backup_folder_edit,
            backup_daily=self.daily_spin,
            backup_weekly=self.weekly_spin,
            backup_monthly=self.monthly_spin,
        )
        return box

    def _browse_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_folder_edit.text())
        if folder:
            self.backup_folder_edit.setText(folder)

    # ------------------------------------------------------------------ backups
    def _update_backup_info(self) -> None:
        backups = self.ctx.extras.get("backups")
        if backups is None or not backups.supported():
            self.last_backup_label.setText(self.tr("Backups of a database server are made on the server."))
            self.space_label.clear()
            self.backup_button.setEnabled(False)
            self.restore_button.setEnabled(False)
            return
        self.backup_button.setEnabled(not backups.is_running())
        self.restore_button.setEnabled(True)
        files, size = backups.space_used()
        self.space_label.setText(
            self.tr("{size} in {folder} (files: {files})").format(
                size=size_text(size), folder=backups.folder(), files=files
            )
        )
        last = backups.last_backup()
        if last is None:
            self.last_backup_label.setText(self.tr("No backup yet"))
            return
        local = last.taken_at.astimezone(salon_timezone(self.ctx.settings))
        self.last_backup_label.setText(
            self.tr("{when} — {file}").format(when=local.strftime("%Y-%m-%d %H:%M"), file=last.path.name)
        )

    def _backup_now(self) -> None:
        window = self.ctx.extras.get("main_window")
        if window is not None:
            window.backup_now()
        self._update_backup_info()

    def _restore(self) -> None:
        window = self.ctx.extras.get("main_window")
        if window is not None:
            window.restore_dialog()

    # ------------------------------------------------------------------ Tab
    def refresh(self) -> None:
        """Show the settings in force (discarding unsaved edits)."""
        self.ctx.settings = self.ctx.query(settings_service.get_settings)
        self.show_settings(self.ctx.settings)
        self._clear_errors()
        self._update_backup_info()

    def show_settings(self, s: SalonSettings) -> None:
        """Fill every control from ``s``."""
        self.name_edit.setText(s.salon_name)
        self.address_edit.setText(s.address)
        self.phone_edit.setText(s.phone)
        self.tz_combo.set_zone(s.timezone or settings_service.system_timezone_name())
        self.region_combo.setCurrentText(s.phone_region)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(s.language), 0))
        self.hours_editor.set_hours(s.opening_hours)
        self.closed_list.clear()
        self.closed_list.addItems(sorted(s.closed_days))
        today = self.ctx.clock.now().astimezone(salon_timezone(s)).date()
        self.closed_date.setDate(QDate(today.year, today.month, today.day))
        for figure, spin in self.target_spins.items():
            spin.setValue(float(s.targets.get(figure, DEFAULT_TARGETS[figure])))
        self.idle_spin.setValue(s.idle_lock_minutes)
        self.grace_spin.setValue(s.check_in_grace_minutes)
        self.no_show_spin.setValue(s.no_show_after_minutes)
        self.refund_spin.setValue(s.refund_limit)
        self.attachment_spin.setValue(int(s.attachment_max_mb))
        for key, check in self.remedy_checks.items():
            check.setChecked(key in s.remedies)
        self.backup_folder_edit.setText(s.backup_folder)
        self.daily_spin.setValue(s.backup_daily)
        self.weekly_spin.setValue(s.backup_weekly)
        self.monthly_spin.setValue(s.backup_monthly)

    def changes(self) -> dict[str, Any]:
        """Every setting as the form shows it (the service stores only what differs)."""
        return {
            "salon_name": self.name_edit.text(),
            "address": self.address_edit.text().strip(),
            "phone": self.phone_edit.text().strip(),
            "timezone": self.tz_combo.zone(),
            "phone_region": self.region_combo.currentText(),
            "language": self.language_combo.currentData(),
            "opening_hours": self.hours_editor.hours(),
            "closed_days": [self.closed_list.item(i).text() for i in range(self.closed_list.count())],
            "targets": {f: spin.value() for f, spin in self.target_spins.items()},
            "idle_lock_minutes": self.idle_spin.value(),
            "check_in_grace_minutes": self.grace_spin.value(),
            "no_show_after_minutes": self.no_show_spin.value(),
            "refund_limit": self.refund_spin.value(),
            "attachment_max_mb": self.attachment_spin.value(),
            "remedies": [k for k, c in self.remedy_checks.items() if c.isChecked()],
            "backup_folder": self.backup_folder_edit.text().strip(),
            "backup_daily": self.daily_spin.value(),
            "backup_weekly": self.weekly_spin.value(),
            "backup_monthly": self.monthly_spin.value(),
        }

    def _clear_errors(self) -> None:
        self.error_label.clear()
        for widget in self.field_widgets.values():
            widget.setStyleSheet("")

    def save(self) -> bool:
        """Validate and store through the service; on error show it at the field and save nothing."""
        self._clear_errors()
        old_language = self.ctx.settings.language
        try:
            saved = self.ctx.run(settings_service.update_settings, self.changes())
        except DomainError as exc:
            self.error_label.setText(error_text(exc))
            widget = self.field_widgets.get(str(exc.params.get("field", "")))
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
                widget.setFocus()
                self.scroll_area.ensureWidgetVisible(widget)
            return False
        self.ctx.settings = saved
        self.ctx.signals.settings_changed.emit()
        self.show_settings(saved)
        if saved.language != old_language:
            common.show_info(self, self.tr("The new language is used when SalonDesk is next started."))
        window = self.ctx.extras.get("main_window")
        if window is not None:
            window.statusBar().showMessage(self.tr("Settings saved."), 4000)
        return True

    def folder_path(self) -> Path:
        """The backup folder the form shows (default when empty)."""
        text = self.backup_folder_edit.text().strip()
        return Path(text) if text else config.default_backup_dir()


def size_text(size: int) -> str:
    """Bytes for people: ``512 KB``, ``38.2 MB``, ``1.4 GB``."""
    if size < 1024 * 1024:
        return QCoreApplication.translate("SettingsTab", "{n} KB").format(n=max(1, round(size / 1024)) if size else 0)
    if size < 1024**3:
        return QCoreApplication.translate("SettingsTab", "{n} MB").format(n=f"{size / 1024**2:.1f}")
    return QCoreApplication.translate("SettingsTab", "{n} GB").format(n=f"{size / 1024**3:.1f}")
