"""Password policy and verifiers (ASVS 5.0 §6.2, Argon2id per OWASP).

Length matters, composition rules do not: at least 8 characters (15 or more is
recommended), up to 128, any Unicode. Common passwords and words tied to this
lender's context are refused. Input is compared as typed: no trimming, no case
folding, no truncation.
"""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 8
RECOMMENDED_LENGTH = 15
MAX_LENGTH = 128
COMMON_LIST_SIZE = 10000
CONTEXT_WORDS = ("bank", "loan", "officer", "supervisor", "workstation", "lender", "password")

_HASHER = PasswordHasher(time_cost=2, memory_cost=47104, parallelism=1, hash_len=32, salt_len=16)


class PasswordRejected(ValueError):
    pass


@dataclass(frozen=True)
class PolicyResult:
    warnings: tuple[str, ...]


@cache
def _common_passwords() -> frozenset[str]:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS  # loaded on first use only

    return frozenset(FREQUENCY_LISTS["passwords"][:COMMON_LIST_SIZE])


def check_policy(password: str, context: tuple[str, ...] = ()) -> PolicyResult:
    """Raise PasswordRejected with the reason, or return warnings for a weak-but-allowed one."""
    if len(password) < MIN_LENGTH:
        raise PasswordRejected(f"The password must have at least {MIN_LENGTH} characters.")
    if len(password) > MAX_LENGTH:
        raise PasswordRejected(f"The password must have at most {MAX_LENGTH} characters.")
    if password.lower() in _common_passwords():
        raise PasswordRejected("This password is on the list of commonly used passwords.")
    lowered = password.lower()
    for word in (*CONTEXT_WORDS, *(c.lower() for c in context if len(c) >= 3)):
        if word in lowered:
            raise PasswordRejected(f"The password must not contain the word “{word}”.")
    if len(password) < RECOMMENDED_LENGTH:
        return PolicyResult((f"A password of {RECOMMENDED_LENGTH} or more characters is safer.",))
    return PolicyResult(())


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def generate_one_time_password() -> str:
    """A random temporary password for first sign-in or a reset; shown once, never stored."""
    alphabet = string.ascii_letters + string.digits
    groups = ["".join(secrets.choice(alphabet) for _ in range(5)) for _ in range(4)]
    return "-".join(groups)
