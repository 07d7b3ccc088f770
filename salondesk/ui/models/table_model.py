"""A read-only table model over frozen row dataclasses (no database access)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: a header and how to get each role's value from a row."""

    header: str
    display: Callable[[Row], Any]
    sort_key: Callable[[Row], Any] | None = None
    foreground: Callable[[Row], Any] | None = None
    background: Callable[[Row], Any] | None = None
    tooltip: Callable[[Row], Any] | None = None
    align: Qt.AlignmentFlag | None = None


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows in, cells out. Views call :meth:`set_rows` with the result of a query."""

    SortRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column[Row]]) -> None:
        """Replace the columns (e.g. after a language change)."""
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        """The row object behind table row ``row``."""
        return self._rows[row]

    def rows(self) -> list[Row]:
        """All rows (a copy)."""
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of rows (0 under any parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column headers."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell values per role."""
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(self._columns)):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.display(row)
            return "" if value is None else str(value)
        if role == self.SortRole:
            return (column.sort_key or column.display)(row)
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            return column.foreground(row)
        if role == Qt.ItemDataRole.BackgroundRole and column.background:
            return column.background(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align)
        return None
