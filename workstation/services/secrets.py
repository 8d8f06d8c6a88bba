"""Secrets behind one small interface, kept in the OS keyring. Fails closed.

Only an OS vault (Windows Credential Manager, macOS Keychain, Secret Service,
KWallet) is accepted. A file keyring is accepted only when the process is explicitly
started as a demo or test workstation (`WORKSTATION_INSECURE_KEYRING=1`), and the
app then says so on screen. There is never a plaintext fallback of our own.
"""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "LoanOfficerWorkstation"
MAX_SECRET_CHARS = 1280  # Windows Credential Manager holds 2,560 bytes of UTF-16
INSECURE_ENV = "WORKSTATION_INSECURE_KEYRING"

SECURE_BACKENDS = frozenset(
    {
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.libsecret.Keyring",
    }
)
# These cannot keep anything, so they are refused even on a demo workstation.
UNUSABLE_BACKENDS = frozenset({"keyring.backends.null.Keyring", "keyring.backends.fail.Keyring"})


def use_file_keyring(path: Path) -> None:
    """Point `keyring` at a keyrings.alt file at `path`: demo, self-test and test
    workstations only. SecretStore still refuses it unless started as insecure."""
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(path)
    keyring.set_keyring(backend)


class KeyringUnavailable(RuntimeError):
    """The keychain cannot be used; the message tells IT what to do."""


def backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _primary_backend() -> KeyringBackend:
    backend = keyring.get_keyring()
    inner = getattr(backend, "backends", None)  # ChainerBackend wraps the real ones
    if inner:
        return max(inner, key=lambda b: b.priority)  # type: ignore[no-any-return]
    return backend


class SecretStore:
    def __init__(self, allow_insecure: bool | None = None, service: str = SERVICE) -> None:
        if allow_insecure is None:
            allow_insecure = os.environ.get(INSECURE_ENV) == "1"
        self._allow_insecure = allow_insecure
        self._service = service
        self._backend = _primary_backend()

    @property
    def backend(self) -> str:
        return backend_name(self._backend)

    @property
    def is_secure(self) -> bool:
        return self.backend in SECURE_BACKENDS

    def check_usable(self) -> None:
        name = self.backend
        if name in UNUSABLE_BACKENDS or not (self.is_secure or self._allow_insecure):
            raise KeyringUnavailable(
                f"No protected system keychain is available (found {name}). The workstation "
                "will not store its database key without one. Ask IT to enable the Windows "
                "Credential Manager, the macOS Keychain or the Secret Service, then start again."
            )

    def get(self, name: str) -> str | None:
        self.check_usable()
        try:
            return self._backend.get_password(self._service, name)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(f"The system keychain could not be read: {exc}") from exc

    def set(self, name: str, value: str) -> None:
        """Store and read back: a keyring that silently drops writes is caught here."""
        self.check_usable()
        if len(value) > MAX_SECRET_CHARS:
            raise ValueError(f"secret longer than {MAX_SECRET_CHARS} characters")
        try:
            self._backend.set_password(self._service, name, value)
            stored = self._backend.get_password(self._service, name)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(f"The system keychain refused the key: {exc}") from exc
        if stored != value:
            raise KeyringUnavailable("The system keychain did not keep the key it was given.")

    def delete(self, name: str) -> None:
        self.check_usable()
        try:
            self._backend.delete_password(self._service, name)
        except keyring.errors.PasswordDeleteError:
            return
