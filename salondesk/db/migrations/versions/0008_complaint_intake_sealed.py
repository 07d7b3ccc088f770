"""Complaint entries signed before intake facts were sealed keep verifying

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

Since 0005's release a complaint's "received" entry also seals the complaint's intake
facts. A "received" entry signed by an earlier version was hashed without them, so
after an upgrade ``verify`` called the whole complaints register broken at its first
entry. Such an entry is marked ``intake_sealed = false`` here, but only where its
stored hash matches the older content exactly: an entry that matches neither stays
as it is and is still reported. No hash is rewritten, so the register heads a closed
month stored stay valid.
"""

from collections.abc import Sequence
from types import SimpleNamespace

import sqlalchemy as sa
from alembic import op

from salondesk.domain.complaints import Complaint, ComplaintEntry, EntryKind, chained_content, intake_facts
from salondesk.domain.signing import entry_hash

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Only if missing: a database stamped back (as a test does) runs this again.
    if "intake_sealed" not in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("complaintentry")}:
        op.add_column(
            "complaintentry", sa.Column("intake_sealed", sa.Boolean(), nullable=False, server_default=sa.true())
        )
    _mark_entries_signed_without_intake()


def _mark_entries_signed_without_intake() -> None:
    conn = op.get_bind()
    entries = ComplaintEntry.__table__  # type: ignore[attr-defined]
    complaints = Complaint.__table__  # type: ignore[attr-defined]
    received = conn.execute(sa.select(entries).where(entries.c.kind == EntryKind.RECEIVED)).all()
    if not received:
        return
    facts = {c.id: intake_facts(c) for c in conn.execute(sa.select(complaints)).all()}
    signed_without: list[int] = []
    for row in received:
        sealed = chained_content(row, facts.get(row.complaint_id))
        if entry_hash(sealed, row.prev_hash) == row.hash:
            continue
        signed_before = SimpleNamespace(**{**row._mapping, "intake_sealed": False})
        if entry_hash(chained_content(signed_before, None), row.prev_hash) == row.hash:
            signed_without.append(row.id)
    for start in range(0, len(signed_without), 500):
        ids = signed_without[start : start + 500]
        conn.execute(entries.update().where(entries.c.id.in_(ids)).values(intake_sealed=False))


def downgrade() -> None:
    op.execute("ALTER TABLE complaintentry DROP COLUMN intake_sealed")
