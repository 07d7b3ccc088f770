"""Real photo and PDF bytes for attachment tests (Pillow and reportlab, no Qt)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def jpeg_bytes(width: int = 640, height: int = 480, colour: str = "#c0504d") -> bytes:
    """A JPEG photo with a shape on it."""
    image = Image.new("RGB", (width, height), colour)
    ImageDraw.Draw(image).ellipse((width // 4, height // 4, width * 3 // 4, height * 3 // 4), fill="#f2dcdb")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def png_bytes(width: int = 300, height: int = 200) -> bytes:
    """A PNG screenshot-like image with transparency."""
    image = Image.new("RGBA", (width, height), (30, 120, 200, 128))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def pdf_bytes(pages: int = 2, text: str = "Receipt") -> bytes:
    """A small PDF document of ``pages`` pages."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 24)
        pdf.drawString(72, 760, f"{text} - page {number}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


# A Windows executable's first bytes: "MZ", the DOS stub, "PE\0\0" further on.
EXE_BYTES = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"PE\x00\x00" + b"\x00" * 200
