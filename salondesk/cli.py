"""Command-line front door: ``salondesk`` starts the GUI; subcommands do the rest without Qt.

Qt is imported only when the GUI starts, so ``--help``, ``demo``, ``backup`` and the
others run on a machine without a display (or without Qt's libraries). Building the
parser imports no database, table or report module either (the command modules import
them inside their handlers), so ``--help`` and ``--version`` answer at once.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from salondesk import __version__, config
from salondesk.commands import modules
from salondesk.commands import transfer as transfer_commands
from salondesk.commands._common import (
    NO_PIN_EXIT,
    OWNER_PIN,
    CliEnv,
    Handler,
    PinUnavailable,
    login_owner,
    record_command,
    set_language,
    tr,
)
from salondesk.commands.argparse_words import argparse_in
from salondesk.i18n import LANGUAGES, QT_TRANSLATE_NOOP

GLOBAL_WITH_VALUE = ("--db", "--lang")
LANG_ENV = "SALONDESK_LANG"


def _pre_scan(argv: list[str], option: str) -> str | None:
    """The value of ``option`` anywhere in argv (``--opt V`` or ``--opt=V``), before full parsing."""
    for index, token in enumerate(argv):
        if token == option and index + 1 < len(argv):
            return argv[index + 1]
        if token.startswith(option + "="):
            return token.split("=", 1)[1]
    return None


def _language(argv: list[str]) -> str:
    lang = _pre_scan(argv, "--lang") or os.environ.get(LANG_ENV) or ""
    if not lang:
        system = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
        lang = "zh_CN" if system.startswith("zh") else "en"
    return lang if lang in LANGUAGES else "en"


def _add_global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """``--db`` and ``--lang`` on the main parser and (without defaults) on every subcommand."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help=tr(
            QT_TRANSLATE_NOOP(
                "CLI", "database URL (default: $SALONDESK_DB_URL, else a SQLite file in the user data folder)"
            )
        ),
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=default, help=tr(QT_TRANSLATE_NOOP("CLI", "language: en or zh_CN"))
    )
    if "--pin-stdin" in {opt for action in parser._actions for opt in action.option_strings}:
        return  # the command declares it itself (with its own help text)
    parser.add_argument(
        "--pin-stdin",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help=tr(QT_TRANSLATE_NOOP("CLI", "read the owner's PIN from the first line of stdin (for scripts)")),
    )


def _subparsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = []
    for action in parser._actions:  # argparse has no public walk over sub-parsers
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                found.append(child)
                found.extend(_subparsers(child))
    return found


def build_parser() -> argparse.ArgumentParser:
    """The full parser (help texts in the language set with ``set_language``)."""
    parser = argparse.ArgumentParser(
        prog="salondesk",
        description=tr(
            QT_TRANSLATE_NOOP("CLI", "SalonDesk: front desk and compliance records. Without a command: start the app.")
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"salondesk {__version__}",
        help=tr(QT_TRANSLATE_NOOP("CLI", "show the version number and exit")),  # argparse's own is not translatable
    )
    _add_global_options(parser, top=True)
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", title=tr(QT_TRANSLATE_NOOP("CLI", "commands"))
    )
    for module in modules():
        module.register(subparsers)
    for child in _subparsers(parser):
        existing = {opt for action in child._actions for opt in action.option_strings}
        if "--db" not in existing:
            _add_global_options(child, top=False)
    return parser


def _command_index(argv: list[str], commands: set[str]) -> int | None:
    skip = False
    for index, token in enumerate(argv):
        if skip:
            skip = False
            continue
        if token in GLOBAL_WITH_VALUE:
            skip = True
            continue
        if token.startswith("-"):
            continue
        return index if token in commands else None
    return None


def _with_implied_kinds(argv: list[str], parser: argparse.ArgumentParser) -> list[str]:
    """``import FILE`` → ``import salon FILE`` (a plain path means the whole salon)."""
    commands = set(_top_commands(parser))
    index = _command_index(argv, commands)
    if index is not None and argv[index] in transfer_commands.VERBS:
        return transfer_commands.implied_kind(argv, index)
    return argv


def _top_commands(parser: argparse.ArgumentParser) -> list[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Run SalonDesk's command line; returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = _language(args_list)
    set_language(lang)
    with argparse_in(lang):  # argparse's own "usage:", "error:", … in the run's language too
        parser = build_parser()
        args = parser.parse_args(_with_implied_kinds(args_list, parser))
    db_url = config.resolve_db_url(args.db)
    env = CliEnv(db_url=db_url, lang=lang)
    if stdout is not None:
        env.stdout = stdout
    if stderr is not None:
        env.stderr = stderr
    if stdin is not None:
        env.stdin = stdin
    env.pin_stdin = bool(getattr(args, "pin_stdin", False))
    if args.command is None:
        from salondesk.app import run_gui  # Qt is loaded only here

        return int(run_gui(db_url, args.lang) or 0)
    from salondesk.db.opening import ExitCode

    func = getattr(args, "func", None)
    if func is None:  # e.g. `salondesk import` with nothing after it: usage on stderr, not success
        with argparse_in(lang):
            _subcommand_parser(parser, args.command).print_usage(env.stderr)
        env.warn(
            QT_TRANSLATE_NOOP("CLI", "Say what to {command}: see `salondesk {command} --help`."), command=args.command
        )
        return ExitCode.USAGE
    return _run(func, args, env)


def _run(func: Handler, args: argparse.Namespace, env: CliEnv) -> int:
    """Run a command's handler: user errors become one translated line and an exit code."""
    from salondesk.db.backup import BackupError
    from salondesk.db.migrate import DatabaseTooNew, MigrationFailed
    from salondesk.db.opening import ExitCode, describe, parse_url
    from salondesk.domain.errors import DomainError

    db_url = env.db_url
    try:
        parse_url(db_url)  # a wrong address is refused the same way by every command
        owner_command = getattr(args, "needs_pin", OWNER_PIN) == OWNER_PIN
        if owner_command:
            env.actor = login_owner(env)
        code = int(func(args, env))
        if owner_command and code == 0:
            record_command(env, " ".join(filter(None, [args.command, getattr(args, "kind", None)])))
        return code
    except PinUnavailable:
        env.warn(
            QT_TRANSLATE_NOOP(
                "CLI",
                "This command reads or changes the salon's records and needs the owner's PIN: run it in a terminal "
                "to be asked for it, or pass --pin-stdin and the PIN on the first line of stdin.",
            )
        )
        return NO_PIN_EXIT
    except DomainError as exc:
        env.warn(QT_TRANSLATE_NOOP("CLI", "Error: {message}"), message=exc.render(env.translator))
        return ExitCode.REFUSED
    except DatabaseTooNew as exc:
        env.warn(
            QT_TRANSLATE_NOOP(
                "CLI",
                "The database was written by a newer version of SalonDesk (schema {revision}); this is version "
                "{version}. Nothing was changed: install the newer version to open it.",
            ),
            revision=exc.revision,
            version=__version__,
        )
        return ExitCode.DATABASE
    except MigrationFailed as exc:
        env.warn(
            QT_TRANSLATE_NOOP(
                "CLI",
                "The database upgrade failed ({cause}); the database was restored from {file}. Nothing was changed.",
            ),
            cause=_cause_text(exc.cause, env),
            file=exc.restored_from or "-",
        )
        return ExitCode.DATABASE
    except BackupError as exc:
        env.warn(QT_TRANSLATE_NOOP("CLI", "Backup error: {message}"), message=exc.render(env.translator))
        return ExitCode.REFUSED
    except KeyboardInterrupt:
        env.warn(QT_TRANSLATE_NOOP("CLI", "Interrupted."))
        return ExitCode.INTERRUPTED
    except Exception as exc:  # database, file system, anything else: one translated line, never a traceback
        problem = describe(exc, db_url)
        if problem is None:
            logging.getLogger(__name__).exception("salondesk %s failed", args.command)
            env.warn(
                QT_TRANSLATE_NOOP("CLI", "Unexpected error ({kind}); nothing was committed. Details are in the log."),
                kind=type(exc).__name__,
            )
            return ExitCode.INTERNAL
        env.warn(QT_TRANSLATE_NOOP("CLI", "Error: {message}"), message=problem.render(env.translator))
        return problem.exit_code
    finally:
        env.dispose()


def _cause_text(cause: BaseException, env: CliEnv) -> str:
    from salondesk.db.opening import describe

    problem = describe(cause, env.db_url)
    return problem.render(env.translator) if problem is not None else type(cause).__name__


def _subcommand_parser(parser: argparse.ArgumentParser, command: str) -> argparse.ArgumentParser:
    for action in parser._actions:  # argparse has no public lookup of a sub-parser
        if isinstance(action, argparse._SubParsersAction) and command in action.choices:
            return action.choices[command]
    return parser


if __name__ == "__main__":
    sys.exit(main())
