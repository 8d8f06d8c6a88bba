"""Scans: listing is metadata only; the bytes need pii:reveal and leave an audit event."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.services.kyc_support import person
from tests.support import Bench
from workstation.models import AuditEvent
from workstation.services import customers
from workstation.services.permissions import PermissionDenied

PNG = b"\x89PNG\r\n\x1a\n" + b"scan body"


def _events(bench: Bench, action: str) -> list[AuditEvent]:
    with bench.sign_in("auditor1").read() as s:
        return list(s.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars())


def test_content_needs_pii_reveal_and_is_audited_by_id_only(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    made = customers.onboard(officer, person())
    customers.add_attachment(officer, made.id, customers.NewAttachment("id-back", "image/png", PNG))
    [info] = customers.attachments(bench.sign_in("collector1"), made.id)
    assert (info.kind, info.media_type, info.size) == ("id-back", "image/png", len(PNG))
    with pytest.raises(PermissionDenied):
        customers.attachment_content(bench.sign_in("collector1"), info.id)
    assert _events(bench, "attachment_viewed") == []
    assert customers.attachment_content(officer, info.id) == PNG
    [event] = _events(bench, "attachment_viewed")
    assert (event.subject_type, event.subject_id) == ("attachment", str(info.id))
    assert json.loads(event.details or "{}") == {}
    with pytest.raises(customers.AttachmentNotFound):
        customers.attachment_content(officer, uuid.uuid4())


def test_read_scan_judges_type_by_content_and_size(tmp_path: Path) -> None:
    pdf = tmp_path / "licence.dat"
    pdf.write_bytes(b"%PDF-1.7 body")
    assert customers.read_scan(pdf, "business-licence").media_type == "application/pdf"
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"GIF89a")
    with pytest.raises(customers.ScanRefused, match="PNG, JPEG or PDF"):
        customers.read_scan(fake, "id-front")
    with pytest.raises(customers.ScanRefused, match="could not be read"):
        customers.read_scan(tmp_path / "missing.png", "id-front")
