"""Sync actions as service calls: permission-checked and audited like every other act."""

from __future__ import annotations

import httpx

from workstation.services.permissions import Permission
from workstation.services.session import UserSession
from workstation.services.sync_client import SyncClient, SyncReport, SyncStatus, read_status


def client_for(ctx: UserSession, transport: httpx.BaseTransport | None = None) -> SyncClient:
    return SyncClient(ctx.store, ctx.workstation.secrets, transport=transport)


def enroll_workstation(
    ctx: UserSession, server_url: str, code: str, transport: httpx.BaseTransport | None = None
) -> str:
    """IT enrols the workstation with head office once; returns the branch it serves."""
    ctx.require(Permission.SETTINGS_MANAGE, "sync_enroll")
    client = client_for(ctx, transport)
    try:
        branch = client.enroll(server_url, code, ctx.actor.device_id)
    finally:
        client.close()
    with ctx.transaction() as session:
        ctx.audit(session, "sync_enrolled", subject_type="device", details={"branch": branch})
    return branch


def connect(ctx: UserSession, client: SyncClient, password: str) -> None:
    """Sign in to head office with the officer's own name and password."""
    ctx.require(Permission.SYNC_RUN, "sync_connect")
    client.login(ctx.actor.username, password)


def sync_now(ctx: UserSession, client: SyncClient) -> SyncReport:
    ctx.require(Permission.SYNC_RUN, "sync_run")
    return client.sync_once()


def status(ctx: UserSession) -> SyncStatus:
    ctx.require(Permission.SYNC_RUN, "sync_status")
    return read_status(ctx.store)
