"""Start-up loads what the logged-in window needs: no report, chart or migration library."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from salondesk.cli import main


def test_logged_in_window_starts_without_reportlab_pyqtgraph_or_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert main(["demo", "--db", url, "--customers", "20", "--months", "1"]) == 0
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        owner = conn.execute(sa.text("SELECT id FROM staff WHERE role = 'owner' ORDER BY id LIMIT 1")).scalar_one()
    engine.dispose()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        SALONDESK_DATA_DIR=str(tmp_path / "data"),
        SALONDESK_DB_URL=url,
        SALONDESK_BENCH_AUTOLOGIN=str(owner),
    )
    code = "from salondesk.app import _bench_main; raise SystemExit(_bench_main())"
    result = subprocess.run(
        [sys.executable, "-c", code], check=False, env=env, capture_output=True, text=True, timeout=300
    )
    ready = [line for line in result.stdout.splitlines() if line.startswith("READY")]
    assert ready == ["READY reportlab=0 pyqtgraph=0 alembic=0"], result.stdout + result.stderr
