"""Whole-salon import, first pass: every value of the file checked against its column before anything is written.

A wrong value must not reach the database (PostgreSQL refuses a 41-character member
number halfway through; SQLite stores it and the app crashes later) nor the app (a role
of ``技师``, an amount of ``Infinity``, ``"active": "false"``). The rules come from the
tables themselves, so a table added later (attachments, chains…) is covered by existing:

- the column's kind (``transfer.kind_of``): whole number in range, finite number or
  decimal within its precision, ``true``/``false``, text (valid Unicode, no NUL, within
  its length), ISO dates/instants/times in the years the app can handle, base64;
- ``NOT NULL``; the values of the column's enum (from the model's annotation);
- single-column primary keys and unique columns: no duplicates;
- every foreign key, deferred ones (self references, cycles) included, checked once the
  whole file is read.

The first problem found is raised as ``TransferError`` naming table, row and column.
Composite unique constraints are left to the database (one transaction: refused whole).
"""

from __future__ import annotations

import base64
import binascii
import enum
import json
import math
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

from salondesk.db import transfer
from salondesk.domain.calendar import FIRST_YEAR, LAST_YEAR
from salondesk.i18n import QT_TRANSLATE_NOOP

INT32 = 2**31 - 1
INT64 = 2**63 - 1

PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("Errors", "Table {table}, row {row}, column {column}: a value is required."),
    "integer": QT_TRANSLATE_NOOP("Errors", "Table {table}, row {row}, column {column}: expected a whole number."),
    "range": QT_TRANSLATE_NOOP("Errors", "Table {table}, row {row}, column {column}: the number is out of range."),
    "number": QT_TRANSLATE_NOOP("Errors", "Table {table}, row {row}, column {column}: expected a finite number."),
    "decimal": QT_TRANSLATE_NOOP(
        "Errors", "Table {table}, row {row}, column {column}: expected an amount (a finite decimal number)."
    ),
    "digits": QT_TRANSLATE_NOOP("Errors", "Table {table}, row {row}, column {column}: the amount has too many digits."),
    "boolean": QT_TRANSLATE_NOOP("Errors", "Table {table}, row {row}, column {column}: expected true or false."),
    "text": QT_TRANSLATE_NOOP("Errors", "Table {table}, row {row}, column {column}: expected text."),
    "nul": QT_TRANSLATE_NOOP(
        "Errors", "Table {table}, row {row}, column {column}: the text contains a NUL or invalid character."
    ),
    "length": QT_TRANSLATE_NOOP("Errors", "Table {table}, row {row}, column {column}: longer than {limit} characters."),
    "enum": QT_TRANSLATE_NOOP("Errors", "Table {table}, row {row}, column {column}: {value} is not one of {allowed}."),
    "instant": QT_TRANSLATE_NOOP(
        "Errors",
        "Table {table}, row {row}, column {column}: expected a date and time (ISO 8601) in the years {first}–{last}.",
    ),
    "date": QT_TRANSLATE_NOOP(
        "Errors", "Table {table}, row {row}, column {column}: expected a date (YYYY-MM-DD) in the years {first}–{last}."
    ),
    "time": QT_TRANSLATE_NOOP("Errors", "Table {table}, row {row}, column {column}: expected a time (HH:MM)."),
    "base64": QT_TRANSLATE_NOOP("Errors", "Table {table}, row {row}, column {column}: expected base64 data."),
    "json": QT_TRANSLATE_NOOP(
        "Errors", "Table {table}, row {row}, column {column}: the JSON value holds a number that is not finite."
    ),
    "json_text": QT_TRANSLATE_NOOP("Errors", "Table {table}, row {row}, column {column}: expected JSON text."),
    "duplicate": QT_TRANSLATE_NOOP(
        "Errors", "Table {table}, row {row}, column {column}: {value} is already used by an earlier row."
    ),
    "reference": QT_TRANSLATE_NOOP(
        "Errors",
        "Table {table}, row {row}, column {column}: refers to {target} {value}, which is not in the export.",
    ),
    "shape": QT_TRANSLATE_NOOP("Errors", "Table {table}, row {row}: expected a list of {count} values."),
    "columns": QT_TRANSLATE_NOOP("Errors", "Table {table} in the export has columns {found}, expected {wanted}."),
    "order": QT_TRANSLATE_NOOP("Errors", "Table {table} comes before {parents}, which it refers to."),
    "unknown_table": QT_TRANSLATE_NOOP("Errors", "The export holds tables this version does not know: {names}."),
    "no_columns": QT_TRANSLATE_NOOP("Errors", "Table {table}: the rows come before the list of columns."),
}


@dataclass(frozen=True)
class Rule:
    """What one column accepts."""

    name: str
    kind: str
    nullable: bool
    length: int | None = None
    allowed: frozenset[str] | None = None
    integer_limit: int = INT64
    digits: tuple[int, int] | None = None  # (precision, scale) of a Numeric


def _problem(code: str, table: str, row: int, column: str = "", **params: Any) -> transfer.TransferError:
    return transfer.TransferError(PROBLEMS[code], table=table, row=row, column=column, **params)


def enum_columns() -> dict[tuple[str, str], frozenset[str]]:
    """(table, column) → the values of the StrEnum the model annotates it with."""
    found: dict[tuple[str, str], frozenset[str]] = {}
    for mapper in SQLModel._sa_registry.mappers:  # sqlmodel keeps its models in one SQLAlchemy registry
        model = mapper.class_
        table = getattr(mapper, "local_table", None)
        fields = getattr(model, "model_fields", {})
        if table is None or not fields:
            continue
        for name, info in fields.items():
            enum_type = _enum_of(info.annotation)
            if enum_type is not None and name in table.columns:
                found[(table.name, name)] = frozenset(str(member.value) for member in enum_type)
    return found


def _enum_of(annotation: Any) -> type[enum.Enum] | None:
    candidates = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else (annotation,)
    if typing.get_origin(annotation) is typing.Union:
        candidates = typing.get_args(annotation)
    for candidate in candidates:
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate
    return None


def rules_for(table: sa.Table, enums: dict[tuple[str, str], frozenset[str]]) -> dict[str, Rule]:
    """The rule of every column of ``table``."""
    rules = {}
    for column in table.columns:
        base = transfer._base_type(column)
        length = getattr(base, "length", None) if isinstance(base, sa.String) else None
        limit = INT64 if isinstance(base, sa.BigInteger) else INT32
        digits = None
        if isinstance(base, sa.Numeric) and not isinstance(base, sa.Float) and base.precision is not None:
            digits = (base.precision, base.scale or 0)
        rules[column.name] = Rule(
            name=column.name,
            kind=transfer.kind_of(column),
            nullable=bool(column.nullable) and not column.primary_key,
            length=length,
            allowed=enums.get((table.name, column.name)),
            integer_limit=limit,
            digits=digits,
        )
    return rules


def _in_years(value: date | datetime) -> bool:
    return FIRST_YEAR <= value.year <= LAST_YEAR


def _check_integer(rule: Rule, value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return "integer"
    return "range" if abs(value) > rule.integer_limit else None


def _check_number(_rule: Rule, value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "number"
    try:
        return None if math.isfinite(value) else "number"
    except OverflowError:  # an int too large for a float
        return "number"


def _check_decimal(rule: Rule, value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return "decimal"
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return "decimal"
    if not amount.is_finite():
        return "decimal"
    if rule.digits is not None and amount != 0:
        precision, scale = rule.digits
        if amount.adjusted() >= precision - scale:
            return "digits"
    return None


def _check_text(rule: Rule, value: Any) -> str | None:
    if not isinstance(value, str):
        return "text"
    if "\x00" in value:
        return "nul"
    if not value.isascii():  # ASCII always encodes; most values are
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate ("\ud800") from the JSON
            return "nul"
    if rule.length is not None and len(value) > rule.length:
        return "length"
    if rule.allowed is not None and value not in rule.allowed:
        return "enum"
    if rule.name.endswith("_json"):  # JSON stored as text (settings, audit values): the app parses it
        try:
            json.loads(value)
        except ValueError:
            return "json_text"
    return None


def _check_instant(_rule: Rule, value: Any) -> str | None:
    if not isinstance(value, str):
        return "instant"
    try:
        instant = datetime.fromisoformat(value)
        return None if _in_years(instant) and _in_years(instant.astimezone(UTC)) else "instant"
    except (ValueError, OverflowError):
        return "instant"


def _check_date(_rule: Rule, value: Any) -> str | None:
    if not isinstance(value, str):
        return "date"
    try:
        return None if _in_years(date.fromisoformat(value)) else "date"
    except ValueError:
        return "date"


def _check_time(_rule: Rule, value: Any) -> str | None:
    if not isinstance(value, str):
        return "time"
    try:
        time.fromisoformat(value)
    except ValueError:
        return "time"
    return None


def _check_base64(_rule: Rule, value: Any) -> str | None:
    if not isinstance(value, str):
        return "base64"
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return "base64"
    return None


def _check_json(_rule: Rule, value: Any) -> str | None:
    try:
        json.dumps(value, allow_nan=False)
    except (ValueError, TypeError):
        return "json"
    return None


CHECKS: dict[str, Callable[[Rule, Any], str | None]] = {
    "integer": _check_integer,
    "number": _check_number,
    "decimal": _check_decimal,
    "boolean": lambda _rule, value: None if isinstance(value, bool) else "boolean",
    "text": _check_text,
    "instant": _check_instant,
    "date": _check_date,
    "time": _check_time,
    "base64": _check_base64,
    "json": _check_json,
}


def check_value(rule: Rule, value: Any) -> str | None:
    """The problem code of ``value`` in a column with ``rule`` (None: fine)."""
    if value is None:
        return None if rule.nullable else "required"
    return CHECKS.get(rule.kind, _check_text)(rule, value)


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= 40 else text[:37] + "…"


@dataclass
class _Plan:
    """One table's checks in the file's column order: each value's rule, the references, the keys to record."""

    values: list[tuple[Rule, Callable[[Rule, Any], str | None]]]
    references: list[tuple[int, str, tuple[str, str], bool]]  # (position, column, (table, column), checked at the end)
    keys: list[tuple[int, str, dict[Any, int], bool]]  # (position, column, values seen, unique)


class _Checker:
    """The state of one pass over the file: keys seen, references waiting for the end."""

    def __init__(self, metadata: sa.MetaData | None) -> None:
        self.ordered, self.deferred = transfer.insert_plan(metadata)
        self.known = {t.name: t for t in self.ordered}
        enums = enum_columns() if metadata is None else {}
        self.rules = {t.name: rules_for(t, enums) for t in self.ordered}
        self.parents = {
            t.name: {
                fk.column.table.name for fk in t.foreign_keys if fk.parent.name not in self.deferred.get(t.name, [])
            }
            - {t.name}
            for t in self.ordered
        }
        # (table, column) → values seen: what foreign keys point at, and single-column unique keys
        self.keys: dict[tuple[str, str], dict[Any, int]] = {}
        for table in self.ordered:
            for fk in table.foreign_keys:
                self.keys.setdefault((fk.column.table.name, fk.column.name), {})
            for column in table.columns:
                if column.unique or (column.primary_key and len(table.primary_key.columns) == 1):
                    self.keys.setdefault((table.name, column.name), {})
        self.unique = {
            (t.name, c.name)
            for t in self.ordered
            for c in t.columns
            if c.unique or (c.primary_key and len(t.primary_key.columns) == 1)
        }
        self.waiting: list[tuple[str, int, str, str, str, Any]] = []
        self.seen_tables: set[str] = set()
        self.plans: dict[tuple[str, ...], _Plan] = {}
        self.rows = 0

    def table(self, name: str) -> sa.Table:
        table = self.known.get(name)
        if table is None:
            raise transfer.TransferError(PROBLEMS["unknown_table"], names=name)
        missing = sorted(self.parents[name] - self.seen_tables)
        if missing:
            raise transfer.TransferError(PROBLEMS["order"], table=name, parents=", ".join(missing))
        self.seen_tables.add(name)
        return table

    def columns(self, table: sa.Table, columns: Any) -> list[str]:
        expected = [c.name for c in table.columns]
        if (
            not isinstance(columns, list)
            or sorted(map(str, columns)) != sorted(expected)
            or len(columns) != len(set(map(str, columns)))
        ):
            found = ", ".join(map(str, columns)) if isinstance(columns, list) else _shown(columns)
            raise transfer.TransferError(
                PROBLEMS["columns"], table=table.name, found=found[:200], wanted=", ".join(expected)
            )
        return [str(c) for c in columns]

    def _plan(self, table: sa.Table, columns: list[str]) -> _Plan:
        """What to check in each position of a row in the file's column order (built once per table)."""
        rules = self.rules[table.name]
        position = {name: index for index, name in enumerate(columns)}
        deferred = self.deferred.get(table.name, [])
        references = []
        for fk in table.foreign_keys:
            target = (fk.column.table.name, fk.column.name)
            waits = fk.parent.name in deferred or target[0] == table.name
            references.append((position[fk.parent.name], fk.parent.name, target, waits))
        return _Plan(
            values=[(rules[name], CHECKS.get(rules[name].kind, _check_text)) for name in columns],
            references=references,
            keys=[
                (index, name, self.keys[(table.name, name)], (table.name, name) in self.unique)
                for index, name in enumerate(columns)
                if (table.name, name) in self.keys
            ],
        )

    def row(self, table: sa.Table, columns: list[str], number: int, row: Any) -> None:
        if not isinstance(row, list) or len(row) != len(columns):
            raise _problem("shape", table.name, number, count=len(columns))
        plan = self.plans.get((table.name, *columns))
        if plan is None:
            plan = self.plans[(table.name, *columns)] = self._plan(table, columns)
        for (rule, check), value in zip(plan.values, row, strict=True):
            if value is None:
                if rule.nullable:
                    continue
                code = "required"
            else:
                found = check(rule, value)
                if found is None:
                    continue
                code = found
            raise _problem(
                code,
                table.name,
                number,
                rule.name,
                limit=rule.length,
                value=_shown(value),
                allowed=", ".join(sorted(rule.allowed or ())),
                first=FIRST_YEAR,
                last=LAST_YEAR,
            )
        for index, column, target, waits in plan.references:
            value = row[index]
            if value is None:
                continue
            if waits:
                self.waiting.append((table.name, number, column, *target, value))
            elif value not in self.keys[target]:
                raise _problem("reference", table.name, number, column, target=target[0], value=_shown(value))
        for index, column, seen, unique in plan.keys:
            value = row[index]
            if value is None:
                continue
            if unique and value in seen:
                raise _problem("duplicate", table.name, number, column, value=_shown(value))
            seen.setdefault(value, number)
        self.rows += 1

    def finish(self) -> None:
        for table, number, column, target_table, target_column, value in self.waiting:
            if value not in self.keys[(target_table, target_column)]:
                raise _problem("reference", table, number, column, target=target_table, value=_shown(value))


def validate_export(
    path: Path, *, metadata: sa.MetaData | None = None, progress: Callable[[int, int], None] | None = None
) -> int:
    """Read the whole export and check every value (nothing is written); returns the number of rows.

    Raises ``TransferError`` for the first problem, naming table, row (1 = the table's first
    row) and column.
    """
    path = Path(path)
    checker = _Checker(metadata)
    size = path.stat().st_size if path.exists() else 0
    try:
        with path.open("rb") as raw:
            stream = transfer._JsonStream(raw)
            _header, envelope = transfer._read_header(stream, path, metadata is None)
            for name in stream.object_keys():
                table = checker.table(name)
                columns: list[str] | None = None
                for key in stream.object_keys():
                    if key == "columns":
                        columns = checker.columns(table, stream.value())
                    elif key == "rows":
                        if columns is None:
                            raise transfer.TransferError(PROBLEMS["no_columns"], table=name)
                        for number, row in enumerate(stream.array_items(), 1):
                            checker.row(table, columns, number, row)
                            if progress is not None and number % transfer.BATCH == 0:
                                progress(min(stream.bytes_read, size), size)
                    else:
                        stream.value()
            for _key in envelope:
                stream.value()
    except (ValueError, UnicodeDecodeError, RecursionError, OSError) as exc:
        raise transfer._unreadable(path, exc) from exc
    checker.finish()
    return checker.rows
