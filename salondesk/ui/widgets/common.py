"""Small widgets every screen shares: messages, PIN entry, status chips, dialogs that remember.

Message helpers are called as ``common.confirm(...)`` (module attribute), so tests
can replace them without a modal box blocking the run.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QSettings,
    Qt,
)
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QWidget,
)

from salondesk import config
from salondesk.domain.errors import DomainError
from salondesk.ui.context import error_text
from salondesk.ui.widgets.pin_edit import configure_pin_edit

UI_SETTINGS_FILE = "ui.ini"


def day_text(value: date | datetime | None, tz: ZoneInfo | None = None) -> str:
    """One date format per language (ux.md): ``2026-11-23`` / ``2026年11月23日``; an instant as its day in ``tz``.

    ``tz`` is the salon's zone (never the UTC date of an instant); empty for None.
    """
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(tz).date() if tz is not None else value.date()
    if QLocale().language() == QLocale.Language.Chinese:
        return f"{value.year}年{value.month}月{value.day}日"
    return value.isoformat()


def month_day_text(value: date) -> str:
    """A day without its year (birthdays): ``11-23`` / ``11月23日``."""
    if QLocale().language() == QLocale.Language.Chinese:
        return f"{value.month}月{value.day}日"
    return f"{value:%m-%d}"


def date_display_format() -> str:
    """The date edits' format: the one date format of the UI language (ux.md)."""
    return "yyyy年M月d日" if QLocale().language() == QLocale.Language.Chinese else "yyyy-MM-dd"


def use_date_format(root: QWidget) -> None:
    """Give the date fields under ``root`` the one date format of the UI language.

    Only fields still showing the locale's short format (en_GB: 23/11/2026) change; a field
    with a format of its own (a month, a time) keeps it.
    """
    default = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    for edit in root.findChildren(QDateTimeEdit):
        shown = edit.displayFormat()
        if shown == default:
            edit.setDisplayFormat(date_display_format())
        elif shown.startswith(default + " "):  # a date and a time
            edit.setDisplayFormat(date_display_format() + shown[len(default) :])


def moment_text(value: datetime | None, tz: ZoneInfo) -> str:
    """An instant as its day and time in the salon's zone: ``2026-11-23 14:10`` / ``2026年11月23日 14:10``."""
    if value is None:
        return ""
    return f"{day_text(value, tz)} {value.astimezone(tz):%H:%M}"


def no_services_hint() -> str:
    """The empty state of every dialog that offers services: where a new owner sets them up."""
    return QCoreApplication.translate("Common", "No services yet. The owner sets them up in Appointments → Services….")


def ui_settings() -> QSettings:
    """Window sizes, last tab… kept in the data directory (tests redirect it), never the registry."""
    return QSettings(str(config.data_dir() / UI_SETTINGS_FILE), QSettings.Format.IniFormat)


# ------------------------------------------------------------------ states (ux.md colours)
class State(StrEnum):
    """One colour meaning everywhere, always shown with a word too."""

    OK = "ok"  # green: on time / done
    ATTENTION = "attention"  # amber
    BAD = "bad"  # red: missed / overdue
    MUTED = "muted"  # grey: cancelled / retired


STATE_COLOURS = {
    State.OK: ("#1e7b34", "#e3f4e6"),
    State.ATTENTION: ("#8a5a00", "#fff1cc"),
    State.BAD: ("#b3261e", "#fde4e2"),
    State.MUTED: ("#5f6368", "#eceff1"),
}


def state_foreground(state: State) -> QBrush:
    """Text colour for a table cell in ``state``."""
    return QBrush(QColor(STATE_COLOURS[state][0]))


def state_background(state: State) -> QBrush:
    """Background for a table cell in ``state``."""
    return QBrush(QColor(STATE_COLOURS[state][1]))


class StatusChip(QLabel):
    """A rounded label: colour plus the word (never colour alone)."""

    def __init__(self, text: str = "", state: State = State.MUTED, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.set_state(state, text)

    def set_state(self, state: State, text: str) -> None:
        """Show ``text`` in ``state``'s colours."""
        self.state = state
        fg, bg = STATE_COLOURS[state]
        self.setText(text)
        self.setStyleSheet(
            f"QLabel {{ color: {fg}; background: {bg}; border: 1px solid {fg}; border-radius: 8px; padding: 1px 8px; }}"
        )


# ------------------------------------------------------------------ PIN entry
class PinEdit(QLineEdit):
    """A masked field that accepts 4–8 digits only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        configure_pin_edit(self)


# ------------------------------------------------------------------ messages
def show_error(parent: QWidget | None, error: DomainError | str, title: str | None = None) -> None:
    """A service error (translated) or a ready-made text in a warning box."""
    text = error_text(error) if isinstance(error, DomainError) else error
    QMessageBox.warning(parent, title or QCoreApplication.translate("Common", "SalonDesk"), text)


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    """A plain information box."""
    QMessageBox.information(parent, title or QCoreApplication.translate("Common", "SalonDesk"), text)


def confirm(parent: QWidget | None, title: str, text: str, *, destructive: bool = False) -> bool:
    """Ask yes/no; the safe answer (No) is the default for destructive questions."""
    default = QMessageBox.StandardButton.No if destructive else QMessageBox.StandardButton.Yes
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, default
    )
    return answer == QMessageBox.StandardButton.Yes


# ------------------------------------------------------------------ dialogs
class RememberingDialog(QDialog):
    """A dialog that remembers its size and asks before Esc throws changes away.

    Subclasses call :meth:`restore_size` after building the form and
    :meth:`mark_dirty` (or :meth:`watch`) when the user changes something.
    """

    settings_key = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dirty = False
        self._shown_once = False

    def showEvent(self, event: QShowEvent) -> None:
        """What the dialog filled in itself before it first showed is not a change: Esc then closes at once."""
        if not self._shown_once:
            self._shown_once = True
            self._dirty = False
            use_date_format(self)
        super().showEvent(event)

    def watch(self, *widgets: QWidget) -> None:
        """Mark the dialog changed when any of ``widgets`` is edited."""
        for widget in widgets:
            for signal in ("textEdited", "currentIndexChanged", "dateChanged", "valueChanged", "toggled"):
                sig = getattr(widget, signal, None)
                if sig is not None:
                    sig.connect(self.mark_dirty)

    def mark_dirty(self, *_args: object) -> None:
        """Something was changed."""
        self._dirty = True

    def is_dirty(self) -> bool:
        """True once the user changed something."""
        return self._dirty

    def restore_size(self) -> None:
        """Apply the size this dialog had last time."""
        key = self.settings_key or type(self).__name__
        saved = ui_settings().value(f"dialogs/{key}")
        if isinstance(saved, QByteArray | bytes):
            self.restoreGeometry(QByteArray(saved))

    def _save_size(self) -> None:
        key = self.settings_key or type(self).__name__
        settings = ui_settings()
        settings.setValue(f"dialogs/{key}", self.saveGeometry())
        settings.sync()

    def done(self, result: int) -> None:
        """Remember the size whichever way the dialog closes."""
        self._save_size()
        super().done(result)

    def reject(self) -> None:
        """Esc / Cancel: ask first when there are unsaved changes."""
        if self._dirty and not confirm(
            self,
            QCoreApplication.translate("Common", "Discard changes?"),
            QCoreApplication.translate("Common", "You have changed this form. Close it without saving?"),
            destructive=True,
        ):
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button (a spontaneous close) behaves like Cancel.

        A close() from code (shutdown, a lock, a test's teardown) closes without asking:
        the program decided, and a question box there would block it.
        """
        if not self.isVisible() or not event.spontaneous():
            self._save_size()
            event.accept()
            return
        event.ignore()
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc goes through :meth:`reject` (with its question)."""
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)


def record_table(model: QAbstractItemModel, row_height: int | None = None) -> QTableView:
    """The read-only, whole-row-selecting table every list in the app uses."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    if row_height is not None:
        view.verticalHeader().setDefaultSectionSize(row_height)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view
