"""The intake dialog (a phone complaint in under a minute) and the stage-entry dialog."""

from __future__ import annotations

import importlib
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget

from salondesk.domain.complaints import (
    CATEGORY_LABELS,
    CHANNEL_LABELS,
    ENTRY_LABELS,
    PRODUCT_OUTCOME_LABELS,
    REMEDY_LABELS,
    SEVERITY_LABELS,
    Category,
    Channel,
    EntryFacts,
    EntryKind,
    ProductOutcome,
    Remedy,
    Severity,
    close_needs_reason,
)
from salondesk.domain.errors import DomainError
from salondesk.domain.permissions import Role
from salondesk.queries import complaints as q
from salondesk.queries import staff as staff_queries
from salondesk.queries.complaints import ComplaintDetail, VisitChoice
from salondesk.services import complaints as svc
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext, error_text
from salondesk.ui.forms.ui_complaint_entry import Ui_ComplaintEntryDialog
from salondesk.ui.forms.ui_complaint_intake import Ui_ComplaintIntakeDialog
from salondesk.ui.widgets.common import RememberingDialog, configure_pin_edit
from salondesk.ui.widgets.phone_field import PhoneField


def label(labels: dict[Any, str], value: Any) -> str:
    """A domain label (marked in context ``Complaints``) in the UI language."""
    return QCoreApplication.translate("Complaints", labels[value])


def _fill(combo: Any, labels: dict[Any, str], values: list[Any] | None = None) -> None:
    combo.clear()
    for value in values if values is not None else list(labels):
        combo.addItem(label(labels, value), value.value)


class ComplaintIntakeDialog(RememberingDialog):
    """New complaint: channel, customer, category, severity, what happened, what they want."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        customer_id: int | None = None,
        customer_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_id: int | None = None
        self.customer_id = customer_id
        self.ui = Ui_ComplaintIntakeDialog()
        self.ui.setupUi(self)
        ui = self.ui
        configure_pin_edit(ui.pinEdit)
        _fill(ui.channelCombo, CHANNEL_LABELS)
        ui.channelCombo.setCurrentIndex(ui.channelCombo.findData(Channel.PHONE.value))
        _fill(ui.categoryCombo, CATEGORY_LABELS)
        _fill(ui.severityCombo, SEVERITY_LABELS)
        ui.severityCombo.setCurrentIndex(ui.severityCombo.findData(Severity.MEDIUM.value))
        ui.technicianCombo.addItem(self.tr("(not known)"), None)
        today = self._today()
        for person in staff_queries.staff_rows(ctx.new_uow(), today, include_inactive=False):
            if person.role == Role.TECHNICIAN:
                ui.technicianCombo.addItem(person.name, person.id)
        ui.purchaseDateEdit.setDate(QDate(today.year, today.month, today.day))
        ui.purchaseDateEdit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.banner: Any = None
        self.visits: list[VisitChoice] = []
        ui.visitCombo.currentIndexChanged.connect(self._visit_changed)
        self.search = self._customer_search()
        ui.customerNameEdit.textEdited.connect(self._name_edited)
        self._load_visits()
        if customer_id is not None:
            ui.customerNameEdit.setText(customer_name)
            ui.customerPhoneEdit.hide()
        now = self._now_qt()
        ui.receivedEdit.setDateTime(now)
        ui.receivedEdit.setMaximumDateTime(now)
        ui.receivedEdit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.phone_field = PhoneField(ui.customerPhoneEdit, ctx.settings.phone_region)
        ui.categoryCombo.currentIndexChanged.connect(self._category_changed)
        ui.healthSafetyCheck.toggled.connect(self._health_changed)
        ui.earlierCheck.toggled.connect(self._earlier_changed)
        ui.descriptionEdit.textChanged.connect(self.mark_dirty)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.watch(ui.customerNameEdit, ui.customerPhoneEdit, ui.wantedEdit, ui.categoryCombo, ui.productEdit)
        self._category_changed()
        self._earlier_changed(False)
        self.restore_size()
        if customer_id is not None:
            ui.descriptionEdit.setFocus()
        elif self.search is not None and hasattr(self.search, "focus"):
            self.search.focus()
        else:
            ui.customerNameEdit.setFocus()

    # ------------------------------------------------------------------ helpers
    def _today(self) -> date:
        return self.ctx.clock.now().astimezone(salon_timezone(self.ctx.settings)).date()

    def _now_qt(self) -> QDateTime:
        now = self.ctx.clock.now().astimezone(salon_timezone(self.ctx.settings))
        return QDateTime(
            QDate(now.year, now.month, now.day),
            QDateTime.fromString(now.strftime("%H:%M"), "HH:mm").time(),
        )

    def _customer_search(self) -> QWidget | None:
        """The customers area's counter search and safety banner, when that area is installed."""
        try:
            search_module = importlib.import_module("salondesk.ui.widgets.customer_search")
        except ImportError:
            return None
        widget_class = getattr(search_module, "CustomerSearchWidget", None)
        if widget_class is None:
            return None
        widget = widget_class(self.ctx, self, limit=8, pick_on_click=True)
        widget.customer_chosen.connect(self._customer_picked)
        view = getattr(widget, "view", None)
        if view is not None:
            view.setMaximumHeight(120)
        self.ui.customerLayout.insertWidget(0, widget)
        try:
            banner_class = importlib.import_module("salondesk.ui.widgets.safety_banner").SafetyBanner
        except (ImportError, AttributeError):
            banner_class = None
        if banner_class is not None:
            self.banner = banner_class(self)
            self.ui.customerLayout.addWidget(self.banner)
        return widget  # type: ignore[no-any-return]

    def _customer_picked(self, customer_id: int) -> None:
        """A registered customer was chosen in the search: link the complaint to their file."""
        from salondesk.queries.customers import get_customer, safety_warnings

        with self.ctx.new_uow() as uow:
            name = get_customer(uow, customer_id).name
        self.customer_id = customer_id
        self.ui.customerNameEdit.setText(name)
        self.ui.customerPhoneEdit.hide()
        if self.banner is not None:
            warnings = self.ctx.query(safety_warnings, customer_id, self.ctx.clock.now())
            self.banner.set_warnings(warnings, salon_timezone(self.ctx.settings))
        self._load_visits()
        self.mark_dirty()
        self.ui.descriptionEdit.setFocus()

    def _name_edited(self, _text: str) -> None:
        """Typing a name by hand means an unregistered customer (the link to a file is dropped)."""
        if self.customer_id is not None:
            self.customer_id = None
            self.ui.customerPhoneEdit.show()
            if self.banner is not None:
                self.banner.set_warnings(None)
            self._load_visits()

    def _load_visits(self) -> None:
        """Offer the registered customer's recent visits as links (hidden for an unregistered one)."""
        combo = self.ui.visitCombo
        self.visits = [] if self.customer_id is None else self.ctx.query(q.recent_visits, self.customer_id)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(no visit linked)"), None)
        tz = salon_timezone(self.ctx.settings)
        for index, visit in enumerate(self.visits):
            when = visit.arrived_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
            parts = [when, visit.service, visit.technician]
            combo.addItem(" · ".join(p for p in parts if p), index)
        combo.blockSignals(False)
        shown = bool(self.visits)
        self.ui.visitLabel.setVisible(shown)
        combo.setVisible(shown)

    def selected_visit(self) -> VisitChoice | None:
        """The visit chosen in the combo (None: no link)."""
        index = self.ui.visitCombo.currentData()
        return self.visits[index] if isinstance(index, int) and 0 <= index < len(self.visits) else None

    def _visit_changed(self, *_args: object) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        if visit.technician_id is not None:
            found = self.ui.technicianCombo.findData(visit.technician_id)
            if found >= 0:
                self.ui.technicianCombo.setCurrentIndex(found)
        if visit.service and not self.ui.serviceEdit.text().strip():
            self.ui.serviceEdit.setText(visit.service)
        self.mark_dirty()

    def _category_changed(self, *_args: object) -> None:
        product = self.ui.categoryCombo.currentData() == Category.PRODUCT.value
        for widget in (
            self.ui.productEdit,
            self.ui.batchEdit,
            self.ui.purchaseDateEdit,
            self.ui.productLabel,
            self.ui.purchaseLabel,
        ):
            widget.setVisible(product)

    def _health_changed(self, checked: bool) -> None:
        if checked:
            self.ui.severityCombo.setCurrentIndex(self.ui.severityCombo.findData(Severity.CRITICAL.value))
        self.ui.severityCombo.setEnabled(not checked)
        self.mark_dirty()

    def _earlier_changed(self, checked: bool) -> None:
        self.ui.receivedEdit.setEnabled(checked)
        self.ui.reasonEdit.setEnabled(checked)
        self.mark_dirty()

    def _received_at(self) -> datetime | None:
        if not self.ui.earlierCheck.isChecked():
            return None
        chosen = self.ui.receivedEdit.dateTime()
        tz = salon_timezone(self.ctx.settings)
        local = datetime(
            chosen.date().year(),
            chosen.date().month(),
            chosen.date().day(),
            chosen.time().hour(),
            chosen.time().minute(),
            tzinfo=tz,
        )
        return local.astimezone(UTC)

    def form_input(self) -> svc.ComplaintInput:
        """What the form says, as the service's input."""
        ui = self.ui
        product = ui.categoryCombo.currentData() == Category.PRODUCT.value
        purchase = ui.purchaseDateEdit.date()
        visit = self.selected_visit() if self.customer_id is not None else None
        return svc.ComplaintInput(
            channel=Channel(ui.channelCombo.currentData()),
            category=Category(ui.categoryCombo.currentData()),
            severity=Severity(ui.severityCombo.currentData()),
            description=ui.descriptionEdit.toPlainText(),
            wanted=ui.wantedEdit.text(),
            customer_id=self.customer_id,
            customer_name=ui.customerNameEdit.text() if self.customer_id is None else "",
            customer_phone=ui.customerPhoneEdit.text() if self.customer_id is None else "",
            health_safety=ui.healthSafetyCheck.isChecked(),
            received_at=self._received_at(),
            received_reason=ui.reasonEdit.text() if ui.earlierCheck.isChecked() else "",
            service_name=ui.serviceEdit.text(),
            visit_id=visit.visit_id if visit is not None else None,
            service_record_id=visit.service_record_id if visit is not None else None,
            technician_id=ui.technicianCombo.currentData(),
            product_name=ui.productEdit.text() if product else "",
            batch_number=ui.batchEdit.text() if product else "",
            purchase_date=date(purchase.year(), purchase.month(), purchase.day()) if product else None,
        )

    def save(self) -> None:
        """Log the complaint (write-locked: the yearly number is taken safely)."""
        try:
            pin = self.ui.pinEdit.text()
            self.saved_id = self.ctx.run(svc.log_complaint, self.form_input(), pin=pin, write_lock=True)
        except DomainError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            self.ui.pinEdit.clear()
            field = {
                "customer": self.ui.customerNameEdit,
                "description": self.ui.descriptionEdit,
                "received_at": self.ui.receivedEdit,
                "received_reason": self.ui.reasonEdit,
                "product_name": self.ui.productEdit,
                "purchase_date": self.ui.purchaseDateEdit,
            }.get(str(exc.params.get("field", "")))
            (field or self.ui.pinEdit).setFocus()
            return
        self.ctx.signals.data_changed.emit("complaints")
        self.accept()


_METHOD_KINDS = {EntryKind.ACKNOWLEDGED, EntryKind.CUSTOMER_TOLD, EntryKind.FOLLOW_UP}
_TEXT_REQUIRED = {
    EntryKind.ACKNOWLEDGED,
    EntryKind.EVIDENCE,
    EntryKind.ESCALATED,
    EntryKind.REOPENED,
    EntryKind.CORRECTION,
}


class ComplaintEntryDialog(RememberingDialog):
    """One stage entry: only the fields that stage needs are shown; signed with the logged-in user's own PIN."""

    def __init__(
        self, ctx: AppContext, detail: ComplaintDetail, kind: EntryKind, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.kind = kind
        self.saved_id: int | None = None
        self.file: Path | None = None
        self.ui = Ui_ComplaintEntryDialog()
        self.ui.setupUi(self)
        ui = self.ui
        row = detail.row
        self.setWindowTitle(f"{row.number} · {label(ENTRY_LABELS, kind)}")
        signer = ctx.actor.name if ctx.actor else ""
        header = (
            self.tr("%1 — %2. Signed by %3 with your PIN at the time you save.")
            .replace("%1", row.number)
            .replace("%2", label(ENTRY_LABELS, kind))
            .replace("%3", signer)
        )
        # domain.complaints.close_refusal: a close without a follow-up call needs the reason why none was possible
        self.reason_needed = kind == EntryKind.CLOSED and close_needs_reason(
            [EntryFacts(e.kind, e.at) for e in detail.entries]
        )
        if self.reason_needed:
            header += "\n" + self.tr(
                "There was no follow-up call. Write down why none was possible; "
                "the complaint counts as not followed up (C4)."
            )
        ui.headerLabel.setText(header)
        configure_pin_edit(ui.pinEdit)
        _fill(ui.methodCombo, CHANNEL_LABELS)
        ui.methodCombo.setCurrentIndex(ui.methodCombo.findData(Channel.PHONE.value))
        offered = [Remedy(r) for r in ctx.settings.remedies if r in Remedy.__members__.values()]
        _fill(ui.remedyCombo, REMEDY_LABELS, [*offered, Remedy.NONE])
        _fill(ui.outcomeCombo, PRODUCT_OUTCOME_LABELS)
        ui.satisfactionCombo.addItem(self.tr("Not rated"), None)
        for score in range(5, 0, -1):
            ui.satisfactionCombo.addItem(self.tr("%1 of 5").replace("%1", str(score)), score)
        for entry in detail.entries:
            local = entry.at.astimezone(salon_timezone(ctx.settings)).strftime("%Y-%m-%d %H:%M")
            ui.correctsCombo.addItem(f"{local} · {label(ENTRY_LABELS, entry.kind)} · {entry.author}", entry.id)
        ui.amountSpin.setDecimals(2)
        ui.amountSpin.setSuffix(" ¥")
        ui.fileButton.clicked.connect(self.choose_file)
        ui.remedyCombo.currentIndexChanged.connect(self._remedy_changed)
        ui.outcomeCombo.currentIndexChanged.connect(self._remedy_changed)
        ui.textEdit.textChanged.connect(self.mark_dirty)
        ui.textLabel.setText(self._text_label())
        self._show_fields()
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.restore_size()

    def _text_label(self) -> str:
        texts = {
            EntryKind.ACKNOWLEDGED: self.tr("What was &said:"),
            EntryKind.EVIDENCE: self.tr("&Description:"),
            EntryKind.DECISION: self.tr("Reason / &details:"),
            EntryKind.FOLLOW_UP: self.tr("Customer's &comment:"),
            EntryKind.ESCALATED: self.tr("&Why:"),
            EntryKind.REOPENED: self.tr("&Why:"),
            EntryKind.CORRECTION: self.tr("What is corrected and &why:"),
        }
        if self.reason_needed:
            return self.tr("&Why no follow-up call:")
        return texts.get(self.kind, self.tr("&Notes:"))

    def _show_fields(self) -> None:
        ui = self.ui
        kind = self.kind
        product = self.detail.row.category == Category.PRODUCT
        visible = {
            (ui.methodLabel, ui.methodCombo): kind in _METHOD_KINDS,
            (ui.remedyLabel, ui.remedyCombo): kind == EntryKind.DECISION,
            (ui.outcomeLabel, ui.outcomeCombo): kind == EntryKind.DECISION and product,
            (ui.satisfactionLabel, ui.satisfactionCombo): kind == EntryKind.FOLLOW_UP,
            (ui.fileLabel, ui.fileEdit, ui.fileButton): kind == EntryKind.EVIDENCE,
            (ui.correctsLabel, ui.correctsCombo): kind == EntryKind.CORRECTION,
        }
        for widgets, shown in visible.items():
            for widget in widgets:
                widget.setVisible(shown)
        self._remedy_changed()

    def _remedy_changed(self, *_args: object) -> None:
        refund = self.kind == EntryKind.DECISION and (
            self.ui.remedyCombo.currentData() == Remedy.REFUND.value
            or (
                self.detail.row.category == Category.PRODUCT
                and self.ui.outcomeCombo.currentData() == ProductOutcome.REFUND.value
            )
        )
        self.ui.amountLabel.setVisible(refund)
        self.ui.amountSpin.setVisible(refund)
        if refund:
            limit = self.ctx.settings.refund_limit
            self.ui.amountSpin.setToolTip(self.tr("Refunds above %1 need the owner.").replace("%1", f"{limit:.2f}"))
        self.mark_dirty()

    def choose_file(self) -> None:
        """Pick a photo, screenshot or document to attach (stored by its hash)."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Evidence file"),
            str(Path.home()),
            self.tr("Photos and PDF documents (*.png *.jpg *.jpeg *.heic *.pdf);;All files (*)"),
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        """Attach ``path`` (tests call this instead of the file chooser)."""
        self.file = path
        self.ui.fileEdit.setText(path.name)
        self.mark_dirty()

    def entry_input(self) -> svc.EntryInput:
        """What the form says, as the service's input."""
        ui = self.ui
        refund_shown = not ui.amountSpin.isHidden()
        return svc.EntryInput(
            kind=self.kind,
            text=ui.textEdit.toPlainText(),
            method=str(ui.methodCombo.currentData() or "") if self.kind in _METHOD_KINDS else "",
            remedy=str(ui.remedyCombo.currentData() or "") if self.kind == EntryKind.DECISION else "",
            amount=f"{ui.amountSpin.value():.2f}" if refund_shown and ui.amountSpin.value() > 0 else None,
            outcome=str(ui.outcomeCombo.currentData() or "") if not ui.outcomeCombo.isHidden() else "",
            satisfaction=ui.satisfactionCombo.currentData() if self.kind == EntryKind.FOLLOW_UP else None,
            corrects_id=ui.correctsCombo.currentData() if self.kind == EntryKind.CORRECTION else None,
        )

    def save(self) -> None:
        """Append the entry (the service checks the order and the permissions)."""
        complaint_id = self.detail.row.id
        try:
            pin = self.ui.pinEdit.text()
            if self.kind == EntryKind.EVIDENCE:
                text = self.ui.textEdit.toPlainText()
                self.saved_id = self.ctx.run(svc.add_evidence, complaint_id, text, self.file, pin=pin)
            else:
                self.saved_id = self.ctx.run(svc.add_entry, complaint_id, self.entry_input(), pin=pin)
        except DomainError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            self.ui.pinEdit.clear()
            (self.ui.textEdit if exc.params.get("field") == "text" else self.ui.pinEdit).setFocus()
            return
        self.ctx.signals.data_changed.emit("complaints")
        self.accept()
