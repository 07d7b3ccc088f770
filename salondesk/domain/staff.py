"""Staff, their certificates and training."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlmodel import Field, SQLModel

from salondesk.domain.base import enum_field, instant_field, text_field
from salondesk.domain.permissions import Role
from salondesk.i18n import QT_TRANSLATE_NOOP

MAX_FAILED_PINS = 5
LOCKOUT_MINUTES = 5  # the first lockout; each further one doubles it
MAX_LOCKOUT = timedelta(days=1)
CERT_EXPIRY_WARNING_DAYS = 30


class CertificateKind(StrEnum):
    """Kinds of certificate; a service names the kind a technician needs."""

    HAIRDRESSING = "hairdressing"
    BEAUTY = "beauty"
    NAIL = "nail"
    FOOT_CARE = "foot_care"
    HEALTH = "health"


CERTIFICATE_KIND_LABELS = {
    CertificateKind.HAIRDRESSING: QT_TRANSLATE_NOOP("CertificateKind", "Hairdressing"),
    CertificateKind.BEAUTY: QT_TRANSLATE_NOOP("CertificateKind", "Beauty"),
    CertificateKind.NAIL: QT_TRANSLATE_NOOP("CertificateKind", "Nail care"),
    CertificateKind.FOOT_CARE: QT_TRANSLATE_NOOP("CertificateKind", "Foot care"),
    CertificateKind.HEALTH: QT_TRANSLATE_NOOP("CertificateKind", "Health certificate"),
}


class Staff(SQLModel, table=True):
    """A person who works at the salon. Never deleted: deactivated."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = text_field(length=80)
    role: Role = enum_field(index=True)
    pin_hash: str = text_field(length=200)
    active: bool = True
    phone: str | None = text_field(None, length=32)
    initials: str = text_field("", length=8)
    failed_pins: int = 0
    locked_until: datetime | None = instant_field(nullable=True, default=None)
    lockouts: int = 0  # lockouts since the last right PIN or the owner's unlock
    created_at: datetime = instant_field()


NO_PIN = ""  # a staff member moved in by an export without credentials: sets a PIN at first login


def needs_pin(pin_hash: str) -> bool:
    """True until the staff member has chosen a PIN (no hash to check against)."""
    return pin_hash == NO_PIN


class Certificate(SQLModel, table=True):
    """A licence to practise (or health certificate) held by a staff member."""

    id: int | None = Field(default=None, primary_key=True)
    staff_id: int = Field(foreign_key="staff.id", index=True)
    kind: CertificateKind = enum_field()
    number: str = text_field(length=60)
    valid_from: date
    valid_until: date | None = None  # open end: no expiry
    created_at: datetime = instant_field()


class TrainingSession(SQLModel, table=True):
    """A training held on a day, with its attendees."""

    id: int | None = Field(default=None, primary_key=True)
    held_on: date = Field(index=True)
    topic: str = text_field(length=200)
    trainer: str = text_field("", length=80)
    created_at: datetime = instant_field()


class Assessment(StrEnum):
    """The assessment result of one attendance (T2 counts passed over passed + failed)."""

    PASSED = "passed"
    FAILED = "failed"
    NOT_ASSESSED = "not_assessed"


ASSESSMENT_LABELS = {
    Assessment.PASSED: QT_TRANSLATE_NOOP("Assessment", "Passed"),
    Assessment.FAILED: QT_TRANSLATE_NOOP("Assessment", "Not passed"),
    Assessment.NOT_ASSESSED: QT_TRANSLATE_NOOP("Assessment", "Not assessed"),
}


class TrainingAttendance(SQLModel, table=True):
    """One staff member at one training: the assessment result (T2) and their rating 1–5 (T3)."""

    session_id: int = Field(foreign_key="trainingsession.id", primary_key=True)
    staff_id: int = Field(foreign_key="staff.id", primary_key=True)
    assessment: Assessment = enum_field(Assessment.NOT_ASSESSED)
    rating: int | None = None  # the attendee's rating of the training, 1–5; None: not given


@dataclass(frozen=True)
class AttendanceResult:
    """What is recorded for one attendee: the assessment result and their rating (None: not given)."""

    assessment: Assessment = Assessment.NOT_ASSESSED
    rating: int | None = None


def certificate_valid_on(valid_from: date, valid_until: date | None, day: date) -> bool:
    """``valid_from <= day <= valid_until`` (both inclusive; open end never expires)."""
    return valid_from <= day and (valid_until is None or day <= valid_until)


def certificate_expiring(valid_until: date | None, today: date, within_days: int) -> bool:
    """Still valid today but ending within ``within_days`` days."""
    return valid_until is not None and 0 <= (valid_until - today).days <= within_days


def initials_for(name: str) -> str:
    """Initials for sign-off columns: 张伟 → 张伟, Anna Lee → AL."""
    parts = name.split()
    if len(parts) > 1:
        return "".join(p[0].upper() for p in parts)[:4]
    return name[:3]


def lockout_length(earlier_lockouts: int) -> timedelta:
    """How long the next lockout lasts: 5 min, then 10, 20 … doubling, at most a day.

    Without doubling, five tries every five minutes are 1,440 guesses a day and a
    4-digit PIN falls within a week; doubling leaves about 50 guesses in the first day
    and five a day after.
    """
    first = timedelta(minutes=LOCKOUT_MINUTES)
    steps = min(earlier_lockouts, 16)  # 5 min * 2**9 already exceeds a day
    length: timedelta = first * (2**steps)
    return min(length, MAX_LOCKOUT)


def is_locked(locked_until: datetime | None, now: datetime) -> bool:
    """True while a lockout runs."""
    return locked_until is not None and locked_until > now
