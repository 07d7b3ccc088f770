"""A soak of the real main window: a salon day and more in accelerated time, watching for leaks.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.soak.soak --hours 12     (``make soak HOURS=12``)

The window of ``salondesk.app.start_gui`` on the demo salon, the owner logged in,
the injected clock starting at 09:30 salon time on a Saturday and moved one
simulated second at a time. Every second the status-bar clock and the reception
wait clocks tick and Qt paints; every 30 s the queue re-reads (as its timer does);
walk-ins arrive, bookings are checked in, services start and finish; the counter
switches to another tab every 10 minutes (each tab in turn: the dashboard with its
charts, the monthly report generated, the audit trail…), locks and logs in again at
lunch and in the evening, and a backup is taken every 3 hours. The first simulated
hour warms up (every tab built, caches filled); after it, and then every hour, the
soak samples ``sys.getrefcount(None)``, the live Qt widgets and QObjects, the Python
objects by type and the process RSS. :meth:`SoakResult.problems` holds the bounds.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import gc
import os
import resource
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

# Bounds, stated once, per simulated hour after the warm-up. A binding that leaks a
# None reference per void Qt call loses 130+ per reception tick alone (issue 10), about
# 475,000 an hour; the day's own new rows (audit entries, visits) hold a few thousand.
# A short run is judged on a floor instead (noise dominates a few minutes).
NONE_REFS_PER_HOUR, NONE_REFS_FLOOR = 20_000, 5_000
WIDGETS_DRIFT = 0  # QApplication.allWidgets(): no widget may pile up
QOBJECTS_DRIFT = 0  # QObjects under the window (actions, models, timers…): likewise
# Python objects tracked by gc (the day's audit rows and visits grow a little), and of any single type
PY_OBJECTS_PER_HOUR, PY_OBJECTS_FLOOR = 5_000, 2_500
PY_TYPE_PER_HOUR, PY_TYPE_FLOOR = 1_000, 500
# resident memory, measured after returning freed heap to the OS (malloc_trim)
# The floor is noise, not a leak: a 15-minute run (the suite's form) still sees the allocator
# settle after the first report and dashboard (8.1 MB seen once under load); `make soak` runs hours.
RSS_MB_PER_HOUR, RSS_MB_FLOOR = 2.0, 16.0

SALON_TZ = ZoneInfo("Asia/Shanghai")  # the demo salon's zone
START_DAY = date(2026, 11, 21)  # a Saturday: open 10:00-21:00
START_LOCAL = datetime(2026, 11, 21, 9, 30, tzinfo=SALON_TZ)


@dataclass(frozen=True)
class Schedule:
    """How often (in simulated seconds) the counter does each thing; each fires halfway through its period."""

    warm_up_s: int = 2 * 3600  # every tab visited, a report, a backup and a lock before measuring
    sample_s: int = 3600
    paint_s: int = 1  # let Qt paint every N simulated seconds (the real window paints every tick)
    refresh_s: int = 30  # the reception tab's own timer
    walk_in_s: int = 240
    check_in_s: int = 300
    start_s: int = 180
    finish_s: int = 180
    tab_s: int = 600  # another tab for a while, then back to Reception
    lock_s: int = 4 * 3600
    backup_s: int = 3 * 3600


DAY = Schedule()
# the suite's form: 15 simulated minutes, the first 10 warm up (every tab, a report, a backup, a lock)
SHORT = Schedule(warm_up_s=600, sample_s=300, paint_s=5, tab_s=60, lock_s=600, backup_s=600)


def rss_mb() -> float:
    """Resident set size of this process now (Linux /proc; else the peak from getrusage).

    glibc keeps freed heap (a report's page images, a backup's buffers) mapped for
    reuse; ``malloc_trim`` hands it back first so the figure is the memory in use.
    """
    with contextlib.suppress(OSError, AttributeError):  # not glibc: the plain RSS
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass
class Sample:
    """The process at one simulated moment."""

    simulated_s: int
    wall_s: float
    none_refs: int
    widgets: int
    qobjects: int
    py_objects: int
    py_types: Counter[str]
    rss_mb: float

    def line(self) -> str:
        """One row of the figures table."""
        hours = self.simulated_s / 3600
        return (
            f"{hours:6.2f} h  wall {self.wall_s:7.1f} s  None refs {self.none_refs:>9,}  widgets {self.widgets:>5}  "
            f"QObjects {self.qobjects:>6}  Python objects {self.py_objects:>9,}  RSS {self.rss_mb:7.1f} MB"
        )


@dataclass
class SoakResult:
    """Samples and counts of what the soak did."""

    hours: float
    samples: list[Sample] = field(default_factory=list)
    done: Counter[str] = field(default_factory=Counter)
    dialogs: list[str] = field(default_factory=list)  # any message box that popped up (none should)

    @property
    def warm(self) -> Sample:
        """The sample after the warm-up hour."""
        return self.samples[0]

    @property
    def last(self) -> Sample:
        """The final sample."""
        return self.samples[-1]

    def measured_hours(self) -> float:
        """Simulated hours between the warm-up sample and the last."""
        return max((self.last.simulated_s - self.warm.simulated_s) / 3600, 1 / 60)

    def top_growth(self, n: int = 8) -> list[tuple[str, int]]:
        """The Python types that grew most after warm-up."""
        growth = self.last.py_types.copy()
        growth.subtract(self.warm.py_types)
        return [(name, count) for name, count in growth.most_common(n) if count > 0]

    def problems(self) -> list[str]:
        """Every bound the run broke (empty: the window can run all day)."""
        found = list(self.dialogs)
        warm, last, hours = self.warm, self.last, self.measured_hours()

        def limit(per_hour: float, floor: float) -> float:
            return max(per_hour * hours, floor)

        if abs(last.none_refs - warm.none_refs) > limit(NONE_REFS_PER_HOUR, NONE_REFS_FLOOR):
            found.append(f"None refcount drifted by {last.none_refs - warm.none_refs:,} in {hours:.1f} h")
        if last.widgets - warm.widgets > WIDGETS_DRIFT:
            found.append(f"live widgets grew from {warm.widgets} to {last.widgets}")
        if last.qobjects - warm.qobjects > QOBJECTS_DRIFT:
            found.append(f"QObjects under the window grew from {warm.qobjects} to {last.qobjects}")
        if last.py_objects - warm.py_objects > limit(PY_OBJECTS_PER_HOUR, PY_OBJECTS_FLOOR):
            found.append(f"Python objects grew {last.py_objects - warm.py_objects:,} in {hours:.1f} h")
        for name, count in self.top_growth():
            if count > limit(PY_TYPE_PER_HOUR, PY_TYPE_FLOOR):
                found.append(f"{name} objects grew by {count:,} in {hours:.1f} h")
        if last.rss_mb - warm.rss_mb > limit(RSS_MB_PER_HOUR, RSS_MB_FLOOR):
            found.append(f"RSS grew {last.rss_mb - warm.rss_mb:.1f} MB in {hours:.1f} h")
        for kind in ("walk_in", "check_in", "start", "finish", "tab_switch", "report", "dashboard", "backup", "login"):
            if not self.done[kind]:
                found.append(f"the soak never did a {kind}")
        return found

    def report(self) -> str:
        """The figures, for benchmarks/RESULTS.md."""
        warm, last = self.warm, self.last
        lines = [f"simulated {self.hours:g} h from {START_LOCAL:%Y-%m-%d %H:%M} salon time; wall {last.wall_s:.0f} s"]
        lines += [s.line() for s in self.samples]
        lines.append(
            f"after warm-up: None refcount delta {last.none_refs - warm.none_refs:+,}; widgets {warm.widgets} -> "
            f"{last.widgets}; QObjects {warm.qobjects} -> {last.qobjects}; Python objects {warm.py_objects:,} -> "
            f"{last.py_objects:,}; RSS {warm.rss_mb:.1f} -> {last.rss_mb:.1f} MB "
            f"({(last.rss_mb - warm.rss_mb) / self.measured_hours():+.2f} MB per simulated hour)"
        )
        lines.append("grew most: " + (", ".join(f"{n} {c:+,}" for n, c in self.top_growth()) or "nothing"))
        lines.append("done: " + ", ".join(f"{k} {v}" for k, v in sorted(self.done.items())))
        lines.append("problems: " + ("; ".join(self.problems()) or "none"))
        return "\n".join(lines)


def build_salon(db_file: Path, customers: int, months: int) -> int:
    """The demo salon in ``db_file``; returns the owner's staff id."""
    from salondesk.db.engine import make_engine
    from salondesk.db.migrate import upgrade
    from salondesk.demo import build_demo
    from salondesk.domain.permissions import Role

    engine = make_engine(f"sqlite:///{db_file}")
    upgrade(engine)
    summary = build_demo(engine, customers=customers, months=months, today=START_DAY)
    engine.dispose()
    return next(login.staff_id for login in summary.logins if login.role == Role.OWNER)


def run_soak(
    hours: float,
    *,
    customers: int = 400,
    months: int = 6,
    schedule: Schedule = DAY,
    data_dir: Path | None = None,
) -> SoakResult:
    """Drive the real window through ``hours`` simulated hours (``schedule.warm_up_s`` of them warm up)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if data_dir is None:
        data_dir = Path(tempfile.mkdtemp(prefix="salondesk-soak-"))
    os.environ["SALONDESK_DATA_DIR"] = str(data_dir)
    db_file = data_dir / "salondesk.sqlite3"
    owner_id = build_salon(db_file, customers, months)
    return _drive(f"sqlite:///{db_file}", owner_id, hours, schedule)


def _drive(db_url: str, owner_id: int, hours: float, plan: Schedule) -> SoakResult:
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    from salondesk.app import start_gui
    from salondesk.domain.clock import FrozenClock
    from salondesk.domain.errors import DomainError
    from salondesk.services import reception as reception_service
    from salondesk.ui.login import LoginDialog
    from salondesk.ui.tabs.reception_tab import ReceptionTab
    from salondesk.ui.tabs.reports_tab import ReportsTab

    result = SoakResult(hours)
    clock = FrozenClock(START_LOCAL.astimezone(UTC))
    session = start_gui(db_url, "en", clock=clock, autologin_staff_id=owner_id)
    assert session is not None, "the window did not start"
    app, window, ctx = session.app, session.window, session.ctx
    window.idle.set_interval(24 * 3600 * 1000)  # the idle lock runs on wall time; the soak locks on its own clock
    started = time.perf_counter()

    def settle() -> None:
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    def close_message_boxes() -> None:  # a message box would stop the day: note it and close it
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                result.dialogs.append(f"a message box appeared: {widget.text()!r}")
                widget.done(0)

    watchdog = QTimer()
    watchdog.setInterval(200)
    watchdog.timeout.connect(close_message_boxes)
    watchdog.start()

    def wait_for(done: Callable[[], bool], what: str, limit_s: float = 120) -> None:
        deadline = time.perf_counter() + limit_s
        while not done():
            if time.perf_counter() > deadline:
                raise TimeoutError(f"{what} did not finish within {limit_s:.0f} s")
            settle()
            time.sleep(0.005)

    wait_for(lambda: not window.is_locked(), "the first login")
    reception = window.tab_by_area("reception")
    assert isinstance(reception, ReceptionTab)
    tabs = window.visible_tabs()
    others = [t for t in tabs if t is not reception]

    def sample(simulated_s: int) -> None:
        settle()
        # Counting Qt objects wraps them for Python (shiboken keeps wrappers of parented objects):
        # count them first, so the Python objects counted next already include those wrappers.
        widgets = len(QApplication.allWidgets())
        qobjects = len(window.findChildren(QObject))
        gc.collect()
        objects = gc.get_objects()
        types = Counter(type(o).__name__ for o in objects)
        count = len(objects)
        del objects
        result.samples.append(
            Sample(
                simulated_s,
                time.perf_counter() - started,
                sys.getrefcount(None),
                widgets,
                qobjects,
                count,
                types,
                rss_mb(),
            )
        )

    def service(fn: Callable[..., object], *args: object, write_lock: bool = False) -> bool:
        try:
            ctx.run(fn, *args, write_lock=write_lock)
        except DomainError:  # a technician busy or not certified: the counter tries someone else
            return False
        ctx.signals.data_changed.emit("reception")
        if reception.isVisible():
            reception.refresh()
        return True

    def walk_in(n: int) -> None:
        # the day starts at 09:30, before opening: a walk-in then needs a reason (ux.md, issue 15)
        data = reception_service.WalkIn(name=f"Soak walk-in {n}", phone=f"139{n:08d}", note="waits for the opening")
        if service(reception_service.add_walk_in, data):
            result.done["walk_in"] += 1

    def check_in() -> None:
        snapshot = reception.snapshot
        if (
            snapshot is not None
            and snapshot.arrivals
            and service(reception_service.check_in, snapshot.arrivals[0].appointment_id, write_lock=True)
        ):
            result.done["check_in"] += 1

    def start_one() -> None:
        snapshot = reception.snapshot
        if snapshot is None or not snapshot.waiting:
            return
        free = [t for t in snapshot.technicians if t.busy_until is None]
        for technician in free:
            if service(reception_service.start_service, snapshot.waiting[0].visit_id, technician.staff_id):
                result.done["start"] += 1
                return

    def finish_one() -> None:
        snapshot = reception.snapshot
        if snapshot is not None and snapshot.in_service:
            record = reception_service.RecordInput(work_done="Cut and blow-dry", products="shampoo")
            if service(reception_service.finish_service, snapshot.in_service[0].visit_id, record):
                result.done["finish"] += 1

    def visit(tab_index: int) -> None:
        tab = others[tab_index % len(others)]
        window.tab_widget.setCurrentWidget(tab)
        result.done["tab_switch"] += 1
        if tab.area == "dashboard":
            result.done["dashboard"] += 1
        if isinstance(tab, ReportsTab):
            tab.generate()
            wait_for(lambda: not tab.tasks.busy(), "the monthly report")
            result.done["report"] += 1
        settle()
        tasks = getattr(tab, "tasks", None)
        if tasks is not None:
            wait_for(lambda: not tasks.busy(), f"the {tab.area} tab's background work")

    def lock_and_log_in() -> None:
        login = window.lock()
        assert isinstance(login, LoginDialog)
        settle()
        login.select_staff(owner_id)
        login.ui.pinEdit.setText("1111")
        login.try_login()
        wait_for(lambda: not window.is_locked(), "logging in again")
        result.done["login"] += 1

    def backup() -> None:
        # the automatic first backup (3 s of real time after start) may still be running: the owner waits too
        wait_for(lambda: not session.backups.is_running(), "the automatic backup")
        assert session.backups.backup_now()
        wait_for(lambda: not session.backups.is_running(), "the backup")
        result.done["backup"] += 1

    def due(second: int, period: int, offset: int | None = None) -> bool:
        return second % period == (period // 2 if offset is None else offset)

    total = int(hours * 3600)
    walk_ins = 0
    tab_turn = 0
    for second in range(1, total + 1):
        clock.advance(seconds=1)
        window._tick()
        if reception.isVisible():
            reception.tick()
            if due(second, plan.refresh_s, 0):
                reception.refresh()
        if due(second, plan.walk_in_s):
            walk_ins += 1
            walk_in(walk_ins)
        if due(second, plan.check_in_s):
            check_in()
        if due(second, plan.start_s):
            start_one()
        if due(second, plan.finish_s, 0):
            finish_one()
        if due(second, plan.tab_s):
            visit(tab_turn)
            tab_turn += 1
        if due(second, plan.tab_s, plan.tab_s // 2 + max(1, plan.tab_s // 10)):
            window.tab_widget.setCurrentWidget(reception)
        if due(second, plan.lock_s):
            lock_and_log_in()
        if due(second, plan.backup_s):
            backup()
        if due(second, plan.paint_s, 0):
            settle()
        if second >= plan.warm_up_s and (due(second - plan.warm_up_s, plan.sample_s, 0) or second == total):
            sample(second)
    watchdog.stop()
    for dialog in window.findChildren(QDialog):
        dialog.done(0)
    session.backups.stop_schedule()
    session.tasks.wait_idle(60_000)
    window.hide()
    return result


def main(argv: list[str] | None = None) -> int:
    """``make soak HOURS=N``: print the figures, exit 1 when a bound is broken."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hours", type=float, default=12.0, help="simulated hours (the first warms up)")
    parser.add_argument("--customers", type=int, default=400)
    parser.add_argument("--months", type=int, default=6)
    args = parser.parse_args(argv)
    if args.hours < 3:
        parser.error("--hours must be at least 3 (the first two warm up)")
    result = run_soak(args.hours, customers=args.customers, months=args.months)
    print(result.report(), flush=True)
    return 1 if result.problems() else 0


if __name__ == "__main__":
    raise SystemExit(main())
