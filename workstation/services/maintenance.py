"""Store maintenance for IT: integrity checks, encrypted backups, restore, audit verify."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from workstation.services import audit, keyslots
from workstation.services.auth import Workstation
from workstation.services.permissions import Permission
from workstation.services.session import UserSession
from workstation.services.store import backup_to, connect_raw, integrity_problems, restore_from


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    problems: tuple[str, ...]


def check_integrity(ctx: UserSession) -> IntegrityReport:
    ctx.require(Permission.STORE_MAINTAIN, "integrity_check")
    problems = tuple(integrity_problems(ctx.store))
    with ctx.transaction() as session:
        ctx.audit(
            session,
            "integrity_check",
            outcome="ok" if not problems else "failed",
            details={"problems": len(problems)},
        )
    return IntegrityReport(not problems, problems)


def backup(ctx: UserSession, dest: Path) -> Path:
    """Write an encrypted, verified backup. It opens only with this workstation's key."""
    ctx.require(Permission.STORE_MAINTAIN, "backup")
    if dest.is_dir():
        dest = dest / f"workstation-{ctx.now():%Y%m%d-%H%M%S}.db"
    backup_to(ctx.store, ctx.store.key, dest)
    with ctx.transaction() as session:
        ctx.audit(session, "backup_written", details={"file": dest.name})
    return dest


def restore(ws: Workstation, username: str, password: str, source: Path) -> Path | None:
    """Replace the database with a verified backup, then check the restorer's authority.

    The backup is verified with the key before anything is touched. If the person
    restoring has no maintenance permission in the restored data, the previous file
    is put back.
    """
    master = ws.unlock_master_key(username, password)
    keys = ws.load_slots().database_keys(master)
    previous_anchor = ws.load_slots().audit_anchor
    kept = restore_from(source, keys, ws.paths.database, ws.clock.now())
    try:
        ws.remember_audit_head((0, audit.GENESIS))  # the restored chain is older by design
        session = ws.sign_in(username, password)
        session.require(Permission.STORE_MAINTAIN, "restore")
        with session.transaction() as db:
            session.audit(
                db,
                "database_restored",
                details={
                    "file": source.name,
                    "rolled_back_from_event": previous_anchor[0] if previous_anchor else None,
                },
            )
        session.sign_out()
    except BaseException:
        if previous_anchor is not None:
            ws.remember_audit_head(previous_anchor)
        if kept is not None:
            ws.paths.database.unlink(missing_ok=True)
            shutil.move(kept, ws.paths.database)
        raise
    return kept


def verify_audit(ctx: UserSession) -> audit.ChainReport:
    ctx.require(Permission.AUDIT_READ, "audit_verify")
    anchor = ctx.workstation.load_slots().audit_anchor
    with ctx.read() as session:
        report = audit.verify_chain(session, ctx.audit_key, anchor)
    with ctx.transaction() as session:
        ctx.audit(
            session,
            "audit_verified",
            outcome="ok" if report.ok else "failed",
            details={"events": report.count, "first_broken": report.first_broken_seq},
        )
    return report


def audit_events(ctx: UserSession, flt: audit.AuditFilter) -> list[audit.AuditRecord]:
    ctx.require(Permission.AUDIT_READ, "audit_list")
    with ctx.read() as session:
        return list(audit.query(session, flt))


def rotate_database_key(ctx: UserSession) -> None:
    """Re-encrypt the database under a new random key (`PRAGMA rekey`).

    Only the K-under-M wrap in the slot file changes, so users keep their passwords.
    The journal is switched out of WAL for the rekey (rekeying in WAL mode is known to
    corrupt some builds) and back afterwards. The session must be signed in again.
    """
    ctx.require(Permission.STORE_MAINTAIN, "rekey")
    ctx.require_recent_auth()
    slots = ctx.workstation.load_slots()
    new_key = keyslots.new_key()
    with ctx.transaction() as session:
        ctx.audit(session, "database_rekeyed")
    store = ctx.store
    store.engine.dispose()
    conn = connect_raw(store.path, store.key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        slots.set_database_key(ctx.master_key, new_key)
        slots.save()
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
        store.dispose()
    ctx.sign_out_after_rekey()
