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

import functools
import importlib
import json
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Dialect, Engine
from sqlmodel import col, select

from salondesk.db.customer_search import (
    FTS_PARAMETER,
    contains_run,
    ensure_fts,
    forget_fts,
    fts_bound_match_ids,
    fts_expression,
    given_ids,
    read_through_index,
    reads_in_index_order,
)
from salondesk.db.prepared import Prepared, read_cursor
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
T = TypeVar("T")


# ------------------------------------------------------------------ rows
@dataclass(frozen=True, slots=True)
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
# How a query is answered (issue 18). Which ways of matching apply to a query is decided
# once, in ``_ways`` (the rules: a technician's query never matches phone digits); each way
# is a statement fragment with bind parameters, and the statements of each combination of
# ways are built and compiled once per database (``_plan``). A search binds the values and
# runs them on the driver's cursor. The matches are taken rank by rank, each rank's first
# rows by last visit: a rank with few matches is collected through its ways' indexes and
# sorted; a rank with thousands ("li": 34,000 of 200,000) would be sorted in full for 50 rows,
# so on SQLite it is read in last-visit order from that index, stopping at the page — dense
# matches are found after a few hundred rows. The result is what ``search_sql`` (one ranked
# statement over every match) gives; a test compares the two over many queries and roles.
DENSE = 3_000  # a rank with at least this many index hits is read in last-visit order (SQLite)
_LAST_VISIT_INDEX = "ix_customer_last_visit_at"
_CUSTOMER: sa.Table = Customer.__table__  # type: ignore[attr-defined]  # Core: compiles without the ORM
_TOKEN: sa.Table = CustomerSearchToken.__table__  # type: ignore[attr-defined]


class _Way(NamedTuple):
    """One way a query can match a customer."""

    rank: int  # 0 exact phone/member number, 1 name prefix or phone tail, 2 the rest
    ids: sa.Select[Any]  # the ids (``cid``) it finds, through its own index
    row: sa.ColumnElement[bool]  # the same test on one customer row (reading in another index's order)


def _prefix(column: Any, name: str) -> sa.ColumnElement[bool]:
    """An index-friendly ``column LIKE :name || '%'``, the same on every database (``:name_top`` = name + _TOP)."""
    return sa.and_(
        column >= sa.bindparam(name, type_=sa.String()), column < sa.bindparam(name + "_top", type_=sa.String())
    )


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(column: Any, name: str) -> sa.ColumnElement[bool]:
    """``column LIKE :name`` (the bound pattern is ``%text%``, escaped with :func:`_like_escape`)."""
    condition: sa.ColumnElement[bool] = column.like(sa.bindparam(name, type_=sa.String()), escape="\\")
    return condition


def _same(column: Any, name: str) -> sa.ColumnElement[bool]:
    condition: sa.ColumnElement[bool] = column == sa.bindparam(name, type_=sa.String())
    return condition


def _where(rank: int, condition: sa.ColumnElement[bool]) -> _Way:
    return _Way(rank, sa.select(_CUSTOMER.c.id.label("cid")).where(condition), condition)


@functools.cache
def _way_table() -> dict[str, _Way]:
    """Every way of matching, by name (see :func:`_ways` for which apply to a query)."""
    customer_id = _CUSTOMER.c.id
    token = sa.bindparam("token", type_=sa.String())
    token_ids: sa.Select[Any] = sa.select(_TOKEN.c.customer_id.label("cid")).where(_TOKEN.c.token == token)
    has_token = sa.exists().where(_TOKEN.c.customer_id == customer_id, _TOKEN.c.token == token)
    exact_phone = (_same(_CUSTOMER.c.phone_national, "digits"), _same(_CUSTOMER.c.mobile_e164, "e164"))
    run_in_name = sa.and_(customer_id.in_(token_ids), _contains(_CUSTOMER.c.name_norm, "q_like"))
    return {
        "member": _where(0, _same(_CUSTOMER.c.member_number, "member")),
        "member_prefix": _where(1, _prefix(_CUSTOMER.c.member_number, "member")),
        "phone": _where(0, sa.or_(*exact_phone)),
        "phone_with_86": _where(0, sa.or_(*exact_phone, _same(_CUSTOMER.c.phone_national, "national"))),
        "phone_tail": _where(1, _same(_CUSTOMER.c.phone_last4, "digits")),
        "phone_prefix": _where(2, _prefix(_CUSTOMER.c.phone_national, "digits")),
        "phone_run_fts": _Way(2, fts_bound_match_ids(), contains_run((_CUSTOMER.c.search_digits,), "digits")),
        "phone_run": _where(2, _contains(_CUSTOMER.c.search_digits, "digits_like")),
        "name_prefix": _where(1, _prefix(_CUSTOMER.c.name_norm, "q")),
        "chinese_token": _Way(2, token_ids, has_token),
        "chinese_run_fts": _Way(2, fts_bound_match_ids(), contains_run((_CUSTOMER.c.name_norm,), "q")),
        "chinese_run": _Way(
            2,
            sa.select(customer_id.label("cid")).where(run_in_name),
            sa.and_(has_token, _contains(_CUSTOMER.c.name_norm, "q_like")),
        ),
        "pinyin_prefix": _where(1, _prefix(_CUSTOMER.c.name_pinyin, "compact")),
        "initials_prefix": _where(1, _prefix(_CUSTOMER.c.name_initials, "compact")),
        "name_run_fts": _Way(
            2, fts_bound_match_ids(), contains_run((_CUSTOMER.c.name_norm, _CUSTOMER.c.name_pinyin), "q")
        ),
        "name_run": _where(
            2,
            sa.or_(_contains(_CUSTOMER.c.name_norm, "q_like"), _contains(_CUSTOMER.c.name_pinyin, "compact_like")),
        ),
    }


def _ways(q: str, use_fts: bool, by_phone: bool) -> tuple[tuple[str, ...], dict[str, object]]:
    """The ways ``q`` (normalised, not empty) can match, and the values they bind.

    ``by_phone=False`` (whoever may not see phone numbers) leaves the phone digits out:
    matching "any run of digits" would let a technician recover a masked number digit by
    digit (records.md: phone-digit search is for receptionists and the owner only).
    """
    member = q.upper()
    ways = ["member"]
    values: dict[str, object] = {"member": member, "member_top": member + _TOP}
    if len(q) >= 2:
        ways.append("member_prefix")
    digits = digits_of(q)
    if digits and set(q) <= _PHONE_CHARS:
        if len(digits) >= 4 and by_phone:
            ways.append("phone_with_86" if digits.startswith("86") and len(digits) == 13 else "phone")
            values.update(digits=digits, digits_top=digits + _TOP, e164="+" + digits, national=digits[2:])
            if len(digits) == 4:
                ways.append("phone_tail")  # the counter's usual query
            ways.append("phone_prefix")
            if use_fts:
                ways.append("phone_run_fts")
                values[FTS_PARAMETER] = fts_expression(digits, ("search_digits",))
            else:
                ways.append("phone_run")
                values["digits_like"] = f"%{digits}%"
        return tuple(ways), values
    ways.append("name_prefix")
    values.update(q=q, q_top=q + _TOP, q_like=f"%{_like_escape(q)}%")
    if has_cjk(q):
        cjk = "".join(c for c in q if is_cjk(c))
        if len(q) <= 2 and cjk == q:
            ways.append("chinese_token")
            values["token"] = q
        elif use_fts and len(q) >= 3:
            ways.append("chinese_run_fts")
            values[FTS_PARAMETER] = fts_expression(q, ("name_norm",))
        else:  # portable: candidates through a bigram (or character) token, then the exact substring
            ways.append("chinese_run")
            values["token"] = cjk[:2]
        return tuple(ways), values
    compact = q.replace(" ", "")
    if compact:
        ways += ["pinyin_prefix", "initials_prefix"]
        values.update(compact=compact, compact_top=compact + _TOP, compact_like=f"%{_like_escape(compact)}%")
    if len(q) >= 3:
        if use_fts:
            ways.append("name_run_fts")
            values[FTS_PARAMETER] = fts_expression(q, ("name_norm", "name_pinyin"))
        else:
            ways.append("name_run")
    return tuple(ways), values


_LISTED = (_CUSTOMER.c.erased_at.is_(None), _CUSTOMER.c.merged_into_id.is_(None))  # erased/merged: never found
_ORDER = (_CUSTOMER.c.last_visit_at.desc().nulls_last(), _CUSTOMER.c.name, _CUSTOMER.c.id)  # within a rank
_HIT_COLUMNS = (
    _CUSTOMER.c.id,
    _CUSTOMER.c.name,
    _CUSTOMER.c.mobile_e164,
    _CUSTOMER.c.member_number,
    _CUSTOMER.c.last_visit_at,
    _CUSTOMER.c.allergies,
    _CUSTOMER.c.contraindications,
)


def _best_matches(ways: tuple[str, ...]) -> sa.Subquery:
    """(customer id, best rank) of every customer the ``ways`` match."""
    table = _way_table()
    branches = [table[w].ids.add_columns(sa.literal_column(str(table[w].rank)).label("rnk")) for w in ways]
    matches = sa.union_all(*branches).subquery("m")
    return sa.select(matches.c.cid, sa.func.min(matches.c.rnk).label("rnk")).group_by(matches.c.cid).subquery("best")


def _ranked(ways: tuple[str, ...]) -> sa.Select[Any]:
    """One statement: every match's id, best rank first, then the order within a rank (no limit)."""
    best = _best_matches(ways)
    return (
        sa.select(_CUSTOMER.c.id).join(best, best.c.cid == _CUSTOMER.c.id).where(*_LISTED).order_by(best.c.rnk, *_ORDER)
    )


class _Level(NamedTuple):
    """The statements answering one rank."""

    rank: int
    collect: Prepared  # its matches through their ways' indexes, sorted, the first :n (every database)
    hits: Prepared | None  # SQLite: the ids its ways' indexes give, up to :cap (None: always collect)
    given: Prepared | None  # SQLite: the customers of :ids (a JSON array), sorted, the first :n
    walk: Prepared | None  # SQLite: the first :n matches read in last-visit order


class _Plan(NamedTuple):
    levels: tuple[_Level, ...]
    total: Prepared  # every match counted


@functools.lru_cache(maxsize=512)
def _plan(ways: tuple[str, ...], dialect: Dialect) -> _Plan:
    """The statements for a combination of ways, compiled for ``dialect`` (built once each)."""
    table = _way_table()
    first = sa.bindparam("n", type_=sa.Integer())
    levels = []
    for rank in sorted({table[w].rank for w in ways}):
        mine = [table[w] for w in ways if table[w].rank == rank]
        ids = sa.union_all(*(w.ids for w in mine)).subquery("ids")
        collect = Prepared(
            sa.select(*_HIT_COLUMNS)
            .where(_CUSTOMER.c.id.in_(sa.select(ids.c.cid)), *_LISTED)
            .order_by(*_ORDER)
            .limit(first),
            dialect,
        )
        if rank == 0 or not reads_in_index_order(dialect):  # exact matches (rank 0) are always few
            levels.append(_Level(rank, collect, None, None, None))
            continue
        hits = sa.union_all(*(w.ids for w in mine)).limit(sa.bindparam("cap", type_=sa.Integer()))
        given = sa.select(*_HIT_COLUMNS).where(_CUSTOMER.c.id.in_(given_ids("ids")), *_LISTED)
        walk = sa.select(*_HIT_COLUMNS).where(sa.or_(*(w.row for w in mine)), *_LISTED)
        levels.append(
            _Level(
                rank,
                collect,
                Prepared(sa.select(hits.subquery().c.cid), dialect),
                Prepared(given.order_by(*_ORDER).limit(first), dialect),
                Prepared(
                    walk.order_by(*_ORDER).limit(first),
                    dialect,
                    rewrite=lambda sql: read_through_index(sql, _CUSTOMER.name, _LAST_VISIT_INDEX),
                ),
            )
        )
    best = _best_matches(ways)
    count = sa.select(sa.func.count()).select_from(_CUSTOMER).join(best, best.c.cid == _CUSTOMER.c.id).where(*_LISTED)
    return _Plan(tuple(levels), Prepared(count, dialect))


def _first_rows(cursor: Any, plan: _Plan, values: dict[str, object], wanted: int) -> list[tuple[Any, ...]]:
    """The first ``wanted`` matches in the ranked order, each row with its rank appended."""
    found: list[tuple[Any, ...]] = []
    seen: set[int] = set()  # every match of the ranks done (a rank is left only when all of it was read)
    for level in plan.levels:
        need = wanted - len(found)
        if need <= 0:
            break
        rows = _level_rows(cursor, level, values, need + len(seen))  # a better rank's matches may come again
        fresh = [(*r, level.rank) for r in rows if r[0] not in seen][:need]
        found.extend(fresh)
        seen.update(r[0] for r in fresh)
    return found


def _level_rows(cursor: Any, level: _Level, values: dict[str, object], first: int) -> list[tuple[Any, ...]]:
    """The first ``first`` customers of one rank: collected and sorted when few, else read in last-visit order."""
    if level.hits is None or level.given is None or level.walk is None:
        return level.collect.rows(cursor, {**values, "n": first})
    ids = [r[0] for r in level.hits.rows(cursor, {**values, "cap": DENSE})]
    if not ids:
        return []
    if len(ids) >= DENSE:
        return level.walk.rows(cursor, {**values, "n": first})
    return level.given.rows(cursor, {"ids": json.dumps(ids), "n": first})  # the ids once, not a second lookup


def _search_values(uow: UnitOfWork, actor: Actor, q: str) -> tuple[_Plan, dict[str, object]]:
    ways, values = _ways(q, ensure_fts(uow.engine), by_phone=may_see_contact(actor))  # a count must not leak digits
    return _plan(ways, uow.engine.dialect), values


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
    plan, values = _search_values(uow, actor, q)
    rows = _with_index(
        uow.engine, lambda cursor: _first_rows(cursor, plan, values, limit + 1)
    )  # one more: are there more?
    hits = [
        CustomerHit(
            id=cid,
            name=name,
            phone=shown_phone(actor, mobile),
            member_number=member or "",
            last_visit_at=last_visit,
            has_warning=bool(allergies or contraindications),
            rank=rank,
        )
        for cid, name, mobile, member, last_visit, allergies, contraindications, rank in rows[:limit]
    ]
    return SearchResult(text, hits, len(rows) if len(rows) <= limit else None)


def count_customers(uow: UnitOfWork, actor: Actor, text: str) -> int:
    """How many customer files match ``text`` in all (what :func:`search_customers` finds, counted)."""
    q = normalise_text(text)
    if not q:
        return 0
    plan, values = _search_values(uow, actor, q)
    return int(_with_index(uow.engine, lambda cursor: plan.total.scalar(cursor, values)))


def _with_index(engine: Engine, read: Callable[[Any], T]) -> T:
    """``read(cursor)`` in one read transaction; once more if the trigram index went missing meanwhile."""
    try:
        with read_cursor(engine) as cursor:
            return read(cursor)
    except engine.dialect.loaded_dbapi.OperationalError:
        if not ensure_fts(engine):
            raise
        forget_fts(engine)  # dropped (a bulk import) since it was checked: rebuild it, read again
        if not ensure_fts(engine):
            raise
        with read_cursor(engine) as cursor:
            return read(cursor)


def search_sql(q: str, use_fts: bool, limit: int = SEARCH_LIMIT, *, by_phone: bool = True) -> sa.Select[Any]:
    """Every match of ``q`` (already normalised) in one ranked statement, ids only, values bound.

    What the search gives, written the plain way: the tests' and the benchmark's reference.
    """
    ways, values = _ways(q, use_fts, by_phone)
    return _ranked(ways).limit(limit).params(values)


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
