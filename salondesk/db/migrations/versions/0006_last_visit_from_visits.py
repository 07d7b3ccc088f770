"""Customers' last visit from their visits (issue 15 item 8)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

``customer.last_visit_at`` is kept from the visits now (the latest start of a service,
``services.customers.refresh_last_visit``). Databases written before were wrong where the
start of a service did not set it and in the demo, which made it up (319 of 400 files).
Every file with a served visit gets the latest start of its services; a file without one
keeps what it has (an imported last visit from the salon's old system). Data only.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LATEST_START = "SELECT max(v.service_started_at) FROM visit v WHERE v.customer_id = customer.id"


def upgrade() -> None:
    op.execute(
        sa.text(
            f"UPDATE customer SET last_visit_at = ({LATEST_START}) "  # noqa: S608 - a fixed statement
            "WHERE EXISTS (SELECT 1 FROM visit v WHERE v.customer_id = customer.id "
            "AND v.service_started_at IS NOT NULL)"
        )
    )


def downgrade() -> None:
    """Nothing to undo: the column keeps its (now right) values."""
