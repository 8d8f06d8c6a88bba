"""Start-up figures: cold start to the sign-in window, and sign-in to a usable main
window on a workstation holding 200,000 customers.

    python benchmarks/startup.py [--customers 200000] [--runs 5]

The 200,000-customer workstation is built once under the system temp folder and
reused (delete `lows-bench-startup` there to rebuild).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WORKSTATION_INSECURE_KEYRING", "1")

FOLDER = Path(tempfile.gettempdir()) / "lows-bench-startup"
PASSWORD = "Harbor-Lantern-Quiet-42"

COLD_START = """
import time, sys
t0 = float(sys.argv[1])
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
from workstation.views import i18n
from workstation.views.login import LoginDialog
app = QApplication([])
i18n.install_fonts(app)
i18n.install_translator(app, "zh_CN")
dialog = LoginDialog(lambda u, p: None)
dialog.show()
app.processEvents()
print(f"ready {time.time() - t0:.4f}")
"""


def use_keyring() -> None:
    from workstation.services.secrets import use_file_keyring

    use_file_keyring(FOLDER / "keyring.cfg")


def workstation():  # type: ignore[no-untyped-def]
    from workstation.services.auth import Workstation
    from workstation.services.clock import SystemClock
    from workstation.services.paths import Paths
    from workstation.services.secrets import SecretStore
    from workstation.services.settings import Settings

    paths = Paths(FOLDER / "home")
    return Workstation(paths, SecretStore(), Settings(paths.settings), SystemClock())


def build(customers: int) -> None:
    from sqlalchemy import insert

    from workstation.models import Customer
    from workstation.services.demo import create_demo_workstation

    ws = workstation()
    if ws.is_provisioned():
        return
    create_demo_workstation(ws)
    session = ws.sign_in("supervisor", PASSWORD)
    branch = session.actor.branch_id
    with session.transaction() as db:
        for start in range(0, customers, 10_000):
            rows = [
                {
                    "id": uuid.uuid4(),
                    "legal_name": f"客户{i:07d}",
                    "name_search": f"客户{i:07d}",
                    "name_pinyin": f"kehu{i:07d}",
                    "branch_id": branch,
                }
                for i in range(start, min(start + 10_000, customers))
            ]
            db.execute(insert(Customer), rows)
    session.sign_out()


def cold_start(runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", COLD_START, str(time.time())],
            capture_output=True,
            text=True,
            check=True,
        )
        times.append(float(out.stdout.split()[-1]))
    return times


def sign_in_to_window(runs: int) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from workstation.views import i18n, ops
    from workstation.views.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    i18n.install_fonts(app)  # type: ignore[arg-type]
    ws = workstation()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        window = MainWindow(ws.sign_in("supervisor", PASSWORD))
        window.show()
        ops.drain()
        app.processEvents()
        times.append(time.perf_counter() - started)
        window.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    FOLDER.mkdir(exist_ok=True)
    use_keyring()
    t = time.perf_counter()
    build(args.customers)
    print(f"workstation ready ({args.customers:,} customers) in {time.perf_counter() - t:.1f} s")
    cold = cold_start(args.runs)
    print(
        f"cold start to sign-in window: median {statistics.median(cold):.3f} s "
        f"(min {min(cold):.3f}, max {max(cold):.3f}) over {args.runs} runs"
    )
    login = sign_in_to_window(args.runs)
    print(
        f"sign-in to usable main window: median {statistics.median(login):.3f} s "
        f"(min {min(login):.3f}, max {max(login):.3f}) over {args.runs} runs"
    )


if __name__ == "__main__":
    main()
