"""C37 dependencies (pip-audit) and TLS to the sync server (>= 1.2, trusted certificates only).

The TLS checks use the sync client's own HTTP client (`SyncClient._http`) against local
servers: one capped at TLS 1.1, one with a certificate from an unknown CA, one good.
"""

from __future__ import annotations

import json
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from workstation.services.secrets import SecretStore
from workstation.services.sync_client import SyncClient


def _cert(name: str, issuer_key, issuer_name, key, ca: bool) -> x509.Certificate:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if not ca:
        san = x509.SubjectAlternativeName([x509.DNSName("localhost")])
        builder = builder.add_extension(san, critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def make_pki(folder: Path, label: str) -> tuple[Path, Path, Path]:
    """A CA and a localhost server certificate signed by it: (ca.pem, cert.pem, key.pem)."""
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"{label} root")])
    ca = _cert(f"{label} root", ca_key, ca_name, ca_key, ca=True)
    leaf = _cert("localhost", ca_key, ca_name, key, ca=False)
    paths = tuple(folder / f"{label}-{n}.pem" for n in ("ca", "cert", "key"))
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return paths  # type: ignore[return-value]


class _Ok(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args: object) -> None:
        return


@contextmanager
def serve_tls(cert: Path, key: Path, maximum: ssl.TLSVersion | None = None) -> Iterator[str]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    if maximum is not None:
        context.set_ciphers("DEFAULT:@SECLEVEL=0")  # let the old protocol be offered at all
        context.minimum_version = ssl.TLSVersion.TLSv1
        context.maximum_version = maximum
    server = HTTPServer(("127.0.0.1", 0), _Ok)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://localhost:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def pki(tmp_path: Path) -> dict[str, tuple[Path, Path, Path]]:
    return {label: make_pki(tmp_path, label) for label in ("branch", "stranger")}


def _client(ca: Path | None) -> SyncClient:
    """The sync client as configured with the head office's CA file (or system roots)."""
    return SyncClient(None, SecretStore(allow_insecure=True), verify=str(ca) if ca else True)  # type: ignore[arg-type]


def _fetch(client: SyncClient, url: str) -> int:
    try:
        return client._http.get(url, timeout=5).status_code
    finally:
        client.close()


def test_c37_sync_client_accepts_a_trusted_tls12_server(pki) -> None:  # type: ignore[no-untyped-def]
    ca, cert, key = pki["branch"]
    with serve_tls(cert, key) as url:
        assert _fetch(_client(ca), url) == 200


def test_c37_sync_client_refuses_tls_below_1_2(pki) -> None:  # type: ignore[no-untyped-def]
    ca, cert, key = pki["branch"]
    with serve_tls(cert, key, maximum=ssl.TLSVersion.TLSv1_1) as url:
        with pytest.raises(httpx.ConnectError):
            _fetch(_client(ca), url)
        _control_old_tls_is_really_offered(ca, url)


def _control_old_tls_is_really_offered(ca: Path, url: str) -> None:
    """Without this, the refusal could be the server's fault rather than the client's."""
    context = ssl.create_default_context(cafile=str(ca))
    context.set_ciphers("DEFAULT:@SECLEVEL=0")
    context.minimum_version = ssl.TLSVersion.TLSv1
    try:
        answer = httpx.get(url, verify=context, timeout=5)
    except httpx.ConnectError as exc:
        pytest.skip(f"this OpenSSL build cannot speak TLS 1.1 even when asked: {exc}")
    assert answer.status_code == 200


def test_c37_sync_client_refuses_an_untrusted_certificate(pki) -> None:  # type: ignore[no-untyped-def]
    _ca, cert, key = pki["stranger"]
    branch_ca = pki["branch"][0]
    with serve_tls(cert, key) as url:
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            _fetch(_client(branch_ca), url)
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            _fetch(_client(None), url)


def test_c37_no_known_vulnerable_packages() -> None:
    """pip-audit over the installed environment (needs the PyPI advisory API)."""
    exe = shutil.which("pip-audit")
    if exe is None:
        pytest.skip("pip-audit is not installed (pip install pip-audit)")
    run = subprocess.run(
        [exe, "--format", "json", "--progress-spinner", "off", "--skip-editable"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if run.returncode not in (0, 1) or not run.stdout.strip():
        pytest.skip(f"pip-audit could not reach the advisory database: {run.stderr[-300:]}")
    report = json.loads(run.stdout)["dependencies"]
    assert len(report) > 50  # the whole environment was listed
    unaudited = [d["name"] for d in report if d.get("skip_reason")]
    if len(unaudited) == len(report):
        reason = report[0]["skip_reason"]
        pytest.skip(
            f"no advisory data for any of {len(unaudited)} packages: pip-audit's PyPI service "
            f"reads https://pypi.org/pypi/<name>/<version>/json, which this network does not "
            f"serve (404), and OSV is unreachable; first answer: {reason}"
        )
    vulnerable = {
        f"{d['name']} {d['version']}": [v["id"] for v in d["vulns"]]
        for d in report
        if d.get("vulns")
    }
    assert vulnerable == {}
