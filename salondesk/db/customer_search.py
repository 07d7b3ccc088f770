"""The one SQLite-specific part of customer search: an FTS5 trigram index, where available.

Trigram matching finds a run of ≥ 3 characters anywhere in the name, its pinyin
or the phone digits through an index. It is an *external-content* FTS table over
``customer`` kept in step by triggers, so every writer (services, Core bulk
inserts of the demo and the importer, the whole-salon import, merges) updates it
without knowing it exists. It lives outside ``SQLModel.metadata`` and outside
the migrations: it is created on first use (:func:`ensure_fts`), rebuilt from
``customer`` if it or its triggers are missing (a fresh database, a restore of an
export, a batch migration that rebuilt the table). Nothing to export: the
whole-salon JSON carries ``customer`` and the index is rebuilt from it.

On any other database (PostgreSQL) :func:`ensure_fts` returns False and the search
falls back to portable SQL (see ``salondesk.queries.customers``).
"""

from __future__ import annotations

import re
import threading
import weakref
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Dialect, Engine

FTS_TABLE = "customer_fts"
FTS_COLUMNS = ("name_norm", "name_pinyin", "search_digits")
_TRIGGERS = ("customer_fts_ai", "customer_fts_ad", "customer_fts_au")
FTS_PARAMETER = "fts"  # the bind name of the match expression (:func:`fts_expression`)
_unsupported: dict[str, bool] = {}
_ready: weakref.WeakKeyDictionary[Any, bool] = weakref.WeakKeyDictionary()  # pool -> the index was complete
_lock = threading.Lock()


def _engine_key(engine: Engine) -> str:
    return f"{id(engine)}:{engine.url}"


def trigram_supported(conn: Connection) -> bool:
    """True on SQLite builds with FTS5 and its trigram tokenizer (3.34+)."""
    if conn.dialect.name != "sqlite":
        return False
    try:
        conn.exec_driver_sql("CREATE VIRTUAL TABLE temp.sd_probe USING fts5(x, tokenize='trigram')")
        conn.exec_driver_sql("DROP TABLE temp.sd_probe")
    except sa.exc.DBAPIError:
        return False
    return True


def _exists(conn: Connection, kind: str, name: str) -> bool:
    query = sa.text("SELECT 1 FROM sqlite_master WHERE type = :kind AND name = :name")
    return conn.execute(query, {"kind": kind, "name": name}).first() is not None


def _create(conn: Connection) -> None:
    cols = ", ".join(FTS_COLUMNS)
    new_values = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
    old_values = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
    statements = [f"DROP TRIGGER IF EXISTS {name}" for name in _TRIGGERS] + [
        f"DROP TABLE IF EXISTS {FTS_TABLE}",
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({cols}, content='customer', content_rowid='id', "
        "tokenize='trigram')",
        f"CREATE TRIGGER customer_fts_ai AFTER INSERT ON customer BEGIN "
        f"INSERT INTO {FTS_TABLE}(rowid, {cols}) VALUES (new.id, {new_values}); END",
        f"CREATE TRIGGER customer_fts_ad AFTER DELETE ON customer BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {cols}) VALUES ('delete', old.id, {old_values}); END",
        f"CREATE TRIGGER customer_fts_au AFTER UPDATE OF {cols} ON customer BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {cols}) VALUES ('delete', old.id, {old_values}); "
        f"INSERT INTO {FTS_TABLE}(rowid, {cols}) VALUES (new.id, {new_values}); END",
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
    ]
    for statement in statements:
        conn.exec_driver_sql(statement)


def _complete(conn: Connection) -> bool:
    names = (FTS_TABLE, *_TRIGGERS)
    query = sa.text("SELECT count(*) FROM sqlite_master WHERE name IN (" + ", ".join(f"'{n}'" for n in names) + ")")
    return int(conn.execute(query).scalar_one()) == len(names)


def ensure_fts(engine: Engine) -> bool:
    """Make sure the trigram index exists and is complete; True when it can be used.

    Looks at ``sqlite_master`` once per engine (the search calls this on every key);
    :func:`drop_fts` and :func:`forget_fts` make it look again. Builds the index (in its
    own transaction) when it is missing. False on other databases, on SQLite builds
    without trigram, and before the ``customer`` table exists.
    """
    if engine.dialect.name != "sqlite" or _unsupported.get(_engine_key(engine)):
        return False
    if _ready.get(engine.pool):
        return True
    with engine.connect() as conn:
        if _complete(conn):
            _ready[engine.pool] = True
            return True
        if not _exists(conn, "table", "customer"):
            return False
    with _lock, engine.begin() as conn:
        if not _complete(conn):
            if not trigram_supported(conn):
                _unsupported[_engine_key(engine)] = True
                return False
            _create(conn)
    _ready[engine.pool] = True
    return True


def forget_fts(engine: Engine) -> None:
    """Look at the index again on the next :func:`ensure_fts` (it was found missing)."""
    _ready.pop(engine.pool, None)


def drop_fts(engine: Engine) -> None:
    """Remove the index and its triggers (before a huge bulk insert; :func:`ensure_fts` rebuilds it)."""
    if engine.dialect.name != "sqlite":
        return
    forget_fts(engine)
    with engine.begin() as conn:
        for name in _TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")


def fts_expression(text: str, columns: tuple[str, ...]) -> str:
    """The MATCH expression finding ``text`` (≥ 3 characters) anywhere in ``columns``, taken literally."""
    return "{" + " ".join(columns) + "}: " + '"' + text.replace('"', '""') + '"'


def _match() -> sa.TextClause:
    return sa.text(f"{FTS_TABLE} MATCH :{FTS_PARAMETER}").bindparams(sa.bindparam(FTS_PARAMETER, type_=sa.String()))


def fts_match_ids(text: str, columns: tuple[str, ...]) -> sa.Select[Any]:
    """A select of customer ids (``cid``) whose ``columns`` contain ``text`` (≥ 3 characters) anywhere."""
    return fts_bound_match_ids().params({FTS_PARAMETER: fts_expression(text, columns)})


def fts_bound_match_ids() -> sa.Select[Any]:
    """A select of customer ids (``cid``) matching the bound :data:`FTS_PARAMETER` (an :func:`fts_expression`).

    For statements built once and run with many values (the counter search).
    """
    fts = sa.table(FTS_TABLE, sa.column("rowid"))
    return sa.select(fts.c.rowid.label("cid")).where(_match())


def contains_run(columns: tuple[Any, ...], parameter: str) -> sa.ColumnElement[bool]:
    """True for a row whose ``columns`` contain the bound ``parameter`` (≥ 3 characters) anywhere.

    What an :func:`fts_expression` of the same text finds, tested on one row (the searched
    columns and the text are both case-folded already): for reading customers in another
    index's order, where asking FTS5 about each row costs ~40 µs and this ~1 µs.
    """
    run = sa.bindparam(parameter, type_=sa.String())
    return sa.or_(*(sa.func.instr(column, run) > 0 for column in columns))


def reads_in_index_order(dialect: Dialect) -> bool:
    """True where :func:`read_through_index` and :func:`given_ids` work (SQLite 3.38+: JSON built in)."""
    return dialect.name == "sqlite" and tuple(getattr(dialect.dbapi, "sqlite_version_info", ())) >= (3, 38, 0)


def given_ids(parameter: str) -> sa.Select[Any]:
    """The ids of a bound JSON array (``[1, 5, 9]``): ids found by one statement, used by the next."""
    return sa.select(sa.column("value")).select_from(sa.func.json_each(sa.bindparam(parameter, type_=sa.String())))


def read_through_index(sql: str, table: str, index: str) -> str:
    """``sql`` (one compiled select) reading its one ``FROM table`` through ``index`` (SQLite's INDEXED BY).

    The planner cannot know that a query's matches are dense enough for reading in the
    index's order to stop early; the caller can (it counted them).
    """
    pattern = re.compile(rf"\bFROM {re.escape(table)}\b(?![.\w])")
    rewritten, count = pattern.subn(f"FROM {table} INDEXED BY {index}", sql)
    if count != 1:
        raise ValueError(f"expected one FROM {table}")
    return rewritten
