"""The work-queue table model: pages of the queue fetched from the database on demand.

A branch queue can hold 50,000 open cases; the screen loads the first page and the
count, and asks for the next page (through the view's Op) only when the table is
scrolled to its end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex

from workstation.services.collections import QueuePage
from workstation.views.table_model import Column, Index, RecordTableModel


class QueueModel(RecordTableModel):
    def __init__(
        self, columns: Sequence[Column], load_more: Callable[[int], None], parent: Any = None
    ) -> None:
        super().__init__(columns, parent)
        self._load_more = load_more  # asks for the page at an offset; answers via add_page
        self._loaded = 0
        self._waiting = False
        self.total = 0

    def set_page(self, page: QueuePage) -> None:
        """The first page: replaces whatever was shown."""
        self.total, self._loaded, self._waiting = page.total, len(page.rows), False
        self.set_rows(page.rows)

    def add_page(self, page: QueuePage) -> None:
        if page.offset != self._loaded or not page.rows:
            self._waiting = False
            return
        first = self._loaded
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._all.extend(page.rows)
        self._shown = self._loaded = first + len(page.rows)
        self.total, self._waiting = page.total, False
        self.endInsertRows()

    def canFetchMore(self, parent: Index) -> bool:
        if super().canFetchMore(parent):
            return True
        return not parent.isValid() and not self._waiting and self._loaded < self.total

    def fetchMore(self, parent: Index) -> None:
        if super().canFetchMore(parent):
            super().fetchMore(parent)
            return
        self._waiting = True
        self._load_more(self._loaded)
