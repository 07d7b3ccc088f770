"""The customer-facing queue display: a second window in large type, names shortened (张*).

It holds no database access: the reception tab hands it each snapshot and the
current instant on every tick, plus its words already translated (so they live
with the reception area's translations).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from salondesk.domain.reception import ClockState, clock_state, short_name
from salondesk.queries.reception import QueueSnapshot
from salondesk.ui.widgets.common import STATE_COLOURS, State

CLOCK_STATES = {ClockState.OK: State.OK, ClockState.ATTENTION: State.ATTENTION, ClockState.OVER: State.BAD}
MAX_ROWS = 10
HEADING_STYLE = "color: #8ab4f8; border-bottom: 2px solid #8ab4f8; margin-top: 12px;"


@dataclass(frozen=True)
class DisplayWords:
    """The display's texts in the UI language."""

    title: str
    waiting: str
    serving: str
    empty: str
    minutes: str  # "{minutes} min"


class QueueDisplay(QWidget):
    """Large-type list of who is waiting (shortened names, minutes waited) and who is being served."""

    def __init__(self, words: DisplayWords, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.words = words
        self.setWindowTitle(words.title)
        self.setStyleSheet("QWidget { background: #101820; color: #f4f4f4; }")
        base = QFont(self.font())
        base.setPointSizeF(max(24.0, base.pointSizeF() * 2.6))
        self.big = base
        heading = QFont(base)
        heading.setBold(True)
        layout = QVBoxLayout(self)
        self.title = QLabel(words.title)
        self.title.setFont(heading)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.lines: list[tuple[str, str, State]] = []  # (name, minutes text, state) for tests
        self.resize(900, 640)

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def show_snapshot(self, snapshot: QueueSnapshot, now: datetime) -> None:
        """Redraw from ``snapshot`` at ``now``."""
        self._clear()
        self.lines = []
        row = 0
        head = QLabel(self.words.waiting)
        head.setFont(self.big)
        head.setStyleSheet(HEADING_STYLE)
        self.grid.addWidget(head, row, 0, 1, 2)
        row += 1
        if not snapshot.waiting:
            empty = QLabel(self.words.empty)
            empty.setFont(self.big)
            self.grid.addWidget(empty, row, 0, 1, 2)
            row += 1
        for entry in snapshot.waiting[:MAX_ROWS]:
            elapsed = entry.elapsed(now)
            state = CLOCK_STATES[clock_state(elapsed)]
            name = short_name(entry.name)
            minutes = self.words.minutes.format(minutes=int(elapsed.total_seconds() // 60))
            self.lines.append((name, minutes, state))
            fg, _bg = STATE_COLOURS[state]
            name_label = QLabel(name)
            name_label.setFont(self.big)
            clock_label = QLabel(minutes)
            clock_label.setFont(self.big)
            clock_label.setAlignment(Qt.AlignmentFlag.AlignRight)
            if state != State.OK:
                colour = "#ffcc4d" if state == State.ATTENTION else "#ff6b61"
                clock_label.setStyleSheet(f"color: {colour};")
            del fg
            self.grid.addWidget(name_label, row, 0)
            self.grid.addWidget(clock_label, row, 1)
            row += 1
        serving = QLabel(self.words.serving)
        serving.setFont(self.big)
        serving.setStyleSheet(HEADING_STYLE)
        self.grid.addWidget(serving, row, 0, 1, 2)
        row += 1
        for served in snapshot.in_service[:MAX_ROWS]:
            label = QLabel(f"{short_name(served.name)}  ·  {served.staff_name}")
            label.setFont(self.big)
            self.grid.addWidget(label, row, 0, 1, 2)
            row += 1
