"""Compile the Qt translation sources (resources/translations/*.ts) into .qm files.

Usage: python scripts/build_translations.py [--update]
`--update` first refreshes the .ts sources from the code with pyside6-lupdate.
"""

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")


def sources() -> list[str]:
    files = sorted((ROOT / "workstation").rglob("*.py"))
    return [str(f) for f in files if "views" in f.parts or f.name in {"app.py", "screenshots.py"}]


def tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--update", action="store_true", help="refresh .ts from the code")
    args = parser.parse_args()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"workstation_{language}.ts"
        if args.update:
            subprocess.run(
                [tool("pyside6-lupdate"), *sources(), "-ts", str(ts)],
                check=True,
                capture_output=True,
            )
        if ts.exists():
            qm = ts.with_suffix(".qm")
            subprocess.run(
                [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
            )


if __name__ == "__main__":
    main()
