"""Customers tab: counter search on top, the file (safety banner, consent, patch tests, history), birthdays.

What a role may do shows as enabled buttons; the rest are disabled with a tooltip
saying why (the services check again). Every opening of a file is logged by the
service (``open_customer_file``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salondesk.domain.calendar import local_date
from salondesk.domain.customers import GENDER_LABELS, PATCH_RESULT_LABELS, Gender, PatchState
from salondesk.domain.errors import DomainError
from salondesk.domain.permissions import Permission
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.queries.customers import (
    HISTORY_KINDS,
    BirthdayRow,
    CustomerFile,
    HistoryItem,
    PatchTestRow,
    birthdays_this_week,
    customer_count,
    customer_file,
)
from salondesk.services import customers as customer_service
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext
from salondesk.ui.dialogs.customers.edit import CustomerDialog, PatchTestDialog, local_text
from salondesk.ui.dialogs.customers.import_dialog import ImportDialog
from salondesk.ui.dialogs.customers.privacy import EraseDialog, MergeDialog
from salondesk.ui.i18n import current_language
from salondesk.ui.models.table_model import Column, RowTableModel
from salondesk.ui.tabs.base import Tab
from salondesk.ui.widgets import common
from salondesk.ui.widgets.common import State, StatusChip, state_foreground
from salondesk.ui.widgets.customer_search import CustomerSearchWidget
from salondesk.ui.widgets.safety_banner import SafetyBanner


def patch_chip_state(state: PatchState) -> State:
    """The colour of a patch-test verdict (always shown with its words)."""
    return {
        PatchState.VALID: State.OK,
        PatchState.TOO_RECENT: State.ATTENTION,
        PatchState.NONE: State.MUTED,
        PatchState.EXPIRED: State.BAD,
        PatchState.FAILED: State.BAD,
    }[state]


class CustomerFileView(QWidget):
    """One customer's file, as the logged-in role may see it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.file: CustomerFile | None = None
        self.name_label = QLabel()
        self.name_label.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = SafetyBanner()
        self.patch_chip = StatusChip()
        self.details = QFormLayout()
        self.detail_labels: dict[str, QLabel] = {}
        for key, label in (
            ("phone", self.tr("Mobile:")),
            ("other_phone", self.tr("Other phone:")),
            ("member", self.tr("Member no.:")),
            ("birthday", self.tr("Birthday:")),
            ("gender", self.tr("Gender:")),
            ("tags", self.tr("Tags:")),
            ("referral", self.tr("How they found us:")),
            ("notes", self.tr("Notes:")),
            ("consent", self.tr("Consent:")),
            ("visits", self.tr("Last visit:")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.detail_labels[key] = value
            self.details.addRow(label, value)
        self.restricted_note = QLabel(
            self.tr("Contact and personal details are not shown to technicians; you see your own services only.")
        )
        self.restricted_note.setWordWrap(True)
        self.restricted_note.setStyleSheet("color: #5f6368;")
        self.patch_model: RowTableModel[PatchTestRow] = RowTableModel(self._patch_columns(), self)
        self.history_model: RowTableModel[HistoryItem] = RowTableModel(self._history_columns(), self)
        self.patch_view = common.record_table(self.patch_model)
        self.history_view = common.record_table(self.history_model)
        self.history_empty = QLabel(self.tr("No history yet: visits, services and complaints will appear here."))
        self.history_empty.setStyleSheet("color: #5f6368;")
        self.patch_empty = QLabel(self.tr("No patch test on file. Colour services need one (Record patch test)."))
        self.patch_empty.setStyleSheet("color: #5f6368;")
        tabs = QTabWidget()
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.addWidget(self.history_view)
        history_layout.addWidget(self.history_empty)
        patch_page = QWidget()
        patch_layout = QVBoxLayout(patch_page)
        patch_layout.addWidget(self.patch_view)
        patch_layout.addWidget(self.patch_empty)
        tabs.addTab(history_page, self.tr("History"))
        tabs.addTab(patch_page, self.tr("Patch tests"))
        self.tabs = tabs

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.name_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.patch_chip, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self.details)
        layout.addWidget(self.restricted_note)
        layout.addWidget(tabs, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _patch_columns(self) -> list[Column[PatchTestRow]]:
        return [
            Column(self.tr("Tested at"), lambda r: local_text(self.ctx, r.tested_at)),
            Column(self.tr("Product"), lambda r: r.product),
            Column(
                self.tr("Result"),
                lambda r: QCoreApplication.translate("Customers", PATCH_RESULT_LABELS[r.result]),
                foreground=lambda r: state_foreground(State.OK if r.result == "passed" else State.BAD),
            ),
            Column(self.tr("By"), lambda r: r.tested_by),
            Column(self.tr("Notes"), lambda r: r.notes),
        ]

    def _history_columns(self) -> list[Column[HistoryItem]]:
        return [
            Column(self.tr("When"), lambda r: local_text(self.ctx, r.at)),
            Column(
                self.tr("What"),
                lambda r: (
                    QCoreApplication.translate("Customers", HISTORY_KINDS[r.kind])
                    if r.kind in HISTORY_KINDS
                    else r.kind
                ),
            ),
            Column(
                self.tr("Details"),
                lambda r: " — ".join(
                    QCoreApplication.translate("Customers", p)
                    for p in (r.title_zh if r.title_zh and current_language().startswith("zh") else r.title, r.detail)
                    if p
                ),
            ),
            Column(self.tr("Staff"), lambda r: r.staff_name),
        ]

    def show_file(self, file: CustomerFile) -> None:
        """Fill every part from ``file``."""
        self.file = file
        name = file.name
        if file.erased:
            name = self.tr("{name} (erased on request)").format(name=name)
        elif file.merged_into_id is not None:
            name = self.tr("{name} (merged into file {id})").format(name=name, id=file.merged_into_id)
        self.name_label.setText(name)
        zone = salon_timezone(self.ctx.settings)
        self.banner.set_warnings(file.warnings, zone)
        patch = file.warnings.patch
        self.patch_chip.set_state(patch_chip_state(patch.state), patch.render(QCoreApplication.translate, zone))
        labels = self.detail_labels
        labels["phone"].setText(file.phone or "—")
        labels["other_phone"].setText(file.other_phone or "—")
        labels["member"].setText(file.member_number or "—")
        if file.birthday is not None:
            labels["birthday"].setText(common.day_text(file.birthday))
        elif file.birth_month and file.birth_day:
            labels["birthday"].setText(f"{file.birth_month:02d}-{file.birth_day:02d}")
        else:
            labels["birthday"].setText("—")
        gender = file.gender
        labels["gender"].setText(
            QCoreApplication.translate("Customers", GENDER_LABELS[Gender(gender)]) if gender else "—"
        )
        labels["tags"].setText(", ".join(file.tags) or "—")
        labels["referral"].setText(file.referral_source or "—")
        labels["notes"].setText(file.notes or "—")
        consent = [
            self.tr("privacy notice {version} accepted {at}").format(
                version=file.privacy_notice_version or "", at=local_text(self.ctx, file.privacy_consent_at)
            )
            if file.privacy_consent_at
            else self.tr("privacy notice not yet accepted"),
            self.tr("marketing: yes") if file.marketing_consent else self.tr("marketing: no"),
            self.tr("health data: consent {version} given {at}").format(
                version=file.health_consent_version or "", at=local_text(self.ctx, file.health_consent_at)
            )
            if file.health_consent_at
            else self.tr("health data: no consent (none stored)"),
        ]
        labels["consent"].setText("; ".join(consent))
        labels["visits"].setText(local_text(self.ctx, file.last_visit_at) or self.tr("never"))
        for key in ("other_phone", "member", "birthday", "gender", "tags", "referral", "notes"):
            labels[key].setVisible(not file.restricted)
            self.details.labelForField(labels[key]).setVisible(not file.restricted)
        self.restricted_note.setVisible(file.restricted)
        self.patch_model.set_rows(file.patch_tests)
        self.history_model.set_rows(file.history)
        self.patch_view.setVisible(bool(file.patch_tests))
        self.patch_empty.setVisible(not file.patch_tests)
        self.history_view.setVisible(bool(file.history))
        self.history_empty.setVisible(not file.history)


class CustomersTab(Tab):
    """Find a customer in a few keys, open the file, act on it as the role allows."""

    area = "customers"
    title_text = QT_TRANSLATE_NOOP("CustomersTab", "Customers")
    required_permission = None  # technicians see a restricted file

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.current_id: int | None = None
        self.search = CustomerSearchWidget(ctx)
        self.birthday_model: RowTableModel[BirthdayRow] = RowTableModel(self._birthday_columns(), self)
        self.birthday_view = common.record_table(self.birthday_model)
        self.birthday_empty = QLabel(self.tr("No birthdays this week."))
        self.birthday_empty.setStyleSheet("color: #5f6368; padding: 8px;")
        self.birthday_count = QLabel()
        birthday_page = QWidget()
        birthday_layout = QVBoxLayout(birthday_page)
        birthday_layout.setContentsMargins(0, 0, 0, 0)
        birthday_layout.addWidget(self.birthday_count)
        birthday_layout.addWidget(self.birthday_view, 1)
        birthday_layout.addWidget(self.birthday_empty, 1)
        self.left_tabs = QTabWidget()
        self.left_tabs.addTab(self.search, self.tr("Search"))
        self.left_tabs.addTab(birthday_page, self.tr("Birthdays this week"))

        self.new_button = QPushButton(self.tr("&New customer…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.patch_button = QPushButton(self.tr("Record &patch test…"))
        self.export_one_button = QPushButton(self.tr("E&xport data…"))
        self.erase_button = QPushButton(self.tr("E&rase…"))
        self.merge_button = QPushButton(self.tr("&Merge duplicate…"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.export_all_button = QPushButton(self.tr("Export &all…"))
        self.summary = QLabel()
        bar = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.patch_button,
            self.merge_button,
            self.export_one_button,
            self.erase_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_all_button)

        self.file_view = CustomerFileView(ctx)
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #5f6368; font-size: 14px; padding: 24px;")
        self.right = QStackedWidget()
        self.right.addWidget(self.placeholder)
        self.right.addWidget(self.file_view)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.left_tabs)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 720])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)

        self.search.customer_chosen.connect(self.open_customer)
        self.birthday_view.doubleClicked.connect(lambda i: self.open_customer(self.birthday_model.row_at(i.row()).id))
        enter = QShortcut(
            QKeySequence(Qt.Key.Key_Return), self.birthday_view, context=Qt.ShortcutContext.WidgetShortcut
        )
        enter.activated.connect(self._open_birthday)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_current)
        self.patch_button.clicked.connect(self.record_patch_test)
        self.export_one_button.clicked.connect(self.export_current)
        self.erase_button.clicked.connect(self.erase_current)
        self.merge_button.clicked.connect(self.merge_current)
        self.import_button.clicked.connect(self.import_file)
        self.export_all_button.clicked.connect(self.export_all)
        ctx.signals.data_changed.connect(self._data_changed)
        ctx.signals.actor_changed.connect(self.refresh)
        self._update_buttons()

    # ------------------------------------------------------------------ Tab
    def focus_search(self) -> bool:
        """Ctrl+F."""
        self.left_tabs.setCurrentWidget(self.search)
        self.search.focus()
        return True

    def new_record(self) -> None:
        """Ctrl+N: a new customer file."""
        if not self.ctx.can(Permission.EDIT_CUSTOMERS):
            return
        dialog = CustomerDialog(self.ctx, parent=self)
        dialog.exec()
        if dialog.saved_id is not None:
            self.open_customer(dialog.saved_id)
        elif dialog.open_existing_id is not None:
            self.open_customer(dialog.open_existing_id)

    def refresh(self) -> None:
        """Reload the counts, birthdays, the search and the open file."""
        if self.ctx.actor is None:
            return
        total = self.ctx.query(customer_count)
        self.summary.setText(self.tr("{count} customer files").format(count=total))
        self.placeholder.setText(
            self.tr(
                "No customer files yet. Add one with “New customer” (Ctrl+N), import a list from another system "
                "with “Import”, or create a demo salon."
            )
            if total == 0
            else self.tr("Find a customer on the left (Ctrl+F), then press Enter to open the file.")
        )
        today = local_date(self.ctx.clock.now(), salon_timezone(self.ctx.settings))
        rows = self.ctx.query(birthdays_this_week, self.ctx.require_actor(), today)
        self.birthday_model.set_rows(rows)
        self.birthday_count.setText(self.tr("{count} birthdays this week").format(count=len(rows)))
        self.birthday_view.setVisible(bool(rows))
        self.birthday_empty.setVisible(not rows)
        if self.search.edit.text().strip():
            self.search.search_now()
        if self.current_id is not None:
            self._load(self.current_id, log=False)
        else:
            self.right.setCurrentWidget(self.placeholder)
        self._update_buttons()

    # ------------------------------------------------------------------ file
    def open_customer(self, customer_id: int) -> None:
        """Open (and log the opening of) a file."""
        self._load(customer_id, log=True)

    def _load(self, customer_id: int, *, log: bool) -> None:
        try:
            if log:  # an opening: logged by the service (who, when)
                file = self.ctx.run(customer_service.open_customer_file, customer_id)
            else:  # the same file redrawn after a change
                file = self.ctx.query(customer_file, self.ctx.require_actor(), customer_id, self.ctx.clock.now())
        except DomainError as exc:
            common.show_error(self, exc)
            return
        self.current_id = customer_id
        self.file_view.show_file(file)
        self.right.setCurrentWidget(self.file_view)
        self._update_buttons()

    def _open_birthday(self) -> None:
        index = self.birthday_view.currentIndex()
        if index.isValid():
            self.open_customer(self.birthday_model.row_at(index.row()).id)

    def _birthday_columns(self) -> list[Column[BirthdayRow]]:
        return [
            Column(self.tr("Day"), lambda r: common.month_day_text(r.birthday_on), sort_key=lambda r: r.birthday_on),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Turns"), lambda r: "" if r.age is None else str(r.age)),
            Column(self.tr("Mobile"), lambda r: r.phone),
        ]

    def _update_buttons(self) -> None:
        file = self.file_view.file if self.current_id is not None else None
        active = file is not None and not file.erased and file.merged_into_id is None
        rules = (
            (self.new_button, Permission.EDIT_CUSTOMERS, True),
            (self.edit_button, Permission.EDIT_CUSTOMERS, active),
            (self.patch_button, None, active),
            (self.merge_button, Permission.MERGE_CUSTOMERS, active),
            (self.export_one_button, Permission.EXPORT_CUSTOMERS, file is not None),
            (self.erase_button, Permission.ERASE_CUSTOMERS, file is not None and not file.erased),
            (self.import_button, Permission.IMPORT_CUSTOMERS, True),
            (self.export_all_button, Permission.EXPORT_CUSTOMERS, True),
        )
        for button, permission, possible in rules:
            allowed = permission is None or self.ctx.can(permission)
            button.setEnabled(allowed and possible)
            if not allowed:
                button.setToolTip(self.tr("Only the owner may do this."))
            elif not possible:
                button.setToolTip(self.tr("Open an active customer file first."))
            else:
                button.setToolTip("")
        self.new_button.setToolTip(self.new_button.toolTip() or self.tr("Ctrl+N"))

    def _data_changed(self, area: str) -> None:
        if area in {"customers", "appointments", "reception", "complaints"}:
            self.refresh()

    # ------------------------------------------------------------------ actions
    def edit_current(self) -> None:
        """Edit the open file."""
        file = self.file_view.file
        if file is None:
            return
        dialog = CustomerDialog(self.ctx, file, parent=self)
        dialog.exec()
        if dialog.open_existing_id is not None:
            self.open_customer(dialog.open_existing_id)

    def record_patch_test(self) -> None:
        """Record a patch test for the open file."""
        file = self.file_view.file
        if file is None:
            return
        PatchTestDialog(self.ctx, file.id, file.name, parent=self).exec()

    def export_current(self) -> None:
        """Subject-access export of the open file: JSON plus a readable CSV next to it (owner)."""
        file = self.file_view.file
        if file is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export customer data"), f"customer-{file.id}.json", self.tr("JSON (*.json)")
        )
        if not name:
            return
        try:
            data = self.ctx.run(customer_service.export_customer_data, file.id)
        except DomainError as exc:
            common.show_error(self, exc)
            return
        json_path = Path(name)
        json_path.write_text(data.json_text, encoding="utf-8")
        csv_path = json_path.with_suffix(".csv")
        csv_path.write_text(data.csv_text, encoding="utf-8-sig")  # BOM: Excel opens Chinese correctly
        common.show_info(
            self,
            self.tr("Wrote {json} and {csv} ({count} records).").format(
                json=json_path, csv=csv_path, count=data.records
            ),
        )

    def erase_current(self) -> None:
        """Erase the open file on the customer's request (owner; two steps)."""
        file = self.file_view.file
        if file is None:
            return
        dialog = EraseDialog(self.ctx, file.id, file.name, parent=self)
        if dialog.exec() and dialog.pseudonym:
            self.ctx.signals.data_changed.emit("customers")

    def merge_current(self) -> None:
        """Merge a duplicate into the open file (owner)."""
        file = self.file_view.file
        if file is None:
            return
        dialog = MergeDialog(self.ctx, file.id, file.name, parent=self)
        if dialog.exec() and dialog.result_info is not None:
            self.ctx.signals.data_changed.emit("customers")

    def import_file(self) -> None:
        """Import a customer list (owner)."""
        dialog = ImportDialog(self.ctx, parent=self)
        dialog.exec()
        if dialog.imported:
            self.ctx.signals.data_changed.emit("customers")

    def export_all(self) -> None:
        """Every customer as SalonDesk CSV (owner)."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export customers"), "customers.csv", self.tr("CSV (*.csv)")
        )
        if not name:
            return
        from salondesk.services.customer_import import export_customers_csv

        try:
            text, count = self.ctx.run(export_customers_csv)
        except DomainError as exc:
            common.show_error(self, exc)
            return
        Path(name).write_text(text, encoding="utf-8", newline="")
        common.show_info(self, self.tr("Wrote {count} customers to {file}.").format(count=count, file=name))
