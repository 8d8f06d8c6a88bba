"""Locate files under `resources/` in a source tree and inside a PyInstaller bundle."""

import sys
from pathlib import Path


def resources_root() -> Path:
    """The folder holding fonts, translations, scorecards and templates.

    A frozen build unpacks data next to the executable (`sys._MEIPASS`); a source
    checkout keeps it beside the package.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"missing resource: {'/'.join(parts)}")
    return path


CJK_FONT_FILE = "DroidSansFallbackFull.ttf"


def cjk_font_path() -> Path:
    """The shipped CJK TrueType font; a bare machine has none installed."""
    return resource_path("fonts", CJK_FONT_FILE)
