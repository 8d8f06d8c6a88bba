"""Watch lists: import, exact-ID and fuzzy pinyin hits block onboarding, supervisor decides."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from tests.services.kyc_support import person, ric
from tests.support import Bench
from workstation.models import AuditEvent
from workstation.services import customers, watchlist
from workstation.services.permissions import PermissionDenied
from workstation.services.watchlist import WatchlistError

LIST = f"""name,aliases,id_number,reason
Zhang Wei,Cheung Wai|张卫,,sanctions
Li Ming,,{ric(seq="555")},fraud ring
"""


def _import(bench: Bench, text: str = LIST) -> watchlist.ImportSummary:
    return watchlist.import_csv(bench.admin(), text, "PBOC-2026")


def test_import_counts_and_skips_rows_already_listed(bench: Bench) -> None:
    assert _import(bench) == watchlist.ImportSummary("PBOC-2026", 2, 0)
    assert _import(bench) == watchlist.ImportSummary("PBOC-2026", 0, 2)


def test_officer_cannot_import_and_bad_files_are_explained(bench: Bench) -> None:
    with pytest.raises(PermissionDenied):
        watchlist.import_csv(bench.sign_in("officer1"), LIST, "x")
    with pytest.raises(WatchlistError, match="lacks the column"):
        watchlist.import_csv(bench.admin(), "name,reason\nA,b\n", "x")
    with pytest.raises(WatchlistError, match="Line 3"):
        watchlist.import_csv(bench.admin(), "name,aliases,id_number,reason\nA,,,r\n,,,r\n", "x")


def test_fuzzy_pinyin_name_hit_blocks_onboarding(bench: Bench) -> None:
    _import(bench)
    made = customers.onboard(bench.sign_in("officer1"), person("张伟"))
    assert made.onboarding_state == "blocked_watchlist"
    hits = customers.get(bench.sign_in("officer1"), made.id).watchlist_hits
    assert [(h.entry_name, h.match_kind, h.score, h.status) for h in hits] == [
        ("Zhang Wei", "name", 100, "open")
    ]


def test_exact_id_hit_whatever_the_name(bench: Bench) -> None:
    _import(bench)
    made = customers.onboard(bench.sign_in("officer1"), person("王芳", ric(seq="555")))
    hits = customers.get(bench.sign_in("officer1"), made.id).watchlist_hits
    assert [(h.entry_name, h.match_kind, h.reason) for h in hits] == [
        ("Li Ming", "id", "fraud ring")
    ]


def test_unrelated_name_passes(bench: Bench) -> None:
    _import(bench)
    made = customers.onboard(bench.sign_in("officer1"), person("陈静"))
    assert made.onboarding_state == "complete"


def test_supervisor_clears_a_hit_officer_cannot(bench: Bench) -> None:
    _import(bench)
    made = customers.onboard(bench.sign_in("officer1"), person("张伟"))
    hit = customers.get(bench.sign_in("officer1"), made.id).watchlist_hits[0]
    with pytest.raises(PermissionDenied):
        watchlist.decide(bench.sign_in("officer1"), hit.id, "cleared", "not the same person")
    supervisor = bench.sign_in("supervisor1")
    with pytest.raises(WatchlistError, match="comment"):
        watchlist.decide(supervisor, hit.id, "cleared", "  ")
    decided = watchlist.decide(supervisor, hit.id, "cleared", "different birth date")
    assert (decided.status, decided.decided_by) == ("cleared", "supervisor1")
    assert customers.get(supervisor, made.id).summary.onboarding_state == "complete"
    with pytest.raises(WatchlistError, match="already cleared"):
        watchlist.decide(supervisor, hit.id, "confirmed", "changed my mind")
    with supervisor.read() as s:
        actions = [
            (e.action, e.outcome, json.loads(e.details).get("hit_id"))
            for e in s.execute(
                select(AuditEvent).where(AuditEvent.action.like("watchlist%"))
            ).scalars()
        ]
    assert ("watchlist_decide", "denied", None) in actions
    assert ("watchlist_hit_cleared", "ok", str(hit.id)) in actions


def test_confirmed_hit_blocks_the_customer(bench: Bench) -> None:
    _import(bench)
    made = customers.onboard(bench.sign_in("officer1"), person("张伟"))
    supervisor = bench.sign_in("supervisor1")
    hit = customers.get(supervisor, made.id).watchlist_hits[0]
    watchlist.decide(supervisor, hit.id, "confirmed", "same person, same birth date")
    shown = customers.get(supervisor, made.id).summary
    assert (shown.status, shown.onboarding_state) == ("blocked", "rejected_watchlist")
