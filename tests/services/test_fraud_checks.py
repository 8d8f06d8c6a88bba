"""Anti-fraud checks: each fires on its crafted case, with its severity, and only there."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy.orm import Session

from tests.services.test_credit_fixtures import (
    Person,
    add_application,
    add_person,
    product_row_id,
    ric,
)
from tests.support import Bench
from workstation.models import Customer, FraudSignal, WatchlistEntry, WatchlistHit
from workstation.services import fraud_checks
from workstation.services.lookup import digest, lookup_key
from workstation.services.session import UserSession

Setup = Callable[[Session, UserSession, Customer], None]
BORN = date(1985, 5, 20)
_sequence = iter(range(101, 999, 2))


def _person(**changes: object) -> Person:
    values: dict[str, object] = {"ric": ric(BORN, next(_sequence))}
    values.update(changes)
    return Person(**values)  # type: ignore[arg-type]


def _nothing(session: Session, ctx: UserSession, customer: Customer) -> None:
    return None


def _apps(count: int, age: timedelta, *, on: str = "self", device: str = "") -> Setup:
    """`count` other applications `age` ago: the customer's own, or another customer's
    sharing this customer's phone ("phone") or card ("card"), or on a device."""

    def setup(session: Session, ctx: UserSession, customer: Customer) -> None:
        owner = customer
        if on in ("phone", "card"):
            shared = {
                on: (
                    customer.contacts[0].value
                    if on == "phone"
                    else customer.accounts[0].card_number
                )
            }
            owner = add_person(session, ctx, _person(**shared))
        elif on == "other":
            owner = add_person(session, ctx, _person())
        for _ in range(count):
            add_application(
                session,
                ctx,
                owner.id,
                product_row_id(session),
                device=device,
                created_at=ctx.now() - age,
            )

    return setup


def _sharer(kind: str) -> Setup:
    def setup(session: Session, ctx: UserSession, customer: Customer) -> None:
        value = customer.contacts[0].value if kind == "phone" else customer.accounts[0].card_number
        add_person(session, ctx, _person(**{kind: value}))

    return setup


def _signal(session: Session, ctx: UserSession, customer: Customer) -> None:
    session.add(FraudSignal(customer_id=customer.id, kind="shared_address", severity="low"))


def _blacklisted_id(session: Session, ctx: UserSession, customer: Customer) -> None:
    number = customer.documents[0].number
    session.add(
        WatchlistEntry(
            list_name=fraud_checks.BLACKLIST,
            name="someone else",
            id_digest=digest(lookup_key(session), "cn-ric", number),
        )
    )


def _list_hit(list_name: str, status: str) -> Setup:
    def setup(session: Session, ctx: UserSession, customer: Customer) -> None:
        entry = WatchlistEntry(list_name=list_name, name=customer.legal_name)
        session.add(entry)
        session.flush()
        session.add(
            WatchlistHit(
                customer_id=customer.id, entry_id=entry.id, match_kind="name", status=status
            )
        )

    return setup


def _both(*steps: Setup) -> Setup:
    def setup(session: Session, ctx: UserSession, customer: Customer) -> None:
        for step in steps:
            step(session, ctx, customer)

    return setup


DAY, MONTH = timedelta(hours=2), timedelta(days=10)
PHONE, CARD = "+8613800000001", "6222020200112233445"
# name -> (person, extra rows, this application's device, expected {check_id: severity})
CASES: dict[str, tuple[Person, Setup, str, dict[str, str]]] = {
    "clean (old applications, cleared blacklist hit, other list hit)": (
        _person(phone="+8613800000999", card="6222020200999999999"),
        _both(
            _apps(6, timedelta(days=31)),
            _list_hit(fraud_checks.BLACKLIST, "cleared"),
            _apps(1, DAY, on="other", device="dev-other"),
        ),
        "dev-clean",
        {},
    ),
    "velocity_id_24h": (_person(), _apps(2, DAY), "", {"velocity_id_24h": "high"}),
    "velocity_id_30d": (_person(), _apps(5, MONTH), "", {"velocity_id_30d": "medium"}),
    "velocity_phone_24h": (
        _person(phone=PHONE),
        _apps(2, DAY, on="phone"),
        "",
        {"velocity_phone_24h": "high", "shared_phone": "medium"},
    ),
    "velocity_card_30d": (
        _person(card=CARD),
        _apps(5, MONTH, on="card"),
        "",
        {"velocity_card_30d": "medium", "shared_card": "high"},
    ),
    "velocity_device_24h": (
        _person(),
        _apps(2, DAY, on="other", device="dev-1"),
        "dev-1",
        {"velocity_device_24h": "high"},
    ),
    "velocity_device_30d": (
        _person(),
        _apps(5, MONTH, on="other", device="dev-2"),
        "dev-2",
        {"velocity_device_30d": "medium"},
    ),
    "shared_phone": (
        _person(phone="+8613800000002"),
        _sharer("phone"),
        "",
        {"shared_phone": "medium"},
    ),
    "shared_phone by three is a ring": (
        _person(phone="+8613800000003"),
        _both(*[_sharer("phone")] * 3),
        "",
        {"shared_phone": "high"},
    ),
    "shared_card": (
        _person(card="6222020200112233446"),
        _sharer("card"),
        "",
        {"shared_card": "high"},
    ),
    "onboarding signal": (_person(), _signal, "", {"shared_address": "low"}),
    "id_birth_date_mismatch": (
        _person(birth=date(1986, 1, 1)),
        _nothing,
        "",
        {"id_birth_date_mismatch": "high"},
    ),
    "id_sex_mismatch": (_person(sex="F"), _nothing, "", {"id_sex_mismatch": "high"}),
    "id_invalid": (_person(ric="110105198505201239"), _nothing, "", {"id_invalid": "high"}),
    "blacklist by ID": (_person(), _blacklisted_id, "", {"blacklist": "high"}),
    "blacklist by open hit": (
        _person(),
        _list_hit(fraud_checks.BLACKLIST, "open"),
        "",
        {"blacklist": "high"},
    ),
}


def _run(session: Session, ctx: UserSession, name: str) -> dict[str, str]:
    person, setup, device, _expected = CASES[name]
    customer = add_person(session, ctx, person)
    setup(session, ctx, customer)
    app = add_application(session, ctx, customer.id, product_row_id(session), device=device)
    flags = fraud_checks.run_checks(session, app, customer, ctx.now())
    assert all(f.message and f.message_zh for f in flags), name
    return {f.check_id: f.severity for f in flags}


def test_each_check_fires_on_its_case_and_stays_silent_on_a_clean_one(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    with officer.transaction() as session:
        found = {name: _run(session, officer, name) for name in CASES}
    for name, flags in found.items():
        assert flags == CASES[name][3], name


def test_messages_carry_no_phone_card_or_id_number(bench: Bench) -> None:
    officer = bench.sign_in("officer1")
    with officer.transaction() as session:
        customer = add_person(session, officer, _person(phone=PHONE + "7", card=CARD + "7"))
        _both(_sharer("phone"), _sharer("card"), _apps(2, DAY))(session, officer, customer)
        app = add_application(session, officer, customer.id, product_row_id(session))
        flags = fraud_checks.run_checks(session, app, customer, officer.now())
        number = customer.documents[0].number
    text = " ".join(f.message + f.message_zh for f in flags)
    assert len(flags) >= 3
    for secret in (PHONE + "7", CARD + "7", number):
        assert secret not in text
