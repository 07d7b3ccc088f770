"""A crash leaves a trace in logs/ and the next start knows the last session ended abnormally."""

from __future__ import annotations

import faulthandler
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from salondesk import config, session_trace

CRASHING_SESSION = """
from salondesk import session_trace
session_trace.begin_session()
def serve_the_queue():
    import os
    os.abort()  # what a fatal error in a C extension ends in (issue 10: none_dealloc)
serve_the_queue()
"""


@pytest.fixture(autouse=True)
def _pytest_keeps_its_fault_handler() -> Iterator[None]:
    """A session here turns the handler to its own file and off at its end: give pytest's back."""
    yield
    faulthandler.enable(sys.__stderr__, all_threads=True)


def _run(code: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SALONDESK_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-c", code], check=False, env=env, capture_output=True, text=True, timeout=60
    )


def test_a_crash_leaves_its_trace_and_the_next_start_notices(_isolated_paths: Path) -> None:
    crashed = _run(CRASHING_SESSION, _isolated_paths)
    assert crashed.returncode != 0
    logs = config.logs_dir()
    assert logs == _isolated_paths / "logs"
    assert list(logs.glob("running-*.session")), "the dead session's marker stays behind"

    trace = session_trace.begin_session()
    try:
        notice = session_trace.pending_notice()
        assert notice is not None and notice.trace is not None and notice.started_at is not None
        assert notice.trace.parent == logs and notice.trace.name.startswith("crash-")
        text = notice.trace.read_text(encoding="utf-8")
        assert "Fatal Python error: Aborted" in text and "serve_the_queue" in text
        assert [m.name for m in logs.glob("running-*.session")] == [f"running-{os.getpid()}.session"]
    finally:
        trace.end_cleanly()
    assert not list(logs.glob("running-*.session")) and not list(logs.glob("faulthandler-*.log"))
    assert session_trace.pending_notice() is not None  # waits for the owner
    session_trace.dismiss_notice()
    assert session_trace.pending_notice() is None


def test_a_clean_exit_leaves_nothing_to_report(_isolated_paths: Path) -> None:
    clean = _run("from salondesk import session_trace\nsession_trace.begin_session().end_cleanly()", _isolated_paths)
    assert clean.returncode == 0, clean.stderr
    trace = session_trace.begin_session()
    trace.end_cleanly()
    assert session_trace.pending_notice() is None
    assert sorted(p.name for p in config.logs_dir().iterdir()) == []


def test_a_session_killed_without_a_trace_is_still_noticed(_isolated_paths: Path) -> None:
    # the power went off: a marker of a process that no longer exists and an empty trace
    logs = config.logs_dir()
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], check=True, capture_output=True, text=True
    )
    pid = int(gone.stdout)
    (logs / f"running-{pid}.session").write_text("2026-11-23T02:00:00+00:00", encoding="utf-8")
    (logs / f"faulthandler-{pid}.log").write_text("", encoding="utf-8")
    session_trace.begin_session().end_cleanly()
    notice = session_trace.pending_notice()
    assert notice is not None and notice.trace is None and notice.folder == logs
    assert notice.started_at is not None and notice.started_at.hour == 2


def test_only_the_newest_crash_traces_are_kept(_isolated_paths: Path) -> None:
    logs = config.logs_dir()
    for n in range(session_trace.CRASH_KEEP + 5):
        (logs / f"crash-202611{n + 1:02d}-020000-1.log").write_text("trace", encoding="utf-8")
    session_trace.begin_session().end_cleanly()
    kept = sorted(p.name for p in logs.glob("crash-*.log"))
    assert len(kept) == session_trace.CRASH_KEEP and kept[0] == "crash-20261106-020000-1.log"
