"""An unexpected error: log it, tell the user in their language, keep the window running.

Installed as ``sys.excepthook`` (and ``threading.excepthook``) by the composition root.
An exception raised inside a Qt slot reaches the hook and the event loop goes on, so
the user can carry on where the program still can.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from salondesk.logs import log, log_file, redact


def details_text(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The traceback as it is logged (phone- and e-mail-like text masked)."""
    return redact("".join(traceback.format_exception(exc_type, exc, tb)))


class CrashDialog(QMessageBox):
    """The "something went wrong" box: the log path, and *Copy details* for a support request."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setText(self.tr("Something went wrong. SalonDesk keeps running; what you were doing may not be saved."))
        self.setInformativeText(self.tr("The details are in the log file:\n%1").replace("%1", str(log_file())))
        self.setDetailedText(details)
        self.details = details
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.addButton(self.copy_button, QMessageBox.ButtonRole.ActionRole)
        self.copy_button.clicked.disconnect()  # an action button would close the box
        self.copy_button.clicked.connect(self.copy_details)
        self.addButton(QMessageBox.StandardButton.Close)

    def copy_details(self) -> None:
        """Put the details (with the log path) on the clipboard."""
        QApplication.clipboard().setText(f"{self.details}\n{log_file()}")


_showing = False


def handle_exception(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    show: Callable[[str], None] | None = None,
) -> None:
    """Log the error; on the GUI thread show the dialog (one at a time)."""
    global _showing  # noqa: PLW0603 - one dialog at a time across nested event loops
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    # installed before the domain is imported (the login paints first): no domain yet, no DomainError
    errors = sys.modules.get("salondesk.domain.errors")
    if errors is not None and isinstance(exc, errors.DomainError):  # its text holds names: log the template
        log.error("Unexpected error\n%s%s: %s", "".join(traceback.format_tb(tb)), exc_type.__name__, exc.message)
    else:
        log.error("Unexpected error", exc_info=(exc_type, exc, tb))
    app = QApplication.instance()
    if app is None or QThread.currentThread() is not app.thread() or _showing:
        return
    details = details_text(exc_type, exc, tb)
    _showing = True
    try:
        if show is not None:
            show(details)
        else:
            CrashDialog(details, QApplication.activeWindow()).exec()
    finally:
        _showing = False


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    log.error(
        "Unexpected error in thread %s",
        getattr(args.thread, "name", "?"),
        exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
    )


def install_crash_handler() -> None:
    """Route every uncaught exception to :func:`handle_exception`."""
    sys.excepthook = handle_exception
    threading.excepthook = _thread_hook
