"""Attachments: evidence files and hygiene photos, kept in the database by content hash.

A file is known by the sha256 of its bytes; what it *is* comes from its first bytes,
never from its name (an ``.exe`` renamed ``.jpg`` is refused). Only what the in-app
viewer can show is accepted: JPEG, PNG and PDF (HEIC photos are converted to JPEG
by the service before they get here).
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from salondesk.domain.base import instant_field, text_field
from salondesk.domain.errors import ValidationError
from salondesk.i18n import QT_TRANSLATE_NOOP

JPEG = "image/jpeg"
PNG = "image/png"
PDF = "application/pdf"
HEIC = "image/heic"
UNKNOWN = "application/octet-stream"  # only files migrated from the old folder can have it

ACCEPTED = frozenset({JPEG, PNG, PDF})
IMAGES = frozenset({JPEG, PNG})
DEFAULT_MAX_MB = 10
DISPLAY_LONG_SIDE = 1600  # pixels: sharp on a 1280x720 counter screen, a tenth of a phone photo's bytes

_HEIF_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"})


class Attachment(SQLModel, table=True):
    """One stored file: its bytes, what they are, and a smaller copy of an image for the screen."""

    sha256: str = Field(primary_key=True, sa_type=sa.String(64))
    media_type: str = text_field(length=40)
    size: int
    data: bytes = Field(sa_type=sa.LargeBinary())
    display: bytes | None = Field(default=None, sa_type=sa.LargeBinary(), nullable=True)  # JPEG, images only
    created_at: datetime = instant_field()
    created_by: int | None = Field(default=None, foreign_key="staff.id")


def sniff(data: bytes) -> str:
    """The media type told by the content's signature (``UNKNOWN`` when it is none we know)."""
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if b"%PDF-" in data[:1024]:  # the PDF spec allows leading bytes before the header
        return PDF
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return HEIC
    return UNKNOWN


def max_bytes(max_mb: float) -> int:
    """The size limit of the ``attachment_max_mb`` setting, in bytes."""
    return int(max_mb * 1024 * 1024)


def check_size(data: bytes, max_mb: float) -> None:
    """Refuse an empty file and one larger than the setting."""
    if not data:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file is empty."), field="file")
    if len(data) > max_bytes(max_mb):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The file is {size} MB; files up to {limit} MB can be kept."),
            field="file",
            size=f"{len(data) / 1024 / 1024:.1f}",
            limit=f"{max_mb:g}",
        )


def check_acceptable(data: bytes, max_mb: float) -> str:
    """The media type of ``data`` when it may be stored; refuses empty, too large and unknown files."""
    check_size(data, max_mb)
    media_type = sniff(data)
    if media_type not in ACCEPTED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Only photos (JPEG, PNG, HEIC) and PDF documents can be kept; this file is none of them."
            ),
            field="file",
        )
    return media_type


def is_image(media_type: str) -> bool:
    """True for the types the viewer shows as a picture."""
    return media_type in IMAGES
