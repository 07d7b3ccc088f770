"""Appointment book tab: day view (a column per technician), week view (one technician), list view."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QPoint, QSortFilterProxyModel, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salondesk.domain.appointments import EDITABLE, AppointmentStatus
from salondesk.domain.calendar import local_date
from salondesk.domain.errors import DomainError
from salondesk.domain.permissions import Permission
from salondesk.domain.schedule import Span, parse_hhmm
from salondesk.domain.settings import WEEKDAYS
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.queries import appointments as book_queries
from salondesk.queries import schedule as schedule_queries
from salondesk.queries.appointments import AppointmentRow
from salondesk.services import appointments as book_service
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext
from salondesk.ui.models.table_model import Column, RowTableModel
from salondesk.ui.tabs.base import Tab
from salondesk.ui.widgets import common
from salondesk.ui.widgets.day_view import STATUS_COLOURS, DayView, GridColumn, status_word


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class AppointmentsTab(Tab):
    """The appointment book (预约簿)."""

    area = "appointments"
    title_text = QT_TRANSLATE_NOOP("AppointmentsTab", "Appointments")
    required_permission = None  # everyone sees the book; booking needs Permission.BOOK

    DAY, WEEK, LIST = 0, 1, 2

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tz = salon_timezone(ctx.settings)
        self.mode = self.DAY
        self.rows: list[AppointmentRow] = []
        self.last_dialog: QDialog | None = None  # the open dialog (tests reach it)
        self.last_menu: QMenu | None = None

        self.prev_button = QToolButton(self)
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("Previous day (Alt+Left)"))
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next day (Alt+Right)"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(f"{common.date_display_format()} ddd")  # with the weekday
        self.mode_group = QButtonGroup(self)
        bar = QHBoxLayout()
        for widget in (self.prev_button, self.today_button, self.next_button, self.date_edit):
            bar.addWidget(widget)
        for mode, text in ((self.DAY, self.tr("&Day")), (self.WEEK, self.tr("&Week")), (self.LIST, self.tr("&List"))):
            button = QToolButton(self)
            button.setText(text)
            button.setCheckable(True)
            button.setChecked(mode == self.DAY)
            self.mode_group.addButton(button, mode)
            bar.addWidget(button)
        self.staff_box = QComboBox(self)
        self.staff_box.setToolTip(self.tr("Technician shown in the week and list views"))
        bar.addWidget(self.staff_box)
        bar.addStretch(1)
        self.new_button = QPushButton(self.tr("&New appointment"), self)
        self.new_button.setToolTip(self.tr("Book in the selected slot (Ctrl+N)"))
        self.calls_button = QPushButton(self.tr("Confirmation &calls…"), self)
        self.ics_button = QPushButton(self.tr("Export .&ics…"), self)
        self.services_button = QPushButton(self.tr("&Services…"), self)
        self.schedule_button = QPushButton(self.tr("Sc&hedule…"), self)
        for widget in (self.new_button, self.calls_button, self.ics_button, self.services_button, self.schedule_button):
            bar.addWidget(widget)

        self.counts = QLabel(self)
        self.day_view = DayView(self)
        self.week_view = DayView(self)
        self.list_model: RowTableModel[AppointmentRow] = RowTableModel(self._list_columns(), self)
        self.list_view = QTableView(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.list_model)
        proxy.setSortRole(RowTableModel.SortRole)
        self.list_view.setModel(proxy)
        self.list_view.setSortingEnabled(True)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.horizontalHeader().setStretchLastSection(True)
        self.stack = QStackedWidget(self)
        for view in (self.day_view, self.week_view):
            scroll = QScrollArea(self)
            scroll.setWidget(view)
            scroll.setWidgetResizable(True)
            scroll.verticalScrollBar().valueChanged.connect(view.update)  # the header follows the scroll
            self.stack.addWidget(scroll)
        self.stack.addWidget(self.list_view)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.counts)
        layout.addWidget(self.stack, 1)

        self.prev_button.clicked.connect(lambda: self.go(self.day() - timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.go(self.day() + timedelta(days=1)))
        self.today_button.clicked.connect(self.go_today)
        self.date_edit.dateChanged.connect(lambda _d: self.refresh())
        self.mode_group.idClicked.connect(self.set_mode)
        self.staff_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button.clicked.connect(self.new_record)
        self.calls_button.clicked.connect(self.show_calls)
        self.ics_button.clicked.connect(self.export_ics)
        self.services_button.clicked.connect(self.show_catalogue)
        self.schedule_button.clicked.connect(self.show_schedule)
        for view in (self.day_view, self.week_view):
            view.slot_activated.connect(self.book_slot)
            view.slot_typed.connect(self.book_slot_typed)
            view.appointment_activated.connect(self.edit_appointment)
            view.move_requested.connect(self.move_appointment)
            view.resize_requested.connect(self.resize_appointment)
            view.context_requested.connect(self.show_menu)
        self.list_view.activated.connect(lambda index: self.edit_appointment(self._list_row(index.row()).id))
        QShortcut(QKeySequence("Alt+Left"), self, self.prev_button.click)
        QShortcut(QKeySequence("Alt+Right"), self, self.next_button.click)
        QShortcut(QKeySequence("Ctrl+T"), self, self.go_today)
        ctx.signals.data_changed.connect(self._data_changed)
        self.now_timer = QTimer(self)
        self.now_timer.timeout.connect(self._tick)
        self.now_timer.start(60_000)
        self.new_button.setEnabled(ctx.can(Permission.BOOK))
        self.calls_button.setEnabled(ctx.can(Permission.BOOK))
        self.services_button.setVisible(ctx.can(Permission.MANAGE_CATALOGUE))
        self.schedule_button.setVisible(ctx.can(Permission.MANAGE_SCHEDULE))
        self._fill_staff()
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(_qdate(self.today()))
        self.date_edit.blockSignals(False)
        self.refresh()

    # ------------------------------------------------------------------ navigation
    def today(self) -> date:
        """The salon-local today by the injected clock."""
        return local_date(self.ctx.clock.now(), self.tz)

    def day(self) -> date:
        """The day shown."""
        return _pydate(self.date_edit.date())

    def go(self, day: date) -> None:
        """Show ``day``."""
        self.date_edit.setDate(_qdate(day))

    def go_today(self) -> None:
        """Back to today."""
        self.go(self.today())

    def set_mode(self, mode: int) -> None:
        """Day / week / list."""
        self.mode = mode
        self.mode_group.button(mode).setChecked(True)
        self.stack.setCurrentIndex(mode)
        self.refresh()

    def _fill_staff(self) -> None:
        self.staff_box.blockSignals(True)
        current = self.staff_box.currentData()
        self.staff_box.clear()
        self.staff_box.addItem(self.tr("All technicians"), None)
        for sid, name in self.ctx.query(schedule_queries.bookable_staff):
            self.staff_box.addItem(name, sid)
        index = self.staff_box.findData(current)
        self.staff_box.setCurrentIndex(max(0, index))
        self.staff_box.blockSignals(False)

    def _data_changed(self, area: str) -> None:
        if area in ("appointments", "reception", "staff", "schedule", "customers"):
            self.refresh()

    def _tick(self) -> None:
        now = self.ctx.clock.now()
        self.day_view.set_now(now)
        self.week_view.set_now(now)

    # ------------------------------------------------------------------ loading
    def _hours(self, days: list[date]) -> tuple[int, int]:
        first, last = 9, 21
        opens = [self.ctx.settings.opening_hours.get(WEEKDAYS[d.weekday()]) for d in days]
        spans = [h for h in opens if h]
        if spans:
            first = min(parse_hhmm(h[0]).hour for h in spans)
            last = max(parse_hhmm(h[1]).hour + (1 if parse_hhmm(h[1]).minute else 0) for h in spans)
            first = max(0, first - 1)
        for row in self.rows:
            start, end = row.start.astimezone(self.tz), row.station_until.astimezone(self.tz)
            first = min(first, start.hour)
            last = max(last, min(24, end.hour + (1 if end.minute else 0)))
        return first, max(last, first + 1)

    def refresh(self) -> None:
        """Reload the shown day / week / list."""
        viewer = self.ctx.actor
        day = self.day()
        lang = "zh_CN" if self.tr("Appointments") != "Appointments" else "en"
        if self.mode == self.DAY:
            book = self.ctx.query(book_queries.day_book, day, self.tz, self.ctx.settings.opening_hours, viewer=viewer)
            self.rows = book.appointments
            columns = [
                GridColumn(
                    c.staff_id,
                    c.name,
                    day,
                    (c.shift.work,) if c.shift else (),
                    tuple(c.shift.breaks) if c.shift else (),
                )
                for c in book.columns
            ]
            first, last = self._hours([day])
            self.day_view.set_data(
                columns, self.rows, self.tz, now=self.ctx.clock.now(), first_hour=first, last_hour=last, lang=lang
            )
        elif self.mode == self.WEEK:
            staff_id = self.staff_box.currentData()
            if staff_id is None and self.staff_box.count() > 1:
                self.staff_box.setCurrentIndex(1)  # the week view is one technician's
                return
            monday = day - timedelta(days=day.weekday())
            shifts, self.rows = (
                self.ctx.query(book_queries.week_book, staff_id, monday, self.tz, viewer=viewer)
                if staff_id is not None
                else ({}, [])
            )
            days = [monday + timedelta(days=i) for i in range(7)]
            locale_days = [self.locale().toString(_qdate(d), "ddd M/d") for d in days]
            columns = []
            for d, label in zip(days, locale_days, strict=True):
                shift = shifts.get(d)
                work: tuple[Span, ...] = (shift.work,) if shift else ()
                columns.append(GridColumn(d, label, d, work, tuple(shift.breaks) if shift else ()))
            first, last = self._hours(days)
            self.week_view.set_data(
                columns,
                self.rows,
                self.tz,
                now=self.ctx.clock.now(),
                first_hour=first,
                last_hour=last,
                column_of=lambda row: local_date(row.start, self.tz),
                lang=lang,
            )
        else:
            self.rows = self.ctx.query(
                book_queries.list_rows,
                day,
                day + timedelta(days=6),
                self.tz,
                staff_id=self.staff_box.currentData(),
                viewer=viewer,
            )
            self.list_model.set_rows(self.rows)
            self.list_view.resizeColumnsToContents()
        self._show_counts()

    def _show_counts(self) -> None:
        live = [r for r in self.rows if r.status != AppointmentStatus.CANCELLED]
        cancelled = len(self.rows) - len(live)
        no_shows = sum(1 for r in self.rows if r.status == AppointmentStatus.NO_SHOW)
        warnings = sum(1 for r in live if r.warning)
        if not self.rows:
            text = self.tr("No appointments. Double-click a free slot or press Enter on it to book.")
        else:
            text = (
                self.tr("%1 appointments, %2 cancelled, %3 no-shows, %4 with safety warnings")
                .replace("%1", str(len(live)))
                .replace("%2", str(cancelled))
                .replace("%3", str(no_shows))
                .replace("%4", str(warnings))
            )
        self.counts.setText(text)

    def _list_columns(self) -> list[Column[AppointmentRow]]:
        from PySide6.QtGui import QBrush, QColor

        def when(row: AppointmentRow) -> str:
            start, end = row.start.astimezone(self.tz), row.end.astimezone(self.tz)
            return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"

        return [
            Column(self.tr("When"), when, sort_key=lambda r: r.start),
            Column(self.tr("Technician"), lambda r: r.staff_name),
            Column(self.tr("Customer"), lambda r: r.customer_name + ("  ⚠" if r.warning else "")),
            Column(self.tr("Phone"), lambda r: r.phone),
            Column(self.tr("Service"), self._service_name),
            Column(
                self.tr("Status"),
                lambda r: status_word(r.status),
                foreground=lambda r: QBrush(QColor(STATUS_COLOURS[r.status][0])),
                background=lambda r: QBrush(QColor(STATUS_COLOURS[r.status][1])),
            ),
            Column(self.tr("Notes"), lambda r: r.notes),
        ]

    def _service_name(self, row: AppointmentRow) -> str:
        return row.service_name_zh if self._zh() and row.service_name_zh else row.service_name

    def _zh(self) -> bool:
        return self.tr("Appointments") != "Appointments"

    def _list_row(self, proxy_row: int) -> AppointmentRow:
        proxy = self.list_view.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        return self.list_model.row_at(proxy.mapToSource(proxy.index(proxy_row, 0)).row())

    def _row(self, appointment_id: int) -> AppointmentRow | None:
        return next((r for r in self.rows if r.id == appointment_id), None)

    # ------------------------------------------------------------------ actions
    def new_record(self) -> None:
        """Ctrl+N: book in the slot under the cursor (or now)."""
        view = self.week_view if self.mode == self.WEEK else self.day_view
        slot = view.cursor_slot()
        if self.mode == self.WEEK and slot is not None:
            self.book_slot(self.staff_box.currentData(), slot[1])
        elif slot is not None:
            self.book_slot(slot[0], slot[1])
        else:
            self.book_slot(None, self.ctx.clock.now())

    def book_slot(self, key: object, start: datetime) -> None:
        """Open the booking dialog prefilled with the slot's technician and time."""
        if not self.ctx.can(Permission.BOOK):
            return
        staff_id = key if isinstance(key, int) else self.staff_box.currentData()
        self._open_dialog(staff_id=staff_id, start=start)

    def book_slot_typed(self, key: object, start: datetime, text: str) -> None:
        """Typing on a free slot opens the booking dialog with the customer search started."""
        if not self.ctx.can(Permission.BOOK):
            return
        staff_id = key if isinstance(key, int) else self.staff_box.currentData()
        self._open_dialog(staff_id=staff_id, start=start, search_text=text)

    def book_for_customer(self, customer_id: int, customer_name: str) -> list[int]:
        """From the customer file: book for this customer at the selected slot."""
        slot = self.day_view.cursor_slot()
        start = slot[1] if slot else self.ctx.clock.now()
        staff_id = slot[0] if slot and isinstance(slot[0], int) else None
        return self._open_dialog(staff_id=staff_id, start=start, customer_id=customer_id, customer_name=customer_name)

    def _open_dialog(self, **kwargs: object) -> list[int]:
        from salondesk.ui.dialogs.appointments.appointment_dialog import AppointmentDialog

        dialog = AppointmentDialog(self.ctx, parent=self, **kwargs)  # type: ignore[arg-type]
        self.last_dialog = dialog
        if dialog.exec():
            self.refresh()
            return dialog.saved_ids
        return []

    def edit_appointment(self, appointment_id: int) -> None:
        """Open a booked/confirmed appointment for editing."""
        row = self._row(appointment_id)
        if row is None or row.status not in EDITABLE or not self.ctx.can(Permission.BOOK):
            return
        from salondesk.ui.dialogs.appointments.appointment_dialog import AppointmentDialog

        dialog = AppointmentDialog(self.ctx, row=row, parent=self)
        self.last_dialog = dialog
        if dialog.exec():
            self.refresh()

    def _run(self, service, *args, **kwargs) -> bool:  # type: ignore[no-untyped-def]
        try:
            self.ctx.run(service, *args, **kwargs)
        except book_service.BookingRulesBroken as exc:
            common.show_error(self, exc)
            return False
        except DomainError as exc:
            common.show_error(self, exc)
            return False
        self.ctx.signals.data_changed.emit("appointments")
        return True

    def _run_and_refresh(self, service, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self._run(service, *args, **kwargs)
        self.refresh()

    def move_appointment(self, appointment_id: int, key: object, start: datetime) -> None:
        """A dragged block: another time and/or another technician."""
        staff_id = key if isinstance(key, int) else None
        if self.mode == self.WEEK and isinstance(key, date):
            row = self._row(appointment_id)
            if row is not None:
                local = row.start.astimezone(self.tz)
                start = (
                    start.astimezone(self.tz).replace(year=key.year, month=key.month, day=key.day)
                    if local.date() != key
                    else start
                )
        self._run(book_service.reschedule, appointment_id, start=start, staff_id=staff_id, write_lock=True)
        self.refresh()

    def resize_appointment(self, appointment_id: int, end: datetime) -> None:
        """A block's bottom edge dragged."""
        self._run(book_service.reschedule, appointment_id, end=end, write_lock=True)
        self.refresh()

    def cancel_appointment(self, appointment_id: int) -> None:
        """Cancel with a reason (the second step); kept in the book, greyed."""
        reason, ok = QInputDialog.getText(
            self, self.tr("Cancel appointment"), self.tr("Why is it cancelled? (kept with the appointment)")
        )
        if ok and reason.strip():
            self._run(book_service.cancel, appointment_id, reason)
            self.refresh()

    def show_menu(self, appointment_id: int, pos: QPoint) -> None:
        """The block's menu: edit, confirm, cancel, no-show."""
        row = self._row(appointment_id)
        if row is None:
            return
        menu = QMenu(self)
        can_book = self.ctx.can(Permission.BOOK)
        editable = row.status in EDITABLE and can_book
        menu.addAction(self.tr("&Edit…"), lambda: self.edit_appointment(appointment_id)).setEnabled(editable)
        menu.addAction(
            self.tr("C&onfirm"),
            lambda: self._run_and_refresh(book_service.set_status, appointment_id, AppointmentStatus.CONFIRMED),
        ).setEnabled(can_book and row.status == AppointmentStatus.BOOKED)
        menu.addAction(self.tr("&Cancel…"), lambda: self.cancel_appointment(appointment_id)).setEnabled(editable)
        menu.addAction(
            self.tr("Mark &no-show"),
            lambda: self._run_and_refresh(book_service.mark_no_show, appointment_id),
        ).setEnabled(editable and self.ctx.clock.now() >= row.start)
        if row.series_id is not None:
            menu.addAction(
                self.tr("Cancel this and later in the &series…"), lambda: self._cancel_series(appointment_id)
            ).setEnabled(editable)
        menu.popup(pos)
        self.last_menu = menu

    def _cancel_series(self, appointment_id: int) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Cancel series"), self.tr("Why is it cancelled?"))
        if ok and reason.strip():
            self._run(book_service.cancel_series, appointment_id, reason)
            self.refresh()

    def show_calls(self) -> None:
        """Tomorrow's confirmation calls (printable)."""
        from salondesk.ui.dialogs.appointments.calls_dialog import ConfirmationCallsDialog

        dialog = ConfirmationCallsDialog(
            self.ctx, self.day() + timedelta(days=1) if self.day() == self.today() else self.day(), parent=self
        )
        self.last_dialog = dialog
        dialog.exec()
        self.refresh()

    def show_catalogue(self) -> None:
        """The owner's service catalogue."""
        from salondesk.ui.dialogs.appointments.catalogue_dialog import CatalogueDialog

        dialog = CatalogueDialog(self.ctx, parent=self)
        self.last_dialog = dialog
        dialog.exec()
        self.refresh()

    def show_schedule(self) -> None:
        """The owner's staff schedule."""
        from salondesk.ui.dialogs.appointments.schedule_dialog import ScheduleDialog

        dialog = ScheduleDialog(self.ctx, parent=self)
        self.last_dialog = dialog
        dialog.exec()
        self._fill_staff()
        self.refresh()

    def export_ics(self) -> None:
        """Save the shown day (all technicians) or week (one technician) as an iCalendar file."""
        from salondesk.services.ical import schedule_ics

        day = self.day()
        staff_id = self.staff_box.currentData() if self.mode != self.DAY else None
        last = day + timedelta(days=6) if self.mode != self.DAY else day
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export schedule"),
            str(Path.home() / f"schedule-{day.isoformat()}.ics"),
            self.tr("iCalendar files (*.ics)"),
        )
        if not name:
            return
        data = self.ctx.query(
            schedule_ics, day, last, self.tz, staff_id=staff_id, salon_name=self.ctx.settings.salon_name
        )
        Path(name).write_bytes(data)
