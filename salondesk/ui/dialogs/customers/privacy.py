"""Owner-only privacy actions: erase a file on request, merge a duplicate into a file."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from salondesk.domain.errors import DomainError
from salondesk.services import customers as customer_service
from salondesk.ui.context import AppContext, error_text
from salondesk.ui.widgets import common
from salondesk.ui.widgets.common import RememberingDialog
from salondesk.ui.widgets.customer_search import CustomerSearchWidget


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    return label


class EraseDialog(RememberingDialog):
    """Erase on the customer's request: a written reason, then a second confirmation."""

    def __init__(self, ctx: AppContext, customer_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.name = name
        self.pseudonym: str | None = None
        self.setWindowTitle(self.tr("Erase customer data"))
        text = QLabel(
            self.tr(
                "Erase the personal data of {name}? Name, phones, birthday, notes and health data are removed; "
                "service records, complaints and patch tests keep a pseudonymous reference. This cannot be undone."
            ).format(name=name)
        )
        text.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason, e.g. the customer asked by phone on …"))
        self.error = _error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Erase…"))
        buttons.accepted.connect(self.erase)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.watch(self.reason)
        self.restore_size()

    def erase(self) -> None:
        """Second step, then the service."""
        if not common.confirm(
            self,
            self.tr("Erase customer data"),
            self.tr("Really erase {name}? This cannot be undone.").format(name=self.name),
            destructive=True,
        ):
            return
        try:
            self.pseudonym = self.ctx.run(customer_service.erase_customer, self.customer_id, self.reason.text())
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()


class MergeDialog(RememberingDialog):
    """Pick the duplicate with the counter search; it is merged into the open file."""

    def __init__(self, ctx: AppContext, keep_id: int, keep_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.keep_id = keep_id
        self.keep_name = keep_name
        self.merge_id: int | None = None
        self.result_info: customer_service.MergeResult | None = None
        self.setWindowTitle(self.tr("Merge a duplicate into {name}").format(name=keep_name))
        text = QLabel(
            self.tr(
                "Find the duplicate file. All its history moves to {name}; its empty fields fill in the kept file; "
                "the duplicate is kept hidden, pointing here."
            ).format(name=keep_name)
        )
        text.setWordWrap(True)
        self.search = CustomerSearchWidget(ctx)
        self.choice = QLabel(self.tr("No duplicate chosen yet."))
        self.error = _error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.choice)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.search.customer_chosen.connect(self.choose)
        self.resize(640, 480)
        self.restore_size()

    def choose(self, customer_id: int) -> None:
        """The duplicate was picked in the search."""
        if customer_id == self.keep_id:
            self.error.setText(self.tr("That is the file itself: pick the duplicate."))
            return
        hit = next((h for h in self.search.model.rows() if h.id == customer_id), None)
        self.merge_id = customer_id
        self.error.setText("")
        self.choice.setText(
            self.tr("Merge {other} ({phone}) into {name}.").format(
                other=hit.name if hit else customer_id, phone=hit.phone if hit else "", name=self.keep_name
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.mark_dirty()

    def merge(self) -> None:
        """Confirm, then the service."""
        if self.merge_id is None:
            return
        if not common.confirm(self, self.tr("Merge files"), self.choice.text(), destructive=True):
            return
        try:
            self.result_info = self.ctx.run(customer_service.merge_customers, self.keep_id, self.merge_id)
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()
