"""The attachment store: sniffed types, the size limit, display copies, re-hash on read, owner-only copies."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image
from sqlmodel import select

from salondesk.db.uow import UowFactory
from salondesk.domain import attachments as rules
from salondesk.domain.attachments import Attachment
from salondesk.domain.audit import AuditEntry
from salondesk.domain.clock import FrozenClock
from salondesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from salondesk.domain.permissions import Actor
from salondesk.services import attachments as svc
from salondesk.services import settings as settings_service
from tests.attachment_files import EXE_BYTES, jpeg_bytes, pdf_bytes, png_bytes


def _count(new_uow: UowFactory) -> int:
    with new_uow() as uow:
        return len(uow.session.exec(select(Attachment.sha256)).all())


def test_a_photo_is_stored_once_by_its_hash_with_a_display_copy(new_uow, receptionist, clock) -> None:
    photo = jpeg_bytes(4000, 3000)
    digest = svc.store(new_uow(), receptionist, clock, photo)
    assert digest == hashlib.sha256(photo).hexdigest()
    assert svc.store(new_uow(), receptionist, clock, photo) == digest  # same content: one row
    assert _count(new_uow) == 1
    stored = svc.load(new_uow(), digest)
    assert stored.media_type == rules.JPEG and stored.size == len(photo) and stored.data == photo
    assert stored.display is not None and len(stored.display) < len(photo)
    with Image.open(io.BytesIO(stored.display)) as shown:
        assert max(shown.size) == rules.DISPLAY_LONG_SIDE and shown.size == (1600, 1200)


def test_png_and_pdf_are_accepted_screen_sized_files_need_no_display_copy(new_uow, receptionist, clock) -> None:
    png = svc.load(new_uow(), svc.store(new_uow(), receptionist, clock, png_bytes()))
    pdf = svc.load(new_uow(), svc.store(new_uow(), receptionist, clock, pdf_bytes()))
    wechat = svc.load(new_uow(), svc.store(new_uow(), receptionist, clock, jpeg_bytes(1080, 1440)))
    big_png = svc.load(new_uow(), svc.store(new_uow(), receptionist, clock, png_bytes(2400, 1600)))
    assert png.media_type == rules.PNG and png.display is None and png.suffix == ".png"
    assert pdf.media_type == rules.PDF and pdf.display is None and pdf.suffix == ".pdf"
    assert wechat.display is None  # already screen-sized: a copy would only double the bytes
    assert big_png.display is not None and big_png.display.startswith(b"\xff\xd8\xff")  # flattened to JPEG


def test_a_photo_turned_by_its_exif_orientation_gets_an_upright_copy(new_uow, receptionist, clock) -> None:
    image = Image.new("RGB", (400, 300), "#4f81bd")
    exif = image.getexif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display", as phones write it
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    stored = svc.load(new_uow(), svc.store(new_uow(), receptionist, clock, out.getvalue()))
    assert stored.display is not None
    with Image.open(io.BytesIO(stored.display)) as shown:
        assert shown.size == (300, 400)


def test_a_damaged_photo_is_refused(new_uow, receptionist, clock) -> None:
    with pytest.raises(ValidationError, match="damaged"):
        svc.store(new_uow(), receptionist, clock, jpeg_bytes()[:200])
    assert _count(new_uow) == 0


def test_an_exe_renamed_jpg_is_refused_and_nothing_is_stored(new_uow, receptionist, clock, tmp_path: Path) -> None:
    fake = tmp_path / "burn.jpg"
    fake.write_bytes(EXE_BYTES)
    with pytest.raises(ValidationError) as refused:
        svc.store(new_uow(), receptionist, clock, fake.read_bytes())
    assert "Only photos (JPEG, PNG, HEIC) and PDF documents can be kept" in str(refused.value)
    for other in (b"@echo off\r\ndel *.*\r\n", b"GIF89a......", b"PK\x03\x04 a zip"):
        with pytest.raises(ValidationError):
            svc.store(new_uow(), receptionist, clock, other)
    with pytest.raises(ValidationError, match="empty"):
        svc.store(new_uow(), receptionist, clock, b"")
    assert _count(new_uow) == 0


def test_the_size_limit_is_a_setting(new_uow, owner: Actor, receptionist, clock: FrozenClock) -> None:
    big = jpeg_bytes(64, 64) + b"\x00" * (2 * 1024 * 1024)  # a JPEG with 2 MB of trailing bytes
    svc.store(new_uow(), receptionist, clock, big)  # default limit 10 MB
    settings_service.update_settings(new_uow(), owner, clock, {"attachment_max_mb": 1})
    bigger = big + b"\x01"
    with pytest.raises(ValidationError) as refused:
        svc.store(new_uow(), receptionist, clock, bigger)
    assert refused.value.params == {"field": "file", "size": "2.0", "limit": "1"}
    assert _count(new_uow) == 1


def test_a_heic_photo_is_converted_to_jpeg(new_uow, receptionist, clock) -> None:
    import pillow_heif

    image = Image.new("RGB", (320, 240), "#4f81bd")
    out = io.BytesIO()
    pillow_heif.from_pillow(image).save(out, quality=80)
    heic = out.getvalue()
    assert rules.sniff(heic) == rules.HEIC
    stored = svc.load(new_uow(), svc.store(new_uow(), receptionist, clock, heic))
    assert stored.media_type == rules.JPEG and stored.data.startswith(b"\xff\xd8\xff")
    with Image.open(io.BytesIO(stored.data)) as converted:
        assert converted.size == (320, 240)


def test_an_altered_or_missing_file_is_refused_on_reading(new_uow, receptionist, clock, engine) -> None:
    digest = svc.store(new_uow(), receptionist, clock, jpeg_bytes())
    with engine.begin() as conn:
        table = Attachment.__table__
        conn.execute(table.update().where(table.c.sha256 == digest).values(data=jpeg_bytes(colour="#000000")))
    with pytest.raises(Conflict):
        svc.load(new_uow(), digest)
    with pytest.raises(NotFound):
        svc.load(new_uow(), "0" * 64)


def test_only_the_owner_saves_a_copy_and_it_is_audited(new_uow, owner, receptionist, clock, tmp_path) -> None:
    pdf = pdf_bytes()
    digest = svc.store(new_uow(), receptionist, clock, pdf)
    with pytest.raises(PermissionDenied):
        svc.save_copy(new_uow(), receptionist, clock, digest, tmp_path / "copy.pdf")
    written = svc.save_copy(new_uow(), owner, clock, digest, tmp_path / "receipt.exe")
    assert written.name == "receipt.exe.pdf" and written.read_bytes() == pdf  # the content names the suffix
    with new_uow() as uow:
        saved = uow.session.exec(select(AuditEntry).where(AuditEntry.entity == "attachment")).all()
    assert [(a.action, a.entity_id, a.staff_id) for a in saved][-1] == ("export", digest[:16], owner.staff_id)
    assert (saved[-1].old_value, saved[-1].new_value) == (digest, str(written))
