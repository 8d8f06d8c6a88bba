"""Protocol rules against the real server: tokens, scopes, conflicts, central decisions."""

from __future__ import annotations

import json
import random
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select, text

from syncservice import accounts, tokens
from tests.support import USER_PASSWORD
from tests.sync.workload import add_customer
from workstation.models import ApprovalDecision, ApprovalRequest, Customer, OutboxEntry


def _token_key(server) -> bytes:
    return accounts.server_secret(server.engine, "token_key")


def _claims(station) -> dict[str, str]:
    return {
        "sub": "officer1",
        "client_id": station.client.state().client_id,
        "branch": station.branch,
        "role": "officer",
    }


def _pull(server, station, token: str | None) -> httpx.Response:
    headers = {"Authorization": token} if token is not None else {}
    body = {"client_id": station.client.state().client_id, "schema_version": 1}
    return httpx.post(f"{server.url}/sync/pull", json=body, headers=headers)


def test_bad_token_matrix_is_401(stations, server):
    station = stations("TK001")
    key, claims, now = _token_key(server), _claims(station), datetime.now(UTC)
    expired, _ = tokens.issue(key, claims, now - timedelta(hours=1))
    forged, _ = tokens.issue(b"x" * 32, claims, now)
    good, _ = tokens.issue(key, claims, now)
    head, body, sig = good.split(".")
    none_alg = tokens._b64(b'{"alg":"none","typ":"JWT"}') + f".{body}."
    cases = {
        "expired": f"Bearer {expired}",
        "wrong signature": f"Bearer {forged}",
        "tampered payload": f"Bearer {head}.{tokens._b64(b'{}')}.{sig}",
        "alg none": f"Bearer {none_alg}",
        "malformed": "Bearer not-a-token",
        "not bearer": f"Basic {good}",
        "missing": None,
    }
    for name, header in cases.items():
        assert _pull(server, station, header).status_code == 401, name
    assert _pull(server, station, f"Bearer {good}").status_code == 200


def test_revoked_token_and_revoked_device_are_refused(stations, server):
    station = stations("TK002")
    token = f"Bearer {station.client.token.value}"
    assert (
        httpx.post(f"{server.url}/sync/logout", headers={"Authorization": token}).status_code == 204
    )
    assert _pull(server, station, token).status_code == 401
    station.client.login("officer1", USER_PASSWORD)
    accounts.revoke_client(server.engine, station.client.state().client_id)
    assert _pull(server, station, f"Bearer {station.client.token.value}").status_code == 403


def test_foreign_client_id_is_forbidden(stations, server):
    a, b = stations("SC001"), stations("SC002")
    body = {"client_id": b.client.state().client_id, "schema_version": 1}
    answer = httpx.post(
        f"{server.url}/sync/pull",
        json=body,
        headers={"Authorization": f"Bearer {a.client.token.value}"},
    )
    assert answer.status_code == 403


def test_branch_cannot_overwrite_another_branchs_row(stations, server):
    a, b = stations("SC003"), stations("SC004")
    customer_id = add_customer(a.session, random.Random(3))
    a.sync_until_quiet()
    row = {"id": str(customer_id), "legal_name": "hijack"}
    with b.session.transaction() as s:  # b forges an edit to a's customer, by id
        s.connection().execute(
            OutboxEntry.__table__.insert(),
            [
                {
                    "mutation_id": str(uuid.uuid4()),
                    "name": "upsert_row_v1",
                    "entity": "customer",
                    "pk": str(customer_id),
                    "schema_version": 1,
                    "status": "pending",
                    "outcome": "",
                    "reason": "",
                    "created_at": datetime.now(UTC),
                    "args": json.dumps(
                        {
                            "entity": "customer",
                            "pk": str(customer_id),
                            "op": "update",
                            "row": row,
                            "changed": ["legal_name"],
                            "base_version": 1,
                        }
                    ),
                }
            ],
        )
    b.sync_until_quiet()
    assert b.client.status().rejected[0].reason.startswith("FORBIDDEN_SCOPE")
    with server.engine.connect() as conn:
        name = conn.execute(
            text("SELECT row->>'legal_name' FROM entity_row WHERE pk = :p"), {"p": str(customer_id)}
        ).scalar_one()
    assert name != "hijack"


def test_duplicate_national_id_across_workstations(stations, server):
    a, b = stations("DU001"), stations("DU002")
    add_customer(a.session, random.Random(1), id_number="11010519491231002X")
    add_customer(b.session, random.Random(2), id_number="11010519491231002X")
    a.sync_until_quiet()
    b.sync_until_quiet()
    refused = [r for r in b.client.status().rejected if r.entity == "identity_document"]
    assert refused
    assert refused[0].reason.startswith("DUPLICATE_CUSTOMER")
    with b.session.read() as s:  # the refused document is gone locally, as on the server
        docs = s.execute(text("SELECT count(*) FROM identity_document")).scalar_one()
    assert docs == 0


def test_kyc_edit_on_stale_version_is_a_recorded_conflict(stations, server):
    a, b = stations("KY001"), stations("KY001")
    customer_id = add_customer(a.session, random.Random(4))
    a.sync_until_quiet()
    b.sync_until_quiet()
    for station, name in ((a, "王一"), (b, "王二")):
        with station.session.transaction() as s:
            customer = s.get(Customer, customer_id)
            customer.legal_name = name
            customer.occupation = f"job of {name}"
    a.sync_until_quiet()
    b.sync_until_quiet()
    a.sync_until_quiet()
    with server.engine.connect() as conn:
        row = conn.execute(
            text("SELECT row FROM entity_row WHERE pk = :p"), {"p": str(customer_id)}
        ).scalar_one()
        conflicts = conn.execute(
            text("SELECT count(*) FROM customer_conflict WHERE pk = :p"), {"p": str(customer_id)}
        ).scalar_one()
    assert row["legal_name"] == "王一"  # first KYC change wins; the second goes to review
    assert row["occupation"] == "job of 王二"  # contact-level fields: last writer wins
    assert conflicts == 1
    for station in (a, b):
        with station.session.read() as s:
            assert s.get(Customer, customer_id).legal_name == "王一"


@pytest.mark.parametrize(
    ("user", "outcome"), [("officer1", "rejected"), ("supervisor1", "applied")]
)
def test_approval_decisions_need_a_supervisor_token(stations, server, user, outcome):
    station = stations(f"AP{user[:3]}", user=user)
    ctx = station.session
    with ctx.transaction() as s:
        request = ApprovalRequest(
            kind="referral",
            subject_type="application",
            subject_id=uuid.uuid4(),
            branch_id=ctx.actor.branch_id,
            requested_by=ctx.actor.user_id,
            requested_at=ctx.now(),
        )
        s.add(request)
        s.flush()
        s.add(
            ApprovalDecision(
                request_id=request.id,
                decision="approved",
                decided_by=ctx.actor.user_id,
                decided_at=ctx.now(),
                comment="ok",
            )
        )
    station.sync_until_quiet()
    with ctx.read() as s:
        entry = s.execute(
            select(OutboxEntry).where(OutboxEntry.entity == "approval_decision")
        ).scalar_one()
        decisions = s.execute(select(ApprovalDecision)).scalars().all()
    assert entry.outcome == outcome
    assert len(decisions) == (1 if outcome == "applied" else 0)
    if outcome == "rejected":
        assert entry.reason.startswith("FORBIDDEN_ROLE")


def test_old_client_gets_upgrade_required(stations, server):
    station = stations("UP001")
    body = {"client_id": station.client.state().client_id, "schema_version": 99}
    answer = httpx.post(
        f"{server.url}/sync/pull",
        json=body,
        headers={"Authorization": f"Bearer {station.client.token.value}"},
    )
    assert answer.status_code == 426
    assert answer.json()["detail"] == "UPGRADE_REQUIRED"


def test_audit_chain_verified_and_fork_flagged(stations, server):
    station = stations("AU001")
    add_customer(station.session, random.Random(5))
    station.sync_until_quiet()
    client_id = station.client.state().client_id
    with server.engine.connect() as conn:
        flagged, seq = conn.execute(
            text("SELECT flagged, audit_seq FROM sync_client WHERE client_id = :c"),
            {"c": client_id},
        ).one()
    assert flagged == ""
    assert seq > 5
    body = {
        "client_id": client_id,
        "schema_version": 1,
        "mutations": [],
        "audit_head": [seq - 1, "0" * 64],
    }
    httpx.post(
        f"{server.url}/sync/push",
        json=body,
        headers={"Authorization": f"Bearer {station.client.token.value}"},
    )
    with server.engine.connect() as conn:
        flagged = conn.execute(
            text("SELECT flagged FROM sync_client WHERE client_id = :c"), {"c": client_id}
        ).scalar_one()
    assert "went back" in flagged
