"""Credit commands: score applications from a file (no store needed) and monitor stability."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from workstation.cli.common import CliError, command, signed_in
from workstation.services import credit, credit_monitoring


def register(sub: Any) -> None:
    score = sub.add_parser(
        "score",
        help="score applications from a JSON file (a list of objects keyed by characteristic)",
    )
    score.add_argument("file", type=Path, help="JSON file: [{characteristic: value, ...}, ...]")
    score.set_defaults(handler=cmd_score)
    monitor = sub.add_parser(
        "score-monitor", help="population and characteristic stability of recent applications"
    )
    monitor.add_argument("--days", type=int, default=90, help="look back this many days")
    monitor.set_defaults(handler=cmd_monitor)


@command
def cmd_score(args: argparse.Namespace) -> list[Any]:
    """Score-only decisions (the band's hint): policy and fraud checks need the store."""
    card = credit.load()
    results = [_scored(card, number, item) for number, item in enumerate(_read(args.file), 1)]
    if args.json:
        return results
    return [_line(r) for r in results]


def _read(path: Path) -> list[dict[str, Any]]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise CliError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    if not isinstance(document, list) or not all(isinstance(d, dict) for d in document):
        raise CliError(f"{path}: expected a list of objects, one per application")
    return document


def _scored(card: Any, number: int, applicant: dict[str, Any]) -> dict[str, Any]:
    try:
        scored, outcome = credit.score_only(card, applicant)
    except ValueError as exc:
        raise CliError(f"application {number}: {exc}") from exc
    return {
        "application": number,
        "score": scored.score,
        "band": scored.band,
        "probability_of_default": str(scored.probability_of_default),
        "decision": outcome.decision,
        "reasons": [r._asdict() for r in outcome.reasons],
        "scorecard_version": scored.scorecard_version,
    }


def _line(result: dict[str, Any]) -> str:
    reasons = "; ".join(r["text_en"] for r in result["reasons"])
    return (
        f"#{result['application']}  score {result['score']}  band {result['band']}  "
        f"PD {result['probability_of_default']}  {result['decision']}  {reasons}"
    )


@command
def cmd_monitor(args: argparse.Namespace) -> dict[str, Any]:
    ctx = signed_in(args)
    try:
        report = credit_monitoring.monitor(ctx, args.days)
    finally:
        ctx.sign_out()
    data = report.to_dict()
    if args.json:
        return data
    return _monitor_text(data)


def _monitor_text(data: dict[str, Any]) -> dict[str, Any]:
    psi = data["score_psi"]
    text = {
        "applications": f"{data['applications']} assessed in the last {data['days']} days",
        "score PSI": f"{psi['psi']} ({psi['label']})",
    }
    for c in data["characteristics"]:
        text[f"CSI {c['name']}"] = f"{c['psi']} ({c['label']}), {c['points_shift']:+} points"
    return text
