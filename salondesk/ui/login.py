"""The login screen: pick yourself, type your PIN, press Enter.

At start-up the window paints before the database layer is imported (``salondesk.app``):
this module imports only Qt and its form at the top; the rest when it is used.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from salondesk.ui.forms.ui_login import Ui_LoginDialog
from salondesk.ui.widgets.pin_edit import configure_pin_edit

if TYPE_CHECKING:
    from salondesk.db.uow import UowFactory
    from salondesk.domain.clock import Clock
    from salondesk.domain.permissions import Actor
    from salondesk.queries.staff import StaffRow


def staff_for_login(new_uow: UowFactory, clock: Clock) -> list[StaffRow]:
    """Everyone who can log in, in the picker's order (Chinese names by their pinyin)."""
    from salondesk.domain.name_search import name_sort_key
    from salondesk.queries import staff as staff_queries

    # frozen rows, not ORM objects: they outlive the unit of work that read them
    people = staff_queries.staff_rows(new_uow(), clock.now().date(), include_inactive=False)
    return sorted(people, key=lambda p: name_sort_key(p.name))


class LoginDialog(QDialog):
    """Staff picker + PIN. Emits :attr:`logged_in` with the Actor and accepts on success.

    Rejecting (Quit) leaves the decision to the caller: at start-up and when locked
    it means "close SalonDesk".

    Built without ``new_uow`` (start-up), it shows at once and waits for :meth:`connect_source`
    with the names; a PIN typed meanwhile stays (Enter pressed meanwhile asks to pick a name).
    """

    logged_in = Signal(object)

    def __init__(
        self,
        new_uow: UowFactory | None,
        clock: Clock | None,
        salon_name: str = "",
        preselect: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.new_uow = new_uow
        self.clock = clock
        self.actor: Actor | None = None
        self._login_asked = False  # Enter before the names were there
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Log in — SalonDesk"))
        self.ui.titleLabel.setText(salon_name or "SalonDesk")
        configure_pin_edit(self.ui.pinEdit)
        configure_pin_edit(self.ui.confirmEdit)
        self.ui.newPinLabel.setText(
            self.tr("You have no PIN yet (the salon was moved from another PC). Choose one of 4 to 8 digits.")
        )
        self.new_pin = False
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Log in"))
        ok.setDefault(True)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit SalonDesk"))
        self.ui.buttonBox.accepted.connect(self.try_login)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.pinEdit.textEdited.connect(lambda _t: self.ui.errorLabel.clear())
        self.ui.staffCombo.currentIndexChanged.connect(self._staff_changed)
        self.ui.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if new_uow is not None:
            self.load_staff(preselect)
        else:
            self.ui.staffCombo.blockSignals(True)  # nobody to pick yet
            self.ui.staffCombo.addItem(self.tr("Loading the staff list…"))
            self.ui.staffCombo.blockSignals(False)
            self.ui.staffCombo.setEnabled(False)
            self._show_new_pin_fields(False)
            self.ui.pinEdit.setFocus()

    def connect_source(self, new_uow: UowFactory, clock: Clock, people: Sequence[StaffRow]) -> None:
        """The rest of SalonDesk is loaded: show ``people`` (from :func:`staff_for_login`) and accept PINs."""
        self.new_uow, self.clock = new_uow, clock
        pin = self.ui.pinEdit.text()
        self.ui.staffCombo.setEnabled(True)
        self._fill(people, None)
        self.ui.pinEdit.setText(pin)  # typed while the names were loading
        if self._login_asked:  # Enter before anyone could be picked: never log in a name nobody saw
            self._login_asked = False
            self.ui.errorLabel.setText(self.tr("Pick your name first."))

    def load_staff(self, preselect: int | None = None) -> None:
        """Fill the picker with everyone who can log in, role shown."""
        assert self.new_uow is not None and self.clock is not None
        self._fill(staff_for_login(self.new_uow, self.clock), preselect)

    def _fill(self, people: Sequence[StaffRow], preselect: int | None) -> None:
        from salondesk.domain.permissions import ROLE_LABELS

        combo = self.ui.staffCombo
        combo.blockSignals(True)
        combo.clear()
        for person in people:
            role = ROLE_LABELS[person.role]
            combo.addItem(f"{person.name} — {self.translate_role(role)}", person.id)
        combo.blockSignals(False)
        if preselect is not None:
            index = combo.findData(preselect)
            if index >= 0:
                combo.setCurrentIndex(index)
        self._staff_changed(combo.currentIndex())

    @staticmethod
    def translate_role(label: str) -> str:
        """A role label in the UI language (context ``Role``)."""
        return QCoreApplication.translate("Role", label)

    def _staff_changed(self, _index: int) -> None:
        from salondesk.services import auth

        self.ui.errorLabel.clear()
        self.ui.pinEdit.clear()
        self.ui.confirmEdit.clear()
        staff_id = self.selected_staff_id()
        assert self.new_uow is not None
        self.new_pin = staff_id is not None and auth.pin_missing(self.new_uow(), staff_id)
        self._show_new_pin_fields(self.new_pin)
        self.ui.pinEdit.setFocus()

    def _show_new_pin_fields(self, shown: bool) -> None:
        for widget in (self.ui.confirmEdit, self.ui.confirmEditLabel, self.ui.newPinLabel):
            widget.setVisible(shown)

    def selected_staff_id(self) -> int | None:
        """The picked staff member's id."""
        data = self.ui.staffCombo.currentData()
        return int(data) if data is not None else None

    def select_staff(self, staff_id: int) -> None:
        """Pick ``staff_id`` (tests, or the last user after a lock)."""
        index = self.ui.staffCombo.findData(staff_id)
        if index >= 0:
            self.ui.staffCombo.setCurrentIndex(index)

    def error(self) -> str:
        """The message currently shown (empty when none)."""
        return self.ui.errorLabel.text()

    def try_login(self) -> None:
        """Check the PIN through the auth service; stay open with the reason when it fails."""
        if self.new_uow is None:  # still starting: nobody can be picked yet
            self._login_asked = True
            self.ui.errorLabel.setText(self.tr("One moment: SalonDesk is still starting…"))
            return
        from salondesk.domain.errors import DomainError
        from salondesk.services import auth
        from salondesk.ui.context import error_text

        staff_id = self.selected_staff_id()
        if staff_id is None:
            self.ui.errorLabel.setText(self.tr("Pick your name first."))
            return
        pin = self.ui.pinEdit.text()
        if not pin:
            self.ui.errorLabel.setText(self.tr("Type your PIN."))
            self.ui.pinEdit.setFocus()
            return
        if self.new_pin and pin != self.ui.confirmEdit.text():
            self.ui.errorLabel.setText(self.tr("The two PINs differ; type the same PIN twice."))
            self.ui.confirmEdit.clear()
            self.ui.confirmEdit.setFocus()
            return
        assert self.clock is not None
        try:
            if self.new_pin:
                actor = auth.set_first_pin(self.new_uow(), self.clock, staff_id, pin)
            else:
                actor = auth.login(self.new_uow(), self.clock, staff_id, pin)
        except DomainError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            self.ui.pinEdit.clear()
            self.ui.pinEdit.setFocus()
            return
        self.actor = actor
        self.ui.pinEdit.clear()
        self.ui.confirmEdit.clear()
        self.ui.errorLabel.clear()
        self.logged_in.emit(actor)
        self.accept()
