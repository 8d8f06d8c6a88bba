"""A workstation sync process that SIGKILLs itself at a chosen point (run by test_kill).

`python -m tests.sync.kill_client HOME KEYRING_DIR MODE N`: MODE `after-commit` dies
when the N-th push response has arrived (the server committed, the client never
recorded the outcome); `before-send` dies as the N-th push is about to leave;
`mid-apply` dies inside the N-th pulled page's local transaction; `none` syncs to the end.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import httpx

from tests.support import USER_PASSWORD, Bench, FakeClock, use_file_keyring
from workstation.services import sync_apply
from workstation.services.sync_client import SyncClient


class KillingTransport(httpx.HTTPTransport):
    def __init__(self, mode: str, n: int) -> None:
        super().__init__()
        self.mode, self.n, self.pushes = mode, n, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        is_push = request.url.path == "/sync/push"
        self.pushes += is_push
        if is_push and self.mode == "before-send" and self.pushes == self.n:
            os.kill(os.getpid(), signal.SIGKILL)
        response = super().handle_request(request)
        if is_push and self.mode == "after-commit" and self.pushes == self.n:
            response.read()
            os.kill(os.getpid(), signal.SIGKILL)
        return response


def main() -> None:
    home, keyring_dir, mode, n = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    use_file_keyring(keyring_dir)
    session = Bench.open(home, FakeClock()).sign_in("officer1")
    if mode == "mid-apply":
        real, pages = sync_apply.apply_changes, [0]

        def dying(*args, **kwargs):  # type: ignore[no-untyped-def]
            result = real(*args, **kwargs)
            pages[0] += 1
            if pages[0] == n:
                os.kill(os.getpid(), signal.SIGKILL)
            return result

        sync_apply.apply_changes = dying
    client = SyncClient(
        session.store, session.workstation.secrets, transport=KillingTransport(mode, n)
    )
    client.login("officer1", USER_PASSWORD)
    while True:
        client.sync_once()
        if client.status().pending == 0:
            break
    print("synced", flush=True)


if __name__ == "__main__":
    main()
