"""Key custody for the branch signing key: encrypted in the DB, passphrase in the keyring."""

from __future__ import annotations

from datetime import date

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from sqlalchemy import select

from tests.services.contract_fixtures import BORROWER_NAME, approved_application
from tests.services.test_contract_pdf import pdf_text
from tests.support import Bench
from workstation.models import SigningCredential
from workstation.services import branch_certificates, contracts, letters, servicing
from workstation.services.pdf_signing import create_branch_certificate, create_local_ca
from workstation.services.permissions import PermissionDenied


def _rows(ctx) -> list[SigningCredential]:
    with ctx.read() as s:
        return list(s.scalars(select(SigningCredential)))


def test_created_key_is_stored_encrypted_and_unlocks_with_the_keyring(bench: Bench) -> None:
    admin = bench.admin()
    info = branch_certificates.create_local_certificate(admin, "北京朝阳支行")
    (row,) = _rows(admin)
    assert row.encrypted_key_pem.startswith("-----BEGIN ENCRYPTED PRIVATE KEY-----")
    with admin.read() as s:
        material = branch_certificates.signing_material(s, admin.workstation.secrets, row.branch_id)
        roots = branch_certificates.trust_roots(s)
    assert material.subject == info.subject == "CN=北京朝阳支行"
    assert len(roots) == 1
    admin.workstation.secrets.delete(row.keyring_name)
    with admin.read() as s, pytest.raises(branch_certificates.SigningKeyUnavailable):
        branch_certificates.signing_material(s, admin.workstation.secrets, row.branch_id)
    admin.sign_out()


def test_pkcs12_import_replaces_the_active_key_and_keeps_old_roots(bench: Bench) -> None:
    admin = bench.admin()
    branch_certificates.create_local_certificate(admin)
    ca_key, ca_cert = create_local_ca("Head Office CA", 30)
    key_pem, cert_pem = create_branch_certificate(ca_key, ca_cert, "BJ001 Signing", 30)
    p12 = pkcs12.serialize_key_and_certificates(
        b"bj001",
        serialization.load_pem_private_key(key_pem, None),
        x509.load_pem_x509_certificate(cert_pem),
        [x509.load_pem_x509_certificate(ca_cert)],
        serialization.BestAvailableEncryption(b"Secret-Passphrase-1"),
    )
    with pytest.raises(branch_certificates.SigningKeyUnavailable, match="wrong passphrase"):
        branch_certificates.import_pkcs12(admin, p12, "wrong")
    info = branch_certificates.import_pkcs12(admin, p12, "Secret-Passphrase-1")
    assert (info.source, info.active) == ("pkcs12", True)
    assert [r.active for r in sorted(_rows(admin), key=lambda r: r.created_at)] == [False, True]
    with admin.read() as s:
        assert len(branch_certificates.trust_roots(s)) == 2
    admin.sign_out()


def test_officer_may_not_manage_signing_certificates(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    with pytest.raises(PermissionDenied):
        branch_certificates.create_local_certificate(officer)
    officer.sign_out()


def test_reminder_letter_for_a_booked_loan(bench: Bench) -> None:
    admin = bench.admin()
    branch_certificates.create_local_certificate(admin)
    admin.sign_out()
    supervisor = bench.sign_in("supervisor1")
    draft = contracts.issue_contract(supervisor, approved_application(supervisor))
    contracts.sign_contract(supervisor, draft.id, None, BORROWER_NAME, consent=True)
    loan = servicing.create_loan_from_application(
        supervisor, draft.application_id, date(2026, 11, 2)
    )
    text = pdf_text(letters.render_for_loan(supervisor, loan.id, "reminder", "zh"))
    assert BORROWER_NAME in text
    assert draft.number in text
    assert "2026-12-02" in text
    with pytest.raises(letters.LetterError, match="nothing overdue"):
        letters.render_for_loan(supervisor, loan.id, "overdue", "en")
    supervisor.sign_out()
