"""Typed workstation settings, declared once with default, type and label.

Settings live in `settings.json` in the data folder. Secrets never go here: they
live in the OS keyring or inside the encrypted database.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from workstation.services.fileio import write_atomic


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    kind: type
    label: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec("language", "system", str, "Interface language", choices=("system", "zh_CN", "en")),
    SettingSpec("idle_lock_minutes", 10, int, "Lock after idle minutes", 1, 15),
    SettingSpec("max_session_hours", 12, int, "Forced sign-out after hours", 1, 12),
    SettingSpec("lockout_threshold", 5, int, "Failed sign-ins before lockout", 3, 10),
    SettingSpec("lockout_minutes", 15, int, "Lockout minutes", 15, 1440),
    SettingSpec("step_up_minutes", 5, int, "Re-enter password for sensitive actions after", 1, 5),
    SettingSpec("sync_server_url", "", str, "Sync server address"),
    SettingSpec("sync_interval_seconds", 60, int, "Sync every seconds", 10, 3600),
    SettingSpec("currency", "CNY", str, "Currency"),
    SettingSpec("apr_cap", "0.24", Decimal, "Annual percentage rate cap"),
    SettingSpec("lpr_1y", "0.0300", Decimal, "One-year loan prime rate (LPR)"),
    SettingSpec("lpr_5y", "0.0350", Decimal, "Five-year loan prime rate (LPR)"),
    SettingSpec("borrower_timezone", "Asia/Shanghai", str, "Borrowers' local time zone"),
    SettingSpec("contact_hours", "08:00-21:00", str, "Collection contact hours (local)"),
    SettingSpec("max_contacts_per_day", 3, int, "Contact attempts per case per day", 1, 6),
    SettingSpec("max_contacts_per_week", 7, int, "Contact attempts per case per week", 1, 42),
    SettingSpec("reminder_days_before", 3, int, "Reminder days before the due date", 0, 30),
    SettingSpec("reminder_days_overdue", "1,3,7", str, "Reminder days after the due date"),
    SettingSpec("smtp_host", "localhost", str, "SMTP server"),
    SettingSpec("smtp_port", 25, int, "SMTP port", 1, 65535),
    SettingSpec("smtp_from", "noreply@branch.example", str, "Reminder sender address"),
    SettingSpec("sms_gateway_url", "", str, "SMS gateway address"),
    SettingSpec("lender_name", "华信消费金融有限公司", str, "Lender's legal name (contracts)"),
    SettingSpec("lender_licence", "", str, "Lender's licence number (contracts)"),
    SettingSpec("branch_phone", "", str, "Branch telephone (letters)"),
    SettingSpec("signature_capture", "drawn", str, "Borrower signs by", choices=("drawn", "typed")),
    SettingSpec("aml_large_cash_threshold", 50000, int, "AML: daily cash per customer (CNY)", 1),
    SettingSpec("aml_structuring_percent", 80, int, "AML: structuring from % of limit", 50, 99),
    SettingSpec("aml_structuring_window_days", 7, int, "AML: structuring window (days)", 1, 31),
    SettingSpec("aml_structuring_min_count", 3, int, "AML: structuring payments in window", 2, 20),
    SettingSpec("aml_early_settlement_days", 30, int, "AML: settled within days of payout", 1, 365),
    SettingSpec("aml_volume_multiple", 3, int, "AML: unusual 30-day volume (× profile)", 1, 50),
)
_BY_KEY = {spec.key: spec for spec in SPECS}


class SettingsError(ValueError):
    pass


class Settings:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._values: dict[str, Any] = {}
        if path.exists():
            raw = json.loads(path.read_text(encoding="utf-8"))
            self._values = {k: _coerce(_BY_KEY[k], v) for k, v in raw.items() if k in _BY_KEY}

    def get(self, key: str) -> Any:
        return self._values.get(key, _BY_KEY[key].default)

    def set(self, key: str, value: Any) -> None:
        self._values[key] = _coerce(_BY_KEY[key], value)

    def save(self) -> None:
        payload = {k: str(v) if isinstance(v, Decimal) else v for k, v in self._values.items()}
        write_atomic(self._path, json.dumps(payload, indent=2, sort_keys=True).encode())


def _coerce(spec: SettingSpec, value: Any) -> Any:
    try:
        if spec.kind is bool:
            result: Any = value if isinstance(value, bool) else str(value).lower() in {"1", "true"}
        elif spec.kind is Decimal:
            result = Decimal(str(value))
        else:
            result = spec.kind(value)
    except (TypeError, ValueError, InvalidOperation) as exc:
        raise SettingsError(f"{spec.label}: {value!r} is not a valid value") from exc
    _check_range(spec, result)
    return result


def _check_range(spec: SettingSpec, value: Any) -> None:
    if spec.choices and value not in spec.choices:
        raise SettingsError(f"{spec.label}: choose one of {', '.join(spec.choices)}")
    if spec.minimum is not None and value < spec.minimum:
        raise SettingsError(f"{spec.label}: at least {spec.minimum}")
    if spec.maximum is not None and value > spec.maximum:
        raise SettingsError(f"{spec.label}: at most {spec.maximum}")
