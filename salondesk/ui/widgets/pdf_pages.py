"""PDF pages as images through pdfium: the report preview, printing and the evidence viewer share it.

pdfium is not thread-safe and printing renders in a worker thread: every use goes
through :data:`PDFIUM_LOCK`.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtGui import QImage

PDFIUM_LOCK = threading.Lock()


def _open(pdf: Path | bytes):  # type: ignore[no-untyped-def]  # pypdfium2 loads on first use
    import pypdfium2 as pdfium

    return pdfium.PdfDocument(str(pdf) if isinstance(pdf, Path) else pdf)


def page_count(pdf: Path | bytes) -> int:
    """How many pages the PDF has."""
    with PDFIUM_LOCK:
        document = _open(pdf)
        try:
            return len(document)
        finally:
            document.close()


def rendered_page(pdf: Path | bytes, index: int, scale: float) -> tuple[QImage, object]:
    """Page ``index`` as an image over pdfium's own pixel buffer, and that buffer's owner.

    No copy: the image is valid while the owner is kept alive. At 300 dpi a page is
    26 MB, and every copy holds Python's lock for a noticeable time (printing runs in a
    worker thread beside the window).
    """
    with PDFIUM_LOCK:
        document = _open(pdf)
        try:
            bitmap = document[index].render(scale=scale)
        finally:
            document.close()
    pixels = bitmap.to_numpy()
    height, width, _ = pixels.shape
    return QImage(pixels.data, width, height, bitmap.stride, QImage.Format.Format_BGR888), (bitmap, pixels)


def render_pages(pdf: Path | bytes, scale: float, *, max_pages: int | None = None) -> list[QImage]:
    """The pages of a PDF file (or of its bytes) as images of their own, ``scale`` × 72 dpi."""
    count = page_count(pdf)
    if max_pages is not None:
        count = min(count, max_pages)
    return [rendered_page(pdf, index, scale)[0].copy() for index in range(count)]
