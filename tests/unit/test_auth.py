"""PIN login: argon2 hashes, the countdown of wrong PINs, the 5-minute lock, inactive staff."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from salondesk.db.uow import UowFactory
from salondesk.domain.audit import AuditEntry
from salondesk.domain.clock import FrozenClock
from salondesk.domain.errors import AuthenticationError, ValidationError
from salondesk.domain.permissions import Actor, Role
from salondesk.domain.staff import Staff
from salondesk.services import auth
from salondesk.services import staff as staff_service


def _staff(new_uow: UowFactory, staff_id: int) -> Staff:
    with new_uow() as uow:
        staff = uow.session.get(Staff, staff_id)
        assert staff is not None
        return staff


def _audit(new_uow: UowFactory, action: str) -> list[AuditEntry]:
    with new_uow() as uow:
        return list(uow.session.exec(select(AuditEntry).where(AuditEntry.action == action)))


def test_pins_are_hashed_with_argon2(new_uow: UowFactory, technician: Actor) -> None:
    stored = _staff(new_uow, technician.staff_id or 0).pin_hash
    assert stored.startswith("$argon2id$")
    assert "3333" not in stored
    assert auth.hash_pin("3333") != stored  # salted


def test_right_pin_logs_in(new_uow: UowFactory, clock: FrozenClock, technician: Actor) -> None:
    actor = auth.login(new_uow(), clock, technician.staff_id or 0, "3333")
    assert actor == Actor(technician.staff_id, "张伟", Role.TECHNICIAN)
    (entry,) = _audit(new_uow, "login")
    assert entry.staff_id == technician.staff_id and entry.at == clock.now()


def test_wrong_pin_counts_down(new_uow: UowFactory, clock: FrozenClock, technician: Actor) -> None:
    sid = technician.staff_id or 0
    for left in (4, 3, 2, 1):
        with pytest.raises(AuthenticationError) as wrong:
            auth.login(new_uow(), clock, sid, "0000")
        assert wrong.value.params == {"left": left}
        assert _staff(new_uow, sid).failed_pins == 5 - left  # persisted although the service raised
    auth.login(new_uow(), clock, sid, "3333")
    assert _staff(new_uow, sid).failed_pins == 0  # a right PIN resets the count


def test_five_wrong_pins_lock_for_five_minutes(new_uow: UowFactory, clock: FrozenClock, technician: Actor) -> None:
    sid = technician.staff_id or 0
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            auth.login(new_uow(), clock, sid, "9999")
    with pytest.raises(AuthenticationError) as locked:
        auth.login(new_uow(), clock, sid, "9999")
    assert locked.value.params == {"minutes": 5}
    assert _staff(new_uow, sid).locked_until == clock.now() + timedelta(minutes=5)
    assert len(_audit(new_uow, "lock")) == 1

    clock.advance(minutes=4, seconds=59)
    with pytest.raises(AuthenticationError) as still:
        auth.login(new_uow(), clock, sid, "3333")  # even the right PIN
    assert still.value.params == {"minutes": 1}

    clock.advance(seconds=1)  # exactly five minutes later
    assert auth.login(new_uow(), clock, sid, "3333").staff_id == sid
    staff = _staff(new_uow, sid)
    assert staff.locked_until is None and staff.failed_pins == 0


def test_lock_is_per_account(new_uow: UowFactory, clock: FrozenClock, technician: Actor, receptionist: Actor) -> None:
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            auth.login(new_uow(), clock, technician.staff_id or 0, "0000")
    assert auth.login(new_uow(), clock, receptionist.staff_id or 0, "2222").role == Role.RECEPTIONIST


def test_inactive_staff_cannot_log_in(new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor) -> None:
    staff_service.set_active(new_uow(), owner, clock, technician.staff_id or 0, False)
    with pytest.raises(AuthenticationError, match="not active"):
        auth.login(new_uow(), clock, technician.staff_id or 0, "3333")
    assert [s.name for s in auth.active_staff(new_uow())] == ["王芳"]


def test_unknown_staff_cannot_log_in(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
    with pytest.raises(AuthenticationError):
        auth.login(new_uow(), clock, 999, "1234")


def test_signing_checks_the_pin_and_is_audited(new_uow: UowFactory, clock: FrozenClock, technician: Actor) -> None:
    assert auth.verify_signature(new_uow(), clock, technician.staff_id or 0, "3333").name == "张伟"
    assert len(_audit(new_uow, "sign")) == 1
    with pytest.raises(AuthenticationError):
        auth.verify_signature(new_uow(), clock, technician.staff_id or 0, "1234")


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", " 1234"])
def test_pin_format(pin: str) -> None:
    with pytest.raises(ValidationError) as bad:
        auth.validate_pin(pin)
    assert bad.value.params == {"field": "pin"}


def test_good_pins() -> None:
    assert auth.validate_pin("0000") == "0000"
    assert auth.validate_pin("12345678") == "12345678"


def test_active_staff_sorted_by_name(new_uow: UowFactory, owner: Actor, receptionist: Actor, technician: Actor) -> None:
    assert [s.name for s in auth.active_staff(new_uow())] == sorted(["王芳", "Lily Chen", "张伟"])
