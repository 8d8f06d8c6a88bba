"""Credit screens: the dashboard's histogram and PSI table, the assessment pane, overrides."""

from __future__ import annotations

import os
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCharts import QBarSeries
from PySide6.QtWidgets import QInputDialog

from tests.services.test_credit_fixtures import (
    HIGH_RISK,
    LOW_RISK,
    Person,
    add_application,
    add_person,
    product_row_id,
    ric,
)
from tests.support import Bench
from workstation.models import ApprovalRequest
from workstation.services import credit
from workstation.services.fraud_checks import FraudFlag
from workstation.services.policy_rules import RuleHit
from workstation.views.credit_dashboard import CreditScreen
from workstation.views.navigation import SCREENS

WAIT = 10000


def _assessed(bench: Bench) -> list[uuid.UUID]:
    officer = bench.sign_in("officer1")
    with officer.transaction() as session:
        ids = []
        for number, inputs in enumerate([LOW_RISK, LOW_RISK, HIGH_RISK]):
            person = Person(ric=ric(date(1985, 5, 20), 1 + 2 * number), phone="")
            customer = add_person(session, officer, person)
            app = add_application(
                session, officer, customer.id, product_row_id(session), characteristics=inputs
            )
            ids.append(app.id)
    for app_id in ids:
        credit.assess_application(officer, app_id)
    return ids


def _save(widget: CreditScreen, name: str) -> None:
    """Keep a picture when asked (CREDIT_SHOTS=folder), to look at the layout."""
    folder = os.environ.get("CREDIT_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def test_credit_is_a_screen_for_everyone_who_reads_credit() -> None:
    screen = next(s for s in SCREENS if s.key == "credit")
    assert (screen.title, screen.permission.value) == ("Credit", "credit:read")


def test_dashboard_draws_the_distribution_and_stability(qtbot, bench: Bench) -> None:
    _assessed(bench)
    screen = CreditScreen(bench.sign_in("officer1"))
    qtbot.addWidget(screen)
    screen.resize(1100, 760)
    screen.show()
    pane = screen.monitoring
    qtbot.waitUntil(lambda: pane.csi_model.rowCount() == 13, timeout=WAIT)
    (series,) = pane.chart.series()
    assert isinstance(series, QBarSeries)
    assert sum(series.barSets()[0].at(i) for i in range(series.barSets()[0].count())) == 3
    assert "3 applications" in pane.summary.text()
    _save(screen, "credit_dashboard")


def test_assessment_pane_shows_band_reasons_and_flags_and_sends_overrides(
    qtbot, bench: Bench, monkeypatch
) -> None:
    ids = _assessed(bench)
    screen = CreditScreen(bench.sign_in("officer1"))
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    screen.tabs.setCurrentIndex(1)
    detail = screen.assessments.detail
    qtbot.waitUntil(lambda: detail.review is not None, timeout=WAIT)
    assert detail.review is not None
    declined = ids[2]
    row = next(
        i
        for i in range(screen.assessments.model.rowCount())
        if screen.assessments.model.row_object(i).application_id == declined
    )
    screen.assessments._on_activated(screen.assessments.model.index(row, 0))
    qtbot.waitUntil(
        lambda: detail.review is not None and detail.review.application_id == declined, timeout=WAIT
    )
    assert detail.band.text().startswith("E")
    assert detail.decision.text() == "Decline"
    assert "Longer loan term" in detail.reasons.text()
    assert detail.review.latest is not None
    hits = (RuleHit("exposure_max", "hard", "over", "超"), RuleHit("new_rule", "soft", "n", "新"))
    flagged = replace(detail.review.latest, rule_hits=hits)
    flags = (FraudFlag("velocity_phone_24h", "high", "many", "多"),)
    rows = detail._flag_rows(replace(flagged, fraud_flags=flags), zh=False)
    assert [row[2] for row in rows] == [  # ids in words; an unknown one readable
        "Total exposure above the limit",
        "new rule",
        "Many applications on this phone in 24 hours",
    ]
    assert detail.gauge.score == detail.review.latest.score  # type: ignore[union-attr]
    _save(screen, "credit_assessment")
    assert detail.override_button.isEnabled()
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *args, **kwargs: ("known customer, new job", True)
    )
    detail._on_override()
    qtbot.waitUntil(lambda: detail.message.text() == "Sent to a supervisor.", timeout=WAIT)
    with bench.sign_in("supervisor1").read() as session:
        request = session.query(ApprovalRequest).one()
        assert (request.kind, request.subject_id) == ("score_override", declined)
