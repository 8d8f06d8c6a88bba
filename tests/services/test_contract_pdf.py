"""Contract and letter PDFs, checked by extracting their text with poppler's pdftotext."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from io import BytesIO

import pytest
from PIL import Image, ImageDraw

from workstation.services.contract_pdf import (
    ContractDocument,
    InstallmentRow,
    Lender,
    Person,
    amount_in_chinese_capitals,
    render_contract,
)
from workstation.services.pdf_letter import DueInstallment, LetterDocument, render_letter

CENT = Decimal("0.01")
LENDER = Lender(
    "华信消费金融有限公司", "杭州西湖支行", "浙江省杭州市西湖区文三路 100 号", "B0123H233010001"
)
BORROWER = Person(
    "张伟明", "330106199001011234", "浙江省杭州市西湖区天目山路 8 号 3 单元 502 室", "13800138000"
)


def _add_months(start: date, months: int) -> date:
    year, month = divmod(start.month - 1 + months, 12)
    return date(start.year + year, month + 1, min(start.day, 28))


def annuity_schedule(
    principal: Decimal, annual_rate: Decimal, months: int, fee: Decimal = Decimal("10.00")
) -> tuple[InstallmentRow, ...]:
    """Equal instalments (等额本息) with the last row absorbing rounding."""
    rate = annual_rate / 12
    payment = (principal * rate / (1 - (1 + rate) ** -months)).quantize(CENT, ROUND_HALF_UP)
    rows, remaining = [], principal
    for number in range(1, months + 1):
        interest = (remaining * rate).quantize(CENT, ROUND_HALF_UP)
        part = remaining if number == months else payment - interest
        remaining -= part
        due = _add_months(date(2025, 1, 15), number)
        rows.append(
            InstallmentRow(number, due, part, interest, fee, part + interest + fee, remaining)
        )
    return tuple(rows)


def sample_contract(months: int = 36, **changes: object) -> ContractDocument:
    rows = annuity_schedule(Decimal("100000.00"), Decimal("0.0720"), months)
    doc = ContractDocument(
        contract_number="HX-2025-000123",
        language="bilingual",
        lender=LENDER,
        borrower=BORROWER,
        product_name="安居消费贷 Home Consumer Loan",
        principal=Decimal("100000.00"),
        annual_rate=Decimal("0.0720"),
        apr=Decimal("0.0845"),
        method_label="等额本息 Equal instalments",
        months=months,
        fees=sum((r.fee for r in rows), Decimal(0)),
        total_interest=sum((r.interest for r in rows), Decimal(0)),
        total_repayable=sum((r.payment for r in rows), Decimal(0)),
        penalty_rate=Decimal("0.1080"),
        first_due=rows[0].due_date,
        last_due=rows[-1].due_date,
        installments=rows,
        signing_place="杭州市西湖区",
        signing_date=date(2025, 1, 15),
        guarantor=None,
        draft=False,
        typed_signature_name="张伟明",
    )
    return replace(doc, **changes)  # type: ignore[arg-type]


def sample_letter(**changes: object) -> LetterDocument:
    doc = LetterDocument(
        kind="overdue",
        language="zh",
        letter_date=date(2025, 4, 20),
        contract_number="HX-2025-000123",
        lender=LENDER,
        borrower_name="张伟明",
        borrower_address="浙江省杭州市西湖区天目山路 8 号 3 单元 502 室",
        installments=(
            DueInstallment(3, date(2025, 4, 15), Decimal("3107.08"), Decimal("0.00")),
            DueInstallment(2, date(2025, 3, 15), Decimal("3107.08"), Decimal("1000.00")),
        ),
        penalty_interest=Decimal("12.34"),
        days_past_due=36,
        pay_by=date(2025, 4, 30),
        officer_name="李娜",
        officer_phone="0571-88886666",
    )
    return replace(doc, **changes)  # type: ignore[arg-type]


def pdf_text(pdf: bytes, *extra: str) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", *extra, "-", "-"], input=pdf, capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


def page_count(pdf: bytes) -> int:
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True)
    return int(re.search(rb"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]


_ROW = re.compile(
    r"^\s*(\d+)\s+(\d{4}-\d{2}-\d{2})" + r"\s+([\d,]+\.\d{2})" * 5 + r"\s*$", re.MULTILINE
)


def parse_schedule(text: str) -> list[InstallmentRow]:
    def amount(value: str) -> Decimal:
        return Decimal(value.replace(",", ""))

    return [
        InstallmentRow(int(m[1]), date.fromisoformat(m[2]), *(amount(m[i]) for i in range(3, 8)))
        for m in _ROW.finditer(text)
    ]


@pytest.fixture(scope="module")
def bilingual_pdf() -> bytes:
    return render_contract(sample_contract())


# --- capitals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("0", "零元整"),
        ("0.00", "零元整"),
        ("0.05", "伍分"),
        ("0.50", "伍角整"),
        ("0.56", "伍角陆分"),
        ("1", "壹元整"),
        ("10", "壹拾元整"),
        ("10.05", "壹拾元零伍分"),
        ("11", "壹拾壹元整"),
        ("101", "壹佰零壹元整"),
        ("110", "壹佰壹拾元整"),
        ("1001", "壹仟零壹元整"),
        ("1010", "壹仟零壹拾元整"),
        ("1234.56", "壹仟贰佰叁拾肆元伍角陆分"),
        ("1680.32", "壹仟陆佰捌拾元叁角贰分"),
        ("10000", "壹万元整"),
        ("10001", "壹万零壹元整"),
        ("10010", "壹万零壹拾元整"),
        ("10100", "壹万零壹佰元整"),
        ("100000", "壹拾万元整"),
        ("100000.00", "壹拾万元整"),
        ("107000.53", "壹拾万柒仟元伍角叁分"),
        ("1004000", "壹佰万肆仟元整"),
        ("10001000", "壹仟万壹仟元整"),
        ("11000100", "壹仟壹佰万零壹佰元整"),
        ("100000001", "壹亿零壹元整"),
        ("100001000", "壹亿零壹仟元整"),
        ("105000000", "壹亿零伍佰万元整"),
        ("120000000", "壹亿贰仟万元整"),
        ("1000000000000", "壹万亿元整"),
        ("1000100000000", "壹万零壹亿元整"),
        ("3107.08", "叁仟壹佰零柒元零捌分"),
        (
            "9999999999999999.99",
            "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
        ),
    ],
)
def test_amount_in_chinese_capitals(amount: str, expected: str) -> None:
    assert amount_in_chinese_capitals(Decimal(amount)) == expected


@pytest.mark.parametrize("amount", ["-1", "0.001", "10000000000000000", "NaN"])
def test_capitals_reject_amounts_that_cannot_be_written(amount: str) -> None:
    with pytest.raises(ValueError, match="amount"):
        amount_in_chinese_capitals(Decimal(amount))


# --- contract contents ------------------------------------------------------------------


def test_contract_shows_parties_key_facts_and_capitals(bilingual_pdf: bytes) -> None:
    text = pdf_text(bilingual_pdf)
    for expected in (
        "张伟明",
        "330106199001011234",
        "100,000.00",
        "壹拾万元整",
        "8.45%",
        "7.20%",
        "10.80%",
        "华信消费金融有限公司",
        "等额本息",
        "HX-2025-000123",
    ):
        assert expected in text, expected


def test_schedule_parsed_from_pdf_equals_input(bilingual_pdf: bytes) -> None:
    doc = sample_contract()
    assert parse_schedule(pdf_text(bilingual_pdf)) == list(doc.installments)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_single_language_contract_keeps_schedule(language: str) -> None:
    doc = sample_contract(language=language)
    text = pdf_text(render_contract(doc))
    assert parse_schedule(text) == list(doc.installments)
    assert ("借款金额" in text) == (language == "zh")
    assert ("Loan amount" in text) == (language == "en")


def test_long_schedule_paginates_without_losing_rows() -> None:
    doc = sample_contract(months=360, language="en")
    pdf = render_contract(doc)
    text = pdf_text(pdf)
    pages = page_count(pdf)
    assert pages > 5
    assert [row.number for row in parse_schedule(text)] == list(range(1, 361))
    assert parse_schedule(text) == list(doc.installments)
    footers = re.findall(r"Contract No\. HX-2025-000123 · Page (\d+) of (\d+)", text)
    assert footers == [(str(n), str(pages)) for n in range(1, pages + 1)]
    assert text.count("Due date") >= 5  # the header row repeats on every schedule page


def test_cjk_font_is_embedded_as_subset(bilingual_pdf: bytes) -> None:
    fonts = subprocess.run(
        ["pdffonts", "-"], input=bilingual_pdf, capture_output=True, check=True
    ).stdout.decode()
    assert re.search(r"^[A-Z]{6}\+\S+\s+TrueType.*yes\s+yes", fonts, re.MULTILINE), fonts
    assert b"/FontFile2" in bilingual_pdf
    assert re.search(rb"/BaseFont /[A-Z]{6}\+", bilingual_pdf)


def watermarked_pages(pdf: bytes) -> list[bool]:
    """Per page: does it carry the watermark? Rotated text comes out one glyph per line."""
    pages = pdf_text(pdf, "-raw").split("\f")[:-1]
    return ["DRAFT/草稿" in re.sub(r"\s", "", page) for page in pages]


@pytest.mark.parametrize("draft", [True, False])
def test_draft_watermark_present_iff_draft(draft: bool) -> None:
    pdf = render_contract(sample_contract(draft=draft))
    assert watermarked_pages(pdf) == [draft] * page_count(pdf)


def test_every_page_of_a_long_draft_carries_the_watermark() -> None:
    pdf = render_contract(sample_contract(months=120, draft=True, language="en"))
    assert page_count(pdf) > 2
    assert all(watermarked_pages(pdf))


def test_typed_signature_carries_consent_note(bilingual_pdf: bytes) -> None:
    text = pdf_text(bilingual_pdf, "-raw")
    assert "signed electronically with consent" in text
    assert "经本人同意以电子方式签署" in text


def test_signature_image_replaces_typed_name() -> None:
    png = _signature_png()
    pdf = render_contract(sample_contract(borrower_signature_png=png))
    assert b"/Subtype /Image" in pdf
    assert "signed electronically with consent" not in pdf_text(pdf)


def test_clauses_come_from_template_with_values_filled(bilingual_pdf: bytes) -> None:
    text = pdf_text(bilingual_pdf, "-raw")
    assert "08:00" in text
    assert "21:00" in text
    assert "个人信息保护法" in text
    assert "{" not in text


def test_guarantor_is_listed_when_present() -> None:
    guarantor = Person("王芳", "330106198502023456", "杭州市上城区 1 号", "13900139000")
    text = pdf_text(render_contract(sample_contract(guarantor=guarantor)))
    assert "王芳" in text
    assert "330106198502023456" in text


def test_rendering_is_deterministic() -> None:
    doc = sample_contract(months=12)
    assert render_contract(doc) == render_contract(doc)


# --- letters ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "language"), [(k, lang) for k in ("reminder", "overdue") for lang in ("zh", "en")]
)
def test_letter_fills_placeholders_and_amounts(kind: str, language: str) -> None:
    text = pdf_text(render_letter(sample_letter(kind=kind, language=language)))
    total = "5,226.50"  # 3107.08 + (3107.08 - 1000.00) + 12.34
    for expected in ("张伟明", "HX-2025-000123", total, "2025-04-30", "0571-88886666", "08:00"):
        assert expected in text, expected
    assert "{" not in text
    assert ("伍仟贰佰贰拾陆元伍角整" in text) == (language == "zh")


def test_letter_avoids_threatening_language() -> None:
    for language in ("zh", "en"):
        text = pdf_text(render_letter(sample_letter(language=language))).lower()
        for word in ("police", "arrest", "jail", "shame", "报警", "拘留", "坐牢", "曝光", "家人"):
            assert word not in text


def _signature_png() -> bytes:
    image = Image.new("RGB", (300, 90), "white")
    ImageDraw.Draw(image).line([(10, 70), (120, 20), (200, 60), (290, 15)], fill="navy", width=4)
    out = BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
