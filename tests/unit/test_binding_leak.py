"""The Qt binding must not leak references to ``None`` (PySide6 6.12.0 on Python 3.11 does).

A counter PC keeps the window open from opening to closing; a binding that takes one
reference from ``None`` per void call aborts the process ("deallocating None") within
minutes. Python 3.12+ makes ``None`` immortal, so there the count never moves at all.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QWidget

ROUNDS = 2_000
# A handful of stray references can come from caches warming up; a leaking binding
# loses one per call, i.e. about ROUNDS.
TOLERANCE = 20


class _Emitter(QObject):
    changed = Signal()


def _void_calls(qtbot) -> dict[str, Callable[[], None]]:
    item = QStandardItem("x")
    model = QStandardItemModel(3, 2)
    top_left, bottom_right = model.index(0, 0), model.index(2, 1)
    label = QLabel("x")
    widget = QWidget()
    qtbot.addWidget(label)
    qtbot.addWidget(widget)
    emitter = _Emitter()
    emitter.changed.connect(lambda: None)
    return {
        "QStandardItem.setText": lambda: item.setText("y"),
        "QStandardItem.setData": lambda: item.setData("y", Qt.ItemDataRole.UserRole),
        "QLabel.setText": lambda: label.setText("y"),
        "QWidget.update": lambda: widget.update(),  # noqa: PLW0108 (the closure keeps the widget alive)
        "Signal.emit": lambda: emitter.changed.emit(),  # noqa: PLW0108 (keeps the emitter alive)
        "model.dataChanged.emit": lambda: model.dataChanged.emit(top_left, bottom_right, []),
        "model.setData": lambda: model.setData(model.index(1, 1, QModelIndex()), "y"),
    }


@pytest.mark.parametrize(
    "call_name",
    [
        "QStandardItem.setText",
        "QStandardItem.setData",
        "QLabel.setText",
        "QWidget.update",
        "Signal.emit",
        "model.dataChanged.emit",
        "model.setData",
    ],
)
def test_void_qt_calls_keep_none_refcount_stable(qtbot, call_name: str) -> None:
    call = _void_calls(qtbot)[call_name]
    call()  # warm up caches before measuring
    before = sys.getrefcount(None)
    for _ in range(ROUNDS):
        call()
    lost = before - sys.getrefcount(None)
    assert abs(lost) <= TOLERANCE, f"{call_name}: None's refcount moved by {-lost} over {ROUNDS} calls"
