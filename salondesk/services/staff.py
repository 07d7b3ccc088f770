"""Staff administration (owner): people, PINs, certificates, training."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlmodel import func, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.clock import Clock
from salondesk.domain.errors import Conflict, NotFound, ValidationError
from salondesk.domain.permissions import Actor, Permission, Role
from salondesk.domain.staff import (
    Assessment,
    AttendanceResult,
    Certificate,
    CertificateKind,
    Staff,
    TrainingAttendance,
    TrainingSession,
    initials_for,
)
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.queries.access import require
from salondesk.services import audit
from salondesk.services.auth import hash_pin


@dataclass(frozen=True)
class StaffInput:
    """What the owner types for a staff member."""

    name: str
    role: Role
    phone: str | None = None
    initials: str | None = None


def _clean(data: StaffInput) -> StaffInput:
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter a name."), field="name")
    if len(name) > 80:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The name is too long."), field="name")
    try:
        role = Role(data.role)
    except ValueError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown role."), field="role") from exc
    initials = (data.initials or initials_for(name)).strip()[:8]
    return StaffInput(name=name, role=role, phone=(data.phone or "").strip() or None, initials=initials)


def _get(uow: UnitOfWork, staff_id: int) -> Staff:
    staff = uow.session.get(Staff, staff_id)
    if staff is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No staff member with id {id}."), id=staff_id)
    return staff


def _snapshot(staff: Staff) -> dict[str, object]:
    return {
        "name": staff.name,
        "role": staff.role,
        "phone": staff.phone,
        "initials": staff.initials,
        "active": staff.active,
    }


def _active_owners(uow: UnitOfWork) -> int:
    query = select(func.count()).select_from(Staff).where(Staff.role == Role.OWNER, Staff.active == True)  # noqa: E712
    return int(uow.session.exec(query).one())


def create_staff_unchecked(uow: UnitOfWork, actor: Actor, clock: Clock, data: StaffInput, pin: str) -> Staff:
    """Insert a staff member in the caller's unit of work (first-run setup, demo, add_staff)."""
    data = _clean(data)
    staff = Staff(
        name=data.name,
        role=data.role,
        phone=data.phone,
        initials=data.initials or "",
        pin_hash=hash_pin(pin),
        created_at=clock.now(),
    )
    uow.session.add(staff)
    uow.flush()
    audit.record_created(uow, actor, clock, "staff", staff.id, _snapshot(staff))
    return staff


def add_staff(uow: UnitOfWork, actor: Actor, clock: Clock, data: StaffInput, pin: str) -> int:
    """Add a staff member with their first PIN (owner)."""
    require(uow, actor, Permission.MANAGE_STAFF)
    with uow:
        staff = create_staff_unchecked(uow, actor, clock, data, pin)
        uow.commit()
        assert staff.id is not None
        return staff.id


def update_staff(uow: UnitOfWork, actor: Actor, clock: Clock, staff_id: int, data: StaffInput) -> None:
    """Change name, role, phone or initials (owner). The last owner stays an owner."""
    require(uow, actor, Permission.MANAGE_STAFF)
    data = _clean(data)
    with uow:
        staff = _get(uow, staff_id)
        before = _snapshot(staff)
        if staff.role == Role.OWNER and data.role != Role.OWNER and staff.active and _active_owners(uow) <= 1:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "The salon must keep at least one active owner."))
        staff.name, staff.role, staff.phone = data.name, data.role, data.phone
        staff.initials = data.initials or staff.initials
        uow.session.add(staff)
        audit.record_changes(uow, actor, clock, "staff", staff_id, before, _snapshot(staff))
        uow.commit()


def set_active(uow: UnitOfWork, actor: Actor, clock: Clock, staff_id: int, active: bool) -> None:
    """Deactivate (never delete) or reactivate a staff member (owner)."""
    require(uow, actor, Permission.MANAGE_STAFF)
    with uow:
        staff = _get(uow, staff_id)
        if staff.active == active:
            return
        if not active and staff.role == Role.OWNER and _active_owners(uow) <= 1:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "The salon must keep at least one active owner."))
        if not active and staff.id == actor.staff_id:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "You cannot deactivate yourself."))
        staff.active = active
        uow.session.add(staff)
        audit.record(
            uow, actor, clock, "activate" if active else "deactivate", "staff", staff_id, "active", not active, active
        )
        uow.commit()


def reset_pin(uow: UnitOfWork, actor: Actor, clock: Clock, staff_id: int, new_pin: str) -> None:
    """Set a new PIN for someone (owner) and lift any lockout."""
    require(uow, actor, Permission.MANAGE_STAFF)
    with uow:
        staff = _get(uow, staff_id)
        staff.pin_hash = hash_pin(new_pin)
        staff.failed_pins = 0
        staff.locked_until = None
        staff.lockouts = 0
        uow.session.add(staff)
        audit.record(uow, actor, clock, "reset_pin", "staff", staff_id, "pin_hash", "old", "new")
        uow.commit()


def unlock(uow: UnitOfWork, actor: Actor, clock: Clock, staff_id: int) -> None:
    """Lift a PIN lockout now (owner), e.g. after checking it was the person themself; audited.

    The doubling starts again from 5 minutes.
    """
    require(uow, actor, Permission.MANAGE_STAFF)
    with uow:
        staff = _get(uow, staff_id)
        was = staff.locked_until
        staff.failed_pins = 0
        staff.locked_until = None
        staff.lockouts = 0
        uow.session.add(staff)
        audit.record(uow, actor, clock, "unlock", "staff", staff_id, "locked_until", was, None)
        uow.commit()


def add_certificate(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    staff_id: int,
    kind: CertificateKind,
    number: str,
    valid_from: date,
    valid_until: date | None,
) -> int:
    """Record a certificate held by a staff member (owner)."""
    require(uow, actor, Permission.MANAGE_STAFF)
    number = number.strip()
    if not number:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter the certificate number."), field="number")
    if valid_until is not None and valid_until < valid_from:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A certificate cannot end before it starts."), field="valid_until"
        )
    try:
        kind = CertificateKind(kind)
    except ValueError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown certificate kind."), field="kind") from exc
    with uow:
        _get(uow, staff_id)
        cert = Certificate(
            staff_id=staff_id,
            kind=kind,
            number=number,
            valid_from=valid_from,
            valid_until=valid_until,
            created_at=clock.now(),
        )
        uow.session.add(cert)
        uow.flush()
        audit.record_created(
            uow,
            actor,
            clock,
            "certificate",
            cert.id,
            {
                "staff_id": staff_id,
                "kind": kind,
                "number": number,
                "valid_from": valid_from,
                "valid_until": valid_until,
            },
        )
        uow.commit()
        assert cert.id is not None
        return cert.id


def _check_attendance(result: AttendanceResult) -> None:
    if result.rating is not None and not 1 <= result.rating <= 5:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A training rating is from 1 to 5."), field="rating")
    Assessment(result.assessment)


def record_training(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    held_on: date,
    topic: str,
    attendees: Mapping[int, AttendanceResult],
    trainer: str = "",
) -> int:
    """Record a training session with who attended, their assessment result and rating (owner)."""
    require(uow, actor, Permission.MANAGE_STAFF)
    topic = topic.strip()
    if not topic:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please enter the training topic."), field="topic")
    if not attendees:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Pick at least one attendee."), field="attendees")
    for result in attendees.values():
        _check_attendance(result)
    with uow:
        for staff_id in attendees:
            _get(uow, staff_id)
        session = TrainingSession(held_on=held_on, topic=topic, trainer=trainer.strip(), created_at=clock.now())
        uow.session.add(session)
        uow.flush()
        assert session.id is not None
        for staff_id, result in attendees.items():
            uow.session.add(
                TrainingAttendance(
                    session_id=session.id, staff_id=staff_id, assessment=result.assessment, rating=result.rating
                )
            )
        audit.record_created(
            uow,
            actor,
            clock,
            "training",
            session.id,
            {
                "held_on": held_on,
                "topic": topic,
                "attendees": {k: {"assessment": v.assessment.value, "rating": v.rating} for k, v in attendees.items()},
            },
        )
        uow.commit()
        return session.id


def update_attendance(
    uow: UnitOfWork, actor: Actor, clock: Clock, session_id: int, staff_id: int, result: AttendanceResult
) -> None:
    """Set one attendee's assessment result and rating after the training (owner; audited)."""
    require(uow, actor, Permission.MANAGE_STAFF)
    _check_attendance(result)
    with uow:
        attendance = uow.session.get(TrainingAttendance, (session_id, staff_id))
        if attendance is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That attendance no longer exists."))
        before = {"assessment": str(attendance.assessment), "rating": attendance.rating}
        attendance.assessment = result.assessment
        attendance.rating = result.rating
        uow.session.add(attendance)
        audit.record_changes(
            uow,
            actor,
            clock,
            "training_attendance",
            f"{session_id}/{staff_id}",
            before,
            {"assessment": result.assessment.value, "rating": result.rating},
        )
        uow.commit()
