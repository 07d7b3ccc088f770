"""Render resources/icons/salondesk.svg to the PNG sizes and the Windows .ico (run after editing the SVG).

    python scripts/make_icons.py

Qt renders the SVG (QtSvg) and writes the .ico (Qt's ico image plugin), so no other
image tool is needed. The outputs are committed: the bundle, the .deb, the Windows
installer and the window icon use them as they are.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "salondesk.svg"))
    if not renderer.isValid():
        print("resources/icons/salondesk.svg is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        render(renderer, size).save(str(ICONS / f"salondesk-{size}.png"))
    # Qt's ico writer stores one image per file; the Windows shell picks the 256 px one
    # and scales it, which looks right for a flat icon like ours.
    if not render(renderer, 256).save(str(ICONS / "salondesk.ico"), "ICO"):
        print("Qt's ico plugin is missing: cannot write salondesk.ico", file=sys.stderr)
        return 1
    del app
    print(f"wrote {len(SIZES)} PNGs and salondesk.ico to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
