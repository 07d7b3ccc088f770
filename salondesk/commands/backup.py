"""``salondesk backup``, ``salondesk restore``, ``salondesk check``."""

from __future__ import annotations

import argparse
from pathlib import Path

from salondesk.commands._common import COMMAND_CHECKS_PIN, NO_PIN, CliEnv, login_owner, tr
from salondesk.i18n import QT_TRANSLATE_NOOP


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the three commands."""
    p = subparsers.add_parser(
        "backup",
        help=tr(QT_TRANSLATE_NOOP("CLI", "take a verified backup now")),
        description=tr(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Copy the database into the backup folder (or --to DIR), check the copy, and prune old backups.",
            )
        ),
    )
    p.add_argument(
        "--to", type=Path, metavar="DIR", help=tr(QT_TRANSLATE_NOOP("CLI", "folder for the backup (default: Settings)"))
    )
    p.set_defaults(func=run_backup)

    p = subparsers.add_parser(
        "restore",
        help=tr(QT_TRANSLATE_NOOP("CLI", "replace the database with a backup file")),
        description=tr(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Replace the database with a backup. The file must pass the integrity check; the current database is kept aside.",  # noqa: E501
            )
        ),
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--yes", "-y", action="store_true", help=tr(QT_TRANSLATE_NOOP("CLI", "do not ask for confirmation")))
    p.set_defaults(func=run_restore, needs_pin=COMMAND_CHECKS_PIN)  # after the file and the database are checked

    p = subparsers.add_parser(
        "check",
        help=tr(QT_TRANSLATE_NOOP("CLI", "check the database's integrity and schema version")),
        description=tr(
            QT_TRANSLATE_NOOP("CLI", "Integrity check (quick, or --full) and whether migrations are at head.")
        ),
    )
    p.add_argument(
        "--full",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("CLI", "full integrity_check instead of quick_check (slower)")),
    )
    p.set_defaults(func=run_check, needs_pin=NO_PIN)  # reads no records


def run_backup(args: argparse.Namespace, env: CliEnv) -> int:
    """Back up now."""
    from salondesk.db.uow import UnitOfWork
    from salondesk.domain.clock import SystemClock
    from salondesk.services import backup as backup_service
    from salondesk.services import settings as settings_service

    engine = env.migrated_engine()
    settings = settings_service.get_settings(UnitOfWork(engine))
    path = backup_service.backup_now(engine, settings, SystemClock(), env.owner(), folder=args.to)
    env.say(QT_TRANSLATE_NOOP("CLI", "Backup written and verified: {file}"), file=path)
    return 0


def run_restore(args: argparse.Namespace, env: CliEnv) -> int:
    """Restore a backup file after confirmation."""
    from salondesk.db.backup import check_restorable
    from salondesk.db.engine import sqlite_path
    from salondesk.domain.clock import SystemClock
    from salondesk.services import backup as backup_service

    source: Path = args.file
    if not source.is_file():
        env.warn(QT_TRANSLATE_NOOP("CLI", "File not found: {file}"), file=source)
        return 1
    check_restorable(source)  # a wrong file is refused before the database is opened (or created)
    target = sqlite_path(env.db_url)
    if target is None:
        env.warn(
            QT_TRANSLATE_NOOP(
                "CLI",
                "restore replaces a SQLite file; for a server database use `salondesk import` into an empty database.",
            )
        )
        return 1
    # the owner of the database being replaced says so with their PIN (a new file replaces nobody's records)
    owner = login_owner(env) if target.exists() else None
    if not args.yes and not env.confirm(
        QT_TRANSLATE_NOOP("CLI", "Replace the database {db} with {file}?"), db=target, file=source
    ):
        env.warn(QT_TRANSLATE_NOOP("CLI", "Nothing was restored (confirm with --yes)."))
        return 1
    aside = backup_service.restore_backup(env.engine(create=True), source, owner, SystemClock())
    env.dispose()
    if aside is not None:
        env.say(
            QT_TRANSLATE_NOOP("CLI", "Restored {file}. The previous database is kept in {aside}."),
            file=source,
            aside=aside,
        )
    else:
        env.say(QT_TRANSLATE_NOOP("CLI", "Restored {file}."), file=source)
    return 0


def run_check(args: argparse.Namespace, env: CliEnv) -> int:
    """Report integrity and schema state; 1 when either is not fine."""
    from salondesk.db.migrate import refuse_newer
    from salondesk.services import backup as backup_service

    engine = env.engine(read_only=True)
    refuse_newer(engine)  # a newer version's database: say so, not "start SalonDesk to upgrade"
    report = backup_service.check_database(engine, full=args.full)
    if report.integrity is None:
        env.say(QT_TRANSLATE_NOOP("CLI", "Integrity: not applicable (checked by the database server)."))
    elif report.integrity:
        env.say(QT_TRANSLATE_NOOP("CLI", "Integrity: ok ({check})."), check=report.integrity_detail)
    else:
        env.say(
            QT_TRANSLATE_NOOP("CLI", "Integrity: FAILED ({check}). Restore a backup."), check=report.integrity_detail
        )
    if report.at_head:
        env.say(QT_TRANSLATE_NOOP("CLI", "Schema: at head ({revision})."), revision=report.revision)
    else:
        env.say(
            QT_TRANSLATE_NOOP("CLI", "Schema: at {revision}, the code is at {head}; start SalonDesk to upgrade."),
            revision=report.revision or "-",
            head=report.head,
        )
    return 0 if report.ok else 1
