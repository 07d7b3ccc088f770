"""No wall clock below the UI: ``now`` is always passed in (issue 11).

Only the composition roots (the CLI commands, ``app.py``) and the Qt layer may ask the
computer for the time; everything else receives ``now`` from the injected clock. The
figure and report tests also run under a moved wall clock (the ``wall_clock`` fixture).
"""

from __future__ import annotations

import re
from pathlib import Path

import salondesk

PACKAGE = Path(salondesk.__file__).parent
# where reading the computer's clock is allowed: the UI, the composition roots, the clock itself
ALLOWED = ("ui/", "commands/", "app.py", "cli.py", "__main__.py", "domain/clock.py")
# Compared with file modification times, which the operating system stamps with its own clock
# (stale leftovers of an interrupted backup or restore), or written before any clock is injected
# (the crash trace of the session): the wall clock is the right one there.
OS_CLOCK = ("services/backup.py", "session_trace.py")
# backups name their files after the moment they are written (tracked: see the report)
NOT_YET = ("db/backup.py",)
WALL_CLOCK = re.compile(r"datetime\.now\(|datetime\.utcnow\(|date\.today\(|time\.time\(\)|SystemClock\(\)")


def test_nothing_below_the_ui_reads_the_wall_clock() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith(ALLOWED) or relative in OS_CLOCK + NOT_YET:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if WALL_CLOCK.search(line.split("#", 1)[0]):
                offenders.append(f"{relative}:{number}: {line.strip()}")
    assert offenders == []


def test_the_moved_wall_clock_is_what_systemclock_reports(wall_clock) -> None:
    """The fixture the figure tests run under really moves the clock a fallback would read."""
    from salondesk.domain.clock import SystemClock

    assert SystemClock().now() == wall_clock
