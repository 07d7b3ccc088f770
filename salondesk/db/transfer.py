"""Whole-salon export and import as versioned JSON (``docs/export-format.md``).

Every table registered on ``SQLModel.metadata`` is written, so a table added by a
later area joins the format by existing. Rows are read with Core selects ordered by
primary key and streamed to the file (a 200k-row table is never held as ORM
objects); values are encoded by column type so the file reads the same whatever
the engine. Import refuses anything but an empty database at the same schema
revision and inserts everything in one transaction: all or nothing.
"""

from __future__ import annotations

import base64
import codecs
import json
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlmodel import SQLModel

import salondesk.domain  # noqa: F401 - registers every area's tables on the metadata
from salondesk.db.migrate import current_revision, head_revision
from salondesk.db.opening import os_reason
from salondesk.domain.clock import ensure_utc
from salondesk.domain.errors import DomainError
from salondesk.i18n import QT_TRANSLATE_NOOP

FORMAT = "salondesk-export"
FORMAT_VERSION = 1
BATCH = 1000
BLOB_BATCH = 8  # rows of a table holding files (up to the size limit each): keeps memory flat
# Left out unless the owner asks for them: a PIN is 4-8 digits, so its hash falls to a brute force.
CREDENTIAL_COLUMNS = {"staff": ("pin_hash",)}
NO_CREDENTIAL = ""  # what a left-out credential is written as; such a staff member sets a PIN at first login

ProgressFn = Callable[[int, int], None]
Encoder = Callable[[Any], Any]


class TransferError(DomainError):
    """An export file cannot be imported (or written); nothing was changed."""

    default_message = QT_TRANSLATE_NOOP("Errors", "The export file could not be read.")


def tables(metadata: sa.MetaData | None = None) -> list[sa.Table]:
    """Every table of the salon, parents before children (see :func:`insert_plan`)."""
    return insert_plan(metadata)[0]


def insert_plan(metadata: sa.MetaData | None = None) -> tuple[list[sa.Table], dict[str, list[str]]]:
    """Tables in an order that satisfies every foreign key, and the columns to fill in afterwards.

    Self-references and foreign keys inside a cycle (``visit`` ↔ ``service_record``)
    cannot be satisfied by any order: their columns (nullable ones) are inserted as
    NULL and set by an UPDATE once every row exists. Deterministic: ties by name.
    """
    all_tables = {t.name: t for t in (metadata or SQLModel.metadata).tables.values()}
    edges: dict[str, dict[str, list[sa.ForeignKeyConstraint]]] = {name: {} for name in all_tables}
    deferred: dict[str, list[str]] = {}
    for name, table in all_tables.items():
        for fk in table.foreign_key_constraints:
            target = fk.referred_table.name
            if target == name:
                deferred.setdefault(name, []).extend(c.name for c in fk.columns)
            elif target in all_tables:
                edges[name].setdefault(target, []).append(fk)
    ordered: list[sa.Table] = []
    remaining = set(all_tables)
    while remaining:
        ready = sorted(n for n in remaining if not (set(edges[n]) & remaining))
        if not ready:
            _break_cycle(remaining, edges, deferred)
            continue
        for name in ready:
            ordered.append(all_tables[name])
            remaining.discard(name)
    return ordered, {name: sorted(set(cols)) for name, cols in deferred.items()}


def _break_cycle(
    remaining: set[str], edges: dict[str, dict[str, list[sa.ForeignKeyConstraint]]], deferred: dict[str, list[str]]
) -> None:
    for name in sorted(remaining):
        for target in sorted(set(edges[name]) & remaining):
            if not _reaches(target, name, remaining, edges):
                continue  # not part of a cycle: waits for it instead
            fks = edges[name][target]
            if all(c.nullable for fk in fks for c in fk.columns):
                deferred.setdefault(name, []).extend(c.name for fk in fks for c in fk.columns)
                del edges[name][target]
                return
    raise RuntimeError(f"foreign keys form a cycle of NOT NULL columns: {sorted(remaining)}")


def _reaches(
    start: str, goal: str, within: set[str], edges: dict[str, dict[str, list[sa.ForeignKeyConstraint]]]
) -> bool:
    seen: set[str] = set()
    stack = [start]
    while stack:
        node = stack.pop()
        if node == goal:
            return True
        if node in seen:
            continue
        seen.add(node)
        stack.extend(t for t in edges[node] if t in within)
    return False


# ------------------------------------------------------------------ value coding
def _base_type(column: sa.Column[Any]) -> sa.types.TypeEngine[Any]:
    col_type: sa.types.TypeEngine[Any] = column.type
    while isinstance(col_type, sa.types.TypeDecorator):
        col_type = col_type.impl_instance
    return col_type


def kind_of(column: sa.Column[Any]) -> str:
    """The JSON kind of a column's values (documented in ``docs/export-format.md``)."""
    col_type = _base_type(column)
    kinds: tuple[tuple[type[Any], str], ...] = (
        (sa.DateTime, "instant"),
        (sa.Date, "date"),
        (sa.Time, "time"),
        (sa.Boolean, "boolean"),
        (sa.Float, "number"),
        (sa.Numeric, "decimal"),
        (sa.Integer, "integer"),
        (sa.LargeBinary, "base64"),
        (sa.JSON, "json"),
        (sa.String, "text"),
    )
    for sa_type, kind in kinds:
        if isinstance(col_type, sa_type):
            return kind
    return "text"


def _instant_out(value: datetime) -> str:
    return ensure_utc(value).isoformat().replace("+00:00", "Z")


def _instant_in(value: str) -> datetime:
    return datetime.fromisoformat(value).astimezone(UTC)


_ENCODERS: dict[str, Encoder] = {
    "instant": _instant_out,
    "date": date.isoformat,
    "time": time.isoformat,
    "decimal": str,
    "base64": lambda v: base64.b64encode(bytes(v)).decode("ascii"),
    "boolean": bool,
}
_DECODERS: dict[str, Encoder] = {
    "instant": _instant_in,
    "date": date.fromisoformat,
    "time": time.fromisoformat,
    "decimal": Decimal,
    "base64": base64.b64decode,
    "boolean": bool,
}


def _coders(table: sa.Table, coders: dict[str, Encoder]) -> list[Encoder | None]:
    return [coders.get(kind_of(c)) for c in table.columns]


# ------------------------------------------------------------------ export
def _count(conn: Connection, table: sa.Table) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def _ordered_select(table: sa.Table) -> sa.Select[Any]:
    keys = list(table.primary_key.columns) or list(table.columns)
    return sa.select(*table.columns).order_by(*keys)


def batch_size(table: sa.Table) -> int:
    """Rows per read or insert: small for tables of files, so a batch never holds gigabytes."""
    holds_files = any(isinstance(_base_type(c), sa.LargeBinary) for c in table.columns)
    return BLOB_BATCH if holds_files else BATCH


def _stream_rows(conn: Connection, table: sa.Table) -> Iterator[sa.Row[Any]]:
    result = conn.execution_options(stream_results=True, yield_per=batch_size(table)).execute(_ordered_select(table))
    yield from result


def export_salon(
    engine: Engine,
    path: Path,
    progress: ProgressFn | None = None,
    *,
    now: datetime,
    metadata: sa.MetaData | None = None,
    with_credentials: bool = False,
) -> int:
    """Write every record to ``path`` (JSON); returns the number of rows written.

    Staff PIN hashes are written as ``""`` unless ``with_credentials`` (backups keep
    them; an export to move the salon leaves them out and says so in its header).
    The file is written under a temporary name and renamed at the end, so a
    half-written export never carries the final name.
    """
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    written = 0
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":  # one snapshot for every table (SQLite: one read transaction)
            conn.execution_options(isolation_level="REPEATABLE READ")  # applies to this connection
        total = sum(_count(conn, t) for t in tables(metadata))
        header = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "schema_revision": current_revision(engine) or head_revision(),
            "exported_at": _instant_out(now),
            "credentials": with_credentials,
        }
        try:
            with partial.open("w", encoding="utf-8", newline="\n") as out:
                head = json.dumps(header, ensure_ascii=False)[:-1]
                out.write(head + ', "tables": {\n')
                for index, table in enumerate(tables(metadata)):
                    hidden = () if with_credentials else CREDENTIAL_COLUMNS.get(table.name, ())
                    written = _write_table(out, conn, table, index == 0, written, total, progress, hidden)
                out.write("\n}}\n")
            partial.replace(path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    if progress is not None:
        progress(total, total)
    return written


def _write_table(
    out: IO[str],
    conn: Connection,
    table: sa.Table,
    first: bool,
    written: int,
    total: int,
    progress: ProgressFn | None,
    hidden: tuple[str, ...] = (),
) -> int:
    coders = _coders(table, _ENCODERS)
    columns = [c.name for c in table.columns]
    blank = [name in hidden for name in columns]
    out.write(("" if first else ",\n") + json.dumps(table.name) + ": ")
    out.write('{"columns": ' + json.dumps(columns) + ', "rows": [')
    sep = "\n"
    for row in _stream_rows(conn, table):
        values = [
            NO_CREDENTIAL if hide else v if v is None or f is None else f(v)
            for v, f, hide in zip(row, coders, blank, strict=True)
        ]
        out.write(sep + json.dumps(values, ensure_ascii=False))
        sep = ",\n"
        written += 1
        if progress is not None and written % BATCH == 0:
            progress(written, total)
    out.write("\n]}")
    return written


# ------------------------------------------------------------------ import
class _JsonStream:
    """One JSON document read piece by piece: the C decoder parses each value, the rows never all sit in memory."""

    CHUNK = 1 << 20

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.text = codecs.getincrementaldecoder("utf-8")()
        self.decoder = json.JSONDecoder()
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.bytes_read = 0

    def _more(self) -> bool:
        if self.eof:
            return False
        chunk = self.raw.read(self.CHUNK)
        self.bytes_read += len(chunk)
        self.eof = not chunk
        self.buf = self.buf[self.pos :] + self.text.decode(chunk, final=self.eof)
        self.pos = 0
        return not self.eof

    def peek(self) -> str:
        """The next non-blank character ('' at the end)."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return ""

    def take(self, char: str) -> bool:
        """Consume ``char`` when it comes next."""
        if self.peek() == char:
            self.pos += 1
            return True
        return False

    def expect(self, char: str) -> None:
        """Consume ``char`` or fail."""
        if not self.take(char):
            raise ValueError(f"expected {char!r} at character {self.pos}")

    def value(self) -> Any:
        """The next complete JSON value."""
        self.peek()
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError:
                if not self._more():
                    raise
                continue
            if end >= len(self.buf) and not self.eof:  # a number may go on in the next chunk
                self._more()
                continue
            self.pos = end
            return value

    def object_keys(self) -> Iterator[str]:
        """The keys of the object starting here; the caller reads each key's value before the next."""
        self.expect("{")
        if self.take("}"):
            return
        while True:
            key = self.value()
            if not isinstance(key, str):
                raise ValueError("object key expected")
            self.expect(":")
            yield key
            if not self.take(","):
                self.expect("}")
                return

    def array_items(self) -> Iterator[Any]:
        """The elements of the array starting here."""
        self.expect("[")
        if self.take("]"):
            return
        while True:
            yield self.value()
            if not self.take(","):
                self.expect("]")
                return


def _unreadable(path: Path, exc: Exception) -> TransferError:
    if isinstance(exc, OSError):
        return TransferError(
            QT_TRANSLATE_NOOP("Errors", "{file} cannot be read ({reason})."),
            file=Path(path).name,
            reason=os_reason(exc),
        )
    return TransferError(
        QT_TRANSLATE_NOOP("Errors", "{file} is not a readable SalonDesk export (not JSON, or not UTF-8 text)."),
        file=Path(path).name,
    )


def _read_header(stream: _JsonStream, path: Path, check_revision: bool) -> tuple[dict[str, Any], Iterator[str]]:
    """Read the envelope up to ``"tables"`` (left next in the stream) and check it."""
    header: dict[str, Any] = {}
    envelope = stream.object_keys()
    has_tables = False
    try:
        for key in envelope:
            if key == "tables":
                has_tables = True
                break
            header[key] = stream.value()
    except (ValueError, UnicodeDecodeError) as exc:
        raise _unreadable(path, exc) from exc
    if header.get("format") != FORMAT or not has_tables:
        raise TransferError(QT_TRANSLATE_NOOP("Errors", "{file} is not a SalonDesk export."), file=Path(path).name)
    if header.get("format_version") != FORMAT_VERSION:
        raise TransferError(
            QT_TRANSLATE_NOOP("Errors", "Export format version {found} is not supported (expected {wanted})."),
            found=header.get("format_version"),
            wanted=FORMAT_VERSION,
        )
    head = head_revision()
    if check_revision and header.get("schema_revision") != head:
        raise TransferError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The export was made at schema revision {found}, this version is at {wanted}.",
            ),
            found=header.get("schema_revision"),
            wanted=head,
        )
    return header, envelope


def read_export(path: Path, *, check_revision: bool = True) -> dict[str, Any]:
    """Check an export file's envelope (format, version, revision) without reading its rows."""
    try:
        with Path(path).open("rb") as raw:
            return _read_header(_JsonStream(raw), path, check_revision)[0]
    except OSError as exc:
        raise _unreadable(path, exc) from exc


def is_empty(engine: Engine, metadata: sa.MetaData | None = None) -> bool:
    """True when no table of the salon holds a row."""
    with engine.connect() as conn:
        probes = (sa.select(sa.literal(1)).select_from(t).limit(1) for t in tables(metadata))
        return all(conn.execute(probe).first() is None for probe in probes)


def import_salon(
    engine: Engine,
    path: Path,
    progress: ProgressFn | None = None,
    *,
    metadata: sa.MetaData | None = None,
    validated: bool = False,
    check: Callable[[Connection], None] | None = None,
) -> int:
    """Load an export into an empty database at the same revision; returns the rows inserted.

    First every value is checked against its column (``transfer_check``; skipped when the
    caller has just done it: ``validated``), so a wrong file is refused before anything is
    written. Then the file is streamed (tables in the order the export writes them: parents
    first), so memory stays flat whatever its size. ``progress`` gets (bytes read,
    file size). ``metadata`` (tests, tools) replaces the salon's tables and skips
    the revision checks. One transaction: an error anywhere leaves the database empty.
    ``check(conn)`` runs on the imported rows just before the commit; raising refuses
    the whole file (the services verify the hash chains and the owner's PIN there).
    """
    path = Path(path)
    read_export(path, check_revision=metadata is None)
    if not validated:
        from salondesk.db.transfer_check import validate_export

        validate_export(path, metadata=metadata)
    if metadata is None and current_revision(engine) != head_revision():
        raise TransferError(QT_TRANSLATE_NOOP("Errors", "The database must be upgraded before an import."))
    if not is_empty(engine, metadata):
        raise TransferError(QT_TRANSLATE_NOOP("Errors", "Import needs an empty database; this one holds records."))
    ordered, deferred = insert_plan(metadata)
    known = {t.name: t for t in ordered}
    parents = {
        t.name: {fk.column.table.name for fk in t.foreign_keys if fk.parent.name not in deferred.get(t.name, [])}
        - {t.name}
        for t in ordered
    }
    size = path.stat().st_size
    done = 0
    with path.open("rb") as raw, engine.begin() as conn:
        stream = _JsonStream(raw)
        _header, envelope = _read_header(stream, path, metadata is None)
        later: list[tuple[sa.Table, list[dict[str, Any]]]] = []
        seen: set[str] = set()
        name = "?"
        try:
            for name in stream.object_keys():
                table = known.get(name)
                if table is None:
                    raise TransferError(
                        QT_TRANSLATE_NOOP("Errors", "The export holds tables this version does not know: {names}."),
                        names=name,
                    )
                missing = sorted(parents[name] - seen)
                if missing:
                    raise ValueError(f"{name} comes before {', '.join(missing)}, which it refers to")
                seen.add(name)
                columns: list[str] | None = None
                for key in stream.object_keys():
                    if key == "columns":
                        columns = list(stream.value())
                    elif key == "rows":
                        if columns is None:
                            raise ValueError(f"{name}: rows before columns")
                        rows = stream.array_items()
                        report = _ByteProgress(progress, stream, size)
                        done, updates = _insert_table(conn, table, columns, rows, deferred.get(name, []), done, report)
                        if updates:
                            later.append((table, updates))
                    else:
                        stream.value()
            for _key in envelope:  # anything after "tables" is ignored
                stream.value()
            for table, updates in later:
                name = table.name
                _fill_deferred(conn, table, updates)
        except (ValueError, UnicodeDecodeError, ArithmeticError, sa.exc.IntegrityError, sa.exc.DataError) as exc:
            # what the first pass cannot see (a composite unique key twice): refused whole, in words
            raise TransferError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The rows of table {table} do not fit the database (a duplicate or a wrong value)."
                ),
                table=name,
            ) from exc
        _reset_sequences(conn, ordered)
        if check is not None:
            check(conn)
    if progress is not None:
        progress(size, size)
    return done


class _ByteProgress:
    """Progress of an import in bytes of the file read."""

    def __init__(self, progress: ProgressFn | None, stream: _JsonStream, size: int) -> None:
        self.progress = progress
        self.stream = stream
        self.size = size

    def __call__(self) -> None:
        if self.progress is not None:
            self.progress(min(self.stream.bytes_read, self.size), self.size)


def _insert_table(
    conn: Connection,
    table: sa.Table,
    columns: list[str],
    rows: Iterator[Any],
    deferred: list[str],
    done: int,
    report: Callable[[], None],
) -> tuple[int, list[dict[str, Any]]]:
    """Insert one table's rows in batches; returns the new count and the deferred values to set."""
    expected = [c.name for c in table.columns]
    if sorted(columns) != sorted(expected):
        raise TransferError(
            QT_TRANSLATE_NOOP("Errors", "Table {table} in the export has columns {found}, expected {wanted}."),
            table=table.name,
            found=", ".join(map(str, columns)),
            wanted=", ".join(expected),
        )
    decoders = [_DECODERS.get(kind_of(table.columns[name])) for name in columns]
    size = batch_size(table)
    batch: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for row in rows:
        if not isinstance(row, list) or len(row) != len(columns):
            raise TransferError(
                QT_TRANSLATE_NOOP("Errors", "A row of table {table} has the wrong number of values."),
                table=table.name,
            )
        try:
            values = [v if v is None or f is None else f(v) for v, f in zip(row, decoders, strict=True)]
        except (ValueError, TypeError, ArithmeticError) as exc:
            raise TransferError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The rows of table {table} do not fit the database (a duplicate or a wrong value)."
                ),
                table=table.name,
            ) from exc
        record = dict(zip(columns, values, strict=True))
        if deferred:
            later = {f"new_{c}": record[c] for c in deferred if record[c] is not None}
            if later:
                later.update({f"key_{k.name}": record[k.name] for k in table.primary_key.columns})
                updates.append(later)
                for column in deferred:
                    record[column] = None
        batch.append(record)
        if len(batch) >= size:
            conn.execute(sa.insert(table), batch)
            done += len(batch)
            batch = []
            report()
    if batch:
        conn.execute(sa.insert(table), batch)
        done += len(batch)
    return done, updates


def _fill_deferred(conn: Connection, table: sa.Table, updates: list[dict[str, Any]]) -> None:
    """Set the self/cycle references left NULL at insert time (grouped by the columns set)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for update in updates:
        groups.setdefault(tuple(sorted(k for k in update if k.startswith("new_"))), []).append(update)
    keys = list(table.primary_key.columns)
    for names, params in groups.items():
        statement = (
            sa.update(table)
            .where(*(k == sa.bindparam(f"key_{k.name}") for k in keys))
            .values({n.removeprefix("new_"): sa.bindparam(n) for n in names})
        )
        for start in range(0, len(params), BATCH):
            conn.execute(statement, params[start : start + BATCH])


def _reset_sequences(conn: Connection, ordered: list[sa.Table]) -> None:
    """PostgreSQL: move each serial's sequence past the imported ids (SQLite needs nothing)."""
    if conn.dialect.name != "postgresql":
        return
    for table in ordered:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(_base_type(keys[0]), sa.Integer):
            continue
        key = keys[0]
        quoted_table = conn.dialect.identifier_preparer.quote(table.name)
        quoted_key = conn.dialect.identifier_preparer.quote(key.name)
        sequence = conn.execute(
            sa.text("SELECT pg_get_serial_sequence(:table, :column)"), {"table": quoted_table, "column": key.name}
        ).scalar()
        if sequence is None:
            continue
        conn.execute(
            sa.text(
                f"SELECT setval(:seq, COALESCE((SELECT MAX({quoted_key}) FROM {quoted_table}), 1), "
                f"(SELECT MAX({quoted_key}) FROM {quoted_table}) IS NOT NULL)"
            ),
            {"seq": sequence},
        )
