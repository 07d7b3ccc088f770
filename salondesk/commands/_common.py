"""What every subcommand shares: the environment it runs in, messages, progress, confirmation."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from salondesk import config
from salondesk.i18n import QT_TRANSLATE_NOOP, Translator, translate

if TYPE_CHECKING:  # SQLAlchemy is imported by the commands that open the database, not by --help
    from sqlalchemy.engine import Engine

    from salondesk.domain.permissions import Actor

CONTEXT = "CLI"
# records.md: reading or changing records from the command line needs the owner's PIN.
# A command sets ``needs_pin`` (argparse default) to one of these; unset means OWNER_PIN.
OWNER_PIN = "owner"  # checked against the database's owner before the command runs
COMMAND_CHECKS_PIN = "command"  # the command reads the PIN itself (env.read_pin) and checks it (import, close)
NO_PIN = "none"  # demo, check: they read no records
NO_PIN_EXIT = 2
Handler = Callable[[argparse.Namespace, "CliEnv"], int]
_language = ["en"]  # set by cli.main before the parser is built, so --help is translated


def set_language(lang: str) -> None:
    """The language of help texts and messages for this run."""
    _language[0] = lang


def tr(text: str) -> str:
    """Translate a help text (marked with ``QT_TRANSLATE_NOOP("CLI", …)``) into the run's language."""
    return translate(_language[0], CONTEXT, text).replace("%", "%%")


class ProgressLine:
    """A one-line percentage bar on stderr: redrawn in place on a terminal, every 10 % otherwise."""

    WIDTH = 30

    def __init__(self, stream: TextIO, label: str = "", *, in_bytes: bool = False) -> None:
        self.stream = stream
        self.label = label
        self.in_bytes = in_bytes
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self._last = -1
        self._open = False

    def __call__(self, done: int, total: int) -> None:
        """Show ``done`` of ``total``."""
        percent = 100 if total <= 0 else min(100, done * 100 // total)
        step = 1 if self.tty else 10
        if percent // step == self._last // step and self._last >= 0:
            return
        self._last = percent
        filled = self.WIDTH * percent // 100
        bar = "#" * filled + "." * (self.WIDTH - filled)
        amount = f"{done / 1e6:.1f}/{total / 1e6:.1f} MB" if self.in_bytes else f"{done}/{total}"
        text = f"{self.label:<14} {percent:3d}% [{bar}] {amount}"
        if self.tty:
            self.stream.write("\r" + text)
            self._open = True
            if percent >= 100:
                self.finish()
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def relabel(self, label: str) -> None:
        """Start a new step (a new line)."""
        if label != self.label:
            self.finish()
            self.label = label
            self._last = -1

    def finish(self) -> None:
        """End the line."""
        if self._open:
            self.stream.write("\n")
            self.stream.flush()
            self._open = False


@dataclass
class CliEnv:
    """The resolved global options and the streams a command writes to."""

    db_url: str
    lang: str = "en"
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    pin_stdin: bool = False  # --pin-stdin: the PIN is the first line of stdin
    actor: Actor | None = None  # the owner, once the PIN was checked
    _engine: Engine | None = None

    def t(self, text: str, **params: Any) -> str:
        """Translate a CLI message (marked with ``QT_TRANSLATE_NOOP("CLI", …)``) and fill it in."""
        template = translate(self.lang, CONTEXT, text)
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            return text.format(**params)

    @property
    def translator(self) -> Translator:
        """For rendering DomainError messages."""
        return Translator(self.lang)

    def say(self, text: str, **params: Any) -> None:
        """A translated line on stdout."""
        print(self.t(text, **params), file=self.stdout)

    def warn(self, text: str, **params: Any) -> None:
        """A translated line on stderr."""
        print(self.t(text, **params), file=self.stderr)

    def read_pin(self) -> str:
        """The owner's PIN: the first line of stdin with ``--pin-stdin``, else asked on the terminal.

        Raises :class:`PinUnavailable` when there is neither (a script without ``--pin-stdin``).
        """
        if self.pin_stdin:
            pin = self.stdin.readline().strip()
            if pin:
                return pin
            raise PinUnavailable()
        if not getattr(self.stdin, "isatty", lambda: False)():
            raise PinUnavailable()
        return getpass.getpass(self.t(QT_TRANSLATE_NOOP("CLI", "Owner's PIN: ")), stream=self.stderr).strip()

    def owner(self) -> Actor:
        """The owner the command acts as (checked by the CLI before the command ran)."""
        if self.actor is None:
            raise RuntimeError("this command was registered without the owner's PIN")
        return self.actor

    def engine(self, *, create: bool = False, read_only: bool = False) -> Engine:
        """The engine on ``--db`` (made once; disposed by the CLI at exit).

        The database must exist unless ``create`` (a mistyped ``--db`` creates nothing);
        ``read_only`` commands also work on a file they may not write. Problems raise
        ``DatabaseUnavailable`` (a translated line and an exit code in ``cli.main``).
        """
        if self._engine is None:
            from salondesk.db.opening import open_database

            self._engine = open_database(self.db_url, create=create, read_only=read_only)
        return self._engine

    def migrated_engine(self, *, create: bool = False, read_only: bool = False) -> Engine:
        """The engine, after upgrading the schema with the pre-upgrade backup safety net.

        A database a newer SalonDesk wrote is refused before anything is touched; a
        read-only database that would need an upgrade is refused too.
        """
        from salondesk.db.engine import is_read_only
        from salondesk.db.migrate import head_revision, refuse_newer, safe_upgrade
        from salondesk.db.opening import read_only_problem

        engine = self.engine(create=create, read_only=read_only)
        current = refuse_newer(engine)
        if current == head_revision():
            return engine
        if is_read_only(engine):
            raise read_only_problem(display_url(self.db_url))
        saved = safe_upgrade(engine, self._backup_dir(engine))
        if saved is not None:
            self.warn(
                QT_TRANSLATE_NOOP("CLI", "Database upgraded; the previous version is kept in {file}."), file=saved
            )
        return engine

    @staticmethod
    def _backup_dir(engine: Engine) -> Path:
        """The owner's backup folder when the (older) database can tell it, else the default."""
        from salondesk.db.migrate import current_revision
        from salondesk.db.uow import UnitOfWork
        from salondesk.services.backup import backup_folder
        from salondesk.services.settings import get_settings

        try:
            if current_revision(engine) is not None:
                return backup_folder(get_settings(UnitOfWork(engine)))
        except Exception:  # an older schema may not read with today's models: use the default
            pass
        return config.default_backup_dir()

    def dispose(self) -> None:
        """Close the engine's connections."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def progress(self, label: str, *, in_bytes: bool = False) -> ProgressLine:
        """A progress line on stderr (counts, or megabytes with ``in_bytes``)."""
        return ProgressLine(self.stderr, label, in_bytes=in_bytes)

    def confirm(self, question: str, **params: Any) -> bool:
        """Ask yes/no on the terminal; without an interactive stdin the answer is no."""
        if not getattr(self.stdin, "isatty", lambda: False)():
            return False
        self.stderr.write(self.t(question, **params) + " [y/N] ")
        self.stderr.flush()
        answer = self.stdin.readline().strip().lower()
        return answer in {"y", "yes", "j", "是", "好"}


def display_url(url: str) -> str:
    """A database URL as shown in messages (password hidden)."""
    from salondesk.db.opening import display_url as shown

    return shown(url)


@contextmanager
def whole_file(path: Path) -> Iterator[Path]:
    """Write under ``NAME.partial`` and rename at the end: a full drive leaves no half file under the real name."""
    partial = path.with_name(path.name + ".partial")
    try:
        yield partial
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


class PinUnavailable(Exception):
    """No terminal to ask the PIN on and no ``--pin-stdin``: the command is refused (exit code 2)."""


def login_owner(env: CliEnv) -> Actor:
    """Ask the owner's PIN and check it against the database (lockout and audit as at the window)."""
    from salondesk.db.uow import uow_factory
    from salondesk.domain.clock import SystemClock
    from salondesk.services import auth

    env.engine()  # a database that cannot be opened (or written: no audit) is said first, no PIN typed for nothing
    pin = env.read_pin()
    return auth.login_owner(uow_factory(env.migrated_engine())(), SystemClock(), pin)


def record_command(env: CliEnv, command: str) -> None:
    """Audit a command that ran as the owner (records.md: the owner as actor)."""
    from salondesk.db.uow import uow_factory
    from salondesk.domain.clock import SystemClock
    from salondesk.services import auth

    auth.record_command(uow_factory(env.engine())(), env.owner(), SystemClock(), command)


def existing_file(value: str) -> Path:
    """Argparse type: a path that must exist (checked later with a translated message)."""
    return Path(value).expanduser()
