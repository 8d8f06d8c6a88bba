"""Request and response bodies. Unknown fields are refused so a malformed body never
reaches a handler half-understood."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Uuid = Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
Hex64 = Field(pattern=r"^[0-9a-f]{64}$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class UserVerifier(Strict):
    username: str = Field(min_length=1, max_length=64)
    role: str = Field(min_length=1, max_length=32)
    verifier: str = Field(min_length=20, max_length=200, pattern=r"^\$argon2id\$")
    disabled: bool = False


class EnrollRequest(Strict):
    code: str = Field(min_length=8, max_length=64)
    client_id: str = Uuid
    device_name: str = Field(min_length=1, max_length=200)
    audit_key: str = Hex64
    users: list[UserVerifier] = Field(max_length=500)


class EnrollResponse(Strict):
    client_id: str
    branch: str
    device_secret: str


class TokenRequest(Strict):
    client_id: str = Uuid
    device_secret: str = Field(min_length=16, max_length=128)
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=128)
    schema_version: int = Field(ge=0, le=1_000_000)


class RefreshRequest(Strict):
    device_secret: str = Field(min_length=16, max_length=128)


class TokenResponse(Strict):
    token: str
    expires_at: int
    role: str
    branch: str


class Mutation(Strict):
    seq: int = Field(ge=1, le=2**62)
    mutation_id: str = Uuid
    name: str = Field(min_length=1, max_length=64)
    args: dict[str, Any]
    client_ts: str = Field(default="", max_length=40)


class PushRequest(Strict):
    client_id: str = Uuid
    schema_version: int = Field(ge=0, le=1_000_000)
    mutations: list[Mutation] = Field(max_length=1000)
    audit_head: tuple[int, str] | None = None


Status = Literal["applied", "rejected", "conflict"]


class MutationOutcome(Strict):
    seq: int
    mutation_id: str
    status: Status
    reason: str = ""
    result: dict[str, Any] = Field(default_factory=dict)


class PushResponse(Strict):
    results: list[MutationOutcome]
    last_seq: int
    stopped: str = ""  # "" | OUT_OF_ORDER | UPGRADE_REQUIRED
    expected_seq: int | None = None


Epoch = Field(
    default="", pattern=r"^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?$"
)


class PullRequest(Strict):
    client_id: str = Uuid
    schema_version: int = Field(ge=0, le=1_000_000)
    cursor: str = Field(default="0:0", pattern=r"^[0-9]{1,18}:[0-9]{1,18}$")
    limit: int = Field(default=2000, ge=1, le=5000)
    epoch: str = Epoch  # the scope epoch of the client's snapshot; "" before the first


class SnapshotRequest(Strict):
    client_id: str = Uuid
    schema_version: int = Field(ge=0, le=1_000_000)
    epoch: str = Epoch  # "" on the first page; the first page's epoch afterwards
    after: (
        tuple[Annotated[str, Field(max_length=40)], Annotated[str, Field(max_length=36)]] | None
    ) = None
    limit: int = Field(default=5000, ge=1, le=5000)


class Change(Strict):
    entity: str
    pk: str
    op: str
    row_version: int
    row: dict[str, Any]


class PullResponse(Strict):
    changes: list[Change]
    next_cursor: str
    has_more: bool
    last_seq: int


class SnapshotResponse(Strict):
    rows: list[Change]
    next_after: tuple[str, str] | None
    has_more: bool
    watermark: str  # on the first page: the log cursor to pull from once the rows are in
    epoch: str


class RowsRequest(Strict):
    client_id: str = Uuid
    keys: list[tuple[str, str]] = Field(max_length=1000)


class RowsResponse(Strict):
    rows: list[Change]
    missing: list[tuple[str, str]]


class VersionInfo(Strict):
    protocol: int
    min_schema: int
    max_schema: int
