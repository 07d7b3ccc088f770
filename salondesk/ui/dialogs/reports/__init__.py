"""Reports dialogs: closing a month with the owner's PIN."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from salondesk.ui.forms.ui_reports_dialog import Ui_CloseMonthDialog
from salondesk.ui.widgets.common import RememberingDialog, configure_pin_edit


class CloseMonthDialog(RememberingDialog):
    """Says what closing stores and asks the owner's PIN (the tab then closes in the background)."""

    def __init__(self, month: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CloseMonthDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Close %1").replace("%1", month))
        self.ui.introLabel.setText(
            self.tr(
                "Closing %1 stores its report as of now — the figures, the PDF, the time, your name and the "
                "head of every register — and it never changes afterwards. Records entered later are listed "
                "as changes when the month is recomputed."
            ).replace("%1", month)
        )
        self.ui.pinEditLabel.setText(self.tr("Owner's &PIN:"))
        configure_pin_edit(self.ui.pinEdit)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Close month"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.buttonBox.accepted.connect(self._accept_if_pin)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.watch(self.ui.pinEdit)
        self.restore_size()

    def _accept_if_pin(self) -> None:
        if not self.ui.pinEdit.text():
            self.ui.errorLabel.setText(self.tr("Enter your PIN."))
            self.ui.pinEdit.setFocus()
            return
        self.accept()

    def pin(self) -> str:
        """The PIN typed."""
        return self.ui.pinEdit.text()

    def show_error(self, text: str) -> None:
        """A refusal from the close (wrong PIN …), shown when the dialog is opened again."""
        self.ui.errorLabel.setText(text)
