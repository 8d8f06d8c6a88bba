"""C32 at the service level: contracts.verify_contract on a contract signed by the branch.

tests/services/test_pdf_signing.py covers the signing library (clean validation, flipped
byte, incremental update, unrelated root, key usage, SHA-256) and
tests/services/test_contracts.py the clean and flipped-byte cases through the service.
Added here: every field of the clean verdict, an incremental update changing the
amount, and a contract signed under another lender's root, all through the service.
(d) revocation after a B-T timestamp cannot run: signatures are B-B (no TSA); see
docs/security.md.
"""

from __future__ import annotations

from io import BytesIO

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from tests.services.contract_fixtures import (
    BORROWER_NAME,
    approved_application,
    with_signing_certificate,
)
from tests.services.kyc_support import ric
from tests.support import Bench
from workstation.services import contracts
from workstation.services.pdf_signing import create_branch_certificate, create_local_ca, sign_pdf


@pytest.fixture
def signed_pdf(bench: Bench) -> tuple:  # type: ignore[type-arg]
    with_signing_certificate(bench.admin())
    officer = bench.sign_in("officer1")
    draft = contracts.issue_contract(officer, approved_application(officer))
    signed = contracts.sign_contract(officer, draft.id, None, BORROWER_NAME, consent=True)
    return officer, contracts.contract_pdf(officer, signed.id), draft


def test_c32_clean_contract_verifies_on_every_field(signed_pdf) -> None:  # type: ignore[no-untyped-def]
    officer, pdf, draft = signed_pdf
    result = contracts.verify_contract(officer, pdf)
    report = result.report
    assert result.ok, result.problems
    assert (report.signed, report.intact, report.trusted, report.covers_whole_file) == (
        True,
        True,
        True,
        True,
    )
    assert not report.modified_after_signing
    assert report.matches_stored_hash is True
    assert result.contract is not None
    assert result.contract.number == draft.number


def test_c32_incremental_update_changing_the_amount_is_rejected(signed_pdf) -> None:  # type: ignore[no-untyped-def]
    officer, pdf, _draft = signed_pdf
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    overlay = generic.StreamObject(stream_data=b"BT /F1 9 Tf 250 700 Td (999,999.00) Tj ET")
    writer.add_stream_to_page(0, writer.add_object(overlay))
    out = BytesIO()
    writer.write(out)
    result = contracts.verify_contract(officer, out.getvalue())
    assert not result.ok
    assert result.report.intact  # the signed bytes are untouched ...
    assert result.report.modified_after_signing  # ... but something was added after
    assert not result.report.covers_whole_file
    assert result.report.matches_stored_hash is False  # not the stored file either


def test_c32_contract_signed_under_an_unrelated_root_is_not_trusted(signed_pdf) -> None:  # type: ignore[no-untyped-def]
    officer, _pdf, _draft = signed_pdf
    ca_key, ca_cert = create_local_ca("Some Other Lender Root", 30)
    key, cert = create_branch_certificate(ca_key, ca_cert, "Other Branch", 30)
    parsed = x509.load_pem_x509_certificate(cert)
    assert isinstance(parsed.public_key(), ec.EllipticCurvePublicKey)  # a well-formed signer
    assert parsed.extensions.get_extension_for_class(x509.KeyUsage).value.content_commitment
    forged = sign_pdf(_unsigned(officer), key, cert, [ca_cert], "contract", "Shanghai", "Other")
    result = contracts.verify_contract(officer, forged)
    assert not result.ok
    assert not result.report.trusted
    assert result.report.intact


def _unsigned(officer) -> bytes:  # type: ignore[no-untyped-def]
    draft = contracts.issue_contract(
        officer, approved_application(officer, id_number=ric(seq="901"))
    )
    return contracts.contract_pdf(officer, draft.id)
