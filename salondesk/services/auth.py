"""PINs: hashing, login with lockout, and signing with one's own PIN."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlmodel import Session, col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.clock import Clock
from salondesk.domain.errors import AuthenticationError, DomainError, ValidationError
from salondesk.domain.permissions import Actor, Role
from salondesk.domain.staff import MAX_FAILED_PINS, Staff, is_locked, lockout_length, needs_pin
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.logs import log
from salondesk.services import audit

_PIN = re.compile(r"^\d{4,8}$")
_hasher = PasswordHasher()  # argon2id with the library's recommended cost


def use_cheap_hashing() -> None:
    """Lower the hash cost (tests and the huge benchmark demo only)."""
    global _hasher  # noqa: PLW0603 - one process-wide hasher is the point
    _hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@contextmanager
def published_pin_hashing() -> Iterator[None]:
    """Hash at the cheap cost while building the demo, then restore the hasher.

    The demo's PINs are printed in the README, so a costly hash protects nothing there,
    while each of the demo's ~600 PIN-signed complaint stages would cost a full argon2
    verification (minutes in all). A PIN chosen later is hashed at full cost again.
    """
    global _hasher  # noqa: PLW0603 - one process-wide hasher is the point
    saved = _hasher
    _hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    try:
        yield
    finally:
        _hasher = saved


def validate_pin(pin: str) -> str:
    """A PIN is 4 to 8 digits."""
    if not _PIN.match(pin or ""):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A PIN is 4 to 8 digits."), field="pin")
    return pin


def hash_pin(pin: str) -> str:
    """Hash a (validated) PIN."""
    return _hasher.hash(validate_pin(pin))


def _pin_matches(pin_hash: str, pin: str) -> bool:
    try:
        return _hasher.verify(pin_hash, pin)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def actor_for(staff: Staff) -> Actor:
    """The Actor a staff member acts as."""
    return Actor(staff_id=staff.id, name=staff.name, role=Role(staff.role))


def check_pin(
    uow: UnitOfWork, clock: Clock, staff_id: int, pin: str, purpose: str = "login", *, audited: bool = True
) -> Actor:
    """Verify ``pin`` for ``staff_id`` inside the caller's unit of work.

    A right PIN is audited as ``purpose`` unless ``audited=False`` (the caller records
    what was done with it instead); wrong PINs and lockouts always are.

    Counts failures; the 5th wrong PIN locks the account for 5 minutes. The
    caller commits (so failures are recorded even when it then raises).
    """
    now = clock.now()
    staff = uow.session.get(Staff, staff_id)
    if staff is None or not staff.active:
        raise AuthenticationError(QT_TRANSLATE_NOOP("Errors", "This staff account is not active."))
    if staff.locked_until is not None and is_locked(staff.locked_until, now):
        minutes = max(1, int((staff.locked_until - now).total_seconds() // 60) + 1)
        raise AuthenticationError(
            QT_TRANSLATE_NOOP("Errors", "Too many wrong PINs. Try again in {minutes} min."), minutes=minutes
        )
    actor = actor_for(staff)
    if needs_pin(staff.pin_hash):
        raise AuthenticationError(
            QT_TRANSLATE_NOOP("Errors", "{name} has no PIN yet: choose one at the login screen."), name=staff.name
        )
    if not _pin_matches(staff.pin_hash, pin):
        staff.failed_pins += 1
        if staff.failed_pins >= MAX_FAILED_PINS:
            length = lockout_length(staff.lockouts)
            staff.failed_pins = 0
            staff.lockouts += 1
            staff.locked_until = now + length
            audit.record(uow, actor, clock, "lock", "staff", staff.id, "locked_until", None, staff.locked_until)
            uow.session.add(staff)
            uow.commit()
            raise AuthenticationError(
                QT_TRANSLATE_NOOP("Errors", "Too many wrong PINs. Try again in {minutes} min."),
                minutes=int(length.total_seconds() // 60),
            )
        uow.session.add(staff)
        uow.commit()
        raise AuthenticationError(
            QT_TRANSLATE_NOOP("Errors", "Wrong PIN. {left} tries left."), left=MAX_FAILED_PINS - staff.failed_pins
        )
    if staff.failed_pins or staff.locked_until or staff.lockouts:
        staff.failed_pins = 0
        staff.locked_until = None
        staff.lockouts = 0
        uow.session.add(staff)
    if audited:
        audit.record(uow, actor, clock, purpose, "staff", staff.id)
    return actor


def login(uow: UnitOfWork, clock: Clock, staff_id: int, pin: str) -> Actor:
    """Log in with a PIN; returns the Actor for the session."""
    with uow:
        try:
            actor = check_pin(uow, clock, staff_id, pin, "login")
        except DomainError as exc:  # who and why, never the PIN typed
            log.info("login refused for staff #%s (%s)", staff_id, type(exc).__name__)
            raise
        uow.commit()
    log.info("login: staff #%s (%s)", actor.staff_id, actor.role.value)
    return actor


def pin_missing(uow: UnitOfWork, staff_id: int) -> bool:
    """True when ``staff_id`` came in by an export without PINs and has not chosen one yet."""
    with uow:
        staff = uow.session.get(Staff, staff_id)
        return staff is not None and needs_pin(staff.pin_hash)


def set_first_pin(uow: UnitOfWork, clock: Clock, staff_id: int, pin: str) -> Actor:
    """A staff member without a PIN chooses one and is logged in (audited).

    Only possible while no PIN is set: it never replaces a PIN (the owner resets those).
    """
    pin_hash = hash_pin(pin)
    with uow:
        staff = uow.session.get(Staff, staff_id)
        if staff is None or not staff.active:
            raise AuthenticationError(QT_TRANSLATE_NOOP("Errors", "This staff account is not active."))
        if not needs_pin(staff.pin_hash):
            raise AuthenticationError(QT_TRANSLATE_NOOP("Errors", "{name} already has a PIN."), name=staff.name)
        staff.pin_hash = pin_hash
        uow.session.add(staff)
        actor = actor_for(staff)
        audit.record(uow, actor, clock, "set_first_pin", "staff", staff.id, "pin_hash", None, "set")
        audit.record(uow, actor, clock, "login", "staff", staff.id)
        uow.commit()
        return actor


def verify_signature(uow: UnitOfWork, clock: Clock, staff_id: int, pin: str) -> Actor:
    """Prove identity for signing a record (same lockout as login)."""
    return login_like(uow, clock, staff_id, pin, "sign")


def login_like(uow: UnitOfWork, clock: Clock, staff_id: int, pin: str, purpose: str) -> Actor:
    """Check a PIN in its own unit of work, auditing ``purpose``."""
    with uow:
        actor = check_pin(uow, clock, staff_id, pin, purpose)
        uow.commit()
        return actor


def active_staff(uow: UnitOfWork) -> list[Staff]:
    """Everyone who can log in, by name."""
    with uow:
        return list(uow.session.exec(select(Staff).where(Staff.active == True).order_by(Staff.name)))  # noqa: E712


def active_owners(session: Session) -> list[Staff]:
    """Every active owner, oldest account first."""
    query = select(Staff).where(Staff.active == True, Staff.role == Role.OWNER).order_by(col(Staff.id))  # noqa: E712
    return list(session.exec(query))


def owner_with_pin(session: Session, pin: str) -> Staff | None:
    """The active owner whose PIN is ``pin`` (None: no owner's), without counting a wrong try."""
    return next((o for o in active_owners(session) if _pin_matches(o.pin_hash, pin)), None)


def login_owner(uow: UnitOfWork, clock: Clock, pin: str) -> Actor:
    """Identify the owner by PIN alone (the command line has no staff list to pick from).

    The owner whose PIN it is is checked as at login (wrong tries counted, lockout); the
    command line audits what it did with :func:`record_command` once the command ran, so
    a command refused for bad input leaves the database as it was.
    A PIN that fits no owner counts as a wrong try against the first owner's account, so
    guessing from the command line meets the same lockout as at the window.
    """
    with uow:
        owners = active_owners(uow.session)
        if not owners:
            raise AuthenticationError(
                QT_TRANSLATE_NOOP("Errors", "This salon has no active owner to check the PIN of.")
            )
        owner = owner_with_pin(uow.session, pin) or owners[0]
        assert owner.id is not None
        actor = check_pin(uow, clock, owner.id, pin, audited=False)  # raises for a wrong PIN or a locked account
        uow.commit()
        return actor


def record_command(uow: UnitOfWork, actor: Actor, clock: Clock, command: str) -> None:
    """The audit row of a command the owner ran from the command line (with their PIN)."""
    with uow:
        audit.record(uow, actor, clock, "command_line", "staff", actor.staff_id, "command", None, command)
        uow.commit()
