"""One customer: profile, documents and their checks, signals, history, watch-list hits,
applications and loans. PII is masked; "Reveal" asks the service (audited)."""

from __future__ import annotations

import json
import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.services import customers, watchlist
from workstation.services.customer_detail import CustomerDetail
from workstation.services.permissions import Permission
from workstation.services.session import UserSession
from workstation.views.customer_edit_dialog import ContactEditDialog
from workstation.views.customer_scans import ScansTab
from workstation.views.empty_state import HintTableView
from workstation.views.formatting import format_count, format_date, format_datetime, format_money
from workstation.views.labels import label, label_any
from workstation.views.ops import Op
from workstation.views.service_messages import translate_service_message
from workstation.views.table_model import Column, RecordTableModel


class CustomerView(QWidget):
    back_requested = Signal()

    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.customer_id: uuid.UUID | None = None
        self.detail: CustomerDetail | None = None
        self.title = QLabel()
        self.profile = QFormLayout()
        self.values: dict[str, QLabel] = {}
        self.tabs = QTabWidget()
        self.models = self._models()
        hints = self._empty_hints()
        for key, title in self._tab_titles():
            table = HintTableView(hints[key])
            table.setAccessibleName(title)
            table.setModel(self.models[key])
            table.horizontalHeader().setStretchLastSection(True)
            self.tabs.addTab(table, title)
        self.scans = ScansTab(session)
        self.tabs.addTab(self.scans, self.tr("Scans"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addLayout(self._profile())
        layout.addWidget(self.tabs, 1)

    # -- layout ---------------------------------------------------------------------------
    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        back = QPushButton(self.tr("← Back to search"))
        back.clicked.connect(self.back_requested.emit)
        row.addWidget(back)
        row.addWidget(self.title, 1)
        self.edit_button = QPushButton(self.tr("Edit contact details…"))
        self.edit_button.clicked.connect(self.open_edit)
        self.edit_button.setVisible(self.session.actor.can(Permission.CUSTOMER_WRITE))
        row.addWidget(self.edit_button)
        self.verify_button = QPushButton(self.tr("Record in-person check…"))
        self.verify_button.clicked.connect(self._on_verify)
        row.addWidget(self.verify_button)
        self.decide_button = QPushButton(self.tr("Decide watch-list hit…"))
        self.decide_button.clicked.connect(self._on_decide)
        self.decide_button.setVisible(self.session.actor.can(Permission.WATCHLIST_DECIDE))
        row.addWidget(self.decide_button)
        return row

    def _profile(self) -> QHBoxLayout:
        row = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        for form, keys in ((left, self._left_rows()), (right, self._right_rows())):
            for key, caption in keys:
                value = QLabel()
                value.setObjectName(f"value_{key}")
                self.values[key] = value
                form.addRow(caption, self._with_reveal(key, value, caption))
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        return row

    def _left_rows(self) -> list[tuple[str, str]]:
        return [
            ("id_number", self.tr("ID number")),
            ("mobile", self.tr("Mobile")),
            ("bank_card", self.tr("Bank card")),
            ("birth", self.tr("Born / age / sex")),
            ("state", self.tr("Status")),
        ]

    def _right_rows(self) -> list[tuple[str, str]]:
        return [
            ("work", self.tr("Employer / occupation")),
            ("income", self.tr("Monthly income / debts")),
            ("contacts", self.tr("E-mail / address")),
            ("verified", self.tr("In-person check")),
        ]

    def _with_reveal(self, key: str, value: QLabel, caption: str) -> QWidget:
        if key not in customers.REVEALABLE or not self.session.actor.can(Permission.PII_REVEAL):
            return value
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        button = QPushButton(self.tr("Reveal"))
        button.setObjectName(f"reveal_{key}")
        button.setAccessibleName(self.tr("Reveal %1").replace("%1", caption))
        button.clicked.connect(lambda _c=False, k=key: self._on_reveal(k))
        row.addWidget(value)
        row.addWidget(button)
        row.addStretch(1)
        return box

    def _tab_titles(self) -> list[tuple[str, str]]:
        return [
            ("documents", self.tr("Documents")),
            ("signals", self.tr("Fraud signals")),
            ("hits", self.tr("Watch-list hits")),
            ("history", self.tr("History")),
            ("links", self.tr("Applications and loans")),
        ]

    def _empty_hints(self) -> dict[str, str]:
        return {
            "documents": self.tr("No identity documents recorded."),
            "signals": self.tr("No fraud signals: no phone, address or card is shared."),
            "hits": self.tr("No watch-list hits."),
            "history": self.tr("No changes since onboarding."),
            "links": self.tr("No applications or loans yet."),
        }

    def _models(self) -> dict[str, RecordTableModel]:
        return {
            "documents": RecordTableModel(
                [
                    Column(self.tr("Type"), lambda d: label("DocumentType", d.doc_type)),
                    Column(self.tr("Number"), lambda d: d.number_masked),
                    Column(
                        self.tr("Expiry"),
                        lambda d: format_date(d.expiry_date),
                        lambda d: d.expiry_date.toordinal() if d.expiry_date else 0,
                    ),
                    Column(
                        self.tr("Check"),
                        lambda d: self.tr("passed") if d.valid else self.tr("failed"),
                    ),
                    Column(
                        self.tr("Notes"),
                        lambda d: "; ".join(
                            translate_service_message(m) for m in d.problems + d.warnings
                        ),
                    ),
                ],
                self,
            ),
            "signals": RecordTableModel(
                [
                    Column(self.tr("Signal"), lambda s: label("SignalKind", s.kind)),
                    Column(self.tr("Severity"), lambda s: label("Severity", s.severity)),
                    Column(self.tr("Other customer"), lambda s: s.other_name),
                    Column(self.tr("Detail"), lambda s: s.detail),
                ],
                self,
            ),
            "hits": RecordTableModel(
                [
                    Column(self.tr("Listed name"), lambda h: h.entry_name),
                    Column(self.tr("List"), lambda h: h.list_name),
                    Column(
                        self.tr("Match"), lambda h: f"{label('MatchKind', h.match_kind)} {h.score}"
                    ),
                    Column(self.tr("Status"), lambda h: label("WatchlistStatus", h.status)),
                    Column(
                        self.tr("Decision"),
                        lambda h: f"{h.decided_by} {h.decision_comment}".strip(),
                    ),
                ],
                self,
            ),
            "history": RecordTableModel(
                [
                    Column(self.tr("When"), lambda r: format_datetime(r.at), lambda r: r.at),
                    Column(self.tr("By"), lambda r: r.changed_by),
                    Column(self.tr("Changes"), lambda r: _changes(r.changes)),
                ],
                self,
            ),
            "links": RecordTableModel(
                [
                    Column(self.tr("Number"), lambda x: x.number),
                    Column(
                        self.tr("Status"),
                        lambda x: label_any(("ApplicationStatus", "LoanStatus"), x.status),
                    ),
                    Column(
                        self.tr("Amount"),
                        lambda x: format_money(x.amount),
                        lambda x: x.amount,
                        True,
                    ),
                ],
                self,
            ),
        }

    # -- loading --------------------------------------------------------------------------
    def load(self, customer_id: uuid.UUID) -> None:
        self.customer_id = customer_id
        Op(self, lambda: customers.get(self.session, customer_id)).on_success(
            self.show_detail
        ).run()

    def show_detail(self, detail: CustomerDetail) -> None:
        self.detail = detail
        s = detail.summary
        self.title.setText(f"<b>{s.name}</b>  ({label('CustomerKind', s.kind)}, {s.branch})")
        contacts = {c.kind: c.shown for c in detail.contacts}
        self.values["id_number"].setText(s.id_masked)
        self.values["mobile"].setText(s.mobile_masked)
        self.values["bank_card"].setText(detail.accounts[0].card_masked if detail.accounts else "")
        age = format_count(s.age) if s.age is not None else ""
        sex = label("Sex", s.sex) if s.sex else ""
        self.values["birth"].setText(f"{format_date(s.birth_date)} / {age} / {sex}")
        state = label("OnboardingState", s.onboarding_state)
        self.values["state"].setText(f"{label('CustomerStatus', s.status)} / {state}")
        self.values["work"].setText(f"{detail.employer} / {detail.occupation}")
        self.values["income"].setText(
            f"{format_money(s.monthly_income)} / {format_money(detail.monthly_debt_payments)}"
        )
        self.values["contacts"].setText(
            f"{contacts.get('email', '')} / {contacts.get('address', '')}"
        )
        self.values["verified"].setText(self._verified(detail))
        for key, rows in (
            ("documents", detail.documents),
            ("signals", detail.signals),
            ("hits", detail.watchlist_hits),
            ("history", detail.revisions),
            ("links", detail.applications + detail.loans),
        ):
            self.models[key].set_rows(rows)
        for index in range(len(self.models)):
            table = self.tabs.widget(index)
            assert isinstance(table, QTableView)
            table.resizeColumnsToContents()
        self.scans.show_scans(s.id, detail.attachments)
        open_hits = sum(h.status == "open" for h in detail.watchlist_hits)
        self.tabs.setTabText(
            2, self.tr("Watch-list hits (%1 open)").replace("%1", format_count(open_hits))
        )

    def _verified(self, detail: CustomerDetail) -> str:
        if detail.verified_in_person_at is None:
            return self.tr("not yet")
        at = format_datetime(detail.verified_in_person_at)
        return f"{at} {detail.verified_by}: {detail.verification_method}"

    # -- actions --------------------------------------------------------------------------
    def open_edit(self) -> ContactEditDialog | None:
        """The edit dialog; on save the screen shows the new detail and its revision."""
        if self.detail is None:
            return None
        dialog = ContactEditDialog(self.session, self.detail, self)
        dialog.saved.connect(self.show_detail)
        dialog.open()
        return dialog

    def _on_reveal(self, field: str) -> None:
        if self.customer_id is None:
            return
        customer_id = self.customer_id
        Op(self, lambda: customers.reveal(self.session, customer_id, field)).on_success(
            self.values[field].setText
        ).run()

    def _on_verify(self) -> None:
        if self.customer_id is None:
            return
        note, ok = QInputDialog.getText(
            self,
            self.tr("In-person check"),
            self.tr("I saw the original document and compared the photo. Note (optional):"),
        )
        if ok:
            check = customers.InPersonCheck(True, True, note)
            customer_id = self.customer_id
            Op(
                self, lambda: customers.verify_in_person(self.session, customer_id, check)
            ).on_success(self.show_detail).run()

    def _on_decide(self) -> None:
        table = self.tabs.widget(2)
        assert isinstance(table, QTableView)
        rows = table.selectionModel().selectedRows()
        if not rows:
            self.tabs.setCurrentIndex(2)
            return
        hit = self.models["hits"].row_object(rows[0].row())
        labels = [self.tr("Clear (not the listed person)"), self.tr("Confirm (listed person)")]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Watch-list hit"), hit.entry_name, labels, 0, False
        )
        if not ok:
            return
        comment, ok = QInputDialog.getText(self, self.tr("Watch-list hit"), self.tr("Comment:"))
        if ok:
            self.decide_hit(hit, watchlist.DECISIONS[labels.index(choice)], comment)

    def decide_hit(self, hit: watchlist.HitInfo, decision: str, comment: str) -> None:
        """Supervisors: clear or confirm a hit; the screen reloads with the result."""
        customer_id = hit.customer_id
        Op(self, lambda: watchlist.decide(self.session, hit.id, decision, comment)).on_success(
            lambda _r: self.load(customer_id)
        ).run()


def _changes(changes: dict[str, list[str]]) -> str:
    return json.dumps(
        {k: f"{old} → {new}" for k, (old, new) in changes.items()}, ensure_ascii=False
    )
