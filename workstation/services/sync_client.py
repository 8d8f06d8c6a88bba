"""The workstation side of sync: enrol, sign in to head office, push the outbox, pull.

One cycle is: push every pending outbox entry (the server answers each with an
outcome), re-read the rows those outcomes touched, then pull the branch's change
log page by page. Each step commits locally before the next request, so a crash or
a lost response anywhere only repeats work the server recognises (SYNC.md F1/F2).
No Qt here: the GUI runs this through views.sync_worker, the CLI directly.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.orm import Session

from workstation.models import LocalSecret, OutboxEntry, SyncState, User
from workstation.models.sync import SCHEMA_VERSION, mutation_values
from workstation.services import audit, sync_apply
from workstation.services.lookup import LOOKUP_KEY_NAME
from workstation.services.secrets import SecretStore
from workstation.services.store import Store

PUSH_BATCH = 200
PULL_PAGE = 5000
SNAPSHOT_PAGE = 5000
RESET_REQUIRED = "RESET_REQUIRED"
REFRESH_MARGIN = timedelta(minutes=5)


class SyncError(RuntimeError):
    """A sync problem, worded for the officer."""


class SyncUnavailable(SyncError):
    """The server could not be reached or answered badly; try again later."""


class SyncRefused(SyncError):
    """The server refused our credentials; signing in again (or IT) is needed."""


class ResetRequired(SyncError):
    """Head office can no longer continue this workstation's history (SYNC.md F9)."""

    def __init__(self) -> None:
        super().__init__("Head office asked for a fresh copy of the branch's data.")


class UpgradeRequired(SyncError):
    def __init__(self) -> None:
        super().__init__(
            "Head office needs a newer version of this program. Your changes are kept "
            "and will be sent after the update."
        )


def record_change(session: Session, op: str, row: Any) -> None:
    """Queue an explicit change in the caller's transaction (the flush hook covers ORM writes)."""
    version = int(getattr(row, "version", 1) or 1)
    session.connection().execute(insert(OutboxEntry), [mutation_values(op, row, [], version - 1)])


@dataclass(frozen=True)
class SyncReport:
    pushed: int
    rejected: int
    conflicts: int
    pulled: int


@dataclass(frozen=True)
class RejectedChange:
    seq: int
    entity: str
    reason: str
    at: datetime


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str
    branch: str
    pending: int
    last_success_at: datetime | None
    last_error: str
    rejected: tuple[RejectedChange, ...]


@dataclass
class Token:
    value: str
    expires_at: datetime
    role: str


def device_secret_name(client_id: str) -> str:
    return f"sync-device:{client_id}"


class SyncClient:
    """Talks to one sync server for one open store; holds the head-office token in memory."""

    def __init__(
        self,
        store: Store,
        secrets: SecretStore,
        *,
        transport: httpx.BaseTransport | None = None,
        verify: bool | str = True,
        timeout: float = 30.0,
    ) -> None:
        self.store = store
        self.secrets = secrets
        self.token: Token | None = None
        self._http = httpx.Client(transport=transport, verify=verify, timeout=timeout)

    def close(self) -> None:
        self._http.close()

    # -- state ----------------------------------------------------------------------
    def state(self) -> SyncState:
        with self.store.read() as session:
            return session.get(SyncState, 1) or SyncState(id=1, cursor="0:0")

    @contextmanager
    def _conn(self) -> Iterator[Connection]:
        with self.store.engine.begin() as conn:
            yield conn

    # -- HTTP -----------------------------------------------------------------------
    def _post(self, path: str, body: dict[str, Any], *, auth: bool = True) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {self.token.value}"} if auth and self.token else {}
        try:
            response = self._http.post(self.state().server_url + path, json=body, headers=headers)
        except httpx.HTTPError as exc:
            raise SyncUnavailable(f"Head office cannot be reached ({type(exc).__name__}).") from exc
        return _decode(response)

    # -- enrolment and sign-in --------------------------------------------------------
    def enroll(self, server_url: str, code: str, device_name: str) -> str:
        """Exchange IT's one-time code for a device credential kept in the keyring."""
        client_id = self.state().client_id or str(uuid.uuid4())
        with self.store.read() as session:
            body = {
                "code": code.strip(),
                "client_id": client_id,
                "device_name": device_name,
                "audit_key": audit.load_audit_key(session).hex(),
                "users": _users(session),
            }
        self._save_state(server_url=server_url.rstrip("/"), client_id=client_id)
        answer = self._post("/sync/enroll", body, auth=False)
        self.secrets.set(device_secret_name(client_id), answer["device_secret"])
        self._save_state(client_id=client_id, branch=answer["branch"])
        return str(answer["branch"])

    def login(self, username: str, password: str) -> None:
        state = self.state()
        body = {
            "client_id": state.client_id,
            "device_secret": self._device_secret(state),
            "username": username,
            "password": password,
            "schema_version": SCHEMA_VERSION,
        }
        self._take_token(self._post("/sync/token", body, auth=False))

    def logout(self) -> None:
        """Revoke the head-office token (sign-out); offline, it simply expires in minutes."""
        token, self.token = self.token, None
        if token is None:
            return
        headers = {"Authorization": f"Bearer {token.value}"}
        with contextlib.suppress(httpx.HTTPError):  # unreachable: the token expires by itself
            self._http.post(self.state().server_url + "/sync/logout", headers=headers)

    def _device_secret(self, state: SyncState) -> str:
        if not state.client_id:
            raise SyncError("This workstation is not enrolled with head office yet.")
        secret = self.secrets.get(device_secret_name(state.client_id))
        if secret is None:
            raise SyncRefused("The head-office credential is missing from the keychain; ask IT.")
        return secret

    def _take_token(self, answer: dict[str, Any]) -> None:
        expires = datetime.fromtimestamp(int(answer["expires_at"]), UTC)
        self.token = Token(str(answer["token"]), expires, str(answer["role"]))

    def _fresh_token(self) -> None:
        if self.token is None:
            raise SyncRefused("Sign in to head office to synchronise.")
        if self.token.expires_at - datetime.now(UTC) < REFRESH_MARGIN:
            body = {"device_secret": self._device_secret(self.state())}
            self._take_token(self._post("/sync/refresh", body))

    # -- one cycle ------------------------------------------------------------------
    def sync_once(self) -> SyncReport:
        try:
            self._fresh_token()
            pushed, rejected, conflicts = self.push()
            self.refresh_acked()
            pulled = self.catch_up()
            self.refresh_acked()
        except SyncError as exc:
            self._save_state(last_error=str(exc))
            raise
        self._save_state(last_error="", last_success_at=datetime.now(UTC))
        return SyncReport(pushed, rejected, conflicts, pulled)

    def push(self) -> tuple[int, int, int]:
        counts = [0, 0, 0]
        while batch := self._pending_batch():
            answer = self._post("/sync/push", self._push_body(batch))
            self._record_outcomes(answer["results"], counts)
            _check_stop(answer, batch[0].seq)
            if not answer["results"]:
                raise SyncUnavailable("Head office accepted none of the changes; retrying later.")
        return counts[0], counts[1], counts[2]

    def _pending_batch(self) -> list[OutboxEntry]:
        with self.store.read() as session:
            stmt = (
                select(OutboxEntry)
                .where(OutboxEntry.status == "pending")
                .order_by(OutboxEntry.seq)
                .limit(PUSH_BATCH)
            )
            return list(session.execute(stmt).scalars())

    def _push_body(self, batch: list[OutboxEntry]) -> dict[str, Any]:
        with self.store.read() as session:
            head = audit.chain_head(session)
        mutations = [
            {
                "seq": e.seq,
                "mutation_id": e.mutation_id,
                "name": e.name,
                "args": json.loads(e.args),
                "client_ts": e.created_at.isoformat(),
            }
            for e in batch
        ]
        return {
            "client_id": self.state().client_id,
            "schema_version": SCHEMA_VERSION,
            "mutations": mutations,
            "audit_head": list(head),
        }

    def _record_outcomes(self, results: list[dict[str, Any]], counts: list[int]) -> None:
        with self._conn() as conn:
            for r in results:
                conn.execute(
                    update(OutboxEntry)
                    .where((OutboxEntry.seq == r["seq"]) & (OutboxEntry.status == "pending"))
                    .values(status="acked", outcome=r["status"], reason=r.get("reason", ""))
                )
                counts[0] += 1
                counts[1] += r["status"] == "rejected"
                counts[2] += r["status"] == "conflict"
            if results:
                conn.execute(
                    update(SyncState).values(last_acked_seq=max(r["seq"] for r in results))
                )

    def refresh_acked(self) -> None:
        """Re-read rows whose outcome arrived, so local data equals the server's."""
        with self._conn() as conn:
            acked = conn.execute(
                select(OutboxEntry.entity, OutboxEntry.pk).where(OutboxEntry.status == "acked")
            ).all()
            pending = {
                (r.entity, r.pk)
                for r in conn.execute(
                    select(OutboxEntry.entity, OutboxEntry.pk).where(
                        OutboxEntry.status == "pending"
                    )
                )
            }
        keys = sorted({(r.entity, r.pk) for r in acked} - pending)
        for start in range(0, len(keys), 1000):
            self._refresh_chunk(keys[start : start + 1000])

    def _refresh_chunk(self, keys: list[tuple[str, str]]) -> None:
        rows = [k for k in keys if k[0] in sync_apply.PULLED_TABLES]
        answer = self._post("/sync/rows", {"client_id": self.state().client_id, "keys": rows})
        with self._applying() as (conn, key):
            sync_apply.apply_changes(conn, answer["rows"], key, force=True)
            sync_apply.drop_rows(conn, [tuple(k) for k in answer["missing"]])
            for entity, pk in keys:
                conn.execute(
                    update(OutboxEntry)
                    .where(
                        (OutboxEntry.entity == entity)
                        & (OutboxEntry.pk == pk)
                        & (OutboxEntry.status == "acked")
                    )
                    .values(status="done")
                )

    def catch_up(self) -> int:
        """Snapshot while there is no usable history, then the log; a reset starts over."""
        try:
            return self._snapshot_then_pull()
        except ResetRequired:
            self.reset()
            return self._snapshot_then_pull()

    def _snapshot_then_pull(self) -> int:
        state = self.state()
        pulled = self.snapshot() if not state.epoch or state.snapshot_after else 0
        return pulled + self.pull()

    def reset(self) -> None:
        """Send every pending change first, then forget the server's rows (keeping rows
        with an unanswered change) so the next snapshot starts from nothing."""
        self.push()
        self.refresh_acked()
        with self._applying() as (conn, _key):
            sync_apply.wipe(conn)
            conn.execute(update(SyncState).values(cursor="0:0", epoch="", snapshot_after=""))

    def snapshot(self) -> int:
        """Page through the branch's current rows; resumable from the last key applied."""
        total = 0
        while True:
            state = self.state()
            after = state.snapshot_after.split("/", 1) if state.snapshot_after else None
            body = {
                "client_id": state.client_id,
                "schema_version": SCHEMA_VERSION,
                "epoch": state.epoch if after else "",
                "after": after,
                "limit": SNAPSHOT_PAGE,
            }
            page = self._post("/sync/snapshot", body)
            with self._applying() as (conn, key):
                total += sync_apply.apply_changes(conn, page["rows"], key)
                conn.execute(update(SyncState).values(**_snapshot_progress(page, after is None)))
            if not page["has_more"]:
                return total

    def pull(self) -> int:
        total = 0
        while True:
            state = self.state()
            body = {
                "client_id": state.client_id,
                "schema_version": SCHEMA_VERSION,
                "cursor": state.cursor,
                "limit": PULL_PAGE,
                "epoch": state.epoch,
            }
            page = self._post("/sync/pull", body)
            with self._applying() as (conn, key):
                total += sync_apply.apply_changes(conn, page["changes"], key)
                conn.execute(update(SyncState).values(cursor=page["next_cursor"]))
            if not page["has_more"]:
                return total

    @contextmanager
    def _applying(self) -> Iterator[tuple[Connection, bytes]]:
        """One local transaction with foreign keys off: server rows may reference rows
        (branch, product, user, parent records) this workstation does not hold."""
        with self.store.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys = OFF")
            raw.execute("PRAGMA cache_size = -65536")  # 64 MiB: bulk pages touch many indexes
            try:
                with conn.begin():
                    key = bytes.fromhex(
                        conn.execute(
                            select(LocalSecret.value).where(LocalSecret.name == LOOKUP_KEY_NAME)
                        ).scalar_one()
                    )
                    yield conn, key
            finally:
                raw.execute("PRAGMA foreign_keys = ON")

    # -- status -----------------------------------------------------------------------
    def _save_state(self, **values: Any) -> None:
        with self.store.transaction() as session:
            state = session.get(SyncState, 1)
            if state is None:
                state = SyncState(id=1, cursor="0:0")
                session.add(state)
            for name, value in values.items():
                setattr(state, name, value)

    def status(self) -> SyncStatus:
        return read_status(self.store)


def read_status(store: Store) -> SyncStatus:
    with store.read() as session:
        state = session.get(SyncState, 1)
        pending = session.execute(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.status == "pending")
        ).scalar_one()
        refused = session.execute(
            select(OutboxEntry)
            .where(OutboxEntry.outcome == "rejected")
            .order_by(OutboxEntry.seq.desc())
            .limit(50)
        ).scalars()
        rejected = tuple(RejectedChange(e.seq, e.entity, e.reason, e.created_at) for e in refused)
    if state is None:
        return SyncStatus(False, "", "", int(pending), None, "", rejected)
    return SyncStatus(
        bool(state.client_id),
        state.server_url,
        state.branch,
        int(pending),
        state.last_success_at,
        state.last_error,
        rejected,
    )


def _users(session: Session) -> list[dict[str, Any]]:
    users = session.execute(select(User)).scalars()
    return [
        {
            "username": u.username,
            "role": u.role.name,
            "verifier": u.password_hash,
            "disabled": u.disabled,
        }
        for u in users
    ]


def _decode(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError as exc:
        raise SyncUnavailable("Head office sent an incomplete answer; retrying later.") from exc
    detail = str(body.get("detail", "")) if isinstance(body, dict) else ""
    if response.status_code == 401:
        raise SyncRefused(f"Head office did not accept the sign-in ({detail}). Sign in again.")
    if response.status_code == 403:
        raise SyncRefused(f"Head office refused this workstation ({detail}). Ask IT.")
    if response.status_code == 426:
        raise UpgradeRequired
    if response.status_code == 409 and detail == RESET_REQUIRED:
        raise ResetRequired
    if response.status_code >= 400 or not isinstance(body, dict):
        raise SyncUnavailable(f"Head office answered {response.status_code} ({detail}).")
    return body


def _snapshot_progress(page: dict[str, Any], first: bool) -> dict[str, str]:
    """State saved with a snapshot page: the first page fixes the log cursor (F1)."""
    after = "/".join(page["next_after"]) if page["has_more"] else ""
    values = {"snapshot_after": after, "epoch": page["epoch"]}
    if first:
        values["cursor"] = page["watermark"]
    return values


def _check_stop(answer: dict[str, Any], first_seq: int) -> None:
    stopped = answer.get("stopped", "")
    if stopped == "UPGRADE_REQUIRED":
        raise UpgradeRequired
    if stopped == "RETRY":
        raise SyncUnavailable("Head office is busy; retrying later.")
    if stopped == "OUT_OF_ORDER":
        raise SyncError(
            f"Head office expects change {answer.get('expected_seq')} but this workstation "
            f"starts at {first_seq}; ask IT (the server may have been restored)."
        )
