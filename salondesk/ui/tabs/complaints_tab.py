"""Complaints tab: "needs action now" with countdowns, one complaint's timeline, the weekly summary.

Every open complaint shows its next deadline as a countdown (green, amber with less
than a quarter of its time left, red when missed — always with words). A critical
complaint raises an owner alert that stays until the owner acknowledges it; the
tab also puts a chip in the main window's status bar with the number of complaints
past a deadline.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QModelIndex, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from salondesk.domain.calendar import local_date, week_period
from salondesk.domain.catalogue import display_name
from salondesk.domain.complaints import (
    CATEGORY_LABELS,
    CHANNEL_LABELS,
    DEADLINE_LABELS,
    ENTRY_LABELS,
    PRODUCT_OUTCOME_LABELS,
    REMEDY_LABELS,
    SEVERITY_LABELS,
    STATUS_LABELS,
    Category,
    Channel,
    ClockState,
    Deadline,
    EntryFacts,
    EntryKind,
    ProductOutcome,
    Remedy,
    Severity,
    Status,
    allowed_next_steps,
    format_remaining,
    step_refusal,
)
from salondesk.domain.errors import DomainError
from salondesk.domain.permissions import Permission
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.queries import complaints as q
from salondesk.queries.complaints import ComplaintDetail, ComplaintRow, EntryRow, WeeklySummary
from salondesk.services import complaints as svc
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext, error_text
from salondesk.ui.dialogs.complaints import ComplaintEntryDialog, ComplaintIntakeDialog, label
from salondesk.ui.dialogs.evidence_viewer import EvidenceViewer
from salondesk.ui.i18n import current_language
from salondesk.ui.models.table_model import Column, RowTableModel
from salondesk.ui.tabs.base import Tab
from salondesk.ui.widgets import common
from salondesk.ui.widgets.common import State, StatusChip, date_display_format, state_background, state_foreground

REFRESH_MS = 60_000  # countdowns move by the minute
VIEW_ACTION, VIEW_OPEN, VIEW_ALL, VIEW_WEEK = range(4)
ALL_DAYS = 400  # "all" shows the last 13 months

_CLOCK_STATE = {ClockState.OK: State.OK, ClockState.ATTENTION: State.ATTENTION, ClockState.MISSED: State.BAD}


def duration_text(delta: timedelta) -> str:
    """``2 d 3 h`` / ``5 h 12 min`` / ``12 min`` (of the absolute value)."""
    days, hours, minutes = format_remaining(delta)
    if days:
        return (
            QCoreApplication.translate("ComplaintsTab", "%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))
        )
    if hours:
        return (
            QCoreApplication.translate("ComplaintsTab", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(minutes))
        )
    return QCoreApplication.translate("ComplaintsTab", "%1 min").replace("%1", str(minutes))


def deadline_text(deadline: Deadline, now: datetime) -> tuple[State, str]:
    """One clock in words and colour: met on time / met late / left / due soon / overdue by."""
    name = label(DEADLINE_LABELS, deadline.kind)
    if deadline.met_at is not None:
        if deadline.met_on_time():
            return State.OK, QCoreApplication.translate("ComplaintsTab", "%1: done on time").replace("%1", name)
        late = deadline.met_at - deadline.due
        return State.BAD, QCoreApplication.translate("ComplaintsTab", "%1: done %2 late").replace("%1", name).replace(
            "%2", duration_text(late)
        )
    state = deadline.state(now)
    left = deadline.remaining(now)
    if state == ClockState.MISSED:
        return State.BAD, QCoreApplication.translate("ComplaintsTab", "%1: overdue by %2").replace("%1", name).replace(
            "%2", duration_text(left)
        )
    if state == ClockState.ATTENTION:
        return State.ATTENTION, QCoreApplication.translate("ComplaintsTab", "%1: due soon, %2 left").replace(
            "%1", name
        ).replace("%2", duration_text(left))
    return State.OK, QCoreApplication.translate("ComplaintsTab", "%1: %2 left").replace("%1", name).replace(
        "%2", duration_text(left)
    )


def countdown(row: ComplaintRow, now: datetime) -> tuple[State, str]:
    """The list's countdown column: the next deadline, or closed / all met."""
    if not row.open:
        return State.MUTED, label(STATUS_LABELS, Status.CLOSED)
    if row.next is None:
        return State.OK, QCoreApplication.translate("ComplaintsTab", "All deadlines met")
    return deadline_text(row.next, now)


NOWRAP = "white-space:nowrap"  # Qt rich text keeps such a cell's words whole


class ComplaintsTab(Tab):
    """Intake, the register, each complaint's signed timeline, and the weekly summary."""

    area = "complaints"
    title_text = QT_TRANSLATE_NOOP("ComplaintsTab", "Complaints")
    required_permission = Permission.LOG_COMPLAINT
    in_status_bar = True  # the chip of complaints past a deadline shows from login on

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[ComplaintRow] = []
        self.detail: ComplaintDetail | None = None
        self.evidence_viewer: EvidenceViewer | None = None
        self.summary: WeeklySummary | None = None

        # ---- top bar
        self.view_combo = QComboBox(self)
        for text in (
            QCoreApplication.translate("ComplaintsTab", "Needs action now"),
            QCoreApplication.translate("ComplaintsTab", "All open"),
            QCoreApplication.translate("ComplaintsTab", "All (13 months)"),
            QCoreApplication.translate("ComplaintsTab", "Weekly summary"),
        ):
            self.view_combo.addItem(text)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(
            QCoreApplication.translate("ComplaintsTab", "Filter: number, customer, technician…")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(QCoreApplication.translate("ComplaintsTab", "&New complaint…"), self)
        self.new_button.setToolTip(QCoreApplication.translate("ComplaintsTab", "Log a complaint (Ctrl+N)"))
        self.count_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("ComplaintsTab", "Show:"), self))
        top.addWidget(self.view_combo)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.new_button)

        # ---- owner alert (red banner with words, until the owner acknowledges)
        self.alert_frame = QFrame(self)
        self.alert_frame.setStyleSheet(
            "QFrame { background: #fde4e2; border: 2px solid #b3261e; border-radius: 6px; }"
            "QLabel { color: #b3261e; font-weight: bold; border: none; }"
        )
        self.alert_label = QLabel(self.alert_frame)
        self.alert_label.setWordWrap(True)
        self.alert_button = QPushButton(
            QCoreApplication.translate("ComplaintsTab", "Owner: &acknowledge"), self.alert_frame
        )
        alert_layout = QHBoxLayout(self.alert_frame)
        alert_layout.addWidget(self.alert_label, 1)
        alert_layout.addWidget(self.alert_button)
        self.alert_frame.hide()
        self.alerts: list[ComplaintRow] = []

        # ---- list
        self.model: RowTableModel[ComplaintRow] = RowTableModel(self._columns(), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #5f6368; font-size: 12pt; padding: 24px;")
        list_box = QWidget(self)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.empty_label)

        # ---- detail
        self.detail_box = QWidget(self)
        self.header_label = QLabel(self.detail_box)
        self.header_label.setWordWrap(True)
        self.header_label.setTextFormat(Qt.TextFormat.RichText)
        self.header_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clock_chips = [StatusChip(parent=self.detail_box) for _ in range(4)]
        clocks = QGridLayout()
        for i, chip in enumerate(self.clock_chips):
            clocks.addWidget(chip, i // 2, i % 2)
        self.timeline = QTextBrowser(self.detail_box)
        self.timeline.setOpenLinks(False)
        self.timeline.anchorClicked.connect(self.open_evidence)
        self.stage_buttons: dict[EntryKind, QPushButton] = {}
        buttons = QGridLayout()
        captions = [
            (EntryKind.ACKNOWLEDGED, QCoreApplication.translate("ComplaintsTab", "First &response…")),
            (EntryKind.INVESTIGATION, QCoreApplication.translate("ComplaintsTab", "Start &investigation…")),
            (EntryKind.EVIDENCE, QCoreApplication.translate("ComplaintsTab", "Add e&vidence…")),
            (EntryKind.DECISION, QCoreApplication.translate("ComplaintsTab", "&Decision…")),
            (EntryKind.CUSTOMER_TOLD, QCoreApplication.translate("ComplaintsTab", "Customer &told…")),
            (EntryKind.RESOLVED, QCoreApplication.translate("ComplaintsTab", "Re&solved…")),
            (EntryKind.FOLLOW_UP, QCoreApplication.translate("ComplaintsTab", "&Follow-up call…")),
            (EntryKind.CLOSED, QCoreApplication.translate("ComplaintsTab", "C&lose…")),
            (EntryKind.ESCALATED, QCoreApplication.translate("ComplaintsTab", "Escalate…")),
            (EntryKind.REOPENED, QCoreApplication.translate("ComplaintsTab", "Reopen…")),
            (EntryKind.CORRECTION, QCoreApplication.translate("ComplaintsTab", "Correction…")),
        ]
        for i, (kind, caption) in enumerate(captions):
            button = QPushButton(caption, self.detail_box)
            button.clicked.connect(lambda _=False, k=kind: self.add_entry(k))
            self.stage_buttons[kind] = button
            buttons.addWidget(button, i // 4, i % 4)
        self.detail_empty = QLabel(
            QCoreApplication.translate("ComplaintsTab", "Select a complaint to see its timeline."), self.detail_box
        )
        self.detail_empty.setStyleSheet("color: #5f6368;")
        detail_layout = QVBoxLayout(self.detail_box)
        detail_layout.addWidget(self.detail_empty)
        detail_layout.addWidget(self.header_label)
        detail_layout.addLayout(clocks)
        detail_layout.addWidget(self.timeline, 1)
        detail_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(self.detail_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([720, 560])

        # ---- weekly summary
        self.week_box = QWidget(self)
        self.week_edit = QDateEdit(self.week_box)
        self.week_edit.setCalendarPopup(True)
        self.week_edit.setDisplayFormat(date_display_format())
        self.week_print = QPushButton(QCoreApplication.translate("ComplaintsTab", "&Print…"), self.week_box)
        self.week_pdf = QPushButton(QCoreApplication.translate("ComplaintsTab", "Save &PDF…"), self.week_box)
        self.week_view = QTextBrowser(self.week_box)
        week_bar = QHBoxLayout()
        week_bar.addWidget(QLabel(QCoreApplication.translate("ComplaintsTab", "Week of:"), self.week_box))
        week_bar.addWidget(self.week_edit)
        week_bar.addStretch(1)
        week_bar.addWidget(self.week_print)
        week_bar.addWidget(self.week_pdf)
        week_layout = QVBoxLayout(self.week_box)
        week_layout.setContentsMargins(0, 0, 0, 0)
        week_layout.addLayout(week_bar)
        week_layout.addWidget(self.week_view, 1)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.week_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.alert_frame)
        layout.addWidget(self.count_label)
        layout.addWidget(self.pages, 1)

        # ---- status bar chip in the main window (no change to main_window.py needed)
        self.status_chip = StatusChip()
        self.status_chip.setToolTip(QCoreApplication.translate("ComplaintsTab", "Open complaints past a deadline"))
        window = ctx.extras.get("main_window")
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().addPermanentWidget(self.status_chip)
            self.status_chip.installEventFilter(self)
            self.status_chip.setCursor(Qt.CursorShape.PointingHandCursor)
            self.destroyed.connect(self.status_chip.deleteLater)

        self.view_combo.currentIndexChanged.connect(self._view_changed)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.new_button.clicked.connect(self.new_record)
        self.alert_button.clicked.connect(self.acknowledge_alert)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.timeline.setFocus())
        self.week_edit.dateChanged.connect(self._load_week)
        self.week_print.clicked.connect(self.print_week)
        self.week_pdf.clicked.connect(self.save_week_pdf)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.timeline.setFocus)
        ctx.signals.data_changed.connect(self._data_changed)
        ctx.signals.actor_changed.connect(self.refresh)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        today = self._today()
        self.week_edit.setDate(QDate(today.year, today.month, today.day))
        self._show_detail(None)
        self.refresh()

    # ------------------------------------------------------------------ basics
    def _now(self) -> datetime:
        return self.ctx.clock.now()

    def _today(self) -> Any:
        return local_date(self._now(), salon_timezone(self.ctx.settings))

    def _local(self, instant: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
        if instant is None:
            return ""
        return instant.astimezone(salon_timezone(self.ctx.settings)).strftime(fmt)

    def _columns(self) -> list[Column[ComplaintRow]]:
        def chip(row: ComplaintRow) -> State:
            return countdown(row, self._now())[0]

        return [
            Column(QCoreApplication.translate("ComplaintsTab", "Number"), lambda r: r.number),
            Column(
                QCoreApplication.translate("ComplaintsTab", "Received"),
                lambda r: self._local(r.received_at),
                sort_key=lambda r: r.received_at,
            ),
            Column(
                QCoreApplication.translate("ComplaintsTab", "Next deadline"),
                lambda r: countdown(r, self._now())[1],
                foreground=lambda r: state_foreground(chip(r)),
                background=lambda r: state_background(chip(r)),
                sort_key=q.urgency_key,
            ),
            Column(
                QCoreApplication.translate("ComplaintsTab", "Severity"),
                lambda r: label(SEVERITY_LABELS, r.severity),
                foreground=lambda r: state_foreground(State.BAD) if r.severity == Severity.CRITICAL else None,
            ),
            Column(QCoreApplication.translate("ComplaintsTab", "Stage"), lambda r: label(STATUS_LABELS, r.status)),
            Column(QCoreApplication.translate("ComplaintsTab", "Customer"), lambda r: r.customer),
            Column(
                QCoreApplication.translate("ComplaintsTab", "Category"), lambda r: label(CATEGORY_LABELS, r.category)
            ),
            Column(QCoreApplication.translate("ComplaintsTab", "Channel"), lambda r: label(CHANNEL_LABELS, r.channel)),
            Column(QCoreApplication.translate("ComplaintsTab", "Technician"), lambda r: r.technician),
            Column(
                QCoreApplication.translate("ComplaintsTab", "What happened"),
                lambda r: r.description.replace("\n", " ")[:80],
                tooltip=lambda r: r.description,
            ),
        ]

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        """Reload the list, the alert, the status-bar chip and the selected complaint."""
        if self.ctx.actor is None:
            return
        now = self._now()
        view = self.view_combo.currentIndex()
        if view == VIEW_WEEK:
            self._load_week()
        scope = self._scope()
        open_rows = self.ctx.query(q.complaint_rows, now, open_only=True, **scope)
        if view == VIEW_ACTION:
            self.rows = q.needs_action(open_rows)
        elif view == VIEW_OPEN:
            self.rows = sorted(open_rows, key=q.urgency_key)
        else:
            self.rows = self.ctx.query(q.complaint_rows, now, received_from=now - timedelta(days=ALL_DAYS), **scope)
        overdue = sum(1 for r in open_rows if r.past_deadline)
        self.alerts = [r for r in open_rows if r.owner_alert_open]
        # the chip speaks for the salon: a technician's own list being on time does not mean none is late
        self._update_status_chip(self.ctx.query(q.complaints_past_deadline_count, now) if scope else overdue)
        self._update_alert()
        self.count_label.setText(
            QCoreApplication.translate("ComplaintsTab", "%1 need action now, %2 past a deadline, %3 open")
            .replace("%1", str(len(q.needs_action(open_rows))))
            .replace("%2", str(overdue))
            .replace("%3", str(len(open_rows)))
        )
        selected = self.detail.row.id if self.detail is not None else None
        self._apply_filter()
        self.select(selected)

    def _scope(self) -> dict[str, int]:
        """Who may see what: handlers see the register; a technician only what involves them."""
        actor = self.ctx.actor
        if actor is None or self.ctx.can(Permission.HANDLE_COMPLAINT) or actor.staff_id is None:
            return {}
        return {"involving_staff_id": actor.staff_id}

    def _update_status_chip(self, overdue: int) -> None:
        """The main window's chip: a critical complaint waiting for the owner first, then missed deadlines."""
        parts = []
        if self.alerts:
            parts.append(
                QCoreApplication.translate("ComplaintsTab", "Critical complaint %1: tell the owner").replace(
                    "%1", self.alerts[0].number
                )
            )
        if overdue:
            parts.append(
                QCoreApplication.translate("ComplaintsTab", "%1 complaint(s) past a deadline").replace(
                    "%1", str(overdue)
                )
            )
        if parts:
            self.status_chip.set_state(State.BAD, " · ".join(parts))
        else:
            self.status_chip.set_state(
                State.OK, QCoreApplication.translate("ComplaintsTab", "Complaints: no deadline missed")
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click on the status-bar chip brings this tab to the front."""
        if watched is self.status_chip and event.type() == QEvent.Type.MouseButtonRelease:
            window: Any = self.ctx.extras.get("main_window")
            if window is not None and hasattr(window, "tab_widget"):
                window.tab_widget.setCurrentWidget(self)
                self.view_combo.setCurrentIndex(VIEW_ACTION)
            return True
        return super().eventFilter(watched, event)

    def _update_alert(self) -> None:
        if not self.alerts:
            self.alert_frame.hide()
            return
        first = self.alerts[0]
        text = QCoreApplication.translate(
            "ComplaintsTab", "CRITICAL complaint %1 (%2): %3 — the owner must be told now."
        )
        text = text.replace("%1", first.number).replace("%2", self._local(first.received_at))
        text = text.replace("%3", first.description[:120])
        if len(self.alerts) > 1:
            text += " " + QCoreApplication.translate("ComplaintsTab", "(%1 more)").replace(
                "%1", str(len(self.alerts) - 1)
            )
        self.alert_label.setText(text)
        self.alert_button.setVisible(self.ctx.can(Permission.CLOSE_CRITICAL_COMPLAINT))
        self.alert_frame.show()

    def _apply_filter(self) -> None:
        needle = self.filter_edit.text().strip().lower()
        rows = [
            r
            for r in self.rows
            if not needle
            or needle in f"{r.number} {r.customer} {r.technician} {r.service_name} {r.product_name}".lower()
        ]
        self.model.set_rows(rows)
        empty = not rows
        self.table.setVisible(not empty)
        self.empty_label.setVisible(empty)
        if empty:
            if self.view_combo.currentIndex() == VIEW_ACTION:
                self.empty_label.setText(
                    QCoreApplication.translate(
                        "ComplaintsTab",
                        "Nothing needs action now: every open complaint is on time. Press Ctrl+N to log a new one.",
                    )
                )
            else:
                self.empty_label.setText(
                    QCoreApplication.translate(
                        "ComplaintsTab", "No complaints here. Press Ctrl+N to log a new complaint."
                    )
                )

    def _view_changed(self, index: int) -> None:
        self.pages.setCurrentIndex(1 if index == VIEW_WEEK else 0)
        self.filter_edit.setEnabled(index != VIEW_WEEK)
        self.refresh()

    def _data_changed(self, area: str) -> None:
        if area in {"complaints", "customers", "staff", "settings", ""}:
            self.refresh()

    # ------------------------------------------------------------------ selection and detail
    def selected(self) -> ComplaintRow | None:
        """The complaint selected in the list."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, complaint_id: int | None) -> None:
        """Select ``complaint_id`` (or the first row)."""
        rows = self.model.rows()
        if not rows:
            self._show_detail(None)
            return
        index = next((i for i, r in enumerate(rows) if r.id == complaint_id), 0)
        self.table.selectRow(index)
        self._load_detail(rows[index].id)

    def _selection_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._load_detail(self.model.row_at(current.row()).id)

    def _load_detail(self, complaint_id: int) -> None:
        self._show_detail(self.ctx.query(q.complaint_detail, complaint_id, self._now(), viewer=self.ctx.actor))

    def _show_detail(self, detail: ComplaintDetail | None) -> None:
        self.detail = detail
        shown = detail is not None
        self.detail_empty.setVisible(not shown)
        for widget in (self.header_label, self.timeline, *self.clock_chips, *self.stage_buttons.values()):
            widget.setVisible(shown)
        if detail is None:
            return
        row = detail.row
        now = self._now()
        w = {
            "Severity": self.tr("Severity:"),
            "Customer": self.tr("Customer:"),
            "Technician": self.tr("Technician:"),
            "Service": self.tr("Service:"),
            "Received": self.tr("Received:"),
            "recorded": self.tr("recorded"),
            "Product": self.tr("Product:"),
            "Batch": self.tr("Batch:"),
            "Bought": self.tr("Bought:"),
            "What happened": self.tr("What happened:"),
            "What the customer wants": self.tr("What the customer wants:"),
            "Critical: the owner has not acknowledged it yet.": self.tr(
                "Critical: the owner has not acknowledged it yet."
            ),
        }
        lines = [
            f"<b style='font-size:13pt'>{row.number}</b> &nbsp; {label(STATUS_LABELS, row.status)}"
            f" &nbsp;·&nbsp; {label(CATEGORY_LABELS, row.category)}"
            f" &nbsp;·&nbsp; {w['Severity']} <b>{label(SEVERITY_LABELS, row.severity)}</b>"
            f" &nbsp;·&nbsp; {label(CHANNEL_LABELS, row.channel)}",
            f"{w['Customer']} {_esc(row.customer)} {_esc(detail.customer_phone)}"
            + (f" &nbsp;·&nbsp; {w['Technician']} {_esc(row.technician)}" if row.technician else "")
            + (f" &nbsp;·&nbsp; {w['Service']} {_esc(self._service_name(row))}" if row.service_name else ""),
            f"{w['Received']} {self._local(row.received_at)}"
            + (
                f" ({w['recorded']} {self._local(detail.recorded_at)}: {_esc(detail.received_reason)})"
                if detail.received_reason
                else ""
            ),
        ]
        if row.category == Category.PRODUCT:
            lines.append(
                f"{w['Product']} {_esc(row.product_name)} &nbsp;·&nbsp; "
                f"{w['Batch']} {_esc(detail.batch_number)}"
                + (f" &nbsp;·&nbsp; {w['Bought']} {detail.purchase_date.isoformat()}" if detail.purchase_date else "")
            )
        lines.append(f"{w['What happened']} {_esc(row.description)}")
        if detail.wanted:
            lines.append(f"{w['What the customer wants']} {_esc(detail.wanted)}")
        if row.owner_alert_open:
            lines.append(f"<b style='color:#b3261e'>{w['Critical: the owner has not acknowledged it yet.']}</b>")
        self.header_label.setText("<br>".join(lines))
        for chip, clock in zip(self.clock_chips, [*row.clocks, None, None, None, None][:4], strict=True):
            if clock is None:
                chip.hide()
                continue
            state, text = deadline_text(clock, now)
            if row.marks.closed_at is not None and clock.met_at is None:
                state, text = (
                    State.MUTED,
                    self.tr("%1: %2")
                    .replace("%1", label(DEADLINE_LABELS, clock.kind))
                    .replace("%2", label(STATUS_LABELS, Status.CLOSED)),
                )
            chip.set_state(state, text)
            chip.show()
        self.timeline.setHtml(self.timeline_html(detail))
        self._update_actions()

    @staticmethod
    def _service_name(row: q.ComplaintRow) -> str:
        """The service in the UI language (the catalogue's Chinese name in Chinese)."""
        return display_name(row.service_name, row.service_name_zh, current_language())

    def timeline_html(self, detail: ComplaintDetail) -> str:
        """The signed entries as a table, oldest first; corrected entries stay, marked."""
        # the short columns never break a word ("Investigati on"): they take their text's width, the details the rest
        head = "".join(
            f"<th align='left' {width} style='background:#eceff1;{NOWRAP if not width else ''}'>{_esc(h)}</th>"
            for width, h in zip(
                ("", "", "", "width='100%'"),
                (
                    QCoreApplication.translate("ComplaintsTab", "When"),
                    QCoreApplication.translate("ComplaintsTab", "Stage"),
                    QCoreApplication.translate("ComplaintsTab", "Signed by"),
                    QCoreApplication.translate("ComplaintsTab", "Details"),
                ),
                strict=True,
            )
        )
        body = []
        for entry in detail.entries:
            colour = "#5f6368" if entry.corrected_by else "#000000"
            cells = (
                self._local(entry.at),
                label(ENTRY_LABELS, entry.kind),
                entry.author,
                self._entry_details(entry),
            )
            body.append(
                "<tr>"
                + "".join(
                    f"<td valign='top' style='color:{colour};{wrap}'>{html}</td>"
                    for html, wrap in (
                        (_esc(cells[0]) + f"<br><small>#{entry.id}</small>", NOWRAP),
                        (_esc(cells[1]), NOWRAP),
                        (_esc(cells[2]), NOWRAP),
                        (_esc(cells[3]) + self._file_link(entry), ""),
                    )
                )
                + "</tr>"
            )
        return f"<table width='100%' cellspacing='0' cellpadding='4' border='1'><tr>{head}</tr>{''.join(body)}</table>"

    def _file_link(self, entry: EntryRow) -> str:
        """An evidence file as a link that opens the stored copy (its hash is shown so it can be checked)."""
        if not entry.file_sha256:
            return ""
        name = _esc(entry.file_name or entry.file_sha256[:12])
        return f"<br><a href='evidence:{entry.file_sha256}'>{name}</a> <small>sha256 {entry.file_sha256[:12]}…</small>"

    def open_evidence(self, url: QUrl) -> None:
        """Show a stored evidence file in the in-app viewer (never with the system's handler)."""
        if url.scheme() != "evidence":
            return
        digest = url.path()
        detail = self.detail
        names = {e.file_sha256: e.file_name for e in detail.entries} if detail is not None else {}
        viewer = EvidenceViewer(self.ctx, digest, names.get(digest, ""), self)
        self.evidence_viewer = viewer
        viewer.open()

    def _entry_details(self, entry: EntryRow) -> str:
        parts: list[str] = []
        if entry.kind == EntryKind.RECEIVED:
            return QCoreApplication.translate("ComplaintsTab", "Complaint recorded")
        if entry.method:
            try:
                parts.append(label(CHANNEL_LABELS, Channel(entry.method)))
            except ValueError:
                parts.append(entry.method)
        if entry.remedy:
            parts.append(label(REMEDY_LABELS, Remedy(entry.remedy)))
        if entry.outcome:
            parts.append(label(PRODUCT_OUTCOME_LABELS, ProductOutcome(entry.outcome)))
        if entry.amount is not None:
            parts.append(f"¥{entry.amount}")
        if entry.approved_by:
            parts.append(QCoreApplication.translate("ComplaintsTab", "approved by %1").replace("%1", entry.approved_by))
        if entry.kind == EntryKind.FOLLOW_UP:
            parts.append(
                QCoreApplication.translate("ComplaintsTab", "satisfaction %1/5").replace("%1", str(entry.satisfaction))
                if entry.satisfaction is not None
                else QCoreApplication.translate("ComplaintsTab", "not rated")
            )
        if entry.corrects_id is not None:
            parts.append(
                QCoreApplication.translate("ComplaintsTab", "corrects entry #%1").replace("%1", str(entry.corrects_id))
            )
        if entry.text:
            parts.append(entry.text)
        if entry.corrected_by:
            parts.append(
                QCoreApplication.translate("ComplaintsTab", "(corrected by entry #%1)").replace(
                    "%1", ", #".join(str(i) for i in entry.corrected_by)
                )
            )
        return " · ".join(parts)

    def _update_actions(self) -> None:
        """Enable exactly the steps the service accepts now (``domain.complaints.step_refusal``)."""
        detail = self.detail
        actor = self.ctx.actor
        if detail is None or actor is None:
            return
        timeline = [EntryFacts(e.kind, e.at) for e in detail.entries]
        allowed = allowed_next_steps(timeline, actor, severity=detail.row.severity)
        for kind, button in self.stage_buttons.items():
            button.setEnabled(kind in allowed)
            refusal = None if kind in allowed else step_refusal(timeline, actor, kind, severity=detail.row.severity)
            button.setToolTip("" if refusal is None else error_text(refusal))  # why not, in the service's words

    # ------------------------------------------------------------------ actions
    def new_record(self) -> None:
        """Ctrl+N: log a complaint."""
        dialog = ComplaintIntakeDialog(self.ctx, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.refresh()
            self.select(dialog.saved_id)

    def open_complaint(self, complaint_id: int) -> None:
        """Show one complaint (from the customer file or the staff screen)."""
        self.view_combo.setCurrentIndex(VIEW_ALL)
        self.select(complaint_id)

    def add_entry(self, kind: EntryKind) -> None:
        """Open the stage dialog for the selected complaint."""
        if self.detail is None:
            return
        dialog = ComplaintEntryDialog(self.ctx, self.detail, kind, self)
        if dialog.exec():
            self._load_detail(self.detail.row.id)
            self.refresh()

    def ask_pin(self) -> str | None:
        """The signer's own PIN for an entry written without its dialog (None: cancelled)."""
        pin, ok = QInputDialog.getText(
            self,
            self.tr("Sign with your PIN"),
            self.tr("%1, your PIN:").replace("%1", self.ctx.actor.name if self.ctx.actor else ""),
            QLineEdit.EchoMode.Password,
        )
        return pin if ok else None

    def acknowledge_alert(self) -> None:
        """The owner has seen the critical complaint(s): signed with the owner's PIN."""
        pin = self.ask_pin() if self.alerts else None
        if pin is None:
            return
        for row in list(self.alerts):
            try:
                self.ctx.run(svc.acknowledge_owner_alert, row.id, pin=pin)
            except DomainError as exc:
                common.show_error(self, exc)
                return
        self.ctx.signals.data_changed.emit("complaints")

    # ------------------------------------------------------------------ weekly summary
    def _week(self) -> Any:
        chosen = self.week_edit.date()
        return week_period(date(chosen.year(), chosen.month(), chosen.day()), salon_timezone(self.ctx.settings))

    def _load_week(self) -> None:
        if self.ctx.actor is None:
            return
        self.summary = self.ctx.query(q.weekly_summary, self._week(), self._now())
        self.week_view.setHtml(weekly_html(self.summary, self._local))

    def _pdf_path(self) -> Path:
        from salondesk import config

        assert self.summary is not None
        first = self.summary.period.first_day
        return config.data_dir() / "reports" / f"complaints-week-{first.isoformat()}.pdf"

    def write_week_pdf(self) -> Path:
        """Draw the weekly summary as a PDF (A4) in the UI language."""
        from salondesk.reports.complaints_weekly import render_weekly_pdf

        if self.summary is None:
            self._load_week()
        assert self.summary is not None
        path = self._pdf_path()
        render_weekly_pdf(
            self.summary,
            path,
            current_language(),
            self.ctx.settings.salon_name,
            salon_timezone(self.ctx.settings),
            generated_at=self._now(),
            generated_by=self.ctx.actor.name if self.ctx.actor else "",
        )
        return path

    def save_week_pdf(self) -> None:
        """Save the weekly summary where the owner chooses."""
        path = self.write_week_pdf()
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ComplaintsTab", "Save PDF"),
            str(Path.home() / path.name),
            QCoreApplication.translate("ComplaintsTab", "PDF files (*.pdf)"),
        )
        if name:
            Path(name).write_bytes(path.read_bytes())

    def print_week(self) -> None:
        """Print the weekly summary (system dialog, then in the background)."""
        from salondesk.ui.printing import PrintJob
        from salondesk.ui.tasks import TaskRunner

        if not hasattr(self, "_print_job"):
            self._print_job = PrintJob(self, TaskRunner(self))
        self._print_job.ask_and_print(self.write_week_pdf())


class TechnicianComplaints(QWidget):
    """A technician's complaints, for the owner's staff screen (double-click opens it in the complaints tab).

    Wiring in the staff tab: ``self.complaints = TechnicianComplaints(ctx)`` in a sub-tab, and
    ``self.complaints.set_staff(row.id)`` when the selected person changes.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.staff_id: int | None = None
        self.model: RowTableModel[ComplaintRow] = RowTableModel(self._columns(), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        self.table.doubleClicked.connect(self._open)

    def _columns(self) -> list[Column[ComplaintRow]]:
        def local(instant: datetime) -> str:
            return instant.astimezone(salon_timezone(self.ctx.settings)).strftime("%Y-%m-%d %H:%M")

        return [
            Column(QCoreApplication.translate("ComplaintsTab", "Number"), lambda r: r.number),
            Column(QCoreApplication.translate("ComplaintsTab", "Received"), lambda r: local(r.received_at)),
            Column(
                QCoreApplication.translate("ComplaintsTab", "Category"), lambda r: label(CATEGORY_LABELS, r.category)
            ),
            Column(
                QCoreApplication.translate("ComplaintsTab", "Severity"), lambda r: label(SEVERITY_LABELS, r.severity)
            ),
            Column(QCoreApplication.translate("ComplaintsTab", "Stage"), lambda r: label(STATUS_LABELS, r.status)),
            Column(QCoreApplication.translate("ComplaintsTab", "What happened"), lambda r: r.description),
        ]

    def set_staff(self, staff_id: int | None) -> None:
        """Show ``staff_id``'s complaints (None: nothing)."""
        self.staff_id = staff_id
        rows = [] if staff_id is None else self.ctx.query(q.complaints_for_technician, staff_id, self.ctx.clock.now())
        self.model.set_rows(rows)
        open_count = sum(1 for r in rows if r.open)
        self.count_label.setText(
            QCoreApplication.translate("ComplaintsTab", "%1 complaints, %2 open")
            .replace("%1", str(len(rows)))
            .replace("%2", str(open_count))
        )

    def _open(self, index: QModelIndex) -> None:
        window: Any = self.ctx.extras.get("main_window")
        tab = window.tab_by_area("complaints") if window is not None else None
        if window is not None and isinstance(tab, ComplaintsTab):
            window.tab_widget.setCurrentWidget(tab)
            tab.open_complaint(self.model.row_at(index.row()).id)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def weekly_html(summary: WeeklySummary, local: Any) -> str:
    """The weekly summary as simple HTML for the on-screen view."""
    none = QCoreApplication.translate("ComplaintsTab", "none")

    def table(title: str, counts: dict[str, int], labels: dict[Any, str] | None = None, kind: Any = None) -> str:
        rows = (
            "".join(
                f"<tr><td>{_esc(label(labels, kind(k)) if labels and kind else k)}</td><td align='right'>{n}</td></tr>"
                for k, n in counts.items()
            )
            or f"<tr><td colspan='2'>{none}</td></tr>"
        )
        return f"<h3>{title}</h3><table cellpadding='3' border='1' cellspacing='0'>{rows}</table>"

    overdue_title = QCoreApplication.translate("ComplaintsTab", "Past a deadline now")
    learnt_title = QCoreApplication.translate("ComplaintsTab", "What was learnt")
    period = summary.period
    head = (
        QCoreApplication.translate("ComplaintsTab", "Complaints, week %1 – %2")
        .replace("%1", period.first_day.isoformat())
        .replace("%2", period.last_day.isoformat())
    )
    facts = QCoreApplication.translate(
        "ComplaintsTab", "Received %1 · resolved %2 · closed %3 · open now %4 · past a deadline %5"
    )
    for i, value in enumerate(
        (summary.received, summary.resolved, summary.closed, summary.open_now, summary.overdue_now), start=1
    ):
        facts = facts.replace(f"%{i}", str(value))
    parts = [f"<h2>{_esc(head)}</h2><p>{_esc(facts)}</p>"]
    parts.append("<table><tr><td valign='top'>")
    parts.append(
        table(
            QCoreApplication.translate("ComplaintsTab", "By category"), summary.by_category, CATEGORY_LABELS, Category
        )
    )
    parts.append("</td><td valign='top'>")
    parts.append(
        table(QCoreApplication.translate("ComplaintsTab", "By channel"), summary.by_channel, CHANNEL_LABELS, Channel)
    )
    parts.append("</td><td valign='top'>")
    parts.append(table(QCoreApplication.translate("ComplaintsTab", "By technician"), summary.by_technician))
    parts.append("</td><td valign='top'>")
    parts.append(table(QCoreApplication.translate("ComplaintsTab", "By service or product"), summary.by_service))
    parts.append("</td></tr></table>")
    parts.append(f"<h3>{overdue_title}</h3>")
    if summary.overdue_rows:
        parts.append("<ul>")
        for r in summary.overdue_rows:
            what = label(DEADLINE_LABELS, r.next.kind) if r.next else ""
            parts.append(
                f"<li><b>{r.number}</b> {local(r.received_at)} · {_esc(what)} · {_esc(r.description[:80])}</li>"
            )
        parts.append("</ul>")
    else:
        parts.append(f"<p>{none}</p>")
    parts.append(f"<h3>{learnt_title}</h3>")
    if summary.lessons:
        parts.append("<ul>")
        for lesson in summary.lessons:
            remedy = label(REMEDY_LABELS, Remedy(lesson.remedy)) if lesson.remedy else label(ENTRY_LABELS, lesson.kind)
            parts.append(f"<li><b>{lesson.number}</b> {local(lesson.at)} · {_esc(remedy)}: {_esc(lesson.text)}</li>")
        parts.append("</ul>")
    else:
        nothing = QCoreApplication.translate(
            "ComplaintsTab", "No training or warning decisions and no closing notes this week."
        )
        parts.append(f"<p>{nothing}</p>")
    return "".join(parts)


__all__ = ["ComplaintsTab", "TechnicianComplaints", "countdown", "deadline_text", "duration_text", "weekly_html"]
