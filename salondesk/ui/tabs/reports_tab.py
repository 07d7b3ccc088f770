"""Reports tab (owner): the monthly compliance report — generate, preview, print, save."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from salondesk import config
from salondesk.domain.calendar import local_date, previous_month
from salondesk.domain.errors import DomainError
from salondesk.domain.month_close import can_close, first_closable_day
from salondesk.domain.permissions import Permission
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext, error_text, failure_text
from salondesk.ui.dialogs.reports import CloseMonthDialog
from salondesk.ui.printing import PrintJob
from salondesk.ui.tabs.base import Tab
from salondesk.ui.tasks import TaskRunner
from salondesk.ui.widgets.pdf_pages import render_pages

if TYPE_CHECKING:  # reportlab loads on first use, not at start-up
    from salondesk.reports.closing import StoredReport
    from salondesk.reports.monthly import Closing

PREVIEW_SCALE = 1.2  # 72 dpi × 1.2 ≈ readable on a counter screen


@dataclass(frozen=True)
class GeneratedReport:
    """A report written to disk, with its JSON twin."""

    pdf: Path
    json_data: dict[str, object]
    month: str
    closing: Closing | None = None  # set when this is a closed month's stored report


def report_path(year: int, month: int, lang: str) -> Path:
    """Where the tab keeps the PDF it shows."""
    return config.data_dir() / "reports" / f"compliance-{year:04d}-{month:02d}-{lang}.pdf"


def _stored(stored: StoredReport, year: int, month: int) -> GeneratedReport:
    path = report_path(year, month, stored.pdf_lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(stored.pdf)
    return GeneratedReport(path, stored.json_data, stored.month, stored.closing)


def generate_report(ctx: AppContext, year: int, month: int, lang: str, progress=None) -> GeneratedReport:  # type: ignore[no-untyped-def]
    """Compute and draw the report, or give a closed month's stored one (runs in a worker thread)."""
    from salondesk.reports.closing import stored_report
    from salondesk.reports.monthly import compute_monthly_report, report_json
    from salondesk.reports.pdf import render_pdf

    stored = stored_report(ctx.new_uow, ctx.require_actor(), year, month)
    if stored is not None:
        return _stored(stored, year, month)

    def compute_progress(done: int, total: int) -> None:
        if progress:
            progress(done, total * 2)

    def draw_progress(done: int, total: int) -> None:
        if progress:
            progress(total + done, total * 2)

    report = compute_monthly_report(ctx.new_uow, ctx.require_actor(), ctx.clock, year, month, compute_progress)
    path = report_path(year, month, lang)
    render_pdf(report, path, lang, draw_progress)
    return GeneratedReport(path, report_json(report), report.month_text)


def close_report(ctx: AppContext, year: int, month: int, lang: str, pin: str, progress=None) -> GeneratedReport:  # type: ignore[no-untyped-def]
    """Close the month with the owner's PIN and return the stored report (runs in a worker thread)."""
    from salondesk.reports.closing import close_month

    stored = close_month(ctx.new_uow, ctx.require_actor(), ctx.clock, year, month, pin, lang, progress)
    return _stored(stored, year, month)


class ReportsTab(Tab):
    """Month picker, background generation with progress, page preview, Print…, Save PDF…."""

    area = "reports"
    title_text = QT_TRANSLATE_NOOP("ReportsTab", "Reports")
    required_permission = Permission.VIEW_REPORTS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tasks = TaskRunner(self)
        self.print_job = PrintJob(self, self.tasks)
        self.generated: GeneratedReport | None = None
        self.page_images: list[QImage] = []

        self.month_edit = QDateEdit(self)
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setCalendarPopup(True)
        self.lang_box = QComboBox(self)
        self.lang_box.addItem("English", "en")
        self.lang_box.addItem("简体中文", "zh_CN")
        self.generate_button = QPushButton(self.tr("&Generate"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button = QPushButton(self.tr("Save &PDF…"), self)
        self.json_button = QPushButton(self.tr("Save &JSON…"), self)
        self.close_button = QPushButton(self.tr("C&lose month…"), self)
        self.close_button.setVisible(ctx.require_actor().can(Permission.CLOSE_MONTH))
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.pages = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea(self)
        scroll.setWidget(self.pages)
        scroll.setWidgetResizable(True)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month:"), self))
        bar.addWidget(self.month_edit)
        bar.addWidget(QLabel(self.tr("Language:"), self))
        bar.addWidget(self.lang_box)
        for button in (
            self.generate_button,
            self.print_button,
            self.save_button,
            self.json_button,
            self.close_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

        self.generate_button.clicked.connect(self.generate)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_pdf)
        self.json_button.clicked.connect(self.save_json)
        self.close_button.clicked.connect(self.close_month)
        self._set_ready(False)
        self._select_last_month()
        ui_lang = str(ctx.extras.get("lang") or ctx.settings.language or "en")
        index = self.lang_box.findData(ui_lang)
        self.lang_box.setCurrentIndex(max(index, 0))
        self._shown_once = False
        self._close_error = ""

    def _select_last_month(self) -> None:
        today = local_date(self.ctx.clock.now(), salon_timezone(self.ctx.settings))
        year, month = previous_month(today.year, today.month)
        self.month_edit.setDate(QDate(year, month, 1))

    def _set_ready(self, ready: bool) -> None:
        for button in (self.print_button, self.save_button, self.json_button):
            button.setEnabled(ready)
            button.setToolTip("" if ready else self.tr("Generate the report first."))
        self._update_close_button(ready)

    def _update_close_button(self, ready: bool) -> None:
        """Close month… once the shown month has ended and while it is not closed (the rule in domain)."""
        if self.generated is None or not ready:
            self.close_button.setEnabled(False)
            self.close_button.setToolTip(self.tr("Generate the report first."))
            return
        year, month = (int(part) for part in self.generated.month.split("-"))
        today = local_date(self.ctx.clock.now(), salon_timezone(self.ctx.settings))
        if self.generated.closing is not None:
            self.close_button.setEnabled(False)
            self.close_button.setToolTip(self.tr("This month is closed."))
        elif not can_close(year, month, today):
            self.close_button.setEnabled(False)
            self.close_button.setToolTip(
                self.tr("A month can be closed from %1 on.").replace("%1", first_closable_day(year, month).isoformat())
            )
        else:
            self.close_button.setEnabled(True)
            self.close_button.setToolTip(self.tr("Store this month's report and register heads for good."))

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Generate last month's report on first show, so printing it is one click away."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.generate()

    def refresh(self) -> None:
        """F5 regenerates."""
        self.generate()

    def generate(self) -> None:
        """Compute and draw the selected month in the background."""
        if self.tasks.busy():
            return
        chosen = self.month_edit.date()
        year, month, lang = chosen.year(), chosen.month(), str(self.lang_box.currentData())
        self.generate_button.setEnabled(False)
        self._set_ready(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Generating the report for %1…").replace("%1", f"{year:04d}-{month:02d}"))

        def work(progress):  # type: ignore[no-untyped-def]
            generated = generate_report(self.ctx, year, month, lang, progress)
            return generated, render_pages(generated.pdf, PREVIEW_SCALE)

        self.tasks.submit(work, self._on_done, self._on_error, self._on_progress)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def close_month(self) -> None:
        """Ask the owner's PIN, then close the shown month in the background."""
        if self.generated is None or self.tasks.busy():
            return
        month_text = self.generated.month
        year, month = (int(part) for part in month_text.split("-"))
        lang = str(self.lang_box.currentData())
        dialog = CloseMonthDialog(month_text, self)
        if self._close_error:
            dialog.show_error(self._close_error)
        if dialog.exec() != CloseMonthDialog.DialogCode.Accepted:
            return
        pin = dialog.pin()
        self._close_error = ""
        self.generate_button.setEnabled(False)
        self._set_ready(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Closing %1…").replace("%1", month_text))

        def work(progress):  # type: ignore[no-untyped-def]
            closed = close_report(self.ctx, year, month, lang, pin, progress)
            return closed, render_pages(closed.pdf, PREVIEW_SCALE)

        self.tasks.submit(work, self._on_done, self._on_close_error, self._on_progress)

    def _on_close_error(self, error: BaseException) -> None:
        self.progress.setVisible(False)
        self.generate_button.setEnabled(True)
        self._set_ready(self.generated is not None)
        text = error_text(error) if isinstance(error, DomainError) else str(error)
        self._close_error = text
        self.status.setText(self.tr("The month was not closed: %1").replace("%1", text))

    def _on_done(self, result: tuple[GeneratedReport, list[QImage]]) -> None:
        self.generated, self.page_images = result
        self.progress.setVisible(False)
        self.generate_button.setEnabled(True)
        self._set_ready(True)
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)

            widget = item.widget() if item is not None else None

            if widget is not None:
                widget.deleteLater()
        for image in self.page_images:
            label = QLabel(self.pages)
            label.setPixmap(QPixmap.fromImage(image))
            label.setFrameShape(QLabel.Shape.Box)
            self.pages_layout.addWidget(label)
        closing = self.generated.closing
        if closing is None:
            self.status.setText(
                self.tr("Report for %1: %2 pages. Provisional: the month is not closed.")
                .replace("%1", self.generated.month)
                .replace("%2", str(len(self.page_images)))
            )
        else:
            self.status.setText(
                self.tr("Report for %1: %2 pages, as stored when %3 closed the month on %4.")
                .replace("%1", self.generated.month)
                .replace("%2", str(len(self.page_images)))
                .replace("%3", closing.by)
                .replace("%4", closing.at.astimezone(salon_timezone(self.ctx.settings)).strftime("%Y-%m-%d %H:%M"))
            )

    def _on_error(self, error: BaseException) -> None:
        self.progress.setVisible(False)
        self.generate_button.setEnabled(True)
        text = error_text(error) if isinstance(error, DomainError) else str(error)
        self.status.setText(self.tr("The report could not be made: %1").replace("%1", text))

    def print_report(self) -> None:
        """Print… : the system dialog, then page by page in the background (progress, Cancel)."""
        if self.generated is not None:
            self.print_job.ask_and_print(self.generated.pdf)

    def print_to(self, printer: QPrinter) -> None:
        """Print on an already chosen ``printer`` in the background (tests use a PDF printer)."""
        assert self.generated is not None
        self.print_job.start(self.generated.pdf, printer)

    def save_pdf(self) -> None:
        """Copy the generated PDF where the owner chooses."""
        if self.generated is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), str(Path.home() / self.generated.pdf.name), self.tr("PDF files (*.pdf)")
        )
        if not name:
            return
        try:
            shutil.copyfile(self.generated.pdf, name)
        except OSError:
            QMessageBox.warning(
                self,
                self.tr("Save PDF"),
                self.tr("The PDF could not be saved in %1. Choose another folder.").replace(
                    "%1", str(Path(name).parent)
                ),
            )
            return
        self.status.setText(self.tr("Saved the PDF as %1").replace("%1", name))

    def save_json(self) -> None:
        """Write the figures as JSON (same data as the PDF)."""
        if self.generated is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save JSON"),
            str(Path.home() / self.generated.pdf.with_suffix(".json").name),
            self.tr("JSON files (*.json)"),
        )
        if name:
            try:
                Path(name).write_text(json.dumps(self.generated.json_data, ensure_ascii=False, indent=2), "utf-8")
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Save JSON"), failure_text(exc))
