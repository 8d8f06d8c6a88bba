"""Watch lists: IT imports them, onboarding screens against them, supervisors decide hits.

A hit is either an exact ID match (keyed digest, the same as `IdentityDocument`) or a
fuzzy name match on pinyin forms (difflib ratio >= 0.85), so "Zhang Wei" on a list
finds 张伟. Any open hit blocks onboarding until a supervisor clears or confirms it
with a comment; a cleared customer continues, a confirmed one stays blocked.
"""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.models import Customer, WatchlistEntry, WatchlistHit
from workstation.services.customer_names import match_keys
from workstation.services.customer_records import document_forms
from workstation.services.lookup import digest, lookup_key
from workstation.services.permissions import Permission
from workstation.services.session import UserSession

NAME_THRESHOLD = 0.85
COLUMNS = ("name", "aliases", "id_number", "reason")
DECISIONS = ("cleared", "confirmed")


class WatchlistError(ValueError):
    pass


@dataclass(frozen=True)
class ImportSummary:
    list_name: str
    imported: int
    skipped: int


@dataclass(frozen=True)
class HitInfo:
    id: uuid.UUID
    customer_id: uuid.UUID
    entry_name: str
    list_name: str
    reason: str
    match_kind: str  # id | name
    score: int
    status: str  # open | cleared | confirmed
    decided_by: str
    decision_comment: str
    decided_at: datetime | None


def import_csv(ctx: UserSession, text: str, list_name: str) -> ImportSummary:
    """Add a list's entries; rows already on that list (same name and ID) are skipped."""
    ctx.require(Permission.WATCHLIST_MANAGE, "watchlist_import")
    list_name = list_name.strip()
    if not list_name:
        raise WatchlistError("Give the watch list a name.")
    rows = _parse(text)
    with ctx.transaction() as session:
        key = lookup_key(session)
        known = {
            (e.name, e.id_digest)
            for e in session.execute(
                select(WatchlistEntry).where(WatchlistEntry.list_name == list_name)
            ).scalars()
        }
        entries = [_entry(key, list_name, row) for row in rows]
        fresh = [e for e in entries if (e.name, e.id_digest) not in known]
        session.add_all(fresh)
        summary = ImportSummary(list_name, len(fresh), len(entries) - len(fresh))
        ctx.audit(
            session,
            "watchlist_imported",
            subject_type="watchlist",
            subject_id=list_name,
            details={"imported": summary.imported, "skipped": summary.skipped},
        )
    return summary


def _parse(text: str) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise WatchlistError(f"The watch-list file lacks the column(s): {', '.join(missing)}.")
    rows = []
    for line, row in enumerate(reader, start=2):
        if not (row.get("name") or "").strip():
            raise WatchlistError(f"Line {line} of the watch-list file has no name.")
        rows.append({c: (row.get(c) or "").strip() for c in COLUMNS})
    return rows


def _entry(key: bytes, list_name: str, row: dict[str, str]) -> WatchlistEntry:
    aliases = [a.strip() for a in row["aliases"].split("|") if a.strip()]
    keys = set().union(*(match_keys(n) for n in [row["name"], *aliases]))
    return WatchlistEntry(
        list_name=list_name,
        name=row["name"],
        aliases="|".join(aliases),
        name_keys="|".join(sorted(keys)),
        id_digest=entry_digest(key, row["id_number"]) if row["id_number"] else "",
        reason=row["reason"],
    )


def entry_digest(key: bytes, number: str) -> str:
    """The digest an ID is listed under: its checked form, or 'other' for passports etc."""
    doc_type, normalized = document_forms(number.replace(" ", "").upper())[0]
    return digest(key, doc_type, normalized)


# --- screening --------------------------------------------------------------------------


def screen(session: Session, key: bytes, customer: Customer) -> list[WatchlistHit]:
    """Add a hit row per matching entry (ID match wins over name match) and return them."""
    digests = {entry_digest(key, d.number) for d in customer.documents}
    names = match_keys(customer.legal_name)
    hits: list[WatchlistHit] = []
    for entry in session.execute(select(WatchlistEntry)).scalars():
        if entry.id_digest and entry.id_digest in digests:
            hits.append(_hit(customer, entry, "id", 100))
            continue
        score = name_score(names, entry.name_keys.split("|"))
        if score >= NAME_THRESHOLD:
            hits.append(_hit(customer, entry, "name", round(score * 100)))
    session.add_all(hits)
    return hits


def name_score(names: set[str], listed: list[str]) -> float:
    pairs = [(a, b) for a in names for b in listed if a and b]
    return max((SequenceMatcher(None, a, b).ratio() for a, b in pairs), default=0.0)


def _hit(customer: Customer, entry: WatchlistEntry, kind: str, score: int) -> WatchlistHit:
    return WatchlistHit(
        customer_id=customer.id,
        entry_id=entry.id,
        match_kind=kind,
        score=score,
        origin_branch=customer.origin_branch,
        origin_device=customer.origin_device,
    )


# --- decisions --------------------------------------------------------------------------


def decide(ctx: UserSession, hit_id: uuid.UUID, decision: str, comment: str) -> HitInfo:
    """A supervisor clears (false positive) or confirms a hit, with a comment."""
    ctx.require(Permission.WATCHLIST_DECIDE, "watchlist_decide", str(hit_id))
    if decision not in DECISIONS:
        raise WatchlistError(f"A decision is one of: {', '.join(DECISIONS)}.")
    if not comment.strip():
        raise WatchlistError("Write a comment explaining the decision.")
    with ctx.transaction() as session:
        hit, customer = _open_hit(session, ctx, hit_id)
        hit.status, hit.decision_comment = decision, comment.strip()
        hit.decided_by, hit.decided_at = ctx.actor.username, ctx.now()
        session.flush()
        _settle_customer(session, customer)
        ctx.audit(
            session,
            f"watchlist_hit_{decision}",
            subject_type="customer",
            subject_id=str(customer.id),
            details={"hit_id": str(hit.id), "match_kind": hit.match_kind},
        )
        return _info(session, hit)


def _open_hit(
    session: Session, ctx: UserSession, hit_id: uuid.UUID
) -> tuple[WatchlistHit, Customer]:
    hit = session.get(WatchlistHit, hit_id)
    customer = session.get(Customer, hit.customer_id) if hit else None
    if hit is None or customer is None or customer.branch_id != ctx.actor.branch_id:
        raise WatchlistError("There is no such watch-list hit in this branch.")
    if hit.status != "open":
        raise WatchlistError(f"This hit was already {hit.status} by {hit.decided_by}.")
    return hit, customer


def _settle_customer(session: Session, customer: Customer) -> None:
    statuses = {h.status for h in _hits(session, customer.id)}
    if "open" in statuses:
        return
    if "confirmed" in statuses:
        customer.onboarding_state, customer.status = "rejected_watchlist", "blocked"
    else:
        customer.onboarding_state = "complete"


def _hits(session: Session, customer_id: uuid.UUID) -> list[WatchlistHit]:
    return list(
        session.execute(
            select(WatchlistHit)
            .where(WatchlistHit.customer_id == customer_id)
            .order_by(WatchlistHit.created_at)
        ).scalars()
    )


def hits_for(session: Session, customer_id: uuid.UUID) -> list[HitInfo]:
    return [_info(session, h) for h in _hits(session, customer_id)]


def _info(session: Session, hit: WatchlistHit) -> HitInfo:
    entry = session.get(WatchlistEntry, hit.entry_id)
    assert entry is not None  # a hit's foreign key always names an entry
    return HitInfo(
        hit.id,
        hit.customer_id,
        entry.name,
        entry.list_name,
        entry.reason,
        hit.match_kind,
        hit.score,
        hit.status,
        hit.decided_by,
        hit.decision_comment,
        hit.decided_at,
    )
