"""Run slow work off the GUI thread; deliver the result (or error) on it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

ProgressFn = Callable[[int, int], None]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], with_progress: bool) -> None:
        super().__init__()
        self.fn = fn
        self.with_progress = with_progress
        self.signals = _Signals()

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit) if self.with_progress else self.fn()
        except Exception as exc:  # any failure is handed to the caller's error slot
            self._deliver(self.signals.failed, exc)
        else:
            self._deliver(self.signals.done, result)

    @staticmethod
    def _deliver(signal: Any, value: object) -> None:
        # The app may be quitting and have taken the signals with it: nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


def receiver_gone(callback: Callable[..., Any]) -> bool:
    """True when ``callback`` is a method of a widget that was deleted meanwhile.

    A tab's result can arrive after the tab went (a switch of user rebuilds the tabs,
    the window closed): there is nobody left to show it to.
    """
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)


class TaskRunner(QObject):
    """One pool for the app; ``wait_idle()`` lets tests and shutdown finish cleanly."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._jobs: set[_Job] = set()

    def submit(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Run ``fn`` (given a progress callback when ``on_progress`` is set) in the pool."""
        job = _Job(fn, with_progress=on_progress is not None)
        job.setAutoDelete(False)
        self._jobs.add(job)

        def finish_ok(result: Any) -> None:
            self._jobs.discard(job)
            if not receiver_gone(on_done):
                on_done(result)

        def finish_err(exc: Any) -> None:
            self._jobs.discard(job)
            if not receiver_gone(on_error):
                on_error(exc)

        job.signals.done.connect(finish_ok)
        job.signals.failed.connect(finish_err)
        if on_progress is not None:
            job.signals.progress.connect(on_progress)
        self.pool.start(job)

    def busy(self) -> bool:
        """True while any job has not delivered its result."""
        return bool(self._jobs)

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Block until the pool's threads are done (results still arrive via the event loop)."""
        return self.pool.waitForDone(msecs)
