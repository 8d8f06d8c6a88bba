"""`workstation-admin check-id` and `watchlist import`: JSON verdicts and exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from tests.services.kyc_support import card, ric, uscc_code
from tests.support import ADMIN_PASSWORD, Bench
from workstation import cli

TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, object]]:
    code = cli.main(["check-id", *argv, "--json", "--today", "2026-06-01"])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("cn-ric", ric()),
        ("cn-uscc", uscc_code()),
        ("bank-card", card()),
        ("phone", "13800138000"),
        ("email", "li.na@example.cn"),
    ],
)
def test_valid_values_exit_zero(capsys, kind: str, value: str) -> None:
    code, out = run(capsys, "--type", kind, value)
    assert (code, out["valid"], out["kind"]) == (0, True, kind)


@pytest.mark.parametrize(
    ("kind", "value", "problem"),
    [
        ("cn-ric", ric()[:-1] + "9", "check_digit"),
        ("cn-uscc", uscc_code()[:-1] + "0", "check_digit"),
        ("bank-card", card()[:-1] + "0", "check_digit"),
        ("phone", "12345", "phone_invalid"),
        ("email", "not-an-address", "email_invalid"),
        ("mrz", TD3.replace("7408122", "7408123"), "mrz_check_digit"),
    ],
)
def test_invalid_values_exit_non_zero_with_the_problem(capsys, kind, value, problem) -> None:
    code, out = run(capsys, "--type", kind, value)
    assert code == 1
    assert out["valid"] is False
    assert problem in [p["code"] for p in out["problems"]]  # type: ignore[union-attr]


def test_age_range_defaults_to_18_to_65_and_can_be_set(capsys) -> None:
    young = ric(birth="20100101")
    code, out = run(capsys, "--type", "cn-ric", young)
    assert code == 1
    assert out["problems"][0]["message"] == "age 16 is below the minimum of 18"  # type: ignore[index]
    assert run(capsys, "--type", "cn-ric", young, "--min-age", "16")[0] == 0


def test_expired_document_fails(capsys) -> None:
    code, out = run(capsys, "--type", "cn-ric", ric(), "--expiry", "2026-05-31")
    assert code == 1
    assert [p["code"] for p in out["problems"]] == ["expired"]  # type: ignore[union-attr]


def test_mrz_through_a_real_process_with_newlines() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, workstation.cli as c; sys.exit(c.main())",
            "check-id",
            "--type",
            "mrz",
            TD3,
            "--json",
            "--min-age",
            "0",
            "--max-age",
            "99",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    out = json.loads(done.stdout)
    assert out["derived"]["surname"] == "ERIKSSON"
    assert done.returncode == 1  # the 2012 expiry date has passed
    assert [p["code"] for p in out["problems"]] == ["expired"]


def test_watchlist_import_command(bench: Bench, tmp_path, capsys, monkeypatch) -> None:
    source = tmp_path / "list.csv"
    source.write_text("name,aliases,id_number,reason\nZhang Wei,,,sanctions\n", "utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    monkeypatch.setenv("WORKSTATION_INSECURE_KEYRING", "1")  # the test keyring is a file
    code = cli.main(
        [
            "--home",
            str(bench.paths.home),
            "--user",
            "it.admin",
            "--password-stdin",
            "watchlist",
            "import",
            str(source),
            "--list",
            "UN",
            "--json",
        ]
    )
    assert code == 0
    assert json.loads(capsys.readouterr().out) == {"list": "UN", "imported": 1, "skipped": 0}
