"""An empty list says so, and says what to do, in the officer's language; while the
first answer is still on its way the list shows no hint (it is not empty yet)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.gui.test_translations import interface_language
from tests.support import Bench
from workstation.views.approvals_inbox import ApprovalsInbox
from workstation.views.collection_view import CollectionView
from workstation.views.customer_search import CustomerSearchView
from workstation.views.empty_state import HintTableView

WAIT = 10000


def test_customer_search_explains_how_to_search_when_nothing_matches(qtbot, bench: Bench) -> None:  # type: ignore[no-untyped-def]
    view = CustomerSearchView(bench.sign_in("officer1"))
    qtbot.addWidget(view)
    assert isinstance(view.table, HintTableView)
    assert not view.table.showing_hint()  # no answer yet: not "no customers"
    view.query.setText("zzzz no such customer")
    view.run_search()
    qtbot.waitUntil(view.table.showing_hint, timeout=WAIT)
    assert "last 4 digits of the phone" in view.table.hint()
    assert view.table.accessibleDescription() == view.table.hint()


def test_empty_queues_say_so(qtbot, bench: Bench) -> None:  # type: ignore[no-untyped-def]
    inbox = ApprovalsInbox(bench.sign_in("supervisor1"))
    qtbot.addWidget(inbox)
    qtbot.waitUntil(inbox.table.showing_hint, timeout=WAIT)
    assert inbox.table.hint().startswith("Your queue is empty")
    collections = CollectionView(bench.sign_in("collector1"))
    qtbot.addWidget(collections)
    qtbot.waitUntil(collections.queue_table.showing_hint, timeout=WAIT)  # type: ignore[attr-defined]
    assert collections.queue_table.hint().startswith("Your queue is empty")  # type: ignore[attr-defined]


def test_the_hint_is_chinese_on_a_chinese_screen(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, bench: Bench
) -> None:
    with interface_language(qapp, "zh_CN"):
        inbox = ApprovalsInbox(bench.sign_in("supervisor1"))
        qtbot.addWidget(inbox)
        qtbot.waitUntil(inbox.table.showing_hint, timeout=WAIT)
        assert inbox.table.hint() == "您的待办为空：没有等待审批的请求。"
        image = inbox.table.viewport().grab().toImage()
        painted = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, 80)}
        assert len(painted) > 1  # the hint is drawn, not just an empty white viewport
