"""Counter dialogs: walk-in, start service, finish (service record), rating, re-check.

Every dialog works from the keyboard with Enter as the default action, so the
counter's frequent tasks stay within ux.md's key counts. Texts are set here (the
forms carry untranslated placeholders) so they are translated with the
reception area.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from salondesk.domain.catalogue import display_name
from salondesk.domain.errors import DomainError, ValidationError
from salondesk.domain.reception import default_service, may_serve, salon_open_at, walk_in_refusal
from salondesk.domain.staff import CERTIFICATE_KIND_LABELS, CertificateKind
from salondesk.queries import appointments as book_queries
from salondesk.queries import customers as customer_queries
from salondesk.queries import reception as queue_queries
from salondesk.queries import visits as visit_queries
from salondesk.queries.reception import InServiceRow, QueueRow, QueueSnapshot, ServiceChoice
from salondesk.services import reception as reception_service
from salondesk.services import visits as visit_service
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext, error_text, failure_text
from salondesk.ui.forms.ui_reception_finish import Ui_ReceptionFinishDialog
from salondesk.ui.forms.ui_reception_start import Ui_ReceptionStartDialog
from salondesk.ui.forms.ui_reception_walk_in import Ui_ReceptionWalkInDialog
from salondesk.ui.tasks import LatestOnly, TaskRunner
from salondesk.ui.widgets.common import STATE_COLOURS, RememberingDialog, State, day_text, no_services_hint
from salondesk.ui.widgets.phone_field import PhoneField


def _lang() -> str:
    try:
        from salondesk.ui.i18n import current_language

        return current_language()
    except ImportError:  # pragma: no cover - the foundation's i18n module is always there
        return "en"


def service_label(choice: ServiceChoice) -> str:
    """``Colour (60 min)`` in the UI language."""
    return QCoreApplication.translate("ReceptionDialogs", "{name} ({minutes} min)").format(
        name=display_name(choice.name, choice.name_zh, _lang()), minutes=choice.duration_min
    )


def _error_style(label: QLabel, text: str, state: State = State.BAD) -> None:
    fg, bg = STATE_COLOURS[state]
    label.setText(text)
    label.setVisible(bool(text))
    label.setStyleSheet(f"QLabel {{ color: {fg}; background: {bg}; padding: 4px; font-weight: bold; }}")


def _local_hhmm(ctx: AppContext, instant: datetime | None) -> str:
    if instant is None:
        return ""
    return instant.astimezone(salon_timezone(ctx.settings)).strftime("%H:%M")


# ------------------------------------------------------------------ walk-in
class WalkInDialog(RememberingDialog):
    """A walk-in: find an existing customer (phone tail, pinyin initials…) or type a name and phone.

    Keys: type in the search box, Enter takes the first hit and moves to the service (her last
    one preselected), Enter there adds to the queue: F2 · 5678 · Enter · ↓ · Enter (ux.md: ≤ 8).
    """

    def __init__(
        self,
        ctx: AppContext,
        snapshot: QueueSnapshot | None = None,
        parent: QWidget | None = None,
        *,
        pick_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pick_only = pick_only
        self.customer_id: int | None = None
        self.customer_name = ""
        self.saved_id: int | None = None
        self.ui = Ui_ReceptionWalkInDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("New walk-in"))
        self.ui.searchLabel.setText(self.tr("&Find a customer (phone tail, name or pinyin initials):"))
        self.ui.nameEditLabel.setText(self.tr("Or a new walk-in's &name:"))
        self.ui.phoneEditLabel.setText(self.tr("&Phone:"))
        self.ui.serviceComboLabel.setText(self.tr("&Service:"))
        self.ui.staffComboLabel.setText(self.tr("Requested &technician:"))
        self.ui.noteEditLabel.setText(self.tr("N&ote:"))
        self.ui.searchEdit.setPlaceholderText(self.tr("e.g. 5678 or zw"))
        self.ui.nameEdit.setMaxLength(120)
        self.phone_field = PhoneField(self.ui.phoneEdit, ctx.settings.phone_region)
        self.ui.serviceCombo.addItem(self.tr("(not chosen yet)"), None)
        choices = ctx.query(queue_queries.service_choices)
        self.service_ids = frozenset(choice.id for choice in choices)
        for choice in choices:
            self.ui.serviceCombo.addItem(service_label(choice), choice.id)
        self.ui.staffCombo.addItem(self.tr("(anyone)"), None)
        for tech in snapshot.technicians if snapshot else ():
            self.ui.staffCombo.addItem(tech.name, tech.staff_id)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add to queue"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        # the search runs off the GUI thread (one at a time, the newest text next): no key waits for it
        self.searcher = LatestOnly(
            self,
            ctx.extras.get("tasks") or TaskRunner(self),
            self.ui.searchEdit.text,
            self._search_job,
            self._show_hits,
            self._search_failed,
        )
        self.shown_query = ""  # the text whose hits the list shows
        self.ui.searchEdit.textEdited.connect(lambda _text: self.searcher.request())
        # Enter in the search box picks the first hit, a second Enter adds; it never presses OK by itself
        self.ui.searchEdit.installEventFilter(EnterFilter(self._take_first_or_save, self))
        self.ui.serviceCombo.installEventFilter(EnterFilter(self.save, self))  # Enter on the service adds
        self.ui.hitList.itemActivated.connect(self._choose)
        self.ui.nameEdit.textEdited.connect(self._typed_name)
        self.ui.errorLabel.hide()
        self.ui.chosenLabel.hide()
        if not self.service_ids and not pick_only:  # a new salon: say where services are set up
            self.ui.chosenLabel.setText(no_services_hint())
            self.ui.chosenLabel.show()
        if not pick_only:  # closed now (Settings): say so before anything is typed
            settings = ctx.settings
            tz = salon_timezone(settings)
            open_now = salon_open_at(settings.opening_hours, settings.closed_days, ctx.clock.now(), tz)
            refusal = walk_in_refusal(open_now, "")
            if refusal is not None:
                _error_style(self.ui.errorLabel, QCoreApplication.translate("Errors", refusal), State.ATTENTION)
        self.watch(self.ui.searchEdit, self.ui.nameEdit, self.ui.phoneEdit, self.ui.serviceCombo, self.ui.staffCombo)
        if pick_only:
            self.setWindowTitle(self.tr("Find the customer"))
            for widget in (
                self.ui.nameEdit,
                self.ui.nameEditLabel,
                self.ui.phoneEdit,
                self.ui.phoneEditLabel,
                self.ui.serviceCombo,
                self.ui.serviceComboLabel,
                self.ui.staffCombo,
                self.ui.staffComboLabel,
                self.ui.noteEdit,
                self.ui.noteEditLabel,
            ):
                widget.hide()
            self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Choose"))
        self.ui.searchEdit.setFocus()
        self.restore_size()

    def _search_job(self, text: str) -> Callable[[], customer_queries.SearchResult] | None:
        """The search for ``text`` to run in the pool (an empty box or nobody logged in: cleared at once)."""
        new_uow, actor = self.ctx.new_uow, self.ctx.actor
        if not text.strip() or actor is None:
            self.ui.hitList.clear()
            self.shown_query = text
            return None
        return lambda: customer_queries.search_customers(new_uow(), actor, text, 20)

    def _search_failed(self, exc: BaseException) -> None:
        self.ui.hitList.clear()
        _error_style(self.ui.errorLabel, failure_text(exc))

    def _show_hits(self, result: customer_queries.SearchResult) -> None:
        self.ui.hitList.clear()
        self.shown_query = result.query
        for hit in result.hits:
            label = f"{hit.name}   {hit.phone}"
            if hit.member_number:
                label += f"   #{hit.member_number}"
            if hit.has_warning:
                label += "   ⚠ " + self.tr("warning on file")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, (hit.id, hit.name))
            self.ui.hitList.addItem(item)
        if self.ui.hitList.count():
            self.ui.hitList.setCurrentRow(0)
        else:
            hint = QListWidgetItem(self.tr("No customer found. A new walk-in? Type the name and phone below."))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.ui.hitList.addItem(hint)

    def done(self, result: int) -> None:
        """Closing drops a search still running (its hits are for nobody)."""
        self.searcher.stop()
        super().done(result)

    def _take_first_or_save(self) -> None:
        if self.customer_id is not None:
            self.save()
            return
        if self.shown_query != self.ui.searchEdit.text():  # Enter before the hits of this text arrived
            self.searcher.run_now()
        item = self.ui.hitList.currentItem() or (self.ui.hitList.item(0) if self.ui.hitList.count() else None)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self._choose(item)
        elif not self.pick_only:
            self.ui.nameEdit.setFocus()

    def _choose(self, item: QListWidgetItem) -> None:
        customer_id, name = item.data(Qt.ItemDataRole.UserRole)
        self.customer_id = int(customer_id)
        self.customer_name = str(name)
        self.ui.nameEdit.clear()
        self.ui.phoneEdit.clear()
        self.mark_dirty()
        if self.pick_only:
            self.ui.chosenLabel.setText(self.tr("Customer: <b>{name}</b> — press Enter to choose.").format(name=name))
            self.ui.chosenLabel.show()
            self.ui.searchEdit.setFocus()
            return
        last = self.ctx.query(book_queries.last_service_id, self.customer_id)
        index = self.ui.serviceCombo.findData(default_service(last, self.service_ids))
        self.ui.serviceCombo.setCurrentIndex(max(index, 0))
        text = self.tr("Customer: <b>{name}</b> — choose the service (↓), Enter adds to the queue.").format(name=name)
        if not self.service_ids:
            text += "<br>" + no_services_hint()
        self.ui.chosenLabel.setText(text)
        self.ui.chosenLabel.show()
        self.ui.serviceCombo.setFocus()  # the next thing to decide (one key saved: ux.md's 8)

    def _typed_name(self, _text: str) -> None:
        if self.customer_id is not None:
            self.customer_id = None
            self.ui.chosenLabel.setVisible(not self.service_ids)
            self.ui.chosenLabel.setText(no_services_hint())

    def save(self) -> None:
        """Add the walk-in to the queue (or, picking only, return the chosen customer)."""
        if self.pick_only:
            if self.customer_id is None and self.ui.hitList.currentItem() is not None:
                self._choose(self.ui.hitList.currentItem())
            if self.customer_id is not None:
                self.accept()
            return
        data = reception_service.WalkIn(
            customer_id=self.customer_id,
            name=self.ui.nameEdit.text(),
            phone=self.ui.phoneEdit.text(),
            service_id=self.ui.serviceCombo.currentData(),
            requested_staff_id=self.ui.staffCombo.currentData(),
            note=self.ui.noteEdit.text(),
        )
        try:
            self.saved_id = self.ctx.run(reception_service.add_walk_in, data)
        except DomainError as exc:
            _error_style(self.ui.errorLabel, error_text(exc))
            if exc.params.get("field") == "note":  # closed now: the reason goes in the note
                self.ui.noteEdit.setFocus()
            return
        self.accept()


# ------------------------------------------------------------------ start
def _kind_words(kind: str | None) -> str:
    if kind is None:
        return QCoreApplication.translate("ReceptionDialogs", "any kind")
    try:
        return QCoreApplication.translate("CertificateKind", CERTIFICATE_KIND_LABELS[CertificateKind(kind)])
    except ValueError:
        return kind


class StartServiceDialog(RememberingDialog):
    """Pick the technician (the suggestion is preselected) and start; Enter starts.

    A technician without a valid certificate for the service is shown in red with
    the reason field, which the service requires before it goes ahead.
    """

    def __init__(self, ctx: AppContext, row: QueueRow, snapshot: QueueSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.snapshot = snapshot
        self.ui = Ui_ReceptionStartDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Start service"))
        self.ui.staffComboLabel.setText(self.tr("&Technician:"))
        self.ui.serviceComboLabel.setText(self.tr("&Service:"))
        self.ui.reasonEditLabel.setText(self.tr("&Reason to go ahead:"))
        self.ui.customerLabel.setText(f"<b>{row.name}</b>  {row.service_name}")
        warnings = warning_words(row.warnings, salon_timezone(ctx.settings))
        _error_style(self.ui.warningLabel, warnings)
        for label in (self.ui.warningLabel, self.ui.certificateLabel):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.services = {c.id: c for c in ctx.query(queue_queries.service_choices)}
        self.ui.serviceCombo.addItem(self.tr("(not chosen)"), None)
        for choice in self.services.values():
            self.ui.serviceCombo.addItem(service_label(choice), choice.id)
        if row.service_id is not None:
            self.ui.serviceCombo.setCurrentIndex(max(0, self.ui.serviceCombo.findData(row.service_id)))
        preferred = row.requested_staff_id if row.requested_staff_id is not None else row.estimated_staff_id
        for tech in snapshot.technicians:
            label = (
                tech.name
                if tech.busy_until is None
                else self.tr("{name} (busy until {time})").format(
                    name=tech.name, time=_local_hhmm(ctx, tech.busy_until)
                )
            )
            self.ui.staffCombo.addItem(label, tech.staff_id)
        if preferred is not None and self.ui.staffCombo.findData(preferred) >= 0:
            self.ui.staffCombo.setCurrentIndex(self.ui.staffCombo.findData(preferred))
        self.ui.staffCombo.currentIndexChanged.connect(self._check_certificate)
        self.ui.serviceCombo.currentIndexChanged.connect(self._check_certificate)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._check_certificate()
        self.ui.staffCombo.setFocus()
        self.restore_size()

    def certified(self) -> bool:
        """The chosen technician holds a certificate valid today of the service's kind (any when none)."""
        staff_id = self.ui.staffCombo.currentData()
        tech = next((t for t in self.snapshot.technicians if t.staff_id == staff_id), None)
        if tech is None:
            return False
        choice = self.services.get(self.ui.serviceCombo.currentData())
        return may_serve(tech.certificate_kinds, choice.certificate_kind if choice else None)

    def _check_certificate(self, *_args: object) -> None:
        ok = self.certified() or self.ui.staffCombo.count() == 0
        for widget in (self.ui.reasonEdit, self.ui.reasonEditLabel):
            widget.setVisible(not ok)
        if ok:
            self.ui.certificateLabel.hide()
            return
        choice = self.services.get(self.ui.serviceCombo.currentData())
        _error_style(
            self.ui.certificateLabel,
            self.tr(
                "Not certified: {name} holds no valid certificate today (needed: {kind}). "
                "S1 will count this service as uncertified."
            ).format(
                name=self.ui.staffCombo.currentText(), kind=_kind_words(choice.certificate_kind if choice else None)
            ),
        )

    def save(self) -> None:
        """Start the service."""
        try:
            self.ctx.run(
                reception_service.start_service,
                self.row.visit_id,
                self.ui.staffCombo.currentData(),
                self.ui.serviceCombo.currentData(),
                self.ui.reasonEdit.text(),
                write_lock=True,  # two counters must not start the same customer or technician twice
            )
        except ValidationError as exc:
            if exc.params.get("field") == "override_reason":
                self.ui.reasonEdit.setVisible(True)
                self.ui.reasonEditLabel.setVisible(True)
                self.ui.reasonEdit.setFocus()
            _error_style(self.ui.certificateLabel, error_text(exc))
            return
        except DomainError as exc:
            _error_style(self.ui.certificateLabel, error_text(exc))
            return
        self.accept()


# ------------------------------------------------------------------ finish
class FinishDialog(RememberingDialog):
    """Finish: records the end and the service record. The work line is prefilled, so Enter finishes."""

    def __init__(self, ctx: AppContext, row: InServiceRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.record_id: int | None = None
        self.ui = Ui_ReceptionFinishDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Finish service — service record"))
        self.ui.workEditLabel.setText(self.tr("&Work done:"))
        self.ui.productsEditLabel.setText(self.tr("&Products / colour formula:"))
        self.ui.notesEditLabel.setText(self.tr("&Notes:"))
        self.ui.customerLabel.setText(
            self.tr("<b>{name}</b> — {service} by {staff}").format(
                name=row.name, service=row.service_name, staff=row.staff_name
            )
        )
        self.ui.workEdit.setText(row.service_name)
        self.ui.workEdit.selectAll()
        self.ui.productsEdit.setPlaceholderText(self.tr("e.g. Wella Koleston 6/0 + 6 % 1:1, 35 min"))
        self.ui.errorLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Finish"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.workEdit.returnPressed.connect(self.save)
        self.watch(self.ui.workEdit)
        self.ui.productsEdit.textChanged.connect(self.mark_dirty)
        self.ui.notesEdit.textChanged.connect(self.mark_dirty)
        self.ui.workEdit.setFocus()
        self.restore_size()

    def save(self) -> None:
        """Finish the service and write the record."""
        record = reception_service.RecordInput(
            self.ui.workEdit.text(), self.ui.productsEdit.toPlainText(), self.ui.notesEdit.toPlainText()
        )
        try:
            self.record_id = self.ctx.run(reception_service.finish_service, self.row.visit_id, record, write_lock=True)
        except DomainError as exc:
            _error_style(self.ui.errorLabel, error_text(exc))
            return
        self.accept()


# ------------------------------------------------------------------ rating (customer-facing)
class RatingDialog(QDialog):
    """Turned towards the customer: four rows of big one-tap buttons, each skippable; Skip (Esc) stores nothing."""

    def __init__(self, ctx: AppContext, visit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_id = visit_id
        self.rating_id: int | None = None
        self.setWindowTitle(self.tr("How was your visit?"))
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        layout = QVBoxLayout(self)
        question1 = QLabel(self.tr("How satisfied are you with today's service? (1 = not at all, 5 = very)"))
        question2 = QLabel(self.tr("How likely are you to recommend us to a friend? (0 = not at all, 10 = certainly)"))
        question3 = QLabel(self.tr("How clean did you find the salon and the tools? (1 = not at all, 5 = very)"))
        question4 = QLabel(self.tr("Did we treat your personal information with care? (1 = not at all, 5 = fully)"))
        for label in (question1, question2, question3, question4):
            # one line each: a wrapped label in a dialog sized to its hint overlaps the buttons below
            label.setWordWrap(False)
            label.setFont(big)
        self.satisfaction = QButtonGroup(self)
        self.recommend = QButtonGroup(self)
        self.hygiene = QButtonGroup(self)
        self.privacy = QButtonGroup(self)
        for question, group, values in (
            (question1, self.satisfaction, range(1, 6)),
            (question2, self.recommend, range(11)),
            (question3, self.hygiene, range(1, 6)),
            (question4, self.privacy, range(1, 6)),
        ):
            layout.addWidget(question)
            layout.addLayout(self._buttons(group, values, big))
        self.error = QLabel()
        self.error.hide()
        layout.addWidget(self.error)
        box = QDialogButtonBox()
        self.submit = box.addButton(self.tr("&Submit"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip = box.addButton(self.tr("S&kip"), QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.submit, self.skip):
            button.setFont(big)
            button.setMinimumHeight(48)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    @staticmethod
    def _buttons(group: QButtonGroup, values: range, font: QFont) -> QGridLayout:
        grid = QGridLayout()
        fg, _bg = STATE_COLOURS[State.OK]
        for column, value in enumerate(values):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setStyleSheet(f"QPushButton:checked {{ background: {fg}; color: white; font-weight: bold; }}")
            button.setFont(font)
            button.setMinimumSize(48, 48)
            group.addButton(button, value)
            grid.addWidget(button, 0, column)
        return grid

    def choose(
        self,
        satisfaction: int | None,
        recommend: int | None,
        hygiene: int | None = None,
        privacy: int | None = None,
    ) -> None:
        """Select answers (tests, and a keyboard-driven counter)."""
        for group, value in (
            (self.satisfaction, satisfaction),
            (self.recommend, recommend),
            (self.hygiene, hygiene),
            (self.privacy, privacy),
        ):
            if value is not None and group.button(value) is not None:
                group.button(value).setChecked(True)

    @staticmethod
    def _answer(group: QButtonGroup) -> int | None:
        """The tapped value, or None when the question was skipped (``checkedId`` is −1)."""
        value = group.checkedId()
        return None if value < 0 else value

    def save(self) -> None:
        """Store whatever was answered (nothing answered = skipped)."""
        try:
            self.rating_id = self.ctx.run(
                visit_service.rate_visit,
                self.visit_id,
                self._answer(self.satisfaction),
                self._answer(self.recommend),
                hygiene=self._answer(self.hygiene),
                privacy=self._answer(self.privacy),
            )
        except DomainError as exc:
            _error_style(self.error, error_text(exc))
            return
        self.accept()


# ------------------------------------------------------------------ re-check
class RecheckDialog(RememberingDialog):
    """A customer comes back about an earlier service: pick it; free within 7 days, else flagged late."""

    def __init__(self, ctx: AppContext, customer_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_value: visit_service.RecheckResult | None = None
        self.setWindowTitle(self.tr("Re-check / adjustment for {name}").format(name=name))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which service is it about?")))
        self.records = QListWidget()
        rows = ctx.query(visit_queries.customer_records, customer_id, ctx.clock.now())
        tz = salon_timezone(ctx.settings)
        for row in rows:
            state = (
                self.tr("free re-check (within 7 days)")
                if row.recheck_free_now
                else self.tr("LATE: more than 7 days ago")
            )
            item = QListWidgetItem(
                f"{row.finished_at.astimezone(tz):%Y-%m-%d %H:%M}  {row.service_name or row.work_done}  "
                f"({row.staff_name}) — {state}"
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.records.addItem(item)
        if rows:
            self.records.setCurrentRow(0)
        layout.addWidget(self.records)
        self.empty = QLabel(self.tr("No service records for this customer yet: add them as a walk-in instead."))
        self.empty.setVisible(not rows)
        layout.addWidget(self.empty)
        form = QHBoxLayout()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Note, or the reason when refusing"))
        form.addWidget(self.reason)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.hide()
        layout.addWidget(self.error)
        box = QDialogButtonBox()
        self.accept_button = box.addButton(self.tr("&Add to queue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.refuse_button = box.addButton(self.tr("&Refuse…"), QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self.save(refuse=False))
        box.rejected.connect(self.reject)
        self.refuse_button.clicked.connect(lambda: self.save(refuse=True))
        layout.addWidget(box)
        self.accept_button.setEnabled(bool(rows))
        self.refuse_button.setEnabled(bool(rows))
        self.restore_size()

    def save(self, refuse: bool) -> None:
        """Queue the re-check (or record the refusal, which needs a reason)."""
        item = self.records.currentItem()
        if item is None:
            return
        text = self.reason.text().strip()
        if refuse and not text:
            _error_style(self.error, self.tr("Please give the reason for refusing."))
            self.reason.setFocus()
            return
        try:
            self.result_value = self.ctx.run(
                visit_service.request_recheck,
                int(item.data(Qt.ItemDataRole.UserRole)),
                refuse_reason=text if refuse else "",
                note="" if refuse else text,
            )
        except DomainError as exc:
            _error_style(self.error, error_text(exc))
            return
        self.accept()


# ------------------------------------------------------------------ words
def warning_words(warnings: queue_queries.Warnings, tz: ZoneInfo | None = None) -> str:
    """The red words for a row's safety warnings (empty when none)."""
    parts = []
    if warnings.allergies:
        parts.append(QCoreApplication.translate("ReceptionDialogs", "Allergy: {text}").format(text=warnings.allergies))
    if warnings.contraindications:
        parts.append(
            QCoreApplication.translate("ReceptionDialogs", "Contraindication: {text}").format(
                text=warnings.contraindications
            )
        )
    if warnings.skin_conditions:
        parts.append(
            QCoreApplication.translate("ReceptionDialogs", "Skin: {text}").format(text=warnings.skin_conditions)
        )
    if warnings.patch_problem:
        state = warnings.patch_state
        words = {
            "failed": QCoreApplication.translate("ReceptionDialogs", "Patch test FAILED"),
            "none": QCoreApplication.translate("ReceptionDialogs", "No patch test"),
            "expired": QCoreApplication.translate("ReceptionDialogs", "Patch test expired"),
            "too_recent": QCoreApplication.translate("ReceptionDialogs", "Patch test under 48 h"),
        }
        parts.append(words.get(str(state), QCoreApplication.translate("ReceptionDialogs", "Patch test")))
    parts.extend(device_out_words(device, tz) for device in warnings.devices_out)
    return " · ".join(parts)


def device_out_words(device: queue_queries.DeviceOut, tz: ZoneInfo | None = None) -> str:
    """``Out of service: Hair steamer since 2026-11-23`` (the day in the UI language's format, in ``tz``)."""
    return QCoreApplication.translate("ReceptionDialogs", "Out of service: {device} since {day}").format(
        device=device.name, day=day_text(device.since, tz)
    )


class EnterFilter(QObject):
    """Turns Enter (or other ``keys``) on a view into a callback (Enter in a list acts on the selected row)."""

    def __init__(
        self,
        callback: object,
        parent: QObject | None = None,
        keys: tuple[Qt.Key, ...] = (Qt.Key.Key_Return, Qt.Key.Key_Enter),
    ) -> None:
        super().__init__(parent)
        self.callback = callback
        self.keys = keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """One of the keys calls the callback."""
        is_key = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if is_key and event.key() in self.keys:  # type: ignore[attr-defined]
            self.callback()  # type: ignore[operator]
            return True
        return False
