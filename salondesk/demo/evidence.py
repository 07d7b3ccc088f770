"""Synthetic evidence for the demo and the benchmarks: photos and PDF letters of realistic size.

Not real pictures, but bytes that behave like them: a JPEG with a photo's fine grain
compresses like a photo (a WeChat-forwarded 1080×1440 comes out at 150–300 KB, a phone
original of 3024×4032 at 2–3 MB), so database size and backup time are honest.
Pillow and reportlab only; no Qt.
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

WECHAT = (1080, 1440)  # what a photo forwarded on WeChat arrives as
WECHAT_SMALL = (720, 960)  # WeChat's standard (not "original") quality: the demo's photos, quick to make
PHONE = (3024, 4032)  # a 12-megapixel phone original


def photo_jpeg(rng: random.Random, size: tuple[int, int] = WECHAT, quality: int = 82) -> bytes:
    """A skin-toned photo with red patches and sensor grain, as a JPEG."""
    width, height = size
    small = (max(8, width // 8), max(8, height // 8))
    tone = (rng.randint(185, 235), rng.randint(145, 200), rng.randint(115, 170))
    image = Image.new("RGB", small, tone)
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randint(3, 12)):
        x, y = rng.randint(0, small[0]), rng.randint(0, small[1])
        radius = rng.randint(small[0] // 30 + 1, small[0] // 6 + 2)
        colour = (rng.randint(150, 220), rng.randint(50, 120), rng.randint(50, 110))
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
    image = image.resize(size, Image.Resampling.BILINEAR)
    grain = Image.frombytes("L", size, rng.randbytes(width * height)).convert("RGB")
    image = Image.blend(image, grain, 0.08)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def letter_pdf(rng: random.Random, lines: int = 30) -> bytes:
    """A scanned letter or receipt: one or two A4 pages, each a 150 dpi greyscale scan under its text."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    width, height = A4
    for page in range(rng.randint(1, 2)):
        pdf.drawImage(ImageReader(io.BytesIO(_scan(rng))), 0, 0, width, height)
        pdf.setFont("Helvetica-Bold", 16)
        pdf.drawString(60, 780, f"Receipt / letter No. {rng.randint(100000, 999999)} - page {page + 1}")
        pdf.setFont("Helvetica", 11)
        for line in range(lines):
            words = " ".join(rng.choice(("hair", "colour", "item", "CNY", "paid", "total", "date")) for _ in range(9))
            pdf.drawString(60, 750 - line * 20, f"{line + 1:>2}. {words} {rng.randint(10, 999)}.00")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def _scan(rng: random.Random, size: tuple[int, int] = (1240, 1754)) -> bytes:
    """A page of slightly grey paper with a scanner's noise (A4 at 150 dpi), as a JPEG."""
    paper = Image.new("L", size, rng.randint(225, 245))
    grain = Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))
    out = io.BytesIO()
    Image.blend(paper, grain, 0.05).save(out, "JPEG", quality=70)
    return out.getvalue()
