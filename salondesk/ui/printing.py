"""Printing PDFs (the monthly report, weekly summaries, sheets) without freezing the window.

A page is rendered by pdfium at a bounded resolution (never the printer's 1200 dpi:
an A4 page at 1243 dpi is 9922×14032 pixels) and painted on the printer one page at
a time in a worker thread, so memory does not grow with the page count or the
printer's resolution, the window stays responsive, and the job can be cancelled
between pages. Qt supports painting on a ``QPrinter`` outside the GUI thread.

Pages come from :mod:`salondesk.ui.widgets.pdf_pages` (one pdfium lock for the app).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from salondesk.ui.tasks import TaskRunner
from salondesk.ui.widgets.pdf_pages import page_count, rendered_page

_log = logging.getLogger(__name__)
PRINT_DPI = 300  # plenty for text and charts on paper; bounded whatever the printer says
STRIP_ROWS = 48  # rows of the page image drawn per call: about 75 bands an A4 page at 300 dpi


class PrintCancelled(Exception):
    """The user pressed Cancel; the pages already sent stay printed."""


def print_pdf(
    pdf: Path,
    printer: QPrinter,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    dpi: int = PRINT_DPI,
) -> int:
    """Paint ``pdf`` on ``printer`` page by page; returns the pages printed.

    Safe to call from a worker thread. Between pages it reports ``progress(done, total)``
    and stops with :class:`PrintCancelled` when ``cancelled()`` turns true.
    """
    total = page_count(pdf)
    scale = min(dpi, printer.resolution()) / 72
    painter = QPainter(printer)
    if not painter.isActive():
        raise OSError("the printer could not be opened")
    printed = 0
    try:
        for index in range(total):
            if cancelled():
                printer.abort()
                raise PrintCancelled
            if index:
                printer.newPage()
            image, owner = rendered_page(pdf, index, scale)
            _draw_in_strips(painter, image)
            del image, owner
            printed += 1
            if progress is not None:
                progress(printed, total)
    finally:
        painter.end()
    return printed


def _draw_in_strips(painter: QPainter, image: QImage) -> None:
    """Draw ``image`` scaled to the page in bands of rows.

    One ``drawImage`` of a whole 300 dpi page takes over a second inside Qt (the print
    engine compresses it) while holding Python's lock, which freezes the window that long;
    a band at a time lets the GUI thread run between bands.
    """
    fitted = image.size().scaled(painter.viewport().size(), Qt.AspectRatioMode.KeepAspectRatio)
    ratio = fitted.height() / image.height()
    for top in range(0, image.height(), STRIP_ROWS):
        rows = min(STRIP_ROWS, image.height() - top)
        target = QRectF(0, top * ratio, fitted.width(), rows * ratio)
        painter.drawImage(target, image, QRectF(0, top, image.width(), rows))


class PrintJob:
    """Print… for a PDF: the system dialog, then the pages in the background with progress and Cancel."""

    def __init__(self, parent: QWidget, tasks: TaskRunner) -> None:
        self.parent = parent
        self.tasks = tasks
        self.printer: QPrinter | None = None
        self.dialog: QProgressDialog | None = None
        self._cancel = threading.Event()
        self.on_finished: Callable[[str], None] | None = None  # "done", "cancelled" or "failed" (tests)

    def running(self) -> bool:
        """True while pages are still being sent."""
        return self.dialog is not None

    def ask_and_print(self, pdf: Path) -> None:
        """Open the print dialog; when accepted, print ``pdf`` in the background."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self.parent).exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.start(pdf, printer)

    def start(self, pdf: Path, printer: QPrinter) -> None:
        """Print ``pdf`` on ``printer`` in a worker thread (the printer is not touched here until done)."""
        if self.running():
            return
        self.printer = printer  # kept alive until the job ends
        self._cancel.clear()
        dialog = QProgressDialog(
            QCoreApplication.translate("Printing", "Printing…"),
            QCoreApplication.translate("Printing", "Cancel"),
            0,
            0,
            self.parent,
        )
        dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self._cancel.set)
        dialog.show()
        self.dialog = dialog
        self.tasks.submit(
            lambda progress: print_pdf(pdf, printer, progress, self._cancel.is_set),
            self._done,
            self._failed,
            self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        # A local reference: a modal QProgressDialog's setValue processes events, and the
        # job's end (which drops self.dialog) may be delivered inside that call.
        dialog = self.dialog
        if dialog is None:
            return
        dialog.setMaximum(total)
        dialog.setLabelText(
            QCoreApplication.translate("Printing", "Printing page %1 of %2…")
            .replace("%1", str(min(done + 1, total)))
            .replace("%2", str(total))
        )
        dialog.setValue(done)

    def _end(self, outcome: str) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._cancel.set)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.printer = None
        if self.on_finished is not None:
            self.on_finished(outcome)

    def _done(self, _pages: object) -> None:
        self._end("done")

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PrintCancelled):
            self._end("cancelled")
            return
        _log.error("printing failed", exc_info=error)
        self._end("failed")
        QMessageBox.warning(
            self.parent,
            QCoreApplication.translate("Printing", "Print"),
            QCoreApplication.translate(
                "Printing", "Printing failed. Check that the printer is on and has paper, then try again."
            ),
        )
