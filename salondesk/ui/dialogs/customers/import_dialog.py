"""Import a customer list: choose the file, preview every row with its problems, import all or nothing."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salondesk.domain.customers import ImportCancelled
from salondesk.domain.errors import DomainError
from salondesk.domain.name_search import format_phone
from salondesk.services import customer_import as imp
from salondesk.services.customer_import import ImportPreview, ImportResult, ImportRow, OnExisting, RowAction
from salondesk.ui.context import AppContext, error_text, failure_text
from salondesk.ui.models.table_model import Column, RowTableModel
from salondesk.ui.tasks import TaskRunner
from salondesk.ui.widgets.common import RememberingDialog, State, day_text, state_background, state_foreground

ACTION_STATES = {
    RowAction.NEW: State.OK,
    RowAction.MERGE: State.ATTENTION,
    RowAction.SKIP: State.MUTED,
    RowAction.INVALID: State.BAD,
}


class ImportDialog(RememberingDialog):
    """Preview first (in the background), then one all-or-nothing import with a progress bar."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks: TaskRunner = tasks or ctx.extras.get("tasks") or TaskRunner(self)
        self.data: bytes | None = None
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.imported: ImportResult | None = None
        self.setWindowTitle(self.tr("Import customers"))
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("A CSV export from SalonDesk, Fresha or Square"))
        self.browse = QPushButton(self.tr("&Choose file…"))
        self.format_combo = QComboBox()
        for fmt, label in (
            (imp.ImportFormat.AUTO, self.tr("Detect from the header")),
            (imp.ImportFormat.SALONDESK, self.tr("SalonDesk CSV")),
            (imp.ImportFormat.FRESHA, self.tr("Fresha client export")),
            (imp.ImportFormat.SQUARE, self.tr("Square customer export")),
        ):
            self.format_combo.addItem(label, fmt.value)
        self.existing_combo = QComboBox()
        self.existing_combo.addItem(self.tr("Skip customers already in SalonDesk"), OnExisting.SKIP.value)
        self.existing_combo.addItem(self.tr("Fill in their empty fields (merge)"), OnExisting.MERGE.value)
        self.model: RowTableModel[ImportRow] = RowTableModel(self._columns(), self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        # A file's cell can be any length: a 120-character name pushed Problems out of sight.
        self.view.horizontalHeader().setMaximumSectionSize(self.fontMetrics().averageCharWidth() * 32)
        self.summary = QLabel(self.tr("Choose a file to see what would be imported. Nothing changes until you import."))
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.stop_button = QPushButton(self.tr("&Stop import"))
        self.stop_button.hide()
        self._stop = threading.Event()  # read by the import between steps, on the worker thread
        self._importing = False
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.file_edit, 1)
        top.addWidget(self.browse)
        options = QHBoxLayout()
        options.addWidget(self.format_combo)
        options.addWidget(self.existing_combo)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.stop_button)
        layout.addLayout(working)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self.choose_file)
        self.format_combo.currentIndexChanged.connect(lambda _i: self.run_preview())
        self.existing_combo.currentIndexChanged.connect(lambda _i: self.run_preview())
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        self.stop_button.clicked.connect(self.stop_import)
        self.resize(900, 560)
        self.restore_size()

    def _columns(self) -> list[Column[ImportRow]]:
        def state(row: ImportRow) -> State:
            return ACTION_STATES[row.action]

        labels = {
            RowAction.NEW: self.tr("new"),
            RowAction.MERGE: self.tr("merge"),
            RowAction.SKIP: self.tr("skip"),
            RowAction.INVALID: self.tr("invalid"),
        }

        def problems(r: ImportRow) -> str:
            return " ".join(p.render(QCoreApplication.translate) for p in r.problems)

        return [
            Column(self.tr("Line"), lambda r: r.line, sort_key=lambda r: r.line),
            Column(
                self.tr("Action"),
                lambda r: labels[r.action],
                foreground=lambda r: state_foreground(state(r)),
                background=lambda r: state_background(state(r)),
            ),
            Column(self.tr("Name"), lambda r: r.name, tooltip=lambda r: r.name),
            Column(
                self.tr("Mobile"),
                lambda r: format_phone(r.mobile) if r.mobile else r.mobile_raw,
                tooltip=lambda r: r.mobile_raw,
            ),
            Column(self.tr("Birthday"), lambda r: day_text(r.birthday)),
            Column(
                self.tr("Problems"),
                problems,
                foreground=lambda r: state_foreground(State.BAD) if r.problems else None,
                tooltip=problems,  # a long list is elided in its cell
            ),
        ]

    # ------------------------------------------------------------------ steps
    def choose_file(self) -> None:
        """Pick a file, then preview it."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Customer list"), "", self.tr("CSV (*.csv *.txt)"))
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Read ``path`` and preview it."""
        try:
            self.data = path.read_bytes()
        except OSError as exc:
            self.summary.setText(self.tr("The file cannot be read: {error}").format(error=failure_text(exc)))
            return
        self.path = path
        self.file_edit.setText(str(path))
        self.run_preview()

    def _options(self) -> tuple[str, str]:
        return str(self.format_combo.currentData()), str(self.existing_combo.currentData())

    def run_preview(self) -> None:
        """Validate in the background; show each row and its problems."""
        if self.data is None:
            return
        data, (fmt, existing) = self.data, self._options()
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Checking the file…"))

        def work(progress: Any) -> ImportPreview:
            return self.ctx.run(imp.preview_import, data, fmt, existing, progress)

        self._busy(True)
        self.tasks.submit(work, self._previewed, self._failed, self._progress)

    def _previewed(self, preview: ImportPreview) -> None:
        self._busy(False)
        self.preview = preview
        self.model.set_rows(preview.rows)
        new, merge = preview.count(RowAction.NEW), preview.count(RowAction.MERGE)
        self.summary.setText(
            self.tr(
                "{format} file, {encoding}: {new} new, {merge} to merge, {skip} skipped, {invalid} with errors "
                "(of {total} rows). Import is all or nothing."
            ).format(
                format=preview.format.value,
                encoding=preview.encoding,
                new=new,
                merge=merge,
                skip=preview.count(RowAction.SKIP),
                invalid=preview.count(RowAction.INVALID),
                total=len(preview.rows),
            )
        )
        self.import_button.setEnabled(new + merge > 0)

    def run_import(self) -> None:
        """Import everything previewed, in one transaction, in the background."""
        if self.data is None or self.preview is None:
            return
        data, (fmt, existing), previewed = self.data, self._options(), self.preview
        source = self.path.name if self.path else ""
        self.import_button.setEnabled(False)

        stop = self._stop
        stop.clear()

        def work(progress: Any) -> ImportResult:
            return self.ctx.run(
                imp.import_customers,
                data,
                fmt,
                existing,
                False,
                progress,
                source,
                cancelled=stop.is_set,
                previewed=previewed,
            )

        self._busy(True)
        self._set_importing(True)
        self.tasks.submit(work, self._imported, self._failed, self._progress)

    def stop_import(self) -> None:
        """Stop the running import: its transaction is rolled back, nothing is imported."""
        if self._importing:
            self._stop.set()
            self.stop_button.setEnabled(False)
            self.summary.setText(self.tr("Stopping the import…"))

    def reject(self) -> None:
        """Closing the window stops a running import (it would otherwise commit unseen)."""
        self.stop_import()
        super().reject()

    def _set_importing(self, importing: bool) -> None:
        self._importing = importing
        self.stop_button.setVisible(importing)
        self.stop_button.setEnabled(importing)

    def _imported(self, result: ImportResult) -> None:
        self._busy(False)
        self._set_importing(False)
        self.imported = result
        self.summary.setText(
            self.tr("Imported: {created} new, {merged} merged; {skipped} skipped, {invalid} with errors.").format(
                created=result.created, merged=result.merged, skipped=result.skipped, invalid=result.invalid
            )
        )
        self._dirty = False

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self._set_importing(False)
        if isinstance(error, ImportCancelled):  # the preview still stands: the import can be started again
            self.summary.setText(error_text(error) + " " + self.tr("Nothing was imported."))
            self.import_button.setEnabled(self.preview is not None)
            return
        self.preview = None
        self.model.set_rows([])
        if isinstance(error, DomainError):
            self.summary.setText(error_text(error) + " " + self.tr("Nothing was imported."))
        else:
            self.summary.setText(
                self.tr("The import failed ({error}). Nothing was imported.").format(error=failure_text(error))
            )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.browse.setEnabled(not busy)
        self.format_combo.setEnabled(not busy)
        self.existing_combo.setEnabled(not busy)
