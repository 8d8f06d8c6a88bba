"""Valid identity numbers for KYC tests, made with the real check-digit algorithms."""

from __future__ import annotations

from stdnum import luhn
from stdnum.cn import uscc
from stdnum.iso7064 import mod_11_2

from workstation.services.customers import NewCustomer


def ric(region: str = "110101", birth: str = "19900307", seq: str = "123") -> str:
    body = region + birth + seq
    return body + mod_11_2.calc_check_digit(body)


def card(prefix: str = "622202000012345") -> str:
    body = prefix + "678"[: 18 - len(prefix)]
    return body + luhn.calc_check_digit(body)


def uscc_code(body: str = "91110000600037341") -> str:
    return body + uscc.calc_check_digit(body)


def person(name: str = "张伟", id_number: str | None = None, **fields: str) -> NewCustomer:
    values = {"mobile": "13800138000", "address": "北京市朝阳区建国路88号"} | fields
    return NewCustomer(name=name, id_number=id_number or ric(), **values)  # type: ignore[arg-type]
