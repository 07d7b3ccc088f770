"""Reception tab: keyboard flows within ux.md's key counts, clock colours, counts, R5 on refresh."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QWidget
from sqlmodel import select

from salondesk.domain.appointments import Appointment, AppointmentStatus
from salondesk.domain.catalogue import Service, ServiceCategory
from salondesk.domain.customers import Customer
from salondesk.domain.schedule import WorkingHours
from salondesk.domain.staff import CertificateKind
from salondesk.domain.visits import Rating, ServiceRecord, Visit, VisitState
from salondesk.services import reception
from salondesk.services import staff as staff_service
from salondesk.ui.dialogs.reception.dialogs import FinishDialog, RatingDialog, StartServiceDialog, WalkInDialog
from salondesk.ui.i18n import install_translators
from salondesk.ui.tabs.reception_tab import KeepStateColours, ReceptionTab
from salondesk.ui.widgets import common
from salondesk.ui.widgets.common import STATE_COLOURS, State
from salondesk.ui.widgets.queue_display import QueueDisplay
from tests.ui.foundation import make_ctx  # noqa: F401 - fixture

SH = ZoneInfo("Asia/Shanghai")


def L(hh: int, mm: int = 0) -> datetime:
    return datetime(2026, 11, 23, hh, mm, tzinfo=SH).astimezone(UTC)


@pytest.fixture
def salon(new_uow, clock, owner, technician):  # type: ignore[no-untyped-def]
    staff_service.add_certificate(
        new_uow(),
        owner,
        clock,
        technician.staff_id,
        CertificateKind.HAIRDRESSING,
        "H",
        L(9).date().replace(year=2020),
        None,
    )
    with new_uow() as uow:
        cut = Service(
            name="Cut",
            category=ServiceCategory.CUT,
            duration_min=30,
            certificate_kind=CertificateKind.HAIRDRESSING,
            created_at=clock.now(),
        )
        customer = Customer(
            name="陈美丽", mobile_e164="+8613812345678", phone_last4="5678", allergies="latex", created_at=clock.now()
        )
        uow.session.add_all([cut, customer])
        uow.session.add(WorkingHours(staff_id=technician.staff_id, weekday=0, start=time(10), end=time(21)))
        uow.flush()
        appt = Appointment(
            customer_id=customer.id,
            staff_id=technician.staff_id,
            service_id=cut.id,
            start=L(10, 30),
            end=L(11),
            technician_until=L(11),
            station_until=L(11),
            status=AppointmentStatus.CONFIRMED,
            created_at=clock.now(),
        )
        uow.session.add(appt)
        uow.commit()
        return {"cut": cut.id, "customer": customer.id, "appointment": appt.id, "tech": technician.staff_id}


@pytest.fixture
def tab(qtbot, make_ctx, receptionist, salon):  # type: ignore[no-untyped-def]  # noqa: F811
    widget = ReceptionTab(make_ctx(receptionist))
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


def when_open(dialog_type, action, tries: int = 100):  # type: ignore[no-untyped-def]
    """Once a modal ``dialog_type`` is showing, call ``action(dialog)``; close it if still open after 3 s."""

    def poll(left: int = tries) -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, dialog_type) and w.isVisible()), None)
        if dialog is None:
            if left:
                QTimer.singleShot(20, lambda: poll(left - 1))
            return
        action(dialog)
        QTimer.singleShot(3000, dialog, lambda: dialog.isVisible() and dialog.done(0))  # fail, never hang

    QTimer.singleShot(0, poll)


def typing(qtbot, keys, where):  # type: ignore[no-untyped-def]
    """An action that types ``keys`` (strings or Qt keys) into the dialog's focus widget ``where(dialog)``."""

    def act(dialog) -> None:  # type: ignore[no-untyped-def]
        for key in keys:
            target = where(dialog)
            if isinstance(key, str):
                qtbot.keyClicks(target, key)
            else:
                qtbot.keyClick(target, key)

    return act


def test_check_in_takes_two_keys_and_the_clock_starts_at_the_booked_time(qtbot, tab, clock, new_uow) -> None:
    assert [r.name for r in tab.arrival_model.rows()] == ["陈美丽"]
    tab.act_check_in.trigger()  # F3: focus the check-in list on the next booking
    assert tab.arrival_view.hasFocus() or tab.arrival_view.currentIndex().row() == 0
    qtbot.keyClick(tab.arrival_view, Qt.Key.Key_Return)  # Enter: checked in
    assert tab.arrival_model.rowCount() == 0
    row = tab.waiting_model.row_at(0)
    assert row.wait_start == L(10, 30)  # arrived 10:00 for 10:30: not waiting yet
    assert tab.count_label.text() == "1 waiting, 0 over 15 min"


def test_clock_turns_amber_then_red_with_words_and_the_count_follows(qtbot, tab, clock, receptionist, new_uow) -> None:
    reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="李娜"))
    tab.refresh()
    model = tab.waiting_model

    def cell(role):  # type: ignore[no-untyped-def]
        return model.data(model.index(0, 0), role)

    assert cell(Qt.ItemDataRole.DisplayRole) == "00:00  waiting"
    clock.advance(minutes=10)
    tab.tick()
    assert cell(Qt.ItemDataRole.DisplayRole) == "10:00  10+ min"
    assert cell(Qt.ItemDataRole.BackgroundRole).color().name() == STATE_COLOURS[State.ATTENTION][1]
    clock.advance(minutes=5)
    tab.tick()
    assert tab.count_label.text() == "1 waiting, 0 over 15 min"  # exactly 15:00 is within
    clock.advance(seconds=1)
    tab.tick()
    assert cell(Qt.ItemDataRole.DisplayRole) == "15:01  over 15 min"
    assert cell(Qt.ItemDataRole.BackgroundRole).color().name() == STATE_COLOURS[State.BAD][1]
    assert tab.count_label.text() == "1 waiting, 1 over 15 min"
    assert tab.over_chip.state == State.BAD


def test_a_tick_repaints_only_the_cells_that_move_with_the_clock(qtbot, tab, clock, receptionist, new_uow) -> None:
    for name in ("李娜", "王芳", "Anna Lee"):
        reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name=name))
    tab.refresh()
    model = tab.waiting_model
    changed: list[tuple[int, int, int, int]] = []
    resets: list[bool] = []
    model.dataChanged.connect(lambda a, b, _roles=(): changed.append((a.row(), a.column(), b.row(), b.column())))
    model.modelReset.connect(lambda: resets.append(True))

    def estimates() -> list[str]:
        return [model.data(model.index(row, 4)) for row in range(model.rowCount())]

    sizes: list[int] = []
    for seconds in (1, 1, 58, 1, 600):
        before = estimates()
        changed.clear()
        clock.advance(seconds=seconds)
        tab.tick()
        moved = {(row, 4, row, 4) for row, (a, b) in enumerate(zip(before, estimates(), strict=True)) if a != b}
        assert changed[:3] == [(0, 0, 0, 0), (1, 0, 1, 0), (2, 0, 2, 0)]  # each wait clock, one cell each
        assert set(changed[3:]) == moved  # and an estimate only when its text changed
        sizes.append(len(moved))
    assert not resets
    assert sizes == [2, 0, 0, 2, 2]  # "~60 min" → "~59 min" at the first second, then per minute
    assert model.data(model.index(0, 0)).startswith("11:01")


class PaintSpy(QObject):
    """Every paint event in the application: which widget, which rectangle."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: list[tuple[QWidget, QRect]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self.painted.append((watched, event.rect()))  # type: ignore[attr-defined]
        return False


def test_a_tick_paints_nothing_but_the_clock_column(qtbot, qapp, tab, clock, receptionist, new_uow) -> None:
    for name in ("李娜", "王芳"):
        reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name=name))
    tab.resize(1280, 720)
    tab.refresh()
    qtbot.waitExposed(tab)
    for _ in range(2):  # past the estimates' first minute change, and the headers' delayed fitting
        clock.advance(seconds=1)
        tab.tick()
        qtbot.wait(1)
    spy = PaintSpy()
    qapp.installEventFilter(spy)
    try:
        for _ in range(3):  # seconds that move the clocks only
            clock.advance(seconds=1)
            tab.tick()
            qapp.processEvents()
    finally:
        qapp.removeEventFilter(spy)
    view = tab.waiting_view
    clock_column = QRect(view.columnViewportPosition(0), 0, view.columnWidth(0), view.viewport().height())
    assert len(spy.painted) == 3, "the clocks were not repainted every second"
    assert {widget for widget, _ in spy.painted} == {view.viewport()}  # no label, chip, header or other list
    assert all(clock_column.contains(rect) for _, rect in spy.painted)  # and not the customer column beside it


def clock_cell_colour(image: QImage, view: QTableView, row: int) -> str:
    """The background at the right end of a row's wait-clock cell (where no text is drawn)."""
    rect = view.visualRect(view.model().index(row, 0))
    return image.pixelColor(rect.right() - 3, rect.center().y()).name()


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", ("over 15 min", "10+ min", "waiting")), ("zh_CN", ("超过 15 分钟", "已超 10 分钟", "等待中"))],
)
def test_the_painted_clocks_show_each_wait_and_its_state_as_the_model_says(
    qtbot,
    qapp,
    make_ctx,  # noqa: F811
    receptionist,
    salon,
    clock,
    new_uow,
    language,
    words,
) -> None:
    """Under, near and over 15 minutes, a selected row with keyboard focus: the clock delegate paints exactly
    what the model's roles say (the generic delegate, pixel for pixel) in the state colour with the state word."""
    for minutes, name in ((0, "李娜"), (6, "王芳"), (6, "Anna Lee")):
        clock.advance(minutes=minutes)
        reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name=name))
    clock.advance(minutes=4, seconds=30)  # waits 16:30, 10:30 and 4:30
    install_translators(language, qapp)
    try:
        tab = ReceptionTab(make_ctx(receptionist))
        qtbot.addWidget(tab)
        tab.resize(1280, 720)
        tab.show()
        tab.refresh()
        qtbot.waitExposed(tab)
        view = tab.waiting_view
        view.setFocus()
        view.selectRow(1)
        tab.tick()
        model = tab.waiting_model
        texts = [model.data(model.index(row, 0)) for row in range(3)]
        assert texts == [f"16:30  {words[0]}", f"10:30  {words[1]}", f"04:30  {words[2]}"]
        painted = view.viewport().grab().toImage()
        for row, state in enumerate((State.BAD, State.ATTENTION, State.OK)):
            assert clock_cell_colour(painted, view, row) == STATE_COLOURS[state][1]  # the colour with the word
            assert (
                model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole).color().name()
                == STATE_COLOURS[state][1]
            )
        customer = view.visualRect(model.index(1, 1))
        highlight = view.palette().color(QPalette.ColorRole.Highlight).name()
        assert painted.pixelColor(customer.right() - 3, customer.center().y()).name() == highlight  # selected row
        assert clock_cell_colour(painted, view, 1) != highlight  # whose clock keeps its amber

        view.setItemDelegateForColumn(0, KeepStateColours(view))  # every role asked of the model, per cell
        assert view.viewport().grab().toImage() == painted
    finally:
        install_translators("en", qapp)


def shown_texts(tab: ReceptionTab) -> list[list[list[str]]]:
    """Every cell's text of the tab's four lists."""
    models = (tab.arrival_model, tab.waiting_model, tab.service_model, tab.finished_model)
    return [[[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())] for m in models]


def test_a_refresh_with_nothing_new_keeps_the_lists_and_shows_what_a_fresh_tab_shows(
    qtbot,
    tab,
    make_ctx,  # noqa: F811
    clock,
    receptionist,
    new_uow,
    salon,
) -> None:
    for name in ("李娜", "王芳", "Anna Lee"):
        reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name=name, service_id=salon["cut"]))
    clock.set(L(10, 50))  # the 10:30 booking is late
    tab.resize(1280, 720)
    tab.refresh()
    tab.waiting_view.selectRow(1)
    models = (tab.arrival_model, tab.waiting_model, tab.service_model, tab.finished_model)
    resets: list[int] = []
    changed: list[tuple[int, int]] = []
    for number, model in enumerate(models):
        model.modelReset.connect(lambda number=number: resets.append(number))
    tab.arrival_model.dataChanged.connect(lambda a, _b, _roles=(): changed.append((a.row(), a.column())))
    for _ in range(3):  # the tab's 30-second re-reads: the same people, the suggestions and "late" move on
        clock.advance(seconds=30)
        tab.refresh()
    assert resets == []  # no list was rebuilt (a reset re-fits and repaints every cell)
    assert tab.waiting_view.currentIndex().row() == 1  # the selection stays
    assert (0, 0) in changed  # "late 20 min" was repainted as it became "late 21 min"
    assert tab.arrival_model.data(tab.arrival_model.index(0, 0)) == "10:30  late 21 min"

    fresh = ReceptionTab(make_ctx(receptionist))  # what the counter would see opening the tab now
    qtbot.addWidget(fresh)
    fresh.resize(1280, 720)
    fresh.show()
    fresh.refresh()
    assert shown_texts(tab) == shown_texts(fresh)
    widths = [tab.waiting_view.columnWidth(c) for c in range(7)]
    assert widths == [fresh.waiting_view.columnWidth(c) for c in range(7)]  # fitted to the new estimates too

    reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="Ben Wu"))
    tab.refresh()  # someone new: the list is read afresh
    assert 1 in resets and tab.waiting_model.rowCount() == 4


def customer_without_history(new_uow, clock) -> None:  # type: ignore[no-untyped-def]
    """李娜, phone tail 1111: no visit, no booking (so no last service to preselect)."""
    with new_uow() as uow:
        uow.session.add(Customer(name="李娜", mobile_e164="+8613900001111", phone_last4="1111", created_at=clock.now()))
        uow.commit()


def focused(dialog):  # type: ignore[no-untyped-def]
    """Where the keys go: the dialog's focus widget, as a user's typing would."""
    return dialog.focusWidget() or dialog


def test_walk_in_of_an_existing_customer_in_eight_keys(qtbot, tab, new_uow, salon) -> None:
    # F2 (1) + "5678" (4) + Enter takes the first hit, her last service preselected (1) + Enter adds (1) = 7 keys
    when_open(WalkInDialog, typing(qtbot, ["5678", Qt.Key.Key_Return, Qt.Key.Key_Return], focused))
    tab.act_walk_in.trigger()
    names = [r.name for r in tab.waiting_model.rows()]
    assert names == ["陈美丽"]
    assert tab.waiting_model.row_at(0).walk_in
    assert "Allergy: latex" in tab.waiting_model.data(tab.waiting_model.index(0, 5))
    with new_uow() as uow:
        assert uow.session.exec(select(Visit.service_id)).one() == salon["cut"]  # seen: the focus was on it


def test_walk_in_with_a_service_takes_eight_keys_at_1280x720(qtbot, tab, new_uow, clock, salon) -> None:
    """A customer without history: F2 · 1 1 1 1 · Enter (picks, focus on the service) · ↓ · Enter = 8 (ux.md)."""
    customer_without_history(new_uow, clock)
    tab.window().resize(1280, 720)
    keys = ["1111", Qt.Key.Key_Return, Qt.Key.Key_Down, Qt.Key.Key_Return]
    seen: list[object] = []

    def act(dialog):  # type: ignore[no-untyped-def]
        typing(qtbot, keys[:2], focused)(dialog)
        seen.append(focused(dialog))
        typing(qtbot, keys[2:], focused)(dialog)

    when_open(WalkInDialog, act)
    tab.act_walk_in.trigger()  # F2: 1 key; then 4 + 1 + 1 + 1
    assert 1 + sum(len(k) if isinstance(k, str) else 1 for k in keys) == 8  # F2 + what was typed
    assert seen and seen[0].objectName() == "serviceCombo"
    assert [r.name for r in tab.waiting_model.rows()] == ["李娜"]
    with new_uow() as uow:
        assert uow.session.exec(select(Visit.service_id)).one() == salon["cut"]


def test_walk_in_and_booking_dialogs_tell_a_new_owner_where_services_are_set_up(qtbot, make_ctx, owner) -> None:  # noqa: F811
    from salondesk.ui.dialogs.appointments.appointment_dialog import AppointmentDialog

    walk_in, booking = WalkInDialog(make_ctx(owner)), AppointmentDialog(make_ctx(owner))
    for dialog, hint in ((walk_in, walk_in.ui.chosenLabel), (booking, booking.ui.problemLabel)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert hint.isVisible()
        assert hint.text() == "No services yet. The owner sets them up in Appointments → Services…."


def test_start_and_finish_take_two_keys_each_then_rating(qtbot, tab, clock, new_uow, receptionist, salon) -> None:
    reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="李娜", service_id=salon["cut"]))
    tab.refresh()
    when_open(StartServiceDialog, typing(qtbot, [Qt.Key.Key_Return], lambda d: d.ui.staffCombo))
    tab.local_actions[0].trigger()  # F6
    assert tab.waiting_model.rowCount() == 0
    assert [r.staff_name for r in tab.service_model.rows()] == ["张伟"]
    clock.advance(minutes=30)

    def rate(dialog: RatingDialog) -> None:
        dialog.choose(5, 9)
        dialog.submit.click()

    def finish(dialog: FinishDialog) -> None:
        typing(qtbot, [Qt.Key.Key_Return], lambda d: d.ui.workEdit)(dialog)
        when_open(RatingDialog, rate)

    when_open(FinishDialog, finish)
    tab.local_actions[1].trigger()  # F7
    with new_uow() as uow:
        record = uow.session.exec(select(ServiceRecord)).one()
        rating = uow.session.exec(select(Rating)).one()
        assert (record.work_done, rating.satisfaction, rating.recommend) == ("Cut", 5, 9)
    assert [r.rated for r in tab.finished_model.rows()] == [True]


def test_refresh_after_closing_records_the_waiting_as_left(qtbot, tab, clock, new_uow, receptionist) -> None:
    reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="晚到"))
    clock.set(L(21, 5))
    tab.refresh()
    assert tab.waiting_model.rowCount() == 0
    with new_uow() as uow:
        visit = uow.session.exec(select(Visit)).one()
        assert (visit.state, visit.left_at) == (VisitState.LEFT, L(21))


def test_left_without_service_asks_first(qtbot, tab, clock, new_uow, receptionist, monkeypatch) -> None:
    reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="走了"))
    tab.refresh()
    monkeypatch.setattr(common, "confirm", lambda *a, **k: False)
    tab.left_without_service()
    assert tab.waiting_model.rowCount() == 1
    monkeypatch.setattr(common, "confirm", lambda *a, **k: True)
    tab.left_without_service()
    assert tab.waiting_model.rowCount() == 0


def test_queue_display_shortens_names(qtbot, tab, clock, new_uow, receptionist) -> None:
    reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="张三丰"))
    clock.advance(minutes=16)
    tab.refresh()
    tab.toggle_display()
    qtbot.addWidget(tab.display)
    assert tab.display.lines == [("张*", "16 min", State.BAD)]
    tab.toggle_display()
    assert not tab.display.isVisible()


def test_the_queue_display_redraws_only_the_minutes_that_changed(qtbot, tab, clock, new_uow, receptionist) -> None:
    reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="张三丰"))
    clock.advance(minutes=9, seconds=30)
    reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="Anna Lee"))
    tab.refresh()
    tab.toggle_display()
    display = tab.display
    qtbot.addWidget(display)
    labels = display.findChildren(QLabel)
    assert display.lines == [("张*", "9 min", State.OK), ("Anna L.", "0 min", State.OK)]
    for _ in range(29):  # seconds within the minute: nothing new on the customers' screen
        clock.advance(seconds=1)
        tab.tick()
    assert display.findChildren(QLabel) == labels
    clock.advance(seconds=1)  # 张 has waited 10:00: amber, with the minutes
    tab.tick()
    assert display.lines == [("张*", "10 min", State.ATTENTION), ("Anna L.", "0 min", State.OK)]
    assert display.findChildren(QLabel) == labels  # the same labels, new text and colour

    fresh = QueueDisplay(display.words)  # what a display opened now shows
    qtbot.addWidget(fresh)
    fresh.show()
    display.show()
    assert tab.snapshot is not None
    fresh.show_snapshot(tab.snapshot, clock.now())
    QApplication.processEvents()  # labels added to a shown window show from the event loop
    assert fresh.lines == display.lines
    assert fresh.findChildren(QLabel)[-1].isVisible()
    assert fresh.grab().toImage() == display.grab().toImage()


def test_a_walk_in_while_closed_is_warned_refused_and_taken_with_a_reason(
    qtbot,
    make_ctx,  # noqa: F811
    receptionist,
    clock,
    new_uow,
    salon,
) -> None:
    clock.set(L(21, 30))  # the salon closes at 21:00
    dialog = WalkInDialog(make_ctx(receptionist))
    qtbot.addWidget(dialog)
    dialog.show()
    warning = dialog.ui.errorLabel
    assert warning.isVisible() and warning.text().startswith("The salon is closed now")
    qtbot.keyClicks(dialog.ui.searchEdit, "5678")
    qtbot.keyClick(dialog.ui.searchEdit, Qt.Key.Key_Return)  # picks 陈美丽, focus on the service
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # refused: nothing added
    assert dialog.isVisible() and dialog.focusWidget() is dialog.ui.noteEdit
    assert "write the reason in the note" in warning.text()
    with new_uow() as uow:
        assert uow.session.exec(select(Visit)).all() == []
    qtbot.keyClicks(dialog.ui.noteEdit, "finishing a colour")
    dialog.save()
    assert not dialog.isVisible()
    with new_uow() as uow:
        assert [v.note for v in uow.session.exec(select(Visit))] == ["finishing a colour"]


# ------------------------------------------------------------------ walk-in search off the GUI thread
def gated_search(monkeypatch):  # type: ignore[no-untyped-def]
    """``search_customers`` that waits for the returned gate (in whichever thread runs it), recording each text."""
    import threading

    from salondesk.queries import customers as customer_queries

    real = customer_queries.search_customers
    gate = threading.Event()
    searched: list[tuple[str, bool]] = []

    def gated(uow, actor, text, limit):  # type: ignore[no-untyped-def]
        searched.append((text, threading.current_thread() is threading.main_thread()))
        assert gate.wait(10)
        return real(uow, actor, text, limit)

    monkeypatch.setattr(customer_queries, "search_customers", gated)
    return gate, searched


def shown_queries(monkeypatch, dialog_class=WalkInDialog) -> list[str]:  # type: ignore[no-untyped-def]
    """The texts whose hits a dialog of ``dialog_class`` (made after this) put in its list."""
    shown: list[str] = []
    real = dialog_class._show_hits

    def recording(self, result):  # type: ignore[no-untyped-def]
        shown.append(result.query)
        real(self, result)

    monkeypatch.setattr(dialog_class, "_show_hits", recording)
    return shown


def test_typing_fast_in_the_walk_in_search_shows_the_hits_of_the_last_text_only(
    qtbot,
    make_ctx,  # noqa: F811
    receptionist,
    salon,
    monkeypatch,
) -> None:
    gate, searched = gated_search(monkeypatch)
    shown = shown_queries(monkeypatch)
    dialog = WalkInDialog(make_ctx(receptionist))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.searchEdit, "5")
    qtbot.waitUntil(lambda: bool(searched))  # the search of "5" runs, held at the gate
    qtbot.keyClicks(dialog.ui.searchEdit, "678")  # no key waits for it (a search on this thread would hang here)
    assert dialog.ui.searchEdit.text() == "5678" and dialog.searcher.busy()
    gate.set()
    qtbot.waitUntil(lambda: dialog.shown_query == "5678", timeout=5000)
    qtbot.waitUntil(lambda: not dialog.searcher.busy(), timeout=5000)
    assert searched == [("5", False), ("5678", False)]  # "56", "567" never searched; never on the GUI thread
    assert shown == ["5678"]  # the hits of "5" came when the box said "5678": dropped
    assert [dialog.ui.hitList.item(i).text() for i in range(dialog.ui.hitList.count())] == [
        "陈美丽   138 1234 5678   ⚠ warning on file"
    ]
    qtbot.keyClick(dialog.ui.searchEdit, Qt.Key.Key_Return)  # Enter picks her, as before
    assert dialog.customer_id == salon["customer"] and dialog.focusWidget() is dialog.ui.serviceCombo


def test_enter_before_the_hits_arrive_searches_the_typed_text_and_picks_from_it(
    qtbot,
    make_ctx,  # noqa: F811
    receptionist,
    salon,
) -> None:
    dialog = WalkInDialog(make_ctx(receptionist))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.searchEdit, "5678")
    qtbot.keyClick(dialog.ui.searchEdit, Qt.Key.Key_Return)  # at once: the background search has not delivered
    assert dialog.customer_id == salon["customer"]
    qtbot.waitUntil(lambda: not dialog.searcher.busy(), timeout=5000)
    assert dialog.customer_id == salon["customer"] and dialog.shown_query == "5678"


def test_closing_or_deleting_the_walk_in_dialog_mid_search_is_safe(
    qtbot,
    make_ctx,  # noqa: F811
    receptionist,
    salon,
    monkeypatch,
) -> None:
    import shiboken6
    from PySide6.QtWidgets import QDialog

    from salondesk.ui.tasks import TaskRunner

    gate, searched = gated_search(monkeypatch)
    shown = shown_queries(monkeypatch)
    ctx = make_ctx(receptionist)
    tasks = TaskRunner()
    ctx.extras["tasks"] = tasks
    closed = WalkInDialog(ctx)
    qtbot.addWidget(closed)
    closed.show()
    deleted = WalkInDialog(ctx)
    deleted.show()
    qtbot.keyClicks(closed.ui.searchEdit, "5678")
    qtbot.keyClicks(deleted.ui.searchEdit, "5678")
    qtbot.waitUntil(lambda: len(searched) == 2)  # both searches run, held at the gate
    closed.done(QDialog.DialogCode.Rejected)  # what Esc (and "discard") ends in
    shiboken6.delete(deleted)  # e.g. the window went with its dialog
    gate.set()
    assert tasks.wait_idle(5000)
    qtbot.wait(50)  # the results are delivered through the event loop
    assert not tasks.busy() and shown == []  # neither the closed nor the deleted dialog was touched
    assert not closed.isVisible() and closed.ui.hitList.count() == 0


def test_the_30_second_re_read_reads_off_the_gui_thread_and_keeps_the_selection(
    qtbot, tab, clock, receptionist, new_uow, salon, monkeypatch
) -> None:
    import threading

    from salondesk.ui.tabs import reception_tab as module

    for name in ("李娜", "王芳"):
        reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name=name, service_id=salon["cut"]))
    tab.refresh()
    tab.waiting_view.selectRow(1)
    selected = tab.waiting_model.row_at(1).visit_id
    reads: list[bool] = []  # read on the GUI thread?
    real = module.queue_snapshot

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        reads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "queue_snapshot", recording)
    reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="Ben Wu", service_id=salon["cut"]))
    clock.advance(seconds=30)
    tab.refresh_timer.timeout.emit()  # the tab's timer
    assert tab.waiting_model.rowCount() == 2  # nothing was read on this thread
    qtbot.waitUntil(lambda: tab.waiting_model.rowCount() == 3, timeout=5000)
    assert reads == [False]
    assert tab.waiting_model.row_at(tab.waiting_view.currentIndex().row()).visit_id == selected  # still selected
    assert tab.waiting_view.currentIndex().row() == 1


def test_a_re_read_still_running_when_the_tab_goes_is_dropped(
    qtbot,
    make_ctx,  # noqa: F811
    receptionist,
    salon,
    monkeypatch,
) -> None:
    import threading

    import shiboken6

    from salondesk.ui.tabs import reception_tab as module
    from salondesk.ui.tasks import TaskRunner

    ctx = make_ctx(receptionist)
    tasks = TaskRunner()
    ctx.extras["tasks"] = tasks
    shown: list[object] = []
    monkeypatch.setattr(ReceptionTab, "_show_read", lambda self, r: shown.append(r))  # what a result calls
    tab = ReceptionTab(ctx)
    tab.refresh()
    assert len(shown) == 1
    gate, read = threading.Event(), threading.Event()
    real = module.queue_snapshot

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        read.set()
        assert gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "queue_snapshot", held)
    tab.refresh_timer.timeout.emit()
    assert read.wait(5)  # the re-read runs in the pool, held
    shiboken6.delete(tab)  # the user switched: the tabs are rebuilt
    gate.set()
    assert tasks.wait_idle(5000)
    qtbot.wait(50)
    assert len(shown) == 1 and not tasks.busy()  # the late re-read reached nobody
