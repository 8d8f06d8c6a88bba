"""Loan contract PDF: key facts, full repayment schedule, clauses and signature blocks.

A pure function from `ContractDocument` to bytes; wording comes from
resources/templates/contract_clauses.json so legal can edit it without a release.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from io import BytesIO
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table, TableStyle

from workstation.services.contract_numerals import amount_in_chinese_capitals
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
    percent,
)

__all__ = [
    "ContractDocument",
    "InstallmentRow",
    "Lender",
    "Person",
    "amount_in_chinese_capitals",
    "render_contract",
]

Language = Literal["zh", "en", "bilingual"]
TEMPLATE = "contract_clauses.json"
_HEADER_BLUE = colors.HexColor("#1F3A5F")
_APR_SHADE = colors.HexColor("#FDECEA")
_SCHEDULE_WIDTHS = tuple(w * mm for w in (13, 24, 27, 25, 21, 28, 36))


@dataclass(frozen=True)
class Lender:
    name: str
    branch_name: str
    address: str
    licence: str


@dataclass(frozen=True)
class Person:
    """A borrower or guarantor; the contract shows the full ID number, unlike screens."""

    name: str
    id_number: str
    address: str
    phone: str


@dataclass(frozen=True)
class InstallmentRow:
    number: int
    due_date: date
    principal: Decimal
    interest: Decimal
    fee: Decimal
    payment: Decimal
    remaining: Decimal


@dataclass(frozen=True)
class ContractDocument:
    """Everything printed on a contract. Rates are fractions: 0.0725 prints as 7.25%."""

    contract_number: str
    language: Language
    lender: Lender
    borrower: Person
    product_name: str
    principal: Decimal
    annual_rate: Decimal
    apr: Decimal
    method_label: str
    months: int
    fees: Decimal
    total_interest: Decimal
    total_repayable: Decimal
    penalty_rate: Decimal
    first_due: date
    last_due: date
    installments: tuple[InstallmentRow, ...]
    signing_place: str
    signing_date: date
    guarantor: Person | None = None
    draft: bool = True
    borrower_signature_png: bytes | None = None
    typed_signature_name: str | None = None


def render_contract(doc: ContractDocument) -> bytes:
    """Render the contract; the same document always gives the same bytes."""
    template = load_template(TEMPLATE)
    wording = Wording.for_language(template, doc.language)
    story = [
        *_title_block(doc, wording),
        _key_facts(doc, wording),
        *_parties(doc, wording),
        *_schedule(doc, wording),
        *_clauses(doc, wording),
        _signatures(doc, wording),
    ]
    furniture = PageFurniture(
        footer=lambda page, pages: wording.format(
            "footer", "  |  ", number=doc.contract_number, page=page, pages=pages
        ),
        watermark=str(template["watermark"]) if doc.draft else None,
    )
    return build_pdf(story, furniture, title=wording.label("title"), author=doc.lender.name)


def _title_block(doc: ContractDocument, wording: Wording) -> list[Flowable]:
    titles = [
        para(str(text["title"]), "title" if index == 0 else "subtitle")
        for index, text in enumerate(wording.texts)
    ]
    reference = (
        f"{wording.field('contract_number', doc.contract_number)}      "
        f"{wording.field('product', doc.product_name)}"
    )
    return [*titles, Spacer(1, 2 * mm), para(reference, "subtitle"), Spacer(1, 4 * mm)]


def _money(wording: Wording, amount: Decimal) -> str:
    """Chinese wording adds capitals (大写), the form that resists alteration."""
    capitals = amount_in_chinese_capitals(amount)
    return str(wording.primary["money"]).format(amount=money(amount), capitals=capitals)


def _key_facts(doc: ContractDocument, wording: Wording) -> Table:
    """The box a borrower reads first; APR is shown largest, as PBOC Ann. [2021] No.3 asks."""
    rows: list[list[Any]] = [
        [para(wording.label("key_facts"), "heading"), ""],
        _fact(wording, "amount", _money(wording, doc.principal)),
        _fact(wording, "term", wording.format("months", months=doc.months)),
        _fact(wording, "method", doc.method_label),
        [
            para(wording.label("apr"), "cell_bold"),
            [para(percent(doc.apr), "apr"), para(wording.label("apr_note", "\n"), "small")],
        ],
        _fact(wording, "annual_rate", percent(doc.annual_rate)),
        _fact(wording, "total_interest", _money(wording, doc.total_interest)),
        _fact(wording, "fees", _money(wording, doc.fees)),
        _fact(wording, "total_repayable", _money(wording, doc.total_repayable)),
        _fact(wording, "penalty_rate", percent(doc.penalty_rate)),
        _fact(wording, "first_due", iso(doc.first_due)),
        _fact(wording, "last_due", iso(doc.last_due)),
    ]
    table = Table(rows, colWidths=(60 * mm, FRAME_WIDTH - 60 * mm))
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (1, 0)),
                ("BACKGROUND", (0, 0), (1, 0), SHADE),
                ("BACKGROUND", (0, 4), (1, 4), _APR_SHADE),
                ("BOX", (0, 0), (-1, -1), 1.4, _HEADER_BLUE),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, GRID_GREY),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def _fact(wording: Wording, key: str, value: str) -> list[Any]:
    return [para(wording.label(key), "cell"), para(value, "cell")]


def _parties(doc: ContractDocument, wording: Wording) -> list[Flowable]:
    rows: list[list[Any]] = [
        *_party_rows(
            wording,
            "lender",
            [
                ("name", doc.lender.name),
                ("branch", doc.lender.branch_name),
                ("address", doc.lender.address),
                ("licence", doc.lender.licence),
            ],
        ),
        *_person_rows(wording, "borrower", doc.borrower),
    ]
    if doc.guarantor is not None:
        rows += _person_rows(wording, "guarantor", doc.guarantor)
    table = Table(rows, colWidths=(30 * mm, 57 * mm, 30 * mm, 57 * mm))
    table.setStyle(
        TableStyle(
            [
                *[("SPAN", (0, r), (3, r)) for r in range(0, len(rows), 3)],
                *[("BACKGROUND", (0, r), (3, r), SHADE) for r in range(0, len(rows), 3)],
                ("GRID", (0, 0), (-1, -1), 0.4, GRID_GREY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [para(wording.label("parties"), "heading"), table]


def _person_rows(wording: Wording, role: str, person: Person) -> list[list[Any]]:
    return _party_rows(
        wording,
        role,
        [
            ("name", person.name),
            ("id_number", person.id_number),
            ("address", person.address),
            ("phone", person.phone),
        ],
    )


def _party_rows(wording: Wording, role: str, fields: list[tuple[str, str]]) -> list[list[Any]]:
    """A heading row then two label/value pairs per row (3 rows per party)."""
    cells = [[para(wording.label(key), "cell"), para(value, "cell")] for key, value in fields]
    return [
        [para(wording.label(role), "cell"), "", "", ""],
        [*cells[0], *cells[1]],
        [*cells[2], *cells[3]],
    ]


_COLUMNS = (
    "col_number",
    "col_due_date",
    "col_principal",
    "col_interest",
    "col_fee",
    "col_payment",
    "col_remaining",
)


def _schedule(doc: ContractDocument, wording: Wording) -> list[Flowable]:
    """The full schedule; the header row repeats on every page the table spans."""
    header = [para(wording.label(key, "\n"), "head_cell") for key in _COLUMNS]
    body = [_schedule_row(row) for row in doc.installments]
    table = Table(
        [header, *body, _total_row(doc, wording)], colWidths=_SCHEDULE_WIDTHS, repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 1), (-1, -1), LATIN_FONT, 8.5),
                ("FONT", (0, -1), (-1, -1), LATIN_BOLD, 8.5),
                ("SPAN", (0, -1), (1, -1)),
                ("ALIGN", (0, 1), (1, -1), "CENTER"),
                ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#F7F9FB")]),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, _HEADER_BLUE),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, _HEADER_BLUE),
                ("BOX", (0, 0), (-1, -1), 0.6, GRID_GREY),
                ("TOPPADDING", (0, 1), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5),
            ]
        )
    )
    return [para(wording.label("schedule"), "heading"), table]


def _schedule_row(row: InstallmentRow) -> list[str]:
    amounts = (row.principal, row.interest, row.fee, row.payment, row.remaining)
    return [str(row.number), iso(row.due_date), *(money(a) for a in amounts)]


def _total_row(doc: ContractDocument, wording: Wording) -> list[Any]:
    rows = doc.installments
    sums = [
        sum((getattr(r, name) for r in rows), Decimal(0))
        for name in ("principal", "interest", "fee", "payment")
    ]
    return [para(wording.label("total_row"), "cell"), "", *(money(s) for s in sums), ""]


def _clauses(doc: ContractDocument, wording: Wording) -> list[Flowable]:
    values = {
        "penalty_rate": percent(doc.penalty_rate),
        "lender_address": doc.lender.address,
        "signing_place": doc.signing_place,
    }
    story: list[Flowable] = [para(wording.label("terms"), "heading")]
    for index in range(len(wording.primary["clauses"])):
        story += _clause(wording, index, values)
    return story


def _clause(wording: Wording, index: int, values: dict[str, str]) -> list[Flowable]:
    clauses = [text["clauses"][index] for text in wording.texts]
    heading = " / ".join(str(clause["heading"]) for clause in clauses)
    paragraphs = [
        para(str(paragraph).format(**values), "body" if lang == 0 else "small")
        for lang, clause in enumerate(clauses)
        for paragraph in clause["paragraphs"]
    ]
    return [
        KeepTogether([para(heading, "body_bold"), *paragraphs[:1]]),
        *paragraphs[1:],
        Spacer(1, 1.5 * mm),
    ]


def _signatures(doc: ContractDocument, wording: Wording) -> Flowable:
    """Signature blocks kept on one page so no party signs a page without the others."""
    place = (
        f"{wording.field('signing_place', doc.signing_place)}      "
        f"{wording.field('signing_date', iso(doc.signing_date))}"
    )
    left = [
        para(wording.label("borrower_signature"), "cell"),
        *_borrower_mark(doc, wording),
        para(wording.field("name", doc.borrower.name), "cell"),
    ]
    if doc.guarantor is not None:
        left += [
            Spacer(1, 4 * mm),
            para(wording.label("guarantor_signature"), "cell"),
            Spacer(1, 10 * mm),
            para(wording.field("name", doc.guarantor.name), "cell"),
        ]
    right = [
        para(wording.label("lender_seal"), "cell"),
        Spacer(1, 16 * mm),
        para(wording.field("representative", "____________"), "cell"),
        para(wording.field("date", "____________"), "cell"),
    ]
    blocks = Table([[left, right]], colWidths=(FRAME_WIDTH / 2, FRAME_WIDTH / 2))
    blocks.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (0, 0), 0.6, GRID_GREY),
                ("BOX", (1, 0), (1, 0), 0.6, GRID_GREY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return KeepTogether(
        [para(wording.label("signatures"), "heading"), para(place), Spacer(1, 2 * mm), blocks]
    )


def _borrower_mark(doc: ContractDocument, wording: Wording) -> list[Flowable]:
    """The drawn signature if captured, else the typed name with the consent note."""
    if doc.borrower_signature_png is not None:
        return [_signature_image(doc.borrower_signature_png)]
    if doc.typed_signature_name is not None:
        typed = f"{doc.typed_signature_name} ({wording.label('typed_signature')})"
        return [Spacer(1, 3 * mm), para(typed, "signature"), Spacer(1, 3 * mm)]
    return [Spacer(1, 16 * mm)]


def _signature_image(png: bytes, max_width: float = 60 * mm, max_height: float = 18 * mm) -> Image:
    width, height = ImageReader(BytesIO(png)).getSize()
    scale = min(max_width / width, max_height / height)
    image = Image(BytesIO(png), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image
