"""Hash chains per register: append a signed entry, verify every chain.

records.md: "each signed entry stores a hash over its content and the hash of the
previous entry in the same register; ``salondesk verify`` recomputes the chains and
reports the first broken link". This module is generic; any area with a register of
signed, never-updated entries uses it in three steps.

1. The entry's table has two text columns, ``prev_hash`` and ``hash`` (default ``""``),
   and an integer primary key ``id`` (the chain order is the ``id`` order).
2. The area registers the chain once, at import of its service module::

       from salondesk.services.records_chain import register_chain, per_row

       def _content(row: Complaint) -> dict[str, object]:
           return {"id": row.id, "number": row.number, "received_at": row.received_at, ...}

       register_chain("complaints", Complaint, per_row(_content))

   ``content`` gets the session and a batch of rows (ordered by id) and returns one
   dict per row: every field that must not change, children included (see
   ``services.hygiene`` for a run with its item results, loaded in one query per
   batch). Values are canonicalised by ``domain.signing`` (instants, dates, enums,
   numbers), so hashes survive the database and JSON export round trips. Never put a
   column in the content that is legitimately updated later.
   The module must also be listed in :data:`CHAIN_PROVIDERS` so ``verify`` imports it
   (``salondesk.services.complaints`` already is).
3. Inside the writing unit of work (best opened with ``write_lock=True``): add the
   row, then ``seal(uow, "complaints", row)`` — it flushes (for the id), computes the
   content, links it to the register's newest entry and sets ``row.prev_hash`` /
   ``row.hash``. The lower-level ``chain_append(uow, register, content)`` returns
   ``(prev_hash, hash)`` for callers who build the content themselves (it must equal
   what the register's content function returns for that row, or ``verify`` reports
   the entry broken).

``verify_all(uow, progress=None) -> list[ChainStatus]`` walks every registered chain
(the CLI's ``salondesk verify`` and the monthly report call it), calling
``progress(done_entries, total_entries)`` after each batch when given;
``verify_register`` walks one.

Rows a content function sees: ``seal`` passes the model instance, ``verify`` passes
plain database rows (SQLAlchemy ``Row``, read in batches without building ORM objects,
which on a ten-year register is most of the time). Both are read by attribute
(``row.number``) with the model's attribute names and column types, so a content
function that only reads its row's columns by attribute works for both unchanged. It
must not call model methods or properties, nor rely on relationships; load children
with a query (as ``services.hygiene`` does, preferably a Core ``select`` of the table).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, inspect
from sqlalchemy import select as core_select
from sqlmodel import Session, SQLModel, col, select

from salondesk.db.locks import lock_register
from salondesk.db.uow import UnitOfWork
from salondesk.domain.month_close import RegisterHead
from salondesk.domain.signing import GENESIS, canonical_json, entry_hash, text_hash

ContentFn = Callable[[Session, Sequence[Any]], list[dict[str, Any]]]
# (session, after_id, limit) -> up to ``limit`` entries after ``after_id`` in id order, each
# (id, prev_hash, hash, canonical JSON text of its content, or None: "use the content function")
TextsFn = Callable[[Session, int, int], list[tuple[int, str, str, str | None]]]
Progress = Callable[[int, int], None]  # (entries verified so far, entries in all registers)

# Service modules that register chains when imported (missing ones are skipped).
CHAIN_PROVIDERS: tuple[str, ...] = (
    "salondesk.services.audit",
    "salondesk.services.hygiene",
    "salondesk.services.equipment",
    "salondesk.services.complaints",
    "salondesk.services.month_close",
)
BATCH = 1000
FIRST_BATCH = 50


@dataclass(frozen=True)
class Register:
    """One hash-chained register: a name, its table and how to read an entry's content."""

    name: str
    table: type[SQLModel]
    content: ContentFn
    texts: TextsFn | None = None  # a faster reader of the same canonical texts, for verification


REGISTERS: dict[str, Register] = {}


def register_chain(name: str, table: type[SQLModel], content: ContentFn, texts: TextsFn | None = None) -> None:
    """Declare a register (idempotent; the last declaration wins).

    ``texts``: optional, for a large register. It reads the entries' stored columns
    itself (raw values, no row objects) and writes each content's canonical JSON text
    directly; it must give exactly ``canonical_json(content(...))`` (a test compares them
    over random rows) and may answer None for an entry it cannot write, which is then
    read through ``content``.
    """
    REGISTERS[name] = Register(name, table, content, texts)


def per_row(fn: Callable[[Any], dict[str, Any]]) -> ContentFn:
    """Adapt a one-row content function (no children to load) to the batch signature."""

    def content(_session: Session, rows: Sequence[Any]) -> list[dict[str, Any]]:
        return [fn(row) for row in rows]

    return content


def registers() -> dict[str, Register]:
    """Every register, importing the provider modules first."""
    for module in CHAIN_PROVIDERS:
        try:
            importlib.import_module(module)
        except ImportError:
            continue
    return dict(REGISTERS)


def _last_hash(uow: UnitOfWork, register: Register) -> str:
    """The newest sealed entry's hash: read only after :func:`lock_register` (and the insert)."""
    table: Any = register.table
    query = select(table.hash).where(col(table.hash) != "").order_by(col(table.id).desc()).limit(1)
    found = uow.session.exec(query).first()
    return str(found) if found else GENESIS


def chain_append(uow: UnitOfWork, register: str, content: dict[str, Any]) -> tuple[str, str]:
    """Link ``content`` to the register's newest sealed entry: returns ``(prev_hash, hash)``.

    Takes the register's lock first; the caller's new row must already be flushed (its id
    is the chain order), which on SQLite is what holds the write lock.
    """
    reg = REGISTERS[register]
    lock_register(uow, register)
    prev = _last_hash(uow, reg)
    return prev, entry_hash(content, prev)


def seal(uow: UnitOfWork, register: str, row: Any) -> str:
    """Insert ``row`` as the register's newest entry and set its hashes (see :func:`seal_all`)."""
    seal_all(uow, register, [row])
    return str(row.hash)


def seal_all(uow: UnitOfWork, register: str, rows: Sequence[Any]) -> None:
    """Insert ``rows`` (new, in this order) at the end of ``register``'s chain and set their hashes.

    Order matters for two counters signing at once: the register's lock is taken first,
    then the rows are inserted (their ids, the chain order, come after every earlier
    holder's), then the newest sealed hash is read and the rows are linked to it.
    """
    if not rows:
        return
    reg = REGISTERS[register]
    lock_register(uow, register)
    for row in rows:
        uow.session.add(row)
    uow.flush()
    ordered = sorted(rows, key=lambda r: r.id)
    contents = reg.content(uow.session, ordered)
    prev = _last_hash(uow, reg)
    for row, content in zip(ordered, contents, strict=True):
        row.prev_hash = prev
        row.hash = prev = entry_hash(content, prev)
        uow.session.add(row)
    uow.flush()


@dataclass(frozen=True)
class ChainStatus:
    """One register's verification: how many entries, and the first broken one."""

    register: str
    entries: int
    ok: bool
    first_broken: int | None = None
    reason: str = ""  # "hash" (content changed), "link" (an entry missing/reordered), "unsealed", "head"
    since_entries: int = 0  # entries taken as verified at a month close (their head checked, not re-hashed)


def plain_rows(table: Any) -> Select[Any]:
    """A Core ``select`` of every column of ``table``'s model, labelled with its attribute names.

    Its rows are plain ``Row`` tuples read by attribute like the model (same names, same
    column types: enums, instants, decimals), without the cost of building ORM objects.
    """
    mapper = inspect(table)
    columns = mapper.local_table.c
    return core_select(*(columns[prop.columns[0].key].label(prop.key) for prop in mapper.column_attrs))


def plain_column(table: Any, name: str) -> Any:
    """The table column behind a model attribute, for filtering a :func:`plain_rows` query.

    An ORM attribute in ``where``/``order_by`` would route the query through the ORM's
    slower loading. Such Core queries do not autoflush: flush first if rows may be
    pending (``seal`` does).
    """
    mapper = inspect(table)
    return mapper.local_table.c[mapper.column_attrs[name].columns[0].key]


def driver_rows(session: Session, query: Select[Any]) -> tuple[list[tuple[Any, ...]], list[Any]]:
    """The database driver's own tuples for ``query`` (a Core select of table columns), and a converter per column.

    For a register read entry by entry: no result objects are built and no column type is
    applied. ``converters[i]`` is what SQLAlchemy would apply to column ``i`` on this
    database (turning stored text into a date, 0/1 into a bool, naive into aware UTC), or
    None where the driver's value is the column's value; apply it before using the value.
    The query's parameters must be plain literals (ids and limits): they are inlined.
    """
    connection = session.connection()
    dialect = connection.dialect
    sql = str(query.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
        rows = list(cursor.fetchall())
    finally:
        cursor.close()
    converters = [c.type.dialect_impl(dialect).result_processor(dialect, None) for c in query.selected_columns]
    return rows, converters


def _batches(session: Session, table: Any, after_id: int = 0) -> Iterator[list[Any]]:
    """Plain rows in id order after ``after_id``, ``BATCH`` at a time (never the whole register in memory)."""
    base = plain_rows(table)
    id_column = plain_column(table, "id")
    last_id = after_id
    size = min(BATCH, FIRST_BATCH)  # a chain broken at its start (the common failure) stops after little work
    while True:
        query = base.where(id_column > last_id).order_by(id_column).limit(size)
        rows = list(session.execute(query).all())
        if not rows:
            return
        yield rows
        last_id = rows[-1].id
        size = min(BATCH, size * 4)


def count_entries(uow: UnitOfWork, register: Register) -> int:
    """How many entries a register holds (one COUNT)."""
    table: Any = register.table
    return int(uow.session.execute(core_select(func.count()).select_from(inspect(table).local_table)).scalar_one())


def verify_register(
    uow: UnitOfWork,
    register: Register,
    on_batch: Callable[[int], None] | None = None,
    since: RegisterHead | None = None,
) -> ChainStatus:
    """Recompute one chain from its first entry; stop at the first broken link.

    ``since``: a head stored at a month close (verified then). Only the entries after it
    are recomputed, chained from its hash, once the entry at its position still carries
    that hash (else "head": the entries before the close were changed, removed or
    re-sealed). An entry before the close whose content alone was changed is found only
    from the first entry (``salondesk verify --full``). ``on_batch(n)`` is called after
    each batch of ``n`` verified entries.
    """
    return _verify(uow.session, register, on_batch, since)


def verify_in(session: Session) -> list[ChainStatus]:
    """Verify every register as ``session`` sees it (e.g. an import's rows before it commits)."""
    return [_verify(session, reg, None) for _, reg in sorted(registers().items())]


def _verify(
    session: Session,
    register: Register,
    on_batch: Callable[[int], None] | None,
    since: RegisterHead | None = None,
) -> ChainStatus:
    entries = 0
    prev = GENESIS
    after_id = 0
    if since is not None and since.entries > 0:
        at_head = _entry_at(session, register, since.entries)
        if at_head is None or at_head[1] != since.last_hash:
            broken = None if at_head is None else at_head[0]
            return ChainStatus(register.name, since.entries, False, broken, "head", since.entries)
        entries, prev, after_id = since.entries, since.last_hash, at_head[0]
    first_new = entries
    for batch in _text_batches(session, register, after_id):
        for entry_id, prev_hash, stored_hash, text in batch:
            entries += 1
            if not stored_hash:
                return ChainStatus(register.name, entries, False, entry_id, "unsealed", first_new)
            if prev_hash != prev:
                return ChainStatus(register.name, entries, False, entry_id, "link", first_new)
            if text_hash(text, prev) != stored_hash:
                return ChainStatus(register.name, entries, False, entry_id, "hash", first_new)
            prev = stored_hash
        if on_batch is not None:
            on_batch(len(batch))
    return ChainStatus(register.name, entries, True, since_entries=first_new)


def _text_batches(session: Session, register: Register, after_id: int) -> Iterator[list[tuple[int, str, str, str]]]:
    """(id, prev_hash, hash, canonical text) of the entries after ``after_id``, ``BATCH`` at a time.

    Through the register's ``texts`` reader when it has one (entries it leaves as None are
    read through its content function), else through plain rows and the content function.
    """
    if register.texts is None:
        for rows in _batches(session, register.table, after_id):
            contents = register.content(session, rows)
            yield [
                (row.id, row.prev_hash, row.hash, canonical_json(content))
                for row, content in zip(rows, contents, strict=True)
            ]
        return
    size = min(BATCH, FIRST_BATCH)
    last_id = after_id
    while True:
        batch = register.texts(session, last_id, size)
        size = min(BATCH, size * 4)
        if not batch:
            return
        missing = [entry[0] for entry in batch if entry[3] is None]
        if missing:
            id_column = plain_column(register.table, "id")
            rows = list(session.execute(plain_rows(register.table).where(id_column.in_(missing))).all())
            texts = {
                row.id: canonical_json(content)
                for row, content in zip(rows, register.content(session, rows), strict=True)
            }
            batch = [(e[0], e[1], e[2], texts[e[0]] if e[3] is None else e[3]) for e in batch]
        yield batch  # type: ignore[misc]  # every text is set now
        last_id = batch[-1][0]


def verify_all(
    uow: UnitOfWork, progress: Progress | None = None, since: Mapping[str, RegisterHead] | None = None
) -> list[ChainStatus]:
    """Verify every register (read-only), in name order.

    ``since``: the heads stored at the latest month close, by register (see
    :func:`verify_register`); a register without one is verified from its first entry.
    With ``progress``, first counts every register's entries (one COUNT each), then calls
    ``progress(done, total)``: ``(0, total)`` first, then after each batch, and
    ``(total, total)`` last (a broken chain stops its walk early; its unread entries are
    then simply counted as done). Without ``progress`` nothing is counted.
    """
    heads = since or {}
    with uow:
        ordered = [reg for _, reg in sorted(registers().items())]
        if progress is None:
            return [verify_register(uow, reg, since=heads.get(reg.name)) for reg in ordered]
        report = progress
        total = sum(count_entries(uow, reg) - _trusted(heads.get(reg.name)) for reg in ordered)
        done = 0
        report(0, total)

        def advance(n: int) -> None:
            nonlocal done
            done += n
            report(min(done, total), total)

        statuses = [verify_register(uow, reg, advance, heads.get(reg.name)) for reg in ordered]
        report(total, total)
        return statuses


def _trusted(head: RegisterHead | None) -> int:
    return 0 if head is None else max(0, head.entries)


def register_head(uow: UnitOfWork, register: Register) -> RegisterHead:
    """Where one register stands now: its entry count and its newest entry's hash."""
    table: Any = register.table
    id_column = plain_column(table, "id")
    hash_column = plain_column(table, "hash")
    last = uow.session.execute(core_select(hash_column).order_by(id_column.desc()).limit(1)).scalar_one_or_none()
    return RegisterHead(register.name, count_entries(uow, register), str(last or ""))


def register_heads(uow: UnitOfWork) -> tuple[RegisterHead, ...]:
    """Every hash-chained register's head, in name order (the month close stores these)."""
    with uow:
        return tuple(register_head(uow, reg) for _, reg in sorted(registers().items()))


def hash_at_position(uow: UnitOfWork, register: Register, position: int) -> str | None:
    """The hash of a register's ``position``-th entry (1-based, id order); None past its end."""
    found = entry_at_position(uow, register, position)
    return None if found is None else found[1]


def entry_at_position(uow: UnitOfWork, register: Register, position: int) -> tuple[int, str] | None:
    """The id and hash of a register's ``position``-th entry (1-based, id order); None past its end."""
    return _entry_at(uow.session, register, position)


def _entry_at(session: Session, register: Register, position: int) -> tuple[int, str] | None:
    if position < 1:
        return None
    table: Any = register.table
    id_column = plain_column(table, "id")
    query = core_select(id_column, plain_column(table, "hash")).order_by(id_column).offset(position - 1).limit(1)
    found = session.execute(query).first()
    return None if found is None else (int(found[0]), str(found[1]))
