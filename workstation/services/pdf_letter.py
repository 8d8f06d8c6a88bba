"""Repayment reminder and overdue letters, built with the contract PDF machinery.

Wording lives in resources/templates/letters.json; it states facts and offers help but
never threatens, and it is addressed to the borrower alone (no third-party disclosure).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from workstation.services.contract_numerals import amount_in_chinese_capitals
from workstation.services.contract_pdf import Lender
from workstation.services.pdf_layout import (
    FRAME_WIDTH,
    GRID_GREY,
    LATIN_BOLD,
    LATIN_FONT,
    SHADE,
    PageFurniture,
    Wording,
    build_pdf,
    iso,
    load_template,
    money,
    para,
)

TEMPLATE = "letters.json"
_COLUMNS = ("col_number", "col_due_date", "col_amount_due", "col_amount_paid", "col_outstanding")


@dataclass(frozen=True)
class DueInstallment:
    number: int
    due_date: date
    amount_due: Decimal
    amount_paid: Decimal

    @property
    def outstanding(self) -> Decimal:
        return self.amount_due - self.amount_paid


@dataclass(frozen=True)
class LetterDocument:
    """A letter to one borrower about instalments due now (reminder) or already late."""

    kind: Literal["reminder", "overdue"]
    language: Literal["zh", "en"]
    letter_date: date
    contract_number: str
    lender: Lender
    borrower_name: str
    borrower_address: str
    installments: tuple[DueInstallment, ...]
    penalty_interest: Decimal
    days_past_due: int
    pay_by: date
    officer_name: str
    officer_phone: str

    @property
    def total_due(self) -> Decimal:
        return sum((row.outstanding for row in self.installments), self.penalty_interest)


def render_letter(doc: LetterDocument) -> bytes:
    """Render the letter; the same document always gives the same bytes."""
    wording = Wording.for_language(load_template(TEMPLATE), doc.language)
    texts = wording.primary[doc.kind]
    values = _placeholders(doc)
    story: list[Flowable] = [
        *_letterhead(doc, wording),
        para(str(texts["subject"]), "heading"),
        para(str(texts["salutation"]).format(**values)),
        *_paragraphs(texts["before_table"], values),
        _amount_table(doc, wording),
        Spacer(1, 3 * mm),
        *_paragraphs(texts["after_table"], values),
        Spacer(1, 6 * mm),
        para(str(texts["closing"])),
        para(f"{doc.lender.name} {doc.lender.branch_name}"),
        para(wording.field("officer", doc.officer_name)),
    ]
    furniture = PageFurniture(
        footer=lambda page, pages: wording.format("footer", page=page, pages=pages, **values)
    )
    return build_pdf(story, furniture, title=str(texts["subject"]), author=doc.lender.name)


def _placeholders(doc: LetterDocument) -> dict[str, str]:
    return {
        "borrower_name": doc.borrower_name,
        "contract_number": doc.contract_number,
        "lender_name": doc.lender.name,
        "letter_date": iso(doc.letter_date),
        "next_due_date": iso(min(row.due_date for row in doc.installments)),
        "days_past_due": str(doc.days_past_due),
        "total_due": money(doc.total_due),
        "total_capitals": amount_in_chinese_capitals(doc.total_due),
        "pay_by": iso(doc.pay_by),
        "officer_name": doc.officer_name,
        "officer_phone": doc.officer_phone,
    }


def _paragraphs(templates: list[Any], values: dict[str, str]) -> list[Flowable]:
    return [
        item for text in templates for item in (para(str(text).format(**values)), Spacer(1, 2 * mm))
    ]


def _letterhead(doc: LetterDocument, wording: Wording) -> list[Flowable]:
    lender = [
        para(doc.lender.name, "heading"),
        para(doc.lender.branch_name, "small"),
        para(doc.lender.address, "small"),
    ]
    reference = [
        para(wording.field("date", iso(doc.letter_date)), "small"),
        para(wording.field("reference", doc.contract_number), "small"),
    ]
    head = Table([[lender, reference]], colWidths=(FRAME_WIDTH * 0.62, FRAME_WIDTH * 0.38))
    head.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.HexColor("#1F3A5F")),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    addressee = [para(wording.field("to", doc.borrower_name)), para(doc.borrower_address)]
    return [head, Spacer(1, 6 * mm), *addressee, Spacer(1, 4 * mm)]


def _amount_table(doc: LetterDocument, wording: Wording) -> Table:
    header = [para(wording.label(key), "head_cell") for key in _COLUMNS]
    rows = [
        [
            str(row.number),
            iso(row.due_date),
            money(row.amount_due),
            money(row.amount_paid),
            money(row.outstanding),
        ]
        for row in sorted(doc.installments, key=lambda r: r.number)
    ]
    penalty = [
        para(wording.label("penalty_interest"), "cell"),
        "",
        "",
        "",
        money(doc.penalty_interest),
    ]
    total = [para(wording.label("total"), "cell"), "", "", "", money(doc.total_due)]
    table = Table([header, *rows, penalty, total], colWidths=[FRAME_WIDTH / 5] * 5, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 1), (-1, -1), LATIN_FONT, 9),
                ("FONT", (-1, -1), (-1, -1), LATIN_BOLD, 9),
                ("ALIGN", (0, 1), (1, -1), "CENTER"),
                ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("SPAN", (0, -2), (3, -2)),
                ("SPAN", (0, -1), (3, -1)),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID_GREY),
            ]
        )
    )
    return table
