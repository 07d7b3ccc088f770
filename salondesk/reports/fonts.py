"""The embedded CJK font: a TrueType subset always renders and stays extractable."""

from __future__ import annotations

import functools
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from salondesk.config import resource_dir

FONT = "WenQuanYiMicroHei"
FONT_FILE = "wqy-microhei.ttc"
# Debian's copy only as a last resort: the shipped font is what makes every install print alike.
_SYSTEM_FONT = Path("/usr/share/fonts/truetype/wqy") / FONT_FILE


class FontMissing(RuntimeError):
    """The shipped CJK font is not where it should be (a broken install)."""


def font_path() -> Path:
    """The first CJK font file found (the shipped one first)."""
    for candidate in (resource_dir("fonts") / FONT_FILE, _SYSTEM_FONT):
        if candidate.is_file():
            return candidate
    raise FontMissing("resources/fonts/wqy-microhei.ttc is missing")


@functools.cache
def register_fonts() -> str:
    """Register the CJK font with reportlab once; return its name."""
    pdfmetrics.registerFont(TTFont(FONT, str(font_path()), subfontIndex=0))
    return FONT
