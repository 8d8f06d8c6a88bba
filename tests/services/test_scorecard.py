"""The scorecard runtime against the shipped German-credit scorecard and its training script."""

from __future__ import annotations

import copy
import json
from itertools import pairwise
from typing import Any

import pytest

from scripts.train_scorecard import (
    OUTPUT_PATH,
    build_document,
    is_bad,
    read_rows,
    render,
    split_rows,
)
from workstation.services.scorecard import (
    MAX_REASONS,
    Scorecard,
    ScorecardFileError,
    characteristic_stability,
    discrimination,
    load_scorecard,
    parse_scorecard,
    population_stability,
)

LOW_RISK = {
    "status_of_existing_checking_account": "no checking account",
    "duration_in_month": 6,
    "credit_history": "critical account/ other credits existing (not at this bank)",
    "purpose": "car (used)",
    "credit_amount": 1500,
    "savings_account_and_bonds": "... >= 1000 DM",
    "present_employment_since": "4 <= ... < 7 years",
    "installment_rate_in_percentage_of_disposable_income": 1,
    "other_debtors_or_guarantors": "guarantor",
    "present_residence_since": 4,
    "property": "real estate",
    "age_in_years": 45,
    "other_installment_plans": "none",
    "housing": "own",
    "number_of_existing_credits_at_this_bank": 1,
    "job": "skilled employee / official",
    "number_of_people_being_liable_to_provide_maintenance_for": 1,
    "telephone": "yes, registered under the customers name",
}
HIGH_RISK = {
    **LOW_RISK,
    "status_of_existing_checking_account": "... < 0 DM",
    "duration_in_month": 48,
    "credit_history": "delay in paying off in the past",
    "purpose": "education",
    "credit_amount": 12000,
    "savings_account_and_bonds": "... < 100 DM",
    "present_employment_since": "... < 1 year",
    "installment_rate_in_percentage_of_disposable_income": 4,
    "other_debtors_or_guarantors": "none",
    "property": "unknown / no property",
    "age_in_years": 22,
    "other_installment_plans": "bank",
    "housing": "rent",
}


@pytest.fixture(scope="module")
def scorecard() -> Scorecard:
    return load_scorecard(OUTPUT_PATH)


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    return read_rows()


@pytest.fixture
def document() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(OUTPUT_PATH.read_text(encoding="utf-8"))
    return loaded


def test_points_add_up_to_the_score(scorecard: Scorecard, rows: list[dict[str, object]]) -> None:
    for row in rows:
        result = scorecard.score(row)
        assert result.score == scorecard.base_points + sum(
            p.points for p in result.points_by_characteristic
        )


def test_numeric_bins_are_monotone_in_points(scorecard: Scorecard) -> None:
    numeric = [c for c in scorecard.characteristics if c.kind == "numeric"]
    assert numeric
    for characteristic in numeric:
        points = [b.points for b in characteristic.bins]
        assert points in (sorted(points), sorted(points, reverse=True)), characteristic.name


def test_reasons_are_the_characteristics_that_cost_most(
    scorecard: Scorecard, rows: list[dict[str, object]]
) -> None:
    best = {c.name: c.max_points for c in scorecard.characteristics}
    for row in rows[:200]:
        result = scorecard.score(row)
        lost = sorted((p.points - best[p.name], p.name) for p in result.points_by_characteristic)
        expected = [(name, -delta) for delta, name in lost if delta < 0][:MAX_REASONS]
        assert [(r.characteristic, r.points_lost) for r in result.reasons] == expected
        assert all(r.text_en and r.text_zh for r in result.reasons)


def test_same_input_gives_the_same_output(scorecard: Scorecard) -> None:
    reordered = dict(reversed(list(LOW_RISK.items())))
    assert (
        scorecard.score(LOW_RISK) == scorecard.score(reordered) == scorecard.score(dict(LOW_RISK))
    )


def test_high_risk_applicant_scores_below_low_risk(scorecard: Scorecard) -> None:
    low, high = scorecard.score(LOW_RISK), scorecard.score(HIGH_RISK)
    assert high.score < low.score
    assert high.probability_of_default > low.probability_of_default
    assert (low.band, high.band) == (scorecard.bands[0].band, scorecard.bands[-1].band)
    assert len(high.reasons) == MAX_REASONS


def test_pd_is_a_probability_falling_with_score(scorecard: Scorecard) -> None:
    scores = range(300, 800)
    pds = [scorecard.probability_of_default(s) for s in scores]
    assert all(0 < pd < 1 for pd in pds)
    assert all(a >= b for a, b in pairwise(pds))
    assert pds[0] > pds[-1]
    assert all(pd.as_tuple().exponent == -4 for pd in pds)


def test_missing_or_bad_values_are_named(scorecard: Scorecard) -> None:
    missing = {k: v for k, v in LOW_RISK.items() if k != "duration_in_month"}
    with pytest.raises(ValueError, match="duration_in_month"):
        scorecard.score(missing)
    with pytest.raises(ValueError, match="housing"):
        scorecard.score({**LOW_RISK, "housing": "castle"})
    with pytest.raises(ValueError, match="age_in_years"):
        scorecard.score({**LOW_RISK, "age_in_years": "45"})


def test_psi_is_zero_on_itself_and_large_on_a_shift(
    scorecard: Scorecard, rows: list[dict[str, object]]
) -> None:
    train, _ = split_rows(rows)
    scores = [scorecard.score(r).score for r in train]
    baseline = scorecard.score_baseline
    same = population_stability(baseline.shares, scores, baseline.edges)
    assert same.psi == pytest.approx(0, abs=1e-6)
    assert same.label == "stable"
    shifted = population_stability(baseline.shares, [s - 40 for s in scores], baseline.edges)
    assert shifted.psi > 0.25
    assert shifted.label == "significant shift"


def test_csi_is_zero_on_training_rows_and_flags_a_shift(
    scorecard: Scorecard, rows: list[dict[str, object]]
) -> None:
    train, _ = split_rows(rows)
    assert all(
        r.stability.psi == pytest.approx(0, abs=1e-6)
        for r in characteristic_stability(scorecard, train)
    )
    overdrawn = [{**r, "status_of_existing_checking_account": "... < 0 DM"} for r in train]
    by_name = {r.characteristic: r for r in characteristic_stability(scorecard, overdrawn)}
    checking = by_name["status_of_existing_checking_account"]
    assert checking.stability.label == "significant shift"
    assert checking.points_shift < 0


def test_shipped_file_is_what_the_training_script_builds() -> None:
    assert render(build_document()) == OUTPUT_PATH.read_bytes()


def test_held_out_auc_is_good_and_reproduced_by_the_runtime(
    scorecard: Scorecard, rows: list[dict[str, object]]
) -> None:
    _, test = split_rows(rows)
    measured = discrimination([scorecard.score(r).score for r in test], [is_bad(r) for r in test])
    assert scorecard.metrics.auc >= 0.75
    assert scorecard.metrics.n_test == len(test)
    assert round(measured.auc, 6) == scorecard.metrics.auc
    assert round(measured.ks, 6) == scorecard.metrics.ks


def test_loader_rejects_non_monotone_numeric_bins(document: dict[str, Any]) -> None:
    numeric = next(c for c in document["characteristics"] if c["type"] == "numeric")
    numeric["bins"][0]["points"], numeric["bins"][1]["points"] = 0, 100
    numeric["bins"][2]["points"] = 0
    with pytest.raises(ScorecardFileError, match="monotone"):
        parse_scorecard(document)


def test_loader_rejects_gaps_and_duplicate_values(document: dict[str, Any]) -> None:
    gapped = copy.deepcopy(document)
    numeric = next(c for c in gapped["characteristics"] if c["type"] == "numeric")
    numeric["bins"][1]["lower"] = numeric["bins"][0]["upper"] + 1
    with pytest.raises(ScorecardFileError, match="contiguous"):
        parse_scorecard(gapped)
    categorical = next(c for c in document["characteristics"] if c["type"] == "categorical")
    categorical["bins"][1]["values"].append(categorical["bins"][0]["values"][0])
    with pytest.raises(ScorecardFileError, match="duplicate"):
        parse_scorecard(document)
