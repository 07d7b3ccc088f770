"""Where the event-loop gaps while printing come from: each long gap and the calls it overlapped.

    .venv/bin/python benchmarks/print_gaps.py REPORT.pdf [--rows 48] [--top 8]

Runs the Reports tab's Print… path (``salondesk.ui.printing.PrintJob``) onto a 1200 dpi PDF
printer, times every call of the worker (pdfium render, each band's ``drawImage``) and of
the GUI thread (the progress update), and records the ticks of a 10 ms timer on the GUI
thread. For the longest gaps between ticks it prints which calls ran during the gap and the
longest of them. pdfium is called through ctypes, which lets go of Python's lock; Qt's
``drawImage`` keeps it. A gap that only overlaps a render is the two cores being busy, not
the lock. ``benchmarks/print.py`` gives the figures (with the idle floor); this says why.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

Event = tuple[float, float, str]  # start, end (perf_counter seconds), what ran


def _timed(events: list[Event], label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            events.append((started, time.perf_counter(), label))

    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdf", type=Path)
    parser.add_argument("--rows", type=int, help="rows of the page image drawn per call (default: the app's)")
    parser.add_argument("--top", type=int, default=8, help="how many of the longest gaps to explain")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication, QWidget

    from salondesk.ui import printing
    from salondesk.ui.tasks import TaskRunner

    if args.rows:
        printing.STRIP_ROWS = args.rows
    app = QApplication([])
    window = QWidget()
    window.show()
    events: list[Event] = []
    ticks: list[float] = []
    printing.rendered_page = _timed(events, "worker: pdfium render", printing.rendered_page)  # type: ignore[assignment]
    draw_in_strips = printing._draw_in_strips

    class TimedPainter:
        """The worker's painter with ``drawImage`` timed (QPainter's own methods cannot be patched)."""

        def __init__(self, painter: QPainter) -> None:
            self.painter = painter
            self.drawImage = _timed(events, "worker: drawImage (one band)", painter.drawImage)

        def __getattr__(self, name: str) -> Any:
            return getattr(self.painter, name)

    printing._draw_in_strips = lambda painter, image: draw_in_strips(TimedPainter(painter), image)  # type: ignore[assignment,arg-type]
    job = printing.PrintJob(window, TaskRunner(app))
    job._progress = _timed(events, "GUI: progress dialog update", job._progress)  # type: ignore[method-assign]
    job.on_finished = lambda outcome: app.quit()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(1200)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(Path(os.environ.get("TMPDIR", "/tmp")) / "print_gaps.pdf"))
    timer.start()
    job.start(args.pdf, printer)
    app.exec()
    timer.stop()

    gaps = sorted(((end - start, start, end) for start, end in itertools.pairwise(ticks)), reverse=True)
    ordered = sorted(gap for gap, _, _ in gaps)
    load = os.getloadavg()
    print(
        f"{len(gaps)} gaps: longest {gaps[0][0] * 1000:.0f} ms, p99 {ordered[int(len(ordered) * 0.99)] * 1000:.0f} ms; "
        f"{printing.STRIP_ROWS} rows a band; load average {load[0]:.1f}"
    )
    total: Counter[str] = Counter()
    count: Counter[str] = Counter()
    longest: dict[str, float] = {}
    for start, end, label in events:
        total[label] += end - start
        count[label] += 1
        longest[label] = max(longest.get(label, 0.0), end - start)
    for label in total:
        print(
            f"  {label:30} {count[label]:5} calls, {total[label] * 1000:7.0f} ms in all,"
            f" longest {longest[label] * 1000:5.0f} ms"
        )
    for gap, start, end in gaps[: args.top]:
        during: Counter[str] = Counter()
        for call_start, call_end, label in events:
            if call_start < end and call_end > start:
                during[label] += min(call_end, end) - max(call_start, start)
        words = ", ".join(f"{label} {seconds * 1000:.0f} ms" for label, seconds in during.most_common()) or "nothing"
        print(f"  gap {gap * 1000:4.0f} ms overlapped: {words}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
