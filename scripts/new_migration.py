"""Create a new alembic revision by autogenerate against a database at head."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from salondesk.db.engine import make_engine
from salondesk.db.migrate import alembic_config, upgrade


def main() -> int:
    message = " ".join(sys.argv[1:]) or "schema change"
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'head.sqlite3'}")
        upgrade(engine)
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.revision(cfg, message=message, autogenerate=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
