"""Cold start: SalonDesk with the demo salon vs a bare PySide6 6-tab window, in the same run.

Each start is a fresh Python process, timed from spawn until it prints READY,
which it does from a zero-delay timer after the main window is shown and logged
in (the event loop has painted the window and has nothing else queued). The
median of N runs of each is printed, with the ratio.

    .venv/bin/python benchmarks/startup.py [--runs 7] [--customers N] [--months N]

Also reports whether the heavy libraries (reportlab, pyqtgraph) were imported
during start-up: they must not be.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget()
for i in range(6):
    tabs.addTab(QTableView(), f"Tab {i + 1}")
window.setCentralWidget(tabs)
window.resize(1180, 760)
window.show()
def ready():
    print("READY reportlab=0 pyqtgraph=0 alembic=0", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

HEAVY = ("reportlab", "pyqtgraph")


def build_demo_database(directory: Path, customers: int | None, months: int | None) -> tuple[str, int]:
    """A demo salon in ``directory``; returns its URL and the owner's staff id."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from salondesk.db.engine import make_engine
    from salondesk.db.migrate import upgrade
    from salondesk.demo import DEMO_TZ, build_demo
    from salondesk.domain.permissions import Role

    url = f"sqlite:///{directory / 'demo.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    today = datetime.now(ZoneInfo(DEMO_TZ)).date()  # the demo's "today" is the salon's, as `salondesk demo` does
    summary = build_demo(engine, seed=1, customers=customers, months=months, today=today)
    engine.dispose()
    owner = next(login for login in summary.logins if login.role == Role.OWNER)
    return url, owner.staff_id


def time_start(cmd: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Seconds from spawning ``cmd`` until it prints READY (and the READY line)."""
    started = time.perf_counter()
    # from a neutral folder: ``python -c`` puts the working folder first on sys.path, before PYTHONPATH
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tempfile.gettempdir()
    )
    assert proc.stdout is not None
    line = ""
    for line in proc.stdout:
        if line.startswith("READY"):
            break
    elapsed = time.perf_counter() - started
    _out, err = proc.communicate(timeout=120)
    if not line.startswith("READY"):
        raise SystemExit(f"{cmd} never became ready (exit {proc.returncode}):\n{err}")
    return elapsed, line.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="starts of each kind (median of these; at least 5)")
    parser.add_argument("--customers", type=int, default=None, help="demo size (default: the demo's small salon)")
    parser.add_argument("--months", type=int, default=None, help="months of demo history")
    args = parser.parse_args()
    runs = max(5, args.runs)

    with tempfile.TemporaryDirectory(prefix="salondesk-bench-") as tmp:
        work = Path(tmp)
        t0 = time.perf_counter()
        url, owner_id = build_demo_database(work, args.customers, args.months)
        print(f"demo salon built in {time.perf_counter() - t0:.1f} s ({url})")
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            SALONDESK_DATA_DIR=str(work / "data"),
            SALONDESK_DB_URL=url,
            SALONDESK_BENCH_AUTOLOGIN=str(owner_id),
        )
        app_cmd = [sys.executable, "-c", "from salondesk.app import _bench_main; raise SystemExit(_bench_main())"]
        bare_cmd = [sys.executable, "-c", BARE]
        time_start(app_cmd, env)  # warm the OS file cache once; every timed start is still a new process
        time_start(bare_cmd, env)
        app_times, bare_times, ready_lines = [], [], set()
        for _ in range(runs):  # interleaved, so both see the same machine conditions
            seconds, line = time_start(bare_cmd, env)
            bare_times.append(seconds)
            seconds, line = time_start(app_cmd, env)
            app_times.append(seconds)
            ready_lines.add(line)

    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    print(f"runs: {runs} of each, interleaved; platform {env['QT_QPA_PLATFORM']}")
    print(f"bare PySide6 6-tab window : median {bare_median:.3f} s  ({', '.join(f'{t:.3f}' for t in bare_times)})")
    print(f"SalonDesk, demo, logged in: median {app_median:.3f} s  ({', '.join(f'{t:.3f}' for t in app_times)})")
    print(f"ratio SalonDesk / bare    : {app_median / bare_median:.2f}x")
    print(f"heavy modules at start-up : {sorted(ready_lines)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
