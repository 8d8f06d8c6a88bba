"""Initial sync by snapshot: keyset pages, resumable, then the log from the watermark."""

from __future__ import annotations

import random

import httpx
import pytest

from tests.sync.faults import local_rows, server_rows
from tests.sync.workload import add_customer, edit_customer
from workstation.services import sync_client
from workstation.services.sync_client import SyncUnavailable


class CutAfter(httpx.HTTPTransport):
    """Real HTTP; the connection drops after `n` snapshot pages (the workstation is moved)."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.left = n
        self.snapshot_pages = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/sync/snapshot":
            self.snapshot_pages += 1
            if self.left == 0:
                raise httpx.ConnectError("cut", request=request)
            self.left -= 1
        return super().handle_request(request)


def test_interrupted_snapshot_resumes_and_the_log_follows(stations, server, monkeypatch):
    writer = stations("SN001")
    rng = random.Random(55)
    for _ in range(20):
        add_customer(writer.session, rng)
    writer.sync_until_quiet()
    monkeypatch.setattr(sync_client, "SNAPSHOT_PAGE", 9)
    cut = CutAfter(3)
    reader = stations("SN001", transport=cut)
    with pytest.raises(SyncUnavailable):
        reader.client.catch_up()
    assert len(local_rows(reader.session.store)) == 27  # three pages of 9 kept
    edit_customer(writer.session, rng)  # after the reader's watermark: comes by the log
    writer.sync_until_quiet()
    cut.left = 100
    reader.client.catch_up()
    assert local_rows(reader.session.store) == server_rows(server.engine, "SN001")
    assert reader.client.state().snapshot_after == ""
    # 60 rows in pages of 9: three applied, the cut one, then the remaining four.
    assert cut.snapshot_pages == 3 + 1 + 4  # resumed, not restarted
