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

import threading
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

FTS_TABLE = "customer_fts"
FTS_COLUMNS = ("name_norm", "name_pinyin", "search_digits")
_TRIGGERS = ("customer_fts_ai", "customer_fts_ad", "customer_fts_au")
_unsupported: dict[str, bool] = {}
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

    One cheap look at ``sqlite_master`` per call; builds the index (in its own
    transaction) when it is missing. False on other databases, on SQLite builds
    without trigram, and before the ``customer`` table exists.
    """
    if engine.dialect.name != "sqlite" or _unsupported.get(_engine_key(engine)):
        return False
    with engine.connect() as conn:
        if _complete(conn):
            return True
        if not _exists(conn, "table", "customer"):
            return False
    with _lock, engine.begin() as conn:
        if _complete(conn):
            return True
        if not trigram_supported(conn):
            _unsupported[_engine_key(engine)] = True
            return False
        _create(conn)
    return True


def drop_fts(engine: Engine) -> None:
    """Remove the index and its triggers (before a huge bulk insert; :func:`ensure_fts` rebuilds it)."""
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as conn:
        for name in _TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")


def fts_match_ids(text: str, columns: tuple[str, ...]) -> sa.Select[Any]:
    """A select of customer ids (``cid``) whose ``columns`` contain ``text`` (≥ 3 characters) anywhere."""
    quoted = '"' + text.replace('"', '""') + '"'
    expression = "{" + " ".join(columns) + "}: " + quoted
    fts = sa.table(FTS_TABLE, sa.column("rowid"))
    return sa.select(fts.c.rowid.label("cid")).where(
        sa.text(f"{FTS_TABLE} MATCH :fts_query").bindparams(sa.bindparam("fts_query", expression, unique=True))
    )
