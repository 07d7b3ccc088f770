"""The counter search: one box, results as you type, keyboard only.

Embed it anywhere a customer is picked (reception, booking, complaints)::

    search = CustomerSearchWidget(ctx)
    search.customer_chosen.connect(self.open_customer)   # int: customer id
    search.focus()                                        # e.g. from Ctrl+F

Type → results after a short pause (or at once on Enter); ↓ moves into the list;
Enter (in the box: the first/selected row) or a double click chooses.

While typing, the search runs off the GUI thread at once on every key: one search at a
time, the newest text next (a result for text that has since changed is dropped), so no
key waits for the database. A search costs 1-3 ms even over 200,000 customers (issue 18),
so there is no pause before it. When more than ``limit`` match, the first ``limit`` show
at once and the exact count follows in the background once typing has paused (counting
34,000 matches of "li" takes ~50 ms: not for every key).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salondesk.domain.errors import DomainError
from salondesk.queries.access import staff_is_active
from salondesk.queries.customers import CustomerHit, SearchResult, count_customers, search_customers
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext, failure_text
from salondesk.ui.models.table_model import Column, RowTableModel
from salondesk.ui.tasks import LatestOnly, TaskRunner
from salondesk.ui.widgets.common import State, day_text, state_foreground

SEARCH_DELAY_MS = 0  # a search is cheap and runs off the GUI thread, one at a time: keys need no pause
COUNT_DELAY_MS = 300  # the exact count of a long list waits for a pause in typing


class CustomerSearchWidget(QWidget):
    """Search box + results with counts; emits :attr:`customer_chosen` with the customer's id."""

    customer_chosen = Signal(int)
    results_changed = Signal(int)  # total matches

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, limit: int = 50, pick_on_click: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.limit = limit
        self.result: SearchResult | None = None
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Name, pinyin (zw), last 4 phone digits or member number"))
        self.edit.setToolTip(self.tr("Ctrl+F. Type, then ↓ and Enter to open."))
        self.count_label = QLabel()
        self.model: RowTableModel[CustomerHit] = RowTableModel(self._columns(), self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self._fit_columns()
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label.setStyleSheet("color: #5f6368; padding: 8px;")
        top = QHBoxLayout()
        top.addWidget(self.edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)  # 0: the keys of one event-loop pass make one search
        self.timer.timeout.connect(self._search_in_background)
        self.count_timer = QTimer(self)
        self.count_timer.setSingleShot(True)
        self.count_timer.setInterval(COUNT_DELAY_MS)
        self.count_timer.timeout.connect(self._count_in_background)
        self.tasks: TaskRunner = ctx.extras.get("tasks") or TaskRunner(self)
        self.searcher = LatestOnly(
            self, self.tasks, self.edit.text, self._search_job, self._search_done, self._search_failed
        )
        self._counting: str | None = None  # the text whose matches are being counted
        self.edit.textChanged.connect(lambda _t: self.timer.start())
        self.edit.installEventFilter(self)
        self.view.installEventFilter(self)
        self.view.doubleClicked.connect(lambda index: self._choose_row(index.row()))
        if pick_on_click:  # a picker inside a form: one click chooses (a list of its own highlights first)
            self.view.clicked.connect(lambda index: self._choose_row(index.row()))
        self._show_state()

    # ------------------------------------------------------------------ API
    def focus(self) -> None:
        """Put the cursor in the search box with its text selected (Ctrl+F)."""
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def set_text(self, text: str) -> None:
        """Search for ``text`` now (tests, "find this phone" from elsewhere)."""
        self.edit.setText(text)
        self.search_now()

    def current_customer_id(self) -> int | None:
        """The selected row's customer (else the first result)."""
        rows = self.model.rows()
        if not rows:
            return None
        index = self.view.currentIndex()
        return rows[index.row()].id if index.isValid() else rows[0].id

    def search_now(self) -> None:
        """Run the search for the box's text now, on this thread (Enter, refresh; skipping the debounce)."""
        self.timer.stop()
        text = self.edit.text()
        if not text.strip() or self.ctx.actor is None:
            self._show_result(None)
            return
        try:
            self._show_result(self.ctx.query(search_customers, self.ctx.require_actor(), text, self.limit))
        except DomainError as exc:
            self._show_error(exc)

    def is_searching(self) -> bool:
        """True while a search or a count for the box runs in the background."""
        return self.searcher.busy() or self._counting is not None or self.count_timer.isActive()

    # ------------------------------------------------------------------ background search
    def _search_in_background(self) -> None:
        """After a key: search off the GUI thread (the newest text once the running one is done)."""
        self.timer.stop()
        self.searcher.request()

    def _search_job(self, text: str) -> Callable[[], tuple[bool, SearchResult]] | None:
        """The search for ``text`` to run in the pool (none for an empty box: the hint shows at once)."""
        actor = self.ctx.actor
        if not text.strip() or actor is None:
            self._show_result(None)
            return None
        new_uow, limit = self.ctx.new_uow, self.limit

        def work() -> tuple[bool, SearchResult]:
            active = staff_is_active(new_uow(), actor)
            return active, search_customers(new_uow(), actor, text, limit)

        return work

    def _search_done(self, outcome: tuple[bool, SearchResult]) -> None:
        active, result = outcome
        if not active:
            self.ctx.signals.staff_deactivated.emit()
            return
        if self.ctx.actor is not None:
            self._show_result(result)

    def _search_failed(self, exc: BaseException) -> None:
        self._show_error(exc)

    def _uncounted(self) -> str | None:
        """The text of the list on screen when it still waits for its exact count."""
        result = self.result
        if result is None or result.total is not None or result.query != self.edit.text():
            return None
        return result.query

    def _count_in_background(self) -> None:
        """Count the matches of the list on screen (one count at a time; a later list waits for it)."""
        text = self._uncounted()
        if text is None or self._counting is not None or self.ctx.actor is None:
            return
        self._counting = text
        new_uow, actor = self.ctx.new_uow, self.ctx.actor

        def work() -> tuple[str, int]:
            return text, count_customers(new_uow(), actor, text)

        self.tasks.submit(work, self._count_done, self._count_failed)

    def _count_failed(self, _exc: BaseException) -> None:
        self._counting = None  # the list keeps "more than 50"

    def _count_done(self, counted: tuple[str, int]) -> None:
        text, total = counted
        self._counting = None
        if self._uncounted() != text:
            if self._uncounted() is not None:
                self.count_timer.start()  # the box moved on to another long list meanwhile
            return
        result = self.result
        assert result is not None
        self.result = SearchResult(result.query, result.hits, total)
        self._show_state()
        self.results_changed.emit(total)

    def _show_result(self, result: SearchResult | None) -> None:
        self.result = result
        self.model.set_rows(result.hits if result else [])
        if result is not None and result.hits:
            self.view.selectRow(0)
        if result is not None and result.total is None:
            self.count_timer.start()  # restarted by every list shown while typing
        self._show_state()
        self.results_changed.emit(self._known_total())

    def _show_error(self, exc: BaseException) -> None:
        """A refused search (its message) or database trouble (in words): no rows, nothing else changes."""
        self.result = None
        self.model.set_rows([])
        self.count_label.setText("")
        self.view.setVisible(False)
        self.empty_label.setVisible(True)
        self.empty_label.setText(failure_text(exc))

    def _known_total(self) -> int:
        if self.result is None:
            return 0
        return self.result.total if self.result.total is not None else len(self.result.hits)

    # ------------------------------------------------------------------ internals
    def _fit_columns(self) -> None:
        """Column widths from the font, not from the rows; the name takes the rest.

        Fitting 50 rows to their contents took the GUI thread 45-65 ms whenever a list
        appeared, while the box is being typed in.
        """
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        cell, head = self.view.fontMetrics(), header.fontMetrics()
        today = day_text(self.ctx.clock.now(), salon_timezone(self.ctx.settings))
        widest = {1: "+86 000 0000 0000", 2: "M000000000", 3: today + "00"}
        for column, sample in widest.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, max(cell.horizontalAdvance(sample), head.horizontalAdvance(title)) + 24)

    def _columns(self) -> list[Column[CustomerHit]]:
        return [
            Column(
                self.tr("Name"),
                lambda r: ("⚠ " + r.name) if r.has_warning else r.name,
                foreground=lambda r: state_foreground(State.BAD) if r.has_warning else None,
                tooltip=lambda r: self.tr("Allergy or contraindication on file") if r.has_warning else None,
            ),
            Column(self.tr("Mobile"), lambda r: r.phone),
            Column(self.tr("Member no."), lambda r: r.member_number),
            Column(
                self.tr("Last visit"),
                lambda r: day_text(r.last_visit_at, salon_timezone(self.ctx.settings)),
                sort_key=lambda r: r.last_visit_at,
            ),
        ]

    def _show_state(self) -> None:
        result = self.result
        if result is None:
            self.count_label.setText("")
            self.empty_label.setText(
                self.tr(
                    "Type a name (张伟, Anna), pinyin or initials (zhangwei, zw), the last 4 digits of a phone "
                    "or a member number."
                )
            )
        elif result.total == 0:
            self.count_label.setText(self.tr("0 found"))
            self.empty_label.setText(
                self.tr("No customer matches “{text}”. Check the spelling, or open a new file with Ctrl+N.").format(
                    text=result.query.strip()
                )
            )
        elif result.total is None:
            self.count_label.setText(
                self.tr("More than {shown} found, first {shown} shown").format(shown=len(result.hits))
            )
        else:
            shown = len(result.hits)
            if shown < result.total:
                self.count_label.setText(
                    self.tr("{total} found, first {shown} shown").format(total=result.total, shown=shown)
                )
            else:
                self.count_label.setText(self.tr("{total} found").format(total=result.total))
        has_rows = bool(result and result.hits)
        self.view.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)

    def _choose_row(self, row: int) -> None:
        rows = self.model.rows()
        if 0 <= row < len(rows):
            self.customer_chosen.emit(rows[row].id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↓ from the box into the list, Enter chooses, Esc clears, typing in the list goes to the box."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.edit:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount() > 0:
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                self.view.selectRow(0)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive() or self.result is None or self.result.query != self.edit.text():
                    self.search_now()
                customer = self.current_customer_id()
                if customer is not None:
                    self.customer_chosen.emit(customer)
                return True
            if key == Qt.Key.Key_Escape and self.edit.text():
                self.edit.clear()
                return True
        elif watched is self.view:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose_row(self.view.currentIndex().row())
                return True
            if key == Qt.Key.Key_Up and self.view.currentIndex().row() <= 0:
                self.focus()
                return True
            if (
                event.text()
                and event.text().isprintable()
                and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            ):
                self.edit.setFocus()
                self.edit.insert(event.text())
                return True
        return super().eventFilter(watched, event)
