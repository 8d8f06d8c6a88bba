"""The new-application wizard: customer, product, terms with a live schedule, assessment.

Every figure comes from the services (product fit, pricing, rate cap, assessment); the
wizard only collects input and shows results. The product step ranks the products for
the borrower's purpose, amount and term and preselects the best until the officer picks
one; the terms step starts from the wanted amount and term and the suggested rate and
method. Pricing refusals (outside the product, above the APR cap) are shown inline.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from workstation.services import applications, product_fit, products
from workstation.services.schedules import Schedule, format_percent
from workstation.services.session import UserSession
from workstation.views.errors import officer_message
from workstation.views.labels import in_language, label
from workstation.views.ops import Op
from workstation.views.product_fit_panel import ProductFitPanel
from workstation.views.service_messages import translate_service_message
from workstation.views.table_model import Column, RecordTableModel

ROLE_CHOICE = Qt.ItemDataRole.UserRole


class ApplicationWizard(QWizard):
    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("New loan application"))
        self.customer: applications.CustomerChoice | None = None
        self.schedule: Schedule | None = None
        self.outcome: applications.AssessmentOutcome | None = None
        self.application: applications.ApplicationSummary | None = None
        self._products: list[products.ProductInfo] = []
        self._pricing_seq = 0
        self._chosen_by_hand = False  # once the officer picks, the ranking stops preselecting
        self._selecting = False
        for page in (
            self._customer_page(),
            self._product_page(),
            self._terms_page(),
            self._profile_page(),
            self._assessment_page(),
        ):
            self.addPage(page)
        self.resize(900, 640)
        Op(self, lambda: products.list_products(session)).on_success(self._on_products).run()
        Op(self, applications.scorecard_questions).on_success(self._on_questions).on_failure(
            lambda exc: self.profile_note.setText(officer_message(exc))
        ).run()

    # -- pages ------------------------------------------------------------------------
    def _customer_page(self) -> QWizardPage:
        page = _Page(lambda: self.customer is not None)
        page.setTitle(self.tr("Customer"))
        self.customer_search = QLineEdit()
        self.customer_search.setAccessibleName(self.tr("Customer search"))
        self.customer_search.setPlaceholderText(self.tr("Name, pinyin, ID number or phone"))
        self.customer_search.returnPressed.connect(self._on_search)
        search = QPushButton(self.tr("Search"))
        search.clicked.connect(self._on_search)
        self.customer_list = QListWidget()
        self.customer_list.setAccessibleName(self.tr("Customers found"))
        self.customer_list.currentItemChanged.connect(self._on_customer)
        layout = QVBoxLayout(page)
        for widget in (self.customer_search, search, self.customer_list):
            layout.addWidget(widget)
        self._customer_page_ref = page
        return page

    def _product_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Product"))
        self.fit_panel = ProductFitPanel(self.session)
        self.fit_panel.ranked.connect(self._on_ranked)
        self.fit_panel.chosen.connect(self._on_fit_chosen)
        self.product_combo = QComboBox()
        self.product_combo.currentIndexChanged.connect(self._on_product)
        self.product_terms = QLabel()
        self.product_terms.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Chosen product"), self.product_combo)
        layout = QVBoxLayout(page)
        layout.addWidget(self.fit_panel, 1)
        layout.addLayout(form)
        layout.addWidget(self.product_terms)
        return page

    def _terms_page(self) -> QWizardPage:
        page = _Page(lambda: self.schedule is not None, self._on_terms_entered)
        page.setTitle(self.tr("Amount, term and repayment"))
        self.amount = QLineEdit("50000.00")
        self.months = QSpinBox()
        self.months.setRange(1, 480)
        self.months.setValue(24)
        self.rate = QLineEdit("10.80")
        self.method = QComboBox()
        self.purpose = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Amount (CNY)"), self.amount)
        form.addRow(self.tr("Term (months)"), self.months)
        form.addRow(self.tr("Annual rate (%)"), self.rate)
        form.addRow(self.tr("Repayment method"), self.method)
        form.addRow(self.tr("Purpose details"), self.purpose)
        self.refusal = QLabel()
        self.refusal.setStyleSheet("color: #b00020")
        self.refusal.setWordWrap(True)
        self.totals = QLabel()
        self.preview_model = RecordTableModel(self._schedule_columns(), self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setAccessibleName(self.tr("Repayment schedule preview"))
        self.preview.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.refusal)
        layout.addWidget(self.totals)
        layout.addWidget(self.preview, 1)
        for edit in (self.amount, self.rate, self.purpose):
            edit.textChanged.connect(self._reprice)
        self.months.valueChanged.connect(self._reprice)
        self.method.currentIndexChanged.connect(self._reprice)
        self._terms_page_ref = page
        return page

    def _profile_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Borrower profile"))
        self.profile_note = QLabel(
            self.tr(
                "Ask the borrower; anything not asked is scored as the worst case and "
                "the application goes to a supervisor."
            )
        )
        self.profile_note.setWordWrap(True)
        self.profile_form = QFormLayout()
        self.profile_fields: dict[str, QComboBox | QLineEdit] = {}
        layout = QVBoxLayout(page)
        layout.addWidget(self.profile_note)
        layout.addLayout(self.profile_form)
        layout.addStretch(1)
        return page

    def _on_questions(self, questions: list[applications.Question]) -> None:
        chinese = QLocale().language() == QLocale.Language.Chinese
        for question in questions:
            field: QComboBox | QLineEdit
            if question.choices:
                field = QComboBox()
                field.addItem(self.tr("— not asked —"), "")
                for choice in question.choices:
                    field.addItem(choice, choice)
            else:
                field = QLineEdit()
                field.setPlaceholderText(self.tr("— not asked —"))
            self.profile_fields[question.name] = field
            self.profile_form.addRow(question.label_zh if chinese else question.label_en, field)

    def characteristics(self) -> dict[str, object]:
        """The answers given; a number that does not parse counts as not asked."""
        answers: dict[str, object] = {}
        for name, field in self.profile_fields.items():
            if isinstance(field, QComboBox) and field.currentData():
                answers[name] = field.currentData()
            elif isinstance(field, QLineEdit) and field.text().strip().isdigit():
                answers[name] = int(field.text().strip())
        return answers

    def _assessment_page(self) -> QWizardPage:
        page = _Page(lambda: self.application is not None)
        page.setTitle(self.tr("Assessment and submission"))
        self.assess_button = QPushButton(self.tr("Submit and assess"))
        self.assess_button.clicked.connect(self._on_assess)
        self.outcome_label = QLabel(
            self.tr("The application is saved, submitted and assessed when you press the button.")
        )
        self.outcome_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.assess_button)
        layout.addWidget(self.outcome_label, 1)
        self._assessment_page_ref = page
        return page

    def _schedule_columns(self) -> list[Column]:
        return [
            Column(self.tr("No."), lambda r: str(r.number), lambda r: r.number),
            Column(self.tr("Due date"), lambda r: r.due_date.isoformat()),
            Column(self.tr("Principal"), lambda r: f"{r.principal:,}", align_right=True),
            Column(self.tr("Interest"), lambda r: f"{r.interest:,}", align_right=True),
            Column(self.tr("Payment"), lambda r: f"{r.payment:,}", align_right=True),
            Column(self.tr("Balance"), lambda r: f"{r.closing_principal:,}", align_right=True),
        ]

    # -- customer and product -------------------------------------------------------------
    def _on_search(self) -> None:
        text = self.customer_search.text()
        Op(self, lambda: applications.find_customers(self.session, text)).on_success(
            self._on_customers
        ).on_failure(self._show_search_error).run()

    def _on_customers(self, found: list[applications.CustomerChoice]) -> None:
        self.customer_list.clear()
        for choice in found:
            item = QListWidgetItem(f"{choice.name}  ({self._kind_text(choice.kind)})")
            item.setData(ROLE_CHOICE, choice)
            self.customer_list.addItem(item)
        if not found:
            self.customer_list.addItem(self.tr("No customer found."))

    def _show_search_error(self, exc: Exception) -> None:
        self.customer_list.clear()
        self.customer_list.addItem(officer_message(exc))

    def _kind_text(self, kind: str) -> str:
        return self.tr("business") if kind == "business" else self.tr("person")

    def _on_customer(self, item: QListWidgetItem | None) -> None:
        choice = item.data(ROLE_CHOICE) if item is not None else None
        self.customer = choice if isinstance(choice, applications.CustomerChoice) else None
        self._customer_page_ref.completeChanged.emit()
        self._fill_products()

    def _on_products(self, found: list[products.ProductInfo]) -> None:
        self._products = found
        self._fill_products()

    def _fill_products(self) -> None:
        kind = self.customer.kind if self.customer else None
        self._selecting = True
        self.product_combo.clear()
        for offer in self._products:
            if kind is None or kind in offer.terms.customer_kinds:
                self.product_combo.addItem(f"{offer.code} {product_name(offer)}", offer)
        self._selecting = False
        self._chosen_by_hand = False
        self.fit_panel.set_customer(self.customer.id if self.customer else None)

    def _on_ranked(self, ranking: product_fit.Ranking) -> None:
        if ranking.best is not None and not self._chosen_by_hand:
            self._select_product(ranking.best.product.id)

    def _on_fit_chosen(self, fit: product_fit.ProductFit) -> None:
        self._select_product(fit.product.id)
        self._chosen_by_hand = True

    def _select_product(self, product_id: object) -> None:
        for index in range(self.product_combo.count()):
            offer = self.product_combo.itemData(index)
            if isinstance(offer, products.ProductInfo) and offer.id == product_id:
                self._selecting = True
                self.product_combo.setCurrentIndex(index)
                self._selecting = False

    def _fit_for_product(self) -> product_fit.ProductFit | None:
        offer, ranking = self._product(), self.fit_panel.ranking
        if offer is None or ranking is None:
            return None
        return next((f for f in ranking.ranked if f.product.id == offer.id), None)

    def _on_terms_entered(self) -> None:
        """Start the terms from what the borrower wants and the product's suggestion."""
        self.amount.setText(self.fit_panel.amount.text())
        self.months.setValue(self.fit_panel.months.value())
        fit = self._fit_for_product()
        if fit is not None:
            self.rate.setText(f"{fit.rate * 100:.2f}")
            self.method.setCurrentIndex(max(0, self.method.findData(fit.method)))

    def _product(self) -> products.ProductInfo | None:
        offer = self.product_combo.currentData()
        return offer if isinstance(offer, products.ProductInfo) else None

    def _on_product(self) -> None:
        if not self._selecting:
            self._chosen_by_hand = True
        offer = self._product()
        self.method.clear()
        if offer is None:
            return
        t = offer.terms
        for method in t.methods:
            self.method.addItem(label("RepaymentMethod", method), method)
        self.product_terms.setText(
            self.tr("Amount %1 – %2; term %3 – %4 months; rate %5 – %6; fee %7")
            .replace("%1", f"{t.min_amount:,}")
            .replace("%2", f"{t.max_amount:,}")
            .replace("%3", str(t.min_months))
            .replace("%4", str(t.max_months))
            .replace("%5", format_percent(t.min_rate))
            .replace("%6", format_percent(t.max_rate))
            .replace("%7", format_percent(t.fee_rate))
        )
        self._reprice()

    # -- live pricing ---------------------------------------------------------------------
    def _inputs(self) -> tuple[Decimal, int, Decimal, str] | None:
        try:
            amount = Decimal(self.amount.text().replace(",", "").strip())
            rate = Decimal(self.rate.text().strip()) / 100
        except InvalidOperation:
            return None
        return amount, self.months.value(), rate, str(self.method.currentData() or "")

    def _reprice(self) -> None:
        self.schedule = None
        self._terms_page_ref.completeChanged.emit()
        offer, inputs, customer = self._product(), self._inputs(), self.customer
        if offer is None or customer is None:
            return
        if inputs is None:
            self._show_refusal(self.tr("Enter the amount and the rate as numbers."))
            return
        self._pricing_seq += 1
        seq = self._pricing_seq

        def job() -> Schedule:
            return products.price(self.session, offer, customer.kind, *inputs)

        Op(self, job).on_success(lambda s: self._on_priced(seq, s)).on_failure(
            lambda e: self._on_refused(seq, e)
        ).run()

    def _on_priced(self, seq: int, schedule: Schedule) -> None:
        if seq != self._pricing_seq:
            return
        self.schedule = schedule
        self.refusal.clear()
        self.preview_model.set_rows(schedule.installments)
        self.totals.setText(
            self.tr("APR %1 · total interest %2 · fees %3 · total repayable %4")
            .replace("%1", format_percent(schedule.apr))
            .replace("%2", f"{schedule.total_interest:,}")
            .replace("%3", f"{schedule.total_fees:,}")
            .replace("%4", f"{schedule.total_repayable:,}")
        )
        self._terms_page_ref.completeChanged.emit()

    def _on_refused(self, seq: int, exc: Exception) -> None:
        if seq == self._pricing_seq:
            self._show_refusal(officer_message(exc))

    def _show_refusal(self, text: str) -> None:
        self.refusal.setText(text)
        self.totals.clear()
        self.preview_model.set_rows([])

    # -- submission and assessment --------------------------------------------------------
    def _on_assess(self) -> None:
        offer, inputs, customer = self._product(), self._inputs(), self.customer
        if offer is None or inputs is None or customer is None:
            return
        amount, months, rate, method = inputs
        new = applications.NewApplication(
            customer.id,
            offer.id,
            amount,
            months,
            rate,
            method,
            product_fit.purpose_text(self.fit_panel.purpose_code(), self.purpose.text()),
            self.characteristics(),
        )
        self.assess_button.setEnabled(False)
        self.outcome_label.setText(self.tr("Assessing…"))
        Op(self, lambda: self._submit_and_assess(new)).on_success(self._on_assessed).on_failure(
            self._on_assess_failed
        ).run()

    def _submit_and_assess(self, new: applications.NewApplication) -> tuple[Any, Any]:
        """Runs off the GUI thread: three service calls, each its own transaction."""
        made = self.application or applications.create_draft(self.session, new)
        if made.status == "draft":
            applications.submit(self.session, made.id)
        try:
            return made, applications.assess(self.session, made.id)
        except ValueError as exc:
            return made, exc

    def _on_assessed(self, result: tuple[applications.ApplicationSummary, Any]) -> None:
        self.application, outcome = result
        self._assessment_page_ref.completeChanged.emit()
        if isinstance(outcome, Exception):
            self.outcome_label.setText(
                self.tr("Saved as %1 and submitted, but not assessed: %2")
                .replace("%1", self.application.number)
                .replace("%2", officer_message(outcome))
            )
            return
        self.outcome = outcome
        self.outcome_label.setText(self._outcome_text(outcome))

    def _outcome_text(self, outcome: applications.AssessmentOutcome) -> str:
        assert self.application is not None
        lines = [
            self.tr("Application %1: %2 (credit decision %3, band %4)")
            .replace("%1", self.application.number)
            .replace("%2", label("ApplicationStatus", outcome.status))
            .replace("%3", label("CreditDecision", outcome.decision))
            .replace("%4", outcome.band or "–")
        ]
        lines += [f"• {in_language(r.text_en, r.text_zh)}" for r in outcome.reasons]
        if outcome.status == "referred":
            note = translate_service_message(outcome.note)
            lines.append(
                self.tr("Sent to the supervisors' approvals inbox. %1").replace("%1", note)
            )
        return "\n".join(lines)

    def _on_assess_failed(self, exc: Exception) -> None:
        self.assess_button.setEnabled(True)
        self.outcome_label.setText(officer_message(exc))


def product_name(offer: products.ProductInfo) -> str:
    """The product's name in the interface language."""
    chinese = QLocale().language() == QLocale.Language.Chinese
    return offer.terms.name_zh if chinese else offer.terms.name_en


class _Page(QWizardPage):
    """A page whose Next button waits for a condition the wizard decides."""

    def __init__(self, complete: Any, entered: Any = None) -> None:
        super().__init__()
        self._complete = complete
        self._entered = entered

    def isComplete(self) -> bool:
        return bool(self._complete())

    def initializePage(self) -> None:
        if self._entered is not None:
            self._entered()
