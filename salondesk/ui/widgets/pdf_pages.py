"""PDF pages as images through pdfium: the report preview and the evidence viewer share it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage


def render_pages(pdf: Path | bytes, scale: float, *, max_pages: int | None = None) -> list[QImage]:
    """The pages of a PDF file (or of its bytes) as images, ``scale`` × 72 dpi."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf) if isinstance(pdf, Path) else pdf)
    images = []
    try:
        for index, page in enumerate(document):
            if max_pages is not None and index >= max_pages:
                break
            bitmap = page.render(scale=scale)
            array = bitmap.to_numpy()
            height, width, _ = array.shape
            image = QImage(array.tobytes(), width, height, width * 3, QImage.Format.Format_BGR888)
            images.append(image.copy())
    finally:
        document.close()
    return images
