"""Credit assessment: scorecard, policy rules and anti-fraud checks give one decision.

Decision policy (stated once, here):
- any hard policy rule declines;
- a high fraud flag on identity (internal blacklist, ID that contradicts the file or
  fails its checks) declines; any other high or medium flag refers to a supervisor
  (a shared card may be a spouse's: a person looks); low flags are listed only;
- a soft policy rule refers;
- otherwise the score band's decision hint (from the scorecard file) decides.
The worst outcome wins and every reason that led to it is listed. An officer never
approves a decline or a referral; they may ask a supervisor for an override.

Each run appends a ``CreditAssessment`` row; ``Application.status`` is the
origination state machine's business, not this module's.
"""

from __future__ import annotations

import functools
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.models import Application, CreditAssessment, Customer, Product
from workstation.resources import resource_path
from workstation.services import approvals, fraud_checks, policy_rules
from workstation.services.fraud_checks import FraudFlag
from workstation.services.permissions import Permission
from workstation.services.policy_rules import RuleHit
from workstation.services.scorecard import Scorecard, ScoreResult, load_scorecard
from workstation.services.session import UserSession

Decision = Literal["approve", "refer", "decline"]
SCORECARD_FILE = ("scorecards", "german_credit_v1.json")
IDENTITY_FRAUD = frozenset({"blacklist", "id_invalid", "id_birth_date_mismatch", "id_sex_mismatch"})
_RANK: dict[Decision, int] = {"approve": 0, "refer": 1, "decline": 2}


class CreditError(ValueError):
    """An officer-readable reason the assessment could not run."""


class ReasonItem(NamedTuple):
    """(code, text_en, text_zh, points_lost); prints as its English text."""

    code: str
    text_en: str
    text_zh: str
    points_lost: int

    def __str__(self) -> str:
        return self.text_en


@dataclass(frozen=True)
class AssessmentResult:
    assessment_id: uuid.UUID
    application_id: uuid.UUID
    score: int
    band: str
    probability_of_default: Decimal
    decision: Decision
    reasons: tuple[ReasonItem, ...]
    rule_hits: tuple[RuleHit, ...]
    fraud_flags: tuple[FraudFlag, ...]
    scorecard_version: str
    assessed_at: datetime


@dataclass(frozen=True)
class Outcome:
    """A decision and its reasons, before it is stored (also what `score` prints)."""

    decision: Decision
    reasons: tuple[ReasonItem, ...]


@dataclass(frozen=True)
class ScaleBand:
    band: str
    min_score: int | None  # None for the worst band
    label_en: str
    label_zh: str


@dataclass(frozen=True)
class Scale:
    """What a score gauge needs: the possible range and the band floors, best band first."""

    low: int
    high: int
    bands: tuple[ScaleBand, ...]


@functools.cache
def load(path: Path | None = None) -> Scorecard:
    """The scorecard, read and validated once per process at first use."""
    return load_scorecard(path or resource_path(*SCORECARD_FILE))


def scale() -> Scale:
    card = load()
    low = card.base_points + sum(min(b.points for b in c.bins) for c in card.characteristics)
    high = card.base_points + sum(c.max_points for c in card.characteristics)
    bands = tuple(ScaleBand(b.band, b.min_score, b.label_en, b.label_zh) for b in card.bands)
    return Scale(low, high, bands)


# --- the decision --------------------------------------------------------------------------


def decide(
    card: Scorecard,
    scored: ScoreResult,
    rule_hits: Iterable[RuleHit] = (),
    fraud_flags: Iterable[FraudFlag] = (),
) -> Outcome:
    """The worst of band hint, rule hits and fraud flags, with every reason that counts."""
    candidates = [
        *(_rule_reason(h) for h in rule_hits),
        *(_fraud_reason(f) for f in fraud_flags),
        _band_reason(card, scored),
    ]
    decision = max((d for d, _ in candidates), key=_RANK.__getitem__)
    deciding = [r for d, r in candidates if d != "approve" or decision == "approve"]
    score_reasons = [
        ReasonItem(r.code, r.text_en, r.text_zh, r.points_lost) for r in scored.reasons
    ]
    return Outcome(decision, (*deciding, *score_reasons))


def _rule_reason(hit: RuleHit) -> tuple[Decision, ReasonItem]:
    decision: Decision = "decline" if hit.severity == "hard" else "refer"
    return decision, ReasonItem(f"RULE.{hit.rule_id}", hit.message, hit.message_zh, 0)


def _fraud_reason(flag: FraudFlag) -> tuple[Decision, ReasonItem]:
    decision: Decision = "approve"
    if flag.severity == "high" and flag.check_id in IDENTITY_FRAUD:
        decision = "decline"
    elif flag.severity in ("high", "medium"):
        decision = "refer"
    return decision, ReasonItem(f"FRAUD.{flag.check_id}", flag.message, flag.message_zh, 0)


def _band_reason(card: Scorecard, scored: ScoreResult) -> tuple[Decision, ReasonItem]:
    band = next(b for b in card.bands if b.band == scored.band)
    hint: Decision = band.decision_hint  # type: ignore[assignment]  # validated on load
    return hint, ReasonItem(
        f"BAND.{band.band}",
        f"Score {scored.score} is in band {band.band} ({band.label_en}).",
        f"评分{scored.score}，属于{band.band}档（{band.label_zh}）。",
        0,
    )


def score_only(card: Scorecard, applicant: Mapping[str, object]) -> tuple[ScoreResult, Outcome]:
    """Score and band-hint decision, no store needed (the `score` command)."""
    scored = card.score(applicant)
    return scored, decide(card, scored)


# --- scorecard inputs ------------------------------------------------------------------


def scorecard_inputs(
    card: Scorecard, app: Application, birth_date: date | None, today: date
) -> tuple[dict[str, object], tuple[str, ...]]:
    """The application's characteristics, completed from its terms; missing ones score worst.

    Typed characteristics win (the scorecard's own units); term, amount and age fill in
    when absent. Anything still missing takes the lowest-scoring bin, and is returned so
    the case can be referred rather than silently approved.
    """
    try:
        given: dict[str, object] = dict(json.loads(app.characteristics or "{}"))
    except (ValueError, TypeError) as exc:
        raise CreditError("The application's scorecard inputs are not valid JSON.") from exc
    derived: dict[str, object] = {"duration_in_month": app.months, "credit_amount": app.amount}
    if birth_date is not None:
        derived["age_in_years"] = policy_rules.age_on(birth_date, today)
    inputs = {**derived, **{k: v for k, v in given.items() if v not in (None, "")}}
    missing = tuple(c.name for c in card.characteristics if c.name not in inputs)
    for c in card.characteristics:
        if c.name in missing:
            inputs[c.name] = _worst_value(c.kind, c.bins)
    return inputs, missing


def _worst_value(kind: str, bins: Any) -> object:
    worst = min(bins, key=lambda b: b.points)
    if kind == "categorical":
        return worst.values[0]
    return worst.lower if worst.lower is not None else worst.upper - 1


def _missing_hit(missing: tuple[str, ...], card: Scorecard) -> tuple[RuleHit, ...]:
    if not missing:
        return ()
    labels = {c.name: (c.label_en, c.label_zh) for c in card.characteristics}
    en = ", ".join(labels[m][0] for m in missing)
    zh = "、".join(labels[m][1] for m in missing)
    return (
        RuleHit(
            "inputs_incomplete",
            "soft",
            f"Scored as the worst case because not given: {en}.",
            f"以下评分项未填写，按最差情况计分：{zh}。",
        ),
    )


# --- assessing an application -----------------------------------------------------------


@dataclass(frozen=True)
class Evaluation:
    """Everything the engine concluded, before it is stored."""

    scored: ScoreResult
    rule_hits: tuple[RuleHit, ...]
    fraud_flags: tuple[FraudFlag, ...]
    outcome: Outcome


def assess_application(ctx: UserSession, application_id: uuid.UUID) -> AssessmentResult:
    """Score, apply policy and fraud checks, store the assessment and audit it."""
    ctx.require(Permission.APPLICATION_WRITE, "application_assess", str(application_id))
    with ctx.transaction() as session:
        app, customer, product = load_application(session, ctx, application_id)
        done = evaluate(session, ctx, app, customer, product)
        row = _store(session, ctx, app, done)
        ctx.audit(
            session,
            "application_assessed",
            subject_type="application",
            subject_id=str(app.id),
            details={
                "assessment": str(row.id),
                "score": done.scored.score,
                "band": done.scored.band,
                "decision": done.outcome.decision,
            },
        )
        return _result(row)


def evaluate(
    session: Session, ctx: UserSession, app: Application, customer: Customer, product: Product
) -> Evaluation:
    """Scorecard, policy rules and fraud checks, read-only (the benchmark times this alone)."""
    card, now = load(), ctx.now()
    inputs, missing = scorecard_inputs(card, app, customer.birth_date, now.date())
    scored = _score(card, inputs)
    facts, hits = _rules(session, ctx, app, customer, product, now.date())
    hits += _missing_hit(missing, card)
    flags = fraud_checks.run_checks(session, app, customer, now)
    outcome = decide(card, scored, hits, flags)
    noted = Outcome(outcome.decision, (*outcome.reasons, bureau_reason(facts.bureau)))
    return Evaluation(scored, hits, flags, noted)


def _score(card: Scorecard, inputs: Mapping[str, object]) -> ScoreResult:
    try:
        return card.score(inputs)
    except ValueError as exc:
        raise CreditError(f"A scorecard input is not usable: {exc}") from exc


def _rules(
    session: Session,
    ctx: UserSession,
    app: Application,
    customer: Customer,
    product: Product,
    today: date,
) -> tuple[policy_rules.PolicyFacts, tuple[RuleHit, ...]]:
    params = policy_rules.PolicyParams.from_json(product.policy)
    facts = policy_rules.gather(session, app, customer, today)
    apr_cap = Decimal(str(ctx.settings.get("apr_cap")))
    return facts, policy_rules.evaluate(facts, params, apr_cap)


def bureau_reason(bureau: policy_rules.BureauFacts | None) -> ReasonItem:
    """What the bureau said, always listed last: no report proceeds on the other rules."""
    if bureau is None:
        days = policy_rules.BUREAU_REPORT_DAYS
        return ReasonItem(
            "BUREAU.none",
            f"No credit bureau report from the last {days} days: decided without one.",
            f"无近{days}天的征信报告：未参考征信作出决定。",
            0,
        )
    debt = f"{bureau.total_debt:,.2f}"
    return ReasonItem(
        "BUREAU.report",
        f"Credit bureau report of {bureau.report_date}: debt {debt} in "
        f"{bureau.open_accounts} open account(s), {bureau.inquiries_6m} inquiries in "
        f"6 months, worst status {bureau.worst_status}.",
        f"{bureau.report_date}征信报告：{bureau.open_accounts}个未结清账户负债{debt}，"
        f"近6个月查询{bureau.inquiries_6m}次，最差状态{bureau.worst_status}。",
        0,
    )


def load_application(
    session: Session, ctx: UserSession, application_id: uuid.UUID
) -> tuple[Application, Customer, Product]:
    app = session.get(Application, application_id)
    if app is None or app.branch_id != ctx.actor.branch_id:
        raise CreditError("There is no such application in this branch.")
    customer = session.get(Customer, app.customer_id)
    product = session.get(Product, app.product_id)
    if customer is None or product is None:
        raise CreditError("The application's customer or product is missing.")
    return app, customer, product


def _store(
    session: Session, ctx: UserSession, app: Application, done: Evaluation
) -> CreditAssessment:
    scored, outcome = done.scored, done.outcome
    row = CreditAssessment(
        application_id=app.id,
        customer_id=app.customer_id,
        scorecard_version=scored.scorecard_version,
        score=scored.score,
        band=scored.band,
        probability_of_default=scored.probability_of_default,
        decision=outcome.decision,
        reasons=json.dumps([r._asdict() for r in outcome.reasons], ensure_ascii=False),
        rule_hits=json.dumps([h.__dict__ for h in done.rule_hits], ensure_ascii=False),
        fraud_flags=json.dumps([f.__dict__ for f in done.fraud_flags], ensure_ascii=False),
        assessed_at=ctx.now(),
        assessed_by=ctx.actor.username,
        created_at=ctx.now(),
        origin_branch=ctx.actor.branch_code,
        origin_device=ctx.actor.device_id,
    )
    session.add(row)
    session.flush()
    return row


def _result(row: CreditAssessment) -> AssessmentResult:
    decision: Decision = row.decision  # type: ignore[assignment]  # written by _store
    return AssessmentResult(
        assessment_id=row.id,
        application_id=row.application_id,
        score=row.score,
        band=row.band,
        probability_of_default=row.probability_of_default,
        decision=decision,
        reasons=tuple(ReasonItem(**r) for r in json.loads(row.reasons or "[]")),
        rule_hits=tuple(RuleHit(**h) for h in json.loads(row.rule_hits or "[]")),
        fraud_flags=tuple(FraudFlag(**f) for f in json.loads(row.fraud_flags or "[]")),
        scorecard_version=row.scorecard_version,
        assessed_at=row.assessed_at,
    )


# --- reading ---------------------------------------------------------------------------


def latest_assessment(ctx: UserSession, application_id: uuid.UUID) -> AssessmentResult | None:
    ctx.require(Permission.CREDIT_READ, "credit_read", str(application_id))
    with ctx.read() as session:
        row = _latest(session, application_id)
        return None if row is None else _result(row)


def _latest(session: Session, application_id: uuid.UUID) -> CreditAssessment | None:
    query = (
        select(CreditAssessment)
        .where(CreditAssessment.application_id == application_id)
        .order_by(CreditAssessment.assessed_at.desc(), CreditAssessment.created_at.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def customer_history(ctx: UserSession, customer_id: uuid.UUID) -> list[AssessmentResult]:
    """Every assessment of the customer's applications, newest first."""
    ctx.require(Permission.CREDIT_READ, "credit_history", str(customer_id))
    query = (
        select(CreditAssessment)
        .where(CreditAssessment.customer_id == customer_id)
        .order_by(CreditAssessment.assessed_at.desc())
    )
    with ctx.read() as session:
        return [_result(row) for row in session.scalars(query)]


@dataclass(frozen=True)
class Review:
    """Everything the assessment screen shows for one application."""

    application_id: uuid.UUID
    number: str
    latest: AssessmentResult | None
    history: tuple[AssessmentResult, ...]  # the customer's, newest first
    scale: Scale


def review(ctx: UserSession, application_id: uuid.UUID) -> Review:
    ctx.require(Permission.CREDIT_READ, "credit_read", str(application_id))
    with ctx.read() as session:
        app = session.get(Application, application_id)
        if app is None or app.branch_id != ctx.actor.branch_id:
            raise CreditError("There is no such application in this branch.")
        number, customer_id = app.number, app.customer_id
    history = customer_history(ctx, customer_id)
    latest = latest_assessment(ctx, application_id)
    return Review(application_id, number, latest, tuple(history), scale())


# --- override ----------------------------------------------------------------------------


def request_override(ctx: UserSession, application_id: uuid.UUID, reason: str) -> uuid.UUID:
    """Ask a supervisor to overturn a decline or referral; the officer cannot approve it."""
    ctx.require(Permission.APPLICATION_WRITE, "score_override_request", str(application_id))
    if not reason.strip():
        raise CreditError("Please give the reason for the override request.")
    with ctx.transaction() as session:
        app, _customer, _product = load_application(session, ctx, application_id)
        row = _latest(session, application_id)
        if row is None:
            raise CreditError("Assess the application before asking for an override.")
        if row.decision == "approve":
            raise CreditError("The assessment already approves; there is nothing to override.")
        summary = (
            f"{app.number}: override of a {row.decision} "
            f"(score {row.score}, band {row.band}): {reason.strip()}"
        )
        return approvals.open_request(
            session,
            ctx,
            "score_override",
            "application",
            app.id,
            summary,
            _override_payload(row, reason.strip()),
        )


def _override_payload(row: CreditAssessment, reason: str) -> dict[str, Any]:
    return {
        "assessment_id": str(row.id),
        "score": row.score,
        "band": row.band,
        "decision": row.decision,
        "reason": reason,
        "reasons": [r["code"] for r in json.loads(row.reasons or "[]")],
        "rule_hits": [h["rule_id"] for h in json.loads(row.rule_hits or "[]")],
        "fraud_flags": [f["check_id"] for f in json.loads(row.fraud_flags or "[]")],
    }
