"""Hygiene tab: the today board (home), records with corrections, open corrective actions, setup, printing."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salondesk import config
from salondesk.domain.calendar import local_date
from salondesk.domain.errors import DomainError
from salondesk.domain.hygiene import (
    ITEM_RESULT_LABELS,
    STATION_KIND_LABELS,
    Frequency,
    ItemResult,
)
from salondesk.domain.permissions import Permission
from salondesk.domain.settings import WEEKDAYS
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.queries import hygiene as hq
from salondesk.services import hygiene as svc
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext
from salondesk.ui.dialogs.evidence_viewer import EvidenceViewer
from salondesk.ui.dialogs.hygiene.dialogs import (
    TOUCH,
    RunDialog,
    SignoffDialog,
    StationDialog,
    TemplateDialog,
    lang,
    period_text,
    tr_label,
)
from salondesk.ui.models.table_model import Column, RowTableModel
from salondesk.ui.tabs.base import Tab
from salondesk.ui.widgets import common
from salondesk.ui.widgets.common import State, StatusChip, date_display_format, state_background, state_foreground


def board_state(row: hq.BoardRow, now_local: datetime, opening: str | None) -> tuple[State, str]:
    """Colour and word for a board line (never colour alone)."""
    if row.scope == hq.BoardScope.STATION:
        if row.entries_today:
            # not a %n plural: lupdate does not see those here, and the Chinese board showed English
            today = QCoreApplication.translate("HygieneTab", "Entries today: %1")
            return State.OK, today.replace("%1", str(row.entries_today))
        return State.MUTED, QCoreApplication.translate("HygieneTab", "No entry yet")
    if row.failed_items and row.state in (hq.PeriodState.DONE, hq.PeriodState.LATE):
        # signed, but not everything was well: never the plain green "Done"
        return State.ATTENTION, QCoreApplication.translate("HygieneTab", "Done · %1 failed").replace(
            "%1", str(row.failed_items)
        )
    if row.state == hq.PeriodState.DONE:
        return State.OK, QCoreApplication.translate("HygieneTab", "Done")
    if row.state == hq.PeriodState.LATE:
        return State.ATTENTION, QCoreApplication.translate("HygieneTab", "Late entry")
    if row.state == hq.PeriodState.MISSED:
        return State.BAD, QCoreApplication.translate("HygieneTab", "Missed")
    if row.template_key == "opening" and opening and now_local.time() >= time.fromisoformat(opening):
        return State.BAD, QCoreApplication.translate("HygieneTab", "Overdue")
    return State.ATTENTION, QCoreApplication.translate("HygieneTab", "Due")


class BoardLine(QFrame):
    """One big tappable line of the today board."""

    def __init__(
        self, row: hq.BoardRow, state: State, word: str, detail: str, button_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.row = row
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(TOUCH + 12)
        layout = QHBoxLayout(self)
        self.chip = StatusChip(word, state, self)
        self.chip.setMinimumWidth(120)
        self.chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name = row.station_name or row.name(lang())
        self.title = QLabel(name, self)
        self.title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.detail = QLabel(detail, self)
        self.detail.setStyleSheet("color: #5f6368;")
        self.button = QPushButton(button_text, self)
        self.button.setMinimumHeight(TOUCH)
        self.button.setMinimumWidth(150)
        self.button.setStyleSheet("font-size: 11pt;")
        layout.addWidget(self.chip)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.detail)
        layout.addLayout(text, 1)
        layout.addWidget(self.button)


class HygieneTab(Tab):
    """The hygiene area: what is due now, records, corrective actions, setup and printouts."""

    area = "hygiene"
    title_text = QT_TRANSLATE_NOOP("HygieneTab", "Hygiene")
    required_permission = Permission.SIGN_CHECKLIST

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        svc.install_default_templates(ctx.new_uow(), ctx.clock)  # first use installs the default set once
        self.pages = QTabWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
        self._build_board()
        self._build_records()
        self._build_actions()
        self._build_setup()
        ctx.signals.data_changed.connect(self._on_data_changed)
        self.refresh()

    # ------------------------------------------------------------ board
    def _build_board(self) -> None:
        page = QWidget()
        outer = QVBoxLayout(page)
        self.board_summary = QLabel(page)
        self.board_summary.setStyleSheet("font-size: 12pt;")
        outer.addWidget(self.board_summary)
        self.board_scroll = QScrollArea(page)
        self.board_scroll.setWidgetResizable(True)
        outer.addWidget(self.board_scroll, 1)
        self.board_lines: list[BoardLine] = []
        self.pages.addTab(page, self.tr("Today"))

    def _today(self) -> date:
        return local_date(self.ctx.clock.now(), salon_timezone(self.ctx.settings))

    def refresh_board(self) -> None:
        """Rebuild the board from the query."""
        now = self.ctx.clock.now()
        tz = salon_timezone(self.ctx.settings)
        now_local = now.astimezone(tz)
        today = now_local.date()
        hours = self.ctx.settings.opening_hours.get(WEEKDAYS[today.weekday()])
        opening = hours[0] if hours else None
        rows = hq.board(self.ctx.new_uow(), self.ctx.settings, now)
        self.board_rows = rows
        container = QWidget()
        layout = QVBoxLayout(container)
        self.board_lines = []
        sections = (
            (hq.BoardScope.MISSED, self.tr("Missed — sign late with a reason")),
            (hq.BoardScope.TODAY, self.tr("Today · %1").replace("%1", today.isoformat())),
            (hq.BoardScope.WEEK, self.tr("This week")),
            (hq.BoardScope.MONTH, self.tr("This month")),
            (hq.BoardScope.STATION, self.tr("Per-customer disinfection logs (per station)")),
        )
        order = {t.key: i for i, t in enumerate(hq.templates(self.ctx.new_uow()))}
        counts = {State.OK: 0, State.ATTENTION: 0, State.BAD: 0}
        for scope, heading in sections:
            mine = sorted((r for r in rows if r.scope == scope), key=lambda r: (r.first, order.get(r.template_key, 99)))
            if not mine:
                continue
            label = QLabel(heading, container)
            label.setStyleSheet("font-size: 13pt; font-weight: 700; margin-top: 8px;")
            layout.addWidget(label)
            grid = QGridLayout() if scope == hq.BoardScope.STATION else None
            if grid is not None:
                layout.addLayout(grid)
            for number, row in enumerate(mine):
                state, word = board_state(row, now_local, opening)
                if scope != hq.BoardScope.STATION:
                    counts[state] = counts.get(state, 0) + 1
                line = BoardLine(row, state, word, self._detail(row), self._button_text(row), container)
                line.button.clicked.connect(lambda _=False, r=row: self.open_run(r))
                if grid is not None:
                    grid.addWidget(line, number // 2, number % 2)
                else:
                    layout.addWidget(line)
                self.board_lines.append(line)
        if not rows:
            empty = QLabel(self.tr("No checklists yet. The owner adds stations and templates under Setup."), container)
            empty.setWordWrap(True)
            layout.addWidget(empty)
        layout.addStretch(1)
        self.board_scroll.setWidget(container)
        self.board_summary.setText(
            self.tr("%1 done, %2 due, %3 missed or overdue · %4 open corrective actions")
            .replace("%1", str(counts[State.OK]))
            .replace("%2", str(counts[State.ATTENTION]))
            .replace("%3", str(counts[State.BAD]))
            .replace("%4", str(len(getattr(self, "open_rows", []))))
        )

    def _detail(self, row: hq.BoardRow) -> str:
        period = period_text(row.frequency, row.first, row.last)
        kind = tr_label("StationKind", STATION_KIND_LABELS[row.station_kind]) if row.station_kind else ""
        if row.signed_at is None:
            return kind if row.scope == hq.BoardScope.STATION else period
        at = row.signed_at.astimezone(salon_timezone(self.ctx.settings)).strftime("%H:%M")
        if row.scope == hq.BoardScope.STATION:
            return kind + " · " + self.tr("Last: %1 at %2").replace("%1", row.signed_by).replace("%2", at)
        return self.tr("%1 · signed by %2 at %3").replace("%1", period).replace("%2", row.signed_by).replace("%3", at)

    def _button_text(self, row: hq.BoardRow) -> str:
        if row.scope == hq.BoardScope.STATION:
            return self.tr("Log a customer")
        if row.scope == hq.BoardScope.MISSED:
            return self.tr("Sign late…")
        if row.state == hq.PeriodState.DONE:
            return self.tr("View / correct")
        return self.tr("Tick now")

    def open_run(self, row: hq.BoardRow) -> None:
        """Open the run dialog for a board line (or the done run, to correct it)."""
        template = hq.template(self.ctx.new_uow(), row.template_id)
        if template is None:
            return
        if row.state == hq.PeriodState.DONE and row.scope != hq.BoardScope.STATION:
            runs = [
                r
                for r in hq.run_rows(self.ctx.new_uow(), row.first, row.first, template_key=row.template_key)
                if r.station_id is None and r.corrects_id is None
            ]
            if runs:
                self.pages.setCurrentIndex(1)
                self._select_record(runs[0].id, row.first)
                return
        dialog = RunDialog(self.ctx, template, period_day=row.first, station_id=row.station_id, parent=self)
        dialog.exec()

    # ------------------------------------------------------------ records
    def _build_records(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.from_edit = QDateEdit(page)
        self.to_edit = QDateEdit(page)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_display_format())
        today = self._today()
        self.from_edit.setDate(QDate(today.year, today.month, 1))
        self.to_edit.setDate(QDate(today.year, today.month, today.day))
        self.correct_button = QPushButton(self.tr("&Correct…"), page)
        self.correct_button.setToolTip(
            self.tr("Records are never changed: a correction is a new record that names this one, with a reason.")
        )
        bar.addWidget(QLabel(self.tr("From:"), page))
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(self.tr("to:"), page))
        bar.addWidget(self.to_edit)
        bar.addStretch(1)
        bar.addWidget(self.correct_button)
        layout.addLayout(bar)
        self.runs_model: RowTableModel[hq.RunRow] = RowTableModel(
            [
                Column(QCoreApplication.translate("HygieneTab", "No."), lambda r: r.id),
                Column(
                    QCoreApplication.translate("HygieneTab", "Period"),
                    lambda r: period_text(
                        Frequency.DAILY if r.period_start == r.period_end else Frequency.WEEKLY,
                        r.period_start,
                        r.period_end,
                    ),
                ),
                Column(
                    QCoreApplication.translate("HygieneTab", "Checklist"),
                    lambda r: (
                        (r.template_name_zh if lang().startswith("zh") else r.template_name_en) + f" v{r.version}"
                    ),
                ),
                Column(QCoreApplication.translate("HygieneTab", "Station"), lambda r: r.station_name),
                Column(QCoreApplication.translate("HygieneTab", "Signed by"), lambda r: r.signed_by),
                Column(QCoreApplication.translate("HygieneTab", "Signed at"), lambda r: self._local(r.signed_at)),
                Column(
                    QCoreApplication.translate("HygieneTab", "Status"),
                    self._run_status,
                    foreground=self._run_fg,
                    background=self._run_bg,
                ),
                Column(QCoreApplication.translate("HygieneTab", "Failed items"), lambda r: r.failed or ""),
                Column(QCoreApplication.translate("HygieneTab", "Notes"), self._run_notes),
            ]
        )
        self.runs_view = common.record_table(self.runs_model)
        self.results_list = QListWidget(page)
        self.results_list.itemActivated.connect(self.open_photo)
        split = QSplitter(Qt.Orientation.Vertical, page)
        split.addWidget(self.runs_view)
        split.addWidget(self.results_list)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.records_count = QLabel(page)
        layout.addWidget(self.records_count)
        self.pages.addTab(page, self.tr("Records"))
        self.from_edit.dateChanged.connect(self.refresh_records)
        self.to_edit.dateChanged.connect(self.refresh_records)
        self.runs_view.selectionModel().currentRowChanged.connect(self._show_results)
        self.runs_view.doubleClicked.connect(lambda _i: self.correct_selected())
        self.correct_button.clicked.connect(self.correct_selected)

    def _local(self, at: datetime) -> str:
        return at.astimezone(salon_timezone(self.ctx.settings)).strftime("%Y-%m-%d %H:%M")

    def _run_status(self, r: hq.RunRow) -> str:
        if r.corrects_id:
            return self.tr("Correction")
        if r.late:
            return self.tr("Late entry")
        return self.tr("On time")

    def _run_state(self, r: hq.RunRow) -> State:
        return State.MUTED if r.corrects_id else State.ATTENTION if r.late else State.OK

    def _run_fg(self, r: hq.RunRow) -> object:
        return state_foreground(self._run_state(r))

    def _run_bg(self, r: hq.RunRow) -> object:
        return state_background(self._run_state(r))

    def _run_notes(self, r: hq.RunRow) -> str:
        parts = []
        if r.late_reason:
            parts.append(self.tr("Why late: %1").replace("%1", r.late_reason))
        if r.corrects_id:
            parts.append(
                self.tr("Corrects No. %1: %2").replace("%1", str(r.corrects_id)).replace("%2", r.correction_reason)
            )
        if r.corrected_by:
            parts.append(self.tr("Corrected by No. %1").replace("%1", ", ".join(str(i) for i in r.corrected_by)))
        if r.clock_anomaly:
            parts.append(self.tr("Clock anomaly recorded"))
        if r.note:
            parts.append(r.note)
        return " · ".join(parts)

    def refresh_records(self) -> None:
        """Reload the record list for the chosen days."""
        qf, qt = self.from_edit.date(), self.to_edit.date()
        rows = hq.run_rows(
            self.ctx.new_uow(), date(qf.year(), qf.month(), qf.day()), date(qt.year(), qt.month(), qt.day())
        )
        self.runs_model.set_rows(rows)
        late = sum(1 for r in rows if r.late)
        self.records_count.setText(
            self.tr("%1 records, %2 late, %3 corrections")
            .replace("%1", str(len(rows)))
            .replace("%2", str(late))
            .replace("%3", str(sum(1 for r in rows if r.corrects_id)))
        )
        self.results_list.clear()

    def _select_record(self, run_id: int, day: date) -> None:
        self.from_edit.setDate(QDate(day.year, day.month, 1))
        for index, row in enumerate(self.runs_model.rows()):
            if row.id == run_id:
                self.runs_view.selectRow(index)
                break

    def _show_results(self, current: object, _previous: object = None) -> None:
        self.results_list.clear()
        index = self.runs_view.currentIndex()
        if not index.isValid():
            return
        run = self.runs_model.row_at(index.row())
        for res in hq.run_results(self.ctx.new_uow(), run.id):
            text = res.item_text_zh if lang().startswith("zh") else res.item_text_en
            word = tr_label("ItemResult", ITEM_RESULT_LABELS[res.result])
            values = ", ".join(f"{v}" for v in res.values.values())
            line = f"[{word}] {text}" + (f" — {values}" if values else "")
            if res.result == ItemResult.FAIL:
                line += (
                    "\n    → " + res.action + (f" ({res.action_owner}, {res.action_due})" if res.action_owner else "")
                )
            if res.photo_hash:
                line += "\n    " + self.tr("📷 Photo (double-click or Enter to view)")
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, res.photo_hash or "")
            if res.result == ItemResult.FAIL:
                item.setForeground(state_foreground(State.BAD))
            self.results_list.addItem(item)

    def open_photo(self, item: QListWidgetItem) -> None:
        """Show an answer's photo in the in-app viewer."""
        digest = item.data(Qt.ItemDataRole.UserRole)
        if not digest:
            return
        self.photo_viewer = EvidenceViewer(self.ctx, str(digest), self.tr("Hygiene photo"), self)
        self.photo_viewer.open()

    def correct_selected(self) -> None:
        """Open a correction of the selected record."""
        index = self.runs_view.currentIndex()
        if not index.isValid():
            common.show_info(self, self.tr("Select a record to correct."))
            return
        run = self.runs_model.row_at(index.row())
        original_id = run.corrects_id or run.id
        original = next((r for r in self.runs_model.rows() if r.id == original_id), run)
        current = {t.key: t for t in hq.templates(self.ctx.new_uow())}.get(original.template_key)
        if current is None:
            return
        RunDialog(self.ctx, current, original=original, parent=self).exec()

    # ------------------------------------------------------------ corrective actions
    def _build_actions(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.actions_model: RowTableModel[hq.ActionRow] = RowTableModel(
            [
                Column(QCoreApplication.translate("HygieneTab", "Failed on"), lambda a: self._local(a.failed_at)),
                Column(
                    QCoreApplication.translate("HygieneTab", "Checklist"),
                    lambda a: a.template_name_zh if lang().startswith("zh") else a.template_name_en,
                ),
                Column(
                    QCoreApplication.translate("HygieneTab", "Item"),
                    lambda a: a.item_text_zh if lang().startswith("zh") else a.item_text_en,
                ),
                Column(QCoreApplication.translate("HygieneTab", "Corrective action"), lambda a: a.action),
                Column(QCoreApplication.translate("HygieneTab", "Who"), lambda a: a.owner),
                Column(
                    QCoreApplication.translate("HygieneTab", "By"),
                    lambda a: a.due.isoformat() if a.due else "",
                    foreground=lambda a: state_foreground(State.BAD) if a.due and a.due < self._today() else None,
                ),
            ]
        )
        self.actions_view = common.record_table(self.actions_model)
        self.actions_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.actions_count = QLabel(page)
        self.signoff_button = QPushButton(self.tr("&Sign off…"), page)
        self.signoff_button.setMinimumHeight(TOUCH)
        bar = QHBoxLayout()
        bar.addWidget(self.actions_count, 1)
        bar.addWidget(self.signoff_button)
        layout.addLayout(bar)
        layout.addWidget(self.actions_view, 1)
        self.pages.addTab(page, self.tr("Corrective actions"))
        self.signoff_button.clicked.connect(self.sign_off_selected)
        self.actions_view.doubleClicked.connect(lambda _i: self.sign_off_selected())

    def refresh_actions(self) -> None:
        """Open corrective actions, oldest first."""
        self.open_rows = hq.open_actions(self.ctx.new_uow(), self.ctx.clock.now() + timedelta(seconds=1))
        self.actions_model.set_rows(self.open_rows)
        overdue = sum(1 for a in self.open_rows if a.due and a.due < self._today())
        self.actions_count.setText(
            self.tr("No open corrective actions.")
            if not self.open_rows
            else self.tr("%1 open, %2 past their date")
            .replace("%1", str(len(self.open_rows)))
            .replace("%2", str(overdue))
        )
        self.pages.setTabText(2, self.tr("Corrective actions (%1)").replace("%1", str(len(self.open_rows))))

    def sign_off_selected(self) -> None:
        """Sign off the selected action."""
        index = self.actions_view.currentIndex()
        if not index.isValid():
            common.show_info(self, self.tr("Select an action to sign off."))
            return
        SignoffDialog(self.ctx, self.actions_model.row_at(index.row()), self).exec()

    # ------------------------------------------------------------ setup and printing
    def _build_setup(self) -> None:
        page = QWidget()
        layout = QHBoxLayout(page)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Stations"), page))
        self.stations_list = QListWidget(page)
        left.addWidget(self.stations_list, 1)
        self.add_station_button = QPushButton(self.tr("Add &station…"), page)
        self.retire_station_button = QPushButton(self.tr("&Retire station"), page)
        left.addWidget(self.add_station_button)
        left.addWidget(self.retire_station_button)
        middle = QVBoxLayout()
        middle.addWidget(QLabel(self.tr("Checklist templates"), page))
        self.templates_list = QListWidget(page)
        middle.addWidget(self.templates_list, 1)
        self.edit_template_button = QPushButton(self.tr("&Edit template…"), page)
        self.new_template_button = QPushButton(self.tr("&New template…"), page)
        middle.addWidget(self.edit_template_button)
        middle.addWidget(self.new_template_button)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Printouts"), page))
        self.print_week_button = QPushButton(self.tr("Blank weekly sheets (PDF)…"), page)
        self.print_week_button.setToolTip(
            self.tr("Paper sheets for a power cut: one page per checklist for next week.")
        )
        self.print_log_button = QPushButton(self.tr("Station logs for a month (PDF)…"), page)
        self.log_month = QDateEdit(page)
        self.log_month.setDisplayFormat("yyyy-MM")
        today = self._today()
        self.log_month.setDate(QDate(today.year, today.month, 1))
        for button in (self.print_week_button, self.print_log_button):
            button.setMinimumHeight(TOUCH)
        right.addWidget(self.print_week_button)
        right.addWidget(self.log_month)
        right.addWidget(self.print_log_button)
        right.addStretch(1)
        layout.addLayout(left, 1)
        layout.addLayout(middle, 1)
        layout.addLayout(right, 1)
        self.pages.addTab(page, self.tr("Setup && print"))
        self.add_station_button.clicked.connect(lambda: StationDialog(self.ctx, self).exec())
        self.retire_station_button.clicked.connect(self.retire_station)
        self.edit_template_button.clicked.connect(self.edit_template)
        self.new_template_button.clicked.connect(lambda: TemplateDialog(self.ctx, None, self).exec())
        self.print_week_button.clicked.connect(self.print_weekly)
        self.print_log_button.clicked.connect(self.print_station_logs)
        owner = self.ctx.can(Permission.EDIT_TEMPLATES)
        for button in (
            self.add_station_button,
            self.retire_station_button,
            self.edit_template_button,
            self.new_template_button,
        ):
            button.setEnabled(owner)
            if not owner:
                button.setToolTip(self.tr("Only the owner changes stations and templates."))

    def refresh_setup(self) -> None:
        """Stations and current templates."""
        self.stations_list.clear()
        for station in hq.stations(self.ctx.new_uow()):
            item = QListWidgetItem(f"{station.name} · {tr_label('StationKind', STATION_KIND_LABELS[station.kind])}")
            item.setData(Qt.ItemDataRole.UserRole, station.id)
            self.stations_list.addItem(item)
        self.templates_list.clear()
        for template in hq.templates(self.ctx.new_uow()):
            item = QListWidgetItem(
                f"{template.name(lang())} · v{template.version} · {len(template.items)} " + self.tr("items")
            )
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            self.templates_list.addItem(item)

    def retire_station(self) -> None:
        """Retire the selected station (never deleted)."""
        item = self.stations_list.currentItem()
        if item is None:
            return
        if not common.confirm(
            self, self.tr("Retire station"), self.tr("Retire %1? Its logs are kept.").replace("%1", item.text())
        ):
            return
        try:
            self.ctx.run(svc.set_station_active, int(item.data(Qt.ItemDataRole.UserRole)), False)
        except DomainError as exc:
            common.show_error(self, exc)
        self.refresh()

    def edit_template(self) -> None:
        """Edit the selected template (a new version)."""
        item = self.templates_list.currentItem()
        if item is None:
            return
        template = hq.template(self.ctx.new_uow(), int(item.data(Qt.ItemDataRole.UserRole)))
        if template is not None:
            TemplateDialog(self.ctx, template, self).exec()

    def _save_pdf(self, default_name: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), str(config.data_dir() / default_name), self.tr("PDF files (*.pdf)")
        )
        return Path(name) if name else None

    def print_weekly(self) -> None:
        """Blank weekly sheets for next week (power cut)."""
        from salondesk.reports.hygiene_sheets import blank_weekly_sheets

        monday = self._today() + timedelta(days=7 - self._today().weekday())
        path = self._save_pdf(f"hygiene-blank-{monday.isoformat()}.pdf")
        if path is not None:
            blank_weekly_sheets(self.ctx.new_uow(), self.ctx.settings, monday, path, lang())
            common.show_info(self, self.tr("Saved %1").replace("%1", str(path)))

    def print_station_logs(self) -> None:
        """The per-station log of the chosen month."""
        from salondesk.reports.hygiene_sheets import station_month_logs

        chosen = self.log_month.date()
        path = self._save_pdf(f"station-logs-{chosen.year():04d}-{chosen.month():02d}.pdf")
        if path is not None:
            station_month_logs(self.ctx.new_uow(), self.ctx.settings, chosen.year(), chosen.month(), path, lang())
            common.show_info(self, self.tr("Saved %1").replace("%1", str(path)))

    # ------------------------------------------------------------ refresh
    def refresh(self) -> None:
        """Reload every page (F5)."""
        self.refresh_actions()
        self.refresh_board()
        self.refresh_records()
        self.refresh_setup()

    def _on_data_changed(self, area: str) -> None:
        if area in {"hygiene", "settings", "staff"}:
            self.refresh()

    def new_record(self) -> None:
        """Ctrl+N: back to the board, first line that is due."""
        self.pages.setCurrentIndex(0)
        for line in self.board_lines:
            if line.row.state in (hq.PeriodState.DUE, hq.PeriodState.MISSED):
                line.button.setFocus()
                return
