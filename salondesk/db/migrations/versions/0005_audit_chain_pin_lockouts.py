"""The audit trail as a hash chain (digests, links); PIN lockouts that double

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

The audit rows already in the database are sealed here, in id order, exactly as
``services.audit`` seals new ones, so ``salondesk verify`` checks the whole trail
from its first row (what was written before the upgrade is vouched for from the
upgrade on).
"""

from collections.abc import Sequence
from types import SimpleNamespace

import sqlalchemy as sa
from alembic import op

from salondesk.domain.audit import audit_content, value_digest
from salondesk.domain.signing import GENESIS, entry_hash

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 1000


def upgrade() -> None:
    # Plain ADD COLUMN (with a default) on every dialect: a batch rebuild of ``staff`` on
    # SQLite would drop a table other tables' foreign keys point at.
    for name in ("old_digest", "new_digest", "prev_hash", "hash"):
        op.add_column("auditentry", sa.Column(name, sa.String(length=64), nullable=False, server_default=""))
    op.add_column("staff", sa.Column("lockouts", sa.Integer(), nullable=False, server_default="0"))
    _seal_existing_audit_rows()


def _seal_existing_audit_rows() -> None:
    conn = op.get_bind()
    audit = sa.table(
        "auditentry",
        *(sa.column(n) for n in ("id", "staff_id", "action", "entity", "entity_id", "field_name")),
        sa.column("at", sa.DateTime()),
        *(sa.column(n) for n in ("old_value", "new_value", "old_digest", "new_digest", "prev_hash", "hash")),
    )
    prev, last_id = GENESIS, 0
    while True:
        rows = conn.execute(sa.select(audit).where(audit.c.id > last_id).order_by(audit.c.id).limit(BATCH)).all()
        if not rows:
            return
        for row in rows:
            old, new = value_digest(row.old_value), value_digest(row.new_value)
            sealed = SimpleNamespace(**{**row._mapping, "old_digest": old, "new_digest": new})
            prev_hash, prev = prev, entry_hash(audit_content(sealed), prev)  # type: ignore[arg-type]
            conn.execute(
                audit.update()
                .where(audit.c.id == row.id)
                .values(old_digest=old, new_digest=new, prev_hash=prev_hash, hash=prev)
            )
        last_id = rows[-1].id


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN on both dialects (SQLite ≥ 3.35): a batch rebuild of ``staff``
    # would drop a table other tables' foreign keys point at.
    op.execute("ALTER TABLE staff DROP COLUMN lockouts")
    for name in ("hash", "prev_hash", "new_digest", "old_digest"):
        op.execute(f"ALTER TABLE auditentry DROP COLUMN {name}")
