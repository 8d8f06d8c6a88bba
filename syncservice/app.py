"""The FastAPI application: enrolment, tokens, push, pull, row re-reads (no PEP 563:
FastAPI resolves the local `Caller` annotation at runtime).

Pull and snapshot pages are JSON text built by `pull` (declared models document
them). Every data endpoint resolves the caller from the bearer token; the body's
`client_id` must match the token's, and the branch scope is never read from a body.
"""

from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Engine

from syncservice import MAX_SCHEMA, MIN_SCHEMA, PROTOCOL_VERSION, accounts, pull, push
from syncservice.accounts import Refused
from syncservice.db import make_engine, upgrade
from syncservice.tokens import Claims
from syncservice.wire import (
    EnrollRequest,
    EnrollResponse,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    RefreshRequest,
    RowsRequest,
    RowsResponse,
    SnapshotRequest,
    SnapshotResponse,
    TokenRequest,
    TokenResponse,
    VersionInfo,
)

ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "missing, invalid, expired or revoked token"},
    403: {"description": "revoked device or another client's id"},
    426: {"description": "UPGRADE_REQUIRED: schema version outside the supported window"},
}
HISTORY_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    409: {"description": "RESET_REQUIRED: history compacted or scope re-based; re-snapshot"},
}


def create_app(database_url: str, now: Callable[[], datetime] = accounts.now_utc) -> FastAPI:
    engine = make_engine(database_url)
    upgrade(engine)
    return build_app(engine, now)


def build_app(engine: Engine, now: Callable[[], datetime] = accounts.now_utc) -> FastAPI:
    app = FastAPI(title="Workstation sync service", version=str(PROTOCOL_VERSION))
    token_key = accounts.server_secret(engine, "token_key")
    pepper = accounts.server_secret(engine, "id_pepper")

    @app.exception_handler(Refused)
    async def refused(_: Request, exc: Refused) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return JSONResponse({"detail": exc.reason}, status_code=exc.status, headers=headers)

    def caller(authorization: Annotated[str | None, Header()] = None) -> Claims:
        return accounts.authenticate(engine, token_key, authorization, now())

    Caller = Annotated[Claims, Depends(caller)]

    @app.get("/sync/version")
    def version() -> VersionInfo:
        return VersionInfo(protocol=PROTOCOL_VERSION, min_schema=MIN_SCHEMA, max_schema=MAX_SCHEMA)

    @app.post("/sync/enroll", responses={403: ERRORS[403], 409: {"description": "enrolled"}})
    def enroll(body: EnrollRequest) -> EnrollResponse:
        branch, secret = accounts.enroll(engine, body, now())
        return EnrollResponse(client_id=body.client_id, branch=branch, device_secret=secret)

    @app.post("/sync/token", responses=ERRORS)
    def token(body: TokenRequest) -> TokenResponse:
        _check_schema(body.schema_version)
        issued = accounts.issue_token(engine, token_key, body, now())
        c = issued.claims
        return TokenResponse(token=issued.token, expires_at=c.exp, role=c.role, branch=c.branch)

    @app.post("/sync/refresh", responses=ERRORS)
    def refresh(
        body: RefreshRequest, authorization: Annotated[str | None, Header()] = None
    ) -> TokenResponse:
        issued = accounts.refresh_token(engine, token_key, authorization, body.device_secret, now())
        c = issued.claims
        return TokenResponse(token=issued.token, expires_at=c.exp, role=c.role, branch=c.branch)

    @app.post("/sync/logout", status_code=204, responses=ERRORS)
    def logout(claims: Caller) -> None:
        accounts.revoke_token(engine, claims)

    @app.post("/sync/push", responses=ERRORS)
    def push_(body: PushRequest, claims: Caller) -> PushResponse:
        _check_call(claims, body.client_id, body.schema_version)
        return push.push(push.Context(engine, claims, pepper), body)

    @app.post("/sync/pull", response_model=PullResponse, responses=HISTORY_ERRORS)
    def pull_(body: PullRequest, claims: Caller) -> Response:
        _check_call(claims, body.client_id, body.schema_version)
        return pull.pull(engine, claims, body)

    @app.post("/sync/snapshot", response_model=SnapshotResponse, responses=HISTORY_ERRORS)
    def snapshot_(body: SnapshotRequest, claims: Caller) -> Response:
        _check_call(claims, body.client_id, body.schema_version)
        return pull.snapshot(engine, claims, body)

    @app.post("/sync/rows", responses=ERRORS)
    def rows(body: RowsRequest, claims: Caller) -> RowsResponse:
        _check_call(claims, body.client_id, MIN_SCHEMA)
        return pull.rows(engine, claims, body)

    return app


def _check_call(claims: Claims, client_id: str, schema_version: int) -> None:
    if client_id != claims.client_id:
        raise Refused(403, "CLIENT_MISMATCH")
    _check_schema(schema_version)


def _check_schema(schema_version: int) -> None:
    if not MIN_SCHEMA <= schema_version <= MAX_SCHEMA:
        raise Refused(426, "UPGRADE_REQUIRED")
