"""PAdES signatures on generated contracts: local test CA, signing, and verification.

Callers pass PEM bytes; keeping keys in the keyring or a PKCS#12 file is their job.
Signatures are PAdES B-B (no timestamp authority is reachable from a branch) and certify
the document with DocMDP "no changes", so any later edit shows up on verification.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from io import BytesIO
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

SIGNATURE_FIELD = "LenderSignature"
_CLOCK_SKEW = timedelta(minutes=5)
_STRONG_CURVES = (ec.SECP256R1, ec.SECP384R1, ec.SECP521R1)
_MIN_RSA_BITS = 3072

PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


class SigningCertificateError(ValueError):
    """The certificate or key is unfit for signing contracts; the message says why."""


@dataclass(frozen=True)
class VerificationReport:
    """Outcome of checking a signed contract; `problems` is worded for a loan officer."""

    ok: bool
    signed: bool
    intact: bool
    trusted: bool
    covers_whole_file: bool
    modified_after_signing: bool
    matches_stored_hash: bool | None
    signer: str | None
    signing_time: datetime | None
    problems: tuple[str, ...]


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- certificates -------------------------------------------------------------------------


def create_local_ca(common_name: str, valid_days: int) -> tuple[bytes, bytes]:
    """A self-signed ECDSA P-256 root for tests and branches without a corporate CA."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name(common_name)
    builder = (
        _builder(name, name, key.public_key(), _now() + timedelta(days=valid_days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(key_cert_sign=True, crl_sign=True), critical=True)
    )
    return _key_pem(key), _cert_pem(builder.sign(key, hashes.SHA256()))


def create_branch_certificate(
    ca_key_pem: bytes, ca_cert_pem: bytes, branch_name: str, valid_days: int
) -> tuple[bytes, bytes]:
    """A branch signing certificate (digitalSignature + nonRepudiation) issued by the CA."""
    ca_key = _load_key(ca_key_pem)
    ca_cert = x509.load_pem_x509_certificate(ca_cert_pem)
    key = ec.generate_private_key(ec.SECP256R1())
    not_after = min(_now() + timedelta(days=valid_days), ca_cert.not_valid_after_utc)
    builder = (
        _builder(_name(branch_name), ca_cert.subject, key.public_key(), not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(digital_signature=True, content_commitment=True), critical=True)
        .add_extension(_authority_key_id(ca_cert), critical=False)
    )
    return _key_pem(key), _cert_pem(builder.sign(ca_key, hashes.SHA256()))


def load_pkcs12(
    data: bytes, passphrase: str | bytes | None
) -> tuple[bytes, bytes, tuple[bytes, ...]]:
    """Unpack an IT-issued .p12 into (key_pem, cert_pem, chain_pems), refusing weak keys."""
    password = passphrase.encode() if isinstance(passphrase, str) else passphrase
    key, cert, chain = pkcs12.load_key_and_certificates(data, password)
    if not isinstance(key, PrivateKey) or cert is None:
        raise SigningCertificateError("The file holds no usable private key and certificate.")
    check_signing_certificate(cert)
    return _key_pem(key), _cert_pem(cert), tuple(_cert_pem(c) for c in chain)


def check_signing_certificate(cert: x509.Certificate) -> None:
    """C32: nonRepudiation, and ECDSA on a NIST curve or RSA of at least 3072 bits."""
    public_key = cert.public_key()
    if isinstance(public_key, rsa.RSAPublicKey) and public_key.key_size < _MIN_RSA_BITS:
        raise SigningCertificateError(f"RSA keys under {_MIN_RSA_BITS} bits are too weak.")
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        if not isinstance(public_key.curve, _STRONG_CURVES):
            raise SigningCertificateError(f"Curve {public_key.curve.name} is not accepted.")
    elif not isinstance(public_key, rsa.RSAPublicKey):
        raise SigningCertificateError("Only ECDSA and RSA signing keys are accepted.")
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is None or not usage.content_commitment:
        raise SigningCertificateError("The certificate is not issued for non-repudiation.")


def _builder(
    subject: x509.Name, issuer: x509.Name, public_key: Any, not_after: datetime
) -> x509.CertificateBuilder:
    """Backdated a few minutes so a PC with a slow clock accepts a fresh certificate."""
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(_now() - _CLOCK_SKEW)
        .not_valid_after(not_after)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )


def _key_usage(**enabled: bool) -> x509.KeyUsage:
    flags = dict.fromkeys(
        (
            "digital_signature",
            "content_commitment",
            "key_encipherment",
            "data_encipherment",
            "key_agreement",
            "key_cert_sign",
            "crl_sign",
            "encipher_only",
            "decipher_only",
        ),
        False,
    )
    return x509.KeyUsage(**(flags | enabled))


def _authority_key_id(ca_cert: x509.Certificate) -> x509.AuthorityKeyIdentifier:
    ski = ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    return x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski)


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _now() -> datetime:
    return datetime.now(UTC)


def _load_key(key_pem: bytes) -> PrivateKey:
    key = serialization.load_pem_private_key(key_pem, password=None)
    if not isinstance(key, PrivateKey):
        raise SigningCertificateError("Only ECDSA and RSA signing keys are accepted.")
    return key


def _key_pem(key: PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _cert_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


# --- signing ------------------------------------------------------------------------------


def sign_pdf(
    pdf_bytes: bytes,
    key_pem: bytes,
    cert_pem: bytes,
    chain_pems: list[bytes] | tuple[bytes, ...],
    reason: str,
    location: str,
    signer_name: str,
) -> bytes:
    """Certify the PDF (PAdES B-B, SHA-256) in an incremental update; returns the new file."""
    signer = _signer(key_pem, cert_pem, chain_pems)
    metadata = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        certify=True,
        docmdp_permissions=fields.MDPPerm.NO_CHANGES,
        reason=reason,
        location=location,
        name=signer_name,
    )
    writer = IncrementalPdfFileWriter(BytesIO(pdf_bytes), strict=False)
    output = signers.sign_pdf(writer, metadata, signer=signer)
    return bytes(output.getvalue())


def _signer(
    key_pem: bytes, cert_pem: bytes, chain_pems: list[bytes] | tuple[bytes, ...]
) -> signers.SimpleSigner:
    key = _load_key(key_pem)
    cert = x509.load_pem_x509_certificate(cert_pem)
    check_signing_certificate(cert)
    if cert.public_key() != key.public_key():
        raise SigningCertificateError("The private key does not belong to the certificate.")
    key_der = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    chain = [_asn1_cert(pem) for pem in chain_pems]
    return signers.SimpleSigner(
        signing_cert=_asn1_cert(cert_pem),
        signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore.from_certs(chain),  # type: ignore[no-untyped-call]
    )


def _asn1_cert(pem: bytes) -> asn1_x509.Certificate:
    der = x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)
    return asn1_x509.Certificate.load(der)


# --- verification -------------------------------------------------------------------------


def verify_pdf(
    pdf_bytes: bytes, trust_roots_pem: list[bytes], expected_sha256: str | None = None
) -> VerificationReport:
    """Check every signature against the given roots and, optionally, the stored file hash."""
    stored = None if expected_sha256 is None else sha256_hex(pdf_bytes) == expected_sha256.lower()
    try:
        statuses = _validate_all(pdf_bytes, trust_roots_pem)
    except (PdfError, ValueError):
        return _damaged_report(stored)
    if not statuses:
        return _report(stored, signed=False, problems=["The document is not signed."])
    return _report_from_statuses(statuses, stored)


def _validate_all(pdf_bytes: bytes, trust_roots_pem: list[bytes]) -> list[PdfSignatureStatus]:
    reader = PdfFileReader(BytesIO(pdf_bytes), strict=False)
    roots = [_asn1_cert(pem) for pem in trust_roots_pem]
    statuses = []
    for embedded in reader.embedded_signatures:
        context = ValidationContext(trust_roots=roots, allow_fetching=False)
        statuses.append(validate_pdf_signature(embedded, context))
    return statuses


def _report_from_statuses(
    statuses: list[PdfSignatureStatus], stored: bool | None
) -> VerificationReport:
    intact = all(s.intact and s.valid for s in statuses)
    trusted = all(s.trusted for s in statuses)
    whole = statuses[-1].coverage == SignatureCoverageLevel.ENTIRE_FILE
    modified = any(_modified(s) for s in statuses)
    problems = _problems(intact=intact, trusted=trusted, whole=whole, modified=modified)
    first = statuses[0]
    return _report(
        stored,
        signed=True,
        intact=intact,
        trusted=trusted,
        whole=whole,
        modified=modified,
        bottom_line=all(s.bottom_line for s in statuses),
        signer=_common_name(first.signing_cert),
        signing_time=first.signer_reported_dt,
        problems=problems,
    )


def _modified(status: PdfSignatureStatus) -> bool:
    """Unknown modification level counts as modified: fail closed."""
    return status.docmdp_ok is False or status.modification_level != ModificationLevel.NONE


def _problems(*, intact: bool, trusted: bool, whole: bool, modified: bool) -> list[str]:
    problems = []
    if not intact:
        problems.append("The signed content was altered; the signature no longer matches it.")
    if modified:
        problems.append("The document was changed after it was signed.")
    elif not whole:
        problems.append("Data was added to the file after it was signed.")
    if intact and not trusted:  # a broken signature is never trusted; say it once
        problems.append(
            "The signer's certificate is not from a trusted authority, or is expired or revoked."
        )
    return problems


def _report(
    stored: bool | None,
    *,
    signed: bool,
    problems: list[str],
    intact: bool = False,
    trusted: bool = False,
    whole: bool = False,
    modified: bool = False,
    bottom_line: bool = False,
    signer: str | None = None,
    signing_time: datetime | None = None,
) -> VerificationReport:
    if stored is False:
        problems = [*problems, "The file differs from the copy recorded when it was signed."]
    return VerificationReport(
        ok=signed and bottom_line and not problems,
        signed=signed,
        intact=intact,
        trusted=trusted,
        covers_whole_file=whole,
        modified_after_signing=modified,
        matches_stored_hash=stored,
        signer=signer,
        signing_time=signing_time,
        problems=tuple(problems),
    )


def _damaged_report(stored: bool | None) -> VerificationReport:
    return _report(
        stored, signed=False, problems=["The file is damaged, so its signature cannot be checked."]
    )


def _common_name(cert: asn1_x509.Certificate) -> str:
    native = cert.subject.native
    return str(native.get("common_name", cert.subject.human_friendly))
