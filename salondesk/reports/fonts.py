"""The embedded CJK font: a TrueType subset always renders and stays extractable."""

from __future__ import annotations

import functools
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "WenQuanYiMicroHei"
_CANDIDATES = (
    Path(__file__).resolve().parents[2] / "resources" / "fonts" / "wqy-microhei.ttc",
    Path(__file__).resolve().parents[1] / "resources" / "fonts" / "wqy-microhei.ttc",
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
)


class FontMissing(RuntimeError):
    """The shipped CJK font is not where it should be (a broken install)."""


def font_path() -> Path:
    """The first CJK font file found (the shipped one first)."""
    for candidate in _CANDIDATES:
        if candidate.is_file():
            return candidate
    raise FontMissing("resources/fonts/wqy-microhei.ttc is missing")


@functools.cache
def register_fonts() -> str:
    """Register the CJK font with reportlab once; return its name."""
    pdfmetrics.registerFont(TTFont(FONT, str(font_path()), subfontIndex=0))
    return FONT
