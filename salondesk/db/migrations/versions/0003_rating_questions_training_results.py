"""Post-visit cleanliness and privacy answers (S5, S6); training assessment result and rating (T2, T3)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("visit_rating") as batch:
        batch.add_column(sa.Column("hygiene", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("privacy", sa.Integer(), nullable=True))
    with op.batch_alter_table("trainingattendance") as batch:
        batch.add_column(sa.Column("assessment", sa.String(length=24), nullable=False, server_default="not_assessed"))
        batch.add_column(sa.Column("rating", sa.Integer(), nullable=True))
    # every attendance recorded so far was assessed: passed or not
    op.execute(
        "UPDATE trainingattendance SET assessment = CASE WHEN passed THEN 'passed' ELSE 'failed' END"
    )
    with op.batch_alter_table("trainingattendance") as batch:
        batch.alter_column("assessment", server_default=None)
        batch.drop_column("passed")


def downgrade() -> None:
    with op.batch_alter_table("trainingattendance") as batch:
        batch.add_column(sa.Column("passed", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.execute("UPDATE trainingattendance SET passed = (assessment = 'passed')")
    with op.batch_alter_table("trainingattendance") as batch:
        batch.alter_column("passed", server_default=None)
        batch.drop_column("rating")
        batch.drop_column("assessment")
    with op.batch_alter_table("visit_rating") as batch:
        batch.drop_column("privacy")
        batch.drop_column("hygiene")
