"""Scorecard monitoring: is today's applicant population still the one it was trained on?

Population stability (PSI) of recent scores and characteristic stability (CSI) of each
input are measured against the training baseline stored in the scorecard file. Only
each application's latest assessment counts, so re-assessing a case does not weigh it
twice. The same report feeds the dashboard and `workstation-admin score-monitor`.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from workstation.models import Application, CreditAssessment, Customer
from workstation.services import credit
from workstation.services.permissions import Permission
from workstation.services.scorecard import (
    CSIResult,
    PSIResult,
    characteristic_stability,
    population_stability,
)
from workstation.services.session import UserSession

HISTOGRAM_WIDTH = 10  # points per bar of the score distribution


@dataclass(frozen=True)
class MonitoringReport:
    days: int
    since: datetime
    applications: int
    score_stability: PSIResult | None  # None while there is nothing to compare
    characteristics: tuple[CSIResult, ...]
    histogram: tuple[tuple[int, int], ...]  # (lowest score of the bar, applications)
    bands: tuple[tuple[str, int], ...]
    decisions: tuple[tuple[str, int], ...]
    scorecard_version: str
    labels: tuple[tuple[str, str, str], ...] = ()  # (characteristic, label_en, label_zh)

    def to_dict(self) -> dict[str, Any]:
        return {
            "days": self.days,
            "since": self.since.isoformat(),
            "applications": self.applications,
            "scorecard_version": self.scorecard_version,
            "score_psi": _psi_dict(self.score_stability),
            "characteristics": [
                {
                    "name": c.characteristic,
                    "points_shift": round(c.points_shift, 2),
                    **_psi_dict(c.stability),
                }
                for c in self.characteristics
            ],
            "histogram": [{"from": low, "count": n} for low, n in self.histogram],
            "bands": dict(self.bands),
            "decisions": dict(self.decisions),
        }


@dataclass(frozen=True)
class _Row:
    score: int
    band: str
    decision: str
    inputs: dict[str, object]


def monitor(ctx: UserSession, days: int = 90) -> MonitoringReport:
    """Stability of the last ``days`` of assessments against the training baseline."""
    ctx.require(Permission.CREDIT_READ, "score_monitor")
    if days < 1:
        raise ValueError("The monitoring window must be at least one day.")
    since = ctx.now() - timedelta(days=days)
    rows = _latest_rows(ctx, since)
    card = credit.load()
    scores = [r.score for r in rows]
    baseline = card.score_baseline
    return MonitoringReport(
        days=days,
        since=since,
        applications=len(rows),
        score_stability=(
            population_stability(baseline.shares, scores, baseline.edges) if rows else None
        ),
        characteristics=characteristic_stability(card, [r.inputs for r in rows]) if rows else (),
        histogram=histogram(scores),
        bands=_tally(r.band for r in rows),
        decisions=_tally(r.decision for r in rows),
        scorecard_version=card.version,
        labels=tuple((c.name, c.label_en, c.label_zh) for c in card.characteristics),
    )


def _latest_rows(ctx: UserSession, since: datetime) -> list[_Row]:
    query = (
        select(CreditAssessment, Application, Customer.birth_date)
        .join(Application, Application.id == CreditAssessment.application_id)
        .join(Customer, Customer.id == CreditAssessment.customer_id)
        .where(CreditAssessment.assessed_at >= since)
        .order_by(CreditAssessment.assessed_at)
    )
    card = credit.load()
    latest: dict[uuid.UUID, _Row] = {}
    with ctx.read() as session:
        for assessment, app, born in session.execute(query):
            inputs = _inputs(card, app, born, assessment.assessed_at.date())
            latest[app.id] = _Row(assessment.score, assessment.band, assessment.decision, inputs)
    return list(latest.values())


def _inputs(card: Any, app: Application, born: date | None, day: date) -> dict[str, object]:
    inputs, _missing = credit.scorecard_inputs(card, app, born, day)
    return inputs


@dataclass(frozen=True)
class RecentAssessment:
    application_id: uuid.UUID
    number: str
    score: int
    band: str
    decision: str
    assessed_at: datetime


def recent(ctx: UserSession, limit: int = 200) -> list[RecentAssessment]:
    """The newest assessments of the branch's applications, for picking one to review."""
    ctx.require(Permission.CREDIT_READ, "credit_recent")
    query = (
        select(CreditAssessment, Application.number)
        .join(Application, Application.id == CreditAssessment.application_id)
        .where(Application.branch_id == ctx.actor.branch_id)
        .order_by(CreditAssessment.assessed_at.desc())
        .limit(limit)
    )
    with ctx.read() as session:
        return [
            RecentAssessment(a.application_id, number, a.score, a.band, a.decision, a.assessed_at)
            for a, number in session.execute(query)
        ]


def histogram(scores: list[int]) -> tuple[tuple[int, int], ...]:
    """Counts per HISTOGRAM_WIDTH-point bar, empty bars between included (a chart needs them)."""
    if not scores:
        return ()
    counts = Counter(s // HISTOGRAM_WIDTH * HISTOGRAM_WIDTH for s in scores)
    low, high = min(counts), max(counts)
    return tuple((b, counts.get(b, 0)) for b in range(low, high + 1, HISTOGRAM_WIDTH))


def _tally(values: Any) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(Counter(values).items()))


def _psi_dict(result: PSIResult | None) -> dict[str, Any]:
    if result is None:
        return {"psi": None, "label": "no data", "bins": []}
    return {
        "psi": round(result.psi, 4),
        "label": result.label,
        "bins": [
            {
                "bin": b.label,
                "expected": round(b.expected_share, 4),
                "actual": round(b.actual_share, 4),
            }
            for b in result.bins
        ],
    }
