"""``salondesk report --month YYYY-MM``: the monthly compliance report as PDF and/or JSON."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

from salondesk.commands._common import CliEnv, tr
from salondesk.db.uow import uow_factory
from salondesk.domain.calendar import parse_month
from salondesk.domain.clock import SystemClock
from salondesk.domain.errors import ValidationError
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.services.context import SYSTEM


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``report``."""
    p = subparsers.add_parser(
        "report",
        help=tr(QT_TRANSLATE_NOOP("CLI", "the monthly compliance report (PDF and JSON)")),
        description=tr(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Compute every commitment figure of a month and write the printable PDF and/or the "
                "figures as JSON (both from the same data). A month that has not ended is marked provisional.",
            )
        ),
    )
    p.add_argument("--month", required=True, metavar="YYYY-MM", help=tr(QT_TRANSLATE_NOOP("CLI", "the month")))
    p.add_argument("--out", type=Path, metavar="FILE.pdf", help=tr(QT_TRANSLATE_NOOP("CLI", "write the PDF here")))
    p.add_argument(
        "--json", type=Path, metavar="FILE.json", help=tr(QT_TRANSLATE_NOOP("CLI", "write the figures here"))
    )
    p.set_defaults(func=run_report)


def run_report(args: argparse.Namespace, env: CliEnv) -> int:
    """Compute, then draw and/or write JSON."""
    from salondesk.reports.monthly import compute_monthly_report, report_json
    from salondesk.reports.pdf import render_pdf

    try:
        year, month = parse_month(args.month)
    except ValueError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A month is written YYYY-MM, e.g. 2026-10."), field="month"
        ) from exc
    out: Path | None = args.out
    if out is None and args.json is None:
        out = Path(f"compliance-{year:04d}-{month:02d}.pdf")
    engine = env.migrated_engine()
    actor = replace(SYSTEM, name=env.t(QT_TRANSLATE_NOOP("CLI", "command line")))
    progress = env.progress(env.t(QT_TRANSLATE_NOOP("CLI", "computing")))
    report = compute_monthly_report(uow_factory(engine), actor, SystemClock(), year, month, progress)
    progress.finish()
    if args.json is not None:
        args.json.write_text(json.dumps(report_json(report), ensure_ascii=False, indent=2), encoding="utf-8")
        env.say(QT_TRANSLATE_NOOP("CLI", "Figures written to {path}."), path=args.json)
    if out is not None:
        drawing = env.progress(env.t(QT_TRANSLATE_NOOP("CLI", "drawing")))
        render_pdf(report, out, env.lang, drawing)
        drawing.finish()
        env.say(QT_TRANSLATE_NOOP("CLI", "Report written to {path}."), path=out)
    if report.provisional:
        env.warn(QT_TRANSLATE_NOOP("CLI", "{month} has not ended: the report is provisional."), month=report.month_text)
    return 0
