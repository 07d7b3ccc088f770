"""The one attachment store: evidence files and hygiene photos as database rows.

Rows, not files beside the database, so backups, restore, the whole-salon export and
a shared PostgreSQL server carry them like every other record. A file is stored once
per content (its sha256 is the key), its type is read from its bytes, and it is
re-hashed every time it is read back: an altered file is never shown as evidence.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import select as sa_select
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain import attachments as rules
from salondesk.domain.attachments import Attachment
from salondesk.domain.clock import Clock
from salondesk.domain.complaints import Complaint, ComplaintEntry
from salondesk.domain.errors import Conflict, NotFound, ValidationError
from salondesk.domain.hygiene import ChecklistResult
from salondesk.domain.permissions import Actor, Permission
from salondesk.domain.signing import content_hash
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.queries.access import require
from salondesk.services import audit
from salondesk.services.settings import load_settings

SUFFIXES = {rules.JPEG: ".jpg", rules.PNG: ".png", rules.PDF: ".pdf", rules.UNKNOWN: ".bin"}
_DISPLAY_QUALITY = 82
_EXIF_ORIENTATION = 0x0112


@dataclass(frozen=True)
class StoredFile:
    """An attachment read back and checked against its hash."""

    sha256: str
    media_type: str
    size: int
    data: bytes
    display: bytes | None

    @property
    def is_image(self) -> bool:
        """Shown as a picture (else a PDF's pages, or nothing)."""
        return rules.is_image(self.media_type)

    @property
    def suffix(self) -> str:
        """The file suffix its content calls for (never the name it came with)."""
        return SUFFIXES.get(self.media_type, ".bin")


CITED_BY_COMPLAINT = QT_TRANSLATE_NOOP("CLI", "complaint {number}, entry {entry}")
CITED_BY_HYGIENE = QT_TRANSLATE_NOOP("CLI", "hygiene record {record}, answer {answer}")


@dataclass(frozen=True)
class Problem:
    """An attachment that is missing or whose bytes no longer match their hash."""

    sha256: str
    kind: str  # "missing" | "altered"
    where: str = ""  # what cites it: CITED_BY_COMPLAINT or CITED_BY_HYGIENE (a translatable template)
    where_params: tuple[tuple[str, object], ...] = ()


def audit_id(sha256: str) -> str:
    """The attachment's id in the audit trail (its column holds 40 characters; the full hash goes in a value)."""
    return sha256[:16]


# ------------------------------------------------------------------ images
def heic_to_jpeg(data: bytes) -> bytes:
    """An iPhone HEIC photo as a JPEG (the viewer and every PDF reader show JPEG)."""
    import pillow_heif  # loaded when a HEIC photo comes, not at every start

    pillow_heif.register_heif_opener()  # idempotent: Image.open() reads HEIC from here on
    try:
        with Image.open(io.BytesIO(data)) as image:
            out = io.BytesIO()
            ImageOps.exif_transpose(image).convert("RGB").save(out, "JPEG", quality=92)
            return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The HEIC photo cannot be read; save it as JPEG and try again."), field="file"
        ) from exc


def display_copy(data: bytes, media_type: str) -> bytes | None:
    """A smaller, upright JPEG for the screen; None when the file itself serves (PDFs, small upright photos).

    Only photos larger than ``DISPLAY_LONG_SIDE`` or turned by their EXIF orientation get
    one: a WeChat-forwarded photo is already screen-sized, and a copy would double its bytes.
    """
    if not rules.is_image(media_type):
        return None
    try:
        with Image.open(io.BytesIO(data)) as original:
            turned = original.getexif().get(_EXIF_ORIENTATION, 1) not in (1, None)
            if max(original.size) <= rules.DISPLAY_LONG_SIDE and not turned:
                original.load()  # a damaged file is refused here, not later in the viewer
                return None
            shown = ImageOps.exif_transpose(original)
            shown.thumbnail((rules.DISPLAY_LONG_SIDE, rules.DISPLAY_LONG_SIDE))
            if shown.mode not in ("RGB", "L"):  # transparency or a palette: flatten onto white
                rgba = shown.convert("RGBA")
                shown = Image.new("RGB", rgba.size, "white")
                shown.paste(rgba, mask=rgba.getchannel("A"))
            out = io.BytesIO()
            shown.save(out, "JPEG", quality=_DISPLAY_QUALITY)
            return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The photo cannot be read; it may be damaged."), field="file"
        ) from exc


# ------------------------------------------------------------------ storing
def _may_attach(uow: UnitOfWork, actor: Actor) -> None:
    """Evidence (complaints) or photos (checklists): either permission, and an active account."""
    require(uow, actor, Permission.LOG_COMPLAINT if actor.can(Permission.LOG_COMPLAINT) else Permission.SIGN_CHECKLIST)


def store(uow: UnitOfWork, actor: Actor, clock: Clock, data: bytes) -> str:
    """Keep ``data`` (photo or PDF) and return its sha256; the same content is stored once.

    Refuses (nothing stored) an empty file, one over the ``attachment_max_mb`` setting,
    and anything whose content is not JPEG, PNG, HEIC or PDF, whatever its name says.
    """
    _may_attach(uow, actor)
    with uow:
        limit = load_settings(uow).attachment_max_mb
    if rules.sniff(data) == rules.HEIC:
        rules.check_size(data, limit)
        data = heic_to_jpeg(data)
    media_type = rules.check_acceptable(data, limit)
    digest = content_hash(data)
    display = display_copy(data, media_type)
    with uow:
        if uow.session.get(Attachment, digest) is not None:
            return digest
        uow.session.add(
            Attachment(
                sha256=digest,
                media_type=media_type,
                size=len(data),
                data=data,
                display=display,
                created_at=clock.now(),
                created_by=actor.staff_id,
            )
        )
        audit.record_created(
            uow,
            actor,
            clock,
            "attachment",
            audit_id(digest),
            {"sha256": digest, "media_type": media_type, "size": len(data)},
        )
        with contextlib.suppress(IntegrityError):  # another PC stored the same content a moment ago
            uow.commit()
    return digest


def exists(uow: UnitOfWork, sha256: str) -> bool:
    """True when an attachment with this hash is stored (inside the caller's unit of work)."""
    return bool(sha256) and uow.session.get(Attachment, sha256) is not None


# ------------------------------------------------------------------ reading
def _altered() -> Conflict:
    return Conflict(
        QT_TRANSLATE_NOOP("Errors", "The stored file no longer matches its hash: it was changed after it was kept.")
    )


def load(uow: UnitOfWork, sha256: str) -> StoredFile:
    """The stored file, re-hashed: refuses a missing or altered one."""
    with uow:
        row = uow.session.get(Attachment, sha256) if sha256 else None
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The file is not in the database."))
        data = bytes(row.data)
        if content_hash(data) != sha256 or len(data) != row.size:
            raise _altered()
        display = bytes(row.display) if row.display is not None else None
        return StoredFile(sha256, row.media_type, row.size, data, display)


def save_copy(uow: UnitOfWork, actor: Actor, clock: Clock, sha256: str, target: Path) -> Path:
    """The owner saves a copy of an attachment out of the app (audited); returns the path written.

    The suffix comes from the content, so a copy always opens as what it is.
    """
    require(uow, actor, Permission.EXPORT_EVIDENCE)
    stored = load(uow, sha256)
    target = Path(target)
    if target.suffix.lower() != stored.suffix:
        target = target.with_name(target.name + stored.suffix)
    try:
        target.write_bytes(stored.data)
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The copy could not be written to {name}."), field="file", name=str(target)
        ) from exc
    with uow:
        audit.record(uow, actor, clock, "export", "attachment", audit_id(sha256), "saved_to", sha256, str(target))
        uow.commit()
    return target


# ------------------------------------------------------------------ verify
def _references(uow: UnitOfWork) -> Iterator[tuple[str, str, tuple[tuple[str, object], ...]]]:
    entries = uow.session.exec(
        select(ComplaintEntry.file_sha256, Complaint.number, ComplaintEntry.id)
        .join(Complaint, col(Complaint.id) == col(ComplaintEntry.complaint_id))
        .where(col(ComplaintEntry.file_sha256) != "")
        .order_by(col(ComplaintEntry.id))
    )
    for digest, number, entry_id in entries:
        yield digest, CITED_BY_COMPLAINT, (("number", number), ("entry", entry_id))
    results = uow.session.exec(
        select(ChecklistResult.photo_hash, ChecklistResult.run_id, ChecklistResult.id)
        .where(col(ChecklistResult.photo_hash).is_not(None), col(ChecklistResult.photo_hash) != "")
        .order_by(col(ChecklistResult.id))
    )
    for photo, run_id, result_id in results:
        yield str(photo), CITED_BY_HYGIENE, (("record", run_id), ("answer", result_id))


def verify(uow: UnitOfWork) -> tuple[int, list[Problem]]:
    """Re-hash every stored attachment and look up every one a record cites.

    Returns (attachments checked, problems): ``altered`` when the bytes do not hash to
    their key, ``missing`` when a complaint entry or hygiene answer cites a hash that is
    not stored. Rows are read one at a time: memory stays flat however many photos.
    """
    problems: list[Problem] = []
    stored: set[str] = set()
    checked = 0
    with uow:
        conn = uow.session.connection().execution_options(stream_results=True, yield_per=1)
        table = Attachment.__table__  # type: ignore[attr-defined]
        for digest, data, size in conn.execute(sa_select(table.c.sha256, table.c.data, table.c.size)):
            checked += 1
            stored.add(digest)
            if data is None or len(data) != size or content_hash(bytes(data)) != digest:
                problems.append(Problem(digest, "altered"))
        problems.extend(
            Problem(d, "missing", where, params) for d, where, params in _references(uow) if d not in stored
        )
    return checked, problems
