"""GUI fixtures: drain background jobs and make sure no window is left open."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from workstation.views import ops


@pytest.fixture(autouse=True)
def _no_leftovers(qapp: QApplication) -> Iterator[None]:
    yield
    ops.drain()
    qapp.processEvents()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
