"""Monthly compliance report for the busiest month of a 10-year, 200,000-customer demo salon.

    .venv/bin/python benchmarks/report.py [--customers 200000] [--months 120] [--rounds 3] [--db PATH]
                                          [--month YYYY-MM] [--lang en|zh_CN] [--profile FILE] [--verify]

Builds the full demo salon (every area, ``salondesk.demo.build_demo``) into a SQLite file
(reused when ``--db`` already exists), finds the busiest month (most visits, salon-local,
among the months that have ended) with one raw SQL query, then times, in the same run:

* **compute**: ``salondesk.reports.monthly.compute_monthly_report`` as the owner (an Actor
  loaded from the database, ``SystemClock``) — every figure R1…P1, the detail lists, the
  certificates, training and the hash-chain verification of every register (from the latest
  month close's heads; also timed alone, and the computation timed without it);
* **draw**: ``salondesk.reports.pdf.render_pdf`` of that report to an A4 PDF (page count printed);
* **floor**: the raw SQL aggregates under R1, R3, S2, H1, E1 and C1 for the same month
  (``SELECT COUNT(*) … WHERE … >= … AND … < …`` over the same tables, through the same engine)
  **plus** a bare reportlab PDF of the same page count (:func:`floor_pdf`: one heading and one
  25-row, 4-column table of Paragraph cells per page — about the report's 1,000 table cells —
  in the same fonts, the CJK one registered once, page numbers; no charts, no QR code).

The app is compute + draw; the goal is app ≤ 3 × floor. Each figure is the median of
``--rounds`` runs, app and floor interleaved round by round; the load average is printed.
``--verify`` also times ``verify_all`` from each register's first entry (what ``salondesk
verify --full`` does) against its floor: the same rows read as driver tuples in one query
per table and one sha256 per entry. ``--profile FILE`` writes a cProfile of one compute + draw.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.db.uow import uow_factory
from salondesk.domain.calendar import Period, month_period
from salondesk.domain.clock import SystemClock
from salondesk.domain.permissions import Actor, Role
from salondesk.services import auth
from salondesk.services.settings import load_settings, salon_timezone

# The bare aggregates under the headline figures, one statement each (named parameters:
# :start/:end are the month's UTC instants, :first/:last its local days).
BASELINE_SQL: dict[str, str] = {
    # R1: visits of the month whose service started; those that waited ≤ 15 min
    "R1 waits": """
        SELECT COUNT(*),
               SUM(CASE WHEN strftime('%s', service_started_at) - strftime('%s', wait_start) <= 900 THEN 1 ELSE 0 END)
        FROM visit
        WHERE arrived_at >= :start AND arrived_at < :end AND service_started_at IS NOT NULL
    """,
    # R3: kept appointments of the month; those started ≤ 10 min after the booked time
    "R3 punctuality": """
        SELECT COUNT(*),
               SUM(CASE WHEN strftime('%s', service_started_at) - strftime('%s', scheduled_start) <= 600
                   THEN 1 ELSE 0 END)
        FROM visit
        WHERE appointment_id IS NOT NULL AND scheduled_start >= :start AND scheduled_start < :end
          AND service_started_at IS NOT NULL
    """,
    "R4 appointment statuses": """
        SELECT status, COUNT(*) FROM appointment WHERE start >= :start AND start < :end GROUP BY status
    """,
    # S2: ratings given in the month; those of 4 or 5
    "S2 satisfaction": """
        SELECT COUNT(satisfaction), SUM(CASE WHEN satisfaction >= 4 THEN 1 ELSE 0 END)
        FROM visit_rating
        WHERE given_at >= :start AND given_at < :end
    """,
    # H1: signed, on-time runs per template whose period ends in the month (a week counts in the month
    # of its Sunday; the required count is calendar arithmetic)
    "H1 checklist runs": """
        SELECT template_key, COUNT(*), SUM(CASE WHEN late THEN 0 ELSE 1 END)
        FROM checklistrun
        WHERE corrects_id IS NULL AND station_id IS NULL AND period_end >= :first AND period_end <= :last
        GROUP BY template_key
    """,
    # E1: planned maintenance due in the month; done on or before the due date
    "E1 maintenance": """
        SELECT COUNT(*), SUM(CASE WHEN date(done_at) <= due_date THEN 1 ELSE 0 END)
        FROM workrecord
        WHERE plan_id IS NOT NULL AND due_date >= :first AND due_date <= :last
    """,
    # C1: complaints received in the month; first acknowledgement within 48 h
    "C1 response": """
        SELECT COUNT(*),
               SUM(CASE WHEN strftime('%s', f.first_at) - strftime('%s', c.received_at) <= 172800 THEN 1 ELSE 0 END)
        FROM complaint c
        LEFT JOIN (SELECT complaint_id, MIN(at) AS first_at FROM complaintentry
                   WHERE kind = 'acknowledged' GROUP BY complaint_id) f ON f.complaint_id = c.id
        WHERE c.received_at >= :start AND c.received_at < :end
    """,
}


def build(path: Path, customers: int, months: int) -> float:
    """The full demo into ``path`` (skipped when it exists); returns seconds spent."""
    if path.exists():
        return 0.0
    from salondesk import demo

    auth.use_cheap_hashing()
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    started = time.perf_counter()

    def progress(label: str, done: int, total: int) -> None:
        if done == total:
            print(f"  {label:<14} done at {time.perf_counter() - started:7.1f} s", flush=True)

    demo.build_demo(engine, customers=customers, months=months, progress=progress)
    engine.dispose()
    return time.perf_counter() - started


def _naive(instant: datetime) -> str:
    """How SQLite stores a UTC instant (naive ISO text)."""
    return instant.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def busiest_month(engine: Engine, offset_hours: float, before: datetime) -> tuple[int, int, int]:
    """(year, month, visits) of the month with the most visits (salon-local months that have ended)."""
    sql = sa.text(
        "SELECT strftime('%Y-%m', arrived_at, :shift) AS m, COUNT(*) AS n FROM visit "
        "WHERE arrived_at < :before GROUP BY m ORDER BY n DESC, m DESC LIMIT 1"
    )
    with engine.connect() as conn:
        month, visits = conn.execute(sql, {"shift": f"{offset_hours:+.2f} hours", "before": _naive(before)}).one()
    year, mon = (int(x) for x in month.split("-"))
    return year, mon, int(visits)


def owner_actor(engine: Engine) -> Actor:
    """The salon's owner, loaded from the staff table."""
    with engine.connect() as conn:
        row = conn.execute(
            sa.text("SELECT id, name FROM staff WHERE role = :role ORDER BY id LIMIT 1"), {"role": Role.OWNER.value}
        ).one()
    return Actor(int(row[0]), str(row[1]), Role.OWNER)


def timed(fn: Callable[[], Any], rounds: int) -> tuple[float, list[float], Any]:
    """Median and all times in seconds of ``rounds`` calls, and the last result."""
    times = []
    result = None
    for _ in range(rounds):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times, result


def baseline(engine: Engine, period: Period) -> dict[str, list[Any]]:
    """Run every baseline aggregate once; returns the rows by name."""
    params = {
        "start": _naive(period.start),
        "end": _naive(period.end),
        "first": period.first_day.isoformat(),
        "last": period.last_day.isoformat(),
    }
    out: dict[str, list[Any]] = {}
    with engine.connect() as conn:
        for name, sql in BASELINE_SQL.items():
            out[name] = [tuple(r) for r in conn.execute(sa.text(sql), params)]
    return out


def page_count(path: Path) -> int:
    """Pages of a PDF (pypdf)."""
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


FLOOR_WORDS = {
    "en": ("Wait within 15 min", "98.0 %", "95.1 % (952/1003)", "✓ met", "Customer waited", "Lily Zhang"),
    "zh_CN": ("等待不超过15分钟", "98.0 %", "95.1 % (952/1003)", "✓ 达标", "顾客等待", "林悦"),
}


def floor_pdf(path: Path, lang: str, pages: int) -> None:
    """A bare reportlab PDF of ``pages`` A4 pages: a heading and a 25 × 4 table of Paragraph cells on each."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    from salondesk.reports.fonts import register_fonts

    font = register_fonts()  # the CJK TrueType font, registered once per process (as the app does)
    words = FLOOR_WORDS[lang]
    cell = ParagraphStyle("cell", fontName=font, fontSize=8, leading=10)
    head = ParagraphStyle("head", fontName=font, fontSize=14, leading=18)
    story: list[Any] = []
    for page in range(pages):
        rows = [[Paragraph(f"{words[(r + c) % len(words)]} {page}.{r}", cell) for c in range(4)] for r in range(25)]
        table = Table(rows, colWidths=[70 * mm, 35 * mm, 40 * mm, 30 * mm], repeatRows=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [Paragraph(f"{words[4]} {page + 1}", head), table]
        if page + 1 < pages:
            story.append(PageBreak())

    def number(canvas: Any, doc: Any) -> None:
        canvas.setFont(font, 8)
        canvas.drawRightString(A4[0] - 18 * mm, 9 * mm, f"{doc.page} / {pages}")

    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=number, onLaterPages=number)


def verify_floor(engine: Engine) -> int:
    """Every register's rows read as driver tuples (one query per table) and one sha256 per entry: entries read."""
    from salondesk.services.records_chain import registers

    entries = 0
    with engine.connect() as conn:
        cursor = conn.connection.cursor()
        for register in registers().values():
            table = register.table.__table__  # type: ignore[attr-defined]
            cursor.execute(f"SELECT * FROM {table.name} ORDER BY id")
            rows = cursor.fetchall()
            entries += len(rows)
            if register.name == "hygiene_runs":  # a run's content includes its item results
                cursor.execute("SELECT * FROM checklistresult ORDER BY run_id, id")
                cursor.fetchall()
            for row in rows:
                hashlib.sha256(repr(row).encode("utf-8")).hexdigest()
        cursor.close()
    return entries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--months", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--db", type=Path, default=Path("/tmp/salondesk-bench-report.sqlite3"))
    parser.add_argument("--month", help="YYYY-MM instead of the busiest month")
    parser.add_argument("--lang", default="en", choices=("en", "zh_CN"))
    parser.add_argument("--out", type=Path, help="keep the PDF here")
    parser.add_argument("--profile", type=Path, help="write a cProfile of one compute + draw here")
    parser.add_argument("--verify", action="store_true", help="also time the full chain verification")
    args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")

    seconds = build(args.db, args.customers, args.months)
    if seconds:
        print(f"built a {args.months}-month demo with {args.customers:,} customers in {seconds:.1f} s: {args.db}")

    import salondesk
    from salondesk.reports.monthly import compute_monthly_report
    from salondesk.reports.pdf import render_pdf

    engine = make_engine(f"sqlite:///{args.db}")
    new_uow = uow_factory(engine)
    with new_uow() as uow:
        tz = salon_timezone(load_settings(uow))
    clock = SystemClock()
    now = clock.now()
    offset = (now.astimezone(tz).utcoffset() or datetime.now(UTC).utcoffset()).total_seconds() / 3600  # type: ignore[union-attr]
    started = time.perf_counter()
    if args.month:
        year, month = (int(x) for x in args.month.split("-"))
        visits = -1
    else:
        this_month = now.astimezone(tz)
        year, month, visits = busiest_month(engine, offset, month_period(this_month.year, this_month.month, tz).start)
    find_ms = (time.perf_counter() - started) * 1000
    period = month_period(year, month, tz)
    actor = owner_actor(engine)
    with engine.connect() as conn:
        totals = {
            t: conn.execute(sa.text(f"SELECT COUNT(*) FROM {t}")).scalar_one()
            for t in ("customer", "visit", "appointment", "visit_rating", "checklistrun", "workrecord", "complaint")
        }
        closes = conn.execute(sa.text("SELECT month FROM month_close ORDER BY month")).scalars().all()
    print(f"code: {Path(salondesk.__file__).parent.parent}")
    print(
        f"database: {args.db} ({args.db.stat().st_size / 1e6:.0f} MB); "
        + ", ".join(f"{t} {n:,}" for t, n in totals.items())
        + f"; months closed: {', '.join(closes) or 'none'}"
    )
    print(
        (
            f"month: {year:04d}-{month:02d} (given with --month); "
            if visits < 0
            else f"busiest month: {year:04d}-{month:02d} ({visits:,} visits, salon-local, found in {find_ms:.0f} ms); "
        )
        + f"owner {actor.name!r}; rounds {args.rounds}; lang {args.lang}"
    )

    out_dir = Path(tempfile.mkdtemp(prefix="salondesk-bench-report-"))
    pdf_path = args.out or out_dir / "report.pdf"
    floor_path = out_dir / "floor.pdf"

    def compute() -> Any:
        return compute_monthly_report(new_uow, actor, clock, year, month)

    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        report = compute()
        render_pdf(report, pdf_path, args.lang)
        profiler.disable()
        profiler.dump_stats(str(args.profile))
        print(f"profile of one compute + draw written to {args.profile}")

    cold_started = time.perf_counter()
    report = compute()
    cold = time.perf_counter() - cold_started
    render_pdf(report, pdf_path, args.lang)  # warm-up: fonts registered, modules imported
    pages = page_count(pdf_path)
    floor_pdf(floor_path, args.lang, pages)
    baseline(engine, period)  # warm-up
    # interleaved per round so the shared machine's load drifts over all alike: the whole computation,
    # the hash-chain verification alone, the computation without it, the drawing, then the floor
    from salondesk.reports import monthly

    verify_chains = monthly._verify_chains
    runs: dict[str, list[float]] = {k: [] for k in ("compute", "chains", "figures", "draw", "aggregates", "pdf")}
    loads: list[float] = []
    chains: Any = ()
    base_rows: dict[str, list[Any]] = {}

    def clocked(name: str, fn: Callable[[], Any]) -> Any:
        started = time.perf_counter()
        result = fn()
        runs[name].append(time.perf_counter() - started)
        return result

    for _ in range(args.rounds):
        loads.append(os.getloadavg()[0])
        report = clocked("compute", compute)
        chains = clocked("chains", lambda: verify_chains(new_uow))
        monthly._verify_chains = lambda _new_uow: ()  # type: ignore[assignment]
        try:
            clocked("figures", compute)
        finally:
            monthly._verify_chains = verify_chains
        clocked("draw", lambda report=report: render_pdf(report, pdf_path, args.lang))
        base_rows = clocked("aggregates", lambda: baseline(engine, period))
        clocked("pdf", lambda: floor_pdf(floor_path, args.lang, pages))
    med = {k: statistics.median(v) for k, v in runs.items()}
    floor_pages = page_count(floor_path)

    def ms(values: list[float]) -> str:
        return ", ".join(f"{v * 1000:.0f}" for v in values)

    figures = report.figures
    shown = []
    for fid in ("R1", "R3", "S2", "H1", "E1", "C1"):
        f = figures.get(fid)
        if f is not None:
            num = getattr(f, "numerator", getattr(f, "count", None))
            den = getattr(f, "denominator", None)
            shown.append(f"{fid} {num}/{den}")
    print(f"report figures: {len(figures)} ({'; '.join(shown)})")
    print("chains: " + ", ".join(f"{c.register} {c.entries:,}{'' if c.ok else ' BROKEN'}" for c in chains))
    print("baseline rows: " + "; ".join(f"{name}: {rows}" for name, rows in base_rows.items()))
    app = med["compute"] + med["draw"]
    floor = med["aggregates"] + med["pdf"]
    lines = [
        ("compute: compute_monthly_report, first run", cold, []),
        ("compute: compute_monthly_report", med["compute"], runs["compute"]),
        ("  of which hash-chain verification", med["chains"], runs["chains"]),
        ("  without the chain verification", med["figures"], runs["figures"]),
        (f"draw: render_pdf, {pages} pages ({pdf_path.stat().st_size / 1e3:.0f} kB)", med["draw"], runs["draw"]),
        ("APP: compute + draw", app, []),
        (f"floor: {len(BASELINE_SQL)} raw SQL aggregates", med["aggregates"], runs["aggregates"]),
        (f"floor: bare reportlab PDF, {floor_pages} pages", med["pdf"], runs["pdf"]),
        ("FLOOR: aggregates + PDF", floor, []),
    ]
    for label, value, values in lines:
        print(f"{label:<46} {value * 1000:8.0f} ms" + (f"   (runs: {ms(values)})" if values else ""))
    print(
        f"RATIO app / floor: {app / floor:.2f}x (compute alone {med['compute'] / med['aggregates']:.0f}x the "
        f"aggregates; draw {med['draw'] / med['pdf']:.2f}x the bare PDF); "
        f"load average {min(loads):.1f}-{max(loads):.1f}"
    )
    print(f"PDF: {pdf_path}; floor PDF: {floor_path}")

    if args.verify:
        from salondesk.db.uow import UnitOfWork
        from salondesk.services.records_chain import verify_all

        full: list[float] = []
        bare: list[float] = []
        statuses: Any = ()
        entries = 0
        for _ in range(args.rounds):
            loads.append(os.getloadavg()[0])
            started = time.perf_counter()
            statuses = verify_all(UnitOfWork(engine))
            full.append(time.perf_counter() - started)
            started = time.perf_counter()
            entries = verify_floor(engine)
            bare.append(time.perf_counter() - started)
        checked = sum(s.entries for s in statuses)
        broken = [f"{s.register} at {s.first_broken}" for s in statuses if not s.ok]
        print(
            f"verify --full (verify_all from every first entry): {statistics.median(full):.3f} s "
            f"(runs: {ms(full)} ms), {statistics.median(full) / checked * 1e6:.1f} us per entry over {checked:,} "
            f"entries; broken: {', '.join(broken) or 'none'}"
        )
        ratio = statistics.median(full) / statistics.median(bare)
        print(
            f"floor: driver tuples of the same {entries:,} entries (+ item results) and a sha256 each: "
            f"{statistics.median(bare):.3f} s (runs: {ms(bare)} ms); RATIO {ratio:.1f}x; "
            f"load average {os.getloadavg()[0]:.1f}"
        )
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
