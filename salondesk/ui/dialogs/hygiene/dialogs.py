"""Hygiene dialogs: ticking a run (one tap per item, PIN to sign), signing off an action, stations, templates.

The forms (``forms/hygiene_*.ui``) hold layout only; every visible text is set here
through ``self.tr`` so it lands in the hygiene translation file.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salondesk.domain.calendar import local_date
from salondesk.domain.errors import AuthenticationError, DomainError
from salondesk.domain.hygiene import (
    FREQUENCY_LABELS,
    ITEM_RESULT_LABELS,
    STATION_KIND_LABELS,
    VALUE_KIND_LABELS,
    Frequency,
    ItemResult,
    StationKind,
    ValueKind,
    ValueSpec,
    parse_number,
    period_of,
    prefilled_value,
    within_limits,
)
from salondesk.queries import hygiene as hq
from salondesk.services import attachments, auth
from salondesk.services import hygiene as svc
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext, error_text, failure_text
from salondesk.ui.forms.ui_hygiene_run import Ui_HygieneRunDialog
from salondesk.ui.forms.ui_hygiene_signoff import Ui_HygieneSignoffDialog
from salondesk.ui.forms.ui_hygiene_station import Ui_HygieneStationDialog
from salondesk.ui.forms.ui_hygiene_template import Ui_HygieneTemplateDialog
from salondesk.ui.i18n import current_language
from salondesk.ui.widgets import common
from salondesk.ui.widgets.common import STATE_COLOURS, RememberingDialog, State, configure_pin_edit

TOUCH = 44  # px: the smallest tappable height (ux.md)
RESULT_ORDER = (ItemResult.PASS, ItemResult.FAIL, ItemResult.NOT_APPLICABLE, ItemResult.NO_SERVICE)
RESULT_STATE = {
    ItemResult.PASS: State.OK,
    ItemResult.FAIL: State.BAD,
    ItemResult.NOT_APPLICABLE: State.MUTED,
    ItemResult.NO_SERVICE: State.MUTED,
}


def lang() -> str:
    """The UI language (item and template texts are stored in both)."""
    return current_language()


def tr_label(context: str, text: str) -> str:
    """A core label (``QT_TRANSLATE_NOOP``) in the UI language."""
    return QCoreApplication.translate(context, text)


def today(ctx: AppContext) -> date:
    """The salon-local date now."""
    return local_date(ctx.clock.now(), salon_timezone(ctx.settings))


def period_text(frequency: Frequency, first: date, last: date) -> str:
    """``2026-11-23`` or ``2026-11-16 – 2026-11-22``."""
    if frequency in (Frequency.DAILY, Frequency.PER_CUSTOMER) or first == last:
        return first.isoformat()
    if frequency == Frequency.MONTHLY:
        return first.strftime("%Y-%m")
    return f"{first.isoformat()} – {last.isoformat()}"


def fill_staff(ctx: AppContext, combo: QComboBox, prefer: int | None) -> None:
    """Active staff by name; ``prefer`` selected."""
    combo.clear()
    combo.addItem(QCoreApplication.translate("HygieneDialogs", "— pick your name —"), None)
    for person in auth.active_staff(ctx.new_uow()):
        combo.addItem(person.name, person.id)
    index = combo.findData(prefer) if prefer is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.setMinimumHeight(TOUCH)


def result_button_style(result: ItemResult, text_width: int = 96) -> str:
    """Big toggle buttons coloured by meaning when checked (the word is on the button too)."""
    fg, bg = STATE_COLOURS[RESULT_STATE[result]]
    return (
        f"QPushButton {{ min-height: {TOUCH}px; min-width: {max(96, text_width)}px; padding: 4px 10px;"
        " font-size: 11pt; }"
        f"QPushButton:checked {{ color: {fg}; background: {bg}; border: 2px solid {fg}; font-weight: 600; }}"
    )


def checked_text_width(button: QPushButton) -> int:
    """Room for the label in the bold face of the checked state (the style's min-width would cut it off)."""
    bold = QFont(button.font())
    bold.setPointSize(11)
    bold.setWeight(QFont.Weight.DemiBold)
    return QFontMetrics(bold).horizontalAdvance(button.text()) + 2 * 2 + 8  # the checked border and a margin


@dataclass
class ItemRowWidgets:
    """The widgets of one item in the run dialog."""

    item: hq.ItemRow
    group: QButtonGroup
    values: dict[ValueKind, QLineEdit]
    action_box: QWidget
    action_edit: QLineEdit
    done_check: QCheckBox
    owner_combo: QComboBox
    due_edit: QDateEdit
    photo_button: QPushButton
    limit_label: QLabel
    photo_hash: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def result(self) -> ItemResult | None:
        """The tapped answer (a value out of limits turns a pass into a fail)."""
        checked = self.group.checkedId()
        if checked < 0:
            return None
        chosen = RESULT_ORDER[checked]
        if chosen == ItemResult.PASS and self.out_of_limits():
            return ItemResult.FAIL
        return chosen

    def out_of_limits(self) -> bool:
        """True when a typed value breaks its limit."""
        for spec in self.item.values:
            text = self.values[spec.kind].text().strip()
            if text and not within_limits(spec, text):
                return True
        return False


class RunDialog(RememberingDialog):
    """Tick a checklist run: pick yourself, one tap per item, PIN to sign.

    ``original`` makes it a correction of that run (same period and station; a reason is required).
    """

    def __init__(
        self,
        ctx: AppContext,
        template: hq.TemplateRow,
        *,
        period_day: date | None = None,
        station_id: int | None = None,
        original: hq.RunRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.template = template
        self.original = original
        self.station_id = original.station_id if original else station_id
        self.period_day = original.period_start if original else (period_day or today(ctx))
        self.saved: svc.SignedRun | None = None
        self.ui = Ui_HygieneRunDialog()
        self.ui.setupUi(self)
        first, last = (
            (original.period_start, original.period_end) if original else period_of(template.frequency, self.period_day)
        )
        self.first, self.last = first, last
        tz = salon_timezone(ctx.settings)
        self.late = original is None and today(ctx) > last
        del tz
        title = template.name(lang())
        self.setWindowTitle(title)
        header = f"{title} · {period_text(template.frequency, first, last)}"
        if original is not None:
            header = self.tr("Correction of record #%1").replace("%1", str(original.id)) + " · " + header
        self.ui.headerLabel.setText(header)
        self.ui.technicianComboLabel.setText(self.tr("&Technician:"))
        self.ui.stationComboLabel.setText(self.tr("&Station:"))
        self.ui.lateReasonEditLabel.setText(self.tr("&Late entry — reason:"))
        self.ui.correctionReasonEditLabel.setText(self.tr("&Reason for the correction:"))
        self.ui.noteEditLabel.setText(self.tr("N&ote:"))
        self.ui.pinEditLabel.setText(self.tr("Your &PIN:"))
        for label_widget, buddy in (
            (self.ui.lateReasonEditLabel, self.ui.lateReasonEdit),
            (self.ui.correctionReasonEditLabel, self.ui.correctionReasonEdit),
            (self.ui.noteEditLabel, self.ui.noteEdit),
            (self.ui.pinEditLabel, self.ui.pinEdit),
        ):
            label_widget.setBuddy(buddy)
        self.ui.lateReasonEdit.setPlaceholderText(self.tr("Why is this entered after its period ended?"))
        fill_staff(ctx, self.ui.technicianCombo, ctx.actor.staff_id if ctx.actor else None)
        self.ui.stationCombo.setMinimumHeight(TOUCH)
        if template.frequency == Frequency.PER_CUSTOMER:
            for station in hq.stations(ctx.new_uow()):
                label = f"{station.name} ({tr_label('StationKind', STATION_KIND_LABELS[station.kind])})"
                self.ui.stationCombo.addItem(label, station.id)
            if self.station_id is not None:
                self.ui.stationCombo.setCurrentIndex(max(0, self.ui.stationCombo.findData(self.station_id)))
            self.ui.stationCombo.setEnabled(original is None)
        else:
            self.ui.stationCombo.hide()
            self.ui.stationComboLabel.hide()
        for widget in (self.ui.lateReasonEdit, self.ui.lateReasonEditLabel):
            widget.setVisible(self.late)
        for widget in (self.ui.correctionReasonEdit, self.ui.correctionReasonEditLabel):
            widget.setVisible(original is not None)
        configure_pin_edit(self.ui.pinEdit)
        self.ui.pinEdit.setMinimumHeight(TOUCH)
        self.rows: list[ItemRowWidgets] = [self._item_row(item) for item in template.items]
        self.ui.itemsLayout.addStretch(1)
        self.prefill_values()
        if template.frequency == Frequency.PER_CUSTOMER:
            self.ui.stationCombo.currentIndexChanged.connect(self.prefill_values)
        self.ui.allPassButton.setText(self.tr("&All pass"))
        self.ui.allPassButton.setMinimumHeight(TOUCH)
        self.ui.allPassButton.setToolTip(
            self.tr("Every item not answered yet passes; change any of them before signing.")
        )
        self.ui.allPassButton.clicked.connect(self.all_pass)
        self.ui.allPassHint.setText(self.tr("Values are filled in from the last record: check them."))
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Sign"))
        ok.setMinimumHeight(TOUCH)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setMinimumHeight(TOUCH)
        self.ui.buttonBox.accepted.connect(self.sign)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.watch(self.ui.lateReasonEdit, self.ui.noteEdit, self.ui.correctionReasonEdit)
        self.restore_size()

    # ------------------------------------------------------------ building
    def _item_row(self, item: hq.ItemRow) -> ItemRowWidgets:
        frame = QFrame(self.ui.itemsContainer)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        text = QLabel(f"{item.position + 1}. {item.text(lang())}", frame)
        text.setWordWrap(True)
        text.setStyleSheet("font-size: 11pt;")
        box.addWidget(text)
        buttons = QHBoxLayout()
        group = QButtonGroup(frame)
        group.setExclusive(True)
        for index, result in enumerate(RESULT_ORDER):
            button = QPushButton(tr_label("ItemResult", ITEM_RESULT_LABELS[result]), frame)
            button.setCheckable(True)
            button.setStyleSheet(result_button_style(result, checked_text_width(button)))
            button.setObjectName(f"result_{item.id}_{result.value}")
            group.addButton(button, index)
            buttons.addWidget(button)
        photo = QPushButton(self.tr("Photo…"), frame)
        photo.setMinimumHeight(TOUCH)
        buttons.addWidget(photo)
        buttons.addStretch(1)
        box.addLayout(buttons)
        values: dict[ValueKind, QLineEdit] = {}
        if item.values:  # on their own line, each named: the row never gets wider than the dialog
            value_line = QHBoxLayout()
            for spec in item.values:
                edit = QLineEdit(frame)
                edit.setMinimumHeight(TOUCH)
                edit.setMinimumWidth(90)
                edit.setPlaceholderText(self._value_hint(spec))
                edit.setObjectName(f"value_{item.id}_{spec.kind.value}")
                name = QLabel(self._value_hint(spec) + ":", frame)
                name.setBuddy(edit)
                value_line.addWidget(name)
                value_line.addWidget(edit, 1)
                values[spec.kind] = edit
            box.addLayout(value_line)
        limit = QLabel(frame)
        limit.setStyleSheet(f"color: {STATE_COLOURS[State.BAD][0]};")
        limit.hide()
        box.addWidget(limit)
        action_box = QWidget(frame)
        action_layout = QHBoxLayout(action_box)
        action_layout.setContentsMargins(0, 0, 0, 0)
        action_edit = QLineEdit(action_box)
        action_edit.setMinimumHeight(TOUCH)
        action_edit.setPlaceholderText(self.tr("Corrective action: what was done, or what must be done"))
        done = QCheckBox(self.tr("Put right now"), action_box)
        done.setChecked(True)
        owner = QComboBox(action_box)
        fill_staff(self.ctx, owner, None)
        owner.setItemText(0, self.tr("— who —"))
        due = QDateEdit(action_box)
        due.setCalendarPopup(True)
        due.setMinimumHeight(TOUCH)
        soon = today(self.ctx) + timedelta(days=2)
        due.setDate(QDate(soon.year, soon.month, soon.day))
        for widget in (action_edit, done, owner, due):
            action_layout.addWidget(widget)
        action_layout.setStretch(0, 1)
        action_box.hide()
        box.addWidget(action_box)
        self.ui.itemsLayout.addWidget(frame)
        row = ItemRowWidgets(item, group, values, action_box, action_edit, done, owner, due, photo, limit)

        def update(*_args: object) -> None:
            self._update_row(row)

        group.idClicked.connect(update)
        group.idClicked.connect(self.mark_dirty)
        group.idClicked.connect(lambda _id: self._answered(row))
        done.toggled.connect(update)
        for edit in values.values():
            edit.textEdited.connect(update)
        photo.clicked.connect(lambda: self._attach_photo(row))
        self._update_row(row)
        return row

    def _value_hint(self, spec: ValueSpec) -> str:
        name = tr_label("ValueKind", VALUE_KIND_LABELS[spec.kind])
        limit = spec.limit_text()
        return f"{name} {limit}".strip()

    def _update_row(self, row: ItemRowWidgets) -> None:
        result = row.result()
        failing = result == ItemResult.FAIL
        row.action_box.setVisible(failing)
        row.owner_combo.setVisible(failing and not row.done_check.isChecked())
        row.due_edit.setVisible(failing and not row.done_check.isChecked())
        if row.out_of_limits() and row.group.checkedId() == 0:
            row.limit_label.setText(self.tr("A value is outside its limit: this item fails."))
            row.limit_label.show()
        else:
            row.limit_label.hide()
        for spec in row.item.values:
            edit = row.values[spec.kind]
            bad = bool(edit.text().strip()) and not within_limits(spec, edit.text())
            edit.setStyleSheet(f"border: 2px solid {STATE_COLOURS[State.BAD][0]};" if bad else "")

    def _attach_photo(self, row: ItemRowWidgets) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach a photo"), str(Path.home()), self.tr("Images (*.jpg *.jpeg *.png *.heic)")
        )
        if name:
            self.attach_photo(row, Path(name))

    def attach_photo(self, row: ItemRowWidgets, path: Path) -> None:
        """Keep the photo in the attachment store (refused clearly when it is not one)."""
        try:
            row.photo_hash = self.ctx.run(attachments.store, path.read_bytes())
        except (OSError, DomainError) as exc:
            common.show_error(self, failure_text(exc))
            return
        row.photo_button.setText(self.tr("Photo ✓"))
        row.photo_button.setToolTip(row.photo_hash)

    def prefill_values(self, *_args: object) -> None:
        """Fill the values nobody has typed yet: the station's last run, else the template's default."""
        station = self.station_id
        if self.template.frequency == Frequency.PER_CUSTOMER:
            station = self.ui.stationCombo.currentData()
        last = hq.last_values(self.ctx.new_uow(), self.template.key, station)
        now_local = self.ctx.clock.now().astimezone(salon_timezone(self.ctx.settings))
        for row in self.rows:
            typed = last.get(row.item.position, {})
            for spec in row.item.values:
                edit = row.values[spec.kind]
                if not edit.isModified():
                    edit.setText(prefilled_value(spec, typed.get(spec.kind.value, ""), now_local))
            self._update_row(row)

    def _answered(self, row: ItemRowWidgets) -> None:
        """Move on: a failed item asks for its action; after the last answer the PIN has focus."""
        if row.result() == ItemResult.FAIL:
            row.action_edit.setFocus()
            return
        later = self.rows[self.rows.index(row) + 1 :]
        waiting = next((r for r in later if r.result() is None), None)
        if waiting is None and all(r.result() is not None for r in self.rows):
            self.ui.pinEdit.setFocus()
        elif waiting is not None:
            waiting.group.button(RESULT_ORDER.index(ItemResult.PASS)).setFocus()
            self.ui.itemsScroll.ensureWidgetVisible(waiting.group.button(0))

    def all_pass(self) -> None:
        """Every unanswered item passes (all still shown, each one can be changed); then the PIN."""
        for row in self.rows:
            if row.group.checkedId() < 0:
                row.group.button(RESULT_ORDER.index(ItemResult.PASS)).setChecked(True)
                self._update_row(row)
        self.mark_dirty()
        first_fail = next((r for r in self.rows if r.result() == ItemResult.FAIL), None)
        (first_fail.action_edit if first_fail else self.ui.pinEdit).setFocus()

    # ------------------------------------------------------------ actions
    def tap(self, item_index: int, result: ItemResult) -> None:
        """Tap one answer (tests and keyboard use)."""
        row = self.rows[item_index]
        button = row.group.button(RESULT_ORDER.index(result))
        button.click()

    def answers(self) -> tuple[svc.Answer, ...] | None:
        """The answers, or None (with the message shown) when an item is unanswered."""
        answers = []
        for index, row in enumerate(self.rows):
            result = row.result()
            if result is None:
                self.ui.errorLabel.setText(
                    self.tr("Item %1 has no answer yet: tap Pass, Fail, N/A or No service.").replace(
                        "%1", str(index + 1)
                    )
                )
                self.ui.itemsScroll.ensureWidgetVisible(row.action_box.parentWidget())
                return None
            failing = result == ItemResult.FAIL
            qdue = row.due_edit.date()
            answers.append(
                svc.Answer(
                    item_id=row.item.id,
                    result=RESULT_ORDER[row.group.checkedId()],
                    values={k.value: e.text() for k, e in row.values.items()},
                    photo_hash=row.photo_hash,
                    action=row.action_edit.text() if failing else "",
                    action_done=row.done_check.isChecked(),
                    action_owner_id=row.owner_combo.currentData() if failing else None,
                    action_due=date(qdue.year(), qdue.month(), qdue.day()) if failing else None,
                )
            )
        return tuple(answers)

    def _value_edit(self, item_id: object, kind: object) -> QLineEdit | None:
        """The edit of one value of one item (where a missing value is typed)."""
        for row in self.rows:
            if row.item.id == item_id:
                return next((e for k, e in row.values.items() if k.value == kind), None)
        return None

    def sign(self) -> None:
        """Sign through the service; stay open with the reason on any error."""
        signer = self.ui.technicianCombo.currentData()
        if signer is None:
            self.ui.errorLabel.setText(self.tr("Pick your name first."))
            self.ui.technicianCombo.setFocus()
            return
        answers = self.answers()
        if answers is None:
            return
        draft = svc.RunDraft(
            template_id=self.template.id,
            answers=answers,
            station_id=self.ui.stationCombo.currentData()
            if self.template.frequency == Frequency.PER_CUSTOMER
            else None,
            period_day=self.period_day,
            late_reason=self.ui.lateReasonEdit.text(),
            note=self.ui.noteEdit.text(),
            corrects_id=self.original.id if self.original else None,
            correction_reason=self.ui.correctionReasonEdit.text(),
        )
        try:
            self.saved = self.ctx.run(svc.sign_run, draft, int(signer), self.ui.pinEdit.text(), write_lock=True)
        except DomainError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            field_name = str(exc.params.get("field", ""))
            if isinstance(exc, AuthenticationError) or field_name == "pin":
                self.ui.pinEdit.clear()  # a wrong PIN is typed again; any other mistake keeps it
            focus = {
                "late_reason": self.ui.lateReasonEdit,
                "correction_reason": self.ui.correctionReasonEdit,
                "pin": self.ui.pinEdit,
            }.get(field_name, self.ui.pinEdit)
            missing = self._value_edit(exc.params.get("item_id"), exc.params.get("kind"))
            if field_name == "values" and missing is not None:
                focus = missing
                self.ui.itemsScroll.ensureWidgetVisible(missing)
            focus.setFocus()
            return
        for warning in self.saved.warnings:
            common.show_info(self, QCoreApplication.translate("Errors", warning))
        self.ctx.signals.data_changed.emit("hygiene")
        self.accept()


class SignoffDialog(RememberingDialog):
    """Close an open corrective action: who did it, what was done, their PIN."""

    def __init__(self, ctx: AppContext, action: hq.ActionRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action = action
        self.ui = Ui_HygieneSignoffDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Sign off a corrective action"))
        item = action.item_text_zh if lang().startswith("zh") else action.item_text_en
        self.ui.headerLabel.setText(f"{item}\n→ {action.action}")
        self.ui.signerComboLabel.setText(self.tr("Signed b&y:"))
        self.ui.noteEditLabel.setText(self.tr("&What was done:"))
        self.ui.pinEditLabel.setText(self.tr("Your &PIN:"))
        fill_staff(ctx, self.ui.signerCombo, ctx.actor.staff_id if ctx.actor else None)
        configure_pin_edit(self.ui.pinEdit)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign off"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.watch(self.ui.noteEdit)
        self.restore_size()

    def save(self) -> None:
        """Sign off through the service."""
        signer = self.ui.signerCombo.currentData()
        if signer is None:
            self.ui.errorLabel.setText(self.tr("Pick your name first."))
            return
        try:
            self.ctx.run(
                svc.sign_off_action,
                self.action.result_id,
                int(signer),
                self.ui.pinEdit.text(),
                self.ui.noteEdit.text(),
                write_lock=True,
            )
        except DomainError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            self.ui.pinEdit.clear()
            return
        self.ctx.signals.data_changed.emit("hygiene")
        self.accept()


class StationDialog(RememberingDialog):
    """Add a station (chair, bowl, table, tub)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_HygieneStationDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Add station"))
        self.ui.nameEditLabel.setText(self.tr("&Name:"))
        self.ui.kindComboLabel.setText(self.tr("&Kind:"))
        for kind in StationKind:
            self.ui.kindCombo.addItem(tr_label("StationKind", STATION_KIND_LABELS[kind]), kind.value)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.watch(self.ui.nameEdit)
        self.restore_size()

    def save(self) -> None:
        """Add through the service."""
        try:
            self.ctx.run(svc.add_station, self.ui.nameEdit.text(), StationKind(self.ui.kindCombo.currentData()))
        except DomainError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            return
        self.ctx.signals.data_changed.emit("hygiene")
        self.accept()


VALUE_COLUMNS = (
    ValueKind.PRODUCT,
    ValueKind.DILUTION,
    ValueKind.CONTACT_MIN,
    ValueKind.TEMPERATURE_C,
    ValueKind.TIME_MIXED,
)


class TemplateDialog(RememberingDialog):
    """Edit a template: saving makes a new version (old runs keep theirs)."""

    def __init__(self, ctx: AppContext, template: hq.TemplateRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.template = template
        self.ui = Ui_HygieneTemplateDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Checklist template"))
        self.ui.headerLabel.setText(
            self.tr("Saving creates version %1; records made with older versions keep theirs.").replace(
                "%1", str((template.version if template else 0) + 1)
            )
        )
        self.ui.nameEnEditLabel.setText(self.tr("Name (English):"))
        self.ui.nameZhEditLabel.setText(self.tr("Name (Chinese):"))
        self.ui.frequencyComboLabel.setText(self.tr("&Frequency:"))
        for frequency in Frequency:
            self.ui.frequencyCombo.addItem(tr_label("Frequency", FREQUENCY_LABELS[frequency]), frequency.value)
        self.ui.addItemButton.setText(self.tr("&Add item"))
        self.ui.removeItemButton.setText(self.tr("&Remove item"))
        table = self.ui.itemsTable
        headers = [self.tr("Item (English)"), self.tr("Item (Chinese)")] + [
            self.tr("%1 limits").replace("%1", tr_label("ValueKind", VALUE_KIND_LABELS[k])) for k in VALUE_COLUMNS
        ]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setToolTip(
            self.tr(
                "Limits: leave empty for no value; '-' for a value without limits; "
                "'15' or '15-' for at least 15; '-40' for at most 40; '200-500' for a range."
            )
        )
        if template is not None:
            self.ui.nameEnEdit.setText(template.name_en)
            self.ui.nameZhEdit.setText(template.name_zh)
            self.ui.frequencyCombo.setCurrentIndex(self.ui.frequencyCombo.findData(template.frequency.value))
            self.ui.frequencyCombo.setEnabled(False)
            for item in template.items:
                self._add_row(item.text_en, item.text_zh, item.values)
        self.ui.addItemButton.clicked.connect(lambda: self._add_row("", "", ()))
        self.ui.removeItemButton.clicked.connect(self._remove_row)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.watch(self.ui.nameEnEdit, self.ui.nameZhEdit)
        table.itemChanged.connect(self.mark_dirty)
        self.restore_size()

    def _add_row(self, en: str, zh: str, values: tuple[ValueSpec, ...]) -> None:
        table = self.ui.itemsTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(en))
        table.setItem(row, 1, QTableWidgetItem(zh))
        by_kind = {v.kind: v for v in values}
        for column, kind in enumerate(VALUE_COLUMNS, start=2):
            spec = by_kind.get(kind)
            text = ""
            if spec is not None:
                low = "" if spec.minimum is None else svc.decimal_text(spec.minimum)
                high = "" if spec.maximum is None else svc.decimal_text(spec.maximum)
                text = "-" if not (low or high) else (f"{low}-{high}" if high else low)
            cell = QTableWidgetItem(text)
            cell.setData(Qt.ItemDataRole.UserRole, spec.default if spec is not None else "")  # kept on saving
            table.setItem(row, column, cell)

    def _remove_row(self) -> None:
        row = self.ui.itemsTable.currentRow()
        if row >= 0:
            self.ui.itemsTable.removeRow(row)
            self.mark_dirty()

    @staticmethod
    def parse_limits(kind: ValueKind, text: str) -> ValueSpec | None:
        """``''`` → no value; ``'-'`` → a value, no limits; ``'15'``/``'15-'`` ≥ 15; ``'-40'`` ≤ 40; ``'a-b'``."""
        text = text.strip()
        if not text:
            return None
        if text == "-":
            return ValueSpec(kind)
        low_text, sep, high_text = text.partition("-")
        low: Decimal | None = parse_number(low_text) if low_text.strip() else None
        high: Decimal | None = parse_number(high_text) if sep and high_text.strip() else None
        return ValueSpec(kind, low, high)

    def save(self) -> None:
        """Save a new version through the service."""
        table = self.ui.itemsTable
        items = []
        for row in range(table.rowCount()):
            cells = [(table.item(row, c).text() if table.item(row, c) else "") for c in range(table.columnCount())]
            defaults = [
                str((table.item(row, c).data(Qt.ItemDataRole.UserRole) if table.item(row, c) else "") or "")
                for c in range(2, table.columnCount())
            ]
            specs = tuple(
                replace(spec, default=default)
                for kind, text, default in zip(VALUE_COLUMNS, cells[2:], defaults, strict=True)
                if (spec := self.parse_limits(kind, text)) is not None
            )
            items.append(svc.ItemInput(cells[0], cells[1], specs))
        key = self.template.key if self.template else self.ui.nameEnEdit.text().strip().lower().replace(" ", "_")[:40]
        try:
            self.ctx.run(
                svc.save_template,
                key,
                self.ui.nameEnEdit.text(),
                self.ui.nameZhEdit.text(),
                Frequency(self.ui.frequencyCombo.currentData()),
                items,
            )
        except DomainError as exc:
            self.ui.errorLabel.setText(error_text(exc))
            return
        self.ctx.signals.data_changed.emit("hygiene")
        self.accept()
