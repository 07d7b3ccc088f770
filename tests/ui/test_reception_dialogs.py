"""Reception dialogs: the uncertified warning and its reason, re-checks free / late / refused, rating skip."""
# ruff: noqa: F811 - pytest fixtures imported from other test modules are parameters here

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from sqlmodel import select

from salondesk.domain.catalogue import Service, ServiceCategory
from salondesk.domain.staff import CertificateKind
from salondesk.domain.visits import Rating, Recheck, Visit, VisitState
from salondesk.queries.reception import queue_snapshot
from salondesk.services import reception
from salondesk.ui.dialogs.reception.dialogs import RatingDialog, RecheckDialog, StartServiceDialog
from tests.ui.foundation import make_ctx  # noqa: F401 - fixture
from tests.ui.test_reception_tab import salon  # noqa: F401 - fixture


def _nails(new_uow, clock) -> int:  # type: ignore[no-untyped-def]
    with new_uow() as uow:
        nails = Service(
            name="Gel nails",
            name_zh="美甲",
            category=ServiceCategory.MANICURE,
            duration_min=60,
            certificate_kind=CertificateKind.NAIL,
            created_at=clock.now(),
        )
        uow.session.add(nails)
        uow.commit()
        assert nails.id is not None
        return nails.id


def test_start_dialog_warns_in_words_and_needs_a_reason_for_an_uncertified_technician(
    qtbot,
    make_ctx,
    receptionist,
    new_uow,
    clock,
    salon,
) -> None:
    ctx = make_ctx(receptionist)
    nails = _nails(new_uow, clock)
    vid = reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(name="王五", service_id=nails))
    snap = queue_snapshot(new_uow(), clock.now(), ctx.settings, receptionist)
    row = next(r for r in snap.waiting if r.visit_id == vid)
    dialog = StartServiceDialog(ctx, row, snap)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.staffCombo.currentData() == salon["tech"]
    assert not dialog.certified()  # 张伟 holds hairdressing only
    assert dialog.ui.certificateLabel.isVisible()
    assert "Not certified" in dialog.ui.certificateLabel.text() and "Nail care" in dialog.ui.certificateLabel.text()
    assert dialog.ui.reasonEdit.isVisible()
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()  # refused without a reason
    dialog.ui.reasonEdit.setText("nail technician off sick; owner agreed")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == StartServiceDialog.DialogCode.Accepted
    with new_uow() as uow:
        visit = uow.session.get(Visit, vid)
        assert (visit.state, visit.uncertified_override) == (
            VisitState.IN_SERVICE,
            "nail technician off sick; owner agreed",
        )
    # a certified start shows no warning at all
    other = reception.add_walk_in(
        new_uow(), receptionist, clock, reception.WalkIn(name="赵六", service_id=salon["cut"])
    )
    snap = queue_snapshot(new_uow(), clock.now(), ctx.settings, receptionist)
    cut_dialog = StartServiceDialog(ctx, next(r for r in snap.waiting if r.visit_id == other), snap)
    qtbot.addWidget(cut_dialog)
    cut_dialog.show()
    assert cut_dialog.certified() and not cut_dialog.ui.certificateLabel.isVisible()


def _finished_record(new_uow, clock, actor, salon):  # type: ignore[no-untyped-def]
    vid = reception.add_walk_in(
        new_uow(), actor, clock, reception.WalkIn(customer_id=salon["customer"], service_id=salon["cut"])
    )
    reception.start_service(new_uow(), actor, clock, vid, salon["tech"])
    clock.advance(minutes=30)
    return vid, reception.finish_service(new_uow(), actor, clock, vid, reception.RecordInput("Cut"))


def test_recheck_dialog_queues_a_free_recheck_and_refusing_needs_a_reason(
    qtbot,
    make_ctx,
    receptionist,
    new_uow,
    clock,
    salon,
) -> None:
    ctx = make_ctx(receptionist)
    _, record = _finished_record(new_uow, clock, receptionist, salon)
    clock.advance(hours=50)
    dialog = RecheckDialog(ctx, salon["customer"], "陈美丽")
    qtbot.addWidget(dialog)
    assert dialog.records.count() == 1
    assert "within 7 days" in dialog.records.item(0).text()
    dialog.refuse_button.click()
    assert dialog.result_value is None and dialog.error.text()  # no reason given
    dialog.accept_button.click()
    assert dialog.result_value is not None and dialog.result_value.within_window
    clock.advance(days=6)  # now 8 days + after the service
    late = RecheckDialog(ctx, salon["customer"], "陈美丽")
    qtbot.addWidget(late)
    assert "LATE" in late.records.item(0).text()
    late.reason.setText("fully booked")
    late.refuse_button.click()
    with new_uow() as uow:
        rows = [(r.original_record_id, r.within_window, r.refused) for r in uow.session.exec(select(Recheck))]
    assert rows == [(record, True, False), (record, False, True)]


def test_rating_dialog_skip_stores_nothing_and_submit_stores_the_answers(
    qtbot,
    make_ctx,
    receptionist,
    new_uow,
    clock,
    salon,
) -> None:
    ctx = make_ctx(receptionist)
    vid, _ = _finished_record(new_uow, clock, receptionist, salon)
    skipped = RatingDialog(ctx, vid)
    qtbot.addWidget(skipped)
    skipped.skip.click()
    partial = RatingDialog(ctx, vid)
    qtbot.addWidget(partial)
    partial.choose(None, 10)
    partial.submit.click()
    with new_uow() as uow:
        assert [(r.satisfaction, r.recommend) for r in uow.session.exec(select(Rating))] == [(None, 10)]
