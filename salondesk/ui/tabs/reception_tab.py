"""Reception tab: the counter's working day — check in, walk-ins, the live queue, start / finish.

The queue is read from the database on refresh (actions, F5, every 30 s); the
wait clocks tick every second from the injected clock without touching the
database (the model computes ``clock.now() − wait_start``).

Keys (ux.md): F3 focuses the check-in list on the next booking, Enter checks in
(2 keys); F2 new walk-in, type a phone tail, Enter takes the first hit, Enter
adds (≤ 8); F6 then Enter starts the selected (first) waiting customer with the
suggested technician; F7 then Enter finishes the selected (first) service; F8
left without service; F9 re-check; F10 customer-facing display.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salondesk.domain.calendar import day_period, local_date
from salondesk.domain.errors import DomainError
from salondesk.domain.figures import FigureContext, Rate
from salondesk.domain.figures.reception import r1_wait_rate, r3_punctuality
from salondesk.domain.permissions import Permission
from salondesk.domain.reception import (
    ARRIVAL_STATE_WORDS,
    CLOCK_STATE_WORDS,
    NO_SUGGESTION_WORDS,
    ArrivalState,
    ClockState,
    clock_state,
    clock_text,
)
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.queries.metrics_reception import load_reception_rows
from salondesk.queries.reception import ArrivalRow, FinishedRow, InServiceRow, QueueRow, QueueSnapshot, queue_snapshot
from salondesk.services import appointments as appointment_service
from salondesk.services import reception as reception_service
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext
from salondesk.ui.dialogs.reception.dialogs import (
    EnterFilter,
    FinishDialog,
    RatingDialog,
    RecheckDialog,
    StartServiceDialog,
    WalkInDialog,
    warning_words,
)
from salondesk.ui.i18n import current_language
from salondesk.ui.models.table_model import Column, Row, RowTableModel
from salondesk.ui.tabs.base import Tab
from salondesk.ui.tasks import LatestOnly, TaskRunner
from salondesk.ui.widgets import common
from salondesk.ui.widgets.common import State, StatusChip, state_background, state_foreground
from salondesk.ui.widgets.queue_display import DisplayWords, QueueDisplay

REFRESH_MS = 30_000
TICK_MS = 1_000
WAIT_COLUMN, ESTIMATE_COLUMN = 0, 4  # the waiting list's columns that move with the clock
CLOCK_STATES = {ClockState.OK: State.OK, ClockState.ATTENTION: State.ATTENTION, ClockState.OVER: State.BAD}
ARRIVAL_WARNINGS, ARRIVAL_SERVICE = 2, 4  # columns of the check-in list
ARRIVAL_STATES = {ArrivalState.DUE: None, ArrivalState.LATE: State.ATTENTION, ArrivalState.NO_SHOW: State.BAD}


log = logging.getLogger(__name__)


@dataclass(frozen=True)
class QueueRead:
    """What a re-read of the queue found at ``now`` (read on the GUI thread or in the pool)."""

    now: datetime
    snapshot: QueueSnapshot
    r1: Rate
    r3: Rate
    closing: DomainError | None  # closing the visits left after hours was refused (shown with the rows)


class KeepStateColours(QStyledItemDelegate):
    """A selected row keeps the state colours of its coloured cells (a red clock stays red)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        """Draw coloured cells as unselected."""
        super().initStyleOption(option, index)
        if index.data(Qt.ItemDataRole.BackgroundRole) is not None:
            option.state &= ~QStyle.StateFlag.State_Selected  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class ClockFace:
    """A wait-clock cell at one instant: ``12:34  10+ min`` and its state colour (never colour alone)."""

    text: str
    state: State


def clock_words() -> dict[ClockState, str]:
    """The state word of each clock state in the UI language (``waiting`` / ``10+ min`` / ``over 15 min``)."""
    return {state: QCoreApplication.translate("Reception", word) for state, word in CLOCK_STATE_WORDS.items()}


def clock_face(row: QueueRow, now: datetime, words: Mapping[ClockState, str]) -> ClockFace:
    """``row``'s wait clock at ``now``: the 10- and 15-minute states are domain's ``clock_state``."""
    elapsed = row.elapsed(now)
    state = clock_state(elapsed)
    return ClockFace(f"{clock_text(elapsed)}  {words[state]}", CLOCK_STATES[state])


def clock_faces(rows: Sequence[QueueRow], now: datetime, words: Mapping[ClockState, str]) -> list[ClockFace]:
    """Every waiting row's clock at ``now``, computed once per tick."""
    return [clock_face(row, now, words) for row in rows]


def estimate_minutes(row: QueueRow, now: datetime) -> int | None:
    """Whole minutes until the suggested start at ``now`` (0 once due); None without a suggestion."""
    if row.estimated_start is None:
        return None
    return max(0, int((row.estimated_start - now).total_seconds() // 60))


class SwappableRows(RowTableModel[Row]):
    """A list whose rows can be swapped for new values of the same records without a reset."""

    def swap_rows(self, rows: Sequence[Row]) -> None:
        """Swap in ``rows`` (as many, the same records in the same order): the changed rows are repainted."""
        last = self.columnCount() - 1
        old, self._rows = self._rows, list(rows)
        for position, (before, after) in enumerate(zip(old, self._rows, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(position, 0), self.index(position, last))


class WaitClockDelegate(QStyledItemDelegate):
    """Paints a wait-clock cell from its face, computed once per tick, instead of ~9 model roles per cell.

    The clock column repaints every second; asking the Python model for each role of each
    cell was about half of a tick. The cell is drawn as ``KeepStateColours`` draws it from the
    model (same text, state colours, unselected look, focus frame): a test compares the pixels.
    """

    def __init__(self, face: Callable[[int], ClockFace], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._face = face
        self._foreground = {state: state_foreground(state) for state in CLOCK_STATES.values()}
        self._background = {state: state_background(state) for state in CLOCK_STATES.values()}

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        """What ``QStyledItemDelegate`` takes from the display, foreground and background roles, from the face."""
        face = self._face(index.row())
        option.index = index  # type: ignore[assignment]  # a QModelIndex when Qt paints
        option.text = face.text
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay  # type: ignore[assignment]
        option.backgroundBrush = self._background[face.state]
        palette = option.palette
        palette.setBrush(QPalette.ColorRole.Text, self._foreground[face.state])
        option.palette = palette
        option.state &= ~QStyle.StateFlag.State_Selected  # type: ignore[assignment]  # a coloured cell, as above
        option.styleObject = None  # type: ignore[assignment]  # as QStyledItemDelegate: no animations in a view


def _table(model: RowTableModel) -> QTableView:  # type: ignore[type-arg]
    view = common.record_table(model)
    view.setItemDelegate(KeepStateColours(view))  # the selected row keeps its red/amber clock
    return view


def rate_text(rate: Rate) -> str:
    """``97.9 % (47/48)`` or ``n/a (0/0)`` in the UI language."""
    return rate.text(na=QCoreApplication.translate("ReceptionTab", "n/a"))


class ReceptionTab(Tab):
    """The receptionist's screen (接待队列)."""

    area = "reception"
    title_text = QT_TRANSLATE_NOOP("ReceptionTab", "Reception")
    required_permission = Permission.RUN_QUEUE

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.snapshot: QueueSnapshot | None = None
        self._clock_instant: datetime | None = None  # the last tick's instant (what the clocks show)
        self._clock_faces: list[ClockFace] = []  # the waiting list's clock cells at that instant, by row
        self.display: QueueDisplay | None = None
        self._build()
        self._build_actions()
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self.tick)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._refresh_in_background)
        self._reads = 0  # re-reads started on this thread: a background one started before is out of date
        self.rereader = LatestOnly(
            self,
            ctx.extras.get("tasks") or TaskRunner(self),
            lambda: self._reads,
            self._read_job,
            self._show_read,
            self._read_failed,
        )
        ctx.signals.data_changed.connect(self._data_changed)

    # ------------------------------------------------------------------ building
    def _tz(self) -> ZoneInfo:
        return salon_timezone(self.ctx.settings)

    def _hhmm(self, instant: datetime | None) -> str:
        return "" if instant is None else instant.astimezone(self._tz()).strftime("%H:%M")

    def _arrival_time_text(self, row: ArrivalRow) -> str:
        """``14:00  late 10 min`` / ``10:00  no-show? (Del)``: a word with every colour (ux.md)."""
        time_text = self._hhmm(row.start)
        if row.state == ArrivalState.DUE:
            return time_text
        minutes = int((self.ctx.clock.now() - row.start).total_seconds() // 60)
        word = QCoreApplication.translate("Reception", ARRIVAL_STATE_WORDS[row.state]).format(minutes=minutes)
        return f"{time_text}  {word}"

    def _estimate_text(self, row: QueueRow) -> str:
        """``~12 min · Wang`` / ``now · Wang`` at the last tick, or why nobody is suggested."""
        minutes = estimate_minutes(row, self._clock_now())
        if minutes is None:
            return QCoreApplication.translate("Reception", NO_SUGGESTION_WORDS[row.why_none]).format(
                name=row.requested_staff
            )
        who = row.estimated_staff
        if minutes == 0:
            return self.tr("now · {who}").format(who=who)
        return self.tr("~{minutes} min · {who}").format(minutes=minutes, who=who)

    def _clock_now(self) -> datetime:
        """The instant the wait clocks show: the last tick's (every cell of one paint shows the same second)."""
        return self._clock_instant or self.ctx.clock.now()

    def _clock_face(self, row: QueueRow) -> ClockFace:
        """The model's clock cell (screen reader, tests): the same face the delegate paints."""
        return clock_face(row, self._clock_now(), clock_words())

    def _painted_face(self, position: int) -> ClockFace:
        """The face of the waiting list's row ``position`` at the last tick (computed then for every row)."""
        if position < len(self._clock_faces):
            return self._clock_faces[position]
        return self._clock_face(self.waiting_model.row_at(position))  # a paint before the first tick

    def _waiting_columns(self) -> list[Column[QueueRow]]:
        def customer(row: QueueRow) -> str:
            tags = []
            if row.walk_in:
                tags.append(self.tr("walk-in"))
            if row.recheck == "free":
                tags.append(self.tr("free re-check"))
            elif row.recheck == "late":
                tags.append(self.tr("re-check, LATE"))
            return f"{row.name}  [{', '.join(tags)}]" if tags else row.name

        def booked(row: QueueRow) -> str:
            if row.scheduled_start is None:
                return self.tr("arrived {time}").format(time=self._hhmm(row.arrived_at))
            return self.tr("booked {time}, arrived {arrived}").format(
                time=self._hhmm(row.scheduled_start), arrived=self._hhmm(row.arrived_at)
            )

        return [
            Column(
                self.tr("Wait"),
                lambda r: self._clock_face(r).text,
                sort_key=lambda r: r.wait_start,
                foreground=lambda r: state_foreground(self._clock_face(r).state),
                background=lambda r: state_background(self._clock_face(r).state),
            ),
            Column(self.tr("Customer"), customer),
            Column(self.tr("Service"), lambda r: r.service_name or self.tr("(not chosen)")),
            Column(self.tr("Requested"), lambda r: r.requested_staff or self.tr("anyone")),
            Column(self.tr("Estimated wait"), self._estimate_text),
            Column(
                self.tr("Warnings"),
                lambda r: warning_words(r.warnings, self._tz()),
                foreground=lambda r: state_foreground(State.BAD) if r.warnings.any else None,
                background=lambda r: state_background(State.BAD) if r.warnings.any else None,
            ),
            Column(self.tr("Booked / arrived"), booked),
        ]

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.count_label = QLabel()
        self.count_label.setFont(big)
        self.over_chip = StatusChip()
        self.r1_chip = StatusChip()
        self.r3_chip = StatusChip()
        self.next_free_label = QLabel()
        header.addWidget(self.count_label)
        header.addWidget(self.over_chip)
        header.addSpacing(16)
        header.addWidget(self.r1_chip)
        header.addWidget(self.r3_chip)
        header.addStretch(1)
        header.addWidget(self.next_free_label)
        layout.addLayout(header)

        buttons = QHBoxLayout()
        self.check_in_button = QPushButton()
        self.walk_in_button = QPushButton()
        self.start_button = QPushButton()
        self.finish_button = QPushButton()
        self.left_button = QPushButton()
        self.no_show_button = QPushButton()
        self.recheck_button = QPushButton()
        self.rate_button = QPushButton()
        self.display_button = QPushButton()
        for button in (
            self.check_in_button,
            self.walk_in_button,
            self.start_button,
            self.finish_button,
            self.left_button,
            self.no_show_button,
            self.recheck_button,
            self.rate_button,
            self.display_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        def arrival_colour(row: ArrivalRow) -> State | None:
            return ARRIVAL_STATES[row.state]

        self.arrival_model: RowTableModel[ArrivalRow] = RowTableModel(
            [
                Column(
                    self.tr("Time"),
                    self._arrival_time_text,
                    foreground=lambda r: state_foreground(s) if (s := arrival_colour(r)) else None,
                    background=lambda r: state_background(s) if (s := arrival_colour(r)) else None,
                ),
                Column(self.tr("Customer"), lambda r: r.name),
                Column(
                    self.tr("Warnings"),
                    lambda r: warning_words(r.warnings, self._tz()),
                    foreground=lambda r: state_foreground(State.BAD) if r.warnings.any else None,
                    background=lambda r: state_background(State.BAD) if r.warnings.any else None,
                ),
                Column(self.tr("Technician"), lambda r: r.staff_name),
                Column(self.tr("Service"), lambda r: r.service_name),
            ]
        )
        self.waiting_model: SwappableRows[QueueRow] = SwappableRows(self._waiting_columns())
        self._shown_estimates: list[int | None] = []  # their minutes last painted (ticks repaint only changes)
        self.waiting_model.modelReset.connect(self._shown_estimates.clear)
        self.waiting_model.modelReset.connect(self._clock_faces.clear)
        self.service_model: RowTableModel[InServiceRow] = RowTableModel(
            [
                Column(self.tr("Customer"), lambda r: r.name),
                Column(self.tr("Technician"), lambda r: r.staff_name),
                Column(self.tr("Service"), lambda r: r.service_name),
                Column(self.tr("Started"), lambda r: self._hhmm(r.started_at)),
                Column(self.tr("Expected end"), lambda r: self._hhmm(r.expected_end)),
                Column(
                    self.tr("Warnings"),
                    lambda r: warning_words(r.warnings, self._tz()),
                    foreground=lambda r: state_foreground(State.BAD) if r.warnings.any else None,
                ),
            ]
        )
        self.finished_model: RowTableModel[FinishedRow] = RowTableModel(
            [
                Column(self.tr("Finished"), lambda r: self._hhmm(r.ended_at)),
                Column(self.tr("Customer"), lambda r: r.name),
                Column(self.tr("Service"), lambda r: r.service_name),
                Column(self.tr("Technician"), lambda r: r.staff_name),
                Column(self.tr("Rating"), lambda r: self.tr("rated") if r.rated else self.tr("not rated")),
            ]
        )
        self.arrival_view = _table(self.arrival_model)
        self.waiting_view = _table(self.waiting_model)
        self.waiting_view.setItemDelegateForColumn(
            WAIT_COLUMN, WaitClockDelegate(self._painted_face, self.waiting_view)
        )
        self.service_view = _table(self.service_model)
        self.finished_view = _table(self.finished_model)
        # the clock ticks every second: fit the columns on refresh only, not on every dataChanged
        self.waiting_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.waiting_view.horizontalHeader().setStretchLastSection(True)
        self.waiting_view.setColumnWidth(0, 150)
        # ux.md at 1280×720: the check-in list's Warnings and Technician stay in view; long text is elided
        arrival_header = self.arrival_view.horizontalHeader()
        arrival_header.setStretchLastSection(False)
        arrival_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (ARRIVAL_WARNINGS, ARRIVAL_SERVICE):
            arrival_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        self.arrival_empty = QLabel()
        self.waiting_empty = QLabel()
        self.service_empty = QLabel()
        self.finished_empty = QLabel()
        for label in (self.arrival_empty, self.waiting_empty, self.service_empty, self.finished_empty):
            label.setWordWrap(True)
            label.setStyleSheet("color: #5f6368; padding: 4px;")

        def boxed(title: QLabel, view: QTableView, empty: QLabel | None = None) -> QWidget:
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(title)
            if empty is not None:
                inner.addWidget(empty)
            inner.addWidget(view)
            return box

        self.arrival_title = QLabel()
        self.waiting_title = QLabel()
        self.service_title = QLabel()
        self.finished_title = QLabel()
        for label in (self.arrival_title, self.waiting_title, self.service_title, self.finished_title):
            label.setStyleSheet("font-weight: bold;")
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(boxed(self.arrival_title, self.arrival_view, self.arrival_empty))
        left.addWidget(boxed(self.finished_title, self.finished_view, self.finished_empty))
        left.setStretchFactor(0, 3)  # the check-in list is the counter's busiest list
        left.setStretchFactor(1, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(boxed(self.waiting_title, self.waiting_view, self.waiting_empty))
        right.addWidget(boxed(self.service_title, self.service_view, self.service_empty))
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(left)
        main.addWidget(right)
        main.setStretchFactor(0, 2)
        main.setStretchFactor(1, 3)
        layout.addWidget(main, 1)

        self.arrival_view.installEventFilter(EnterFilter(self.check_in, self))
        self.arrival_view.installEventFilter(EnterFilter(self.mark_no_show, self, keys=(Qt.Key.Key_Delete,)))
        self.arrival_view.selectionModel().currentRowChanged.connect(self._update_no_show_button)
        self.waiting_view.installEventFilter(EnterFilter(self.start_service, self))
        self.service_view.installEventFilter(EnterFilter(self.finish_service, self))
        self.finished_view.installEventFilter(EnterFilter(self.rate_selected, self))
        self.arrival_view.doubleClicked.connect(lambda _i: self.check_in())
        self.waiting_view.doubleClicked.connect(lambda _i: self.start_service())
        self.service_view.doubleClicked.connect(lambda _i: self.finish_service())
        self.retranslate()

    def _build_actions(self) -> None:
        self.act_walk_in = QAction(self)
        self.act_walk_in.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.act_walk_in.triggered.connect(self.new_walk_in)
        self.act_check_in = QAction(self)
        self.act_check_in.setShortcut(QKeySequence(Qt.Key.Key_F3))
        self.act_check_in.triggered.connect(self.check_in_key)
        local = [
            (Qt.Key.Key_F6, self.start_service),
            (Qt.Key.Key_F7, self.finish_service),
            (Qt.Key.Key_F8, self.left_without_service),
            (Qt.Key.Key_F9, self.recheck),
            (Qt.Key.Key_F10, self.toggle_display),
        ]
        self.local_actions = []
        for key, slot in local:
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.local_actions.append(action)
        self.check_in_button.clicked.connect(self.check_in)
        self.walk_in_button.clicked.connect(self.new_walk_in)
        self.start_button.clicked.connect(self.start_service)
        self.finish_button.clicked.connect(self.finish_service)
        self.left_button.clicked.connect(self.left_without_service)
        self.no_show_button.clicked.connect(self.mark_no_show)
        self.recheck_button.clicked.connect(self.recheck)
        self.rate_button.clicked.connect(self.rate_selected)
        self.display_button.clicked.connect(self.toggle_display)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text (called at build and on a language change)."""
        self.check_in_button.setText(self.tr("Check in (F3)"))
        self.walk_in_button.setText(self.tr("Walk-in (F2)"))
        self.start_button.setText(self.tr("Start (F6)"))
        self.finish_button.setText(self.tr("Finish (F7)"))
        self.left_button.setText(self.tr("Left without service (F8)"))
        self.no_show_button.setText(self.tr("No-show (Del)"))
        self.no_show_button.setToolTip(
            self.tr("Mark the selected booking as a no-show: offered once it is past the no-show time or at closing")
        )
        self.recheck_button.setText(self.tr("Re-check (F9)"))
        self.rate_button.setText(self.tr("Rating"))
        self.display_button.setText(self.tr("Queue display (F10)"))
        self.arrival_title.setText(self.tr("To check in today"))
        self.finished_title.setText(self.tr("Finished today"))
        self.waiting_title.setText(self.tr("Reception queue — waiting"))
        self.service_title.setText(self.tr("In service"))
        self.arrival_empty.setText(self.tr("No more bookings to check in today. Walk-ins: press F2."))
        self.waiting_empty.setText(self.tr("Nobody is waiting. Check in a booked customer (F3) or add a walk-in (F2)."))
        self.service_empty.setText(self.tr("Nobody is being served. Select a waiting customer and press F6."))
        self.finished_empty.setText(self.tr("Finished services appear here. Select one in service and press F7."))
        if hasattr(self, "act_walk_in"):
            self.act_walk_in.setText(self.tr("New walk-in"))
            self.act_walk_in.setToolTip(self.tr("New walk-in (F2)"))
            self.act_check_in.setText(self.tr("Check in"))
            self.act_check_in.setToolTip(self.tr("Check in a booked customer (F3)"))
            self.check_in_button.setToolTip(self.act_check_in.toolTip())
            self.walk_in_button.setToolTip(self.act_walk_in.toolTip())

    def global_actions(self) -> list[QAction]:
        """F2 new walk-in and F3 check in work from every tab (the main window registers them)."""
        return [self.act_walk_in, self.act_check_in]

    # ------------------------------------------------------------------ data
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Clocks tick and the queue re-reads only while the tab is visible."""
        super().showEvent(event)
        self.tick_timer.start()
        self.refresh_timer.start()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Stop ticking when hidden."""
        super().hideEvent(event)
        self.tick_timer.stop()
        self.refresh_timer.stop()

    def _data_changed(self, area: str) -> None:
        if area in {"appointments", "customers"} and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Close visits left waiting after closing (R5), then re-read the queue and today's R1/R3, now.

        After an action the counter sees its result at once; the 30-second re-read runs in the pool
        (:meth:`_refresh_in_background`) and only shows its rows here.
        """
        self._reads += 1  # a re-read still running in the pool is out of date
        work = self._read_job(self._reads)
        if work is not None:
            self._show_read(work())

    def _refresh_in_background(self) -> None:
        """The 30-second re-read: the database off the GUI thread (~40 ms on a 10-year salon), the rows here."""
        self.rereader.request()

    def _read_job(self, _generation: int) -> Callable[[], QueueRead] | None:
        """The re-read as it is now (the clock read on the GUI thread), to run here or in the pool."""
        ctx = self.ctx
        actor = ctx.actor
        if actor is None:
            return None
        now, settings, language = ctx.clock.now(), ctx.settings, current_language()

        def work() -> QueueRead:
            closing: DomainError | None = None
            try:
                ctx.run(reception_service.close_after_hours)
            except DomainError as exc:  # shown; the queue is still read
                closing = exc
            snapshot = queue_snapshot(ctx.new_uow(), now, settings, actor, language)
            tz = salon_timezone(settings)
            today = FigureContext(day_period(local_date(now, tz), tz), now, tz, settings)
            rows = load_reception_rows(ctx.new_uow(), today)
            return QueueRead(now, snapshot, r1_wait_rate(rows, today), r3_punctuality(rows, today), closing)

        return work

    def _read_failed(self, exc: BaseException) -> None:
        """A background re-read that failed keeps the lists on screen; the next one tries again."""
        log.warning("the queue's re-read failed: %s", type(exc).__name__)

    def _show_read(self, read: QueueRead) -> None:
        """Show a re-read's rows, keeping what is selected."""
        if read.closing is not None:
            common.show_error(self, read.closing)
        if self.ctx.actor is None:  # logged out while it was read
            return
        now, r1, r3 = read.now, read.r1, read.r3
        self._clock_instant = now  # the columns are fitted to the clocks as they are now
        self.snapshot = read.snapshot
        arrivals = list(self.snapshot.arrivals)
        if self._keep_selection(self.arrival_view, self.arrival_model, arrivals, self.snapshot.check_in_row):
            self.arrival_view.resizeRowsToContents()  # a warning wraps onto more lines rather than being cut
        else:
            self._repaint_late_arrivals()
        waiting = list(self.snapshot.waiting)
        if self.waiting_model.rowCount() and [r.visit_id for r in waiting] == self._waiting_ids():
            self._swap_waiting_rows(waiting)
        else:
            self._keep_selection(self.waiting_view, self.waiting_model, waiting)
            self.waiting_view.resizeColumnsToContents()
            self.waiting_view.setColumnWidth(0, max(150, self.waiting_view.columnWidth(0)))
        self._keep_selection(self.service_view, self.service_model, list(self.snapshot.in_service))
        self._keep_selection(self.finished_view, self.finished_model, list(self.snapshot.finished))
        self.arrival_empty.setVisible(not self.snapshot.arrivals)
        self.arrival_title.setText(self.arrival_counts_text(list(self.snapshot.arrivals)))
        self._update_no_show_button()
        self.waiting_empty.setVisible(not self.snapshot.waiting)
        self.service_empty.setVisible(not self.snapshot.in_service)
        self.finished_empty.setVisible(not self.snapshot.finished)
        self.r1_chip.set_state(
            State.MUTED if r1.met is None else State.OK if r1.met else State.BAD,
            self.tr("Today R1 wait ≤ 15 min: {rate}").format(rate=rate_text(r1)),
        )
        self.r3_chip.set_state(
            State.MUTED if r3.met is None else State.OK if r3.met else State.BAD,
            self.tr("Today R3 punctuality: {rate}").format(rate=rate_text(r3)),
        )
        if self.snapshot.next_free_at is None:
            self.next_free_label.setText(self.tr("No technician free today"))
        elif self.snapshot.next_free_at <= now:
            self.next_free_label.setText(self.tr("Next free: {name}, now").format(name=self.snapshot.next_free_staff))
        else:
            self.next_free_label.setText(
                self.tr("Next free: {name} at {time}").format(
                    name=self.snapshot.next_free_staff, time=self._hhmm(self.snapshot.next_free_at)
                )
            )
        self.tick()

    def _repaint_late_arrivals(self) -> None:
        """``10:00  late 12 min``: the minutes move with the clock although the booking did not change."""
        model = self.arrival_model
        for position, row in enumerate(model.rows()):
            if row.state != ArrivalState.DUE:
                cell = model.index(position, 0)
                model.dataChanged.emit(cell, cell)

    def _waiting_ids(self) -> list[int]:
        return [row.visit_id for row in self.waiting_model.rows()]

    def _swap_waiting_rows(self, rows: list[QueueRow]) -> None:
        """The same customers waiting in the same order, re-read (the estimates move with time): no reset.

        The rows that changed are repainted and the columns whose text changed are fitted again.
        """
        model = self.waiting_model
        changed = [i for i, (before, after) in enumerate(zip(model.rows(), rows, strict=True)) if before != after]
        if not changed:
            return
        columns = range(1, model.columnCount())  # the wait clock moves with the tick

        def texts() -> list[list[object]]:
            return [[model.data(model.index(i, c)) for c in columns] for i in changed]

        before = texts()
        model.swap_rows(rows)
        after = texts()
        for position, column in enumerate(columns):
            if any(old[position] != new[position] for old, new in zip(before, after, strict=True)):
                self.waiting_view.resizeColumnToContents(column)

    @staticmethod
    def _keep_selection(
        view: QTableView,
        model: RowTableModel,  # type: ignore[type-arg]
        rows: list,  # type: ignore[type-arg]
        default: int | None = 0,
    ) -> bool:
        """Show ``rows`` keeping the selected record selected; else select row ``default`` (None: none).

        Rows equal to those shown (and selected as this would select them) leave the model as it is
        and return False: a reset re-fits and repaints every cell through the Python model, most of a
        150 ms re-read every 30 s. True: the list was reset.
        """
        if rows == model.rows() and (not rows or default is None or view.currentIndex().isValid()):
            return False
        previous = None
        index = view.currentIndex()
        if index.isValid() and index.row() < model.rowCount():
            previous = getattr(
                model.row_at(index.row()), "visit_id", getattr(model.row_at(index.row()), "appointment_id", None)
            )
        model.set_rows(rows)
        if not rows:
            return True
        target = default
        if previous is not None:
            for i, row in enumerate(rows):
                if getattr(row, "visit_id", getattr(row, "appointment_id", None)) == previous:
                    target = i
                    break
        if target is None:
            view.setCurrentIndex(model.index(-1, -1))
        else:
            view.selectRow(target)
        return True

    def _repaint_wait_clocks(self, now: datetime) -> None:
        """Repaint only the cells that move with time: each wait clock, and an estimate whose minute changed.

        The clocks' faces are computed once here for every row; the delegate paints from them.
        One ``dataChanged`` per clock cell: Qt repaints a range one pixel wider than the column,
        which repainted the customer column through the Python model too.
        """
        model = self.waiting_model
        rows = model.rows()
        self._clock_instant = now
        self._clock_faces[:] = clock_faces(rows, now, clock_words())
        changed = model.dataChanged
        for position in range(len(rows)):
            cell = model.createIndex(position, WAIT_COLUMN)
            changed.emit(cell, cell)
        estimates = [estimate_minutes(row, now) for row in rows]  # the text changes with the minute only
        if len(self._shown_estimates) == len(rows):
            for position, (before, after) in enumerate(zip(self._shown_estimates, estimates, strict=True)):
                if before != after:
                    cell = model.createIndex(position, ESTIMATE_COLUMN)
                    changed.emit(cell, cell)
        self._shown_estimates[:] = estimates

    def tick(self) -> None:
        """Once a second: redraw the clocks and the counts (no database access)."""
        if self.snapshot is None:
            return
        now = self.ctx.clock.now()
        self._repaint_wait_clocks(now)
        waiting = len(self.snapshot.waiting)
        over = self.snapshot.over_limit_today(now)
        self.count_label.setText(self.counts_text(waiting, over))
        chip = (
            State.BAD if over else State.OK,
            self.tr("%n over 15 min today", "", over) if over else self.tr("nobody over 15 min today"),
        )
        if chip != (self.over_chip.state, self.over_chip.text()):  # a style sheet change re-polishes: only on change
            self.over_chip.set_state(*chip)
        if self.display is not None and self.display.isVisible():
            self.display.show_snapshot(self.snapshot, now)

    def arrival_counts_text(self, rows: list[ArrivalRow]) -> str:
        """``To check in today: 12 (2 late, 3 no-show?)`` — late and no-show rows sit at the bottom."""
        late = sum(1 for r in rows if r.state == ArrivalState.LATE)
        no_show = sum(1 for r in rows if r.state == ArrivalState.NO_SHOW)
        if not (late or no_show):
            return self.tr("To check in today: {count}").format(count=len(rows))
        return self.tr("To check in today: {count} ({late} late, {no_show} no-show?)").format(
            count=len(rows), late=late, no_show=no_show
        )

    def counts_text(self, waiting: int, over: int) -> str:
        """``12 waiting, 2 over 15 min``."""
        return self.tr("{waiting} waiting, {over} over 15 min").format(waiting=waiting, over=over)

    # ------------------------------------------------------------------ selection helpers
    def _selected(self, view: QTableView, model: RowTableModel):  # type: ignore[no-untyped-def,type-arg]
        index = view.currentIndex()
        if index.isValid() and index.row() < model.rowCount():
            return model.row_at(index.row())
        return model.row_at(0) if model.rowCount() else None

    def _run(self, service, *args, write_lock: bool = False, **kwargs) -> bool:  # type: ignore[no-untyped-def]
        try:
            self.ctx.run(service, *args, write_lock=write_lock, **kwargs)
        except DomainError as exc:
            common.show_error(self, exc)
            return False
        self.ctx.signals.data_changed.emit("reception")
        self.refresh()
        return True

    # ------------------------------------------------------------------ actions
    def _bring_forward(self) -> None:
        """F2/F3 work from any tab: show this one first (it refreshes when shown)."""
        window = self.ctx.extras.get("main_window")
        tabs = getattr(window, "tab_widget", None)
        if tabs is not None and tabs.currentWidget() is not self:
            tabs.setCurrentWidget(self)

    def check_in_key(self) -> None:
        """F3: bring the check-in list forward on the booking nearest to now; pressed again there, check in."""
        self._bring_forward()
        if self.arrival_view.hasFocus() and self.arrival_view.currentIndex().isValid():
            self.check_in()
            return
        self.refresh()  # "now" moves on: the nearest booking is judged afresh
        self.arrival_view.setFocus()
        target = self.snapshot.check_in_row if self.snapshot is not None else None
        if target is None:
            self.arrival_view.clearSelection()
            self.arrival_view.setCurrentIndex(self.arrival_model.index(-1, -1))
        else:
            self.arrival_view.selectRow(target)

    def _selected_arrival(self) -> ArrivalRow | None:
        index = self.arrival_view.currentIndex()
        if index.isValid() and index.row() < self.arrival_model.rowCount():
            return self.arrival_model.row_at(index.row())
        return None

    def _update_no_show_button(self, *_args: object) -> None:
        row = self._selected_arrival()
        self.no_show_button.setEnabled(row is not None and row.state == ArrivalState.NO_SHOW)

    def mark_no_show(self) -> None:
        """Del: the selected no-show candidate did not come (one step; checking in later still works)."""
        row = self._selected_arrival()
        if row is None or row.state != ArrivalState.NO_SHOW:
            return
        if self._run(appointment_service.mark_no_show, row.appointment_id, write_lock=True):
            self.ctx.signals.data_changed.emit("appointments")

    def check_in(self) -> None:
        """Check in the selected booking (one action: records the arrival); never a row nobody chose."""
        row = self._selected_arrival()
        if row is None:
            common.show_info(self, self.tr("No booking selected. Walk-ins: press F2."))
            return
        if self._run(reception_service.check_in, row.appointment_id, write_lock=True):
            self.waiting_view.setFocus()

    def new_walk_in(self) -> None:
        """F2: add a walk-in (existing customer or name and phone)."""
        self._bring_forward()
        dialog = WalkInDialog(self.ctx, self.snapshot, self)
        if dialog.exec() == WalkInDialog.DialogCode.Accepted:
            self.ctx.signals.data_changed.emit("reception")
            self.refresh()

    def start_service(self) -> None:
        """F6: start the selected waiting customer (technician preselected; Enter starts)."""
        row = self._selected(self.waiting_view, self.waiting_model)
        if row is None or self.snapshot is None:
            common.show_info(self, self.tr("Nobody is waiting."))
            return
        dialog = StartServiceDialog(self.ctx, row, self.snapshot, self)
        if dialog.exec() == StartServiceDialog.DialogCode.Accepted:
            self.refresh()
            self.service_view.setFocus()

    def finish_service(self) -> None:
        """F7: finish the selected service, write the record, then turn the rating to the customer."""
        row = self._selected(self.service_view, self.service_model)
        if row is None:
            common.show_info(self, self.tr("Nobody is being served."))
            return
        dialog = FinishDialog(self.ctx, row, self)
        if dialog.exec() != FinishDialog.DialogCode.Accepted:
            return
        self.refresh()
        self.ask_rating(row.visit_id)

    def ask_rating(self, visit_id: int) -> None:
        """The customer-facing rating (skippable)."""
        rating = RatingDialog(self.ctx, visit_id, self)
        rating.exec()
        self.refresh()

    def rate_selected(self) -> None:
        """Rate a finished visit that was not rated at the time."""
        row = self._selected(self.finished_view, self.finished_model)
        if row is None:
            return
        if row.rated:
            common.show_info(self, self.tr("This visit has already been rated."))
            return
        self.ask_rating(row.visit_id)

    def left_without_service(self) -> None:
        """F8: the selected waiting customer left (R5); asks first."""
        row = self._selected(self.waiting_view, self.waiting_model)
        if row is None:
            return
        if not common.confirm(
            self,
            self.tr("Left without service"),
            self.tr("Record that {name} left without service?").format(name=row.name),
            destructive=True,
        ):
            return
        self._run(reception_service.mark_left, row.visit_id, write_lock=True)

    def recheck(self) -> None:
        """F9: a re-check/adjustment for the selected customer (free within 7 days)."""
        row = None
        for view, model in (
            (self.finished_view, self.finished_model),
            (self.waiting_view, self.waiting_model),
            (self.service_view, self.service_model),
        ):
            if view.hasFocus():
                row = self._selected(view, model)
        customer_id = getattr(row, "customer_id", None)
        name = getattr(row, "name", "")
        if customer_id is None:
            picker = WalkInDialog(self.ctx, self.snapshot, self, pick_only=True)
            if picker.exec() != WalkInDialog.DialogCode.Accepted or picker.customer_id is None:
                return
            customer_id, name = picker.customer_id, picker.customer_name
        dialog = RecheckDialog(self.ctx, customer_id, name, self)
        if dialog.exec() == RecheckDialog.DialogCode.Accepted:
            result = dialog.result_value
            if result is not None and not result.within_window:
                common.show_info(self, self.tr("More than 7 days after the service: the re-check is recorded as late."))
            self.refresh()

    def toggle_display(self) -> None:
        """F10: the customer-facing queue window (large type, shortened names)."""
        if self.display is not None and self.display.isVisible():
            self.display.close()
            return
        if self.display is None:
            self.display = QueueDisplay(
                DisplayWords(
                    title=self.tr("Welcome — we will call you shortly"),
                    waiting=self.tr("Waiting"),
                    serving=self.tr("Now being served"),
                    empty=self.tr("No one is waiting"),
                    minutes=self.tr("{minutes} min"),
                )
            )
        self.display.show()
        self.tick()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Close the customer display with the tab."""
        if self.display is not None:
            self.display.close()
        super().closeEvent(event)
