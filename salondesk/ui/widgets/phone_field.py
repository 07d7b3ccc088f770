"""The one phone field: every phone typed anywhere is checked by the same domain rule (ux.md).

Attached to a form's ``QLineEdit`` (customer file, walk-in, guest booking, complaint):
once the user leaves the field, a number the save would refuse turns the field red
with the save's own words, so the mistake shows before Save is pressed. The services
refuse it all the same (``salondesk.domain.reception.valid_phone`` /
``salondesk.services.customers``), both through ``name_search.phone_entered``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLineEdit

from salondesk.domain.name_search import phone_entered
from salondesk.domain.reception import MSG_BAD_PHONE
from salondesk.ui.widgets.common import STATE_COLOURS, State


class PhoneField(QObject):
    """Validates ``edit`` as a phone of ``region`` when editing finishes; :meth:`problem` says what is wrong."""

    def __init__(self, edit: QLineEdit, region: str) -> None:
        super().__init__(edit)
        self.edit = edit
        self.region = region
        edit.setMaxLength(40)
        edit.editingFinished.connect(self.check)
        edit.textEdited.connect(self._clear)

    def problem(self) -> str:
        """The translated message for a number the save would refuse ("" when it is empty or valid)."""
        try:
            phone_entered(self.edit.text(), self.region)
        except ValueError:
            return QCoreApplication.translate("Errors", MSG_BAD_PHONE).format(value=self.edit.text().strip())
        return ""

    def check(self) -> bool:
        """Show the verdict on the field; True when the phone is acceptable."""
        text = self.problem()
        fg, bg = STATE_COLOURS[State.BAD]
        self.edit.setStyleSheet(f"QLineEdit {{ border: 2px solid {fg}; background: {bg}; }}" if text else "")
        self.edit.setToolTip(text)
        return not text

    def _clear(self, _text: str) -> None:
        if self.edit.styleSheet():
            self.edit.setStyleSheet("")
            self.edit.setToolTip("")
