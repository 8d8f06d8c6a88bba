"""An approved application made straight through the ORM, so contract tests do not
depend on the onboarding and origination services being finished."""

from __future__ import annotations

import uuid
from decimal import Decimal
from io import BytesIO

from PIL import Image, ImageDraw
from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.models import Application, ContactPoint, Customer, IdentityDocument, Product
from workstation.services import branch_certificates
from workstation.services.lookup import digest, lookup_key
from workstation.services.session import UserSession

BORROWER_NAME = "张伟明"
BORROWER_ID = "110105199001011237"
BORROWER_ADDRESS = "北京市朝阳区建国路 88 号 2 单元 1201 室"
BORROWER_PHONE = "13800138000"


def approved_application(
    ctx: UserSession,
    amount: Decimal = Decimal("50000.00"),
    months: int = 12,
    annual_rate: Decimal = Decimal("0.108000"),
    status: str = "approved",
    id_number: str = BORROWER_ID,
) -> uuid.UUID:
    with ctx.transaction() as s:
        customer = _borrower(s, ctx, id_number)
        product = _product()
        s.add(product)
        s.flush()
        app = Application(
            number=f"A{uuid.uuid4().hex[:8].upper()}",
            customer_id=customer.id,
            branch_id=ctx.actor.branch_id,
            product_id=product.id,
            amount=amount,
            months=months,
            annual_rate=annual_rate,
            method="annuity",
            fee=Decimal("200.00"),
            status=status,
            created_by=ctx.actor.user_id,
        )
        s.add(app)
        s.flush()
        return app.id


def _borrower(s: Session, ctx: UserSession, id_number: str) -> Customer:
    """One customer per ID number (the digest is unique), reused for later applications."""
    key = lookup_key(s)
    number_digest = digest(key, "id", id_number)
    known = s.scalars(select(IdentityDocument).filter_by(number_digest=number_digest)).first()
    if known is not None:
        return known.customer
    customer = Customer(
        branch_id=ctx.actor.branch_id, legal_name=BORROWER_NAME, name_search=BORROWER_NAME
    )
    customer.documents = [
        IdentityDocument(doc_type="cn-ric", number=id_number, number_digest=number_digest)
    ]
    customer.contacts = [
        _contact(key, "address", BORROWER_ADDRESS),
        _contact(key, "mobile", BORROWER_PHONE),
    ]
    s.add(customer)
    return customer


def _contact(key: bytes, kind: str, value: str) -> ContactPoint:
    return ContactPoint(kind=kind, value=value, value_digest=digest(key, kind, value))


def _product() -> Product:
    return Product(
        code=f"P{uuid.uuid4().hex[:6]}",
        name_en="Home Consumer Loan",
        name_zh="安居消费贷",
        kind="consumer",
        min_amount=Decimal("1000.00"),
        max_amount=Decimal("5000000.00"),
        min_months=1,
        max_months=360,
        min_rate=Decimal("0.03"),
        max_rate=Decimal("0.24"),
        penalty_rate_markup=Decimal("0.5"),
        methods="annuity",
    )


def with_signing_certificate(admin: UserSession) -> None:
    branch_certificates.create_local_certificate(admin, "北京朝阳支行")
    admin.sign_out()


def signature_png() -> bytes:
    image = Image.new("RGBA", (300, 90), (255, 255, 255, 0))
    ImageDraw.Draw(image).line([(10, 70), (80, 15), (150, 75), (290, 20)], fill="black", width=4)
    buffer = BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
