"""Complaints tab and dialogs: intake, countdown colours with words, owner alert, stage entries, weekly PDF."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow

from salondesk.domain.complaints import Category, Channel, EntryKind, Remedy, Severity, Status
from salondesk.domain.permissions import SYSTEM
from salondesk.queries import complaints as q
from salondesk.services import complaints as svc
from salondesk.ui.dialogs.complaints import ComplaintEntryDialog, ComplaintIntakeDialog
from salondesk.ui.models.table_model import RowTableModel
from salondesk.ui.tabs.complaints_tab import VIEW_OPEN, VIEW_WEEK, ComplaintsTab
from salondesk.ui.widgets.common import STATE_COLOURS, State
from tests.attachment_files import jpeg_bytes, png_bytes
from tests.conftest import pin_of
from tests.ui.foundation import make_ctx  # noqa: F401 - fixture
from tests.unit.test_complaint_support import log


@pytest.fixture
def ctx(make_ctx, receptionist):  # noqa: F811
    return make_ctx(receptionist)


def _tab(qtbot, ctx) -> ComplaintsTab:
    tab = ComplaintsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _ok(dialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def _cell(tab: ComplaintsTab, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return tab.model.data(tab.model.index(row, column), role)


NEXT = 2  # the "Next deadline" column


def test_empty_list_says_what_to_do(qtbot, ctx):
    tab = _tab(qtbot, ctx)
    assert tab.model.rowCount() == 0
    assert tab.empty_label.isVisible() and "Ctrl+N" in tab.empty_label.text()
    assert tab.count_label.text() == "0 need action now, 0 past a deadline, 0 open"


def test_intake_dialog_logs_a_phone_complaint_and_it_needs_action(qtbot, ctx, clock):
    tab = _tab(qtbot, ctx)
    dialog = ComplaintIntakeDialog(ctx, tab)
    qtbot.addWidget(dialog)
    assert dialog.ui.channelCombo.currentData() == Channel.PHONE.value
    assert dialog.ui.productEdit.isHidden()  # only for product cases
    _ok(dialog)  # nothing typed yet
    assert "customer" in dialog.ui.errorLabel.text().lower()
    dialog.ui.customerNameEdit.setText("刘女士")
    dialog.ui.customerPhoneEdit.setText("138 0000 1111")
    dialog.ui.descriptionEdit.setPlainText("Colour much darker than the sample")
    dialog.ui.wantedEdit.setText("Free correction")
    dialog.ui.pinEdit.setText("1234")  # not the receptionist's own PIN
    _ok(dialog)
    assert "Wrong PIN" in dialog.ui.errorLabel.text() and q.complaint_rows(ctx.new_uow(), clock.now()) == []
    dialog.ui.pinEdit.setText(pin_of(ctx.actor))
    _ok(dialog)
    assert dialog.result() == ComplaintIntakeDialog.DialogCode.Accepted
    tab.refresh()
    assert tab.model.rowCount() == 1
    assert _cell(tab, 0, 0) == "C-2026-0001"
    # investigation is the first clock (24 h), green, with words
    assert _cell(tab, 0, NEXT) == "Investigation: 1 d 0 h left"
    assert _cell(tab, 0, NEXT, Qt.ItemDataRole.ForegroundRole).color().name() == STATE_COLOURS[State.OK][0]
    detail = q.complaint_detail(ctx.new_uow(), dialog.saved_id, clock.now(), viewer=SYSTEM)
    assert detail.customer_phone == "138 0000 1111" and detail.wanted == "Free correction"


def test_product_case_and_earlier_arrival_in_the_dialog(qtbot, ctx, clock):
    dialog = ComplaintIntakeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.categoryCombo.setCurrentIndex(dialog.ui.categoryCombo.findData(Category.PRODUCT.value))
    assert not dialog.ui.productEdit.isHidden()
    dialog.ui.customerNameEdit.setText("Mr. Zhou")
    dialog.ui.descriptionEdit.setPlainText("Bottle leaked")
    dialog.ui.productEdit.setText("Argan shampoo")
    dialog.ui.batchEdit.setText("AR-17")
    dialog.ui.earlierCheck.setChecked(True)
    dialog.ui.receivedEdit.setDateTime(dialog.ui.receivedEdit.dateTime().addSecs(-8 * 3600))
    _ok(dialog)
    assert "why" in dialog.ui.errorLabel.text().lower()  # an earlier arrival needs its reason
    dialog.ui.reasonEdit.setText("WeChat message overnight")
    dialog.ui.pinEdit.setText(pin_of(ctx.actor))
    _ok(dialog)
    assert dialog.result() == ComplaintIntakeDialog.DialogCode.Accepted
    detail = q.complaint_detail(ctx.new_uow(), dialog.saved_id, clock.now(), viewer=SYSTEM)
    assert detail.row.received_at == clock.now().replace(second=0, microsecond=0) - timedelta(hours=8)
    assert detail.batch_number == "AR-17" and detail.row.category == Category.PRODUCT


def test_countdown_colours_amber_and_red_with_words(qtbot, ctx, receptionist, clock):
    now = clock.now()
    log(ctx.new_uow, receptionist, clock, now - timedelta(hours=25))  # investigation missed by 1 h
    amber = log(ctx.new_uow, receptionist, clock, now - timedelta(hours=20), Category.PRODUCT)
    svc.start_investigation(
        ctx.new_uow(), receptionist, clock, amber, pin=pin_of(receptionist)
    )  # answer (24 h) has 4 h left < 6 h
    clock.set(now)
    tab = _tab(qtbot, ctx)
    texts = [_cell(tab, r, NEXT) for r in range(tab.model.rowCount())]
    assert texts == ["Investigation: overdue by 1 h 0 min", "Answer: due soon, 4 h 0 min left"]
    assert _cell(tab, 0, NEXT, Qt.ItemDataRole.ForegroundRole).color().name() == STATE_COLOURS[State.BAD][0]
    assert _cell(tab, 1, NEXT, Qt.ItemDataRole.ForegroundRole).color().name() == STATE_COLOURS[State.ATTENTION][0]
    assert tab.count_label.text() == "2 need action now, 1 past a deadline, 2 open"


def test_status_bar_chip_counts_complaints_past_a_deadline(qtbot, ctx, receptionist, clock):
    window = QMainWindow()
    qtbot.addWidget(window)
    ctx.extras["main_window"] = window
    log(ctx.new_uow, receptionist, clock, clock.now() - timedelta(hours=49))
    clock.set(clock.now() + timedelta(hours=49))
    tab = _tab(qtbot, ctx)
    assert tab.status_chip.parent() is not None
    assert tab.status_chip.text() == "1 complaint(s) past a deadline"
    assert tab.status_chip.state == State.BAD
    assert tab.status_chip in window.statusBar().findChildren(type(tab.status_chip))


def test_critical_alert_stays_until_the_owner_acknowledges(qtbot, make_ctx, receptionist, owner, clock):  # noqa: F811
    ctx = make_ctx(receptionist)
    dialog = ComplaintIntakeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.healthSafetyCheck.setChecked(True)
    assert dialog.ui.severityCombo.currentData() == Severity.CRITICAL.value
    assert not dialog.ui.severityCombo.isEnabled()
    dialog.ui.customerNameEdit.setText("陈静")
    dialog.ui.descriptionEdit.setPlainText("Rash after hair dye")
    dialog.ui.pinEdit.setText(pin_of(ctx.actor))
    _ok(dialog)
    tab = _tab(qtbot, ctx)
    assert tab.alert_frame.isVisible() and "CRITICAL" in tab.alert_label.text()
    assert tab.alert_button.isHidden()  # the receptionist sees the alert but cannot dismiss it
    owner_tab = _tab(qtbot, make_ctx(owner))
    assert owner_tab.alert_frame.isVisible() and owner_tab.alert_button.isVisible()
    owner_tab.ask_pin = lambda: "1234"  # the owner signs the acknowledgement with her PIN
    owner_tab.alert_button.click()
    assert not owner_tab.alert_frame.isVisible()
    tab.refresh()
    assert not tab.alert_frame.isVisible()


def test_stage_dialog_signs_entries_and_shows_the_service_message(qtbot, ctx, receptionist, clock):
    cid = log(ctx.new_uow, receptionist, clock, clock.now())
    tab = _tab(qtbot, ctx)
    tab.select(cid)
    assert tab.stage_buttons[EntryKind.ACKNOWLEDGED].isEnabled()
    assert not tab.stage_buttons[EntryKind.RESOLVED].isEnabled()
    dialog = ComplaintEntryDialog(ctx, tab.detail, EntryKind.ACKNOWLEDGED, tab)
    qtbot.addWidget(dialog)
    assert not dialog.ui.methodCombo.isHidden() and dialog.ui.remedyCombo.isHidden()
    assert "with your PIN" in dialog.ui.headerLabel.text()
    _ok(dialog)
    assert dialog.ui.errorLabel.text() == "Write down what was said to the customer."  # before any PIN attempt
    dialog.ui.textEdit.setPlainText("Apologised; manager will call back")
    dialog.ui.pinEdit.setText("9999")
    _ok(dialog)
    assert "Wrong PIN" in dialog.ui.errorLabel.text() and dialog.ui.pinEdit.text() == ""
    assert len(q.complaint_detail(ctx.new_uow(), cid, clock.now(), viewer=SYSTEM).entries) == 1  # nothing written
    dialog.ui.pinEdit.setText("2222")
    _ok(dialog)
    assert dialog.result() == ComplaintEntryDialog.DialogCode.Accepted
    tab.select(cid)
    html = tab.timeline.toPlainText()
    assert "First response" in html and "Apologised; manager will call back" in html and "Lily Chen" in html


def test_refund_above_limit_is_refused_for_the_receptionist_in_the_dialog(qtbot, ctx, receptionist, clock):
    cid = log(ctx.new_uow, receptionist, clock, clock.now())
    svc.start_investigation(ctx.new_uow(), receptionist, clock, cid, pin=pin_of(receptionist))
    detail = q.complaint_detail(ctx.new_uow(), cid, clock.now(), viewer=SYSTEM)
    dialog = ComplaintEntryDialog(ctx, detail, EntryKind.DECISION)
    qtbot.addWidget(dialog)
    assert dialog.ui.amountSpin.isHidden()
    dialog.ui.remedyCombo.setCurrentIndex(dialog.ui.remedyCombo.findData(Remedy.REFUND.value))
    assert not dialog.ui.amountSpin.isHidden()
    dialog.ui.amountSpin.setValue(800)
    dialog.ui.pinEdit.setText("2222")
    _ok(dialog)
    assert dialog.ui.errorLabel.text() == "A refund above 500.00 must be approved by the owner."
    dialog.ui.amountSpin.setValue(200)
    dialog.ui.pinEdit.setText("2222")
    _ok(dialog)
    assert dialog.result() == ComplaintEntryDialog.DialogCode.Accepted


def test_evidence_dialog_attaches_a_file(qtbot, ctx, receptionist, clock, tmp_path):
    cid = log(ctx.new_uow, receptionist, clock, clock.now())
    detail = q.complaint_detail(ctx.new_uow(), cid, clock.now(), viewer=SYSTEM)
    photo = tmp_path / "scalp.png"
    photo.write_bytes(png_bytes())
    dialog = ComplaintEntryDialog(ctx, detail, EntryKind.EVIDENCE)
    qtbot.addWidget(dialog)
    dialog.set_file(photo)
    dialog.ui.textEdit.setPlainText("Photo from WeChat")
    dialog.ui.pinEdit.setText("2222")
    _ok(dialog)
    entry = q.complaint_detail(ctx.new_uow(), cid, clock.now(), viewer=SYSTEM).entries[-1]
    assert entry.kind == EntryKind.EVIDENCE and entry.file_name == "scalp.png" and len(entry.file_sha256) == 64


def test_open_view_and_filter(qtbot, ctx, receptionist, clock):
    log(ctx.new_uow, receptionist, clock, clock.now() - timedelta(hours=30), customer_name="Alice")
    log(ctx.new_uow, receptionist, clock, clock.now(), customer_name="Bob")
    tab = _tab(qtbot, ctx)
    tab.view_combo.setCurrentIndex(VIEW_OPEN)
    assert tab.model.rowCount() == 2
    tab.filter_edit.setText("bob")
    assert [r.customer for r in tab.model.rows()] == ["Bob"]


def test_weekly_summary_view_and_printable_pdf(qtbot, ctx, receptionist, clock):
    cid = log(ctx.new_uow, receptionist, clock, clock.now(), Category.HYGIENE, channel=Channel.WECHAT)
    svc.start_investigation(ctx.new_uow(), receptionist, clock, cid, pin=pin_of(receptionist))
    svc.decide(
        ctx.new_uow(), receptionist, clock, cid, Remedy.TRAINING, "Retrain on towel hygiene", pin=pin_of(receptionist)
    )
    tab = _tab(qtbot, ctx)
    tab.view_combo.setCurrentIndex(VIEW_WEEK)
    text = tab.week_view.toPlainText()
    assert "Received 1" in text and "Retrain on towel hygiene" in text and "WeChat" in text
    path = tab.write_week_pdf()
    pdf = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Complaints — weekly summary" in pdf and "Retrain on towel hygiene" in pdf and "C-2026-0001" in pdf


def test_table_model_is_a_valid_qt_model(qtbot, ctx, receptionist, clock):
    log(ctx.new_uow, receptionist, clock, clock.now())
    tab = _tab(qtbot, ctx)
    assert isinstance(tab.model, RowTableModel)
    from pytestqt.modeltest import ModelTester

    ModelTester(None).check(tab.model)


def test_known_customer_from_the_counter_search_with_safety_banner(qtbot, ctx, receptionist, clock):
    from salondesk.services import customers as customer_service

    customer_id = customer_service.create_customer(
        ctx.new_uow(),
        receptionist,
        clock,
        customer_service.CustomerInput(
            "陈静", mobile="13912345678", health_consent=True, allergies="PPD hair dye", privacy_consent=True
        ),
    )
    dialog = ComplaintIntakeDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.search is not None
    dialog.search.set_text("5678")
    assert dialog.search.current_customer_id() == customer_id
    dialog.search.customer_chosen.emit(customer_id)  # Enter / double-click on the hit
    assert dialog.customer_id == customer_id and dialog.ui.customerNameEdit.text() == "陈静"
    assert dialog.banner is not None and not dialog.banner.isHidden()
    assert any("PPD" in line for line in dialog.banner.lines)
    dialog.ui.descriptionEdit.setPlainText("Scalp itching after colour")
    dialog.ui.pinEdit.setText(pin_of(ctx.actor))
    _ok(dialog)
    rows = q.complaints_for_customer(ctx.new_uow(), customer_id, clock.now())
    assert [r.id for r in rows] == [dialog.saved_id]
    # typing another name by hand drops the link (an unregistered customer)
    other = ComplaintIntakeDialog(ctx)
    qtbot.addWidget(other)
    other.search.customer_chosen.emit(customer_id)
    qtbot.keyClicks(other.ui.customerNameEdit, "x")
    assert other.customer_id is None and other.banner.isHidden()


def test_technician_complaints_for_the_staff_screen(qtbot, make_ctx, owner, receptionist, technician, clock):  # noqa: F811
    from salondesk.ui.tabs.complaints_tab import TechnicianComplaints

    ctx = make_ctx(owner)
    log(ctx.new_uow, receptionist, clock, clock.now(), technician_id=technician.staff_id, description="Perm dropped")
    log(ctx.new_uow, receptionist, clock, clock.now(), description="Nobody's fault")
    widget = TechnicianComplaints(ctx)
    qtbot.addWidget(widget)
    widget.set_staff(technician.staff_id)
    assert [r.description for r in widget.model.rows()] == ["Perm dropped"]
    assert widget.count_label.text() == "1 complaints, 1 open"
    widget.set_staff(None)
    assert widget.model.rowCount() == 0


def test_weekly_summary_prints_through_a_printer(qtbot, ctx, receptionist, clock, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from salondesk.ui.printing import print_pdf

    log(ctx.new_uow, receptionist, clock, clock.now())
    tab = _tab(qtbot, ctx)
    tab.view_combo.setCurrentIndex(VIEW_WEEK)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    print_pdf(tab.write_week_pdf(), printer)
    assert len(PdfReader(out).pages) == 1


def test_technician_sees_only_complaints_involving_them(qtbot, make_ctx, receptionist, technician, clock):  # noqa: F811
    log(make_ctx(receptionist).new_uow, receptionist, clock, clock.now(), description="About someone else")
    ctx = make_ctx(technician)
    mine = log(ctx.new_uow, receptionist, clock, clock.now(), technician_id=technician.staff_id, description="About me")
    logged = log(ctx.new_uow, technician, clock, clock.now(), description="I logged it")
    tab = _tab(qtbot, ctx)
    tab.view_combo.setCurrentIndex(VIEW_OPEN)
    assert sorted(r.id for r in tab.model.rows()) == sorted([mine, logged])
    tab.select(mine)
    assert not tab.stage_buttons[EntryKind.ACKNOWLEDGED].isEnabled()  # technicians log, they do not handle
    assert tab.stage_buttons[EntryKind.EVIDENCE].isEnabled()


def test_a_technicians_chip_never_says_no_deadline_missed_while_one_is(
    qtbot,
    make_ctx,  # noqa: F811
    receptionist,
    technician,
    clock,
):
    now = clock.now()
    log(make_ctx(receptionist).new_uow, receptionist, clock, now - timedelta(days=3))  # not about them
    clock.set(now)
    tab = _tab(qtbot, make_ctx(technician))
    assert tab.model.rowCount() == 0  # nothing of theirs to act on
    assert tab.status_chip.state == State.BAD and tab.status_chip.text() == "1 complaint(s) past a deadline"


def test_status_chip_shows_the_owner_alert_and_brings_the_tab_forward(qtbot, ctx, receptionist, clock):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication, QTabWidget

    window = QMainWindow()
    window.tab_widget = QTabWidget(window)
    window.setCentralWidget(window.tab_widget)
    qtbot.addWidget(window)
    ctx.extras["main_window"] = window
    start = clock.now()
    log(ctx.new_uow, receptionist, clock, start, health_safety=True, description="Burn")
    log(ctx.new_uow, receptionist, clock, start - timedelta(hours=49))
    clock.set(start + timedelta(hours=1))
    tab = ComplaintsTab(ctx)
    other = QMainWindow()
    window.tab_widget.addTab(other, "other")
    window.tab_widget.addTab(tab, "complaints")
    window.show()
    assert tab.status_chip.text() == "Critical complaint C-2026-0001: tell the owner · 1 complaint(s) past a deadline"
    assert tab.status_chip.state == State.BAD
    window.tab_widget.setCurrentIndex(0)
    tab.view_combo.setCurrentIndex(VIEW_OPEN)
    release = QMouseEvent(
        QMouseEvent.Type.MouseButtonRelease,
        QPointF(2, 2),
        QPointF(2, 2),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(tab.status_chip, release)
    assert window.tab_widget.currentWidget() is tab
    assert tab.view_combo.currentIndex() == 0  # needs action now


def test_intake_links_a_recent_visit_of_the_known_customer(qtbot, ctx, receptionist, technician, clock):
    from salondesk.domain.visits import ServiceRecord, Visit
    from salondesk.services import customers as customer_service

    customer_id = customer_service.create_customer(
        ctx.new_uow(), receptionist, clock, customer_service.CustomerInput("王女士", mobile="13911112222")
    )
    visit_at = clock.now() - timedelta(days=2)
    with ctx.new_uow() as uow:
        visit = Visit(
            customer_id=customer_id,
            arrived_at=visit_at,
            wait_start=visit_at,
            staff_id=technician.staff_id,
            created_at=visit_at,
        )
        uow.session.add(visit)
        uow.flush()
        record = ServiceRecord(
            visit_id=visit.id,
            customer_id=customer_id,
            staff_id=technician.staff_id,
            work_done="Perm",
            finished_at=visit_at,
        )
        uow.session.add(record)
        uow.commit()
        visit_id, record_id = visit.id, record.id
    dialog = ComplaintIntakeDialog(ctx, customer_id=customer_id, customer_name="王女士")
    qtbot.addWidget(dialog)
    assert not dialog.ui.visitCombo.isHidden() and dialog.ui.visitCombo.count() == 2
    dialog.ui.visitCombo.setCurrentIndex(1)
    assert dialog.ui.technicianCombo.currentData() == technician.staff_id
    dialog.ui.descriptionEdit.setPlainText("Perm dropped after 3 days")
    dialog.ui.pinEdit.setText(pin_of(ctx.actor))
    _ok(dialog)
    detail = q.complaint_detail(ctx.new_uow(), dialog.saved_id, clock.now(), viewer=SYSTEM)
    assert (detail.visit_id, detail.service_record_id, detail.row.technician_id) == (
        visit_id,
        record_id,
        technician.staff_id,
    )
    unregistered = ComplaintIntakeDialog(ctx)
    qtbot.addWidget(unregistered)
    assert unregistered.ui.visitCombo.isHidden()


def test_evidence_file_opens_in_the_app_from_the_timeline(qtbot, ctx, receptionist, clock, tmp_path, monkeypatch):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    photo = tmp_path / "burn.jpg"
    photo.write_bytes(jpeg_bytes(2400, 1800))
    cid = log(ctx.new_uow, receptionist, clock, clock.now())
    svc.add_evidence(ctx.new_uow(), receptionist, clock, cid, "Photo", photo, pin=pin_of(receptionist))
    tab = _tab(qtbot, ctx)
    tab.select(cid)
    html = tab.timeline.toHtml()
    entry = tab.detail.entries[-1]
    assert f"evidence:{entry.file_sha256}" in html and "burn.jpg" in html
    handed_out: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: handed_out.append(url) or True))
    tab.timeline.anchorClicked.emit(QUrl(f"evidence:{entry.file_sha256}"))
    viewer = tab.evidence_viewer
    assert viewer is not None and viewer.isVisible() and handed_out == []
    assert "burn.jpg" in viewer.windowTitle() and entry.file_sha256 in viewer.ui.infoLabel.text()
    assert viewer.pages[0].width() == 1600  # the display copy, not the 2400 px original
    assert viewer.ui.saveButton.isHidden()  # a receptionist cannot take a copy out
    viewer.set_zoom(1.0)
    viewer.step_zoom(+1)
    assert viewer.zoom == 1.25 and viewer.page_labels[0].pixmap().width() == 2000
    viewer.close()


def test_close_dialog_asks_why_there_was_no_follow_up_call(qtbot, ctx, receptionist, clock):
    from tests.unit.test_complaint_support import resolve

    cid = log(ctx.new_uow, receptionist, clock, clock.now())
    resolve(ctx.new_uow, receptionist, clock, cid, clock.now())
    tab = _tab(qtbot, ctx)
    tab.open_complaint(cid)
    assert tab.stage_buttons[EntryKind.CLOSED].isEnabled() and tab.stage_buttons[EntryKind.FOLLOW_UP].isEnabled()
    dialog = ComplaintEntryDialog(ctx, tab.detail, EntryKind.CLOSED, tab)
    qtbot.addWidget(dialog)
    assert "no follow-up call" in dialog.ui.headerLabel.text() and "C4" in dialog.ui.headerLabel.text()
    assert dialog.ui.textLabel.text() == "&Why no follow-up call:"
    dialog.ui.pinEdit.setText("2222")
    _ok(dialog)
    assert "write down why none was possible" in dialog.ui.errorLabel.text()
    assert dialog.ui.textEdit.hasFocus() or not dialog.isVisible()
    dialog.ui.textEdit.setPlainText("Customer asked not to be called again")
    dialog.ui.pinEdit.setText("2222")
    _ok(dialog)
    assert dialog.result() == ComplaintEntryDialog.DialogCode.Accepted
    detail = q.complaint_detail(ctx.new_uow(), cid, clock.now(), viewer=SYSTEM)
    assert detail.row.status == Status.CLOSED and detail.entries[-1].text == "Customer asked not to be called again"


def test_timeline_columns_never_break_a_word(qtbot, ctx, receptionist, clock):
    from PySide6.QtGui import QTextDocument

    cid = log(ctx.new_uow, receptionist, clock, clock.now())
    svc.start_investigation(ctx.new_uow(), receptionist, clock, cid, "Asked the technician", pin=pin_of(receptionist))
    tab = _tab(qtbot, ctx)
    tab.open_complaint(cid)
    document = QTextDocument()
    document.setHtml(tab.timeline_html(tab.detail))
    document.setTextWidth(420)  # a narrow detail pane at 1280×720
    document.size()  # lays the text out
    lines = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            text = block.text()[line.textStart() : line.textStart() + line.textLength()]
            lines.append(text.replace("\xa0", " ").strip())
        block = block.next()
    assert {"Signed by", "Investigation started", "Lily Chen"} <= set(lines), lines  # each on one line, whole


def test_one_click_on_a_hit_picks_the_customer_in_the_intake(qtbot, ctx, receptionist, clock):
    from PySide6.QtCore import QPoint

    from salondesk.services import customers as customer_service

    customer_id = customer_service.create_customer(
        ctx.new_uow(), receptionist, clock, customer_service.CustomerInput("陈静", mobile="13912345678")
    )
    dialog = ComplaintIntakeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.search.set_text("5678")
    qtbot.waitUntil(lambda: dialog.search.model.rowCount() == 1, timeout=5000)
    view = dialog.search.view
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() + QPoint(1, 0))
    assert dialog.customer_id == customer_id and dialog.ui.customerNameEdit.text() == "陈静"


def test_service_names_in_the_chinese_complaint_detail_and_customer_history(qtbot, qapp, make_ctx, owner, clock):  # noqa: F811
    from salondesk.domain.catalogue import ServiceCategory
    from salondesk.queries.customers import HistoryItem
    from salondesk.services import catalogue
    from salondesk.ui.i18n import install_translators
    from salondesk.ui.tabs.customers_tab import CustomerFileView

    catalogue.create_service(
        make_ctx(owner).new_uow(),
        owner,
        clock,
        catalogue.ServiceInput("Men's cut", ServiceCategory.CUT, 30, name_zh="男士剪发"),
    )
    ctx = make_ctx(owner)
    cid = log(ctx.new_uow, owner, clock, clock.now(), service_name="Men's cut")
    install_translators("zh_CN", qapp)
    try:
        tab = _tab(qtbot, ctx)
        tab.open_complaint(cid)
        assert "男士剪发" in tab.header_label.text() and "Men's cut" not in tab.header_label.text()
        customers = CustomerFileView(ctx)
        qtbot.addWidget(customers)
        item = HistoryItem(clock.now(), "service", "Men's cut", "Short back and sides", title_zh="男士剪发")
        details = next(c for c in customers._history_columns() if c.header == "详情")
        assert details.display(item).startswith("男士剪发")
    finally:
        install_translators("en", qapp)
