"""Search and matching keys for names: casefolded text, pinyin and pinyin initials.

Officers type a name as they hear it: in characters, in pinyin, or as initials. Each
customer stores all three forms (indexed), so a prefix search is an index range scan
whatever the officer types. Watch-list matching compares pinyin forms, so "Zhang Wei"
on a list finds a customer named 张伟.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pypinyin import Style, lazy_pinyin

_NOT_LETTER = re.compile(r"[^a-z]")
_SPACES = re.compile(r"[\s·•.\-_,]+")


@dataclass(frozen=True)
class NameKeys:
    search: str  # casefolded, no spaces: prefix search on what was typed
    pinyin: str  # ascii letters only: "zhangwei" for 张伟 and for "Zhang Wei"
    initials: str  # "zw"


def name_keys(name: str) -> NameKeys:
    tokens = pinyin_tokens(name)
    return NameKeys(
        search=search_key(name),
        pinyin="".join(tokens),
        initials="".join(t[0] for t in tokens if t),
    )


def search_key(text: str) -> str:
    """What an index on `name_search` is compared with: NFKC, casefolded, no spaces."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text).casefold())


def pinyin_tokens(name: str) -> list[str]:
    """Syllables for Chinese characters, words for Latin text, ascii letters only."""
    tokens: list[str] = []
    for word in _SPACES.split(unicodedata.normalize("NFKC", name).strip()):
        for part in lazy_pinyin(word, style=Style.NORMAL, errors="default"):
            ascii_part = _NOT_LETTER.sub("", _strip_accents(part).casefold())
            if ascii_part:
                tokens.append(ascii_part)
    return tokens


def match_keys(name: str) -> set[str]:
    """Forms compared by the fuzzy watch-list match: in order, and words sorted."""
    tokens = pinyin_tokens(name)
    return {k for k in ("".join(tokens), "".join(sorted(tokens))) if k}


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
