"""A read-only table model over a list of frozen dataclasses, after Vorta's template.

Columns are declared once (translated header, display function, sort key). The sort
role returns the raw value (amount, date, count) so sorting is numeric, not textual; the
row-object role hands the dataclass to controllers. Large lists are fetched in pages
(`canFetchMore`/`fetchMore`) so a 200,000-row list opens at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 500

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    display: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align_right: bool = False


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._all: list[Any] = []
        self._shown = 0
        self.loaded = False  # no answer yet: an empty table means "wait", not "nothing"

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._shown = min(PAGE, len(self._all))
        self.loaded = True
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        return self._all[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: Index) -> None:
        more = min(PAGE, len(self._all) - self._shown)
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._all[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role == SORT_ROLE:
            return _comparable((column.sort_key or column.display)(record))
        if role == ROW_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header
        return None


def _comparable(value: Any) -> Any:
    """Qt compares sort values as QVariants, and a Decimal, date or datetime reaches it
    as an opaque Python object (ordered by address, not value). So money sorts as a
    float (exact to the cent below 10^13), a date as its day number, a timestamp as
    seconds since the epoch."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, date):
        return value.toordinal()
    return value
