"""C32: sign a generated contract, then tamper with it in the ways an attacker would."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from io import BytesIO

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    load_pem_private_key,
    pkcs12,
)
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import MDPPerm

from tests.services.test_contract_pdf import sample_contract
from workstation.services.contract_pdf import render_contract
from workstation.services.pdf_signing import (
    SigningCertificateError,
    create_branch_certificate,
    create_local_ca,
    load_pkcs12,
    sha256_hex,
    sign_pdf,
    verify_pdf,
)


@dataclass(frozen=True)
class Pki:
    ca_key: bytes
    ca_cert: bytes
    key: bytes
    cert: bytes


@pytest.fixture(scope="module")
def pki() -> Pki:
    ca_key, ca_cert = create_local_ca("华信消费金融 Test Root", 3650)
    key, cert = create_branch_certificate(ca_key, ca_cert, "杭州西湖支行", 730)
    return Pki(ca_key, ca_cert, key, cert)


@pytest.fixture(scope="module")
def unsigned() -> bytes:
    return render_contract(sample_contract(months=12))


@pytest.fixture(scope="module")
def signed(pki: Pki, unsigned: bytes) -> bytes:
    return sign_pdf(unsigned, pki.key, pki.cert, [pki.ca_cert], "Loan contract", "杭州", "李娜")


def test_signed_contract_verifies(pki: Pki, signed: bytes) -> None:
    report = verify_pdf(signed, [pki.ca_cert], expected_sha256=sha256_hex(signed))
    assert report.ok, report.problems
    assert report.signed
    assert report.intact
    assert report.trusted
    assert report.covers_whole_file
    assert not report.modified_after_signing
    assert report.matches_stored_hash is True
    assert report.signer == "杭州西湖支行"
    assert report.signing_time is not None
    assert abs(report.signing_time - datetime.now(UTC)) < timedelta(minutes=5)
    assert report.problems == ()


def test_signature_is_pades(signed: bytes) -> None:
    assert b"/ETSI.CAdES.detached" in signed


def test_flipped_byte_inside_signed_range_breaks_integrity(pki: Pki, signed: bytes) -> None:
    start = signed.index(b"stream", signed.index(b"/FlateDecode")) + 20
    tampered = signed[:start] + bytes([signed[start] ^ 0x01]) + signed[start + 1 :]
    report = verify_pdf(tampered, [pki.ca_cert])
    assert not report.ok
    assert not report.intact
    assert report.problems == (
        "The signed content was altered; the signature no longer matches it.",
    )


def test_incremental_update_changing_amount_is_flagged(pki: Pki, signed: bytes) -> None:
    writer = IncrementalPdfFileWriter(BytesIO(signed))
    overlay = generic.StreamObject(stream_data=b"BT /F1 9 Tf 250 700 Td (999,999.00) Tj ET")
    writer.add_stream_to_page(0, writer.add_object(overlay))
    out = BytesIO()
    writer.write(out)
    report = verify_pdf(out.getvalue(), [pki.ca_cert])
    assert not report.ok
    assert report.intact
    assert report.modified_after_signing
    assert not report.covers_whole_file
    assert "The document was changed after it was signed." in report.problems


def test_unrelated_root_is_not_trusted(signed: bytes) -> None:
    _, other_root = create_local_ca("Some Other Root", 365)
    report = verify_pdf(signed, [other_root])
    assert not report.ok
    assert report.intact
    assert not report.trusted
    assert len(report.problems) == 1


def test_wrong_stored_hash_fails(pki: Pki, signed: bytes) -> None:
    report = verify_pdf(signed, [pki.ca_cert], expected_sha256="0" * 64)
    assert report.matches_stored_hash is False
    assert not report.ok
    assert report.intact


def test_unsigned_and_damaged_files_are_reported(pki: Pki, unsigned: bytes) -> None:
    report = verify_pdf(unsigned, [pki.ca_cert])
    assert (report.ok, report.signed) == (False, False)
    assert verify_pdf(b"not a pdf", [pki.ca_cert]).problems


def test_branch_certificate_is_p256_with_non_repudiation(pki: Pki) -> None:
    cert = x509.load_pem_x509_certificate(pki.cert)
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature
    assert usage.content_commitment
    public_key = cert.public_key()
    assert isinstance(public_key, ec.EllipticCurvePublicKey)
    assert isinstance(public_key.curve, ec.SECP256R1)
    assert cert.signature_hash_algorithm is not None
    assert cert.signature_hash_algorithm.name == "sha256"
    ca = x509.load_pem_x509_certificate(pki.ca_cert)
    assert cert.issuer == ca.subject
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca


def test_signature_uses_sha256_and_no_changes_certification(signed: bytes) -> None:
    embedded = PdfFileReader(BytesIO(signed)).embedded_signatures
    assert len(embedded) == 1
    assert embedded[0].md_algorithm == "sha256"
    assert embedded[0].docmdp_level == MDPPerm.NO_CHANGES


def test_pkcs12_round_trip(pki: Pki) -> None:
    key = load_pem_private_key(pki.key, password=None)
    cert = x509.load_pem_x509_certificate(pki.cert)
    ca = x509.load_pem_x509_certificate(pki.ca_cert)
    blob = pkcs12.serialize_key_and_certificates(
        b"branch",
        key,
        cert,
        [ca],
        BestAvailableEncryption(b"s3cret"),  # type: ignore[arg-type]
    )
    key_pem, cert_pem, chain = load_pkcs12(blob, "s3cret")
    assert cert_pem == pki.cert
    assert chain == (pki.ca_cert,)
    assert load_pem_private_key(key_pem, password=None).public_key() == key.public_key()


def test_ca_certificate_cannot_sign_contracts(pki: Pki, unsigned: bytes) -> None:
    with pytest.raises(SigningCertificateError, match="non-repudiation"):
        sign_pdf(unsigned, pki.ca_key, pki.ca_cert, [], "r", "l", "n")


def test_key_must_match_certificate(pki: Pki, unsigned: bytes) -> None:
    other_key, _ = create_branch_certificate(pki.ca_key, pki.ca_cert, "Other", 30)
    with pytest.raises(SigningCertificateError, match="does not belong"):
        sign_pdf(unsigned, other_key, pki.cert, [pki.ca_cert], "r", "l", "n")
