"""attachments in the database: the table, and the files of the old folder moved into it

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 21:50:00

Before this revision, evidence files (``<data dir>/attachments/complaints/<sha256><suffix>``)
and hygiene photos (``<data dir>/attachments/<sha256><suffix>``) lay beside the database.
Every hash this database cites (complaint entries, checklist answers) is looked up in that
folder; a file whose bytes hash to its name is copied into the table, and every copied row
is read back and hashed again before the migration counts. A file that does not match its
name is left out (``salondesk verify`` then names the entry whose file is missing); files
nobody here cites are not touched. The folder itself is left as it was.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import op

import salondesk.domain.base

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("salondesk.migrations")

attachment = sa.table(
    "attachment",
    sa.column("sha256", sa.String),
    sa.column("media_type", sa.String),
    sa.column("size", sa.Integer),
    sa.column("data", sa.LargeBinary),
    sa.column("display", sa.LargeBinary),
    sa.column("created_at", salondesk.domain.base.UTCDateTime()),
    sa.column("created_by", sa.Integer),
)


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("display", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", salondesk.domain.base.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["created_by"], ["staff.id"], name=op.f("fk_attachment_created_by_staff")),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment")),
    )
    move_folder_files(op.get_bind())


def downgrade() -> None:
    op.drop_table("attachment")


def cited_hashes(conn: sa.Connection) -> dict[str, datetime]:
    """Every hash this database cites, with the first time it was cited."""
    cited: dict[str, datetime] = {}
    rows = conn.execute(
        sa.text(
            "SELECT file_sha256, at FROM complaintentry WHERE file_sha256 <> '' "
            "UNION ALL SELECT r.photo_hash, run.signed_at FROM checklistresult r "
            "JOIN checklistrun run ON run.id = r.run_id WHERE r.photo_hash IS NOT NULL AND r.photo_hash <> ''"
        )
    )
    for digest, at in rows:
        when = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
        when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
        if digest not in cited or when < cited[digest]:
            cited[digest] = when
    return cited


def folder_file(folder: Path, digest: str) -> Path | None:
    """The old layouts: complaints under ``complaints/``, hygiene photos at the top."""
    for place in (folder / "complaints", folder):
        for candidate in sorted(place.glob(f"{digest}*")) if place.is_dir() else []:
            if candidate.is_file():
                return candidate
    return None


def move_folder_files(conn: sa.Connection) -> int:
    """Copy every cited file whose content matches its hash into the table; returns how many."""
    from salondesk import config
    from salondesk.domain.attachments import sniff
    from salondesk.services.attachments import display_copy

    cited = cited_hashes(conn)
    if not cited:
        return 0
    folder = config.data_dir() / "attachments"
    moved: list[str] = []
    for digest, first_cited in sorted(cited.items()):
        path = folder_file(folder, digest)
        if path is None:
            log.warning("attachment %s is cited but not in %s", digest, folder)
            continue
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != digest:
            log.warning("attachment %s: %s does not hash to its name; left out", digest, path)
            continue
        media_type = sniff(data)
        try:
            display = display_copy(data, media_type)
        except Exception:  # a damaged photo keeps its bytes; it just has no display copy
            display = None
        conn.execute(
            attachment.insert().values(
                sha256=digest,
                media_type=media_type,
                size=len(data),
                data=data,
                display=display,
                created_at=first_cited,
                created_by=None,
            )
        )
        moved.append(digest)
    for digest in moved:  # read back what was written: the migration counts only if every byte is there
        stored = conn.execute(sa.select(attachment.c.data).where(attachment.c.sha256 == digest)).scalar_one()
        if hashlib.sha256(bytes(stored)).hexdigest() != digest:
            raise RuntimeError(f"attachment {digest} was not stored intact")
    log.info("moved %d attachment(s) from %s into the database", len(moved), folder)
    return len(moved)
