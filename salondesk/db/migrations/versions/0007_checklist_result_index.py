"""Checklist results indexed by their answer (issue 18)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07

The monthly report's open failures (H3) and the corrective-action lists look for the
failed items; without an index on ``checklistresult.result`` every report read every
item result of the salon's history (170,000 on a ten-year salon), so its cost grew with
the salon's age. Index only; created if missing (a database stamped back re-runs it).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_checklistresult_result", "checklistresult", ["result"], if_not_exists=True)


def downgrade() -> None:
    op.drop_index("ix_checklistresult_result", table_name="checklistresult", if_exists=True)
