"""A refresh whose answer is lost costs no new sign-in (found by the C35 soak).

The server revokes the old token when it issues the new one; a retried refresh with
the old token within `REFRESH_GRACE` gets the same new token back. Time is passed in
explicitly, so nothing here waits.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from syncservice import accounts, tokens
from syncservice.accounts import REFRESH_GRACE, Refused
from tests.sync.conftest import Server, Station
from workstation.services.sync_client import SyncUnavailable


class LosesFirstRefreshAnswer(httpx.HTTPTransport):
    """The first /sync/refresh reaches the server, which commits; its answer is lost."""

    def __init__(self) -> None:
        super().__init__()
        self.lost: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.url.path == "/sync/refresh" and not self.lost:
            response.read()
            self.lost.append(response.json()["token"])
            raise httpx.ReadError("answer lost", request=request)
        return response


def _pull_status(server: Server, station: Station, token: str) -> int:
    body = {"client_id": station.client.state().client_id, "schema_version": 1}
    headers = {"Authorization": f"Bearer {token}"}
    return httpx.post(f"{server.url}/sync/pull", json=body, headers=headers).status_code


def test_a_lost_refresh_answer_is_recovered_by_the_next_cycle(
    stations: Callable[..., Station], server: Server
) -> None:
    transport = LosesFirstRefreshAnswer()
    station = stations("RF001", transport)
    client = station.client
    assert client.token is not None
    old = client.token.value
    # Near its expiry, so the next cycle refreshes first.
    client.token = dataclasses.replace(client.token, expires_at=datetime.now(UTC))
    with pytest.raises(SyncUnavailable):
        client.sync_once()
    assert client.token.value == old  # the workstation still holds only the old token
    assert _pull_status(server, station, old) == 401  # revoked for everything else

    client.sync_once()  # no sign-in: the retried refresh answers the token issued then
    assert client.token.value == transport.lost[0] != old
    assert _pull_status(server, station, client.token.value) == 200


@pytest.fixture
def refreshable(stations: Callable[..., Station], server: Server) -> dict[str, Any]:
    station = stations("RF002")
    state = station.client.state()
    claims = {"sub": "officer1", "client_id": state.client_id, "branch": "RF002"}
    return {
        "key": accounts.server_secret(server.engine, "token_key"),
        "claims": {**claims, "role": "officer"},
        "secret": station.client._device_secret(state),
        "engine": server.engine,
    }


def _refresh(env: dict[str, Any], token: str, now: datetime) -> str:
    issued = accounts.refresh_token(
        env["engine"], env["key"], f"Bearer {token}", env["secret"], now
    )
    return issued.token


def test_a_retried_refresh_answers_the_same_token_within_the_grace_only(
    refreshable: dict[str, Any],
) -> None:
    env, t0 = refreshable, datetime.now(UTC)
    old, _ = tokens.issue(env["key"], env["claims"], t0)
    new = _refresh(env, old, t0)
    assert _refresh(env, old, t0 + timedelta(seconds=30)) == new
    assert _refresh(env, old, t0 + REFRESH_GRACE) == new
    with pytest.raises(Refused) as late:
        _refresh(env, old, t0 + REFRESH_GRACE + timedelta(seconds=1))
    assert (late.value.status, late.value.reason) == (401, "TOKEN_REVOKED")
    with pytest.raises(Refused):  # the old token opens nothing else, even in the grace
        accounts.authenticate(env["engine"], env["key"], f"Bearer {old}", t0)
    accounts.authenticate(env["engine"], env["key"], f"Bearer {new}", t0)


def test_no_retry_after_logout_or_a_second_refresh(refreshable: dict[str, Any]) -> None:
    env, t0 = refreshable, datetime.now(UTC)
    engine, key = env["engine"], env["key"]
    logged_out, _ = tokens.issue(key, env["claims"], t0)
    accounts.revoke_token(engine, tokens.verify(key, logged_out, t0))
    with pytest.raises(Refused):
        _refresh(env, logged_out, t0)

    old, _ = tokens.issue(key, env["claims"], t0)
    new = _refresh(env, old, t0)
    accounts.revoke_token(engine, tokens.verify(key, new, t0))  # the new one signed out
    with pytest.raises(Refused):
        _refresh(env, old, t0 + timedelta(seconds=5))


def test_a_retry_still_needs_the_device_secret(refreshable: dict[str, Any]) -> None:
    env, t0 = refreshable, datetime.now(UTC)
    old, _ = tokens.issue(env["key"], env["claims"], t0)
    _refresh(env, old, t0)
    with pytest.raises(Refused) as refused:
        _refresh({**env, "secret": "x" * 32}, old, t0)
    assert refused.value.reason == "BAD_DEVICE_CREDENTIAL"
