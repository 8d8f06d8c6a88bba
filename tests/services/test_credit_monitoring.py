"""Monitoring (PSI/CSI of recent assessments) and the `score` command (no store needed)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.services.test_credit_fixtures import (
    HIGH_RISK,
    LOW_RISK,
    Person,
    add_application,
    add_person,
    product_row_id,
    ric,
)
from tests.support import Bench
from workstation.cli import main
from workstation.services import credit, credit_monitoring


def _assessed(bench: Bench, characteristics: list[dict[str, object]]) -> None:
    officer = bench.sign_in("officer1")
    with officer.transaction() as session:
        ids = []
        for number, inputs in enumerate(characteristics):
            customer = add_person(
                session, officer, Person(ric=ric(date(1985, 5, 20), 1 + 2 * number))
            )
            ids.append(
                add_application(
                    session, officer, customer.id, product_row_id(session), characteristics=inputs
                ).id
            )
    for app_id in ids:
        credit.assess_application(officer, app_id)
    credit.assess_application(officer, ids[0])  # a re-assessment counts once


def test_a_shifted_population_is_reported_as_a_significant_shift(bench: Bench) -> None:
    _assessed(bench, [LOW_RISK] * 6 + [HIGH_RISK] * 2)
    report = credit_monitoring.monitor(bench.sign_in("auditor1"), days=90)
    assert report.applications == 8
    assert report.score_stability is not None
    assert report.score_stability.label == "significant shift"
    assert dict(report.bands) == {"A": 6, "E": 2}
    assert sum(n for _, n in report.histogram) == 8
    checking = next(
        c
        for c in report.characteristics
        if c.characteristic == "status_of_existing_checking_account"
    )
    assert checking.stability.psi > 0.25
    data = report.to_dict()
    assert json.loads(json.dumps(data))["bands"] == {"A": 6, "E": 2}


def test_assessments_outside_the_window_are_left_out(bench: Bench) -> None:
    _assessed(bench, [LOW_RISK])
    bench.clock.advance(days=31)
    report = credit_monitoring.monitor(bench.sign_in("auditor1"), days=30)
    assert (report.applications, report.score_stability, report.histogram) == (0, None, ())
    assert report.to_dict()["score_psi"]["label"] == "no data"


def test_histogram_keeps_empty_bars_between() -> None:
    assert credit_monitoring.histogram([501, 509, 533]) == ((500, 2), (510, 0), (520, 0), (530, 1))


def test_score_command_prints_score_band_decision_and_reasons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "apps.json"
    path.write_text(json.dumps([LOW_RISK, HIGH_RISK]), encoding="utf-8")
    assert main(["score", "--json", str(path)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [(p["band"], p["decision"]) for p in printed] == [("A", "approve"), ("E", "decline")]
    assert printed[1]["reasons"][1]["code"].startswith("DUR.")
    path.write_text(json.dumps([{"housing": "own"}]), encoding="utf-8")
    assert main(["score", str(path)]) == 1
    assert "application 1: application is missing characteristic" in capsys.readouterr().err
