"""The appointment book's time grid: one column per technician (day view) or per day (week view).

Pure drawing and gestures; it holds no database access. The tab hands it columns and
:class:`~salondesk.queries.appointments.AppointmentRow` s and listens to its signals:

* ``slot_activated(key, start)`` — double-click / Enter on a free slot (book here);
* ``slot_typed(key, start, text)`` — typing on a free slot: book here, searching for the text;
* ``appointment_activated(id)`` — double-click / Enter on a block (edit);
* ``move_requested(id, key, start)`` — a block dragged to another time or column;
* ``resize_requested(id, end)`` — a block's bottom edge dragged;
* ``context_requested(id, global_pos)`` — right-click / menu key on a block.

Keyboard: arrows move the slot cursor (15 min / one column), Enter activates,
Home jumps to the first working slot. Colours follow ux.md, always with a word.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from salondesk.domain.appointments import DAY_VIEW_WORDS, STATUS_LABELS, AppointmentStatus
from salondesk.domain.schedule import Span
from salondesk.queries.appointments import AppointmentRow
from salondesk.ui.dialogs.reception.dialogs import device_out_words

SLOT_MIN = 15
GUTTER = 52  # time labels
HEADER = 34
MIN_COLUMN = 110
EDGE = 6  # px of a block's bottom that resizes

# (border/text, fill) per status: blue booked, teal confirmed, amber waiting, purple in service,
# green done, grey cancelled, red no-show / left. Always drawn with the status word.
STATUS_COLOURS: dict[AppointmentStatus, tuple[str, str]] = {
    AppointmentStatus.BOOKED: ("#1a56a8", "#dce8fa"),
    AppointmentStatus.CONFIRMED: ("#0b6b6b", "#d4f0ee"),
    AppointmentStatus.ARRIVED: ("#8a5a00", "#fff1cc"),
    AppointmentStatus.IN_SERVICE: ("#6a3fa0", "#ece2f8"),
    AppointmentStatus.DONE: ("#1e7b34", "#e3f4e6"),
    AppointmentStatus.CANCELLED: ("#5f6368", "#eceff1"),
    AppointmentStatus.NO_SHOW: ("#b3261e", "#fde4e2"),
    AppointmentStatus.LEFT: ("#b3261e", "#fde4e2"),
}


def words(key: str) -> str:
    """A day-view word in the UI language."""
    return QCoreApplication.translate("DayView", DAY_VIEW_WORDS[key])


def status_word(status: AppointmentStatus) -> str:
    """The status in the UI language."""
    return QCoreApplication.translate("AppointmentStatus", STATUS_LABELS[status])


@dataclass(frozen=True)
class GridColumn:
    """One column: its key (staff id or date), title, the local day it shows and its working spans."""

    key: Hashable
    title: str
    day: date
    work: tuple[Span, ...] = ()
    breaks: tuple[Span, ...] = ()


@dataclass(frozen=True)
class _Block:
    row: AppointmentRow
    rect: QRectF
    buffer_rect: QRectF | None


class DayView(QWidget):
    """The time grid (put it in a QScrollArea; it sizes itself to the hours shown)."""

    slot_activated = Signal(object, object)  # column key, start (aware UTC datetime)
    slot_typed = Signal(object, object, str)  # typing on a free slot: book here, search for the text
    appointment_activated = Signal(int)
    move_requested = Signal(int, object, object)  # id, column key, new start
    resize_requested = Signal(int, object)  # id, new end
    context_requested = Signal(int, QPoint)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.tz = ZoneInfo("UTC")
        self.columns: list[GridColumn] = []
        self.rows: list[AppointmentRow] = []
        self.column_of: Callable[[AppointmentRow], Hashable] = lambda row: row.staff_id
        self.first_hour = 9
        self.last_hour = 21
        self.px_per_min = 1.3
        self.now: datetime | None = None
        self.lang = "en"
        self.cursor_col = 0
        self.cursor_min = 60  # minutes after first_hour
        self.selected_id: int | None = None
        self._blocks: list[_Block] = []
        self._drag: tuple[str, _Block, QPointF] | None = None  # ("move" | "resize", block, press pos)
        self._drag_to: tuple[Hashable, datetime, datetime] | None = None
        self._recompute_height()

    # ------------------------------------------------------------------ data
    def set_data(
        self,
        columns: Sequence[GridColumn],
        rows: Sequence[AppointmentRow],
        tz: ZoneInfo,
        *,
        now: datetime | None = None,
        first_hour: int = 9,
        last_hour: int = 21,
        column_of: Callable[[AppointmentRow], Hashable] | None = None,
        lang: str = "en",
    ) -> None:
        """Show ``rows`` in ``columns``; ``now`` draws the current-time line when it falls on a shown day."""
        self.columns = list(columns)
        self.rows = list(rows)
        self.tz = tz
        self.now = now
        self.first_hour, self.last_hour = first_hour, max(first_hour + 1, last_hour)
        self.column_of = column_of or (lambda row: row.staff_id)
        self.lang = lang
        self.cursor_col = min(self.cursor_col, max(0, len(self.columns) - 1))
        if self.selected_id is not None and all(r.id != self.selected_id for r in self.rows):
            self.selected_id = None
        self._recompute_height()
        self._layout_blocks()
        self.update()

    def set_now(self, now: datetime) -> None:
        """Move the current-time line."""
        self.now = now
        self.update()

    def selected_row(self) -> AppointmentRow | None:
        """The appointment under the selection, if any."""
        return next((r for r in self.rows if r.id == self.selected_id), None)

    def cursor_slot(self) -> tuple[Hashable, datetime] | None:
        """The (column key, start) under the slot cursor."""
        if not self.columns:
            return None
        column = self.columns[self.cursor_col]
        return column.key, self._instant(column.day, self.cursor_min)

    def select_slot(self, key: Hashable, start: datetime) -> None:
        """Put the slot cursor on ``key`` at ``start`` (tests and "book from customer file")."""
        for index, column in enumerate(self.columns):
            if column.key == key:
                self.cursor_col = index
                self.cursor_min = int(self._minutes(column.day, start))
        self.selected_id = None
        self.update()

    # ------------------------------------------------------------------ geometry
    def _recompute_height(self) -> None:
        minutes = (self.last_hour - self.first_hour) * 60
        self.setMinimumHeight(int(HEADER + minutes * self.px_per_min + 8))
        self.setMinimumWidth(GUTTER + MIN_COLUMN * max(1, len(self.columns)))

    def sizeHint(self) -> QSize:
        """Wide enough for every column, tall enough for every hour."""
        return QSize(GUTTER + MIN_COLUMN * max(1, len(self.columns)), self.minimumHeight())

    def _col_width(self) -> float:
        return max(MIN_COLUMN, (self.width() - GUTTER) / max(1, len(self.columns)))

    def _col_x(self, index: int) -> float:
        return GUTTER + index * self._col_width()

    def _instant(self, day: date, minutes: float) -> datetime:
        local = datetime.combine(day, time(self.first_hour), tzinfo=self.tz) + timedelta(minutes=minutes)
        return local.astimezone(UTC)

    def _minutes(self, day: date, instant: datetime) -> float:
        origin = datetime.combine(day, time(self.first_hour), tzinfo=self.tz)
        return (instant - origin).total_seconds() / 60

    def _y(self, minutes: float) -> float:
        return HEADER + minutes * self.px_per_min

    def _layout_blocks(self) -> None:
        self._blocks = []
        index_of = {c.key: i for i, c in enumerate(self.columns)}
        by_column: dict[int, list[AppointmentRow]] = {}
        for row in self.rows:
            col = index_of.get(self.column_of(row))
            if col is not None:
                by_column.setdefault(col, []).append(row)
        width = self._col_width()
        for col, rows in by_column.items():
            day = self.columns[col].day
            # Cancelled blocks sit in a narrow lane on the right so live ones stay readable.
            live = [r for r in rows if r.status != AppointmentStatus.CANCELLED]
            dead = [r for r in rows if r.status == AppointmentStatus.CANCELLED]
            lanes = self._lanes(live)
            lane_count = max([*lanes.values(), 0]) + 1
            live_width = width - 8 - (14 if dead else 0)
            for row in live:
                lane = lanes[row.id]
                x = self._col_x(col) + 3 + lane * live_width / lane_count
                self._add_block(row, day, x, live_width / lane_count - 2)
            for row in dead:
                self._add_block(row, day, self._col_x(col) + width - 15, 12)

    def _add_block(self, row: AppointmentRow, day: date, x: float, w: float) -> None:
        top = self._y(self._minutes(day, row.start))
        bottom = self._y(self._minutes(day, row.end))
        rect = QRectF(x, top, max(8.0, w), max(14.0, bottom - top))
        buffer_rect = None
        until = max(row.technician_until, row.station_until)
        if until > row.end:
            buffer_rect = QRectF(x, bottom, max(8.0, w), self._y(self._minutes(day, until)) - bottom)
        self._blocks.append(_Block(row, rect, buffer_rect))

    @staticmethod
    def _lanes(rows: list[AppointmentRow]) -> dict[int, int]:
        """Side-by-side lanes for overlapping (overridden) bookings."""
        lanes: dict[int, int] = {}
        ends: list[datetime] = []
        for row in sorted(rows, key=lambda r: (r.start, r.id)):
            for lane, end in enumerate(ends):
                if end <= row.start:
                    ends[lane] = row.end
                    lanes[row.id] = lane
                    break
            else:
                ends.append(row.end)
                lanes[row.id] = len(ends) - 1
        return lanes

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Columns stretch with the window."""
        super().resizeEvent(event)
        self._layout_blocks()

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:
        """Grid, working hours, breaks, blocks, the slot cursor and the current-time line."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#f4f5f7"))
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.9))
        total_min = (self.last_hour - self.first_hour) * 60
        bottom = self._y(total_min)
        width = self._col_width()
        if not self.columns:
            painter.setPen(QColor("#5f6368"))
            painter.drawText(
                self.rect().adjusted(20, 20, -20, -20),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                words("no_technicians"),
            )
            return
        # working time white, the rest grey; breaks hatched
        for i, column in enumerate(self.columns):
            x = self._col_x(i)
            for span in column.work:
                top = self._y(max(0.0, self._minutes(column.day, span.start)))
                end = self._y(min(float(total_min), self._minutes(column.day, span.end)))
                painter.fillRect(QRectF(x, top, width, end - top), QColor("#ffffff"))
            for span in column.breaks:
                top = self._y(self._minutes(column.day, span.start))
                end = self._y(self._minutes(column.day, span.end))
                rect = QRectF(x, top, width, end - top)
                painter.fillRect(rect, QBrush(QColor("#d5d8dc"), Qt.BrushStyle.BDiagPattern))
                painter.setPen(QColor("#5f6368"))
                painter.setFont(small)
                painter.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, words("break"))
            if not column.work:
                painter.setPen(QColor("#5f6368"))
                painter.setFont(small)
                painter.drawText(QRectF(x, HEADER + 6, width, 20), Qt.AlignmentFlag.AlignHCenter, words("off"))
        # hour and half-hour lines, time labels
        painter.setFont(small)
        for minute in range(0, total_min + 1, 30):
            y = self._y(minute)
            painter.setPen(QPen(QColor("#c7ccd1" if minute % 60 == 0 else "#e3e6e9"), 1))
            painter.drawLine(QPointF(GUTTER, y), QPointF(self.width(), y))
            if minute % 60 == 0 and minute < total_min:
                painter.setPen(QColor("#3c4043"))
                painter.drawText(
                    QRectF(0, y - 2, GUTTER - 6, 16),
                    Qt.AlignmentFlag.AlignRight,
                    f"{self.first_hour + minute // 60:02d}:00",
                )
        for i in range(len(self.columns) + 1):
            painter.setPen(QPen(QColor("#c7ccd1"), 1))
            painter.drawLine(QPointF(self._col_x(i), 0), QPointF(self._col_x(i), bottom))
        # slot cursor
        if self.selected_id is None and self.hasFocus():
            cy = self._y(self.cursor_min)
            painter.setPen(QPen(QColor("#1a56a8"), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(
                QRectF(self._col_x(self.cursor_col) + 2, cy + 1, width - 4, SLOT_MIN * self.px_per_min - 2)
            )
        # blocks
        for block in self._blocks:
            self._paint_block(painter, block, base, small)
        # drag preview
        if self._drag is not None and self._drag_to is not None:
            key, drag_start, drag_end = self._drag_to
            index = next((i for i, c in enumerate(self.columns) if c.key == key), None)
            if index is not None:
                day = self.columns[index].day
                top, bot = self._y(self._minutes(day, drag_start)), self._y(self._minutes(day, drag_end))
                painter.setPen(QPen(QColor("#1a56a8"), 2, Qt.PenStyle.DashLine))
                painter.setBrush(QColor(26, 86, 168, 40))
                painter.drawRect(QRectF(self._col_x(index) + 3, top, width - 8, bot - top))
                painter.setFont(small)
                painter.drawText(
                    QRectF(self._col_x(index) + 6, top + 2, width - 12, 16),
                    Qt.AlignmentFlag.AlignLeft,
                    f"{drag_start.astimezone(self.tz):%H:%M}–{drag_end.astimezone(self.tz):%H:%M}",
                )
        # current time
        if self.now is not None:
            for i, column in enumerate(self.columns):
                minutes = self._minutes(column.day, self.now)
                if 0 <= minutes <= total_min:
                    y = self._y(minutes)
                    painter.setPen(QPen(QColor("#d93025"), 2))
                    painter.drawLine(QPointF(self._col_x(i), y), QPointF(self._col_x(i) + width, y))
                    painter.setFont(small)
                    painter.drawText(
                        QRectF(2, y - 8, GUTTER - 6, 16),
                        Qt.AlignmentFlag.AlignRight,
                        f"{self.now.astimezone(self.tz):%H:%M}",
                    )
        self._paint_header(painter, base, width)
        painter.end()

    def _header_top(self) -> float:
        return float(self.visibleRegion().boundingRect().top())

    def _paint_header(self, painter: QPainter, base: QFont, width: float) -> None:
        """Technician (or day) names, drawn last at the top of the visible part: they stay put while hours scroll."""
        top = self._header_top()
        painter.fillRect(QRectF(0, top, self.width(), HEADER), QColor("#e8eaed"))
        bold = QFont(base)
        bold.setBold(True)
        painter.setFont(bold)
        metrics = QFontMetrics(bold)
        for i, column in enumerate(self.columns):
            painter.setPen(QColor("#202124"))
            title = metrics.elidedText(column.title, Qt.TextElideMode.ElideRight, int(width - 8))
            painter.drawText(QRectF(self._col_x(i) + 4, top, width - 8, HEADER), Qt.AlignmentFlag.AlignCenter, title)

    def _paint_block(self, painter: QPainter, block: _Block, base: QFont, small: QFont) -> None:
        row = block.row
        border, fill = STATUS_COLOURS[row.status]
        if block.buffer_rect is not None:
            painter.fillRect(block.buffer_rect, QBrush(QColor(border), Qt.BrushStyle.Dense6Pattern))
        selected = row.id == self.selected_id
        painter.setPen(QPen(QColor("#202124") if selected else QColor(border), 3 if selected else 1))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(block.rect, 3, 3)
        painter.fillRect(QRectF(block.rect.x(), block.rect.y(), 4, block.rect.height()), QColor(border))
        if block.rect.width() < 30:
            return
        inner = block.rect.adjusted(7, 2, -3, -2).toRect()
        metrics = QFontMetrics(small)
        line_h = metrics.height()
        lines: list[tuple[str, QColor, bool]] = []
        name = row.customer_name or words("walk_in")
        lines.append((f"{row.start.astimezone(self.tz):%H:%M} {name}", QColor("#202124"), True))
        if row.warning:
            lines.append(("⚠ " + words("warning"), QColor("#b3261e"), True))
        lines.extend(("⚠ " + device_out_words(d, self.tz), QColor("#b3261e"), True) for d in row.devices_out)
        service = row.service_name_zh if self.lang.startswith("zh") and row.service_name_zh else row.service_name
        lines.append((service, QColor("#3c4043"), False))
        lines.append((status_word(row.status), QColor(border), True))
        fits = max(1, int((inner.height() + 2) // line_h))
        if fits < len(lines):  # too short for every line: the status word joins the first line
            status_line = lines.pop()
            lines[0] = (f"{lines[0][0]} · {status_line[0]}", lines[0][1], True)
            if (row.warning or row.devices_out) and fits == 1:
                lines = [(f"{lines[0][0]} · ⚠ {words('warning')}", QColor("#b3261e"), True)]
        y = inner.top()
        for text, colour, strong in lines:
            if y + line_h > inner.bottom() + 2 and y != inner.top():
                break
            font = QFont(small)
            font.setBold(strong)
            painter.setFont(font)
            painter.setPen(colour)
            elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(QRect(inner.left(), y, inner.width(), line_h), Qt.AlignmentFlag.AlignLeft, elided)
            y += line_h

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        """Tooltips: the whole appointment in words (narrow and cancelled blocks show little)."""
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QToolTip

        if event.type() == QEvent.Type.ToolTip:
            block = self.block_at(QPointF(event.pos()))
            if block is None:
                QToolTip.hideText()
                return True
            row = block.row
            text = (
                f"{row.start.astimezone(self.tz):%H:%M}–{row.end.astimezone(self.tz):%H:%M}  "
                f"{row.customer_name}  {row.phone}\n{row.service_name} {row.service_name_zh}\n"
                f"{row.staff_name} · {status_word(row.status)}"
            )
            if row.warning:
                text += "\n⚠ " + words("warning")
            for device in row.devices_out:
                text += "\n⛔ " + device_out_words(device, self.tz)
            if row.notes:
                text += "\n" + row.notes
            QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    # ------------------------------------------------------------------ hit testing
    def block_at(self, pos: QPointF) -> _Block | None:
        """The top-most block under ``pos`` (none under the header)."""
        if pos.y() < self._header_top() + HEADER:
            return None
        for block in reversed(self._blocks):
            if block.rect.contains(pos):
                return block
        return None

    def _slot_at(self, pos: QPointF) -> tuple[int, float] | None:
        if pos.x() < GUTTER or pos.y() < max(HEADER, self._header_top() + HEADER) or not self.columns:
            return None
        index = int((pos.x() - GUTTER) // self._col_width())
        if not 0 <= index < len(self.columns):
            return None
        minutes = (pos.y() - HEADER) / self.px_per_min
        snapped = int(minutes // SLOT_MIN) * SLOT_MIN
        return index, max(0, min(snapped, (self.last_hour - self.first_hour) * 60 - SLOT_MIN))

    # ------------------------------------------------------------------ mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Select a block (and start a drag) or move the slot cursor."""
        self.setFocus()
        pos = event.position()
        block = self.block_at(pos)
        if block is not None:
            self.selected_id = block.row.id
            if event.button() == Qt.MouseButton.LeftButton and block.row.status in (
                AppointmentStatus.BOOKED,
                AppointmentStatus.CONFIRMED,
            ):
                mode = "resize" if block.rect.bottom() - pos.y() <= EDGE else "move"
                self._drag = (mode, block, pos)
        else:
            self.selected_id = None
            slot = self._slot_at(pos)
            if slot is not None:
                self.cursor_col, self.cursor_min = slot[0], int(slot[1])
        self.selection_changed.emit()
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Drag preview; the resize cursor over a bottom edge."""
        pos = event.position()
        if self._drag is None:
            block = self.block_at(pos)
            near_edge = block is not None and block.rect.bottom() - pos.y() <= EDGE
            self.setCursor(Qt.CursorShape.SizeVerCursor if near_edge else Qt.CursorShape.ArrowCursor)
            return
        mode, block, pressed = self._drag
        if (pos - pressed).manhattanLength() < 4:
            return
        row = block.row
        index = next(i for i, c in enumerate(self.columns) if c.key == self.column_of(row))
        day = self.columns[index].day
        delta = round((pos.y() - pressed.y()) / self.px_per_min / SLOT_MIN) * SLOT_MIN
        if mode == "resize":
            end = row.end + timedelta(minutes=delta)
            end = max(end, row.start + timedelta(minutes=SLOT_MIN))
            self._drag_to = (self.columns[index].key, row.start, end)
        else:
            slot = self._slot_at(QPointF(pos.x(), max(pos.y(), HEADER)))
            target = slot[0] if slot is not None else index
            start = row.start + timedelta(minutes=delta)
            self._drag_to = (self.columns[target].key, start, start + (row.end - row.start))
            del day
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Finish a drag: ask the tab to move or resize (the service decides)."""
        drag, target = self._drag, self._drag_to
        self._drag, self._drag_to = None, None
        if drag is not None and target is not None:
            mode, block, _ = drag
            key, start, end = target
            if mode == "resize" and end != block.row.end:
                self.resize_requested.emit(block.row.id, end)
            elif mode == "move" and (start != block.row.start or key != self.column_of(block.row)):
                self.move_requested.emit(block.row.id, key, start)
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Double-click: edit a block, or book the free slot."""
        block = self.block_at(event.position())
        if block is not None:
            self.appointment_activated.emit(block.row.id)
            return
        slot = self._slot_at(event.position())
        if slot is not None:
            self.cursor_col, self.cursor_min = slot[0], int(slot[1])
            self._activate_slot()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right-click on a block: the tab shows its menu."""
        block = self.block_at(QPointF(event.pos()))
        if block is None and event.reason() == QContextMenuEvent.Reason.Keyboard and self.selected_id is not None:
            self.context_requested.emit(self.selected_id, event.globalPos())
            return
        if block is not None:
            self.selected_id = block.row.id
            self.update()
            self.context_requested.emit(block.row.id, event.globalPos())

    # ------------------------------------------------------------------ keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows move the slot cursor; Enter books the slot or opens the selected block; Tab cycles blocks."""
        key = event.key()
        total = (self.last_hour - self.first_hour) * 60
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected_id is not None:
                self.appointment_activated.emit(self.selected_id)
            else:
                self._activate_slot()
            return
        if key == Qt.Key.Key_Up:
            self.cursor_min = max(0, self.cursor_min - SLOT_MIN)
        elif key == Qt.Key.Key_Down:
            self.cursor_min = min(total - SLOT_MIN, self.cursor_min + SLOT_MIN)
        elif key == Qt.Key.Key_Left:
            self.cursor_col = max(0, self.cursor_col - 1)
        elif key == Qt.Key.Key_Right:
            self.cursor_col = min(len(self.columns) - 1, self.cursor_col + 1)
        elif key == Qt.Key.Key_Home and self.columns:
            work = self.columns[self.cursor_col].work
            self.cursor_min = int(self._minutes(self.columns[self.cursor_col].day, work[0].start)) if work else 60
        elif key == Qt.Key.Key_Escape:
            self.selected_id = None
        elif event.text().strip() and event.text().isprintable() and self.selected_id is None:
            slot = self.cursor_slot()
            if slot is not None:  # type a phone tail or a name on a free slot: book it for that customer
                self.slot_typed.emit(slot[0], slot[1], event.text())
            return
        else:
            super().keyPressEvent(event)
            return
        # a block under the cursor becomes the selection
        self.selected_id = None
        slot = self.cursor_slot()
        if slot is not None:
            for block in self._blocks:
                if (
                    self.column_of(block.row) == slot[0]
                    and block.row.start <= slot[1] < block.row.end
                    and block.row.status != AppointmentStatus.CANCELLED
                ):
                    self.selected_id = block.row.id
        self.selection_changed.emit()
        self.update()

    def _activate_slot(self) -> None:
        slot = self.cursor_slot()
        if slot is not None:
            self.slot_activated.emit(slot[0], slot[1])
