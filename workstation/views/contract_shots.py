"""Screenshot scenes for contracts: a preview of a sample draft and a signed pad.

The demo data has no approved applications, so the preview shows a contract priced
and rendered from fixed sample terms, through the same dialog officers use.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from workstation.services.contract_pdf import (
    ContractDocument,
    InstallmentRow,
    Lender,
    Person,
    render_contract,
)
from workstation.services.schedules import build_schedule
from workstation.views.contract_preview import ContractPreview
from workstation.views.signature_pad import SignatureDialog, SignaturePad

_START = date(2026, 3, 2)


def sample_contract() -> ContractDocument:
    schedule = build_schedule(
        "annuity", Decimal("50000.00"), Decimal("0.108"), 12, _START, Decimal("200.00")
    )
    rows = tuple(
        InstallmentRow(
            i.number, i.due_date, i.principal, i.interest, i.fee, i.payment, i.closing_principal
        )
        for i in schedule.installments
    )
    return ContractDocument(
        contract_number="BJ001-2026-000123",
        language="bilingual",
        lender=Lender("华信消费金融有限公司", "北京朝阳支行", "北京市朝阳区建国路 1 号", ""),
        borrower=Person("张伟明", "110105199001011237", "北京市朝阳区建国路 88 号", "13800138000"),
        product_name="安居消费贷 Home Consumer Loan",
        principal=schedule.principal,
        annual_rate=schedule.annual_rate,
        apr=schedule.apr,
        method_label="等额本息 Equal instalments",
        months=12,
        fees=schedule.total_fees,
        total_interest=schedule.total_interest,
        total_repayable=schedule.total_repayable,
        penalty_rate=Decimal("0.162"),
        first_due=rows[0].due_date,
        last_due=rows[-1].due_date,
        installments=rows,
        signing_place="北京市朝阳区",
        signing_date=_START,
    )


def contract_preview(window: QWidget) -> QWidget:
    preview = ContractPreview(render_contract(sample_contract()), "BJ001-2026-000123", window)
    preview.resize(900, 1000)
    preview.show()
    QTest.qWait(1500)  # QPdfView renders pages on its own thread
    return preview


def signature_pad(window: QWidget) -> QWidget:
    dialog = SignatureDialog("drawn", "张伟明", window)
    dialog.show()
    draw_stroke(dialog.pad, [(40, 110), (90, 40), (140, 115), (200, 50), (260, 105), (420, 60)])
    dialog.consent.setChecked(True)
    return dialog


def draw_stroke(pad: SignaturePad, points: list[tuple[float, float]]) -> None:
    """Real mouse events through Qt, as a pen on the pad would send them."""
    kinds = [QEvent.Type.MouseButtonPress] + [QEvent.Type.MouseMove] * (len(points) - 2)
    for kind, (x, y) in zip([*kinds, QEvent.Type.MouseButtonRelease], points, strict=True):
        pos = QPointF(x, y)
        event = QMouseEvent(
            kind,
            pos,
            pad.mapToGlobal(pos),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(pad, event)
