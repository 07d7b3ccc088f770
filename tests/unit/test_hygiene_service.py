"""Hygiene trust rules: PIN signing, clock time, late entries, failures, corrections, versions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlmodel import select

from salondesk.db.uow import UowFactory
from salondesk.domain.audit import AuditEntry
from salondesk.domain.clock import FrozenClock
from salondesk.domain.errors import AuthenticationError, Conflict, PermissionDenied, ValidationError
from salondesk.domain.hygiene import ChecklistResult, ChecklistRun, ItemResult, StationKind, ValueKind, ValueSpec
from salondesk.domain.permissions import Actor
from salondesk.domain.staff import Staff
from salondesk.queries import hygiene as q
from salondesk.services import hygiene as svc


@pytest.fixture
def salon(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> dict[str, q.TemplateRow]:
    """Default templates installed a week before the test moment."""
    install_clock = FrozenClock(clock.now() - timedelta(days=30))
    assert svc.install_default_templates(new_uow(), install_clock) == 5
    return {t.key: t for t in q.templates(new_uow())}


def answers(t: q.TemplateRow, **overrides: svc.Answer) -> tuple[svc.Answer, ...]:
    """Every item passed with valid values, except the overridden positions (``i<pos>``)."""
    out = []
    for item in t.items:
        if f"i{item.position}" in overrides:
            out.append(overrides[f"i{item.position}"])
            continue
        values = {}
        for spec in item.values:
            values[spec.kind.value] = "Bleach" if spec.kind == ValueKind.PRODUCT else str(spec.minimum or 20)
        out.append(svc.Answer(item.id, ItemResult.PASS, values))
    return tuple(out)


def test_defaults_install_once_in_both_languages(new_uow: UowFactory, clock: FrozenClock, salon: dict) -> None:
    assert svc.install_default_templates(new_uow(), clock) == 0
    assert set(salon) == {"opening", "per_customer", "closing", "weekly", "monthly"}
    opening = salon["opening"]
    assert len(opening.items) == 7
    assert opening.name("zh_CN") == "营业前检查" and opening.name("en") == "Opening checklist"
    assert all(i.text_en and i.text_zh for t in salon.values() for i in t.items)
    soak = salon["per_customer"].items[0]
    assert soak.values == (ValueSpec(ValueKind.CONTACT_MIN, Decimal(15)),)


def test_run_signed_with_signers_own_pin_while_receptionist_logged_in(
    new_uow: UowFactory, clock: FrozenClock, salon: dict, receptionist: Actor, technician: Actor
) -> None:
    t = salon["opening"]
    draft = svc.RunDraft(t.id, answers(t))
    signed = svc.sign_run(new_uow(write_lock=True), receptionist, clock, draft, technician.staff_id, "3333")
    assert not signed.late and signed.failed_items == 0
    rows = q.run_rows(new_uow(), date(2026, 11, 23), date(2026, 11, 23))
    assert [(r.signed_by, r.signed_at, r.period_start) for r in rows] == [("张伟", clock.now(), date(2026, 11, 23))]
    with new_uow() as uow:
        signers = [a.staff_id for a in uow.session.exec(select(AuditEntry).where(AuditEntry.action == "sign"))]
        created = [a.staff_id for a in uow.session.exec(select(AuditEntry).where(AuditEntry.entity == "checklist_run"))]
    assert signers == [technician.staff_id]
    assert created and set(created) == {technician.staff_id}


def test_wrong_pin_saves_nothing_and_counts_towards_lockout(
    new_uow: UowFactory, clock: FrozenClock, salon: dict, receptionist: Actor, technician: Actor
) -> None:
    t = salon["opening"]
    draft = svc.RunDraft(t.id, answers(t))
    # the receptionist's own PIN does not sign for the technician
    with pytest.raises(AuthenticationError):
        svc.sign_run(new_uow(write_lock=True), receptionist, clock, draft, technician.staff_id, "2222")
    with new_uow() as uow:
        assert uow.session.exec(select(ChecklistRun)).all() == []
        assert uow.session.get(Staff, technician.staff_id).failed_pins == 1
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            svc.sign_run(new_uow(write_lock=True), receptionist, clock, draft, technician.staff_id, "0000")
    with pytest.raises(AuthenticationError, match="Too many"):  # locked now, even with the right PIN
        svc.sign_run(new_uow(write_lock=True), receptionist, clock, draft, technician.staff_id, "3333")


def test_time_is_the_clocks_and_late_needs_reason(
    new_uow: UowFactory, clock: FrozenClock, salon: dict, technician: Actor
) -> None:
    t = salon["closing"]
    yesterday = date(2026, 11, 22)
    draft = svc.RunDraft(t.id, answers(t), period_day=yesterday)
    with pytest.raises(ValidationError) as err:
        svc.sign_run(new_uow(write_lock=True), technician, clock, draft, technician.staff_id, "3333")
    assert err.value.params["field"] == "late_reason"
    draft = svc.RunDraft(t.id, answers(t), period_day=yesterday, late_reason="Power cut at closing; paper sheet")
    signed = svc.sign_run(new_uow(write_lock=True), technician, clock, draft, technician.staff_id, "3333")
    assert signed.late
    run = q.run_rows(new_uow(), yesterday, yesterday)[0]
    assert run.late and run.late_reason.startswith("Power cut") and run.signed_at == clock.now()
    # no field of the draft can carry a time: the dataclass has none
    assert not any(f == "at" or f.endswith("_at") for f in svc.RunDraft.__dataclass_fields__)
    with pytest.raises(ValidationError):  # the future cannot be signed
        svc.sign_run(
            new_uow(write_lock=True),
            technician,
            clock,
            svc.RunDraft(t.id, answers(t), period_day=date(2026, 11, 24)),
            technician.staff_id,
            "3333",
        )


def test_failed_item_needs_corrective_action_and_stays_open_until_signed_off(
    new_uow: UowFactory, clock: FrozenClock, salon: dict, owner: Actor, technician: Actor
) -> None:
    t = salon["opening"]
    cabinet = t.items[2]
    bad = svc.Answer(cabinet.id, ItemResult.FAIL)
    with pytest.raises(ValidationError) as err:
        svc.sign_run(
            new_uow(write_lock=True),
            technician,
            clock,
            svc.RunDraft(t.id, answers(t, i2=bad)),
            technician.staff_id,
            "3333",
        )
    assert err.value.params["field"] == "action"
    half = svc.Answer(cabinet.id, ItemResult.FAIL, action="Call the supplier")
    with pytest.raises(ValidationError):  # who and by when are missing
        svc.sign_run(
            new_uow(write_lock=True),
            technician,
            clock,
            svc.RunDraft(t.id, answers(t, i2=half)),
            technician.staff_id,
            "3333",
        )
    full = svc.Answer(
        cabinet.id,
        ItemResult.FAIL,
        action="Call the supplier",
        action_owner_id=owner.staff_id,
        action_due=date(2026, 11, 25),
    )
    svc.sign_run(
        new_uow(write_lock=True),
        technician,
        clock,
        svc.RunDraft(t.id, answers(t, i2=full)),
        technician.staff_id,
        "3333",
    )
    clock.advance(minutes=5)
    open_now = q.open_actions(new_uow(), clock.now())
    assert [(a.action, a.owner, a.due) for a in open_now] == [("Call the supplier", "王芳", date(2026, 11, 25))]
    with pytest.raises(ValidationError):
        svc.sign_off_action(new_uow(write_lock=True), owner, clock, open_now[0].result_id, owner.staff_id, "1234", "")
    svc.sign_off_action(
        new_uow(write_lock=True), technician, clock, open_now[0].result_id, owner.staff_id, "1234", "Cabinet repaired"
    )
    clock.advance(minutes=1)
    assert q.open_actions(new_uow(), clock.now()) == []
    with pytest.raises(Conflict):
        svc.sign_off_action(
            new_uow(write_lock=True), owner, clock, open_now[0].result_id, owner.staff_id, "1234", "again"
        )


def test_value_out_of_limits_fails_the_item(
    new_uow: UowFactory, clock: FrozenClock, salon: dict, owner: Actor, technician: Actor
) -> None:
    t = salon["per_customer"]
    station = svc.add_station(new_uow(), owner, clock, "Chair 1", StationKind.CHAIR)
    short = svc.Answer(t.items[0].id, ItemResult.PASS, {"contact_min": "10"})
    with pytest.raises(ValidationError) as err:  # 10 < 15 min: a fail, and a fail needs an action
        svc.sign_run(
            new_uow(write_lock=True),
            technician,
            clock,
            svc.RunDraft(t.id, answers(t, i0=short), station_id=station),
            technician.staff_id,
            "3333",
        )
    assert err.value.params["field"] == "action"
    fixed = svc.Answer(
        t.items[0].id, ItemResult.PASS, {"contact_min": "10"}, action="Soaked again for 15 min", action_done=True
    )
    signed = svc.sign_run(
        new_uow(write_lock=True),
        technician,
        clock,
        svc.RunDraft(t.id, answers(t, i0=fixed), station_id=station),
        technician.staff_id,
        "3333",
    )
    assert signed.failed_items == 1
    results = q.run_results(new_uow(), signed.run_id)
    assert results[0].result == ItemResult.FAIL and results[0].values == {"contact_min": "10"}
    assert q.open_actions(new_uow(), clock.now() + timedelta(seconds=1)) == []  # put right at signing
    missing = svc.Answer(t.items[0].id, ItemResult.PASS, {})
    with pytest.raises(ValidationError) as err:
        svc.sign_run(
            new_uow(write_lock=True),
            technician,
            clock,
            svc.RunDraft(t.id, answers(t, i0=missing), station_id=station),
            technician.staff_id,
            "3333",
        )
    assert err.value.params["field"] == "values"
    with pytest.raises(ValidationError):  # a per-customer log needs its station
        svc.sign_run(
            new_uow(write_lock=True), technician, clock, svc.RunDraft(t.id, answers(t)), technician.staff_id, "3333"
        )


def test_correction_is_a_new_entry_and_both_are_shown(
    new_uow: UowFactory, clock: FrozenClock, salon: dict, technician: Actor
) -> None:
    t = salon["opening"]
    first = svc.sign_run(
        new_uow(write_lock=True), technician, clock, svc.RunDraft(t.id, answers(t)), technician.staff_id, "3333"
    )
    clock.advance(hours=30)  # the next day: a correction is not late, it names its original
    with pytest.raises(ValidationError):
        svc.sign_run(
            new_uow(write_lock=True),
            technician,
            clock,
            svc.RunDraft(t.id, answers(t), corrects_id=first.run_id),
            technician.staff_id,
            "3333",
        )
    fix = svc.sign_run(
        new_uow(write_lock=True),
        technician,
        clock,
        svc.RunDraft(t.id, answers(t), corrects_id=first.run_id, correction_reason="Wrong product name typed"),
        technician.staff_id,
        "3333",
    )
    rows = {r.id: r for r in q.run_rows(new_uow(), date(2026, 11, 23), date(2026, 11, 23))}
    assert set(rows) == {first.run_id, fix.run_id}
    assert rows[first.run_id].corrected_by == (fix.run_id,)
    assert rows[fix.run_id].corrects_id == first.run_id and not rows[fix.run_id].late
    assert rows[fix.run_id].period_start == rows[first.run_id].period_start


def test_template_edit_makes_a_new_version_and_old_runs_keep_theirs(
    new_uow: UowFactory, clock: FrozenClock, salon: dict, owner: Actor, technician: Actor
) -> None:
    t = salon["weekly"]
    run = svc.sign_run(
        new_uow(write_lock=True), technician, clock, svc.RunDraft(t.id, answers(t)), technician.staff_id, "3333"
    )
    items = [svc.ItemInput(i.text_en, i.text_zh, i.values) for i in t.items] + [
        svc.ItemInput("Check the first-aid kit", "检查急救箱")
    ]
    with pytest.raises(PermissionDenied):
        svc.save_template(new_uow(), technician, clock, "weekly", t.name_en, t.name_zh, t.frequency, items)
    new_id = svc.save_template(new_uow(), owner, clock, "weekly", t.name_en, t.name_zh, t.frequency, items)
    current = {x.key: x for x in q.templates(new_uow())}["weekly"]
    assert current.id == new_id and current.version == 2 and len(current.items) == 4
    old = q.template(new_uow(), t.id)
    assert old is not None and not old.current and len(old.items) == 3
    assert q.run_rows(new_uow(), date(2026, 11, 23), date(2026, 11, 23))[0].template_id == t.id
    assert len(q.run_results(new_uow(), run.run_id)) == 3
    with pytest.raises(Conflict):  # a new run with the old version is refused
        svc.sign_run(
            new_uow(write_lock=True), technician, clock, svc.RunDraft(t.id, answers(t)), technician.staff_id, "3333"
        )


def test_clock_earlier_than_newest_record_warns_and_records(
    new_uow: UowFactory, clock: FrozenClock, salon: dict, technician: Actor
) -> None:
    t = salon["opening"]
    svc.sign_run(
        new_uow(write_lock=True), technician, clock, svc.RunDraft(t.id, answers(t)), technician.staff_id, "3333"
    )
    clock.set(clock.now() - timedelta(hours=1))
    w = salon["weekly"]
    signed = svc.sign_run(
        new_uow(write_lock=True), technician, clock, svc.RunDraft(w.id, answers(w)), technician.staff_id, "3333"
    )
    assert signed.warnings == (svc.CLOCK_WARNING,)
    with new_uow() as uow:
        assert uow.session.get(ChecklistRun, signed.run_id).clock_anomaly
        assert uow.session.exec(select(AuditEntry).where(AuditEntry.action == "clock_anomaly")).all()


def test_a_run_cites_its_photo_from_the_attachment_store(
    new_uow: UowFactory, clock: FrozenClock, salon: dict, technician: Actor
) -> None:
    from salondesk.services import attachments
    from tests.attachment_files import png_bytes

    w = salon["weekly"]
    photo = attachments.store(new_uow(), technician, clock, png_bytes())
    first, *rest = answers(w)
    unknown = svc.RunDraft(w.id, (replace(first, photo_hash="f" * 64), *rest))
    with pytest.raises(ValidationError, match="not in the database"):
        svc.sign_run(new_uow(write_lock=True), technician, clock, unknown, technician.staff_id, "3333")
    draft = svc.RunDraft(w.id, (replace(first, photo_hash=photo), *rest))
    signed = svc.sign_run(new_uow(write_lock=True), technician, clock, draft, technician.staff_id, "3333")
    with new_uow() as uow:
        results = uow.session.exec(select(ChecklistResult).where(ChecklistResult.run_id == signed.run_id)).all()
    assert [r.photo_hash for r in results if r.photo_hash] == [photo]
    assert attachments.load(new_uow(), photo).media_type == "image/png"


def test_board_shows_due_done_and_missed(
    new_uow: UowFactory, clock: FrozenClock, salon: dict, owner: Actor, technician: Actor
) -> None:
    svc.add_station(new_uow(), owner, clock, "Foot spa 1", StationKind.FOOT_SPA)
    t = salon["opening"]
    svc.sign_run(
        new_uow(write_lock=True), technician, clock, svc.RunDraft(t.id, answers(t)), technician.staff_id, "3333"
    )
    from salondesk.services.settings import get_settings

    rows = q.board(new_uow(), get_settings(new_uow()), clock.now())
    today = {(r.template_key): r.state for r in rows if r.scope == q.BoardScope.TODAY}
    assert today == {"opening": q.PeriodState.DONE, "closing": q.PeriodState.DUE}
    assert {r.template_key for r in rows if r.scope == q.BoardScope.WEEK} == {"weekly"}
    assert {r.template_key for r in rows if r.scope == q.BoardScope.MONTH} == {"monthly"}
    missed = [r for r in rows if r.scope == q.BoardScope.MISSED]
    # nothing was signed in the last 7 days: every daily run of those days is missed
    assert len(missed) == 2 * 7 + 1  # + last week's weekly run
    assert [r.station_name for r in rows if r.scope == q.BoardScope.STATION] == ["Foot spa 1"]


def test_time_mixed_and_prefilled_values() -> None:
    from datetime import datetime

    from salondesk.domain.hygiene import parse_time_of_day, prefilled_value, within_limits

    mixed = ValueSpec(ValueKind.TIME_MIXED)
    assert [parse_time_of_day(t) for t in ("8:45", "0845", "20", "25:00", "8:61", "soon")] == [
        datetime(2026, 1, 1, 8, 45).time(),
        datetime(2026, 1, 1, 8, 45).time(),
        datetime(2026, 1, 1, 20, 0).time(),
        None,
        None,
        None,
    ]
    assert within_limits(mixed, "9:05") and not within_limits(mixed, "25:00")
    morning = datetime(2026, 11, 23, 9, 12)
    product = ValueSpec(ValueKind.PRODUCT, default="84消毒液")
    assert prefilled_value(product, "", morning) == "84消毒液"  # nothing earlier: the template's default
    assert prefilled_value(product, "Bleach", morning) == "Bleach"  # the station's last run wins
    assert prefilled_value(mixed, "07:30", morning) == "09:12"  # a solution is mixed today, not yesterday
    assert ValueSpec.from_dict(product.as_dict()) == product
