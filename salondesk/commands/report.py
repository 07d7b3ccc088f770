"""``salondesk report --month YYYY-MM``: the monthly compliance report as PDF and/or JSON."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from salondesk.commands._common import COMMAND_CHECKS_PIN, CliEnv, tr, whole_file
from salondesk.i18n import QT_TRANSLATE_NOOP, Translator

if TYPE_CHECKING:
    from salondesk.db.uow import UowFactory
    from salondesk.domain.permissions import Actor
    from salondesk.reports.monthly import MonthlyReport


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
    p.add_argument(
        "--recompute",
        action="store_true",
        help=tr(
            QT_TRANSLATE_NOOP(
                "CLI",
                "for a closed month: compute it again from today's records and list what changed since the "
                "close (the stored report is kept as it is)",
            )
        ),
    )
    p.set_defaults(func=run_report)

    c = subparsers.add_parser(
        "close",
        help=tr(QT_TRANSLATE_NOOP("CLI", "close a month: store its report and the register heads (owner PIN)")),
        description=tr(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Close a month from the 1st of the next month on: the report as of now (figures and PDF), the "
                "instant, the owner and every register's head are stored and never change. The owner's PIN is "
                "asked on the terminal, or read from the first line of standard input with --pin-stdin.",
            )
        ),
    )
    c.add_argument("--month", required=True, metavar="YYYY-MM", help=tr(QT_TRANSLATE_NOOP("CLI", "the month")))
    c.add_argument(
        "--owner", metavar="NAME", help=tr(QT_TRANSLATE_NOOP("CLI", "the owner closing it (when there are several)"))
    )
    c.add_argument(
        "--pin-stdin",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("CLI", "read the owner's PIN from standard input (for scripts)")),
    )
    c.add_argument("--out", type=Path, metavar="FILE.pdf", help=tr(QT_TRANSLATE_NOOP("CLI", "also write the PDF here")))
    c.set_defaults(func=run_close, needs_pin=COMMAND_CHECKS_PIN)  # close_month checks the PIN it is given


def _month(text: str) -> tuple[int, int]:
    from salondesk.domain.calendar import FIRST_YEAR, LAST_YEAR, parse_month
    from salondesk.domain.errors import ValidationError

    try:
        return parse_month(text)
    except ValueError as exc:
        if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Reports cover months from {first}-01 to {last}-12."),
                field="month",
                first=FIRST_YEAR,
                last=LAST_YEAR,
            ) from exc
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A month is written YYYY-MM, e.g. 2026-10."), field="month"
        ) from exc


def run_report(args: argparse.Namespace, env: CliEnv) -> int:
    """Compute, then draw and/or write JSON; a closed month gives its stored report."""
    from salondesk.db.uow import uow_factory
    from salondesk.domain.clock import SystemClock
    from salondesk.reports.closing import recompute_closed, stored_report
    from salondesk.reports.monthly import report_json
    from salondesk.reports.pdf import render_pdf

    year, month = _month(args.month)
    out: Path | None = args.out
    if out is None and args.json is None:
        out = Path(f"compliance-{year:04d}-{month:02d}.pdf")
    engine = env.migrated_engine()
    actor = env.owner()
    stored = stored_report(uow_factory(engine), actor, year, month)
    if stored is not None and not args.recompute:
        if args.json is not None:
            with whole_file(args.json) as partial:
                partial.write_text(json.dumps(stored.json_data, ensure_ascii=False, indent=2), encoding="utf-8")
            env.say(QT_TRANSLATE_NOOP("CLI", "Figures written to {path}."), path=args.json)
        if out is not None:
            out.parent.mkdir(parents=True, exist_ok=True)
            with whole_file(out) as partial:
                partial.write_bytes(stored.pdf)
            env.say(QT_TRANSLATE_NOOP("CLI", "Report written to {path}."), path=out)
        env.say(
            QT_TRANSLATE_NOOP(
                "CLI",
                "{month} was closed on {at} by {who}: this is its stored report. --recompute lists what changed since.",
            ),
            month=stored.month,
            at=stored.closing.at.isoformat(timespec="minutes"),
            who=stored.closing.by,
        )
        return 0
    progress = env.progress(env.t(QT_TRANSLATE_NOOP("CLI", "computing")))
    report = recompute_closed(uow_factory(engine), actor, SystemClock(), year, month, progress)
    progress.finish()
    if report.changes is not None:
        _print_changes(report, env)
    if args.json is not None:
        text = json.dumps(report_json(report), ensure_ascii=False, indent=2)
        with whole_file(args.json) as partial:
            partial.write_text(text, encoding="utf-8")
        env.say(QT_TRANSLATE_NOOP("CLI", "Figures written to {path}."), path=args.json)
    if out is not None:
        drawing = env.progress(env.t(QT_TRANSLATE_NOOP("CLI", "drawing")))
        with whole_file(out) as partial:
            render_pdf(report, partial, env.lang, drawing)
        drawing.finish()
        env.say(QT_TRANSLATE_NOOP("CLI", "Report written to {path}."), path=out)
    if report.changes is None and report.provisional:
        env.warn(QT_TRANSLATE_NOOP("CLI", "{month} is not closed: the report is provisional."), month=report.month_text)
    return 0


def _print_changes(report: MonthlyReport, env: CliEnv) -> None:
    """The "Changed since the month was closed" list, on stdout."""
    from salondesk.domain.month_close import register_label
    from salondesk.reports.closing import describe_record
    from salondesk.reports.pdf import json_figure_text

    changes = report.changes
    assert changes is not None
    env.say(
        QT_TRANSLATE_NOOP("CLI", "Changed since the month was closed ({at}, {who}):"),
        at=changes.closing.at.isoformat(timespec="minutes"),
        who=changes.closing.by,
    )
    if changes.empty:
        env.say(QT_TRANSLATE_NOOP("CLI", "  nothing: the stored report still holds."))
        return
    kit_t = Translator(env.lang)
    na = kit_t("Report", "n/a")
    for change in changes.figures:
        env.say(
            QT_TRANSLATE_NOOP("CLI", "  {figure}: {before} → {after}"),
            figure=change.figure_id,
            before=json_figure_text(change.before, na),
            after=json_figure_text(change.after, na),
        )
        for item in change.items_added:
            env.say(QT_TRANSLATE_NOOP("CLI", "    + {record}"), record=describe_record(item, report, kit_t))
        for item in change.items_removed:
            env.say(QT_TRANSLATE_NOOP("CLI", "    − {record}"), record=describe_record(item, report, kit_t))
    for head in changes.heads:
        env.say(
            QT_TRANSLATE_NOOP("CLI", "  {register}: {before} → {after} entries"),
            register=kit_t("Registers", register_label(head.register)),
            before=head.entries_before,
            after=head.entries_after,
        )


def run_close(args: argparse.Namespace, env: CliEnv) -> int:
    """Close a month with the owner's PIN."""
    from salondesk.db.uow import uow_factory
    from salondesk.domain.clock import SystemClock
    from salondesk.reports.closing import close_month

    year, month = _month(args.month)
    engine = env.migrated_engine()
    new_uow = uow_factory(engine)
    owner = _owner(new_uow, args.owner)
    pin = env.read_pin()
    progress = env.progress(env.t(QT_TRANSLATE_NOOP("CLI", "closing")))
    stored = close_month(new_uow, owner, SystemClock(), year, month, pin, env.lang, progress)
    progress.finish()
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with whole_file(args.out) as partial:
            partial.write_bytes(stored.pdf)
        env.say(QT_TRANSLATE_NOOP("CLI", "Report written to {path}."), path=args.out)
    env.say(
        QT_TRANSLATE_NOOP("CLI", "{month} closed by {who}; its report and register heads are stored."),
        month=stored.month,
        who=stored.closing.by,
    )
    return 0


def _owner(new_uow: UowFactory, name: str | None) -> Actor:
    """The active owner who closes (by ``--owner`` when there are several)."""
    from sqlmodel import select

    from salondesk.domain.errors import ValidationError
    from salondesk.domain.permissions import Role
    from salondesk.domain.staff import Staff
    from salondesk.services.auth import actor_for

    with new_uow() as uow:
        owners = [
            s for s in uow.session.exec(select(Staff).where(Staff.role == Role.OWNER)) if s.active and s.id is not None
        ]
    if name is not None:
        owners = [s for s in owners if s.name == name]
    if len(owners) != 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Name the owner who closes the month with --owner (an active owner)."),
            field="owner",
        )
    return actor_for(owners[0])
