"""Customers: onboarding, duplicates, fraud signals, reveal, revisions, search, export."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from tests.services.kyc_support import card, person, ric, uscc_code
from tests.support import Bench
from workstation.models import AuditEvent, FraudSignal
from workstation.services import customers
from workstation.services.customers import (
    CustomerInvalid,
    DuplicateCustomer,
    InPersonCheck,
    NewAttachment,
    NewCustomer,
)
from workstation.services.permissions import PermissionDenied
from workstation.services.session import StepUpRequired


def _audit_events(bench: Bench, action: str) -> list[AuditEvent]:
    with bench.sign_in("auditor1").read() as s:
        return list(s.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars())


def test_onboard_derives_birth_date_and_sex_and_shows_masked_values(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    made = customers.onboard(officer, person(bank_card=card()))
    assert (made.birth_date.isoformat(), made.sex, made.age) == ("1990-03-07", "M", 36)
    assert made.id_masked == "110101********1233"
    assert made.mobile_masked == "138****8000"
    assert made.onboarding_state == "complete"
    shown = customers.get(officer, made.id)
    assert shown.accounts[0].card_masked == "6222 **** **** 6782"
    assert shown.documents[0].valid
    assert ric() not in repr(shown)


def test_bad_check_digit_is_refused_with_the_fix_named(bench: Bench) -> None:
    bad = ric()[:-1] + "9"
    with pytest.raises(CustomerInvalid) as caught:
        customers.onboard(bench.sign_in("officer1"), person(id_number=bad))
    assert caught.value.problems == {"id_number": "check digit should be 3, not 9"}


def test_age_outside_the_default_range_is_refused(bench: Bench) -> None:
    young = ric(birth="20100101")
    with pytest.raises(CustomerInvalid, match="below the minimum of 18"):
        customers.onboard(bench.sign_in("officer1"), person(id_number=young))


def test_duplicate_id_returns_the_existing_customer(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    first = customers.onboard(officer, person())
    with pytest.raises(DuplicateCustomer) as caught:
        customers.onboard(
            officer, person(name="张 伟", id_number=ric().lower(), mobile="13900001111")
        )
    assert caught.value.existing_id == first.id
    assert len(customers.search(officer, "张伟")) == 1


def test_shared_phone_creates_signals_on_both_customers(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    first = customers.onboard(officer, person(bank_card=card()))
    second = customers.onboard(
        officer, person("李娜", ric(seq="224"), mobile="+86 138 0013 8000", address="上海市")
    )
    kinds = {(s.kind, s.other_customer_id) for s in customers.get(officer, first.id).signals}
    assert kinds == {("shared_phone", second.id)}
    theirs = customers.get(officer, second.id).signals
    assert [(s.kind, s.other_name, s.detail) for s in theirs] == [
        ("shared_phone", "张伟", "mobile 138****8000")
    ]


def test_shared_card_and_address_are_signals_too(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    customers.onboard(officer, person(bank_card=card()))
    other = customers.onboard(
        officer,
        person(
            "王芳",
            ric(seq="226"),
            mobile="13700001111",
            address="北京市 朝阳区建国路88号",
            bank_card=card(),
        ),
    )
    kinds = sorted(s.kind for s in customers.get(officer, other.id).signals)
    assert kinds == ["shared_address", "shared_card"]
    with bench.sign_in("auditor1").read() as s:
        assert len(s.execute(select(FraudSignal)).scalars().all()) == 4


def test_reveal_needs_permission_and_is_audited_without_the_value(bench: Bench) -> None:
    made = customers.onboard(bench.sign_in("officer1"), person(bank_card=card()))
    with pytest.raises(PermissionDenied):
        customers.reveal(bench.sign_in("auditor1"), made.id, "id_number")
    assert customers.reveal(bench.sign_in("officer1"), made.id, "id_number") == ric()
    assert customers.reveal(bench.sign_in("officer1"), made.id, "mobile") == "+8613800138000"
    events = _audit_events(bench, "pii_revealed")
    assert [json.loads(e.details)["field"] for e in events] == ["id_number", "mobile"]
    assert all(e.subject_id == str(made.id) for e in events)
    assert not any(ric() in e.details or "13800138000" in e.details for e in events)
    denied = _audit_events(bench, "pii_reveal")
    assert [e.outcome for e in denied] == ["denied"]


def test_edits_keep_previous_values_in_revisions(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    made = customers.onboard(officer, person(employer="京东", monthly_income="9000"))
    customers.edit(officer, made.id, {"employer": "美团", "mobile": "13912345678"})
    bench.clock.advance(days=1)
    after = customers.edit(officer, made.id, {"monthly_income": "12,500.50", "employer": "美团"})
    assert [r.changes for r in after.revisions] == [
        {"employer": ["京东", "美团"], "mobile": ["138****8000", "139****5678"]},
        {"monthly_income": ["9000.00", "12500.50"]},
    ]
    assert after.revisions[0].changed_by == "officer1"
    assert after.summary.mobile_masked == "139****5678"
    assert customers.search(officer, "5678")[0].id == made.id
    assert customers.search(officer, "8000") == []


def test_bad_edit_changes_nothing(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    made = customers.onboard(officer, person())
    with pytest.raises(CustomerInvalid, match="mobile"):
        customers.edit(officer, made.id, {"employer": "x", "mobile": "12"})
    assert customers.get(officer, made.id).revisions == ()
    with pytest.raises(ValueError, match="cannot be edited"):
        customers.edit(officer, made.id, {"birth_date": "2000-01-01"})


def test_search_by_name_pinyin_initials_id_and_phone_suffix(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    zhang = customers.onboard(officer, person())
    customers.onboard(officer, person("John Smith", ric(seq="228"), mobile="13600002222"))
    for text in ("张", "张伟", "zhang", "Zhang Wei", "zw", ric(), "8000", "138 0013 8000"):
        assert [c.id for c in customers.search(officer, text)] == [zhang.id], text
    assert [c.name for c in customers.search(officer, "john s")] == ["John Smith"]
    assert customers.search(officer, "wang") == []
    assert len(customers.search(officer, "")) == 2


def test_search_and_get_stay_in_the_branch(bench: Bench) -> None:
    from workstation.models import Branch, Customer

    officer = bench.sign_in("officer1")
    made = customers.onboard(officer, person())
    with officer.transaction() as s:
        other = Branch(code="SH001", name="上海")
        s.add(other)
        s.flush()
        s.get(Customer, made.id).branch_id = other.id  # type: ignore[union-attr]
    assert customers.search(officer, "张伟") == []
    with pytest.raises(customers.CustomerNotFound):
        customers.get(officer, made.id)


def test_business_needs_a_legal_representative(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    rep = customers.onboard(officer, person())
    business = NewCustomer(
        name="北京小微科技有限公司",
        id_number=uscc_code(),
        mobile="13512345678",
        kind="business",
        id_type="cn-uscc",
    )
    with pytest.raises(CustomerInvalid, match="legal representative"):
        customers.onboard(officer, business)
    made = customers.onboard(
        officer,
        NewCustomer(**{**business.__dict__, "legal_representative_id": str(rep.id)}),
    )
    detail = customers.get(officer, made.id)
    assert (detail.summary.kind, detail.legal_representative_id) == ("business", rep.id)
    assert detail.summary.age is None


def test_in_person_verification_and_attachments_are_recorded(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    scan = NewAttachment("id-front", "image/png", b"\x89PNG fake scan")
    made = customers.onboard(officer, person(attachments=(scan,)))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="original document"):
        customers.verify_in_person(officer, made.id, InPersonCheck(False, True))
    shown = customers.verify_in_person(officer, made.id, InPersonCheck(True, True))
    assert shown.verified_by == "officer1"
    assert shown.verified_in_person_at == bench.clock.now()
    assert shown.verification_method == "original document seen; photo compared"
    assert [(a.kind, a.size) for a in shown.attachments] == [("id-front", 14)]
    assert len(_audit_events(bench, "identity_verified_in_person")) == 1


def test_export_is_masked_and_bulk_needs_recent_password(bench: Bench, tmp_path) -> None:
    officer = bench.sign_in("officer1")
    made = customers.onboard(officer, person())
    dest = tmp_path / "list.csv"
    assert customers.export_csv(officer, [made.id], dest) == 1
    text = dest.read_text("utf-8-sig")
    assert "110101********1233" in text
    assert ric() not in text
    assert "13800138000" not in text
    bench.clock.advance(hours=1)
    with pytest.raises(StepUpRequired):
        customers.export_csv(officer, [made.id] * 51, dest)
