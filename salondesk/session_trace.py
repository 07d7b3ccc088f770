"""A crash still leaves a trace, and the next start says so.

Some failures kill the process before any Python handler runs: a fatal error in a C
extension (issue 10: ``none_dealloc`` aborted the window), a segfault, the OS killing
it. For those, :func:`begin_session` points :mod:`faulthandler` at a file in the log
folder (``logs/faulthandler-<pid>.log``) and leaves a marker (``running-<pid>.session``)
that :meth:`SessionTrace.end_cleanly` removes on a normal exit. The next start finds a
marker whose process is gone: the session ended abnormally. The trace (when the fault
handler wrote one) is kept as ``crash-<time>.log`` — the newest :data:`CRASH_KEEP` of
them — and a notice waits in ``abnormal-end.json`` until the owner has seen it.
No Qt here: the window shows the notice (``salondesk.ui.abnormal_end``).
"""

from __future__ import annotations

import faulthandler
import json
import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from salondesk import config

MARKER_PREFIX = "running-"
MARKER_SUFFIX = ".session"
TRACE_PREFIX = "faulthandler-"
CRASH_PREFIX = "crash-"
NOTICE_FILE = "abnormal-end.json"
CRASH_KEEP = 10  # traces kept: the log folder stays bounded like the backups


@dataclass(frozen=True)
class AbnormalEnd:
    """A session that did not end cleanly."""

    started_at: datetime | None  # when that session began (None: unknown)
    trace: Path | None  # what the fault handler wrote (None: nothing, e.g. the power went off)
    folder: Path  # the log folder


class SessionTrace:
    """The running session's fault-handler file and marker."""

    def __init__(self, folder: Path, marker: Path, trace: Path, stream: TextIO) -> None:
        self.folder = folder
        self.marker = marker
        self.trace = trace
        self._stream = stream

    def end_cleanly(self) -> None:
        """A normal exit: stop tracing, drop the (empty) trace and the marker."""
        if faulthandler.is_enabled():
            faulthandler.disable()
        self._stream.close()
        if self.trace.exists() and self.trace.stat().st_size == 0:
            self.trace.unlink()
        self.marker.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    """True when process ``pid`` runs (another SalonDesk window; on Windows only this process is known)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate it there
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def _pid_of(marker: Path) -> int | None:
    try:
        return int(marker.name.removeprefix(MARKER_PREFIX).removesuffix(MARKER_SUFFIX))
    except ValueError:
        return None


def _collect(folder: Path, marker: Path, pid: int) -> AbnormalEnd:
    """What a dead session left: keep its trace under a dated name, forget the marker."""
    try:
        started: datetime | None = datetime.fromisoformat(marker.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        started = None
    trace = folder / f"{TRACE_PREFIX}{pid}.log"
    kept: Path | None = None
    if trace.exists() and trace.stat().st_size > 0:
        stamp = (started or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%d-%H%M%S")
        kept = folder / f"{CRASH_PREFIX}{stamp}-{pid}.log"
        trace.replace(kept)
    else:
        trace.unlink(missing_ok=True)
    marker.unlink(missing_ok=True)
    return AbnormalEnd(started, kept, folder)


def _remember(found: AbnormalEnd) -> None:
    notice = {
        "started_at": found.started_at.isoformat() if found.started_at else None,
        "trace": str(found.trace) if found.trace else None,
    }
    (found.folder / NOTICE_FILE).write_text(json.dumps(notice), encoding="utf-8")


def _prune_crashes(folder: Path) -> None:
    for old in sorted(folder.glob(f"{CRASH_PREFIX}*.log"), reverse=True)[CRASH_KEEP:]:
        old.unlink(missing_ok=True)


def begin_session(folder: Path | None = None) -> SessionTrace:
    """Note earlier sessions that died, then trace this one (fault handler on, marker written)."""
    folder = folder or config.logs_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for marker in sorted(folder.glob(f"{MARKER_PREFIX}*{MARKER_SUFFIX}")):
        pid = _pid_of(marker)
        if pid is None:
            marker.unlink(missing_ok=True)
        elif not _alive(pid):
            _remember(_collect(folder, marker, pid))
    _prune_crashes(folder)
    pid = os.getpid()
    trace = folder / f"{TRACE_PREFIX}{pid}.log"
    stream = trace.open("w", encoding="utf-8")
    faulthandler.enable(stream, all_threads=True)
    marker = folder / f"{MARKER_PREFIX}{pid}{MARKER_SUFFIX}"
    marker.write_text(datetime.now(UTC).isoformat(), encoding="utf-8")
    return SessionTrace(folder, marker, trace, stream)


def pending_notice(folder: Path | None = None) -> AbnormalEnd | None:
    """The abnormal end the owner has not been told about yet."""
    folder = folder or config.logs_dir()
    try:
        data = json.loads((folder / NOTICE_FILE).read_text(encoding="utf-8"))
        started = datetime.fromisoformat(data["started_at"]) if data.get("started_at") else None
        trace = Path(data["trace"]) if data.get("trace") else None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return AbnormalEnd(started, trace, folder)


def dismiss_notice(folder: Path | None = None) -> None:
    """The owner has been told."""
    ((folder or config.logs_dir()) / NOTICE_FILE).unlink(missing_ok=True)
