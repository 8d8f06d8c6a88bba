"""Realistic fake customers for demos and benchmarks, written in fast bulk batches.

Names come from common Chinese surnames and given names (about 10% Latin names),
resident IDs carry real region codes and correct check digits, mobiles sit in real
mainland ranges, cards are UnionPay-style (62...) with a valid Luhn digit, and about
1% are small businesses with a valid USCC and a legal representative. Rows are
written straight to the tables in batches, skipping per-customer screening: this is
demo data, and 200,000 customers must load in minutes.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session
from stdnum import luhn
from stdnum.cn import uscc
from stdnum.iso7064 import mod_11_2

from workstation.models import BankAccount, ContactPoint, Customer, IdentityDocument
from workstation.services.customer_names import name_keys
from workstation.services.customer_records import contact_digest
from workstation.services.lookup import digest, lookup_key
from workstation.services.permissions import Permission
from workstation.services.session import UserSession

BATCH = 5000
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
)
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉婷雪梅晨浩宇欣怡子涵博文俊"
LATIN_FIRST = ("John", "Maria", "David", "Anna", "Peter", "Olga", "James", "Sofia", "Ahmed", "Emma")
LATIN_LAST = ("Smith", "Ivanova", "Müller", "Garcia", "Brown", "Kim", "Nguyen", "Rossi", "Khan")
REGIONS = {
    "110101": "北京市东城区",
    "110105": "北京市朝阳区",
    "310104": "上海市徐汇区",
    "310115": "上海市浦东新区",
    "440305": "深圳市南山区",
    "440106": "广州市天河区",
    "510107": "成都市武侯区",
    "330106": "杭州市西湖区",
    "320102": "南京市玄武区",
    "420106": "武汉市武昌区",
}
MOBILE_PREFIXES = ("130", "131", "135", "136", "138", "139", "150", "158", "177", "186", "188")
ROADS = ("建国路", "人民路", "中山路", "解放路", "长安街", "和平路", "滨江大道", "科技园路")
EMPLOYERS = (
    "中国移动",
    "华为技术",
    "京东物流",
    "美团",
    "国家电网",
    "人民医院",
    "第一中学",
    "个体经营",
)
# Industry of each employer (GB/T 4754 sections), so the portfolio has an industry mix.
EMPLOYER_INDUSTRY = {
    "中国移动": "信息传输、软件和信息技术服务业",
    "华为技术": "制造业",
    "京东物流": "交通运输、仓储和邮政业",
    "美团": "住宿和餐饮业",
    "国家电网": "电力、热力、燃气及水生产和供应业",
    "人民医院": "卫生和社会工作",
    "第一中学": "教育",
    "个体经营": "批发和零售业",
}
OCCUPATIONS = ("工程师", "教师", "护士", "司机", "销售", "会计", "厨师", "店主", "公务员")
BANKS = ("中国工商银行", "中国建设银行", "中国农业银行", "招商银行", "中国银行")


@dataclass
class _Batch:
    customers: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    accounts: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Maker:
    """Everything one generation run shares: randomness, key, stamps, numbers used."""

    rng: random.Random
    key: bytes
    branch_id: uuid.UUID
    stamp: dict[str, Any]
    used_ids: set[str]
    people: list[uuid.UUID] = field(default_factory=list)


def generate_customers(ctx: UserSession, n: int, seed: int = 20240601) -> int:
    """Add n customers (about 1% businesses) to the actor's branch; returns how many."""
    ctx.require(Permission.CUSTOMER_WRITE, "demo_customers_generate")
    with ctx.transaction() as session:
        maker = _maker(session, ctx, seed)
        for start in range(0, n, BATCH):
            _write(session, _batch(maker, start, min(BATCH, n - start)))
        ctx.audit(session, "demo_customers_generated", details={"count": n})
    return n


def _maker(session: Session, ctx: UserSession, seed: int) -> _Maker:
    now = ctx.now()
    used = session.execute(
        select(IdentityDocument.number_digest).where(IdentityDocument.doc_type == "cn-ric")
    ).scalars()
    stamp = {
        "created_at": now,
        "updated_at": now,
        "version": 1,
        "origin_branch": ctx.actor.branch_code,
        "origin_device": ctx.actor.device_id,
    }
    return _Maker(random.Random(seed), lookup_key(session), ctx.actor.branch_id, stamp, set(used))


def _write(session: Session, batch: _Batch) -> None:
    for model, rows in (
        (Customer, batch.customers),
        (IdentityDocument, batch.documents),
        (ContactPoint, batch.contacts),
        (BankAccount, batch.accounts),
    ):
        if rows:
            session.execute(insert(model), rows)


def _batch(maker: _Maker, start: int, size: int) -> _Batch:
    batch = _Batch()
    for i in range(start, start + size):
        if i % 100 == 99 and maker.people:
            _business(maker, batch)
        else:
            _person(maker, batch)
    return batch


def _person(maker: _Maker, batch: _Batch) -> None:
    rng = maker.rng
    number, birth = _unique_ric(maker)
    name = _name(rng)
    customer_id = uuid.uuid4()
    maker.people.append(customer_id)
    occupation, employer = rng.choice(OCCUPATIONS), rng.choice(EMPLOYERS)  # in this order
    batch.customers.append(
        _customer_row(maker, customer_id, name, "person")
        | {
            "birth_date": birth,
            "sex": "M" if int(number[16]) % 2 else "F",
            "nationality": "CHN",
            "occupation": occupation,
            "employer": employer,
            "industry": EMPLOYER_INDUSTRY[employer],
            "monthly_income": Decimal(rng.randrange(3000, 40000, 100)),
            "monthly_debt_payments": Decimal(rng.randrange(0, 5000, 100)),
        }
    )
    batch.documents.append(_document_row(maker, customer_id, "cn-ric", number))
    _contacts(maker, batch, customer_id, number[:6])


def _business(maker: _Maker, batch: _Batch) -> None:
    rng = maker.rng
    code = _uscc(rng)
    customer_id = uuid.uuid4()
    name = f"{REGIONS[code[2:8]][:2]}{rng.choice(GIVEN)}{rng.choice(GIVEN)}商贸有限公司"
    batch.customers.append(
        _customer_row(maker, customer_id, name, "business")
        | {
            "industry": "批发和零售业",
            "monthly_income": Decimal(rng.randrange(50000, 500000, 1000)),
            "legal_representative_id": rng.choice(maker.people),
        }
    )
    batch.documents.append(_document_row(maker, customer_id, "cn-uscc", code))
    _contacts(maker, batch, customer_id, code[2:8])


def _customer_row(maker: _Maker, customer_id: uuid.UUID, name: str, kind: str) -> dict[str, Any]:
    keys = name_keys(name)
    return {
        "id": customer_id,
        "kind": kind,
        "branch_id": maker.branch_id,
        "legal_name": name,
        "name_search": keys.search,
        "name_pinyin": keys.pinyin,
        "pinyin_initials": keys.initials,
        "status": "active",
        "onboarding_state": "complete",
        **maker.stamp,
    }


def _document_row(
    maker: _Maker, customer_id: uuid.UUID, doc_type: str, number: str
) -> dict[str, Any]:
    verdict = {"kind": doc_type, "valid": True, "problems": [], "warnings": []}
    return {
        "id": uuid.uuid4(),
        "customer_id": customer_id,
        "doc_type": doc_type,
        "number": number,
        "number_digest": digest(maker.key, doc_type, number),
        "issuing_state": "CHN",
        "check_result": json.dumps(verdict),
        "primary": True,
        **maker.stamp,
    }


def _contacts(maker: _Maker, batch: _Batch, customer_id: uuid.UUID, region: str) -> None:
    rng = maker.rng
    mobile = "+86" + rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
    address = f"{REGIONS[region]}{rng.choice(ROADS)}{rng.randrange(1, 999)}号"
    for kind, value in (("mobile", mobile), ("address", address)):
        batch.contacts.append(
            {
                "id": uuid.uuid4(),
                "customer_id": customer_id,
                "kind": kind,
                "value": value,
                "value_digest": contact_digest(maker.key, kind, value),
                "search_suffix": value[-4:] if kind == "mobile" else "",
                "party": "borrower",
                "party_name": "",
                "consent_to_contact": True,
                **maker.stamp,
            }
        )
    card = _card(rng)
    batch.accounts.append(
        {
            "id": uuid.uuid4(),
            "customer_id": customer_id,
            "bank_name": rng.choice(BANKS),
            "card_number": card,
            "card_digest": digest(maker.key, "bank-card", card),
            "purpose": "both",
            **maker.stamp,
        }
    )


def _name(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return f"{rng.choice(LATIN_FIRST)} {rng.choice(LATIN_LAST)}"
    given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
    return rng.choice(SURNAMES) + given


def _unique_ric(maker: _Maker) -> tuple[str, date]:
    """A resident ID not used before (collisions happen at 200,000 draws)."""
    for number, birth in _rics(maker.rng):
        key = digest(maker.key, "cn-ric", number)
        if key not in maker.used_ids:
            maker.used_ids.add(key)
            return number, birth
    raise AssertionError("unreachable: _rics never ends")


def _rics(rng: random.Random) -> Iterator[tuple[str, date]]:
    first, span = date(1960, 1, 1), (date(2004, 12, 31) - date(1960, 1, 1)).days
    while True:
        birth = first + timedelta(days=rng.randrange(span + 1))
        body = rng.choice(tuple(REGIONS)) + birth.strftime("%Y%m%d") + f"{rng.randrange(1000):03d}"
        yield body + mod_11_2.calc_check_digit(body), birth


def _card(rng: random.Random) -> str:
    body = "62" + "".join(str(rng.randrange(10)) for _ in range(16))
    return body + luhn.calc_check_digit(body)


def _uscc(rng: random.Random) -> str:
    org = "".join(str(rng.randrange(10)) for _ in range(9))
    body = "91" + rng.choice(tuple(REGIONS)) + org
    return body + uscc.calc_check_digit(body)


def demo_step(ctx: UserSession, customers: int) -> None:
    """The DEMO_DATA_STEPS entry: customers first, everything else builds on them."""
    generate_customers(ctx, customers)
