"""Risk commands: `portfolio risk` (concentration, vintages, LPR sensitivity) and
`product-fit` (the products ranked for a customer's request), over the same services
as the screens."""

from __future__ import annotations

import argparse
import uuid
from decimal import Decimal
from typing import Any

from workstation.cli.common import command, decimal_arg, signed_in
from workstation.services import portfolio_risk, product_fit
from workstation.services.products import PURPOSES
from workstation.services.schedules import format_percent


def register(sub: Any) -> None:
    group = sub.add_parser("portfolio", help="portfolio figures for supervisors")
    cmds = group.add_subparsers(dest="action", required=True)
    risk = cmds.add_parser("risk", help="concentration, vintage curves and LPR sensitivity")
    risk.set_defaults(handler=cmd_portfolio_risk)
    fit = sub.add_parser("product-fit", help="rank the products for a customer's loan request")
    fit.add_argument("--customer", required=True, type=uuid.UUID, help="customer id")
    fit.add_argument("--purpose", required=True, choices=PURPOSES)
    fit.add_argument("--amount", required=True, type=decimal_arg)
    fit.add_argument("--months", required=True, type=int)
    fit.set_defaults(handler=cmd_product_fit)


@command
def cmd_portfolio_risk(args: argparse.Namespace) -> Any:
    ctx = signed_in(args)
    try:
        view = portfolio_risk.risk_view(ctx)
    finally:
        ctx.sign_out()
    return _risk_json(view) if args.json else _risk_lines(view)


def _risk_json(view: portfolio_risk.RiskView) -> dict[str, Any]:
    s = view.sensitivity
    return {
        "as_of": view.as_of.isoformat(),
        "concentration": {
            c.dimension: {
                "total": str(c.total),
                "hhi": str(c.hhi),
                "lines": [
                    {
                        "key": x.key,
                        "loans": x.loans,
                        "balance": str(x.balance),
                        "share": str(x.share),
                    }
                    for x in c.lines
                ],
            }
            for c in view.concentrations
        },
        "vintages": [
            {
                "vintage": v.vintage,
                "loans": v.loans,
                "principal": str(v.principal),
                "points": [[p.mob, str(p.dpd30), str(p.dpd90)] for p in v.points],
            }
            for v in view.vintages
        ],
        "lpr_sensitivity": {
            "floating_loans": s.loans,
            "floating_balance": str(s.balance),
            "share_of_portfolio": str(s.share_of_portfolio),
            "lpr_1y": str(s.lpr_1y),
            "lpr_5y": str(s.lpr_5y),
            "shifts": {str(x.shift_bp): str(x.change) for x in s.lines},
        },
    }


def _risk_lines(view: portfolio_risk.RiskView) -> list[str]:
    lines = [f"as of {view.as_of.isoformat()}"]
    for c in view.concentrations:
        lines.append(f"concentration by {c.dimension}: total {c.total:,}, HHI {c.hhi}")
        lines += [
            f"  {x.key}: {x.loans} loans, {x.balance:,} ({format_percent(x.share)})"
            for x in c.lines
        ]
    lines.append("vintages (months on book: 30+ / 90+ share of principal lent)")
    for v in view.vintages:
        points = " ".join(
            f"{p.mob}:{format_percent(p.dpd30)}/{format_percent(p.dpd90)}" for p in v.points
        )
        lines.append(f"  {v.vintage} ({v.loans} loans, {v.principal:,}): {points}")
    s = view.sensitivity
    lines.append(
        f"LPR sensitivity: {s.loans} floating loans, {s.balance:,} "
        f"({format_percent(s.share_of_portfolio)} of the book); next-12-month income change"
    )
    lines += [f"  {x.shift_bp:+d} bp: {x.change:,}" for x in s.lines]
    return lines


@command
def cmd_product_fit(args: argparse.Namespace) -> Any:
    ctx = signed_in(args)
    try:
        ranking = product_fit.rank_products(
            ctx, args.customer, args.purpose, args.amount, args.months
        )
    finally:
        ctx.sign_out()
    ranked: list[dict[str, Any]] = [
        {
            "rank": place,
            "product": f.product.code,
            "score": str(f.score),
            "rate": str(f.rate),
            "method": f.method,
            "instalment": str(f.instalment),
            "apr": str(f.apr),
            "debt_to_income": str(f.debt_to_income),
            "reasons": [_reason(r) for r in f.reasons],
        }
        for place, f in enumerate(ranking.ranked, 1)
    ]
    excluded: list[dict[str, Any]] = [
        {"product": e.product.code, "reasons": [_reason(r) for r in e.reasons]}
        for e in ranking.excluded
    ]
    if args.json:
        return {"ranked": ranked, "excluded": excluded}
    return [
        *(
            f"{r['rank']}. {r['product']} score {r['score']}: {r['method']} at "
            f"{format_percent(Decimal(r['rate']))}, instalment {r['instalment']}; "
            + "; ".join(r["reasons"])
            for r in ranked
        ),
        *(f"left out {e['product']}: " + "; ".join(e["reasons"]) for e in excluded),
    ]


def _reason(reason: product_fit.Reason) -> str:
    params = ",".join(f"{k}={v}" for k, v in reason.params.items())
    return f"{reason.code}({params})" if params else reason.code
