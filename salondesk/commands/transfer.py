"""``salondesk export`` / ``salondesk import``: the whole salon, or one kind of record.

``salondesk export FILE.json`` and ``salondesk import FILE.json`` move the whole
salon (``salon`` is implied when the first argument is not a record kind).
Other kinds (``salondesk import customers FILE.csv``) are added by their areas
with :func:`add_record_kind`; see ``salondesk/commands/__init__.py``.
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from salondesk.commands._common import COMMAND_CHECKS_PIN, CliEnv, tr
from salondesk.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

VERBS = ("import", "export")
SALON = "salon"
_kind_parsers: dict[str, argparse._SubParsersAction[argparse.ArgumentParser]] = {}


def add_record_kind(verb: str, name: str, help_text: str) -> argparse.ArgumentParser:
    """Add ``salondesk <verb> <name> …`` and return its parser to configure.

    The caller adds its arguments and ``set_defaults(func=handler)`` where
    ``handler(args, env) -> int``. ``verb`` is ``"import"`` or ``"export"``. The CLI
    checks the owner's PIN before the handler runs; the handler acts as ``env.owner()``.
    """
    if verb not in _kind_parsers:
        raise RuntimeError("register salondesk.commands.transfer before the modules adding record kinds")
    return _kind_parsers[verb].add_parser(name, help=help_text, description=help_text)


def record_kinds(verb: str) -> list[str]:
    """The record kinds ``verb`` knows (``salon`` first)."""
    action = _kind_parsers.get(verb)
    return list(action.choices) if action is not None else []


def implied_kind(argv: list[str], command_index: int) -> list[str]:
    """Insert ``salon`` after ``import``/``export`` when the next argument is not a record kind."""
    kinds = record_kinds(argv[command_index])
    position = command_index + 1
    while position < len(argv):
        token = argv[position]
        if token in {"--db", "--lang"}:
            position += 2  # the option and its value
        elif token.startswith("-"):
            position += 1
        elif token in kinds:
            return argv
        else:
            return [*argv[: command_index + 1], SALON, *argv[command_index + 1 :]]
    return argv


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``import`` and ``export`` with the ``salon`` kind."""
    exp = subparsers.add_parser(
        "export",
        help=tr(QT_TRANSLATE_NOOP("CLI", "write every record of the salon to a JSON file (or one kind of record)")),
        description=tr(QT_TRANSLATE_NOOP("CLI", "Export the whole salon (default) or one kind of record.")),
    )
    _kind_parsers["export"] = exp.add_subparsers(dest="kind", metavar="KIND")
    p = _kind_parsers["export"].add_parser(
        SALON, help=tr(QT_TRANSLATE_NOOP("CLI", "the whole salon as versioned JSON (the default)"))
    )
    p.add_argument("file", type=Path, metavar="FILE.json")
    p.add_argument(
        "--with-credentials",
        action="store_true",
        help=tr(
            QT_TRANSLATE_NOOP(
                "CLI",
                "also write the staff PIN hashes (left out by default: anyone holding the file could work out "
                "a 4-8 digit PIN); recorded in the audit trail",
            )
        ),
    )
    p.set_defaults(func=run_export)

    imp = subparsers.add_parser(
        "import",
        help=tr(
            QT_TRANSLATE_NOOP("CLI", "load a whole-salon JSON export into an empty database (or one kind of record)")
        ),
        description=tr(QT_TRANSLATE_NOOP("CLI", "Import a whole-salon export (default) or one kind of record.")),
    )
    _kind_parsers["import"] = imp.add_subparsers(dest="kind", metavar="KIND")
    p = _kind_parsers["import"].add_parser(
        SALON, help=tr(QT_TRANSLATE_NOOP("CLI", "a whole-salon export, into an empty database (the default)"))
    )
    p.add_argument("file", type=Path, metavar="FILE.json")
    p.add_argument(
        "--owner-pin-stdin",
        action="store_true",
        help=tr(
            QT_TRANSLATE_NOOP(
                "CLI", "read the owner's new PIN from standard input (an export without PINs; for scripts)"
            )
        ),
    )
    # The database is empty: a file with PINs is opened with the PIN of an owner in it.
    p.set_defaults(func=run_import, needs_pin=COMMAND_CHECKS_PIN)


def run_export(args: argparse.Namespace, env: CliEnv) -> int:
    """Write the export file."""
    from salondesk.db.uow import uow_factory
    from salondesk.domain.clock import SystemClock
    from salondesk.services import salon_transfer

    engine = env.migrated_engine()  # every export is audited (P1 counts it)
    bar = env.progress(env.t(QT_TRANSLATE_NOOP("CLI", "Exporting")))
    rows = salon_transfer.export_salon(
        uow_factory(engine)(),
        env.owner(),
        SystemClock(),
        args.file,
        with_credentials=args.with_credentials,
        progress=bar,
    )
    bar.finish()
    env.say(QT_TRANSLATE_NOOP("CLI", "Exported {rows} records to {file}."), rows=rows, file=args.file)
    if args.with_credentials:
        env.warn(QT_TRANSLATE_NOOP("CLI", "The file holds the staff PIN hashes: keep it as safe as the PC itself."))
    else:
        env.say(QT_TRANSLATE_NOOP("CLI", "Staff PINs are not in the file: each person chooses one at first login."))
    return 0


def run_import(args: argparse.Namespace, env: CliEnv) -> int:
    """Load the export file into an empty database."""
    from salondesk.db import transfer
    from salondesk.db.transfer_check import validate_export
    from salondesk.db.uow import uow_factory
    from salondesk.domain.clock import SystemClock
    from salondesk.services import salon_transfer

    if not args.file.is_file():
        env.warn(QT_TRANSLATE_NOOP("CLI", "File not found: {file}"), file=args.file)
        return 1
    envelope = transfer.read_export(args.file)  # refuse a wrong file before touching the database
    checking = env.progress(env.t(QT_TRANSLATE_NOOP("CLI", "Checking")), in_bytes=True)
    validate_export(args.file, progress=checking)  # every value, before a database is opened or created
    checking.finish()
    # A file with PINs proves its owner; one without cannot (the owner sets a PIN after it).
    pin = env.read_pin() if salon_transfer.carries_credentials(envelope) else None
    engine = env.migrated_engine(create=True)
    bar = env.progress(env.t(QT_TRANSLATE_NOOP("CLI", "Importing")), in_bytes=True)
    rows, _owner = salon_transfer.import_salon(
        uow_factory(engine)(), SystemClock(), args.file, pin, progress=bar, validated=True
    )
    bar.finish()
    env.say(QT_TRANSLATE_NOOP("CLI", "Imported {rows} records from {file}."), rows=rows, file=args.file)
    owner = salon_transfer.owner_without_pin(engine)
    if owner is not None:
        return _owner_sets_pin(env, engine, owner, from_stdin=args.owner_pin_stdin)
    return 0


def _owner_sets_pin(env: CliEnv, engine: Engine, owner: tuple[int, str], *, from_stdin: bool) -> int:
    """The export had no PINs: the owner chooses one now (the others at their first login)."""
    from salondesk.db.uow import UnitOfWork
    from salondesk.domain.clock import SystemClock
    from salondesk.domain.errors import DomainError
    from salondesk.services import auth, salon_transfer

    owner_id, name = owner
    env.say(
        QT_TRANSLATE_NOOP("CLI", "The export has no staff PINs. {name} (owner), choose a PIN of 4 to 8 digits."),
        name=name,
    )
    if from_stdin:
        pin = again = env.stdin.readline().strip()
    elif getattr(env.stdin, "isatty", lambda: False)():
        pin = getpass.getpass(env.t(QT_TRANSLATE_NOOP("CLI", "New PIN: ")))
        again = getpass.getpass(env.t(QT_TRANSLATE_NOOP("CLI", "The same PIN again: ")))
    else:
        pin = again = ""
    if not pin or pin != again:
        env.warn(QT_TRANSLATE_NOOP("CLI", "No PIN was set: {name} chooses one at the first login instead."), name=name)
        return 0
    try:
        auth.set_first_pin(UnitOfWork(engine), SystemClock(), owner_id, pin)
    except DomainError as exc:
        env.warn(
            QT_TRANSLATE_NOOP("CLI", "No PIN was set ({reason}): {name} chooses one at the first login."),
            reason=exc.render(env.translator),
            name=name,
        )
        return 0
    left = salon_transfer.staff_without_pin(engine)
    env.say(
        QT_TRANSLATE_NOOP("CLI", "PIN set for {name}. {count} other staff choose theirs at first login."),
        name=name,
        count=left,
    )
    return 0
