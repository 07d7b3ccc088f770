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
from salondesk.queries.reception import QueueRow, QueueSnapshot
from salondesk.ui.widgets.common import State

CLOCK_STATES = {ClockState.OK: State.OK, ClockState.ATTENTION: State.ATTENTION, ClockState.OVER: State.BAD}
MAX_ROWS = 10
CLOCK_COLOURS = {State.ATTENTION: "#ffcc4d", State.BAD: "#ff6b61"}  # light on the dark display; OK: plain text
HEADING_STYLE = "color: #8ab4f8; border-bottom: 2px solid #8ab4f8; margin-top: 12px;"


def clock_style(state: State) -> str:
    """The minutes' colour on the display: amber or red with the state, the window's own text colour when fine."""
    colour = CLOCK_COLOURS.get(state)
    return f"color: {colour};" if colour else ""


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
        self.lines: list[tuple[str, str, State]] = []  # (name, minutes text, state) as shown
        self._people: tuple[list[str], list[str]] | None = None  # the names shown (waiting, in service)
        self._clock_labels: list[QLabel] = []  # the minutes label of each line
        self.resize(900, 640)

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _line(self, entry: QueueRow, now: datetime) -> tuple[str, str, State]:
        elapsed = entry.elapsed(now)
        minutes = self.words.minutes.format(minutes=int(elapsed.total_seconds() // 60))
        return short_name(entry.name), minutes, CLOCK_STATES[clock_state(elapsed)]

    def show_snapshot(self, snapshot: QueueSnapshot, now: datetime) -> None:
        """Show ``snapshot`` at ``now``: the tick calls this every second, so only what changed is redrawn.

        The minutes change once a minute per customer: those labels get their new text (and
        colour); the labels are rebuilt only when the people shown change (was every second:
        about 18 ms of new labels and style sheets per tick).
        """
        lines = [self._line(entry, now) for entry in snapshot.waiting[:MAX_ROWS]]
        serving = [f"{short_name(s.name)}  ·  {s.staff_name}" for s in snapshot.in_service[:MAX_ROWS]]
        people = ([name for name, _, _ in lines], serving)
        if people != self._people:
            self._rebuild(lines, serving)
            self._people = people
        else:
            for label, before, after in zip(self._clock_labels, self.lines, lines, strict=True):
                if before[1] != after[1]:
                    label.setText(after[1])
                if before[2] != after[2]:
                    label.setStyleSheet(clock_style(after[2]))
        self.lines = lines

    def _rebuild(self, lines: list[tuple[str, str, State]], serving: list[str]) -> None:
        self._clear()
        self._clock_labels = []
        row = 0
        head = QLabel(self.words.waiting)
        head.setFont(self.big)
        head.setStyleSheet(HEADING_STYLE)
        self.grid.addWidget(head, row, 0, 1, 2)
        row += 1
        if not lines:
            empty = QLabel(self.words.empty)
            empty.setFont(self.big)
            self.grid.addWidget(empty, row, 0, 1, 2)
            row += 1
        for name, minutes, state in lines:
            name_label = QLabel(name)
            name_label.setFont(self.big)
            clock_label = QLabel(minutes)
            clock_label.setFont(self.big)
            clock_label.setAlignment(Qt.AlignmentFlag.AlignRight)
            clock_label.setStyleSheet(clock_style(state))
            self._clock_labels.append(clock_label)
            self.grid.addWidget(name_label, row, 0)
            self.grid.addWidget(clock_label, row, 1)
            row += 1
        heading = QLabel(self.words.serving)
        heading.setFont(self.big)
        heading.setStyleSheet(HEADING_STYLE)
        self.grid.addWidget(heading, row, 0, 1, 2)
        row += 1
        for text in serving:
            label = QLabel(text)
            label.setFont(self.big)
            self.grid.addWidget(label, row, 0, 1, 2)
            row += 1
