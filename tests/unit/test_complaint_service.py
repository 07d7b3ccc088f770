"""Complaint use cases: intake, numbering, stage order, permissions, evidence, hash chain."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlmodel import select

from salondesk.domain.audit import AuditEntry
from salondesk.domain.complaints import (
    Category,
    Channel,
    ClockState,
    Complaint,
    ComplaintEntry,
    DeadlineKind,
    EntryKind,
    ProductOutcome,
    Remedy,
    Severity,
    Status,
)
from salondesk.domain.errors import AuthenticationError, NotFound, PermissionDenied, ValidationError
from salondesk.domain.permissions import SYSTEM
from salondesk.domain.staff import Staff
from salondesk.queries import complaints as q
from salondesk.services import complaints as svc
from salondesk.services import settings as settings_service
from salondesk.services.records_chain import REGISTERS, verify_register
from tests.conftest import pin_of
from tests.unit.test_complaint_support import answer, follow, investigate, local, log, resolve


def _number(new_uow, cid: int) -> str:
    with new_uow() as uow:
        return uow.session.get(Complaint, cid).number


def test_numbers_are_per_local_year_without_gaps(new_uow, owner, clock):
    a = log(new_uow, owner, clock, local(2026, 3, 1, 10))
    b = log(new_uow, owner, clock, local(2026, 12, 31, 23, 30))  # still 2026 in Shanghai (15:30 UTC)
    c = log(new_uow, owner, clock, local(2027, 1, 1, 0, 30))  # 2027 locally, 2026 in UTC
    d = log(new_uow, owner, clock, local(2027, 1, 2, 9))
    assert [_number(new_uow, i) for i in (a, b, c, d)] == ["C-2026-0001", "C-2026-0002", "C-2027-0001", "C-2027-0002"]


def test_two_computers_logging_at_once_never_share_a_number(new_uow, owner, clock):
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(8):
                data = svc.ComplaintInput(Channel.PHONE, Category.SERVICE, Severity.LOW, "x", customer_name="A")
                svc.log_complaint(new_uow(write_lock=True), owner, clock, data, pin=pin_of(owner))
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with new_uow() as uow:
        seqs = sorted(c.seq for c in uow.session.exec(select(Complaint)))
    assert seqs == list(range(1, 17))


def test_intake_needs_description_and_a_customer(new_uow, receptionist, clock):
    with pytest.raises(ValidationError) as err:
        svc.log_complaint(
            new_uow(write_lock=True),
            receptionist,
            clock,
            svc.ComplaintInput(Channel.PHONE, Category.SERVICE, Severity.LOW, "  ", customer_name="A"),
            pin=pin_of(receptionist),
        )
    assert err.value.params["field"] == "description"
    with pytest.raises(ValidationError) as err:
        svc.log_complaint(
            new_uow(write_lock=True),
            receptionist,
            clock,
            svc.ComplaintInput(Channel.PHONE, Category.SERVICE, Severity.LOW, "rude"),
            pin=pin_of(receptionist),
        )
    assert err.value.params["field"] == "customer"
    with pytest.raises(NotFound):
        svc.log_complaint(
            new_uow(write_lock=True),
            receptionist,
            clock,
            svc.ComplaintInput(Channel.PHONE, Category.SERVICE, Severity.LOW, "rude", customer_id=999),
            pin=pin_of(receptionist),
        )


def test_earlier_arrival_needs_a_reason_and_never_the_future(new_uow, receptionist, clock):
    now = clock.now()
    base = dict(  # noqa: C408 - keyword form reads like the dataclass call
        channel=Channel.WECHAT,
        category=Category.SERVICE,
        severity=Severity.LOW,
        description="Overnight WeChat message",
        customer_name="A",
    )
    with pytest.raises(ValidationError) as err:
        svc.log_complaint(
            new_uow(write_lock=True),
            receptionist,
            clock,
            svc.ComplaintInput(**base, received_at=now + timedelta(minutes=1)),
            pin=pin_of(receptionist),
        )
    assert err.value.params["field"] == "received_at"
    with pytest.raises(ValidationError) as err:
        svc.log_complaint(
            new_uow(write_lock=True),
            receptionist,
            clock,
            svc.ComplaintInput(**base, received_at=now - timedelta(hours=9)),
            pin=pin_of(receptionist),
        )
    assert err.value.params["field"] == "received_reason"
    cid = svc.log_complaint(
        new_uow(write_lock=True),
        receptionist,
        clock,
        svc.ComplaintInput(**base, received_at=now - timedelta(hours=9), received_reason="Arrived overnight on WeChat"),
        pin=pin_of(receptionist),
    )
    row = q.complaint_detail(new_uow(), cid, now, viewer=SYSTEM)
    assert row.row.received_at == now - timedelta(hours=9)
    assert row.recorded_at == now
    # the clocks run from the arrival: 24 h investigation has 15 h left, a quarter is 6 h → green
    assert row.row.next.kind == DeadlineKind.INVESTIGATION
    assert row.row.next.remaining(now) == timedelta(hours=15)


def test_health_and_safety_is_critical_and_alerts_the_owner_until_acknowledged(new_uow, receptionist, owner, clock):
    cid = log(
        new_uow,
        receptionist,
        clock,
        clock.now(),
        Category.HYGIENE,
        severity=Severity.LOW,
        health_safety=True,
        description="Skin burn after hair dye",
    )
    detail = q.complaint_detail(new_uow(), cid, clock.now(), viewer=SYSTEM)
    assert detail.row.severity == Severity.CRITICAL
    assert [r.id for r in q.owner_alerts(new_uow(), clock.now())] == [cid]
    with pytest.raises(PermissionDenied):
        svc.acknowledge_owner_alert(new_uow(), receptionist, clock, cid, pin=pin_of(receptionist))
    svc.acknowledge_owner_alert(new_uow(), owner, clock, cid, "Called the customer myself", pin=pin_of(owner))
    assert q.owner_alerts(new_uow(), clock.now()) == []
    with pytest.raises(ValidationError):
        svc.acknowledge_owner_alert(new_uow(), owner, clock, cid, pin=pin_of(owner))


def test_stage_order_is_enforced_with_clear_messages(new_uow, receptionist, clock):
    cid = log(new_uow, receptionist, clock, clock.now())
    cases = [
        (
            lambda: svc.decide(new_uow(), receptionist, clock, cid, Remedy.DISCOUNT, pin=pin_of(receptionist)),
            "Start the investigation before deciding.",
        ),
        (
            lambda: svc.resolve(new_uow(), receptionist, clock, cid, pin=pin_of(receptionist)),
            "A complaint cannot be resolved before a decision.",
        ),
        (
            lambda: svc.tell_customer(new_uow(), receptionist, clock, cid, Channel.PHONE, pin=pin_of(receptionist)),
            "Record the decision before telling the customer.",
        ),
        (
            lambda: svc.follow_up(new_uow(), receptionist, clock, cid, 5, pin=pin_of(receptionist)),
            "The follow-up call comes after the resolution.",
        ),
        (
            lambda: svc.close(new_uow(), receptionist, clock, cid, pin=pin_of(receptionist)),
            "A complaint cannot be closed before it is resolved.",
        ),
        (
            lambda: svc.reopen(new_uow(), receptionist, clock, cid, "why", pin=pin_of(receptionist)),
            "Only a resolved or closed complaint can be reopened.",
        ),
    ]
    for call, message in cases:
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.message == message
    svc.start_investigation(new_uow(), receptionist, clock, cid, pin=pin_of(receptionist))
    with pytest.raises(ValidationError, match="already started"):
        svc.start_investigation(new_uow(), receptionist, clock, cid, pin=pin_of(receptionist))
    svc.decide(new_uow(), receptionist, clock, cid, Remedy.DISCOUNT, "20 % off next visit", pin=pin_of(receptionist))
    with pytest.raises(ValidationError, match="Tell the customer"):
        svc.resolve(new_uow(), receptionist, clock, cid, pin=pin_of(receptionist))
    svc.tell_customer(new_uow(), receptionist, clock, cid, Channel.WECHAT, pin=pin_of(receptionist))
    svc.resolve(new_uow(), receptionist, clock, cid, pin=pin_of(receptionist))
    with pytest.raises(ValidationError, match="Satisfaction is from 1 to 5"):
        svc.follow_up(new_uow(), receptionist, clock, cid, 6, pin=pin_of(receptionist))
    svc.follow_up(new_uow(), receptionist, clock, cid, 4, "OK now", pin=pin_of(receptionist))
    svc.close(new_uow(), receptionist, clock, cid, pin=pin_of(receptionist))
    with pytest.raises(ValidationError, match="closed"):
        svc.escalate(new_uow(), receptionist, clock, cid, "Still unhappy", pin=pin_of(receptionist))
    assert q.complaint_detail(new_uow(), cid, clock.now(), viewer=SYSTEM).row.status == Status.CLOSED


def test_acknowledgement_needs_how_and_what_was_said(new_uow, receptionist, clock):
    cid = log(new_uow, receptionist, clock, clock.now())
    with pytest.raises(ValidationError) as err:
        svc.acknowledge(new_uow(), receptionist, clock, cid, Channel.PHONE, "", pin=pin_of(receptionist))
    assert err.value.params["field"] == "text"
    with pytest.raises(ValidationError) as err:
        svc.acknowledge(new_uow(), receptionist, clock, cid, "carrier pigeon", "Sorry", pin=pin_of(receptionist))
    assert err.value.params["field"] == "method"


def test_only_the_owner_closes_a_critical_complaint(new_uow, receptionist, owner, clock):
    cid = log(new_uow, receptionist, clock, clock.now(), severity=Severity.CRITICAL)
    resolve(new_uow, receptionist, clock, cid, clock.now())
    with pytest.raises(PermissionDenied):
        svc.close(new_uow(), receptionist, clock, cid, pin=pin_of(receptionist))
    svc.close(new_uow(), owner, clock, cid, "Checked with the customer", pin=pin_of(owner))
    assert q.complaint_detail(new_uow(), cid, clock.now(), viewer=SYSTEM).row.status == Status.CLOSED


def test_refund_above_the_limit_needs_the_owner(new_uow, receptionist, owner, clock):
    cid = log(new_uow, receptionist, clock, clock.now())
    investigate(new_uow, receptionist, clock, cid, clock.now())
    with pytest.raises(ValidationError, match="refund amount"):
        svc.decide(new_uow(), receptionist, clock, cid, Remedy.REFUND, pin=pin_of(receptionist))
    with pytest.raises(PermissionDenied) as err:
        svc.decide(new_uow(), receptionist, clock, cid, Remedy.REFUND, amount="500.01", pin=pin_of(receptionist))
    assert err.value.params["limit"] == "500.00"
    svc.decide(
        new_uow(), receptionist, clock, cid, Remedy.REFUND, amount="500", pin=pin_of(receptionist)
    )  # the limit itself is allowed
    svc.decide(new_uow(), owner, clock, cid, Remedy.REFUND, amount=Decimal("800"), pin=pin_of(owner))
    detail = q.complaint_detail(new_uow(), cid, clock.now(), viewer=SYSTEM)
    decisions = [e for e in detail.entries if e.kind == EntryKind.DECISION]
    assert [(e.amount, e.approved_by) for e in decisions] == [(Decimal("500.00"), ""), (Decimal("800.00"), "王芳")]


def test_remedy_options_come_from_settings(new_uow, receptionist, owner, clock):
    settings_service.update_settings(new_uow(), owner, clock, {"remedies": ["free_redo", "discount"]})
    cid = log(new_uow, receptionist, clock, clock.now())
    investigate(new_uow, receptionist, clock, cid, clock.now())
    with pytest.raises(ValidationError, match="not offered"):
        svc.decide(new_uow(), receptionist, clock, cid, Remedy.REPLACEMENT, pin=pin_of(receptionist))
    svc.decide(new_uow(), receptionist, clock, cid, Remedy.FREE_REDO, pin=pin_of(receptionist))


def test_technician_can_log_but_not_handle(new_uow, technician, clock):
    cid = log(new_uow, technician, clock, clock.now())
    with pytest.raises(PermissionDenied):
        svc.acknowledge(new_uow(), technician, clock, cid, Channel.PHONE, "Sorry", pin=pin_of(technician))
    svc.add_evidence(new_uow(), technician, clock, cid, "Took a photo of the burn", pin=pin_of(technician))


def test_product_case_rules(new_uow, receptionist, owner, clock):
    received = clock.now()
    with pytest.raises(ValidationError, match="product name"):
        log(new_uow, receptionist, clock, received, Category.PRODUCT, product_name="")
    fresh = log(
        new_uow, receptionist, clock, received, Category.PRODUCT, purchase_date=date(2026, 11, 16), batch_number="B2311"
    )
    old = log(new_uow, receptionist, clock, received, Category.PRODUCT, purchase_date=date(2026, 11, 15))
    for cid in (fresh, old):
        investigate(new_uow, receptionist, clock, cid, received)
    with pytest.raises(ValidationError) as err:
        svc.decide(new_uow(), receptionist, clock, fresh, Remedy.REPLACEMENT, pin=pin_of(receptionist))
    assert err.value.params["field"] == "outcome"
    with pytest.raises(ValidationError, match="reason"):
        svc.decide(
            new_uow(),
            receptionist,
            clock,
            fresh,
            Remedy.NONE,
            outcome=ProductOutcome.REJECTED,
            pin=pin_of(receptionist),
        )
    svc.decide(
        new_uow(),
        receptionist,
        clock,
        fresh,
        Remedy.REPLACEMENT,
        outcome=ProductOutcome.EXCHANGE,
        pin=pin_of(receptionist),
    )
    # bought 8 local days before the complaint: outside the 7-day window
    with pytest.raises(PermissionDenied, match="7 days"):
        svc.decide(
            new_uow(),
            receptionist,
            clock,
            old,
            Remedy.REPLACEMENT,
            outcome=ProductOutcome.EXCHANGE,
            pin=pin_of(receptionist),
        )
    svc.decide(
        new_uow(),
        receptionist,
        clock,
        old,
        Remedy.NONE,
        "Opened and half used",
        outcome=ProductOutcome.REJECTED,
        pin=pin_of(receptionist),
    )
    svc.decide(new_uow(), owner, clock, old, Remedy.REPLACEMENT, outcome=ProductOutcome.EXCHANGE, pin=pin_of(owner))
    detail = q.complaint_detail(new_uow(), fresh, received, viewer=SYSTEM)
    assert detail.batch_number == "B2311" and detail.purchase_date == date(2026, 11, 16)


def test_corrections_are_new_entries_and_the_original_stays(new_uow, receptionist, clock):
    cid = log(new_uow, receptionist, clock, clock.now())
    first = svc.acknowledge(
        new_uow(), receptionist, clock, cid, Channel.PHONE, "Promised a refund", pin=pin_of(receptionist)
    )
    with pytest.raises(ValidationError):
        svc.correct(new_uow(), receptionist, clock, cid, 99999, "wrong entry", pin=pin_of(receptionist))
    fix = svc.correct(
        new_uow(),
        receptionist,
        clock,
        cid,
        first,
        "No refund was promised; a redo was offered",
        pin=pin_of(receptionist),
    )
    detail = q.complaint_detail(new_uow(), cid, clock.now(), viewer=SYSTEM)
    original = next(e for e in detail.entries if e.id == first)
    assert original.text == "Promised a refund"
    assert original.corrected_by == (fix,)
    with new_uow() as uow:
        kinds = [e.kind for e in uow.session.exec(select(ComplaintEntry).where(ComplaintEntry.complaint_id == cid))]
    assert kinds == [EntryKind.RECEIVED, EntryKind.ACKNOWLEDGED, EntryKind.CORRECTION]


def test_evidence_file_is_stored_under_its_hash(new_uow, receptionist, clock, tmp_path):
    import hashlib

    from salondesk.services import attachments
    from tests.attachment_files import EXE_BYTES, jpeg_bytes

    photo = tmp_path / "burn.JPG"
    photo.write_bytes(jpeg_bytes())
    cid = log(new_uow, receptionist, clock, clock.now())
    svc.add_evidence(new_uow(), receptionist, clock, cid, "Photo of the scalp", photo, pin=pin_of(receptionist))
    entry = next(
        e
        for e in q.complaint_detail(new_uow(), cid, clock.now(), viewer=SYSTEM).entries
        if e.kind == EntryKind.EVIDENCE
    )
    assert entry.file_sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    stored = attachments.load(new_uow(), entry.file_sha256)
    assert stored.data == photo.read_bytes() and stored.suffix == ".jpg"
    assert entry.file_name == "burn.JPG"
    renamed = tmp_path / "photo.jpg"
    renamed.write_bytes(EXE_BYTES)
    with pytest.raises(ValidationError, match="Only photos"):
        svc.add_evidence(new_uow(), receptionist, clock, cid, "Another photo", renamed, pin=pin_of(receptionist))
    assert (
        len(q.complaint_detail(new_uow(), cid, clock.now(), viewer=SYSTEM).entries) == 2
    )  # no entry for the refused file


def test_entries_are_hash_chained_and_tampering_is_found(new_uow, receptionist, clock):
    cid = log(new_uow, receptionist, clock, clock.now())
    answer(new_uow, receptionist, clock, cid, clock.now())
    investigate(new_uow, receptionist, clock, cid, clock.now())
    with new_uow() as uow:
        status = verify_register(uow, REGISTERS["complaints"])
    assert status.ok and status.entries == 3
    with new_uow() as uow:
        entry = uow.session.exec(select(ComplaintEntry).where(ComplaintEntry.kind == EntryKind.ACKNOWLEDGED)).one()
        entry.text = "We never said sorry"
        uow.session.add(entry)
        uow.commit()
    with new_uow() as uow:
        status = verify_register(uow, REGISTERS["complaints"])
    assert not status.ok and status.first_broken == entry.id and status.reason == "hash"


def test_every_change_is_audited(new_uow, receptionist, clock):
    cid = log(new_uow, receptionist, clock, clock.now())
    answer(new_uow, receptionist, clock, cid, clock.now())
    with new_uow() as uow:
        rows = [
            (r.action, r.field_name, r.old_value, r.new_value, r.staff_id)
            for r in uow.session.exec(select(AuditEntry).where(AuditEntry.entity.in_(["complaint", "complaint_entry"])))
        ]
    assert ("create", "description", None, "Hair colour came out uneven", receptionist.staff_id) in rows
    assert ("update", "status", "received", "acknowledged", receptionist.staff_id) in rows
    assert all(r[4] == receptionist.staff_id for r in rows)


def test_reopening_voids_the_resolution(new_uow, receptionist, clock):
    cid = log(new_uow, receptionist, clock, clock.now())
    resolve(new_uow, receptionist, clock, cid, clock.now())
    follow(new_uow, receptionist, clock, cid, clock.now(), 2)
    svc.reopen(new_uow(), receptionist, clock, cid, "Colour faded again after a week", pin=pin_of(receptionist))
    row = q.complaint_detail(new_uow(), cid, clock.now(), viewer=SYSTEM).row
    assert row.marks.resolved_at is None and row.next.kind == DeadlineKind.RESOLUTION
    with pytest.raises(ValidationError, match="decision"):
        svc.resolve(new_uow(), receptionist, clock, cid, pin=pin_of(receptionist))
    resolve(new_uow, receptionist, clock, cid, clock.now(), full=False)
    assert q.complaint_detail(new_uow(), cid, clock.now(), viewer=SYSTEM).row.status == Status.RESOLVED


def test_needs_action_and_past_deadline_count(new_uow, receptionist, clock, technician):
    now = clock.now()
    overdue = log(new_uow, receptionist, clock, now - timedelta(hours=50))
    fresh = log(new_uow, receptionist, clock, now - timedelta(hours=1), technician_id=technician.staff_id)
    calm = log(new_uow, receptionist, clock, now - timedelta(hours=30))
    answer(new_uow, receptionist, clock, calm, now - timedelta(hours=29))
    investigate(new_uow, receptionist, clock, calm, now - timedelta(hours=29))
    done = log(new_uow, receptionist, clock, now - timedelta(hours=5))
    resolve(new_uow, receptionist, clock, done, now - timedelta(hours=4))
    follow(new_uow, receptionist, clock, done, now - timedelta(hours=3))
    svc.close(new_uow(), receptionist, clock, done, pin=pin_of(receptionist))
    clock.set(now)
    rows = q.needs_action_rows(new_uow(), now)
    assert [r.id for r in rows] == [overdue, fresh]  # red first, then the new one waiting for its answer
    assert rows[0].next_state == ClockState.MISSED
    assert rows[1].next_state == ClockState.OK
    assert q.complaints_past_deadline_count(new_uow(), now) == 1
    assert [r.id for r in q.complaints_for_technician(new_uow(), technician.staff_id, now)] == [fresh]
    # the follow-up clock counts too: resolved 7 days + 1 s ago, not followed up
    late = log(new_uow, receptionist, clock, now - timedelta(days=10))
    resolve(new_uow, receptionist, clock, late, now - timedelta(days=7, seconds=1))
    assert q.complaints_past_deadline_count(new_uow(), now) == 2


def test_complaints_for_customer(new_uow, receptionist, clock):
    from salondesk.domain.customers import Customer

    with new_uow() as uow:
        customer = Customer(name="陈静", created_at=clock.now())
        uow.session.add(customer)
        uow.commit()
    cid = svc.log_complaint(
        new_uow(write_lock=True),
        receptionist,
        clock,
        svc.ComplaintInput(
            Channel.IN_PERSON, Category.ATTITUDE, Severity.LOW, "Rude", customer_id=customer.id, customer_name="ignored"
        ),
        pin=pin_of(receptionist),
    )
    rows = q.complaints_for_customer(new_uow(), customer.id, clock.now())
    assert [(r.id, r.customer) for r in rows] == [(cid, "陈静")]
    with new_uow() as uow:
        assert uow.session.get(Complaint, cid).customer_name == ""  # no copy of a registered customer's name


def test_link_to_a_service_record_fills_visit_and_technician_and_shows_in_customer_history(
    new_uow, receptionist, technician, clock
):
    from salondesk.domain.customers import Customer
    from salondesk.domain.visits import ServiceRecord, Visit
    from salondesk.queries.customers import customer_history

    now = clock.now()
    with new_uow() as uow:
        customer = Customer(name="陈静", created_at=now)
        uow.session.add(customer)
        uow.flush()
        visit = Visit(
            customer_id=customer.id, arrived_at=now, wait_start=now, staff_id=technician.staff_id, created_at=now
        )
        uow.session.add(visit)
        uow.flush()
        record = ServiceRecord(
            visit_id=visit.id,
            customer_id=customer.id,
            staff_id=technician.staff_id,
            work_done="Colour",
            finished_at=now,
        )
        uow.session.add(record)
        uow.commit()
        ids = customer.id, visit.id, record.id
    customer_id, visit_id, record_id = ids
    cid = svc.log_complaint(
        new_uow(write_lock=True),
        receptionist,
        clock,
        svc.ComplaintInput(
            Channel.PHONE,
            Category.SERVICE,
            Severity.MEDIUM,
            "Colour uneven",
            customer_id=customer_id,
            service_record_id=record_id,
        ),
        pin=pin_of(receptionist),
    )
    detail = q.complaint_detail(new_uow(), cid, now, viewer=SYSTEM)
    assert (detail.visit_id, detail.service_record_id, detail.row.technician_id) == (
        visit_id,
        record_id,
        technician.staff_id,
    )
    with pytest.raises(NotFound):
        svc.log_complaint(
            new_uow(write_lock=True),
            receptionist,
            clock,
            svc.ComplaintInput(
                Channel.PHONE, Category.SERVICE, Severity.MEDIUM, "x", customer_id=customer_id, visit_id=9999
            ),
            pin=pin_of(receptionist),
        )
    items = [i for i in customer_history(new_uow(), receptionist, customer_id) if i.kind == "complaint"]
    assert [(i.title, i.staff_id) for i in items] == [("C-2026-0001", technician.staff_id)]


def test_every_stage_is_signed_with_the_actors_own_pin(new_uow, receptionist, clock):
    cid = log(new_uow, receptionist, clock, clock.now())
    with pytest.raises(AuthenticationError, match="Wrong PIN"):
        svc.acknowledge(new_uow(), receptionist, clock, cid, Channel.PHONE, "Sorry", pin="1234")  # the owner's PIN
    with new_uow() as uow:
        assert uow.session.get(Staff, receptionist.staff_id).failed_pins == 1  # counts towards the lock-out
    assert len(q.complaint_detail(new_uow(), cid, clock.now(), viewer=SYSTEM).entries) == 1  # nothing written
    with pytest.raises(ValidationError):  # a form error costs no PIN attempt
        svc.acknowledge(new_uow(), receptionist, clock, cid, Channel.PHONE, "", pin="0000")
    with new_uow() as uow:
        assert uow.session.get(Staff, receptionist.staff_id).failed_pins == 1
    svc.acknowledge(new_uow(), receptionist, clock, cid, Channel.PHONE, "Sorry", pin="2222")
    entry = q.complaint_detail(new_uow(), cid, clock.now(), viewer=SYSTEM).entries[-1]
    assert (entry.kind, entry.author) == (EntryKind.ACKNOWLEDGED, "Lily Chen")


def test_closing_needs_the_follow_up_call_or_the_reason_why_none_was_possible(new_uow, receptionist, clock):
    called = log(new_uow, receptionist, clock, clock.now())
    resolve(new_uow, receptionist, clock, called, clock.now())
    svc.follow_up(new_uow(), receptionist, clock, called, 5, pin=pin_of(receptionist))
    svc.close(new_uow(), receptionist, clock, called, pin=pin_of(receptionist))  # followed up: no reason needed
    silent = log(new_uow, receptionist, clock, clock.now())
    resolve(new_uow, receptionist, clock, silent, clock.now())
    for blank in ("", "   "):
        with pytest.raises(ValidationError, match="no follow-up call") as err:
            svc.close(new_uow(), receptionist, clock, silent, blank, pin=pin_of(receptionist))
        assert err.value.params["field"] == "text"
    assert q.complaint_detail(new_uow(), silent, clock.now(), viewer=SYSTEM).row.status == Status.RESOLVED
    svc.close(new_uow(), receptionist, clock, silent, "Three calls, no answer; number disconnected", pin="2222")
    assert q.complaint_detail(new_uow(), silent, clock.now(), viewer=SYSTEM).row.status == Status.CLOSED
