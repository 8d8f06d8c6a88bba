"""Credit scorecard runtime: load a points table, score applications, watch stability.

The scorecard file is produced by `scripts/train_scorecard.py`; this module only reads it.
It is plain Python (no numpy) so the frozen desktop build stays small, and every lookup is
precomputed at load time so a branch can score thousands of applications a second.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any, Literal, NamedTuple

MAX_REASONS = 4
STABLE_BELOW = 0.10
SIGNIFICANT_FROM = 0.25
DECISION_HINTS = frozenset({"approve", "refer", "decline"})
_PD_QUANTUM = Decimal("0.0001")
_PD_FLOOR, _PD_CEILING = Decimal("0.0001"), Decimal("0.9999")
_SHARE_FLOOR = 1e-4  # an empty bin would make ln(actual/expected) infinite
_SHARE_TOLERANCE = 1e-3

Kind = Literal["numeric", "categorical"]


class ScorecardFileError(ValueError):
    """The scorecard file is malformed; scoring with it would give wrong answers."""


class Reason(NamedTuple):
    """Why points were lost on one characteristic, in words an officer can say aloud."""

    code: str
    characteristic: str
    points_lost: int
    text_en: str
    text_zh: str


class CharacteristicPoints(NamedTuple):
    name: str
    bin_label: str
    points: int


@dataclass(frozen=True, slots=True)
class Bin:
    label: str
    points: int
    woe: float
    train_share: float
    reason_en: str
    reason_zh: str
    lower: float | None = None
    upper: float | None = None
    values: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Characteristic:
    """One scored input; `cut_points`/`value_index` are the precomputed bin lookups."""

    name: str
    code: str
    label_en: str
    label_zh: str
    kind: Kind
    bins: tuple[Bin, ...]
    cut_points: tuple[float, ...]
    value_index: Mapping[str, int]
    reasons: tuple[Reason, ...]
    entries: tuple[CharacteristicPoints, ...]

    @property
    def max_points(self) -> int:
        return max(b.points for b in self.bins)

    def bin_index(self, value: object) -> int:
        if self.kind == "categorical":
            return self._category_index(value)
        return bisect_right(self.cut_points, _number(self.name, value))

    def _category_index(self, value: object) -> int:
        index = self.value_index.get(value) if isinstance(value, str) else None
        if index is None:
            allowed = ", ".join(repr(v) for v in self.value_index)
            raise ValueError(f"{self.name}: {value!r} is not one of {allowed}")
        return index


@dataclass(frozen=True, slots=True)
class Band:
    band: str
    min_score: int | None
    decision_hint: str
    label_en: str
    label_zh: str


@dataclass(frozen=True, slots=True)
class Metrics:
    auc: float
    ks: float
    gini: float
    train_auc: float
    train_ks: float
    n_train: int
    n_test: int


@dataclass(frozen=True, slots=True)
class ScoreBaseline:
    """Training score distribution: `shares[i]` of scores fell in bin `bisect_right(edges, s)`."""

    edges: tuple[float, ...]
    shares: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class ScoreResult:
    score: int
    band: str
    probability_of_default: Decimal
    points_by_characteristic: tuple[CharacteristicPoints, ...]
    reasons: tuple[Reason, ...]
    scorecard_version: str


@dataclass(frozen=True, slots=True)
class Scorecard:
    version: str
    base_points: int
    characteristics: tuple[Characteristic, ...]
    bands: tuple[Band, ...]
    pd_intercept: float
    pd_slope: float
    metrics: Metrics
    score_baseline: ScoreBaseline
    _band_floors: tuple[int, ...]
    _pd_low_score: int
    _pd_table: tuple[Decimal, ...]

    def score(self, applicant: Mapping[str, object]) -> ScoreResult:
        """Score = base points + the points of the bin each characteristic falls in."""
        picks = [(c, c.bin_index(_field(applicant, c.name))) for c in self.characteristics]
        total = self.base_points + sum(c.bins[i].points for c, i in picks)
        return ScoreResult(
            score=total,
            band=self.band_for(total),
            probability_of_default=self.probability_of_default(total),
            points_by_characteristic=tuple(c.entries[i] for c, i in picks),
            reasons=_top_reasons(c.reasons[i] for c, i in picks),
            scorecard_version=self.version,
        )

    def band_for(self, score: int) -> str:
        """Bands are ordered best first; the last one catches every lower score."""
        position = bisect_right(self._band_floors, score)
        return self.bands[len(self.bands) - 1 - position].band

    def probability_of_default(self, score: int) -> Decimal:
        offset = score - self._pd_low_score
        if 0 <= offset < len(self._pd_table):
            return self._pd_table[offset]
        return _calibrated_pd(self.pd_intercept, self.pd_slope, score)


def _field(applicant: Mapping[str, object], name: str) -> object:
    try:
        return applicant[name]
    except KeyError:
        raise ValueError(f"application is missing characteristic {name!r}") from None


def _number(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise ValueError(f"{name}: expected a number, got {value!r}")
    if isinstance(value, float | Decimal) and not math.isfinite(value):
        raise ValueError(f"{name}: {value!r} is not a finite number")
    return float(value)


def _top_reasons(candidates: Iterable[Reason]) -> tuple[Reason, ...]:
    """Biggest losses against each characteristic's best bin; ties by name for determinism."""
    losing = sorted(
        (r for r in candidates if r.points_lost > 0),
        key=lambda r: (-r.points_lost, r.characteristic),
    )
    return tuple(losing[:MAX_REASONS])


def _calibrated_pd(intercept: float, slope: float, score: int) -> Decimal:
    pd = Decimal(1.0 / (1.0 + math.exp(-(intercept + slope * score))))
    return min(max(pd.quantize(_PD_QUANTUM, ROUND_HALF_UP), _PD_FLOOR), _PD_CEILING)


# --- loading and validation -------------------------------------------------------------


def load_scorecard(path: Path) -> Scorecard:
    """Read and validate a scorecard file; refuse anything that could mis-score."""
    with path.open(encoding="utf-8") as handle:
        document = json.load(handle)
    return parse_scorecard(document)


def parse_scorecard(document: Mapping[str, Any]) -> Scorecard:
    characteristics = tuple(_characteristic(c) for c in _list(document, "characteristics"))
    if not characteristics:
        raise ScorecardFileError("scorecard has no characteristics")
    _require_unique([c.name for c in characteristics], "characteristic names")
    bands = _bands(_list(document, "bands"))
    calibration = _mapping(document, "pd_calibration")
    intercept, slope = _float(calibration, "intercept"), _float(calibration, "slope")
    if slope >= 0:
        raise ScorecardFileError("pd_calibration.slope must be negative: higher score, lower risk")
    base_points = _int(document, "base_points")
    low = base_points + sum(min(b.points for b in c.bins) for c in characteristics)
    high = base_points + sum(c.max_points for c in characteristics)
    return Scorecard(
        version=_str(document, "version"),
        base_points=base_points,
        characteristics=characteristics,
        bands=bands,
        pd_intercept=intercept,
        pd_slope=slope,
        metrics=_metrics(_mapping(document, "metrics")),
        score_baseline=_score_baseline(_mapping(document, "baseline")),
        _band_floors=tuple(b.min_score for b in reversed(bands) if b.min_score is not None),
        _pd_low_score=low,
        _pd_table=tuple(_calibrated_pd(intercept, slope, s) for s in range(low, high + 1)),
    )


def _characteristic(raw: Mapping[str, Any]) -> Characteristic:
    name, kind = _str(raw, "name"), _str(raw, "type")
    raw_bins = _list(raw, "bins")
    if not raw_bins:
        raise ScorecardFileError(f"{name}: no bins")
    checked: Kind
    if kind == "numeric":
        checked = "numeric"
        bins = tuple(_numeric_bin(b) for b in raw_bins)
        _check_numeric_bins(name, bins)
        cut_points = tuple(b.lower for b in bins[1:] if b.lower is not None)
        value_index: dict[str, int] = {}
    elif kind == "categorical":
        checked = "categorical"
        bins = tuple(_categorical_bin(b) for b in raw_bins)
        value_index = {v: i for i, b in enumerate(bins) for v in b.values}
        _require_unique([v for b in bins for v in b.values], f"{name} values")
        cut_points = ()
    else:
        raise ScorecardFileError(f"{name}: unknown type {kind!r}")
    code, best = _str(raw, "code"), max(b.points for b in bins)
    return Characteristic(
        name=name,
        code=code,
        label_en=_str(raw, "label_en"),
        label_zh=_str(raw, "label_zh"),
        kind=checked,
        bins=bins,
        cut_points=cut_points,
        value_index=value_index,
        reasons=tuple(
            Reason(f"{code}.{i + 1}", name, best - b.points, b.reason_en, b.reason_zh)
            for i, b in enumerate(bins)
        ),
        entries=tuple(CharacteristicPoints(name, b.label, b.points) for b in bins),
    )


def _check_numeric_bins(name: str, bins: tuple[Bin, ...]) -> None:
    """Bins must tile the whole number line in order, with points moving one way only."""
    if bins[0].lower is not None or bins[-1].upper is not None:
        raise ScorecardFileError(f"{name}: first bin must be open below and last open above")
    for left, right in pairwise(bins):
        if left.upper is None or left.upper != right.lower:
            raise ScorecardFileError(f"{name}: bins must be contiguous at {left.upper}")
        if right.upper is not None and right.upper <= left.upper:
            raise ScorecardFileError(f"{name}: bin bounds must increase")
    steps = [right.points - left.points for left, right in pairwise(bins)]
    if any(s > 0 for s in steps) and any(s < 0 for s in steps):
        raise ScorecardFileError(f"{name}: points are not monotone across bins")


def _numeric_bin(raw: Mapping[str, Any]) -> Bin:
    lower, upper = _optional_float(raw, "lower"), _optional_float(raw, "upper")
    return _bin(raw, interval_label(lower, upper), lower=lower, upper=upper)


def _categorical_bin(raw: Mapping[str, Any]) -> Bin:
    values = tuple(_strings(raw, "values"))
    if not values:
        raise ScorecardFileError("categorical bin without values")
    return _bin(raw, " | ".join(values), values=values)


def _bin(raw: Mapping[str, Any], label: str, **bounds: Any) -> Bin:
    return Bin(
        label=label,
        points=_int(raw, "points"),
        woe=_float(raw, "woe"),
        train_share=_float(raw, "train_share"),
        reason_en=_str(raw, "reason_en"),
        reason_zh=_str(raw, "reason_zh"),
        **bounds,
    )


def interval_label(lower: float | None, upper: float | None) -> str:
    """Half-open interval [lower, upper) in compact form, e.g. '< 12', '12–<24', '≥ 36'."""
    if lower is None:
        return "all" if upper is None else f"< {upper:g}"
    return f"≥ {lower:g}" if upper is None else f"{lower:g}–<{upper:g}"


def _bands(raw_bands: list[Mapping[str, Any]]) -> tuple[Band, ...]:
    bands = tuple(
        Band(
            band=_str(b, "band"),
            min_score=_optional_int(b, "min_score"),
            decision_hint=_str(b, "decision_hint"),
            label_en=_str(b, "label_en"),
            label_zh=_str(b, "label_zh"),
        )
        for b in raw_bands
    )
    if not bands or bands[-1].min_score is not None:
        raise ScorecardFileError("the last (worst) band must have min_score null")
    floors = [b.min_score for b in bands[:-1] if b.min_score is not None]
    if len(floors) != len(bands) - 1 or floors != sorted(set(floors), reverse=True):
        raise ScorecardFileError("band min_score must strictly decrease, best band first")
    if any(b.decision_hint not in DECISION_HINTS for b in bands):
        raise ScorecardFileError(f"decision_hint must be one of {sorted(DECISION_HINTS)}")
    _require_unique([b.band for b in bands], "band names")
    return bands


def _metrics(raw: Mapping[str, Any]) -> Metrics:
    return Metrics(
        auc=_float(raw, "auc"),
        ks=_float(raw, "ks"),
        gini=_float(raw, "gini"),
        train_auc=_float(raw, "train_auc"),
        train_ks=_float(raw, "train_ks"),
        n_train=_int(raw, "n_train"),
        n_test=_int(raw, "n_test"),
    )


def _score_baseline(raw: Mapping[str, Any]) -> ScoreBaseline:
    edges = tuple(_float_item(v, "score_edges") for v in _list(raw, "score_edges"))
    shares = tuple(_float_item(v, "score_shares") for v in _list(raw, "score_shares"))
    if len(shares) != len(edges) + 1 or list(edges) != sorted(set(edges)):
        raise ScorecardFileError("baseline needs increasing edges and one more share than edges")
    if abs(sum(shares) - 1.0) > _SHARE_TOLERANCE:
        raise ScorecardFileError("baseline score shares must sum to 1")
    return ScoreBaseline(edges, shares)


def _require_unique(items: list[str], what: str) -> None:
    if len(set(items)) != len(items):
        raise ScorecardFileError(f"duplicate {what}")


def _get(raw: Mapping[str, Any], key: str, kinds: type | tuple[type, ...]) -> Any:
    value = raw.get(key) if isinstance(raw, Mapping) else None
    if isinstance(value, bool) or not isinstance(value, kinds):
        raise ScorecardFileError(f"field {key!r} missing or not {kinds}")
    return value


def _str(raw: Mapping[str, Any], key: str) -> str:
    return str(_get(raw, key, str))


def _int(raw: Mapping[str, Any], key: str) -> int:
    return int(_get(raw, key, int))


def _float(raw: Mapping[str, Any], key: str) -> float:
    return float(_get(raw, key, (int, float)))


def _float_item(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ScorecardFileError(f"{what}: {value!r} is not a number")
    return float(value)


def _optional_float(raw: Mapping[str, Any], key: str) -> float | None:
    return None if raw.get(key) is None else _float(raw, key)


def _optional_int(raw: Mapping[str, Any], key: str) -> int | None:
    return None if raw.get(key) is None else _int(raw, key)


def _list(raw: Mapping[str, Any], key: str) -> list[Any]:
    return list(_get(raw, key, list))


def _strings(raw: Mapping[str, Any], key: str) -> list[str]:
    items = _list(raw, key)
    if not all(isinstance(v, str) for v in items):
        raise ScorecardFileError(f"{key!r} must hold strings")
    return items


def _mapping(raw: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value: Mapping[str, Any] = _get(raw, key, dict)
    return value


# --- stability monitoring ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StabilityBin:
    label: str
    expected_share: float
    actual_share: float
    contribution: float


@dataclass(frozen=True, slots=True)
class PSIResult:
    psi: float
    bins: tuple[StabilityBin, ...]
    label: str


@dataclass(frozen=True, slots=True)
class CSIResult:
    """Characteristic stability, plus how many points the shift moved the average score."""

    characteristic: str
    stability: PSIResult
    points_shift: float


def stability_label(index: float) -> str:
    """Industry bands (optbinning's report uses the same): <0.10, 0.10-0.25, ≥0.25."""
    if index < STABLE_BELOW:
        return "stable"
    return "monitor" if index < SIGNIFICANT_FROM else "significant shift"


def population_stability(
    expected_shares: Sequence[float], actual: Iterable[float], edges: Sequence[float]
) -> PSIResult:
    """PSI of `actual` values binned by `edges` (bin i = bisect_right(edges, v))."""
    if len(expected_shares) != len(edges) + 1:
        raise ValueError("need exactly one more expected share than edges")
    counts = [0] * len(expected_shares)
    for value in actual:
        counts[bisect_right(edges, value)] += 1
    bounds = [None, *edges, None]
    labels = [interval_label(lo, hi) for lo, hi in pairwise(bounds)]
    return _stability(expected_shares, counts, labels)


def characteristic_stability(
    scorecard: Scorecard, applications: Iterable[Mapping[str, object]]
) -> tuple[CSIResult, ...]:
    """CSI of every characteristic's bin mix against the training mix stored in the file."""
    rows = list(applications)
    return tuple(
        _csi(c, [c.bin_index(_field(r, c.name)) for r in rows]) for c in scorecard.characteristics
    )


def _csi(characteristic: Characteristic, picks: list[int]) -> CSIResult:
    counts = [0] * len(characteristic.bins)
    for index in picks:
        counts[index] += 1
    expected = [b.train_share for b in characteristic.bins]
    result = _stability(expected, counts, [b.label for b in characteristic.bins])
    shift = sum(
        (sb.actual_share - sb.expected_share) * b.points
        for sb, b in zip(result.bins, characteristic.bins, strict=True)
    )
    return CSIResult(characteristic.name, result, shift)


def _stability(
    expected: Sequence[float], counts: Sequence[int], labels: Sequence[str]
) -> PSIResult:
    total = sum(counts)
    if total == 0:
        raise ValueError("no observations to compare")
    bins = tuple(
        _stability_bin(label, share, count / total)
        for label, share, count in zip(labels, expected, counts, strict=True)
    )
    index = sum(b.contribution for b in bins)
    return PSIResult(index, bins, stability_label(index))


def _stability_bin(label: str, expected: float, actual: float) -> StabilityBin:
    e, a = max(expected, _SHARE_FLOOR), max(actual, _SHARE_FLOOR)
    return StabilityBin(label, expected, actual, (a - e) * math.log(a / e))


# --- discrimination (back-testing on matured loans) -------------------------------------


@dataclass(frozen=True, slots=True)
class Discrimination:
    auc: float
    ks: float
    gini: float


def discrimination(scores: Sequence[float], is_bad: Sequence[bool]) -> Discrimination:
    """AUC, KS and Gini of a score where higher means safer (ties count half for AUC)."""
    if len(scores) != len(is_bad):
        raise ValueError("scores and outcomes differ in length")
    n_bad = sum(1 for b in is_bad if b)
    n_good = len(is_bad) - n_bad
    if not n_bad or not n_good:
        raise ValueError("need both good and bad outcomes")
    pairs_won = ks = 0.0
    bad_below = good_below = 0
    for _score, bad, good in _tally_by_score(scores, is_bad):
        pairs_won += good * (bad_below + bad / 2)
        bad_below, good_below = bad_below + bad, good_below + good
        ks = max(ks, abs(bad_below / n_bad - good_below / n_good))
    auc = pairs_won / (n_bad * n_good)
    return Discrimination(auc, ks, 2 * auc - 1)


def _tally_by_score(
    scores: Sequence[float], is_bad: Sequence[bool]
) -> list[tuple[float, int, int]]:
    tally: dict[float, list[int]] = {}
    for score, bad in zip(scores, is_bad, strict=True):
        tally.setdefault(score, [0, 0])[0 if bad else 1] += 1
    return [(s, bad, good) for s, (bad, good) in sorted(tally.items())]
