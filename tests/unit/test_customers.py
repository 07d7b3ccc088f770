"""Customer files: validation, duplicates, consent, masking, patch tests, open log, export, erase, merge."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import select

from salondesk.db.uow import UowFactory
from salondesk.domain.audit import AuditEntry
from salondesk.domain.clock import FrozenClock
from salondesk.domain.customers import (
    Customer,
    CustomerSearchToken,
    DuplicatePhone,
    PatchResult,
    PatchState,
    PatchTestFact,
    add_months,
    patch_test_status,
)
from salondesk.domain.errors import Conflict, PermissionDenied, ValidationError
from salondesk.domain.name_search import mask_phone, name_keys, parse_phone
from salondesk.domain.permissions import Actor
from salondesk.queries import customers as q
from salondesk.services import customers as svc

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def _new(new_uow: UowFactory, actor: Actor, clock: FrozenClock, name: str = "张伟", mobile: str = "13812345678", **kw):
    return svc.create_customer(new_uow(), actor, clock, svc.CustomerInput(name=name, mobile=mobile, **kw))


# ------------------------------------------------------------------ pure rules
@pytest.mark.parametrize(
    ("name", "pinyin", "initials"),
    [
        ("曾志伟", "zengzhiwei", "zzw"),
        ("单伟", "shanwei", "sw"),
        ("张伟", "zhangwei", "zw"),
        ("解小东", "xiexiaodong", "xxd"),
        ("欧阳娜娜", "ouyangnana", "oynn"),
        ("John Smith", "johnsmith", "js"),
    ],
)
def test_pinyin_reads_surnames_as_surnames(name: str, pinyin: str, initials: str) -> None:
    keys = name_keys(name)
    assert (keys.pinyin, keys.initials) == (pinyin, initials)


def test_name_tokens_are_characters_and_bigrams() -> None:
    assert name_keys("张小伟").tokens == {"张", "小", "伟", "张小", "小伟"}
    assert name_keys("Anna Lee").tokens == frozenset()


@pytest.mark.parametrize(
    "raw", ["138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "0086 13812345678", "１３８１２３４５６７８"]
)
def test_messy_phones_normalise_to_e164(raw: str) -> None:
    assert parse_phone(raw, "CN") == "+8613812345678"


@pytest.mark.parametrize("raw", ["12345", "abc", "", "138123456789999"])
def test_bad_phones_are_refused(raw: str) -> None:
    with pytest.raises(ValueError, match=r".*"):
        parse_phone(raw, "CN")


def test_mask_phone() -> None:
    assert mask_phone("+8613812345678") == "138****5678"
    assert mask_phone(None) == ""


def _fact(hours_ago: float, result: PatchResult = PatchResult.PASSED) -> PatchTestFact:
    return PatchTestFact(NOW - timedelta(hours=hours_ago), result, "Colour X")


def test_patch_test_validity_window() -> None:
    assert patch_test_status([], NOW).state == PatchState.NONE
    assert patch_test_status([_fact(47.99)], NOW).state == PatchState.TOO_RECENT
    assert patch_test_status([_fact(48)], NOW).state == PatchState.VALID  # 48 h inclusive
    six_months_ago = add_months(NOW, -6)
    exact = PatchTestFact(six_months_ago, PatchResult.PASSED)
    assert patch_test_status([exact], NOW).state == PatchState.VALID  # 6 months inclusive
    older = PatchTestFact(six_months_ago - timedelta(seconds=1), PatchResult.PASSED)
    status = patch_test_status([older], NOW)
    assert status.state == PatchState.EXPIRED and not status.ok and status.is_warning
    assert "expired" in status.render()


def test_failed_latest_test_blocks_and_is_a_warning() -> None:
    status = patch_test_status([_fact(100), _fact(60, PatchResult.FAILED)], NOW)
    assert status.state == PatchState.FAILED and status.is_warning and not status.ok
    # a later pass lifts it once 48 h old
    assert patch_test_status([_fact(100, PatchResult.FAILED), _fact(50)], NOW).ok


def test_a_recent_pass_does_not_hide_an_older_valid_one() -> None:
    assert patch_test_status([_fact(24 * 30), _fact(5)], NOW).ok
    assert patch_test_status([_fact(-5)], NOW).state == PatchState.NONE  # future tests ignored


def test_add_months_clips_to_month_end() -> None:
    assert add_months(datetime(2026, 8, 31, tzinfo=UTC), 6) == datetime(2027, 2, 28, tzinfo=UTC)


# ------------------------------------------------------------------ services
def test_create_normalises_and_audits(new_uow: UowFactory, clock: FrozenClock, receptionist: Actor) -> None:
    cid = _new(
        new_uow, receptionist, clock, " 曾志伟 ", "+86 138-1234-5678", member_number="m001", privacy_consent=True
    )
    with new_uow() as uow:
        c = uow.session.get(Customer, cid)
        assert c is not None
        assert (c.name, c.mobile_e164, c.member_number) == ("曾志伟", "+8613812345678", "M001")
        assert (c.name_initials, c.phone_last4) == ("zzw", "5678")
        assert c.privacy_consent_at == NOW and c.privacy_notice_version == "2026-01"
        tokens = set(uow.session.exec(select(CustomerSearchToken.token).where(CustomerSearchToken.customer_id == cid)))
        assert tokens == {"曾", "志", "伟", "曾志", "志伟"}
        audited = uow.session.exec(select(AuditEntry).where(AuditEntry.entity == "customer")).all()
        assert {a.field_name for a in audited} >= {"name", "mobile_e164"}


def test_bad_input_is_refused(new_uow: UowFactory, clock: FrozenClock, receptionist: Actor) -> None:
    with pytest.raises(ValidationError) as err:
        _new(new_uow, receptionist, clock, "Anna", "12345")
    assert err.value.params["field"] == "mobile"
    with pytest.raises(ValidationError):
        _new(new_uow, receptionist, clock, "  ", "")
    with pytest.raises(ValidationError):
        svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput("Bo", birth_month=2, birth_day=30))


def test_technician_cannot_create(new_uow: UowFactory, clock: FrozenClock, technician: Actor) -> None:
    with pytest.raises(PermissionDenied):
        _new(new_uow, technician, clock)


def test_duplicate_phone_offers_the_existing_file(new_uow: UowFactory, clock: FrozenClock, receptionist: Actor) -> None:
    first = _new(new_uow, receptionist, clock)
    with pytest.raises(DuplicatePhone) as err:
        _new(new_uow, receptionist, clock, "Wei Zhang", "138 1234 5678")
    assert err.value.existing_id == first
    second = svc.create_customer(
        new_uow(), receptionist, clock, svc.CustomerInput("张小宝", "13812345678"), allow_duplicate=True
    )
    assert second != first


def test_health_data_needs_separate_consent(new_uow: UowFactory, clock: FrozenClock, receptionist: Actor) -> None:
    with pytest.raises(ValidationError) as err:
        _new(new_uow, receptionist, clock, allergies="PPD")
    assert err.value.params["field"] == "health_consent"
    cid = _new(new_uow, receptionist, clock, allergies="PPD", health_consent=True)
    with new_uow() as uow:
        c = uow.session.get(Customer, cid)
        assert c is not None and c.allergies == "PPD"
        assert c.health_consent_at == NOW and c.health_consent_version == "2026-01"
    # withdrawing consent requires the data to go and clears the consent
    with pytest.raises(ValidationError):
        svc.update_customer(
            new_uow(), receptionist, clock, cid, svc.CustomerInput("张伟", "13812345678", allergies="PPD")
        )
    svc.update_customer(new_uow(), receptionist, clock, cid, svc.CustomerInput("张伟", "13812345678"))
    with new_uow() as uow:
        c = uow.session.get(Customer, cid)
        assert c is not None and c.allergies == "" and c.health_consent_at is None


def test_file_is_masked_for_technicians_and_opening_is_logged(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, technician: Actor
) -> None:
    cid = _new(new_uow, receptionist, clock, notes="likes tea", birthday=date(1990, 5, 1))
    full = svc.open_customer_file(new_uow(), receptionist, clock, cid)
    assert full.phone == "138 1234 5678" and full.notes == "likes tea" and not full.restricted
    masked = svc.open_customer_file(new_uow(), technician, clock, cid)
    assert masked.phone == "138****5678" and masked.mobile_e164 is None
    assert masked.notes == "" and masked.birthday is None and masked.restricted
    hits = q.search_customers(new_uow(), technician, "张伟").hits
    assert [h.phone for h in hits] == ["138****5678"]
    with new_uow() as uow:
        opens = uow.session.exec(select(AuditEntry).where(AuditEntry.action == "open")).all()
        assert [(o.staff_id, o.entity_id, o.at) for o in opens] == [
            (receptionist.staff_id, str(cid), NOW),
            (technician.staff_id, str(cid), NOW),
        ]


def test_patch_tests_and_warnings(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, technician: Actor
) -> None:
    cid = _new(new_uow, receptionist, clock, allergies="PPD hair dye", health_consent=True)
    svc.record_patch_test(
        new_uow(), technician, clock, cid, "Koleston 6/0", NOW - timedelta(hours=72), "passed", technician.staff_id
    )
    warnings = q.safety_warnings(new_uow(), cid, NOW)
    assert warnings.has_any and warnings.allergies == "PPD hair dye" and warnings.patch.ok
    with pytest.raises(ValidationError):
        svc.record_patch_test(new_uow(), technician, clock, cid, "X", NOW + timedelta(hours=1), "passed", None)
    svc.record_patch_test(new_uow(), technician, clock, cid, "Koleston 7/1", NOW - timedelta(hours=1), "failed", None)
    assert q.customer_patch_status(new_uow(), cid, NOW).state == PatchState.FAILED


def test_history_sources_and_technician_filter(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, technician: Actor, owner: Actor
) -> None:
    cid = _new(new_uow, receptionist, clock)
    svc.record_patch_test(
        new_uow(), technician, clock, cid, "Mine", NOW - timedelta(days=3), "passed", technician.staff_id
    )
    svc.record_patch_test(new_uow(), owner, clock, cid, "Theirs", NOW - timedelta(days=2), "passed", owner.staff_id)

    def visits(uow, customer_id, actor):
        return [q.HistoryItem(NOW - timedelta(days=1), "visit", "Cut", staff_id=owner.staff_id)]

    q.register_history_source(visits)
    try:
        assert [h.title for h in q.customer_history(new_uow(), receptionist, cid)] == ["Cut", "Theirs", "Mine"]
        assert [h.title for h in q.customer_history(new_uow(), technician, cid)] == ["Mine"]
    finally:
        q.HISTORY_SOURCES.remove(visits)


def test_export_one_customer_is_owner_only_and_logged(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, owner: Actor
) -> None:
    cid = _new(new_uow, receptionist, clock, notes="VIP")
    with pytest.raises(PermissionDenied):
        svc.export_customer_data(new_uow(), receptionist, clock, cid)
    data = svc.export_customer_data(new_uow(), owner, clock, cid)
    doc = json.loads(data.json_text)
    assert doc["customer"]["name"] == "张伟" and doc["customer"]["notes"] == "VIP"
    assert "customer,notes,VIP" in data.csv_text
    with new_uow() as uow:
        assert uow.session.exec(select(AuditEntry).where(AuditEntry.action == "export")).one().entity_id == str(cid)


def test_erase_pseudonymises_and_redacts_the_trail(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, owner: Actor
) -> None:
    cid = _new(new_uow, receptionist, clock, notes="secret", allergies="PPD", health_consent=True)
    svc.record_patch_test(new_uow(), owner, clock, cid, "Dye", NOW - timedelta(days=3), "passed", None)
    with pytest.raises(PermissionDenied):
        svc.erase_customer(new_uow(), receptionist, clock, cid, "asked")
    with pytest.raises(ValidationError):
        svc.erase_customer(new_uow(), owner, clock, cid, " ")
    pseudonym = svc.erase_customer(new_uow(), owner, clock, cid, "customer asked by phone")
    assert pseudonym == f"C-{cid:06d}"
    with new_uow() as uow:
        c = uow.session.get(Customer, cid)
        assert c is not None and c.name == pseudonym and c.mobile_e164 is None and c.notes == "" and c.allergies == ""
        assert c.erased_at == NOW and c.phone_last4 is None
        values = " ".join(
            f"{e.old_value} {e.new_value}"
            for e in uow.session.exec(select(AuditEntry).where(AuditEntry.entity == "customer"))
        )
        assert "secret" not in values and "张伟" not in values and "PPD" not in values
        assert (
            uow.session.exec(select(AuditEntry).where(AuditEntry.action == "erase")).one().new_value
            == "customer asked by phone"
        )
    assert q.search_customers(new_uow(), owner, "5678").total == 0
    assert q.search_customers(new_uow(), owner, "张伟").total == 0
    assert len(svc.open_customer_file(new_uow(), owner, clock, cid).patch_tests) == 1  # compliance record kept
    with pytest.raises(Conflict):
        svc.erase_customer(new_uow(), owner, clock, cid, "again")


def test_merge_moves_every_reference_generically(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, owner: Actor, technician: Actor
) -> None:
    keep = _new(new_uow, receptionist, clock, "张伟", "13812345678")
    gone = svc.create_customer(
        new_uow(),
        receptionist,
        clock,
        svc.CustomerInput("Wei Zhang", "13812345678", birthday=date(1990, 3, 4)),
        allow_duplicate=True,
    )
    svc.record_patch_test(new_uow(), technician, clock, gone, "Dye", NOW - timedelta(days=3), "passed", None)
    refs = {f"{c.table.name}.{c.name}" for c in svc.customer_references()}
    assert "patch_test.customer_id" in refs and "customer_search_token.customer_id" not in refs
    with pytest.raises(PermissionDenied):
        svc.merge_customers(new_uow(), receptionist, clock, keep, gone)
    result = svc.merge_customers(new_uow(), owner, clock, keep, gone)
    assert result.moved == {"patch_test.customer_id": 1}
    with new_uow() as uow:
        kept = uow.session.get(Customer, keep)
        assert kept is not None and kept.birthday == date(1990, 3, 4)
        merged = uow.session.get(Customer, gone)
        assert merged is not None and merged.merged_into_id == keep
        assert uow.session.exec(select(AuditEntry).where(AuditEntry.action == "merge")).first() is not None
        assert (
            uow.session.execute(
                sa.select(sa.func.count())
                .select_from(CustomerSearchToken)
                .where(CustomerSearchToken.customer_id == gone)
            ).scalar_one()
            == 0
        )
    assert [h.id for h in q.search_customers(new_uow(), owner, "5678").hits] == [keep]
    with pytest.raises(Conflict):
        svc.merge_customers(new_uow(), owner, clock, keep, gone)


def test_birthdays_this_week(new_uow: UowFactory, clock: FrozenClock, receptionist: Actor) -> None:
    # 2026-11-23 is a Monday: the week is 23–29 November
    a = svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput("A", birthday=date(1990, 11, 29)))
    svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput("B", birthday=date(1990, 11, 30)))
    c = svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput("C", birth_month=11, birth_day=23))
    rows = q.birthdays_this_week(new_uow(), receptionist, date(2026, 11, 25))
    assert [(r.id, r.birthday_on, r.age) for r in rows] == [(c, date(2026, 11, 23), None), (a, date(2026, 11, 29), 36)]


def test_patch_test_words_give_the_salons_day_in_the_languages_format_never_the_utc_date() -> None:
    from zoneinfo import ZoneInfo

    from salondesk.i18n import translate

    salon = ZoneInfo("Asia/Shanghai")
    tested = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)  # 01:00 on the 21st in the salon, the 20th in UTC
    valid = patch_test_status([PatchTestFact(tested, PatchResult.PASSED)], tested + timedelta(days=3))
    assert valid.render(tz=salon) == "Patch test passed on 2026-11-21, valid until 2027-05-21."
    recent = patch_test_status([PatchTestFact(tested, PatchResult.PASSED)], tested + timedelta(hours=2))
    words = recent.render(lambda context, text: translate("zh_CN", context, text), salon)
    assert "2026年11月21日" in words and "2026年11月23日 01:00" in words and "2026-11-2" not in words
