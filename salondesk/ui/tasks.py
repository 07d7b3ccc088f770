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


class LatestOnly(QObject):
    """Search-as-you-type off the GUI thread: one job at a time, the newest input next.

    ``key()`` reads the input on the GUI thread (a box's text); ``job(key)`` returns the work to
    run in the pool for it, or None when there is nothing to search (the caller showed that already).
    :meth:`request` after every change starts the job at once, or, while
    one runs, leaves it for later: when a job delivers and the input changed meanwhile, its result
    is dropped and the job runs again for the newest input. So fast typing never queues one job
    per key, and only the last text's result is ever shown.

    A child of the widget that shows the results: once the widget is deleted, a job still in the
    pool delivers to nobody (:func:`receiver_gone`); :meth:`stop` drops the results of a widget that
    is only closed.
    """

    def __init__(
        self,
        parent: QObject,
        tasks: TaskRunner,
        key: Callable[[], Any],
        job: Callable[[Any], Callable[[], Any] | None],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self._key = key
        self._job = job
        self._on_done = on_done
        self._on_error = on_error
        self._running = False
        self._running_key: Any = None
        self._stopped = False

    def request(self) -> None:
        """Run the job for the current input now, or once the running one is done."""
        self._stopped = False
        if self._running:
            return  # picked up when the running job delivers (its input is then out of date)
        key = self._key()
        work = self._job(key)
        if work is None:
            return
        self._running, self._running_key = True, key
        self.tasks.submit(work, self._done, self._failed)

    def run_now(self) -> None:
        """Run the job for the current input on this thread and deliver it (Enter before its result came)."""
        work = self._job(self._key())
        if work is None:
            return
        try:
            result = work()
        except Exception as exc:  # any failure is handed to the caller's error slot, as from the pool
            self._on_error(exc)
        else:
            self._on_done(result)

    def busy(self) -> bool:
        """True while a job runs in the pool."""
        return self._running

    def stop(self) -> None:
        """Drop whatever the running job delivers (the widget closed; a new :meth:`request` resumes)."""
        self._stopped = True

    def _done(self, result: Any) -> None:
        self._running = False
        if self._stopped:
            return
        if self._key() != self._running_key:  # typed on meanwhile: this result is stale
            self.request()
            return
        self._on_done(result)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        if not self._stopped:
            self._on_error(exc)
