"""The task runner delivers a result on the GUI thread, and to nobody once its widget is gone."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QWidget

from salondesk.ui.tasks import TaskRunner


class Receiver(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []

    def show_result(self, result: object) -> None:
        self.results.append(result)
        self.setWindowTitle(str(result))  # touches the C++ object: raises if it was deleted

    def show_error(self, error: BaseException) -> None:
        self.setWindowTitle(str(error))


def test_a_result_reaches_its_widget(qtbot) -> None:
    tasks = TaskRunner()
    receiver = Receiver()
    qtbot.addWidget(receiver)
    tasks.submit(lambda: 42, receiver.show_result, receiver.show_error)
    qtbot.waitUntil(lambda: receiver.results == [42])
    assert not tasks.busy()


def test_a_result_for_a_deleted_widget_is_dropped_quietly(qtbot) -> None:
    """As when a switch of user rebuilt the tabs while the dashboard's trends were computing."""
    tasks = TaskRunner()
    receiver = Receiver()
    release = threading.Event()
    tasks.submit(lambda: release.wait(10) and 42, receiver.show_result, receiver.show_error)
    receiver.deleteLater()
    QApplication.sendPostedEvents(None, 0)  # the deferred delete happens now
    release.set()
    assert tasks.wait_idle(10_000)
    qtbot.waitUntil(lambda: not tasks.busy())  # delivered (to nobody) without an exception in the event loop


def test_latest_only_runs_one_job_at_a_time_and_shows_the_newest_input_only(qtbot) -> None:
    from salondesk.ui.tasks import LatestOnly

    tasks = TaskRunner()
    receiver = Receiver()
    qtbot.addWidget(receiver)
    box = {"text": "a"}
    release = threading.Event()
    started: list[str] = []

    def job(text: str):  # type: ignore[no-untyped-def]
        if not text:
            return None  # nothing to run: the caller showed the empty state itself

        def work() -> str:
            started.append(text)
            assert release.wait(10)
            return text.upper()

        return work

    latest = LatestOnly(receiver, tasks, lambda: box["text"], job, receiver.show_result, receiver.show_error)
    latest.request()
    qtbot.waitUntil(lambda: started == ["a"])
    for text in ("ab", "abc"):  # typed while "a" runs: nothing more starts
        box["text"] = text
        latest.request()
    assert started == ["a"] and latest.busy()
    release.set()
    qtbot.waitUntil(lambda: receiver.results == ["ABC"])  # "A" was for an old text: dropped, "abc" ran next
    qtbot.waitUntil(lambda: not latest.busy())
    assert started == ["a", "abc"]

    release.clear()
    box["text"] = "x"
    latest.request()
    qtbot.waitUntil(lambda: started[-1] == "x")
    latest.stop()  # the widget closed
    release.set()
    assert tasks.wait_idle(5000)
    qtbot.waitUntil(lambda: not latest.busy())
    assert receiver.results == ["ABC"]  # "X" reached nobody
    box["text"] = ""
    latest.request()  # an empty box runs nothing
    assert not latest.busy() and started == ["a", "abc", "x"]
