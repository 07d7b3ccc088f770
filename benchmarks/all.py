"""Every speed figure of issue 18 next to its floor, measured in the same run, with the load average.

    .venv/bin/python benchmarks/all.py [--big PATH] [--runs 7] [--only help,startup,...]

The machine is shared: each figure is printed with the floor it is compared to (measured
interleaved with it, in the same run) and the 1-minute load average before and after it,
so a figure from a busy moment is seen as such. Parts (``--only``):

* ``help``     ``salondesk --help`` (a new process) vs ``python -c pass``;
* ``startup``  logged in and idle vs a bare PySide6 6-tab window (default demo; also ``--big``);
* ``login``    the real start (``run_gui``): the login window painted vs a bare 6-tab window painted;
               logged in and idle with the PIN typed the moment the names show (worst case) and, typed
               at 180 ms a key, Enter -> idle, vs a bare window + SQLAlchemy + open the DB + read a row
               + one argon2 PIN check (default demo; also ``--big``);
* ``rss``      peak RSS, owner, every tab shown once vs the bare window (default demo; also ``--big``);
* ``search``   customer search per query, service vs its raw SQL (``--big``: 200,000 customers);
* ``typing``   typing 'li' and 'zhang' at 180 ms a key in the search box: the longest the GUI
               thread was blocked and the time from the last key to its results (``--big``);
* ``dialog_typing`` typing 'wang' and 'li' at 180 ms a key in the walk-in dialog's find-a-customer box
               (F2), then in the booking dialog's customer box: the same two figures (``--big``);
* ``tick``     reception clock tick incl. repaint, 30 waiting, vs a bare table repainting one column;
               also its CPU time, with the customer display (F10) open, and the tab's 30-second re-read;
* ``import``   50,000 Fresha rows through the service vs raw ``executemany``;
* ``report``   see ``benchmarks/report.py`` (run apart: it needs minutes).

``--big PATH``: a 10-year demo (``salondesk --db sqlite:///PATH demo --customers 200000 --months 120``,
about 6 minutes); parts that need it are skipped without it. ``PYTHONPATH=<another checkout>`` measures
that checkout's code with the same script (how RESULTS.md's "before" figures were taken).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.2f} ({five:.2f} over 5 min)"


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:8.1f} ms"


def spawn_seconds(cmd: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def interleaved(app: Callable[[], float], floor: Callable[[], float], runs: int) -> tuple[list[float], list[float]]:
    app(), floor()  # warm the file cache
    a, f = [], []
    for _ in range(runs):
        f.append(floor())
        a.append(app())
    return a, f


def report_pair(title: str, app: list[float], floor: list[float], floor_name: str, before: str) -> None:
    ratio = statistics.median(app) / statistics.median(floor)
    print(f"{title:<44} {median_ms(app)}   floor {median_ms(floor)} ({floor_name})   {ratio:5.2f}x   [{before}]")


# ------------------------------------------------------------------ help
def part_help(args: argparse.Namespace, _work: Path) -> None:
    before = load()
    app, floor = interleaved(
        lambda: spawn_seconds([sys.executable, "-m", "salondesk", "--help"]),
        lambda: spawn_seconds([sys.executable, "-c", "pass"]),
        args.runs,
    )
    report_pair("salondesk --help", app, floor, "python -c pass", before)
    app, floor = interleaved(
        lambda: spawn_seconds([sys.executable, "-m", "salondesk", "--version"]),
        lambda: spawn_seconds([sys.executable, "-c", "pass"]),
        args.runs,
    )
    report_pair("salondesk --version", app, floor, "python -c pass", load())


# ------------------------------------------------------------------ startup and RSS
RSS_APP = r"""
import os, resource, sys
from PySide6.QtCore import QTimer
from salondesk import config
from salondesk.app import benchmark_start
session = benchmark_start(config.resolve_db_url(None), int(os.environ["SALONDESK_BENCH_AUTOLOGIN"]))
window, app = session.window, session.app
session.backups.stop_schedule()  # no daily backup of the demo in the middle of the figure
index = [0]
def step():
    if window.is_locked():
        QTimer.singleShot(50, step); return
    if index[0] < window.tab_widget.count():
        window.show_tab(index[0]); index[0] += 1
        QTimer.singleShot(300, step); return
    session.tasks.wait_idle(120_000)
    app.processEvents()
    print("RSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, window.tab_widget.count(), flush=True)
    session.backups.stop_schedule()
    os._exit(0)
QTimer.singleShot(0, step)
app.exec()
"""
RSS_BARE = r"""
import resource
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QTableView
app = QApplication([])
window = QMainWindow(); tabs = QTabWidget()
for i in range(6):
    tabs.addTab(QTableView(), f"Tab {i + 1}")
window.setCentralWidget(tabs); window.resize(1280, 720); window.show()
def done():
    for i in range(6):
        tabs.setCurrentIndex(i); app.processEvents()
    print("RSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, 6, flush=True); app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def rss_kib(code: str, env: dict[str, str]) -> tuple[int, int]:
    out = subprocess.run(  # from the data folder: ``-c`` puts the working folder first on sys.path
        [sys.executable, "-c", code], check=False, env=env, capture_output=True, text=True, timeout=600,
        cwd=tempfile.gettempdir(),
    )  # fmt: skip
    line = next((x for x in out.stdout.splitlines() if x.startswith("RSS")), None)
    if line is None:
        raise SystemExit(f"RSS run failed:\n{out.stderr[-2000:]}")
    _, kib, tabs = line.split()
    return int(kib), int(tabs)


def app_env(work: Path, url: str, owner_id: int) -> dict[str, str]:
    """The children's environment: the demo, and compiled bytecode as an installed SalonDesk has it.

    Installing compiles every module (pip, the bundle); a start with PYTHONDONTWRITEBYTECODE (set on
    the build container) compiles SalonDesk's ~200 modules from source every time instead (~0.8 s).
    The children keep their bytecode under ``work`` (written by the first, untimed start).
    """
    env = dict(
        os.environ,
        SALONDESK_DATA_DIR=str(work / "data"),
        SALONDESK_DB_URL=url,
        SALONDESK_BENCH_AUTOLOGIN=str(owner_id),
        PYTHONPYCACHEPREFIX=str(work / "pycache"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def owner_of(url: str) -> int:
    import sqlalchemy as sa

    from salondesk.db.engine import make_engine

    engine = make_engine(url)
    with engine.connect() as conn:
        owner = conn.execute(sa.text("SELECT id FROM staff WHERE role = 'owner' ORDER BY id LIMIT 1")).scalar_one()
    engine.dispose()
    return int(owner)


def databases(args: argparse.Namespace, work: Path) -> list[tuple[str, str]]:
    """(label, url) of the default demo (built here once) and the big one when given."""
    from startup import build_demo_database

    default = work / "default"
    default.mkdir(exist_ok=True)
    if not (default / "demo.sqlite3").exists():
        build_demo_database(default, None, None)
    found = [("default demo", f"sqlite:///{default / 'demo.sqlite3'}")]
    if args.big:
        found.append(("10-year demo", f"sqlite:///{args.big}"))
    return found


def part_startup(args: argparse.Namespace, work: Path) -> None:
    from startup import BARE, time_start

    for label, url in databases(args, work):
        env = app_env(work, url, owner_of(url))
        app_cmd = [sys.executable, "-c", "from salondesk.app import _bench_main; raise SystemExit(_bench_main())"]
        before = load()
        app, floor = interleaved(
            lambda: time_start(app_cmd, env)[0],  # noqa: B023 - used at once
            lambda: time_start([sys.executable, "-c", BARE], env)[0],  # noqa: B023
            args.runs,
        )
        report_pair(f"logged in, idle ({label})", app, floor, "bare 6-tab window", before)


LOGIN_DRIVER = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
from PySide6.QtCore import Qt
mode, staff, pin = os.environ["BENCH_MODE"], int(os.environ["BENCH_STAFF"]), os.environ["BENCH_PIN"]
app = QApplication(sys.argv[:1])
state = {"dialog": None, "gaps": [0.0], "loading_gap": 0.0, "last": 0.0, "enter": 0.0}
def beat():
    now = time.perf_counter(); state["gaps"].append(now - state["last"]); state["last"] = now
heart = QTimer(); heart.setInterval(5); heart.timeout.connect(beat)
def main_window():
    return next((w for w in QApplication.topLevelWidgets()
                 if type(w).__name__ == "MainWindow" and w.isVisible() and not w.is_locked()), None)
def ready():
    window = main_window()
    if window is None or window.tasks.busy():
        QTimer.singleShot(1, ready); return
    typing_gap, loading_gap = max(state["gaps"]) * 1000, state["loading_gap"] * 1000
    print(f"READY {(time.perf_counter() - state['enter']) * 1000:.1f} {typing_gap:.1f} {loading_gap:.1f}", flush=True)
    if window.backups is not None:
        window.backups.stop_schedule()
    os._exit(0)
def press_enter():
    heart.stop()
    state["enter"] = time.perf_counter()
    QTest.keyClick(state["dialog"].ui.pinEdit, Qt.Key.Key_Return)
    QTimer.singleShot(0, ready)
def type_pin():
    dialog = state["dialog"]
    if dialog.ui.staffCombo.findData(staff) < 0:  # the names may follow the window
        QTimer.singleShot(20, type_pin); return
    state["loading_gap"] = max(state["gaps"]); state["gaps"] = [0.0]  # longest freeze before the names
    dialog.select_staff(staff)
    if mode == "at-once":
        dialog.ui.pinEdit.setText(pin); press_enter(); return
    keys = list(pin)
    def key():
        QTest.keyClick(dialog.ui.pinEdit, keys.pop(0))
        QTimer.singleShot(180, key if keys else press_enter)
    QTimer.singleShot(180, key)
def painted():
    print("PAINTED", flush=True)
    app.removeEventFilter(watch)  # a Python filter on every event would slow what follows
    if mode == "paint":
        os._exit(0)
    if mode == "human":  # the at-once start does not wait on a heartbeat (it would compete for the GIL)
        state["last"] = time.perf_counter(); heart.start()
    type_pin()
class Watch(QObject):
    def eventFilter(self, obj, event):
        if state["dialog"] is None and event.type() == QEvent.Type.Paint and type(obj).__name__ == "LoginDialog":
            state["dialog"] = obj
            QTimer.singleShot(0, painted)
        return False
watch = Watch(); app.installEventFilter(watch)
from salondesk.app import run_gui
raise SystemExit(run_gui(None, "en"))
"""
LOGIN_FLOOR = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QTableView
mode = os.environ["BENCH_MODE"]
app = QApplication(sys.argv[:1])
window = QMainWindow(); tabs = QTabWidget()
for i in range(6):
    tabs.addTab(QTableView(), f"Tab {i + 1}")
window.setCentralWidget(tabs); window.resize(1280, 720)
def painted():
    print("PAINTED", flush=True)
    app.removeEventFilter(watch)
    if mode == "paint":
        os._exit(0)
    import sqlalchemy as sa
    from argon2 import PasswordHasher
    engine = sa.create_engine(os.environ["SALONDESK_DB_URL"])
    with engine.connect() as conn:
        pin_hash = conn.execute(sa.text("SELECT pin_hash FROM staff WHERE id = :id"),
                                {"id": int(os.environ["BENCH_STAFF"])}).scalar_one()
    PasswordHasher().verify(pin_hash, os.environ["BENCH_PIN"])
    print("READY 0 0 0", flush=True)
    os._exit(0)
done = [False]
class Watch(QObject):
    def eventFilter(self, obj, event):
        if not done[0] and event.type() == QEvent.Type.Paint and obj is window:
            done[0] = True
            QTimer.singleShot(0, painted)
        return False
watch = Watch(); app.installEventFilter(watch)
window.show()
app.exec()
"""


def timed_login(code: str, env: dict[str, str]) -> tuple[float, float, float, float, float]:
    """(spawn -> login painted, spawn -> READY, Enter -> READY, longest gap while typing, before the names), s."""
    with tempfile.TemporaryDirectory(prefix="salondesk-login-") as data:  # a fresh data folder per start
        env = dict(env, SALONDESK_DATA_DIR=data)
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, cwd=data)  # fmt: skip  # not a checkout
        assert proc.stdout is not None
        painted = ready = 0.0
        enter_ms = gap_ms = loading_ms = "0"
        for line in proc.stdout:
            if line.startswith("PAINTED"):
                painted = time.perf_counter() - started
                if env["BENCH_MODE"] == "paint":
                    break
            elif line.startswith("READY"):
                ready = time.perf_counter() - started
                _, enter_ms, gap_ms, loading_ms = line.split()
                break
        _out, err = proc.communicate(timeout=300)
    if not painted or (env["BENCH_MODE"] != "paint" and not ready):
        raise SystemExit(f"login run failed (exit {proc.returncode}):\n{err[-3000:]}")
    return painted, ready, float(enter_ms) / 1000, float(gap_ms) / 1000, float(loading_ms) / 1000


def part_login(args: argparse.Namespace, work: Path) -> None:
    for label, url in databases(args, work):
        env = dict(app_env(work, url, owner_of(url)), BENCH_STAFF=str(owner_of(url)), BENCH_PIN=args.pin)
        modes = {m: dict(env, BENCH_MODE=m) for m in ("paint", "at-once", "human")}
        before = load()
        app, floor = interleaved(
            lambda: timed_login(LOGIN_DRIVER, modes["paint"])[0],  # noqa: B023 - used at once
            lambda: timed_login(LOGIN_FLOOR, modes["paint"])[0],  # noqa: B023
            args.runs,
        )
        report_pair(f"login window painted ({label})", app, floor, "bare 6-tab window painted", before)
        before = load()
        app, floor = interleaved(
            lambda: timed_login(LOGIN_DRIVER, modes["at-once"])[1],  # noqa: B023
            lambda: timed_login(LOGIN_FLOOR, modes["at-once"])[1],  # noqa: B023
            args.runs,
        )
        report_pair(f"PIN at once: spawn -> idle ({label})", app, floor, "bare+SQLAlchemy+row+PIN", before)
        before = load()
        human = [timed_login(LOGIN_DRIVER, modes["human"]) for _ in range(args.runs)]
        enter = [h[2] for h in human]
        print(
            f"{'PIN at 180 ms a key: Enter -> idle (' + label + ')':<44} {median_ms(enter)}   "
            f"(floor as above {median_ms(floor)}: {statistics.median(enter) / statistics.median(floor):5.2f}x)"
            f"   longest freeze typing {max(h[3] for h in human) * 1000:.0f} ms"
            f" (median {statistics.median(h[3] for h in human) * 1000:.0f}), before the names"
            f" {max(h[4] for h in human) * 1000:.0f} ms (median {statistics.median(h[4] for h in human) * 1000:.0f})"
            f"   [{before}]"
        )


def part_rss(args: argparse.Namespace, work: Path) -> None:
    for label, url in databases(args, work):
        env = app_env(work, url, owner_of(url))
        rss_kib(RSS_APP, env)  # untimed: writes the bytecode
        before = load()
        bare, _ = rss_kib(RSS_BARE, env)
        app, tabs = rss_kib(RSS_APP, env)
        print(
            f"{'peak RSS, owner, ' + str(tabs) + ' tabs shown (' + label + ')':<44} {app / 1024:8.1f} MiB"
            f"   floor {bare / 1024:8.1f} MiB (bare 6-tab window)   {app / bare:5.2f}x   [{before}]"
        )


# ------------------------------------------------------------------ search
def part_search(args: argparse.Namespace, _work: Path) -> None:
    import random
    from functools import partial

    from customer_search import RECEPTION, p95, timed, typical_queries

    from salondesk.db.customer_search import ensure_fts
    from salondesk.db.engine import make_engine
    from salondesk.db.uow import uow_factory
    from salondesk.domain.name_search import normalise_text
    from salondesk.queries.customers import search_customers, search_sql

    url = f"sqlite:///{args.big}"
    engine = make_engine(url)
    fts = ensure_fts(engine)
    new_uow = uow_factory(engine)
    queries = [*typical_queries(url, random.Random(7)), ("short", "li"), ("short", "zhang"), ("short", "wang")]
    before = load()
    service_ms: list[float] = []
    raw_ms: list[float] = []
    with engine.connect() as conn:
        for _kind, text in queries:
            compiled = search_sql(normalise_text(text), fts)
            service_ms.append(timed(partial(search_customers, new_uow(), RECEPTION, text), args.runs, new_uow))
            raw_ms.append(timed(partial(conn.execute, compiled), args.runs))
    engine.dispose()
    ratio = statistics.median(service_ms) / statistics.median(raw_ms)
    print(
        f"{'customer search, ' + str(len(queries)) + ' queries (median of medians)':<44} "
        f"{statistics.median(service_ms):8.2f} ms   floor {statistics.median(raw_ms):8.2f} ms (raw SQL)   {ratio:5.2f}x"
        f"   p95 {p95(service_ms):.2f} vs {p95(raw_ms):.2f} ms   [{before}]"
    )


TYPING = r"""
import gc, os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from PySide6.QtTest import QTest
from salondesk.db.engine import make_engine
from salondesk.db.uow import uow_factory
from salondesk.domain.clock import SystemClock
from salondesk.domain.permissions import Actor, Role
from salondesk.services.settings import get_settings
from salondesk.ui.context import AppContext
from salondesk.ui.widgets.customer_search import CustomerSearchWidget
app = QApplication([])
engine = make_engine(os.environ["BENCH_URL"])
new_uow = uow_factory(engine)
actor = Actor(None, "bench", Role.RECEPTIONIST)
ctx = AppContext(new_uow=new_uow, clock=SystemClock(), settings=get_settings(new_uow()), actor=actor)
widget = CustomerSearchWidget(ctx)
widget.resize(900, 600); widget.show()
plain = QLineEdit(); plain.show()  # the floor: the same typing into a box that searches nothing
if os.environ.get("BENCH_FREEZE", "1") == "1":
    gc.freeze()  # what the program does after its first login (salondesk.app._freeze_heap_after_first_login)
collections = []; started = [0.0]  # full garbage collections (generation 2): they stop every thread
def collected(phase, info):
    if info["generation"] == 2:
        if phase == "start": started[0] = time.perf_counter()
        else: collections.append(time.perf_counter() - started[0])
gc.callbacks.append(collected)
gaps = []; last = [time.perf_counter()]
def beat():
    now = time.perf_counter(); gaps.append(now - last[0]); last[0] = now
heart = QTimer(); heart.setInterval(5); heart.timeout.connect(beat); heart.start()
def pump(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents(); time.sleep(0.002)
def type_into(edit, word):
    edit.clear(); pump(0.5)
    gaps.clear(); last[0] = time.perf_counter()
    for ch in word[:-1]:
        QTest.keyClick(edit, ch); pump(0.18)
    QTest.keyClick(edit, word[-1])
    return time.perf_counter()
for word in sys.argv[1:]:
    type_into(plain, word); pump(0.6)
    floor = max(gaps)
    collections.clear()
    pressed = type_into(widget.edit, word)
    while widget.result is None or widget.result.query != word:
        app.processEvents(); time.sleep(0.001)
        if time.perf_counter() - pressed > 30: break
    shown = time.perf_counter() - pressed
    pump(0.6)  # the count of a long list follows in the background: the loop must stay free meanwhile
    label = widget.count_label.text()
    gc_ms = max(collections, default=0.0) * 1000
    print(f"TYPED {word} {max(gaps) * 1000:.1f} {floor * 1000:.1f} {shown * 1000:.1f} {gc_ms:.1f} {label}", flush=True)
os._exit(0)
"""


def typed_lines(script: str, words: list[str], args: argparse.Namespace, work: Path, what: str) -> list[str]:
    """Run a typing child ``script`` on the 10-year demo with ``words``; its ``TYPED`` lines."""
    out = subprocess.run(
        [sys.executable, "-c", script, *words],
        check=False,
        cwd=work,  # not a checkout: ``-c`` puts the working folder first on sys.path, before PYTHONPATH
        env=dict(os.environ, BENCH_URL=f"sqlite:///{args.big}"),
        capture_output=True,
        text=True,
        timeout=900,
    )
    lines = [x for x in out.stdout.splitlines() if x.startswith("TYPED")]
    if not lines:
        raise SystemExit(f"{what} run failed:\n{out.stderr[-2000:]}")
    return lines


def part_typing(args: argparse.Namespace, work: Path) -> None:
    before = load()
    for line in typed_lines(TYPING, ["li", "zhang", "1381", "wang", "zw"], args, work, "typing"):
        _, word, gap, floor, shown, gc_ms, *label = line.split(" ")
        collection = f" (a full garbage collection: {float(gc_ms):.0f} ms)" if float(gc_ms) else ""
        print(
            f"{'typing ' + repr(word) + ' at 180 ms a key':<44} longest GUI-thread gap {float(gap):6.1f} ms{collection}"
            f" (floor {float(floor):5.1f} ms typing into a plain box)   results {float(shown):6.1f} ms after the"
            f' last key   "{" ".join(label)}"   [{before}]'
        )


HEARTBEAT = r"""
from PySide6.QtCore import QTimer
gaps = []; last = [time.perf_counter()]  # (start, end) of each pass of the event loop, from a 5-ms timer
def beat():
    now = time.perf_counter(); gaps.append((last[0], now)); last[0] = now
heart = QTimer(); heart.setInterval(5); heart.timeout.connect(beat); heart.start()
def pump(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents(); time.sleep(0.002)
"""  # a child script's event-loop heartbeat (after its ``app``): how long the GUI thread stops

DIALOG_TYPING = (
    r"""
import gc, os, sys, time
from PySide6.QtWidgets import QApplication, QLineEdit
from PySide6.QtTest import QTest
from salondesk.db.engine import make_engine
from salondesk.db.uow import uow_factory
from salondesk.domain.clock import SystemClock
from salondesk.domain.permissions import Actor, Role
from salondesk.services.settings import get_settings
from salondesk.ui.context import AppContext
from salondesk.ui.dialogs.appointments.appointment_dialog import AppointmentDialog
from salondesk.ui.dialogs.reception.dialogs import WalkInDialog
app = QApplication([])
engine = make_engine(os.environ["BENCH_URL"])
new_uow = uow_factory(engine)
ctx = AppContext(new_uow=new_uow, clock=SystemClock(), settings=get_settings(new_uow()),
                 actor=Actor(None, "bench", Role.RECEPTIONIST))
walk_in, booking = WalkInDialog(ctx), AppointmentDialog(ctx)
walk_in.show(); booking.show()
boxes = {"walk-in": (walk_in, walk_in.ui.searchEdit, walk_in.ui.hitList),
         "booking": (booking, booking.ui.customerSearch, booking.ui.customerList)}
plain = QLineEdit(); plain.show()  # the floor: the same typing into a box that searches nothing
if os.environ.get("BENCH_FREEZE", "1") == "1":
    gc.freeze()  # what the program does after its first login (salondesk.app._freeze_heap_after_first_login)
collections = []; started = [0.0]  # full garbage collections (generation 2): they stop every thread
def collected(phase, info):
    if info["generation"] == 2:
        if phase == "start": started[0] = time.perf_counter()
        else: collections.append((started[0], time.perf_counter()))
gc.callbacks.append(collected)
"""
    + HEARTBEAT
    + r"""
def longest(spans, without_collections=False):
    def has_collection(a, b): return any(s < b and e > a for s, e in collections)  # overlaps the gap
    return max((b - a for a, b in spans if not (without_collections and has_collection(a, b))), default=0.0)
def type_into(edit, word):
    edit.clear(); pump(0.5)
    gaps.clear(); last[0] = time.perf_counter()
    for ch in word[:-1]:
        QTest.keyClick(edit, ch); pump(0.18)
    QTest.keyClick(edit, word[-1])
    return time.perf_counter()
def shown(dialog, hits, word):  # the list shows the hits of ``word``
    if hasattr(dialog, "shown_query"):
        return dialog.shown_query == word and hits.count() > 0
    timer = getattr(dialog, "_search_timer", None)  # before h18w: on the key, or (booking) on this thread 150 ms on
    return hits.count() > 0 and (timer is None or not timer.isActive())
for name, (dialog, box, hits) in boxes.items():
    for word in sys.argv[1:]:
        type_into(plain, word); pump(0.6)
        floor = longest(gaps)
        collections.clear()
        pressed = type_into(box, word)
        while not shown(dialog, hits, word):
            app.processEvents(); time.sleep(0.001)
            if time.perf_counter() - pressed > 30: break
        after = time.perf_counter() - pressed
        pump(0.6)
        gc_ms = max((e - s for s, e in collections), default=0.0) * 1000
        rows, gap, rest = hits.count(), longest(gaps) * 1000, longest(gaps, True) * 1000
        print(f"TYPED {name} {word} {gap:.1f} {floor * 1000:.1f} {after * 1000:.1f} {gc_ms:.1f} {rows} {rest:.1f}",
              flush=True)
os._exit(0)
"""
)


def part_dialog_typing(args: argparse.Namespace, work: Path) -> None:
    before = load()
    for line in typed_lines(DIALOG_TYPING, ["wang", "li"], args, work, "dialog typing"):
        _, dialog, word, gap, floor, shown, gc_ms, hits, rest = line.split(" ")
        collection = (
            f" (a full garbage collection: {float(gc_ms):.0f} ms; without it {float(rest):.1f} ms)"
            if float(gc_ms)
            else ""
        )
        print(
            f"{dialog + ' dialog: typing ' + repr(word):<44} longest GUI-thread gap {float(gap):6.1f} ms{collection}"
            f" (floor {float(floor):5.1f} ms typing into a plain box)   results {float(shown):6.1f} ms after the"
            f" last key, {hits} rows   [{before} -> {load()}]"
        )


# ------------------------------------------------------------------ reception tick
TICK = (
    r"""
import os, sys, time, statistics
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
sys.path.insert(0, os.environ["BENCH_DIR"])
import queue as bench_queue
from pathlib import Path
from salondesk.db.engine import make_engine
from salondesk.db.uow import uow_factory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.permissions import Actor, Role
from salondesk.services.settings import get_settings
from salondesk.ui.context import AppContext
from salondesk.ui.tabs.reception_tab import ReceptionTab
import sqlalchemy as sa
app = QApplication([])
path = Path(os.environ["BENCH_DB"])
bench_queue.fill_queue(path)
engine = make_engine(f"sqlite:///{path}")
new_uow = uow_factory(engine)
clock = FrozenClock(bench_queue.NOW)
with engine.connect() as conn:
    owner = conn.execute(sa.text("SELECT id FROM staff WHERE role = 'owner' ORDER BY id LIMIT 1")).scalar_one()
ctx = AppContext(new_uow=new_uow, clock=clock, settings=get_settings(new_uow()), actor=Actor(owner, "o", Role.OWNER))
tab = ReceptionTab(ctx); tab.resize(1280, 800); tab.show(); tab.refresh()
tab.tick_timer.stop(); tab.refresh_timer.stop()  # only the measured ticks (the real timer would add some)
for _ in range(5): app.processEvents()
bare_model = QStandardItemModel(30, 7)
for r in range(30):
    for c in range(7):
        bare_model.setItem(r, c, QStandardItem(f"cell {r} {c} text"))
bare = QTableView(); bare.setModel(bare_model); bare.resize(1280, 800); bare.show()
for _ in range(5): app.processEvents()
class Paints(QObject):  # both sides must really repaint every run (an unchanged text repaints nothing)
    def __init__(self):
        super().__init__(); self.count = {}
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            top = obj.window(); self.count[top] = self.count.get(top, 0) + 1
        return False
paints = Paints(); app.installEventFilter(paints)
seconds = [0]
def tick():  # a second at the counter, all the event loop does with it (deleteLater, queued shows, their paints)
    clock.advance(seconds=1); tab.tick()
    app.processEvents(); app.sendPostedEvents(None, QEvent.Type.DeferredDelete); app.processEvents()
def floor():
    seconds[0] += 1
    for r in range(30):
        bare_model.item(r, 0).setText(f"{seconds[0] // 60:02d}:{seconds[0] % 60:02d}")
    app.processEvents()
for _ in range(3): floor(); tick()
paints.count.clear()
runs = int(os.environ["BENCH_RUNS"])
a, f, a_cpu, f_cpu = [], [], [], []  # wall time, and this thread's CPU time (what a busy machine does not inflate)
for _ in range(runs):
    t, c = time.perf_counter(), time.thread_time(); floor()
    f.append(time.perf_counter() - t); f_cpu.append(time.thread_time() - c)
    t, c = time.perf_counter(), time.thread_time(); tick()
    a.append(time.perf_counter() - t); a_cpu.append(time.thread_time() - c)
assert paints.count.get(tab, 0) >= runs and paints.count.get(bare, 0) >= runs, paints.count
ms = lambda samples: statistics.median(samples) * 1000
print("TICK", ms(a), ms(f), tab.waiting_model.rowCount(), ms(a_cpu), ms(f_cpu), flush=True)
tab.toggle_display()  # F10: the customer-facing queue display, open all day at a counter
for _ in range(3): floor(); tick()
d, d_floor = [], []
for _ in range(runs):
    t = time.perf_counter(); floor(); d_floor.append(time.perf_counter() - t)
    t = time.perf_counter(); tick(); d.append(time.perf_counter() - t)
print("DISPLAY", ms(d), ms(d_floor), flush=True)
tab.toggle_display()
refreshes = []  # the tab's own re-read every 30 s: the same people, the suggestions move on
for _ in range(max(5, runs // 10)):
    clock.advance(seconds=30)
    t = time.perf_counter(); tab.refresh(); app.processEvents(); refreshes.append(time.perf_counter() - t)
print("REFRESH", ms(refreshes), flush=True)
"""
    + HEARTBEAT
    + r"""
rereads = []  # the same re-read from the tab's timer: how long the GUI thread stops
for _ in range(max(5, runs // 10)):
    clock.advance(seconds=30); pump(0.05)
    gaps.clear(); last[0] = time.perf_counter()
    tab.refresh_timer.timeout.emit()  # code before h18w re-read here, on this thread
    while getattr(tab, "rereader", None) is not None and tab.rereader.busy():
        app.processEvents(); time.sleep(0.001)
    pump(0.05); rereads.append(max(b - a for a, b in gaps))
print("REREAD", ms(rereads), flush=True)
os._exit(0)
"""
)


def part_tick(args: argparse.Namespace, work: Path) -> None:
    if not args.big:
        print("tick: skipped (needs --big)")
        return
    copy = work / "queue.sqlite3"
    shutil.copyfile(args.big, copy)
    env = dict(os.environ, BENCH_DIR=str(HERE), BENCH_DB=str(copy), BENCH_RUNS=str(max(30, args.runs * 5)))
    before = load()
    out = subprocess.run(
        [sys.executable, "-c", TICK], check=False, env=env, capture_output=True, text=True, timeout=900
    )
    line = next((x for x in out.stdout.splitlines() if x.startswith("TICK")), None)
    if line is None:
        raise SystemExit(f"tick run failed:\n{out.stderr[-2000:]}")
    _, app, floor, rows, app_cpu, floor_cpu = line.split()
    display = next(x for x in out.stdout.splitlines() if x.startswith("DISPLAY")).split()
    refresh = next(x for x in out.stdout.splitlines() if x.startswith("REFRESH")).split()
    reread = next(x for x in out.stdout.splitlines() if x.startswith("REREAD")).split()
    print(
        f"{'reception tick incl. repaint, ' + rows + ' waiting':<44} {float(app):8.2f} ms   "
        f"floor {float(floor):8.2f} ms (bare table, one column)   {float(app) / float(floor):5.2f}x   [{before}]\n"
        f"{'  the same, CPU time of the GUI thread':<44} {float(app_cpu):8.2f} ms   "
        f"floor {float(floor_cpu):8.2f} ms   {float(app_cpu) / float(floor_cpu):5.2f}x\n"
        f"{'  the same, customer display (F10) open':<44} {float(display[1]):8.2f} ms   "
        f"floor {float(display[2]):8.2f} ms   {float(display[1]) / float(display[2]):5.2f}x   [{load()}]\n"
        f"{'  its re-read every 30 s, nothing new':<44} {float(refresh[1]):8.2f} ms   (database and painting)\n"
        f"{'  the same from its timer, GUI thread stopped':<44} {float(reread[1]):8.2f} ms   (longest event-loop gap)"
    )
    copy.unlink()


# ------------------------------------------------------------------ import
def part_import(args: argparse.Namespace, work: Path) -> None:
    from import_customers import fresha_file, new_database, raw_executemany, raw_stored_rows, service_import

    data = fresha_file(50_000)
    before = load()
    service_s, raw_s, stored_s, indexed_s = [], [], [], []
    for i in range(max(1, args.runs // 3)):
        raw_url = new_database(work, f"raw{i}.sqlite3")
        raw_s.append(raw_executemany(Path(raw_url.removeprefix("sqlite:///")), 50_000, data))
        url = new_database(work, f"svc{i}.sqlite3")
        service_s.append(service_import(url, data)[0])
        indexed_s.append(service_import(new_database(work, f"fts{i}.sqlite3", search_index=True), data)[0])
        stored_url = new_database(work, f"stored{i}.sqlite3")
        stored_s.append(
            raw_stored_rows(Path(url.removeprefix("sqlite:///")), Path(stored_url.removeprefix("sqlite:///")))
        )
    service, raw, stored, indexed = (statistics.median(s) for s in (service_s, raw_s, stored_s, indexed_s))
    print(
        f"{'import 50,000 Fresha rows':<44} {service:8.2f} s    floor "
        f"{raw:8.2f} s  (raw executemany)   {service / raw:5.2f}x   [{before}]"
    )
    print(
        f"{'  same, vs the rows as stored':<44} {service:8.2f} s    floor "
        f"{stored:8.2f} s  (executemany of every stored column and token)   {service / stored:5.2f}x   "
        f"(each run: service {', '.join(f'{s:.2f}' for s in service_s)}; raw {', '.join(f'{s:.2f}' for s in raw_s)}; "
        f"stored {', '.join(f'{s:.2f}' for s in stored_s)}) [{load()}]"
    )
    print(
        f"{'  same, into a salon with the search index':<44} {indexed:8.2f} s    floor "
        f"{raw:8.2f} s  (raw executemany)   {indexed / raw:5.2f}x   "
        f"(each run: {', '.join(f'{s:.2f}' for s in indexed_s)}) [{load()}]"
    )


RUNS: dict[str, Callable[[argparse.Namespace, Path], None]] = {
    "help": part_help,
    "startup": part_startup,
    "rss": part_rss,
    "login": part_login,
    "search": part_search,
    "typing": part_typing,
    "dialog_typing": part_dialog_typing,
    "tick": part_tick,
    "import": part_import,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--big", type=Path, help="a 10-year demo SQLite file (see above)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--pin", default="1111", help="the demo owner's PIN (login part)")
    parser.add_argument("--only", default=",".join(RUNS))
    args = parser.parse_args()
    wanted = [p.strip() for p in args.only.split(",") if p.strip()]
    import salondesk

    print(f"benchmarks/all.py on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: code {salondesk.__file__}, "
          f"nproc {os.cpu_count()}, {load()}")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="salondesk-all-") as tmp:
        work = Path(tmp)
        for part in wanted:
            if part in ("search", "typing", "dialog_typing") and not args.big:
                print(f"{part}: skipped (needs --big)")
                continue
            run = RUNS.get(part)
            if run is None:
                raise SystemExit(f"unknown part {part!r}; parts: {', '.join(RUNS)}")
            run(args, work)
            sys.stdout.flush()
    print(f"done, {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
