"""Printing the monthly report: time to first page, peak memory and the window's responsiveness.

    .venv/bin/python benchmarks/print.py [--pdf REPORT.pdf] [--dpi 1200] [--rounds 3]

Without ``--pdf`` it makes the demo salon in a temporary folder and writes last month's
report with the command line. Each measurement runs in a fresh process (so peak RSS is
that mode's alone), the modes interleaved round by round:

* **save** (the baseline): a QApplication plus *Save PDF…* — copying the file — then the
  same 10 ms timer as below left running for ``--idle`` seconds with nothing to do: the
  longest gap there is the machine's own noise (other processes), the floor for the
  printing figure;
* **print**: the Reports tab's Print… path (``salondesk.ui.printing.PrintJob``) onto a
  ``QPrinter`` in HighResolution mode set to ``--dpi`` (a PDF printer, so it runs
  anywhere), while a 10 ms timer on the GUI thread records the longest gap between its
  ticks: the event-loop latency a user would feel while the pages go out.

Printed: median seconds to the first page and to the end, peak RSS (MiB) and the
longest event-loop gap (ms), next to the baseline's.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _idle_gap_ms(app: object, seconds: float) -> float:
    """The longest gap between 10 ms timer ticks with nothing else to do: this machine's own noise."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: gaps.append(clock.restart()))
    timer.start()
    QTimer.singleShot(int(seconds * 1000), app.quit)  # type: ignore[attr-defined]
    app.exec()  # type: ignore[attr-defined]
    timer.stop()
    return float(max(gaps[1:] or [0]))


def _child(mode: str, pdf: Path, dpi: int, idle_s: float = 5.0) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication, QWidget

    from salondesk.ui.printing import PrintJob
    from salondesk.ui.tasks import TaskRunner
    from salondesk.ui.widgets.pdf_pages import page_count

    app = QApplication([])
    window = QWidget()
    window.show()
    out = Path(tempfile.mkdtemp()) / "out.pdf"
    started = time.perf_counter()
    result: dict[str, float] = {"pages": float(page_count(pdf))}
    if mode == "save":
        shutil.copyfile(pdf, out)
        result["first_page_s"] = result["total_s"] = time.perf_counter() - started
        result["max_gap_ms"] = _idle_gap_ms(app, seconds=idle_s)
    else:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(dpi)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        job = PrintJob(window, TaskRunner(app))
        gaps: list[int] = []
        clock = QElapsedTimer()
        clock.start()

        def tick() -> None:
            gaps.append(clock.restart())

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        timer.start()
        first: list[float] = []
        original = job._progress

        def progress(done: int, total: int) -> None:
            if not first:
                first.append(time.perf_counter() - started)
            original(done, total)

        job._progress = progress  # type: ignore[method-assign]
        job.on_finished = lambda outcome: app.quit()
        job.start(pdf, printer)
        app.exec()
        timer.stop()
        result["first_page_s"] = first[0] if first else float("nan")
        result["total_s"] = time.perf_counter() - started
        result["max_gap_ms"] = float(max(gaps[1:] or [0]))
    result["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["output_mib"] = out.stat().st_size / 2**20
    return result


def _make_report(folder: Path) -> Path:
    """The demo salon's report for last month, through the command line."""
    db = f"sqlite:///{folder / 'demo.sqlite3'}"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SALONDESK_DATA_DIR": str(folder / "data")}
    cli = [sys.executable, "-m", "salondesk", "--db", db]
    subprocess.run([*cli, "demo"], check=True, env=env, capture_output=True)
    first = date.today().replace(day=1)
    last_month = date.fromordinal(first.toordinal() - 1).strftime("%Y-%m")
    pdf = folder / "report.pdf"
    report = [*cli, "report", "--month", last_month, "--out", str(pdf)]
    helptext = subprocess.run([*cli, "report", "--help"], check=True, env=env, capture_output=True, text=True).stdout
    if "--pin-stdin" in helptext:  # the command line asks the owner's PIN (demo owner: 1111)
        report.append("--pin-stdin")
    subprocess.run(report, check=True, env=env, input="1111\n", capture_output=True, text=True)
    return pdf


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pdf", type=Path)
    parser.add_argument("--dpi", type=int, default=1200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--idle", type=float, default=10.0, help="seconds of the idle timer baseline")
    parser.add_argument("--child", choices=["save", "print"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child, args.pdf, args.dpi, args.idle)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        pdf = args.pdf or _make_report(Path(tmp))
        runs: dict[str, list[dict[str, float]]] = {"save": [], "print": []}
        for _ in range(args.rounds):
            for mode, rows in runs.items():
                out = subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--child",
                        mode,
                        "--pdf",
                        str(pdf),
                        "--dpi",
                        str(args.dpi),
                        "--idle",
                        str(args.idle),
                    ],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                rows.append(json.loads(out.strip().splitlines()[-1]))
        load = os.getloadavg()
        print(f"{pdf.name}: {int(runs['save'][0]['pages'])} pages; printer {args.dpi} dpi; "
              f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}; median of {args.rounds}")  # fmt: skip
        print(
            f"{'':<8}{'first page s':>14}{'total s':>10}{'peak RSS MiB':>14}{'max loop gap ms':>17}{'output MiB':>12}"
        )
        for mode, rows in runs.items():

            def med(key: str, rows: list[dict[str, float]] = rows) -> float:
                return statistics.median(row[key] for row in rows)

            print(f"{mode:<8}{med('first_page_s'):>14.2f}{med('total_s'):>10.2f}{med('peak_rss_mib'):>14.0f}"
                  f"{med('max_gap_ms'):>17.0f}{med('output_mib'):>12.1f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
