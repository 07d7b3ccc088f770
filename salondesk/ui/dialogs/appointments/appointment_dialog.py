"""Book or edit an appointment; shows broken rules and takes an override reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from salondesk.domain.appointments import CATEGORY_LABELS
from salondesk.domain.catalogue import Service, display_name
from salondesk.domain.errors import DomainError
from salondesk.domain.permissions import Permission
from salondesk.domain.reception import default_service
from salondesk.queries import appointments as book_queries
from salondesk.queries import schedule as schedule_queries
from salondesk.queries.appointments import AppointmentRow
from salondesk.services import appointments as book_service
from salondesk.services.appointments import BookingRequest, BookingRulesBroken, Repeat
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext, error_text, failure_text
from salondesk.ui.dialogs.reception.dialogs import EnterFilter
from salondesk.ui.forms.ui_appointments_dialog import Ui_AppointmentDialog
from salondesk.ui.tasks import LatestOnly, TaskRunner
from salondesk.ui.widgets.common import RememberingDialog, date_display_format, no_services_hint
from salondesk.ui.widgets.phone_field import PhoneField

if TYPE_CHECKING:
    from salondesk.queries.customers import SearchResult


class AppointmentDialog(RememberingDialog):
    """New appointment (from a free slot or a customer file) or edit of a booked one."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        staff_id: int | None = None,
        start: datetime | None = None,
        customer_id: int | None = None,
        customer_name: str = "",
        row: AppointmentRow | None = None,
        search_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.saved_ids: list[int] = []
        self.customer_id = row.customer_id if row else customer_id
        self.tz = salon_timezone(ctx.settings)
        self.ui = Ui_AppointmentDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("New appointment") if row is None else self.tr("Edit appointment"))
        lang = "zh_CN" if self.tr("Appointment") != "Appointment" else "en"
        self.services: list[Service] = ctx.query(book_queries.active_services)
        self._service_seen = row is not None  # a save needs a service the user has seen (ux.md)
        self._service_chosen = row is not None  # picked by the user: a change of technician keeps it
        if row is None:
            self.ui.serviceBox.addItem(self.tr("(choose the service)"), None)
        for service in self.services:
            category = QCoreApplication.translate(
                "ServiceCategory", CATEGORY_LABELS.get(str(service.category), str(service.category))
            )
            minutes = self.tr("%1 min").replace("%1", str(service.duration_min))
            label = f"{display_name(service.name, service.name_zh, lang)} · {category} · {minutes}"
            self.ui.serviceBox.addItem(label, service.id)
        for sid, name in ctx.query(schedule_queries.bookable_staff):
            self.ui.staffBox.addItem(name, sid)
        self.ui.stationBox.addItem(self.tr("(any)"), None)
        for station_id, name, _kind in ctx.query(book_queries.stations):
            self.ui.stationBox.addItem(name, station_id)
        self.ui.warningBanner.setVisible(False)
        self.phone_field = PhoneField(self.ui.guestPhone, ctx.settings.phone_region)
        self.ui.problemLabel.setText(no_services_hint())
        self.ui.problemLabel.setVisible(not self.services)
        self.ui.overrideEdit.setVisible(False)
        self.ui.customerList.setVisible(False)
        # the search runs off the GUI thread at once on every key (one at a time, the newest text next)
        self.searcher = LatestOnly(
            self,
            ctx.extras.get("tasks") or TaskRunner(self),
            self._search_key,
            self._search_job,
            self._show_hits,
            self._search_failed,
        )
        self.shown_query = ""  # the text whose hits the list shows
        self.ui.customerSearch.textEdited.connect(self._typed)
        # Enter picks the customer and moves on to the service; it never saves from here
        self.ui.customerSearch.installEventFilter(EnterFilter(self._take_first_hit, self))
        self.ui.serviceBox.installEventFilter(self)
        self.ui.serviceBox.activated.connect(self._chose_service)
        self.ui.staffBox.currentIndexChanged.connect(self._staff_changed)
        self.ui.customerList.itemActivated.connect(self._take_hit)
        self.ui.serviceBox.currentIndexChanged.connect(self._service_changed)
        self.ui.repeatCheck.toggled.connect(self._repeat_toggled)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        self._repeat_toggled(False)
        self.ui.dateEdit.setDisplayFormat(f"{date_display_format()} ddd")  # with the weekday

        when = row.start if row else (start or ctx.clock.now())
        local = when.astimezone(self.tz)
        self.ui.dateEdit.setDate(QDate(local.year, local.month, local.day))
        self.ui.timeEdit.setTime(QTime(local.hour, local.minute))
        if row is not None:
            self._select(self.ui.serviceBox, row.service_id)
            self._select(self.ui.staffBox, row.staff_id)
            self._select(self.ui.stationBox, row.station_id)
            self.ui.durationSpin.setValue(int((row.end - row.start).total_seconds() // 60))
            self.ui.notesEdit.setText(row.notes)
            self.ui.customerSearch.setText(row.customer_name)
            self.ui.customerSearch.setEnabled(False)
            self.ui.guestName.setEnabled(False)
            self.ui.guestPhone.setEnabled(False)
            self.ui.repeatCheck.setEnabled(False)
        else:
            if staff_id is not None:
                self._select(self.ui.staffBox, staff_id)
            self._service_changed()
            if customer_id is not None:
                self.ui.customerSearch.setText(customer_name)
                self._apply_default_service()
                self._show_warnings()
                self.ui.serviceBox.setFocus()
            else:
                self.ui.customerSearch.setFocus()
                if search_text:  # typed on the day view's slot: keep typing here
                    self.ui.customerSearch.setText(search_text)
                    self.ui.customerSearch.installEventFilter(self)
                    self._typed(search_text)
        self.watch(
            self.ui.customerSearch,
            self.ui.guestName,
            self.ui.serviceBox,
            self.ui.staffBox,
            self.ui.dateEdit,
            self.ui.notesEdit,
        )
        self.restore_size()

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        """Keep typing after the character that opened the dialog (focus-in would select it)."""
        from PySide6.QtCore import QEvent

        if watched is self.ui.serviceBox and event.type() == QEvent.Type.FocusIn:
            self._saw_service()
        if watched is self.ui.customerSearch and event.type() == QEvent.Type.FocusIn:
            result = super().eventFilter(watched, event)
            QTimer.singleShot(0, self._cursor_to_end)
            self.ui.customerSearch.removeEventFilter(self)
            return result
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Typed-on-the-slot text stays unselected so typing goes on after it."""
        super().showEvent(event)
        if self.customer_id is None and self.row is None and self.ui.customerSearch.text():
            self.ui.customerSearch.setFocus()
            self._cursor_to_end()

    def _cursor_to_end(self) -> None:
        self.ui.customerSearch.deselect()
        self.ui.customerSearch.setCursorPosition(len(self.ui.customerSearch.text()))

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _select(box, value) -> None:  # type: ignore[no-untyped-def]
        index = box.findData(value)
        if index >= 0:
            box.setCurrentIndex(index)

    def _service(self) -> Service | None:
        sid = self.ui.serviceBox.currentData()
        return next((s for s in self.services if s.id == sid), None)

    def _service_changed(self, *_args: object) -> None:
        service = self._service()
        if service is not None and self.row is None:
            self.ui.durationSpin.setValue(service.duration_min)
        self._show_warnings()  # a colour service brings the patch-test state into the banner

    def _saw_service(self, *_args: object) -> None:
        self._service_seen = True

    def _chose_service(self, *_args: object) -> None:
        self._service_seen = self._service_chosen = True

    def _staff_changed(self, *_args: object) -> None:
        if self.row is None and not self._service_chosen:
            self._apply_default_service()

    def _apply_default_service(self) -> None:
        """The customer's last service if this technician may do it that day, otherwise none (the domain's rule)."""
        if self.row is not None or self.customer_id is None:
            return
        staff_id = self.ui.staffBox.currentData()
        allowed = (
            self.ctx.query(book_queries.services_staff_may_do, int(staff_id), self._start().astimezone(self.tz).date())
            if staff_id is not None
            else frozenset()
        )
        last = self.ctx.query(book_queries.last_service_id, self.customer_id)
        self._select(self.ui.serviceBox, default_service(last, allowed))

    def _repeat_toggled(self, on: bool) -> None:
        for widget in (self.ui.everyLabel, self.ui.everySpin, self.ui.timesSpin):
            widget.setEnabled(on)

    def _search_key(self) -> str:
        return self.ui.customerSearch.text().strip()

    def _typed(self, _text: str) -> None:
        self.customer_id = None
        self.ui.warningBanner.setVisible(False)
        self.searcher.request()

    def _search_job(self, text: str) -> Callable[[], SearchResult] | None:
        """The search for ``text`` to run in the pool (under 2 characters or nobody logged in: hidden at once)."""
        from salondesk.queries.customers import search_customers

        new_uow, actor = self.ctx.new_uow, self.ctx.actor
        if len(text) < 2 or actor is None:
            self.ui.customerList.clear()
            self.ui.customerList.setVisible(False)
            self.shown_query = text
            return None
        return lambda: search_customers(new_uow(), actor, text, 8)

    def _show_hits(self, result: SearchResult) -> None:
        self.ui.customerList.clear()
        self.shown_query = result.query
        for hit in result.hits:
            label = f"{hit.name}  {hit.phone}" + ("  ⚠" if hit.has_warning else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, (hit.id, hit.name))
            self.ui.customerList.addItem(item)
        self.ui.customerList.setVisible(bool(result.hits))
        if result.hits:
            self.ui.customerList.setCurrentRow(0)

    def _search_failed(self, exc: BaseException) -> None:
        self.ui.customerList.clear()
        self.ui.customerList.setVisible(False)
        self.ui.problemLabel.setText(failure_text(exc))
        self.ui.problemLabel.setVisible(True)

    def _take_first_hit(self) -> None:
        if self.shown_query != self._search_key():  # Enter before the hits of this text arrived
            self.searcher.run_now()
        item = self.ui.customerList.currentItem()
        if item is not None:
            self._take_hit(item)

    def done(self, result: int) -> None:
        """Closing drops a search still running (its hits are for nobody)."""
        self.searcher.stop()
        super().done(result)

    def _take_hit(self, item: QListWidgetItem) -> None:
        self.customer_id, name = item.data(Qt.ItemDataRole.UserRole)
        self.searcher.stop()  # a search still running is for the typed text, not for her name
        self.ui.customerSearch.setText(name)
        self.shown_query = self._search_key()
        self.ui.customerList.setVisible(False)
        if not self._service_chosen:
            self._apply_default_service()
        self._show_warnings()
        self.ui.serviceBox.setFocus()

    def _show_warnings(self) -> None:
        if self.customer_id is None:
            return
        from salondesk.queries.customers import safety_warnings

        try:
            warnings = safety_warnings(self.ctx.new_uow(), self.customer_id, self._start())
        except DomainError:
            return
        parts = []
        if warnings.allergies:
            parts.append(self.tr("Allergy: %1").replace("%1", warnings.allergies))
        if warnings.contraindications:
            parts.append(self.tr("Contraindication: %1").replace("%1", warnings.contraindications))
        if warnings.skin_conditions:
            parts.append(self.tr("Skin condition: %1").replace("%1", warnings.skin_conditions))
        service = self._service()
        needs_patch = service is not None and service.needs_patch_test
        if warnings.patch.is_warning or (needs_patch and not warnings.patch.ok):
            parts.append(warnings.patch.render(QCoreApplication.translate, self.tz))
        self.ui.warningBanner.setText("\n".join(parts))
        self.ui.warningBanner.setVisible(bool(parts))

    def _start(self) -> datetime:
        qd, qt = self.ui.dateEdit.date(), self.ui.timeEdit.time()
        local = datetime.combine(date(qd.year(), qd.month(), qd.day()), time(qt.hour(), qt.minute()), tzinfo=self.tz)
        return local.astimezone(UTC)

    # ------------------------------------------------------------------ save
    def save(self) -> None:
        """Book (or move/edit) through the service; show broken rules and ask for a reason."""
        start = self._start()
        end = start + timedelta(minutes=self.ui.durationSpin.value())
        reason = self.ui.overrideEdit.text().strip() or None
        seen = self._service_seen or self.focusWidget() is self.ui.serviceBox  # Enter on the service box
        if self.row is None and self.customer_id is None and not self.ui.guestName.text().strip():
            self._take_first_hit()  # saving with the hit list open takes the highlighted customer
        if self.row is None and (self.ui.serviceBox.currentData() is None or not seen):
            self.ui.problemLabel.setText(self.tr("Choose the service.") if self.services else no_services_hint())
            self.ui.problemLabel.setVisible(True)
            self.ui.serviceBox.setFocus()
            return
        try:
            if self.row is None:
                request = BookingRequest(
                    staff_id=int(self.ui.staffBox.currentData() or 0),
                    service_id=int(self.ui.serviceBox.currentData() or 0),
                    start=start,
                    end=end,
                    customer_id=self.customer_id,
                    guest_name="" if self.customer_id else self.ui.guestName.text(),
                    guest_phone="" if self.customer_id else self.ui.guestPhone.text(),
                    station_id=self.ui.stationBox.currentData(),
                    notes=self.ui.notesEdit.text(),
                )
                repeat = (
                    Repeat(self.ui.everySpin.value(), self.ui.timesSpin.value())
                    if (self.ui.repeatCheck.isChecked())
                    else None
                )
                self.saved_ids = self.ctx.run(
                    book_service.book, request, repeat=repeat, override_reason=reason, write_lock=True
                )
            else:
                self.ctx.run(
                    book_service.reschedule,
                    self.row.id,
                    start=start,
                    end=end,
                    staff_id=int(self.ui.staffBox.currentData()),
                    service_id=int(self.ui.serviceBox.currentData()),
                    station_id=self.ui.stationBox.currentData(),
                    notes=self.ui.notesEdit.text(),
                    override_reason=reason,
                    write_lock=True,
                )
                self.saved_ids = [self.row.id]
        except BookingRulesBroken as exc:
            self._show_breaches(exc)
            return
        except DomainError as exc:
            self.ui.problemLabel.setText(error_text(exc))
            self.ui.problemLabel.setVisible(True)
            return
        self.ctx.signals.data_changed.emit("appointments")
        self._dirty = False
        self.accept()

    def _show_breaches(self, exc: BookingRulesBroken) -> None:
        from salondesk.domain.errors import Conflict

        lines = [error_text(Conflict(b.message, **b.params)) for b in exc.breaches]
        if exc.overridable:
            lines.append(self.tr("To book anyway, give the reason below and save again."))
            self.ui.overrideEdit.setVisible(True)
            self.ui.overrideEdit.setFocus()
        elif any(b.overridable for b in exc.breaches) and not self.ctx.can(Permission.OVERRIDE_BOOKING_RULES):
            lines.append(self.tr("Only the owner can override this."))
        self.ui.problemLabel.setText("\n".join(lines))
        self.ui.problemLabel.setVisible(True)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        if save is not None and exc.overridable:
            save.setText(self.tr("Book with override"))
