"""``salondesk export`` / ``salondesk import``: the whole salon, or one kind of record.

``salondesk export FILE.json`` and ``salondesk import FILE.json`` move the whole
salon (``salon`` is implied when the first argument is not a record kind).
Other kinds (``salondesk import customers FILE.csv``) are added by their areas
with :func:`add_record_kind`; see ``salondesk/commands/__init__.py``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from salondesk.commands._common import COMMAND_CHECKS_PIN, CliEnv, tr
from salondesk.db import transfer
from salondesk.db.transfer_check import validate_export
from salondesk.db.uow import uow_factory
from salondesk.domain.clock import SystemClock
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.services import salon_transfer

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
    p.set_defaults(func=run_import, needs_pin=COMMAND_CHECKS_PIN)  # the database is empty: the file's owner


def run_export(args: argparse.Namespace, env: CliEnv) -> int:
    """Write the export file."""
    engine = env.migrated_engine(read_only=True)
    bar = env.progress(env.t(QT_TRANSLATE_NOOP("CLI", "Exporting")))
    rows = salon_transfer.export_salon(uow_factory(engine)(), env.owner(), SystemClock(), args.file, progress=bar)
    bar.finish()
    env.say(QT_TRANSLATE_NOOP("CLI", "Exported {rows} records to {file}."), rows=rows, file=args.file)
    return 0


def run_import(args: argparse.Namespace, env: CliEnv) -> int:
    """Load the export file into an empty database."""
    if not args.file.is_file():
        env.warn(QT_TRANSLATE_NOOP("CLI", "File not found: {file}"), file=args.file)
        return 1
    transfer.read_export(args.file)  # refuse a wrong file before touching the database
    checking = env.progress(env.t(QT_TRANSLATE_NOOP("CLI", "Checking")), in_bytes=True)
    validate_export(args.file, progress=checking)  # every value, before a database is opened or created
    checking.finish()
    pin = env.read_pin()  # an owner's PIN in the file: checked before the import commits
    engine = env.migrated_engine(create=True)
    bar = env.progress(env.t(QT_TRANSLATE_NOOP("CLI", "Importing")), in_bytes=True)
    rows, _owner = salon_transfer.import_salon(
        uow_factory(engine)(), SystemClock(), args.file, pin, progress=bar, validated=True
    )
    bar.finish()
    env.say(QT_TRANSLATE_NOOP("CLI", "Imported {rows} records from {file}."), rows=rows, file=args.file)
    return 0
