"""The in-app viewer of evidence files and hygiene photos.

Nothing is handed to the operating system: a photo is drawn from its display copy,
a PDF's pages are rendered by pdfium, anything else is not shown at all. The file is
re-hashed when it is read (the service refuses an altered one). Only the owner sees
"Save a copy…", and the service audits it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut, QWheelEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QWidget

from salondesk.domain.errors import DomainError
from salondesk.domain.permissions import Permission
from salondesk.services import attachments as svc
from salondesk.ui.context import AppContext, error_text
from salondesk.ui.forms.ui_evidence_viewer import Ui_EvidenceViewerDialog
from salondesk.ui.widgets import common
from salondesk.ui.widgets.pdf_pages import render_pages

ZOOM_STEPS = (0.1, 0.25, 0.33, 0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0)
PDF_SCALE = 1.5  # 108 dpi: readable at 100 %, sharp enough to zoom a little
MAX_PDF_PAGES = 50


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, size // 1024)} KB"


class EvidenceViewer(QDialog):
    """Shows one stored attachment: a zoomable photo or a PDF's pages."""

    def __init__(self, ctx: AppContext, sha256: str, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sha256 = sha256
        self.name = name
        self.ui = Ui_EvidenceViewerDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Evidence: {name}").format(name=name or sha256[:12]))
        self.ui.zoomOutButton.setText(self.tr("Zoom &out"))
        self.ui.zoomInButton.setText(self.tr("Zoom &in"))
        self.ui.fitButton.setText(self.tr("&Fit"))
        self.ui.actualButton.setText(self.tr("&100 %"))
        self.ui.saveButton.setText(self.tr("&Save a copy…"))
        self.ui.saveButton.setVisible(ctx.can(Permission.EXPORT_EVIDENCE))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.zoomInButton.clicked.connect(lambda: self.step_zoom(+1))
        self.ui.zoomOutButton.clicked.connect(lambda: self.step_zoom(-1))
        self.ui.fitButton.clicked.connect(self.fit)
        self.ui.actualButton.clicked.connect(lambda: self.set_zoom(1.0))
        self.ui.saveButton.clicked.connect(self.save_copy)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.step_zoom(+1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.step_zoom(-1))
        self.ui.pageArea.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ui.pageArea.viewport().installEventFilter(self)
        self.pages: list[QImage] = []
        self.page_labels: list[QLabel] = []
        self.zoom = 1.0
        self.stored: svc.StoredFile | None = None
        self._load()

    # ------------------------------------------------------------ loading
    def _load(self) -> None:
        try:
            self.stored = svc.load(self.ctx.new_uow(), self.sha256)
        except DomainError as exc:
            self._refuse(error_text(exc))
            return
        stored = self.stored
        kind = {
            "image/jpeg": self.tr("JPEG photo"),
            "image/png": self.tr("PNG image"),
            "application/pdf": self.tr("PDF document"),
        }.get(stored.media_type, self.tr("file of an unknown type"))
        self.ui.infoLabel.setText(
            self.tr("{name} — {kind}, {size} · sha256 {hash} (checked)").format(
                name=self.name or stored.sha256[:12], kind=kind, size=_size_text(stored.size), hash=stored.sha256
            )
        )
        if stored.is_image:
            image = QImage.fromData(stored.display or stored.data)
            if image.isNull():
                self._refuse(self.tr("The photo cannot be shown; it may be damaged."))
                return
            self.pages = [image]
        elif stored.media_type == "application/pdf":
            try:
                self.pages = render_pages(stored.data, PDF_SCALE, max_pages=MAX_PDF_PAGES)
            except Exception:  # pdfium raises its own errors for damaged files
                self._refuse(self.tr("The PDF cannot be shown; it may be damaged."))
                return
        else:
            self._refuse(self.tr("Files of this type are not shown, for safety. The owner can save a copy."))
            return
        for _ in self.pages:
            label = QLabel(self.ui.pageHost)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.ui.pageLayout.addWidget(label)
            self.page_labels.append(label)
        self.fit()

    def _refuse(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        for button in (self.ui.zoomInButton, self.ui.zoomOutButton, self.ui.fitButton, self.ui.actualButton):
            button.setEnabled(False)
        if self.stored is None:
            self.ui.saveButton.setEnabled(False)

    # ------------------------------------------------------------ zoom
    def set_zoom(self, zoom: float) -> None:
        """Show the pages at ``zoom`` × their size."""
        self.zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], zoom))
        for image, label in zip(self.pages, self.page_labels, strict=True):
            width = max(1, round(image.width() * self.zoom))
            pixmap = QPixmap.fromImage(image).scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size())  # whole pages, scrolled; never squeezed into the window
        self.ui.zoomLabel.setText(f"{round(self.zoom * 100)} %")

    def step_zoom(self, direction: int) -> None:
        """One step bigger (+1) or smaller (-1)."""
        if direction > 0:
            bigger = [z for z in ZOOM_STEPS if z > self.zoom + 1e-6]
            self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])
        else:
            smaller = [z for z in ZOOM_STEPS if z < self.zoom - 1e-6]
            self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def fit(self) -> None:
        """The first page fits the window (never enlarged past 100 %)."""
        if not self.pages:
            return
        area = self.ui.pageArea.viewport().size()
        first = self.pages[0]
        zoom = min((area.width() - 24) / first.width(), (area.height() - 24) / first.height(), 1.0)
        self.set_zoom(zoom)

    def eventFilter(self, watched: object, event: object) -> bool:
        """Ctrl + mouse wheel zooms, as in every viewer."""
        if isinstance(event, QWheelEvent) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.step_zoom(1 if event.angleDelta().y() > 0 else -1)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    # ------------------------------------------------------------ saving
    def save_copy(self) -> None:
        """Owner: write the file out (the service checks the role, re-hashes and audits)."""
        if self.stored is None:
            return
        suggested = Path.home() / (Path(self.name).stem or self.sha256[:12])
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the evidence"), str(suggested.with_suffix(self.stored.suffix))
        )
        if not path:
            return
        try:
            written = self.ctx.run(svc.save_copy, self.sha256, Path(path))
        except DomainError as exc:
            common.show_error(self, exc)
            return
        common.show_info(
            self, QCoreApplication.translate("EvidenceViewer", "Saved a copy to {file}.").format(file=written)
        )
