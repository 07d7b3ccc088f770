"""Read side for staff, certificates and training."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.permissions import Role
from salondesk.domain.staff import (
    CERT_EXPIRY_WARNING_DAYS,
    Assessment,
    Certificate,
    CertificateKind,
    Staff,
    TrainingAttendance,
    TrainingSession,
    certificate_expiring,
    certificate_valid_on,
)


@dataclass(frozen=True)
class StaffRow:
    """One line of the staff list."""

    id: int
    name: str
    role: Role
    active: bool
    phone: str | None
    initials: str
    certificates_expiring: int
    certificates_expired: int
    locked_until: datetime | None = None  # a PIN lockout (running when later than now)


@dataclass(frozen=True)
class CertificateRow:
    """One certificate with its status on ``today``."""

    id: int
    staff_id: int
    staff_name: str
    kind: CertificateKind
    number: str
    valid_from: date
    valid_until: date | None
    valid_today: bool
    expiring: bool  # valid but ends within the warning window
    days_left: int | None


@dataclass(frozen=True)
class TrainingRow:
    """A training session with its attendees."""

    id: int
    held_on: date
    topic: str
    trainer: str
    attendees: tuple[AttendeeRow, ...]


@dataclass(frozen=True)
class AttendeeRow:
    """One attendee of a training: assessment result (T2) and their rating 1–5 (T3)."""

    staff_id: int
    name: str
    assessment: Assessment
    rating: int | None


def certificate_rows(
    uow: UnitOfWork, today: date, staff_id: int | None = None, within_days: int = CERT_EXPIRY_WARNING_DAYS
) -> list[CertificateRow]:
    """Certificates (of one person or all), newest expiry last."""
    query = select(Certificate, Staff.name).join(Staff, col(Staff.id) == col(Certificate.staff_id))
    if staff_id is not None:
        query = query.where(Certificate.staff_id == staff_id)
    rows = []
    with uow:
        for cert, name in uow.session.exec(query.order_by(col(Staff.name), col(Certificate.valid_from))):
            assert cert.id is not None
            rows.append(
                CertificateRow(
                    id=cert.id,
                    staff_id=cert.staff_id,
                    staff_name=name,
                    kind=CertificateKind(cert.kind),
                    number=cert.number,
                    valid_from=cert.valid_from,
                    valid_until=cert.valid_until,
                    valid_today=certificate_valid_on(cert.valid_from, cert.valid_until, today),
                    expiring=certificate_expiring(cert.valid_until, today, within_days),
                    days_left=None if cert.valid_until is None else (cert.valid_until - today).days,
                )
            )
    return rows


def staff_rows(uow: UnitOfWork, today: date, include_inactive: bool = True) -> list[StaffRow]:
    """Everyone, with counts of certificates needing attention."""
    certs = certificate_rows(uow, today)
    with uow:
        query = select(Staff).order_by(col(Staff.active).desc(), col(Staff.name))
        if not include_inactive:
            query = query.where(Staff.active == True)  # noqa: E712
        people = list(uow.session.exec(query))
    result = []
    for person in people:
        assert person.id is not None
        mine = [c for c in certs if c.staff_id == person.id]
        result.append(
            StaffRow(
                id=person.id,
                name=person.name,
                role=Role(person.role),
                active=person.active,
                phone=person.phone,
                initials=person.initials,
                certificates_expiring=sum(1 for c in mine if c.expiring),
                certificates_expired=sum(1 for c in mine if c.valid_until is not None and c.valid_until < today),
                locked_until=person.locked_until,
            )
        )
    return result


def training_rows(uow: UnitOfWork, first: date | None = None, last: date | None = None) -> list[TrainingRow]:
    """Training sessions, newest first, optionally within ``[first, last]``."""
    with uow:
        query = select(TrainingSession).order_by(col(TrainingSession.held_on).desc())
        if first is not None:
            query = query.where(TrainingSession.held_on >= first)
        if last is not None:
            query = query.where(TrainingSession.held_on <= last)
        sessions = list(uow.session.exec(query))
        names = {s.id: s.name for s in uow.session.exec(select(Staff))}
        attendance = list(uow.session.exec(select(TrainingAttendance)))
    rows = []
    for s in sessions:
        assert s.id is not None
        who = tuple(
            AttendeeRow(a.staff_id, names.get(a.staff_id, "?"), Assessment(a.assessment), a.rating)
            for a in attendance
            if a.session_id == s.id
        )
        rows.append(TrainingRow(s.id, s.held_on, s.topic, s.trainer, who))
    return rows
