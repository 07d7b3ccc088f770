"""PIN login: argon2 hashes, the countdown of wrong PINs, the 5-minute lock, inactive staff."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from salondesk.db.uow import UowFactory
from salondesk.domain.audit import AuditEntry
from salondesk.domain.clock import FrozenClock
from salondesk.domain.errors import AuthenticationError, PermissionDenied, ValidationError
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


def test_lockout_length_doubles_up_to_a_day() -> None:
    from salondesk.domain.staff import lockout_length

    assert [lockout_length(n) for n in range(10)] == [
        timedelta(minutes=m) for m in (5, 10, 20, 40, 80, 160, 320, 640, 1280, 1440)
    ]
    assert lockout_length(500) == timedelta(days=1)


def _lock_out(new_uow: UowFactory, clock: FrozenClock, sid: int) -> int:
    """Five wrong PINs; returns the minutes of the lockout they caused."""
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            auth.login(new_uow(), clock, sid, "9999")
    with pytest.raises(AuthenticationError) as locked:
        auth.login(new_uow(), clock, sid, "9999")
    return int(locked.value.params["minutes"])


def test_each_lockout_doubles_until_a_right_pin(new_uow: UowFactory, clock: FrozenClock, technician: Actor) -> None:
    sid = technician.staff_id or 0
    lengths = []
    for _ in range(4):
        lengths.append(_lock_out(new_uow, clock, sid))
        assert _staff(new_uow, sid).locked_until == clock.now() + timedelta(minutes=lengths[-1])
        clock.advance(minutes=lengths[-1])  # wait it out, then guess again
    assert lengths == [5, 10, 20, 40]
    locks = _audit(new_uow, "lock")
    assert [e.staff_id for e in locks] == [sid] * 4  # every lockout is in the audit trail
    auth.login(new_uow(), clock, sid, "3333")  # the person themself: the doubling starts again
    assert _lock_out(new_uow, clock, sid) == 5


def test_guessing_for_a_day_gets_few_tries(new_uow: UowFactory, clock: FrozenClock, technician: Actor) -> None:
    sid = technician.staff_id or 0
    start, tries = clock.now(), 0
    while clock.now() < start + timedelta(days=1):
        tries += 5
        clock.advance(minutes=_lock_out(new_uow, clock, sid))
    assert tries <= 50  # instead of 1,440 with a flat 5-minute lockout


def test_the_owner_unlocks_and_it_is_audited(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, receptionist: Actor, technician: Actor
) -> None:
    sid = technician.staff_id or 0
    _lock_out(new_uow, clock, sid)
    clock.advance(minutes=5)
    _lock_out(new_uow, clock, sid)  # 10 minutes now
    with pytest.raises(PermissionDenied):
        staff_service.unlock(new_uow(), receptionist, clock, sid)
    staff_service.unlock(new_uow(), owner, clock, sid)
    staff = _staff(new_uow, sid)
    assert (staff.locked_until, staff.failed_pins, staff.lockouts) == (None, 0, 0)
    (entry,) = _audit(new_uow, "unlock")
    assert (entry.staff_id, entry.entity_id) == (owner.staff_id, str(sid))
    assert auth.login(new_uow(), clock, sid, "3333").staff_id == sid
    assert _lock_out(new_uow, clock, sid) == 5
