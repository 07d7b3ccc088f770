"""Read side of customer files: counter search, the file view, safety warnings, history, birthdays.

Privacy is applied here, by role, not only in the UI: without
``VIEW_CUSTOMER_CONTACT`` (technicians) phones come back masked (``138****5678``)
and contact/personal fields empty, and the history holds only the actor's own
service records.

History is pluggable: each area registers a source with
:func:`register_history_source` (at import time of its ``salondesk.queries``
module; :func:`customer_history` imports every module of the package first).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import col, select

from salondesk.db.customer_search import ensure_fts, fts_match_ids
from salondesk.db.uow import UnitOfWork
from salondesk.domain.contact import may_see_contact, shown_phone
from salondesk.domain.customers import (
    PATCH_RESULT_LABELS,
    Customer,
    CustomerSearchToken,
    PatchResult,
    PatchTest,
    PatchTestStatus,
    birthday_in_days,
    patch_test_status,
)
from salondesk.domain.errors import NotFound
from salondesk.domain.name_search import digits_of, has_cjk, is_cjk, normalise_text
from salondesk.domain.permissions import Actor, Role
from salondesk.domain.staff import Staff
from salondesk.i18n import QT_TRANSLATE_NOOP

SEARCH_LIMIT = 50
_TOP = "\U0010ffff"  # sorts after every character: ``col >= p AND col < p + _TOP`` is an indexed prefix match
_PHONE_CHARS = set("0123456789 +-()（）")
Branch = sa.Select[Any, Any]  # (customer id, rank)


# ------------------------------------------------------------------ rows
@dataclass(frozen=True)
class CustomerHit:
    """One search result line."""

    id: int
    name: str
    phone: str  # formatted, or masked for roles without contact access
    member_number: str
    last_visit_at: datetime | None
    has_warning: bool  # allergies or contraindications on file
    rank: int  # 0 exact phone/member, 1 name prefix or phone tail, 2 the rest


@dataclass(frozen=True)
class SearchResult:
    """The first ``limit`` hits, best first, and how many matched in all.

    ``total`` is None when more than ``limit`` matched: counting every match of a short
    query (34,000 for "li") costs far more than finding the first 50, so it is asked
    for separately (:func:`count_customers`).
    """

    query: str
    hits: list[CustomerHit]
    total: int | None


@dataclass(frozen=True)
class SafetyWarnings:
    """What must be shown in red wherever the customer appears (file, booking, queue)."""

    customer_id: int
    allergies: str
    skin_conditions: str
    contraindications: str
    patch: PatchTestStatus

    @property
    def has_any(self) -> bool:
        """True when the banner must show (allergy, contraindication, failed or expired patch test)."""
        return bool(self.allergies or self.contraindications or self.skin_conditions or self.patch.is_warning)


@dataclass(frozen=True)
class HistoryItem:
    """One entry of a customer's history (newest first in the file view)."""

    at: datetime
    kind: str  # "patch_test", "visit", "service", "complaint", "rating"…
    title: str  # already in words (areas translate their own kinds via ``HISTORY_KINDS``)
    detail: str = ""
    staff_id: int | None = None
    staff_name: str = ""
    title_zh: str = ""  # the title in Chinese where it has one (a service's catalogue name)


HISTORY_KINDS = {
    "patch_test": QT_TRANSLATE_NOOP("Customers", "Patch test"),
    "visit": QT_TRANSLATE_NOOP("Customers", "Visit"),
    "service": QT_TRANSLATE_NOOP("Customers", "Service record"),
    "complaint": QT_TRANSLATE_NOOP("Customers", "Complaint"),
    "rating": QT_TRANSLATE_NOOP("Customers", "Rating"),
}

HistorySource = Callable[[UnitOfWork, int, Actor], list[HistoryItem]]
HISTORY_SOURCES: list[HistorySource] = []


def register_history_source(source: HistorySource) -> HistorySource:
    """Add an area's history source (idempotent; usable as a decorator).

    ``source(uow, customer_id, actor)`` runs inside an open unit of work and
    returns that area's items for the customer. Items with a ``staff_id`` other
    than a technician's own are dropped for technicians afterwards anyway.
    """
    if source not in HISTORY_SOURCES:
        HISTORY_SOURCES.append(source)
    return source


@dataclass(frozen=True)
class PatchTestRow:
    """One patch test for the file view."""

    id: int
    product: str
    tested_at: datetime
    result: PatchResult
    tested_by: str
    notes: str


@dataclass(frozen=True)
class CustomerFile:
    """Everything the file view shows, already filtered for the actor's role."""

    id: int
    name: str
    restricted: bool  # True: contact and personal details withheld (technician)
    phone: str
    mobile_e164: str | None
    other_phone: str
    gender: str | None
    birthday: date | None
    birth_month: int | None
    birth_day: int | None
    member_number: str
    tags: tuple[str, ...]
    notes: str
    referral_source: str
    marketing_consent: bool
    marketing_consent_at: datetime | None
    privacy_consent_at: datetime | None
    privacy_notice_version: str | None
    health_consent_at: datetime | None
    health_consent_version: str | None
    warnings: SafetyWarnings
    patch_tests: list[PatchTestRow]
    history: list[HistoryItem]
    created_at: datetime
    last_visit_at: datetime | None
    erased: bool
    pseudonym: str | None
    merged_into_id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class BirthdayRow:
    """A customer whose birthday falls in the week (customer-care calls)."""

    id: int
    name: str
    phone: str
    birthday_on: date
    age: int | None  # the age they turn, when the year is known


# ------------------------------------------------------------------ search
def _prefix(column: Any, text: str) -> sa.ColumnElement[bool]:
    """An index-friendly ``column LIKE 'text%'`` that is the same on every database."""
    return sa.and_(column >= text, column < text + _TOP)


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(column: Any, text: str) -> sa.ColumnElement[bool]:
    condition: sa.ColumnElement[bool] = column.like(f"%{_like_escape(text)}%", escape="\\")
    return condition


def _branch(rank: int, *conditions: sa.ColumnElement[bool]) -> Branch:
    return sa.select(col(Customer.id).label("cid"), sa.literal(rank).label("rnk")).where(*conditions)


def _search_branches(q: str, use_fts: bool, by_phone: bool = True) -> list[Branch]:
    """One indexed select of (customer id, rank) per way the query can match.

    ``by_phone=False`` (whoever may not see phone numbers) leaves the phone digits out:
    matching "any run of digits" would let a technician recover a masked number digit by
    digit (records.md: phone-digit search is for receptionists and the owner only).
    """
    branches: list[Branch] = []
    member = q.upper()
    branches.append(_branch(0, col(Customer.member_number) == member))
    if len(q) >= 2:
        branches.append(_branch(1, _prefix(col(Customer.member_number), member)))
    digits = digits_of(q)
    if digits and set(q) <= _PHONE_CHARS:
        if len(digits) >= 4 and by_phone:
            exact = [col(Customer.phone_national) == digits, col(Customer.mobile_e164) == "+" + digits]
            if digits.startswith("86") and len(digits) == 13:
                exact.append(col(Customer.phone_national) == digits[2:])
            branches.append(_branch(0, sa.or_(*exact)))
            if len(digits) == 4:
                branches.append(_branch(1, col(Customer.phone_last4) == digits))  # the counter's usual query
            branches.append(_branch(2, _prefix(col(Customer.phone_national), digits)))
            if use_fts:
                branches.append(fts_match_ids(digits, ("search_digits",)).add_columns(sa.literal(2).label("rnk")))
            else:
                branches.append(_branch(2, _contains(col(Customer.search_digits), digits)))
        return branches
    branches.append(_branch(1, _prefix(col(Customer.name_norm), q)))
    if has_cjk(q):
        cjk = "".join(c for c in q if is_cjk(c))
        if len(q) <= 2 and cjk == q:
            token: Branch = sa.select(col(CustomerSearchToken.customer_id).label("cid"), sa.literal(2).label("rnk"))
            branches.append(token.where(col(CustomerSearchToken.token) == q))
        elif use_fts and len(q) >= 3:
            branches.append(fts_match_ids(q, ("name_norm",)).add_columns(sa.literal(2).label("rnk")))
        else:  # portable: candidates through a bigram (or character) token, then the exact substring
            key = cjk[:2]
            token_ids = select(col(CustomerSearchToken.customer_id)).where(CustomerSearchToken.token == key)
            branches.append(_branch(2, col(Customer.id).in_(token_ids), _contains(col(Customer.name_norm), q)))
        return branches
    compact = q.replace(" ", "")
    if compact:
        branches.append(_branch(1, _prefix(col(Customer.name_pinyin), compact)))
        branches.append(_branch(1, _prefix(col(Customer.name_initials), compact)))
    if len(q) >= 3:
        if use_fts:
            branches.append(fts_match_ids(q, ("name_norm", "name_pinyin")).add_columns(sa.literal(2).label("rnk")))
        else:
            branches.append(
                _branch(2, sa.or_(_contains(col(Customer.name_norm), q), _contains(col(Customer.name_pinyin), compact)))
            )
    return branches


def search_customers(uow: UnitOfWork, actor: Actor, text: str, limit: int = SEARCH_LIMIT) -> SearchResult:
    """As-you-type counter search, all in indexed SQL (see the module docstring of ``name_search``).

    Matches Chinese characters anywhere in the name, Latin names case-insensitively,
    full pinyin and pinyin initials, member numbers and — for those who may see phone
    numbers (receptionist, owner), never for technicians — the last 4 digits or any run
    of ≥ 4 digits of a phone. Ranked: exact phone/member number, then name
    prefix or phone tail, then the rest; within a rank the most recent visitors first.
    """
    q = normalise_text(text)
    if not q:
        return SearchResult(text, [], 0)
    best = _best_matches(q, ensure_fts(uow.engine), by_phone=may_see_contact(actor))
    query = (
        sa.select(
            col(Customer.id),
            col(Customer.name),
            col(Customer.mobile_e164),
            col(Customer.member_number),
            col(Customer.last_visit_at),
            col(Customer.allergies),
            col(Customer.contraindications),
            best.c.rnk,
        )
        .join(best, best.c.cid == col(Customer.id))
        .where(*_LISTED)
        .order_by(*_ranked_order(best))
        .limit(limit + 1)  # one more than shown: tells whether there are more without counting them
    )
    with uow:
        rows = uow.session.connection().execute(query).all()  # Core: no ORM result machinery for plain columns
    hits = [
        CustomerHit(
            id=r.id,
            name=r.name,
            phone=shown_phone(actor, r.mobile_e164),
            member_number=r.member_number or "",
            last_visit_at=r.last_visit_at,
            has_warning=bool(r.allergies or r.contraindications),
            rank=int(r.rnk),
        )
        for r in rows[:limit]
    ]
    return SearchResult(text, hits, len(rows) if len(rows) <= limit else None)


def count_customers(uow: UnitOfWork, actor: Actor, text: str) -> int:
    """How many customer files match ``text`` in all (what :func:`search_customers` finds, counted)."""
    q = normalise_text(text)
    if not q:
        return 0
    best = _best_matches(q, ensure_fts(uow.engine), by_phone=may_see_contact(actor))  # a count must not leak digits
    query = sa.select(sa.func.count()).select_from(Customer).join(best, best.c.cid == col(Customer.id)).where(*_LISTED)
    with uow:
        return int(uow.session.connection().execute(query).scalar_one())


_LISTED = (col(Customer.erased_at).is_(None), col(Customer.merged_into_id).is_(None))  # erased/merged: never found


def _ranked_order(best: sa.Subquery) -> tuple[Any, ...]:
    """Best rank first; within a rank the most recent visitors, then by name (stable)."""
    return (best.c.rnk, col(Customer.last_visit_at).desc().nulls_last(), col(Customer.name), col(Customer.id))


def _best_matches(q: str, use_fts: bool, by_phone: bool = True) -> sa.Subquery:
    """(customer id, best rank) of every customer ``q`` matches (phone digits only when ``by_phone``)."""
    matches = sa.union_all(*_search_branches(q, use_fts, by_phone)).subquery("m")
    return sa.select(matches.c.cid, sa.func.min(matches.c.rnk).label("rnk")).group_by(matches.c.cid).subquery("best")


def search_sql(q: str, use_fts: bool, limit: int = SEARCH_LIMIT) -> sa.Select[Any]:
    """The id-only core of the search for ``q`` (already normalised): the benchmark's raw-SQL baseline."""
    best = _best_matches(q, use_fts)
    return (
        sa.select(col(Customer.id))
        .join(best, best.c.cid == col(Customer.id))
        .where(*_LISTED)
        .order_by(*_ranked_order(best))
        .limit(limit)
    )


# ------------------------------------------------------------------ the file
def get_customer(uow: UnitOfWork, customer_id: int) -> Customer:
    """The customer row (inside an open unit of work) or NotFound."""
    customer = uow.session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No customer with id {id}."), id=customer_id)
    return customer


def load_warnings(uow: UnitOfWork, customer: Customer, at: datetime) -> SafetyWarnings:
    """Safety warnings of a loaded customer (inside an open unit of work)."""
    assert customer.id is not None
    tests = list(uow.session.exec(select(PatchTest).where(PatchTest.customer_id == customer.id)))
    return SafetyWarnings(
        customer_id=customer.id,
        allergies=customer.allergies,
        skin_conditions=customer.skin_conditions,
        contraindications=customer.contraindications,
        patch=patch_test_status(tests, at),
    )


def safety_warnings(uow: UnitOfWork, customer_id: int, at: datetime) -> SafetyWarnings:
    """Allergies, skin conditions, contraindications and patch-test status at ``at``, for banners anywhere.

    Not role-filtered: everyone who handles the customer must see them.
    """
    with uow:
        return load_warnings(uow, get_customer(uow, customer_id), at)


def customer_patch_status(uow: UnitOfWork, customer_id: int, at: datetime) -> PatchTestStatus:
    """The patch-test verdict for a colour service starting at ``at`` (for booking checks)."""
    with uow:
        tests = list(uow.session.exec(select(PatchTest).where(PatchTest.customer_id == customer_id)))
    return patch_test_status(tests, at)


def _staff_names(uow: UnitOfWork) -> dict[int, str]:
    return {s.id: s.name for s in uow.session.exec(select(Staff)) if s.id is not None}


def _patch_rows(uow: UnitOfWork, customer_id: int, names: dict[int, str]) -> list[PatchTestRow]:
    tests = uow.session.exec(
        select(PatchTest).where(PatchTest.customer_id == customer_id).order_by(col(PatchTest.tested_at).desc())
    )
    return [
        PatchTestRow(t.id or 0, t.product, t.tested_at, PatchResult(t.result), names.get(t.tested_by or 0, ""), t.notes)
        for t in tests
    ]


def _patch_history(uow: UnitOfWork, customer_id: int, actor: Actor) -> list[HistoryItem]:
    del actor
    names = _staff_names(uow)
    tests = uow.session.exec(select(PatchTest).where(PatchTest.customer_id == customer_id))
    return [
        HistoryItem(
            at=t.tested_at,
            kind="patch_test",
            title=t.product,
            detail=PATCH_RESULT_LABELS[PatchResult(t.result)],  # an English label (context "Customers")
            staff_id=t.tested_by,
            staff_name=names.get(t.tested_by or 0, ""),
        )
        for t in tests
    ]


register_history_source(_patch_history)
_sources_loaded = False


def _load_history_sources() -> None:
    """Import every ``salondesk.queries`` module once, so each area's source has registered."""
    global _sources_loaded  # noqa: PLW0603 - a one-time import of the package's modules
    if _sources_loaded:
        return
    import salondesk.queries as package

    for info in pkgutil.iter_modules(package.__path__):
        try:
            importlib.import_module(f"{package.__name__}.{info.name}")
        except ImportError:  # an area's half-done module must not hide every customer's history
            continue
    _sources_loaded = True


def load_history(uow: UnitOfWork, customer_id: int, actor: Actor) -> list[HistoryItem]:
    """Every source's items, newest first; a technician sees only their own (inside an open unit of work)."""
    _load_history_sources()
    items: list[HistoryItem] = []
    for source in HISTORY_SOURCES:
        items.extend(source(uow, customer_id, actor))
    if actor.role == Role.TECHNICIAN:
        items = [i for i in items if i.staff_id is not None and i.staff_id == actor.staff_id]
    return sorted(items, key=lambda i: i.at, reverse=True)


def customer_history(uow: UnitOfWork, actor: Actor, customer_id: int) -> list[HistoryItem]:
    """The customer's history as ``actor`` may see it, newest first."""
    with uow:
        get_customer(uow, customer_id)
        return load_history(uow, customer_id, actor)


def load_file(uow: UnitOfWork, actor: Actor, customer_id: int, at: datetime) -> CustomerFile:
    """The file view for ``actor`` (inside an open unit of work; the service logs the opening)."""
    customer = get_customer(uow, customer_id)
    names = _staff_names(uow)
    full = may_see_contact(actor)
    tags = tuple(t for t in (s.strip() for s in customer.tags.split(",")) if t)
    return CustomerFile(
        id=customer_id,
        name=customer.name,
        restricted=not full,
        phone=shown_phone(actor, customer.mobile_e164),
        mobile_e164=customer.mobile_e164 if full else None,
        other_phone=(customer.other_phone or "") if full else "",
        gender=customer.gender if full else None,
        birthday=customer.birthday if full else None,
        birth_month=customer.birth_month if full else None,
        birth_day=customer.birth_day if full else None,
        member_number=(customer.member_number or "") if full else "",
        tags=tags if full else (),
        notes=customer.notes if full else "",
        referral_source=customer.referral_source if full else "",
        marketing_consent=customer.marketing_consent,
        marketing_consent_at=customer.marketing_consent_at if full else None,
        privacy_consent_at=customer.privacy_consent_at,
        privacy_notice_version=customer.privacy_notice_version,
        health_consent_at=customer.health_consent_at,
        health_consent_version=customer.health_consent_version,
        warnings=load_warnings(uow, customer, at),
        patch_tests=_patch_rows(uow, customer_id, names),
        history=load_history(uow, customer_id, actor),
        created_at=customer.created_at,
        last_visit_at=customer.last_visit_at,
        erased=customer.erased_at is not None,
        pseudonym=customer.pseudonym,
        merged_into_id=customer.merged_into_id,
    )


# ------------------------------------------------------------------ birthdays
def birthdays_between(uow: UnitOfWork, actor: Actor, first: date, last: date) -> list[BirthdayRow]:
    """Customers whose birthday falls on a day of ``[first, last]`` (at most a few weeks), by day."""
    pairs: set[tuple[int, int]] = set()
    current = first
    while current <= last:
        pairs.add((current.month, current.day))
        if current.month == 2 and current.day == 28:
            pairs.add((2, 29))  # celebrated on the 28th in other years
        current += timedelta(days=1)
    condition = sa.or_(
        *(sa.and_(col(Customer.birth_month) == m, col(Customer.birth_day) == d) for m, d in sorted(pairs))
    )
    query = select(Customer).where(condition, col(Customer.erased_at).is_(None), col(Customer.merged_into_id).is_(None))
    rows: list[BirthdayRow] = []
    with uow:
        for c in uow.session.exec(query):
            assert c.id is not None and c.birth_month is not None and c.birth_day is not None
            on = birthday_in_days(c.birth_month, c.birth_day, first, last)
            if on is None:
                continue
            age = on.year - c.birthday.year if c.birthday else None
            rows.append(BirthdayRow(c.id, c.name, shown_phone(actor, c.mobile_e164), on, age))
    return sorted(rows, key=lambda r: (r.birthday_on, r.name))


def birthdays_this_week(uow: UnitOfWork, actor: Actor, today: date) -> list[BirthdayRow]:
    """Birthdays in the Monday–Sunday week containing ``today``."""
    monday = today - timedelta(days=today.weekday())
    return birthdays_between(uow, actor, monday, monday + timedelta(days=6))


def customer_count(uow: UnitOfWork) -> int:
    """How many active customer files exist (for empty states and the status line)."""
    with uow:
        query = (
            select(sa.func.count())
            .select_from(Customer)
            .where(col(Customer.erased_at).is_(None), col(Customer.merged_into_id).is_(None))
        )
        return int(uow.session.execute(query).scalar_one())


def customer_file(uow: UnitOfWork, actor: Actor, customer_id: int, at: datetime) -> CustomerFile:
    """Reload a file already open on screen (not logged; opening goes through ``open_customer_file``)."""
    with uow:
        return load_file(uow, actor, customer_id, at)
