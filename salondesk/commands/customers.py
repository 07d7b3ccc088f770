"""``salondesk import customers FILE.csv`` and ``salondesk export customers FILE.csv``."""

from __future__ import annotations

import argparse
from pathlib import Path

from salondesk.commands._common import CliEnv, tr, whole_file
from salondesk.commands.transfer import add_record_kind
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.services.import_format import ImportFormat

REPORT_LIMIT = 200  # problem lines printed; the counts cover every row


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``customers`` kind to ``import`` and ``export``."""
    del subparsers
    p = add_record_kind(
        "import", "customers", tr(QT_TRANSLATE_NOOP("CLI", "customers from a CSV file (SalonDesk, Fresha or Square)"))
    )
    p.add_argument("file", type=Path, metavar="FILE.csv")
    p.add_argument(
        "--format",
        choices=[f.value for f in ImportFormat],
        default=ImportFormat.AUTO.value,
        help=tr(QT_TRANSLATE_NOOP("CLI", "the file's format (default: detected from the header row)")),
    )
    p.add_argument(
        "--dry-run", action="store_true", help=tr(QT_TRANSLATE_NOOP("CLI", "check and report, change nothing"))
    )
    p.add_argument(
        "--merge",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("CLI", "fill in empty fields of customers already in SalonDesk instead of skipping")),
    )
    p.set_defaults(func=run_import_customers)

    p = add_record_kind(
        "export", "customers", tr(QT_TRANSLATE_NOOP("CLI", "every customer file as SalonDesk CSV (owner)"))
    )
    p.add_argument("file", type=Path, metavar="FILE.csv")
    p.set_defaults(func=run_export_customers)


def run_import_customers(args: argparse.Namespace, env: CliEnv) -> int:
    """Import, printing each row's problems and the counts."""
    from salondesk.db.uow import uow_factory
    from salondesk.domain.clock import SystemClock
    from salondesk.services import customer_import as imp

    path: Path = args.file
    if not path.is_file():
        env.warn(QT_TRANSLATE_NOOP("CLI", "No such file: {file}"), file=path)
        return 1
    data = path.read_bytes()
    imp.read_customer_file(data, args.format)  # a file that cannot be a customer list is refused before the database
    engine = env.migrated_engine()
    progress = env.progress(env.t(QT_TRANSLATE_NOOP("CLI", "Importing")))
    result = imp.import_customers(
        uow_factory(engine)(),
        env.owner(),
        SystemClock(),
        data,
        fmt=args.format,
        on_existing=imp.OnExisting.MERGE if args.merge else imp.OnExisting.SKIP,
        dry_run=args.dry_run,
        progress=progress,
        source_name=path.name,
    )
    progress.finish()
    printed = 0
    for row in result.preview.rows:
        for problem in row.problems:
            if printed < REPORT_LIMIT:
                env.say(
                    QT_TRANSLATE_NOOP("CLI", "line {line}: {name}: {problem}"),
                    line=row.line,
                    name=row.name or "-",
                    problem=problem.render(env.translator),
                )
            printed += 1
    if printed > REPORT_LIMIT:
        env.say(QT_TRANSLATE_NOOP("CLI", "… and {count} more problems."), count=printed - REPORT_LIMIT)
    env.say(
        QT_TRANSLATE_NOOP(
            "CLI", "Format {format} ({encoding}): {created} new, {merged} merged, {skipped} skipped, {invalid} invalid."
        ),
        format=result.preview.format.value,
        encoding=result.preview.encoding,
        created=result.created,
        merged=result.merged,
        skipped=result.skipped,
        invalid=result.invalid,
    )
    if args.dry_run:
        env.say(QT_TRANSLATE_NOOP("CLI", "Dry run: nothing was changed."))
    return 0


def run_export_customers(args: argparse.Namespace, env: CliEnv) -> int:
    """Write every active customer as SalonDesk CSV."""
    from salondesk.db.uow import uow_factory
    from salondesk.domain.clock import SystemClock
    from salondesk.services import customer_import as imp

    engine = env.migrated_engine()  # the export is audited (P1 counts it)
    text, count = imp.export_customers_csv(uow_factory(engine)(), env.owner(), SystemClock())
    path: Path = args.file
    with whole_file(path) as partial:
        partial.write_text(text, encoding="utf-8", newline="")
    env.say(QT_TRANSLATE_NOOP("CLI", "Wrote {count} customers to {file}."), count=count, file=path)
    return 0
