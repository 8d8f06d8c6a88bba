"""Shared PDF machinery for contracts and letters: fonts, mixed-script text, page furniture.

The shipped CJK font has no Latin glyphs, so text is split into runs: characters that
Helvetica can draw (cp1252) use Helvetica, everything else the embedded CJK TrueType font.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from workstation.resources import cjk_font_path, resource_path

CJK_FONT = "WorkstationCJK"
LATIN_FONT = "Helvetica"
LATIN_BOLD = "Helvetica-Bold"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
GRID_GREY = colors.HexColor("#9AA3AD")
SHADE = colors.HexColor("#EEF2F6")

_LATIN_CHARS = bytes([9, 10, 13, *range(32, 256)]).decode("cp1252", errors="ignore")
_RUNS = re.compile(f"([{re.escape(_LATIN_CHARS)}]+)")
_CJK_CHAR = re.compile(f"[^{re.escape(_LATIN_CHARS)}\\s]")


@functools.cache
def register_fonts() -> None:
    """Parse the 4 MB font once per process; reportlab embeds only the glyphs used.

    The font has no bold face, so bold text maps to the regular one instead of failing.
    """
    pdfmetrics.registerFont(TTFont(CJK_FONT, str(cjk_font_path())))
    registerFontFamily(
        CJK_FONT, normal=CJK_FONT, bold=CJK_FONT, italic=CJK_FONT, boldItalic=CJK_FONT
    )


@functools.cache
def load_template(name: str) -> dict[str, Any]:
    """Wording lives in resources/templates so it can be edited without code changes."""
    with resource_path("templates", name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def runs(text: str) -> list[tuple[str, bool]]:
    """Split text into (run, is_cjk) pieces for font switching."""
    return [(piece, index % 2 == 0) for index, piece in enumerate(_RUNS.split(text)) if piece]


def has_cjk(text: str) -> bool:
    return _CJK_CHAR.search(text) is not None


def markup(text: str) -> str:
    """Paragraph markup drawing CJK runs in the CJK font and the rest in the base font."""
    return "".join(
        f'<font face="{CJK_FONT}">{escape(piece)}</font>' if cjk else escape(piece)
        for piece, cjk in runs(text)
    ).replace("\n", "<br/>")


def _width(text: str, size: float) -> float:
    return sum(_run_width(piece, cjk, size) for piece, cjk in runs(text))


def _run_width(piece: str, cjk: bool, size: float) -> float:
    return float(pdfmetrics.stringWidth(piece, CJK_FONT if cjk else LATIN_FONT, size))


def draw_text(
    canvas: Canvas, x: float, y: float, text: str, size: float, *, align: str = "left"
) -> None:
    """Draw a mixed-script line at (x, y); align is left, centre or right of x."""
    offset = {"left": 0.0, "centre": 0.5, "right": 1.0}[align] * _width(text, size)
    cursor = x - offset
    for piece, cjk in runs(text):
        font = CJK_FONT if cjk else LATIN_FONT
        canvas.setFont(font, size)
        canvas.drawString(cursor, y, piece)
        cursor += _run_width(piece, cjk, size)


@functools.cache
def _style(name: str, cjk: bool) -> ParagraphStyle:
    base = {
        "body": {"fontSize": 9.5, "leading": 14},
        "body_bold": {"fontSize": 9.5, "leading": 14, "spaceBefore": 3},
        "signature": {"fontSize": 12, "leading": 16, "textColor": colors.HexColor("#1F3A5F")},
        "small": {"fontSize": 8, "leading": 11},
        "title": {"fontSize": 17, "leading": 24, "alignment": TA_CENTER, "spaceAfter": 2},
        "subtitle": {"fontSize": 10, "leading": 14, "alignment": TA_CENTER},
        "heading": {"fontSize": 11.5, "leading": 16, "spaceBefore": 8, "spaceAfter": 3},
        "cell": {"fontSize": 8.5, "leading": 11},
        "cell_bold": {"fontSize": 9, "leading": 12},
        "head_cell": {"fontSize": 8, "leading": 10, "alignment": TA_CENTER},
        "apr": {"fontSize": 13, "leading": 17, "textColor": colors.HexColor("#B00020")},
    }[name]
    bold = name in {"title", "heading", "head_cell", "apr", "body_bold", "cell_bold"}
    return ParagraphStyle(
        f"{name}-{'cjk' if cjk else 'latin'}",
        fontName=LATIN_BOLD if bold else LATIN_FONT,
        wordWrap="CJK" if cjk else None,
        **base,
    )


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph that wraps Chinese at any character and English at spaces."""
    register_fonts()
    return Paragraph(markup(text), _style(style, has_cjk(text)))


def money(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def percent(rate: Decimal) -> str:
    """Rates are fractions (0.0725); documents show percentages with two decimals."""
    return f"{rate * 100:.2f}%"


def iso(day: date) -> str:
    return day.isoformat()


@dataclass(frozen=True)
class Wording:
    """Template texts for the languages a document shows; bilingual means Chinese first."""

    texts: tuple[dict[str, Any], ...]

    @classmethod
    def for_language(cls, template: dict[str, Any], language: str) -> Wording:
        languages = ("zh", "en") if language == "bilingual" else (language,)
        return cls(tuple(template[code] for code in languages))

    @property
    def primary(self) -> dict[str, Any]:
        return self.texts[0]

    def label(self, key: str, separator: str = " / ") -> str:
        return separator.join(str(text[key]) for text in self.texts)

    def field(self, key: str, value: str) -> str:
        """'Label: value', with the colon of the last language (full-width for Chinese)."""
        return f"{self.label(key)}{self.texts[-1]['colon']}{value}"

    def format(self, key: str, separator: str = " / ", **values: object) -> str:
        return separator.join(str(text[key]).format(**values) for text in self.texts)


@dataclass(frozen=True)
class PageFurniture:
    """What every page carries besides the story: footer line and optional watermark."""

    footer: Callable[[int, int], str]
    watermark: str | None = None

    def decorate(self, canvas: Canvas, number: int, total: int) -> None:
        """Footer first, then the watermark on top so table shading cannot hide it."""
        self._draw_footer(canvas, self.footer(number, total))
        if self.watermark is not None:
            self._draw_watermark(canvas, self.watermark)

    @staticmethod
    def _draw_footer(canvas: Canvas, text: str) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#4A5561"))
        canvas.setStrokeColor(GRID_GREY)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, 13 * mm, PAGE_WIDTH - MARGIN, 13 * mm)
        draw_text(canvas, PAGE_WIDTH / 2, 9 * mm, text, 8, align="centre")
        canvas.restoreState()

    @staticmethod
    def _draw_watermark(canvas: Canvas, text: str) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#C62828"))
        canvas.setFillAlpha(0.12)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(45)
        draw_text(canvas, 0, -25, text, 72, align="centre")
        canvas.restoreState()


class _PagedCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end so each footer can state the total page count."""

    def __init__(self, *args: Any, furniture: PageFurniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._furniture.decorate(self, number, total)
            super().showPage()
        super().save()


def build_pdf(
    story: Sequence[Flowable], furniture: PageFurniture, *, title: str, author: str
) -> bytes:
    """Lay the story out on A4 pages; invariant mode makes equal input give equal bytes."""
    register_fonts()
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=20 * mm,
        title=title,
        author=author,
        creator="Loan Officer Workstation",
        invariant=True,
    )
    document.build(list(story), canvasmaker=functools.partial(_PagedCanvas, furniture=furniture))
    return buffer.getvalue()
