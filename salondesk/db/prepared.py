"""Statements compiled once and run on the driver's cursor, for read paths that run on every key.

``Connection.execute`` costs about 100 µs a statement in cache-key building, parameter
processing and result objects, and a unit of work's session as much again: more than the
SQL itself of most counter searches (issue 18). A :class:`Prepared` statement is compiled
once per dialect; running it binds plain values in the compiled order and converts only
the result columns whose type needs it (UTC instants). :func:`read_cursor` gives a cursor
inside one read transaction (one snapshot for several statements).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, NamedTuple

from sqlalchemy.engine import Dialect, Engine
from sqlalchemy.sql.expression import SelectBase


class Prepared:
    """One select compiled for one dialect (on first use), with named bind parameters."""

    def __init__(self, statement: SelectBase, dialect: Dialect, *, rewrite: Callable[[str], str] | None = None):
        self._statement = statement
        self._dialect = dialect
        self._rewrite = rewrite

    @functools.cached_property
    def _compiled(self) -> _Compiled:
        """Compiled when first run: a plan's statements for rare cases may never be (10-30 ms saved each)."""
        compiled = self._statement.compile(dialect=self._dialect)
        sql = str(compiled)
        if "POSTCOMPILE" in sql:  # expanding IN lists etc. are rendered per call: not for a fixed statement
            raise ValueError("a prepared statement needs every parameter bound as a plain value")
        processors = [
            column.type.dialect_impl(self._dialect).result_processor(self._dialect, None)
            for column in self._statement.selected_columns
        ]
        return _Compiled(
            sql=self._rewrite(sql) if self._rewrite else sql,
            defaults={name: bind.value for name, bind in compiled.binds.items()},
            order=tuple(compiled.positiontup) if compiled.positional and compiled.positiontup else None,
            convert=tuple((i, p) for i, p in enumerate(processors) if p is not None),
        )

    @property
    def sql(self) -> str:
        """The statement as the driver runs it."""
        return self._compiled.sql

    def parameters(self, values: Mapping[str, object]) -> Sequence[object] | dict[str, object]:
        """``values`` (by bind name; unnamed literals keep their compiled value) in the driver's style."""
        compiled = self._compiled
        if compiled.order is not None:
            return tuple(values[n] if n in values else compiled.defaults[n] for n in compiled.order)
        return {**compiled.defaults, **values}

    def rows(self, cursor: Any, values: Mapping[str, object]) -> list[tuple[Any, ...]]:
        """Every result row as a tuple, column types converted."""
        cursor.execute(self.sql, self.parameters(values))
        rows: list[tuple[Any, ...]] = cursor.fetchall()
        convert = self._compiled.convert
        if not convert:
            return rows
        converted = []
        for row in rows:
            items = list(row)
            for index, process in convert:
                items[index] = process(items[index])
            converted.append(tuple(items))
        return converted

    def scalar(self, cursor: Any, values: Mapping[str, object]) -> Any:
        """The first column of the first row."""
        cursor.execute(self.sql, self.parameters(values))
        return cursor.fetchone()[0]


class _Compiled(NamedTuple):
    sql: str
    defaults: dict[str, Any]  # every bind's compiled value (literals; None for named ones)
    order: tuple[str, ...] | None  # bind names in the order of a positional driver's placeholders
    convert: tuple[tuple[int, Callable[[Any], Any]], ...]  # result columns whose type converts them


@contextmanager
def read_cursor(engine: Engine) -> Iterator[Any]:
    """A driver cursor inside one read transaction, rolled back and returned to the pool afterwards."""
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        if engine.dialect.name == "sqlite":
            cursor.execute("BEGIN")  # make_engine turns pysqlite's own transactions off
        try:
            yield cursor
        finally:
            cursor.close()
            connection.rollback()
    finally:
        connection.close()
