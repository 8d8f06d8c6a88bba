"""Customer screen: add a PNG scan, list it, open it (pii:reveal only), edit contact details."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage

from tests.services.kyc_support import person
from tests.support import Bench
from workstation.services import customers
from workstation.views.customer_scans import ScanDialog
from workstation.views.customer_view import CustomerView


def _view(qtbot, bench: Bench, username: str, customer_id) -> CustomerView:
    view = CustomerView(bench.sign_in(username))
    qtbot.addWidget(view)
    view.show()
    view.load(customer_id)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=10000)
    return view


def _png(tmp_path: Path) -> Path:
    image = QImage(64, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    path = tmp_path / "front.png"
    assert image.save(str(path), "PNG")
    return path


def test_add_list_and_view_a_scan_and_a_collector_is_refused(
    qtbot, bench: Bench, tmp_path: Path
) -> None:
    made = customers.onboard(bench.sign_in("officer1"), person())
    view = _view(qtbot, bench, "officer1", made.id)
    scans = view.scans
    assert scans.model.rowCount() == 0
    text = tmp_path / "notes.txt"
    text.write_text("not a scan")
    scans.add_scan(text, "id-front")
    qtbot.waitUntil(lambda: "PNG, JPEG or PDF" in scans.message.text(), timeout=10000)
    scans.add_scan(_png(tmp_path), "id-front")
    qtbot.waitUntil(lambda: scans.model.rowCount() == 1, timeout=10000)
    info = scans.model.row_object(0)
    assert (info.kind, info.media_type) == ("id-front", "image/png")
    assert scans.model.index(0, 0).data() == "ID front"
    scans.view_scan(0)
    qtbot.waitUntil(lambda: view.findChild(ScanDialog) is not None, timeout=10000)
    dialog = view.findChild(ScanDialog)
    assert (dialog.original.width(), dialog.original.height()) == (64, 40)
    assert not dialog.image.pixmap().isNull()
    dialog.close()

    collector = _view(qtbot, bench, "collector1", made.id)
    assert collector.scans.model.rowCount() == 1
    assert not collector.scans.add_button.isVisibleTo(collector)
    collector.scans.view_scan(0)
    qtbot.waitUntil(lambda: collector.scans.message.text() != "", timeout=10000)
    assert "does not allow this action (pii:reveal)" in collector.scans.message.text()
    assert collector.findChild(ScanDialog) is None


def test_a_file_over_10_mb_is_refused(qtbot, bench: Bench, tmp_path: Path) -> None:
    made = customers.onboard(bench.sign_in("officer1"), person())
    view = _view(qtbot, bench, "officer1", made.id)
    big = tmp_path / "big.png"
    with big.open("wb") as f:
        f.truncate(10 * 1024 * 1024 + 1)
    view.scans.add_scan(big, "id-back")
    qtbot.waitUntil(lambda: "at most 10 MB" in view.scans.message.text(), timeout=10000)
    assert customers.attachments(bench.sign_in("officer1"), made.id) == []


def test_edit_mobile_shows_the_revision_with_the_old_masked_value(qtbot, bench: Bench) -> None:
    made = customers.onboard(bench.sign_in("officer1"), person())
    view = _view(qtbot, bench, "officer1", made.id)
    old_masked = view.values["mobile"].text()
    dialog = view.open_edit()
    dialog.fields["monthly_income"].setText("12x")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors["monthly_income"].text() != "", timeout=10000)
    assert view.models["history"].rowCount() == 0
    dialog.fields["monthly_income"].setText(dialog.initial["monthly_income"])
    dialog.fields["mobile"].setText("13911112222")
    dialog.save()
    qtbot.waitUntil(lambda: view.models["history"].rowCount() == 1, timeout=10000)
    assert view.values["mobile"].text() != old_masked
    changes = view.models["history"].index(0, 2).data()
    assert old_masked in changes
    assert "13911112222" not in changes
