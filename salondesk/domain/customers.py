"""Customer files, patch tests and the rules about them (owned by the customer-files area).

Other areas reference ``customer.id``. A file is never deleted: it is erased
(pseudonymised) on request or merged into another. The ``name_*``/``phone_*``/
``search_digits`` columns and :class:`CustomerSearchToken` rows are derived search
keys (``salondesk.domain.name_search``); whoever writes a customer row fills them
with :func:`search_columns` / :func:`token_rows` (the services and the bulk
inserters do).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from salondesk.domain.base import enum_field, instant_field, text_field
from salondesk.domain.clock import ensure_utc
from salondesk.domain.errors import Conflict, DomainError, ValidationError, date_words
from salondesk.domain.name_search import MAX_TOKEN, name_keys, phone_keys
from salondesk.i18n import QT_TRANSLATE_NOOP


class Gender(StrEnum):
    """As the customer gives it (optional)."""

    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


GENDER_LABELS = {
    Gender.FEMALE: QT_TRANSLATE_NOOP("Customers", "Female"),
    Gender.MALE: QT_TRANSLATE_NOOP("Customers", "Male"),
    Gender.OTHER: QT_TRANSLATE_NOOP("Customers", "Other"),
}


class Customer(SQLModel, table=True):
    """One customer file. Never deleted: erased (pseudonymised) on request or merged."""

    __table_args__ = (sa.Index("ix_customer_birth_month_day", "birth_month", "birth_day"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = text_field(length=120)
    mobile_e164: str | None = text_field(None, length=20, index=True)
    other_phone: str | None = text_field(None, length=40)
    gender: str | None = text_field(None, length=12)
    birthday: date | None = None  # full date when the year is known
    birth_month: int | None = None  # also set when only month and day are known
    birth_day: int | None = None
    member_number: str | None = text_field(None, length=40, index=True)
    tags: str = text_field("", length=400)  # comma separated
    notes: str = text_field("")
    referral_source: str = text_field("", length=120)
    # consents
    marketing_consent: bool = False
    marketing_consent_at: datetime | None = instant_field(nullable=True, default=None)
    privacy_consent_at: datetime | None = instant_field(nullable=True, default=None)
    privacy_notice_version: str | None = text_field(None, length=40)
    # health and safety: only with the separate consent (health_consent_at set)
    health_consent_at: datetime | None = instant_field(nullable=True, default=None)
    health_consent_version: str | None = text_field(None, length=40)
    allergies: str = text_field("")
    skin_conditions: str = text_field("")
    contraindications: str = text_field("")
    # life cycle
    created_at: datetime = instant_field()
    updated_at: datetime | None = instant_field(nullable=True, default=None)
    last_visit_at: datetime | None = instant_field(nullable=True, default=None, index=True)
    erased_at: datetime | None = instant_field(nullable=True, default=None)
    pseudonym: str | None = text_field(None, length=20)
    merged_into_id: int | None = Field(default=None, foreign_key="customer.id")
    # derived search keys (name_search); never typed in
    name_norm: str = text_field("", length=120, index=True)
    name_pinyin: str = text_field("", length=240, index=True)
    name_initials: str = text_field("", length=60, index=True)
    phone_national: str | None = text_field(None, length=20, index=True)
    phone_last4: str | None = text_field(None, length=4, index=True)
    search_digits: str = text_field("", length=60)

    @property
    def active(self) -> bool:
        """False once erased or merged into another file."""
        return self.erased_at is None and self.merged_into_id is None


class CustomerSearchToken(SQLModel, table=True):
    """One Chinese character or bigram of a customer's name (1–2 character queries).

    The primary key (token, customer_id) is the lookup index. Derived from the
    name; rewritten whenever the name changes (``replace_tokens`` in the services).
    """

    __tablename__ = "customer_search_token"

    token: str = Field(sa_type=sa.String(MAX_TOKEN), primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", primary_key=True, index=True)


class PatchResult(StrEnum):
    """Outcome of a patch test."""

    PASSED = "passed"
    FAILED = "failed"


PATCH_RESULT_LABELS = {
    PatchResult.PASSED: QT_TRANSLATE_NOOP("Customers", "Passed"),
    PatchResult.FAILED: QT_TRANSLATE_NOOP("Customers", "Failed"),
}


class PatchTest(SQLModel, table=True):
    """A skin (patch) test before colour services: product, when, result, by whom."""

    __tablename__ = "patch_test"

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    product: str = text_field(length=120)
    tested_at: datetime = instant_field()
    result: PatchResult = enum_field()
    tested_by: int | None = Field(default=None, foreign_key="staff.id")
    notes: str = text_field("")
    recorded_at: datetime = instant_field()
    recorded_by: int | None = Field(default=None, foreign_key="staff.id")


# ------------------------------------------------------------------ derived keys
def search_columns(name: str, mobile_e164: str | None, other_phone: str | None) -> dict[str, Any]:
    """The derived search columns of a customer row (for ORM objects and Core inserts alike)."""
    keys = name_keys(name)
    phones = phone_keys(mobile_e164, other_phone)
    return {
        "name_norm": keys.norm,
        "name_pinyin": keys.pinyin,
        "name_initials": keys.initials,
        "phone_national": phones.national,
        "phone_last4": phones.last4,
        "search_digits": phones.digits,
    }


def search_tokens(name: str) -> list[str]:
    """The :class:`CustomerSearchToken` tokens of a name, in the order they are written."""
    return sorted(name_keys(name).tokens)


def token_rows(customer_id: int, name: str) -> list[dict[str, Any]]:
    """Rows of :class:`CustomerSearchToken` for one customer (Core insert dicts)."""
    return [{"token": t, "customer_id": customer_id} for t in search_tokens(name)]


def apply_search_columns(customer: Customer) -> None:
    """Refresh an ORM customer's derived search columns from its name and phones."""
    for key, value in search_columns(customer.name, customer.mobile_e164, customer.other_phone).items():
        setattr(customer, key, value)


# ------------------------------------------------------------------ patch tests
PATCH_MIN_AGE = timedelta(hours=48)
PATCH_MAX_AGE_MONTHS = 6


class PatchState(StrEnum):
    """Whether a colour service may go ahead as far as the patch test goes."""

    VALID = "valid"
    NONE = "none"  # never tested
    TOO_RECENT = "too_recent"  # passed, but less than 48 h ago
    EXPIRED = "expired"  # the last pass is more than 6 months old
    FAILED = "failed"  # the latest test failed


PATCH_REASONS = {
    PatchState.VALID: QT_TRANSLATE_NOOP("Customers", "Patch test passed on {date}, valid until {until}."),
    PatchState.NONE: QT_TRANSLATE_NOOP("Customers", "No patch test on file: colour services need one."),
    PatchState.TOO_RECENT: QT_TRANSLATE_NOOP(
        "Customers", "Patch test passed on {date}: colour services only from {from_} (48 h after the test)."
    ),
    PatchState.EXPIRED: QT_TRANSLATE_NOOP(
        "Customers", "Patch test expired on {until} (more than 6 months old): test again before colouring."
    ),
    PatchState.FAILED: QT_TRANSLATE_NOOP("Customers", "Patch test FAILED on {date} ({product}): no colour service."),
}


@dataclass(frozen=True)
class PatchTestFact:
    """The parts of a patch test the validity rule needs (ORM rows satisfy it too)."""

    tested_at: datetime
    result: PatchResult
    product: str = ""


@dataclass(frozen=True)
class PatchTestStatus:
    """The verdict for a colour service at one instant, with the reason in words."""

    state: PatchState
    reason: str  # an English template (context "Customers"); fill with ``params``
    params: dict[str, Any]  # instants (UTC) and the product; :meth:`render` words them
    tested_at: datetime | None = None
    valid_from: datetime | None = None
    valid_until: datetime | None = None

    @property
    def ok(self) -> bool:
        """True when a colour service may go ahead."""
        return self.state == PatchState.VALID

    @property
    def is_warning(self) -> bool:
        """A failed or expired test is a safety warning wherever the customer appears (ux.md)."""
        return self.state in {PatchState.FAILED, PatchState.EXPIRED}

    def render(self, translate: Any = None, tz: tzinfo = UTC) -> str:
        """The reason in the caller's language (``translate(context, text)``), dates as days in ``tz``.

        The test's day and the end of its validity are the salon's days (never the UTC date);
        *from* is the moment colouring may start, with its time (ux.md: one format per language).
        """
        template = translate("Customers", self.reason) if translate else self.reason
        params = {
            key: date_words(value.astimezone(tz) if key == "from_" else value.astimezone(tz).date(), translate)
            if isinstance(value, datetime)
            else value
            for key, value in self.params.items()
        }
        try:
            return str(template.format(**params))
        except (KeyError, IndexError):
            return self.reason.format(**params)


def add_months(instant: datetime, months: int) -> datetime:
    """``instant`` moved by calendar months, the day clipped to the month's length (31 Aug + 6 → 28/29 Feb)."""
    month_index = instant.month - 1 + months
    year, month = instant.year + month_index // 12, month_index % 12 + 1
    day = min(instant.day, calendar.monthrange(year, month)[1])
    return instant.replace(year=year, month=month, day=day)


def patch_test_status(tests: Any, at: datetime) -> PatchTestStatus:
    """May a colour service start at ``at``, given the customer's patch ``tests``?

    A colour service needs a **passed** test at least 48 h old and at most 6
    calendar months old (both limits inclusive). A failed test newer than every
    pass blocks colouring until a later pass. Tests after ``at`` are ignored.
    """
    at = ensure_utc(at)
    facts = sorted(
        (PatchTestFact(ensure_utc(t.tested_at), PatchResult(t.result), getattr(t, "product", "")) for t in tests),
        key=lambda f: f.tested_at,
    )
    facts = [f for f in facts if f.tested_at <= at]
    if not facts:
        return PatchTestStatus(PatchState.NONE, PATCH_REASONS[PatchState.NONE], {})
    latest = facts[-1]
    if latest.result == PatchResult.FAILED:
        return PatchTestStatus(
            PatchState.FAILED,
            PATCH_REASONS[PatchState.FAILED],
            {"date": latest.tested_at, "product": latest.product},
            tested_at=latest.tested_at,
        )
    passes = [f for f in facts if f.result == PatchResult.PASSED]
    valid = [f for f in passes if f.tested_at + PATCH_MIN_AGE <= at <= add_months(f.tested_at, PATCH_MAX_AGE_MONTHS)]
    if valid:
        best = max(valid, key=lambda f: f.tested_at)
        until = add_months(best.tested_at, PATCH_MAX_AGE_MONTHS)
        return PatchTestStatus(
            PatchState.VALID,
            PATCH_REASONS[PatchState.VALID],
            {"date": best.tested_at, "until": until},
            tested_at=best.tested_at,
            valid_from=best.tested_at + PATCH_MIN_AGE,
            valid_until=until,
        )
    newest = passes[-1]
    if newest.tested_at + PATCH_MIN_AGE > at:
        start = newest.tested_at + PATCH_MIN_AGE
        return PatchTestStatus(
            PatchState.TOO_RECENT,
            PATCH_REASONS[PatchState.TOO_RECENT],
            {"date": newest.tested_at, "from_": start},
            tested_at=newest.tested_at,
            valid_from=start,
            valid_until=add_months(newest.tested_at, PATCH_MAX_AGE_MONTHS),
        )
    until = add_months(newest.tested_at, PATCH_MAX_AGE_MONTHS)
    return PatchTestStatus(
        PatchState.EXPIRED,
        PATCH_REASONS[PatchState.EXPIRED],
        {"until": until},
        tested_at=newest.tested_at,
        valid_until=until,
    )


# ------------------------------------------------------------------ birthdays
def birthday_in_days(month: int, day: int, first: date, last: date) -> date | None:
    """The date in ``[first, last]`` on which a birthday of ``month``/``day`` falls (29 Feb → 28 Feb)."""
    current = first
    while current <= last:
        real_day = day
        if month == 2 and day == 29 and not calendar.isleap(current.year):
            real_day = 28
        if current.month == month and current.day == real_day:
            return current
        current += timedelta(days=1)
    return None


# ------------------------------------------------------------------ errors
class DuplicatePhone(Conflict):
    """A customer with this mobile already exists: offer that file instead."""

    default_message = QT_TRANSLATE_NOOP("Errors", "{name} already has this mobile number (file {existing_id}).")

    def __init__(self, existing_id: int, name: str) -> None:
        super().__init__(None, existing_id=existing_id, name=name)
        self.existing_id = existing_id


# Import problems, shown on each row of the preview (context "Errors").
IMPORT_PROBLEMS = {
    "no_name": QT_TRANSLATE_NOOP("Errors", "No name: the row is skipped."),
    "bad_phone_kept": QT_TRANSLATE_NOOP(
        "Errors", "Mobile not valid ({value}): imported without a mobile, the number kept as typed in Other phone."
    ),
    "bad_phone_in_notes": QT_TRANSLATE_NOOP(
        "Errors", "Mobile not valid ({value}): imported without a mobile, the number kept as typed in the notes."
    ),
    "control_characters": QT_TRANSLATE_NOOP("Errors", "Control characters in this row were removed."),
    "member_number_too_long": QT_TRANSLATE_NOOP(
        "Errors", "Member number {value} is longer than {limit} characters: left empty."
    ),
    "cut_short": QT_TRANSLATE_NOOP(
        "Errors", "The file ends in the middle of this row (cut short?): the row is not imported."
    ),
    "bad_other_phone": QT_TRANSLATE_NOOP("Errors", "Other phone not valid ({value}): kept as typed."),
    "bad_date": QT_TRANSLATE_NOOP("Errors", "Birthday not understood ({value}): left empty."),
    "duplicate_in_file": QT_TRANSLATE_NOOP("Errors", "Same phone as line {line}: the row is skipped."),
    "exists_skip": QT_TRANSLATE_NOOP("Errors", "Already in SalonDesk ({name}): skipped."),
    "exists_merge": QT_TRANSLATE_NOOP("Errors", "Already in SalonDesk ({name}): empty fields filled in."),
    "name_too_long": QT_TRANSLATE_NOOP("Errors", "The name is longer than 120 characters: the row is skipped."),
}


class ImportFileError(ValidationError):
    """A customer file cannot be imported at all; nothing was changed."""

    default_message = QT_TRANSLATE_NOOP("Errors", "The file could not be read as a customer list.")


class ImportCancelled(DomainError):
    """The owner stopped an import before it was committed; nothing was changed."""

    default_message = QT_TRANSLATE_NOOP("Errors", "The import was cancelled.")


IMPORT_FILE_ERRORS = {
    "encoding": QT_TRANSLATE_NOOP(
        "Errors",
        "The file's text encoding could not be recognised for certain (SalonDesk reads UTF-8, GB18030/GBK, "
        "Big5, Shift-JIS and Windows-1252). Save it as CSV (UTF-8) and try again.",
    ),
    "not_csv": QT_TRANSLATE_NOOP("Errors", "The file is not a CSV file ({detail})."),
    "empty": QT_TRANSLATE_NOOP("Errors", "The file is empty."),
    "unknown_header": QT_TRANSLATE_NOOP(
        "Errors", "The first row is not a SalonDesk, Fresha or Square customer header: {header}"
    ),
    "wrong_header": QT_TRANSLATE_NOOP("Errors", "The header does not match the {format} format: missing {missing}."),
}
