"""Regenerate the initial migration from the models (pre-release only).

Until SalonDesk's first release no database exists in the field, so the schema is
kept as one initial migration regenerated from the models. After the first
release this script is retired and every change becomes a new alembic revision
(``scripts/new_migration.py "message"``).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from salondesk.db.engine import make_engine
from salondesk.db.migrate import MIGRATIONS_DIR, alembic_config

INITIAL = MIGRATIONS_DIR / "versions" / "0001_initial.py"


def main() -> int:
    INITIAL.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'empty.sqlite3'}")
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.revision(cfg, message="initial schema", autogenerate=True, rev_id="0001")
    generated = next((MIGRATIONS_DIR / "versions").glob("0001_*.py"))
    if generated != INITIAL:
        generated.rename(INITIAL)
    print(f"wrote {INITIAL}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
