"""Custody of the branch's contract-signing key and the CA certificates that verify it.

The private key is stored inside the encrypted database, itself encrypted
(BestAvailableEncryption) under a random passphrase that lives only in this machine's
OS keyring. A stolen database copy therefore cannot sign, and neither can a stolen
keyring entry without the database. Each credential has its own keyring entry, so a
failed import never overwrites the passphrase of the key in use.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.models import Branch, SigningCredential
from workstation.services import pdf_signing
from workstation.services.permissions import Permission
from workstation.services.secrets import SecretStore
from workstation.services.session import UserSession

LOCAL_VALIDITY_DAYS = 825


class SigningKeyUnavailable(ValueError):
    """No usable signing key on this workstation; the message tells IT what to do."""


@dataclass(frozen=True)
class CredentialInfo:
    id: uuid.UUID
    subject: str
    source: str
    not_after: datetime
    active: bool


@dataclass(frozen=True)
class SigningMaterial:
    """Decrypted for one signing and dropped after it; never leaves the service layer."""

    key_pem: bytes
    cert_pem: bytes
    chain_pems: tuple[bytes, ...]
    subject: str


def create_local_certificate(ctx: UserSession, branch_name: str = "") -> CredentialInfo:
    """A local CA and a branch certificate it issues: for testing and branches without PKI.

    The CA's private key is discarded once it has issued the branch certificate, so
    nothing here can mint a second signer.
    """
    ctx.require(Permission.SETTINGS_MANAGE, "signing_certificate_created")
    name = branch_name.strip() or _branch_name(ctx)
    ca_key, ca_cert = pdf_signing.create_local_ca(f"{name} Contract CA", LOCAL_VALIDITY_DAYS)
    key, cert = pdf_signing.create_branch_certificate(ca_key, ca_cert, name, LOCAL_VALIDITY_DAYS)
    return _store(ctx, key, cert, (ca_cert,), "local-ca")


def import_pkcs12(ctx: UserSession, data: bytes, passphrase: str) -> CredentialInfo:
    """Take an IT-issued .p12; its CA chain becomes the trust root for verification."""
    ctx.require(Permission.SETTINGS_MANAGE, "signing_certificate_imported")
    try:
        key, cert, chain = pdf_signing.load_pkcs12(data, passphrase)
    except pdf_signing.SigningCertificateError:
        raise
    except ValueError as exc:
        raise SigningKeyUnavailable(
            "The certificate file could not be opened: wrong passphrase or not a PKCS#12 file."
        ) from exc
    if not chain:
        raise SigningKeyUnavailable(
            "The file holds no issuing CA certificate; ask IT for a .p12 that includes the chain."
        )
    return _store(ctx, key, cert, chain, "pkcs12")


def list_credentials(ctx: UserSession) -> list[CredentialInfo]:
    ctx.require(Permission.SETTINGS_MANAGE, "signing_certificates_listed")
    with ctx.read() as s:
        rows = s.scalars(select(SigningCredential).order_by(SigningCredential.created_at))
        return [_info(row) for row in rows]


def signing_material(s: Session, store: SecretStore, branch_id: uuid.UUID) -> SigningMaterial:
    """The active key for the branch, decrypted with the passphrase from the keyring."""
    row = _active(s, branch_id)
    if row is None:
        raise SigningKeyUnavailable(
            "This branch has no signing certificate. Ask IT to run "
            "`workstation-admin cert import` or `workstation-admin cert create`."
        )
    passphrase = store.get(row.keyring_name)
    if passphrase is None:
        raise SigningKeyUnavailable(
            "The signing key's passphrase is not in this computer's keychain. "
            "Ask IT to import the branch certificate again."
        )
    key = serialization.load_pem_private_key(row.encrypted_key_pem.encode(), passphrase.encode())
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    chain = tuple(_split_pems(row.chain_pem))
    return SigningMaterial(key_pem, row.cert_pem.encode(), chain, row.subject)


def trust_roots(s: Session) -> list[bytes]:
    """Every stored CA certificate, active or not, so older contracts keep verifying."""
    rows = s.scalars(select(SigningCredential.chain_pem))
    return list(dict.fromkeys(pem for chain in rows for pem in _split_pems(chain)))


def _store(
    ctx: UserSession, key_pem: bytes, cert_pem: bytes, chain: tuple[bytes, ...], source: str
) -> CredentialInfo:
    cert = x509.load_pem_x509_certificate(cert_pem)
    credential_id = uuid.uuid4()
    keyring_name = f"branch-signing-key:{ctx.actor.device_id}:{credential_id.hex[:12]}"
    passphrase = secrets.token_urlsafe(32)
    ctx.workstation.secrets.set(keyring_name, passphrase)
    with ctx.transaction() as s:
        for old in s.scalars(select(SigningCredential).where(SigningCredential.active)):
            old.active = False
        row = SigningCredential(
            id=credential_id,
            branch_id=ctx.actor.branch_id,
            subject=cert.subject.rfc4514_string(),
            source=source,
            cert_pem=cert_pem.decode(),
            chain_pem="".join(pem.decode() for pem in chain),
            encrypted_key_pem=_encrypt(key_pem, passphrase),
            keyring_name=keyring_name,
            not_after=cert.not_valid_after_utc,
            created_at=ctx.now(),
        )
        s.add(row)
        ctx.audit(
            s,
            f"signing_certificate_{'created' if source == 'local-ca' else 'imported'}",
            subject_type="signing_credential",
            subject_id=str(credential_id),
            details={"subject": row.subject, "not_after": row.not_after.isoformat()},
        )
        return _info(row)


def _encrypt(key_pem: bytes, passphrase: str) -> str:
    key = serialization.load_pem_private_key(key_pem, password=None)
    encrypted = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode()),
    )
    return encrypted.decode()


def _split_pems(text: str) -> list[bytes]:
    if not text:
        return []
    certs = x509.load_pem_x509_certificates(text.encode())
    return [c.public_bytes(serialization.Encoding.PEM) for c in certs]


def _active(s: Session, branch_id: uuid.UUID) -> SigningCredential | None:
    query = select(SigningCredential).where(
        SigningCredential.branch_id == branch_id, SigningCredential.active
    )
    return s.scalars(query).first()


def _branch_name(ctx: UserSession) -> str:
    with ctx.read() as s:
        branch = s.get(Branch, ctx.actor.branch_id)
        if branch is None:
            raise SigningKeyUnavailable("This workstation's branch is not recorded.")
        return branch.name


def _info(row: SigningCredential) -> CredentialInfo:
    return CredentialInfo(row.id, row.subject, row.source, row.not_after, row.active)
