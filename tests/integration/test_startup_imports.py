"""Start-up loads what the logged-in window needs: no report, chart or migration library."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from salondesk.cli import main


def small_demo(tmp_path: Path) -> tuple[str, int]:
    """A small demo salon in ``tmp_path``: its URL and its owner's staff id."""
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert main(["demo", "--db", url, "--customers", "20", "--months", "1"]) == 0
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        owner = conn.execute(sa.text("SELECT id FROM staff WHERE role = 'owner' ORDER BY id LIMIT 1")).scalar_one()
    engine.dispose()
    return url, int(owner)


def test_logged_in_window_starts_without_reportlab_pyqtgraph_or_alembic(tmp_path: Path) -> None:
    url, owner = small_demo(tmp_path)
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


LOGIN_FIRST = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
seen = {}
def loaded(*names):
    return " ".join(f"{name}={int(name in sys.modules)}" for name in names)
def main_window():
    return next((w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow" and w.isVisible()), None)
def log_in():
    dialog = seen["dialog"]
    if not dialog.ui.staffCombo.isEnabled():
        QTimer.singleShot(10, log_in); return
    dialog.select_staff(int(sys.argv[1])); dialog.ui.pinEdit.setText(sys.argv[2]); dialog.try_login()
    QTimer.singleShot(0, ready)
def ready():
    window = main_window()
    print("LOGGED-IN", window is not None and not window.is_locked(), loaded(
        "salondesk.ui.tabs.reception_tab", "salondesk.ui.tabs.complaints_tab", "salondesk.ui.tabs.staff_tab",
        "salondesk.ui.tabs.dashboard_tab", "salondesk.ui.tabs.reports_tab", "reportlab", "pyqtgraph", "alembic"
    ), flush=True)
    window.backups.stop_schedule(); window.close()
class Watch(QObject):
    def eventFilter(self, obj, event):
        if "dialog" not in seen and event.type() == QEvent.Type.Paint and type(obj).__name__ == "LoginDialog":
            seen["dialog"] = obj
            print("PAINTED", loaded("sqlalchemy", "sqlmodel", "salondesk.domain", "pypinyin"), flush=True)
            QTimer.singleShot(0, log_in)
        return False
watch = Watch(); app.installEventFilter(watch)
from salondesk.app import run_gui
raise SystemExit(run_gui(None, "en"))
"""


def test_the_login_paints_before_the_database_layer_loads_and_tabs_load_when_shown(tmp_path: Path) -> None:
    url, owner = small_demo(tmp_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SALONDESK_DATA_DIR=str(tmp_path / "data"), SALONDESK_DB_URL=url)
    result = subprocess.run(
        [sys.executable, "-c", LOGIN_FIRST, str(owner), "1111"],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith(("PAINTED", "LOGGED-IN"))]
    assert lines == [
        "PAINTED sqlalchemy=0 sqlmodel=0 salondesk.domain=0 pypinyin=0",
        "LOGGED-IN True salondesk.ui.tabs.reception_tab=1 salondesk.ui.tabs.complaints_tab=1 "
        "salondesk.ui.tabs.staff_tab=0 salondesk.ui.tabs.dashboard_tab=0 salondesk.ui.tabs.reports_tab=0 "
        "reportlab=0 pyqtgraph=0 alembic=0",
    ], result.stdout + result.stderr
    assert result.returncode == 0, result.stderr
