"""Shared CLI plumbing: building the workstation, signing in, turning errors into words."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import wraps
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from workstation.services.auth import SignInFailed, Workstation
from workstation.services.clock import SystemClock
from workstation.services.keyslots import SlotFileError
from workstation.services.passwords import PasswordRejected
from workstation.services.paths import Paths
from workstation.services.permissions import PermissionDenied
from workstation.services.secrets import KeyringUnavailable, SecretStore
from workstation.services.session import UserSession
from workstation.services.settings import Settings
from workstation.services.store import StoreError


class CliError(Exception):
    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


EXPECTED_ERRORS = (
    SignInFailed,
    StoreError,
    SlotFileError,
    KeyringUnavailable,
    PermissionDenied,
    PasswordRejected,
    ValueError,
    PermissionError,
    FileNotFoundError,
)


def workstation(args: argparse.Namespace) -> Workstation:
    paths = Paths(Path(args.home)) if args.home else Paths.default()
    return Workstation(paths, SecretStore(), Settings(paths.settings), SystemClock())


def read_password(args: argparse.Namespace, prompt: str = "Password: ") -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    return getpass.getpass(prompt)


def signed_in(args: argparse.Namespace) -> UserSession:
    if not args.user:
        raise CliError("this command needs --user NAME (and the password)", 2)
    ws = workstation(args)
    if not ws.is_provisioned():
        raise CliError("this workstation is not set up yet: run `workstation-admin init`")
    return ws.sign_in(args.user, read_password(args))


def command(fn: Callable[[argparse.Namespace], Any]) -> Callable[[argparse.Namespace], Any]:
    """Turn expected failures into one readable line and exit code 1."""

    @wraps(fn)
    def run(args: argparse.Namespace) -> Any:
        try:
            return fn(args)
        except CliError:
            raise
        except EXPECTED_ERRORS as exc:
            raise CliError(str(exc)) from exc
        except SQLAlchemyError as exc:
            raise CliError(f"database error: {type(exc).__name__}") from exc

    return run


def decimal_arg(text: str) -> Decimal:
    """argparse type for amounts and rates: exact decimals, never floats."""
    try:
        return Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"{text!r} is not a decimal number") from None
