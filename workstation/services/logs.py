"""Application logging to a rotating file in the data folder, with PII scrubbed.

Log records pass through a filter that masks anything shaped like a national ID,
mobile number or card number, so a careless message cannot leak borrower data.
SQLAlchemy runs with `hide_parameters=True` and without echo, so bound values never
reach a log either; tracebacks keep frames and exception types but not messages.
"""

from __future__ import annotations

import logging
import re
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]

_PATTERNS = (
    re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])"),  # resident ID
    re.compile(r"(?<!\d)\d{15}(?!\d)"),  # old 15-digit ID
    re.compile(r"(?<!\d)\d{12,19}(?!\d)"),  # card numbers
    re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)"),  # mainland mobile
)


def scrub(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub("[redacted]", text)
    return text


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        return True


class ScrubbingFormatter(logging.Formatter):
    """Formats tracebacks without locals and without exception messages.

    A message can quote a borrower's name or address, which no pattern can recognise,
    so only the exception types and the frames (file, line, code) are written.
    """

    def format(self, record: logging.LogRecord) -> str:
        record.exc_text = None  # another handler may have cached the full traceback text
        return super().format(record)

    def formatException(self, ei: ExcInfo) -> str:
        _kind, error, tb = ei
        lines = ["Traceback (most recent call last):\n", *traceback.format_tb(tb)]
        chain: list[str] = []
        exc: BaseException | None = error
        while exc is not None and len(chain) < 5:
            chain.append(type(exc).__qualname__)
            exc = exc.__cause__ or exc.__context__
        lines.append(" <- ".join(chain) + " (message withheld: it may hold personal data)")
        return scrub("".join(lines))


def configure(folder: Path, level: int = logging.INFO) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "workstation.log"
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.addFilter(ScrubFilter())
    handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if not isinstance(h, RotatingFileHandler)]
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    return path
