"""Amounts in Chinese financial capitals (大写金额), as written on contracts and vouchers.

Capitals are the tamper-resistant form: 壹 cannot be turned into 贰 the way 1 becomes 7.
Rules follow the PBOC 《正确填写票据和结算凭证的基本规定》: 整 after 元 or 角, never after
分; one 零 for a run of zeros; 零元 omitted when only 角/分 are present.
"""

from __future__ import annotations

from decimal import Decimal

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("", "拾", "佰", "仟")
_YI = 10**8
_CENT = Decimal("0.01")
_LIMIT = Decimal(10) ** 16


def amount_in_chinese_capitals(amount: Decimal) -> str:
    """Write a yuan amount with at most two decimals, e.g. 1234.56 -> 壹仟贰佰叁拾肆元伍角陆分."""
    _check(amount)
    fen_total = int(amount * 100)
    yuan, cents = divmod(fen_total, 100)
    jiao, fen = divmod(cents, 10)
    if fen_total == 0:
        return "零元整"
    integer = f"{_integer_capitals(yuan)}元" if yuan else ""
    if cents == 0:
        return integer + "整"
    return integer + _fraction_capitals(jiao, fen, has_yuan=yuan > 0)


def _check(amount: Decimal) -> None:
    if not amount.is_finite() or amount < 0:
        raise ValueError(f"amount must be a non-negative finite number, got {amount}")
    if amount != amount.quantize(_CENT):
        raise ValueError(f"amount has fractions of a fen: {amount}")
    if amount >= _LIMIT:
        raise ValueError(f"amount too large for capitals: {amount}")


def _integer_capitals(value: int) -> str:
    """Write a positive integer; 亿 splits it into two parts each read in 万 groups."""
    if value < _YI:
        return _below_yi(value)
    high, low = divmod(value, _YI)
    text = _below_yi(high) + "亿"
    if low:
        text += ("零" if low < _YI // 10 else "") + _below_yi(low)
    return text


def _below_yi(value: int) -> str:
    high, low = divmod(value, 10_000)
    if not high:
        return _group_capitals(low)
    text = _group_capitals(high) + "万"
    if low:
        text += ("零" if low < 1000 else "") + _group_capitals(low)
    return text


def _group_capitals(group: int) -> str:
    """Write 1..9999; inner zero runs become one 零 and trailing zeros vanish."""
    text = ""
    pending_zero = False
    for place in range(3, -1, -1):
        digit = group // 10**place % 10
        if digit == 0:
            pending_zero = bool(text)
            continue
        text += ("零" if pending_zero else "") + _DIGITS[digit] + _PLACES[place]
        pending_zero = False
    return text


def _fraction_capitals(jiao: int, fen: int, *, has_yuan: bool) -> str:
    if fen == 0:
        return f"{_DIGITS[jiao]}角整"
    if jiao == 0:
        return f"{'零' if has_yuan else ''}{_DIGITS[fen]}分"
    return f"{_DIGITS[jiao]}角{_DIGITS[fen]}分"
