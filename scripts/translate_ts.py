"""Fill the Qt translation sources from the reviewed glossary, after each lupdate.

Usage: python scripts/translate_ts.py [--missing FILE]
- workstation_zh_CN.ts: every message whose source is in
  resources/translations/zh_CN_glossary.json gets that Chinese text, finished.
  A key "Context::source" overrides the plain source for one context.
- workstation_en.ts: English is the source language; each message is finished with
  its own source text, so the file is complete too.
- vanished/obsolete messages are dropped; then the .qm files are rebuilt.
Sources without a glossary entry are listed (and with --missing written as a JSON
skeleton) so a reviewer can add them; the build still compiles the rest.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
GLOSSARY = TRANSLATIONS / "zh_CN_glossary.json"
DROPPED = {"vanished", "obsolete"}


def load(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def save(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def drop_vanished(tree: ET.ElementTree) -> None:
    for context in tree.getroot().findall("context"):
        for message in context.findall("message"):
            if message.find("translation").get("type") in DROPPED:  # type: ignore[union-attr]
                context.remove(message)
        if not context.findall("message"):
            tree.getroot().remove(context)


def set_translation(message: ET.Element, text: str) -> None:
    translation = message.find("translation")
    assert translation is not None
    translation.attrib.pop("type", None)
    forms = translation.findall("numerusform")
    for form, plural in zip(forms, numerus_forms(text, len(forms)), strict=True):
        form.text = plural
    if not forms:
        translation.text = text


def numerus_forms(text: str, count: int) -> list[str]:
    """English "%n case(s)" -> ["%n case", "%n cases"]; one form (Chinese) stays as is."""
    if count < 2:
        return [text] * count
    return [text.replace("(s)", ""), *[text.replace("(s)", "s")] * (count - 1)]


def fill(tree: ET.ElementTree, lookup) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Translate every message `lookup(context, source)` knows; return the others."""
    missing = []
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            text = lookup(name, source)
            if text:
                set_translation(message, text)
            else:
                missing.append((name, source))
    return missing


def chinese(glossary: dict[str, str]):  # type: ignore[no-untyped-def]
    return lambda context, source: glossary.get(f"{context}::{source}") or glossary.get(source)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--missing", type=Path, help="write untranslated sources as JSON")
    args = parser.parse_args()
    glossary = json.loads(GLOSSARY.read_text(encoding="utf-8"))
    for language, lookup in (("zh_CN", chinese(glossary)), ("en", lambda _c, s: s)):
        path = TRANSLATIONS / f"workstation_{language}.ts"
        tree = load(path)
        drop_vanished(tree)
        missing = fill(tree, lookup)
        save(tree, path)
        for context, source in missing:
            print(f"{language}: no translation for [{context}] {source!r}")
        if args.missing and language == "zh_CN":
            skeleton = {source: "" for _context, source in missing}
            args.missing.write_text(json.dumps(skeleton, ensure_ascii=False, indent=1), "utf-8")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)


if __name__ == "__main__":
    main()
