"""Staff administration: owner only, never deleted, at least one owner, audited without PIN hashes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlmodel import col, select

from salondesk.db.uow import UowFactory
from salondesk.domain.audit import AuditEntry
from salondesk.domain.clock import FrozenClock
from salondesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from salondesk.domain.permissions import Actor, Role
from salondesk.domain.staff import Assessment, AttendanceResult, Certificate, CertificateKind, Staff, TrainingAttendance
from salondesk.queries.staff import certificate_rows, staff_rows, training_rows
from salondesk.services import staff as staff_service
from salondesk.services.staff import StaffInput


def _audit(new_uow: UowFactory) -> list[AuditEntry]:
    with new_uow() as uow:
        return list(uow.session.exec(select(AuditEntry).order_by(col(AuditEntry.id))))


ACTIONS: list[tuple[str, Callable[[UowFactory, Actor, FrozenClock, int], Any]]] = [
    ("add", lambda u, a, c, _s: staff_service.add_staff(u(), a, c, StaffInput("New", Role.TECHNICIAN), "4444")),
    ("update", lambda u, a, c, s: staff_service.update_staff(u(), a, c, s, StaffInput("X", Role.TECHNICIAN))),
    ("deactivate", lambda u, a, c, s: staff_service.set_active(u(), a, c, s, False)),
    ("reset_pin", lambda u, a, c, s: staff_service.reset_pin(u(), a, c, s, "8888")),
    (
        "certificate",
        lambda u, a, c, s: staff_service.add_certificate(
            u(), a, c, s, CertificateKind.HAIRDRESSING, "N1", date(2026, 1, 1), None
        ),
    ),
    (
        "training",
        lambda u, a, c, s: staff_service.record_training(u(), a, c, date(2026, 11, 1), "T", {s: AttendanceResult()}),
    ),
]


@pytest.mark.parametrize(("name", "action"), ACTIONS, ids=[a[0] for a in ACTIONS])
@pytest.mark.parametrize("role", ["receptionist", "technician"])
def test_only_the_owner_manages_staff(
    new_uow: UowFactory,
    clock: FrozenClock,
    request: pytest.FixtureRequest,
    technician: Actor,
    role: str,
    name: str,
    action: Callable[[UowFactory, Actor, FrozenClock, int], Any],
) -> None:
    actor: Actor = request.getfixturevalue(role)
    before = _audit(new_uow)
    with pytest.raises(PermissionDenied):
        action(new_uow, actor, clock, technician.staff_id or 0)
    assert _audit(new_uow) == before  # nothing happened


def test_add_and_update_are_audited_with_old_and_new_values(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor
) -> None:
    sid = staff_service.add_staff(
        new_uow(), owner, clock, StaffInput("  张   伟 ", Role.TECHNICIAN, "139 1234 5678"), "3333"
    )
    with new_uow() as uow:
        staff = uow.session.get(Staff, sid)
        assert staff is not None
        assert (staff.name, staff.initials, staff.phone) == ("张 伟", "张伟", "139 1234 5678")
    clock.advance(minutes=1)
    staff_service.update_staff(new_uow(), owner, clock, sid, StaffInput("张伟", Role.RECEPTIONIST, "139 1234 5678"))
    changes = [e for e in _audit(new_uow) if e.entity == "staff" and e.entity_id == str(sid) and e.action == "update"]
    assert {(e.field_name, e.old_value, e.new_value) for e in changes} == {
        ("name", "张 伟", "张伟"),
        ("role", "technician", "receptionist"),
    }
    assert all(e.staff_id == owner.staff_id and e.at == clock.now() for e in changes)
    created = [e for e in _audit(new_uow) if e.entity == "staff" and e.entity_id == str(sid) and e.action == "create"]
    assert {e.field_name for e in created} >= {"name", "role", "phone", "active"}


def test_pin_hash_never_reaches_the_audit(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor
) -> None:
    staff_service.reset_pin(new_uow(), owner, clock, technician.staff_id or 0, "7777")
    entries = _audit(new_uow)
    assert entries
    for entry in entries:
        for value in (entry.old_value, entry.new_value):
            assert value is None or ("argon2" not in value and "7777" not in value and "3333" not in value)
    (reset,) = [e for e in entries if e.action == "reset_pin"]
    assert (reset.field_name, reset.old_value, reset.new_value) == ("pin_hash", "***", "***")


def test_reset_pin_lifts_a_lock(new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor) -> None:
    from salondesk.domain.errors import AuthenticationError
    from salondesk.services import auth

    sid = technician.staff_id or 0
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            auth.login(new_uow(), clock, sid, "0000")
    staff_service.reset_pin(new_uow(), owner, clock, sid, "7777")
    assert auth.login(new_uow(), clock, sid, "7777").staff_id == sid


def test_staff_are_deactivated_never_deleted(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor
) -> None:
    sid = technician.staff_id or 0
    staff_service.set_active(new_uow(), owner, clock, sid, False)
    with new_uow() as uow:
        staff = uow.session.get(Staff, sid)
        assert staff is not None and not staff.active
    assert not any(name.startswith("delete") for name in dir(staff_service))
    (entry,) = [e for e in _audit(new_uow) if e.action == "deactivate"]
    assert (entry.field_name, entry.old_value, entry.new_value) == ("active", "True", "False")
    staff_service.set_active(new_uow(), owner, clock, sid, True)
    assert [r.active for r in staff_rows(new_uow(), date(2026, 11, 23)) if r.id == sid] == [True]


def test_the_last_owner_stays(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
    sid = owner.staff_id or 0
    with pytest.raises(Conflict, match="at least one active owner"):
        staff_service.update_staff(new_uow(), owner, clock, sid, StaffInput("王芳", Role.RECEPTIONIST))
    with pytest.raises(Conflict):
        staff_service.set_active(new_uow(), owner, clock, sid, False)
    second = staff_service.add_staff(new_uow(), owner, clock, StaffInput("Second Owner", Role.OWNER), "5555")
    staff_service.update_staff(new_uow(), owner, clock, sid, StaffInput("王芳", Role.RECEPTIONIST))  # now allowed
    with pytest.raises(Conflict):
        staff_service.update_staff(
            new_uow(), Actor(second, "Second Owner", Role.OWNER), clock, second, StaffInput("S", Role.TECHNICIAN)
        )


def test_owner_cannot_deactivate_themselves(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
    second = staff_service.add_staff(new_uow(), owner, clock, StaffInput("Second Owner", Role.OWNER), "5555")
    with pytest.raises(Conflict, match="yourself"):
        staff_service.set_active(new_uow(), owner, clock, owner.staff_id or 0, False)
    staff_service.set_active(new_uow(), owner, clock, second, False)


@pytest.mark.parametrize(
    ("data", "field"),
    [(StaffInput("   ", Role.TECHNICIAN), "name"), (StaffInput("x" * 81, Role.TECHNICIAN), "name")],
)
def test_staff_input_is_validated(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, data: StaffInput, field: str
) -> None:
    with pytest.raises(ValidationError) as bad:
        staff_service.add_staff(new_uow(), owner, clock, data, "1234")
    assert bad.value.params["field"] == field
    with pytest.raises(ValidationError):
        staff_service.add_staff(new_uow(), owner, clock, StaffInput("Ok", Role.TECHNICIAN), "12")


def test_unknown_staff_is_not_found(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
    with pytest.raises(NotFound):
        staff_service.set_active(new_uow(), owner, clock, 404, False)


def test_certificates_are_recorded_and_flagged(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor
) -> None:
    sid = technician.staff_id or 0
    today = date(2026, 11, 23)
    add = staff_service.add_certificate
    add(new_uow(), owner, clock, sid, CertificateKind.HAIRDRESSING, " HZ-1 ", date(2024, 1, 1), date(2026, 12, 23))
    add(new_uow(), owner, clock, sid, CertificateKind.HEALTH, "JK-1", date(2025, 11, 1), date(2026, 11, 22))
    add(new_uow(), owner, clock, sid, CertificateKind.NAIL, "MJ-1", date(2025, 1, 1), None)
    add(new_uow(), owner, clock, sid, CertificateKind.BEAUTY, "MR-1", date(2024, 1, 1), date(2026, 12, 24))
    rows = {r.number: r for r in certificate_rows(new_uow(), today, sid)}
    assert rows["HZ-1"].expiring and rows["HZ-1"].valid_today and rows["HZ-1"].days_left == 30  # 30 days: flagged
    assert not rows["MR-1"].expiring  # 31 days: not yet
    assert not rows["JK-1"].valid_today and not rows["JK-1"].expiring  # expired yesterday
    assert rows["MJ-1"].valid_today and rows["MJ-1"].days_left is None
    (row,) = [r for r in staff_rows(new_uow(), today) if r.id == sid]
    assert (row.certificates_expiring, row.certificates_expired) == (1, 1)
    created = [e for e in _audit(new_uow) if e.entity == "certificate" and e.field_name == "number"]
    assert [e.new_value for e in created] == ["HZ-1", "JK-1", "MJ-1", "MR-1"]


def test_certificate_validation(new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor) -> None:
    sid = technician.staff_id or 0
    with pytest.raises(ValidationError, match="end before"):
        staff_service.add_certificate(
            new_uow(), owner, clock, sid, CertificateKind.NAIL, "N", date(2026, 2, 1), date(2026, 1, 1)
        )
    with pytest.raises(ValidationError):
        staff_service.add_certificate(new_uow(), owner, clock, sid, CertificateKind.NAIL, "  ", date(2026, 1, 1), None)
    with pytest.raises(ValidationError):
        staff_service.add_certificate(new_uow(), owner, clock, sid, "pilot", "N", date(2026, 1, 1), None)  # type: ignore[arg-type]
    with new_uow() as uow:
        assert list(uow.session.exec(select(Certificate))) == []


def test_training_with_attendees(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor, receptionist: Actor
) -> None:
    tid = staff_service.record_training(
        new_uow(),
        owner,
        clock,
        date(2026, 11, 20),
        " 消毒规范 ",
        {
            technician.staff_id or 0: AttendanceResult(Assessment.PASSED, 5),
            receptionist.staff_id or 0: AttendanceResult(Assessment.FAILED),
        },
        "张医生",
    )
    (row,) = training_rows(new_uow())
    assert (row.id, row.topic, row.trainer) == (tid, "消毒规范", "张医生")
    assert sorted((a.name, a.assessment, a.rating) for a in row.attendees) == [
        ("Lily Chen", Assessment.FAILED, None),
        ("张伟", Assessment.PASSED, 5),
    ]
    with new_uow() as uow:
        assert len(list(uow.session.exec(select(TrainingAttendance)))) == 2
    with pytest.raises(ValidationError):
        staff_service.record_training(new_uow(), owner, clock, date(2026, 11, 20), "T", {})
    with pytest.raises(ValidationError):
        staff_service.record_training(
            new_uow(), owner, clock, date(2026, 11, 20), " ", {technician.staff_id or 0: AttendanceResult()}
        )
    with pytest.raises(ValidationError):  # a rating is 1–5
        staff_service.record_training(
            new_uow(), owner, clock, date(2026, 11, 20), "T", {technician.staff_id or 0: AttendanceResult(rating=6)}
        )
    assert len(training_rows(new_uow())) == 1


def test_attendance_results_are_edited_after_the_training_and_audited(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor
) -> None:
    sid = technician.staff_id or 0
    tid = staff_service.record_training(new_uow(), owner, clock, date(2026, 11, 20), "T", {sid: AttendanceResult()})
    staff_service.update_attendance(new_uow(), owner, clock, tid, sid, AttendanceResult(Assessment.PASSED, 4))
    (row,) = training_rows(new_uow())
    assert [(a.assessment, a.rating) for a in row.attendees] == [(Assessment.PASSED, 4)]
    with pytest.raises(ValidationError):
        staff_service.update_attendance(new_uow(), owner, clock, tid, sid, AttendanceResult(rating=0))
    with pytest.raises(NotFound):
        staff_service.update_attendance(new_uow(), owner, clock, tid + 1, sid, AttendanceResult())
    with pytest.raises(PermissionDenied):
        staff_service.update_attendance(new_uow(), technician, clock, tid, sid, AttendanceResult())
    with new_uow() as uow:
        changes = uow.session.exec(select(AuditEntry).where(AuditEntry.entity == "training_attendance")).all()
    assert {(c.field_name, c.old_value, c.new_value) for c in changes} == {
        ("assessment", "not_assessed", "passed"),
        ("rating", None, "4"),
    }
