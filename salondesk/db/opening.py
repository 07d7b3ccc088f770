"""Opening a database safely, and saying in words why it cannot be opened.

The command line and the window both open the database through :func:`open_database`
and turn every failure into a :class:`DatabaseUnavailable`: a translatable message
(context ``Errors``) with an exit code from :data:`EXIT_CODES`, never a driver's
own text. A URL is only ever shown through :func:`display_url` (password hidden).

Nothing here creates a database unless the caller says so: a mistyped ``--db``
must not leave an empty file behind that then "verifies" fine.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Engine

from salondesk.i18n import QT_TRANSLATE_NOOP

SUPPORTED_BACKENDS = ("sqlite", "postgresql")
SQLITE_HEADER = b"SQLite format 3\x00"


class ExitCode(IntEnum):
    """The command line's exit codes (documented in docs/cli.md)."""

    OK = 0
    REFUSED = 1  # the input was wrong, or a check found a problem; nothing was changed
    USAGE = 2  # the command line itself is wrong (argparse)
    DATABASE = 3  # the database cannot be opened: bad URL, missing, not SalonDesk's, newer version, server down
    CANNOT_WRITE = 4  # the database or a file cannot be written: read-only, disk full, no permission
    INTERNAL = 5  # an unexpected error (details in the log); nothing was committed
    INTERRUPTED = 130


class DatabaseUnavailable(RuntimeError):
    """The database cannot be used; nothing was created or changed.

    Like ``DomainError``: an English template (context ``Errors``) with its parameters;
    ``str()`` is the English text, :meth:`render` translates.
    """

    def __init__(self, message: str, /, *, exit_code: ExitCode = ExitCode.DATABASE, **params: Any) -> None:
        self.message = message
        self.params = params
        self.exit_code = exit_code
        super().__init__(self.render())

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The message in the caller's language, placeholders filled in."""
        template = translate("Errors", self.message) if translate else self.message
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return self.message.format(**self.params)


def display_url(url: str | sa.URL) -> str:
    """The URL as it may be shown to a person: the password replaced by ``***``."""
    try:
        parsed = url if isinstance(url, sa.URL) else sa.make_url(url)
    except (sa_exc.ArgumentError, ValueError, TypeError):
        # Unparseable: still never show what could be a password (user:secret@host).
        text = str(url)
        if "@" in text and "://" in text:
            scheme, rest = text.split("://", 1)
            return f"{scheme}://***@{rest.rsplit('@', 1)[1]}"
        return text
    return parsed.render_as_string(hide_password=True)


def parse_url(url: str) -> sa.URL:
    """The parsed URL of a database SalonDesk can use, or :class:`DatabaseUnavailable`."""
    try:
        parsed = sa.make_url(url)
    except (sa_exc.ArgumentError, ValueError, TypeError) as exc:
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{url} is not a database address. Use sqlite:///PATH/TO/FILE.sqlite3 or "
                "postgresql+psycopg://USER@HOST/DATABASE.",
            ),
            url=display_url(url),
        ) from exc
    if parsed.get_backend_name() not in SUPPORTED_BACKENDS:
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors", "SalonDesk works with a SQLite file or a PostgreSQL server, not with {backend} ({url})."
            ),
            backend=parsed.get_backend_name(),
            url=display_url(parsed),
        )
    return parsed


def _sqlite_file(parsed: sa.URL) -> Path | None:
    if not parsed.database or parsed.database == ":memory:" or parsed.database.startswith("file:"):
        return None
    return Path(parsed.database).expanduser()


def _check_sqlite_file(path: Path, *, create: bool) -> bool:
    """Refuse a path that cannot be a SalonDesk file; True when the file is read-only for us."""
    if path.is_dir():
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "{file} is a folder, not a database file."), file=str(path)
        )
    if not path.exists():
        if create:
            return False
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No database at {file}. Check the --db address; `salondesk demo` or the first start creates one.",
            ),
            file=str(path),
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "{file} cannot be read ({reason})."),
            file=str(path),
            reason=os_reason(exc),
        ) from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseUnavailable(QT_TRANSLATE_NOOP("Errors", "{file} is not a SQLite database file."), file=str(path))
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def open_database(url: str, *, create: bool = False, read_only: bool = False) -> Engine:
    """An engine on ``url`` after checking that it can be what SalonDesk needs.

    ``create``: a missing SQLite file may be created (``demo``, ``import salon``, the first
    start); otherwise it is refused and nothing is created. ``read_only``: the caller only
    reads; a file that cannot be written is then opened read-only instead of refused later.
    """
    from salondesk.db.engine import make_engine  # engine imports this module's helpers

    parsed = parse_url(url)
    path = _sqlite_file(parsed) if parsed.get_backend_name() == "sqlite" else None
    cannot_write = _check_sqlite_file(path, create=create) if path is not None else False
    if cannot_write and not read_only:
        raise read_only_problem(str(path))
    try:
        engine = make_engine(url, read_only=cannot_write)
        with engine.connect() as conn:  # reach the server / open the file now, not halfway through
            conn.exec_driver_sql("SELECT 1")
    except Exception as exc:
        problem = describe(exc, url)
        if problem is None:
            raise
        raise problem from exc
    return engine


def read_only_problem(where: str) -> DatabaseUnavailable:
    """The database cannot be written."""
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database {file} is read-only: this command changes it, so nothing was done. "
            "Check the file's permissions or the drive.",
        ),
        exit_code=ExitCode.CANNOT_WRITE,
        file=where,
    )


def os_reason(exc: OSError) -> str:
    """The operating system's reason in plain words (errno names are stable, unlike strerror's language)."""
    reasons = {
        errno.ENOSPC: "no space left on the drive",
        errno.EDQUOT: "disk quota exceeded",
        errno.EROFS: "the drive is read-only",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENOENT: "not found",
        errno.EISDIR: "it is a folder",
        errno.ENOTDIR: "a part of the path is not a folder",
    }
    return reasons.get(exc.errno or 0, exc.strerror or exc.__class__.__name__)


DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors", "The drive is full ({where}): nothing was changed. Free some space and try again."
)


def file_problem(exc: OSError) -> DatabaseUnavailable:
    """An OS error on a file the command reads or writes, in words."""
    where = str(exc.filename or "")
    if exc.errno in {errno.ENOSPC, errno.EDQUOT}:
        return DatabaseUnavailable(DISK_FULL, exit_code=ExitCode.CANNOT_WRITE, where=where or "-")
    if exc.errno in {errno.EROFS, errno.EACCES, errno.EPERM}:
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "{file} cannot be written or read ({reason}); nothing was changed."),
            exit_code=ExitCode.CANNOT_WRITE,
            file=where or "-",
            reason=os_reason(exc),
        )
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP("Errors", "File problem with {file} ({reason}); nothing was changed."),
        exit_code=ExitCode.REFUSED,
        file=where or "-",
        reason=os_reason(exc),
    )


def describe(exc: BaseException, url: str) -> DatabaseUnavailable | None:
    """The database failure ``exc`` in words, or None when it is not a database/file problem."""
    if isinstance(exc, DatabaseUnavailable):
        return exc
    shown = display_url(url)
    if isinstance(exc, OSError):
        return file_problem(exc)
    if isinstance(exc, (sa_exc.NoSuchModuleError, sa_exc.ArgumentError)):
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "SalonDesk cannot use the database address {url}."), url=shown
        )
    if isinstance(exc, ModuleNotFoundError):
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "The database driver for {url} is not installed."), url=shown
        )
    original = getattr(exc, "orig", None)
    text = str(original if original is not None else exc).lower()
    if not isinstance(exc, (sa_exc.DBAPIError, sqlite3.Error)):
        return None
    if "readonly" in text or "read-only" in text or "read only" in text:
        return read_only_problem(shown)
    if "disk is full" in text or "database or disk is full" in text or "no space left" in text:
        return DatabaseUnavailable(DISK_FULL, exit_code=ExitCode.CANNOT_WRITE, where=shown)
    if "file is not a database" in text or "file is encrypted" in text:
        return DatabaseUnavailable(QT_TRANSLATE_NOOP("Errors", "{file} is not a SQLite database file."), file=shown)
    if "database is locked" in text or "lock timeout" in text:
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "The database {url} is busy (locked by another program); try again."),
            exit_code=ExitCode.CANNOT_WRITE,
            url=shown,
        )
    if "unable to open" in text or "disk i/o error" in text:
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP("Errors", "The database file {url} cannot be opened (check the path and permissions)."),
            url=shown,
        )
    if isinstance(exc, sa_exc.OperationalError) and not url.startswith("sqlite"):
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database server {url} cannot be reached or refused the login. Check that it is running, "
                "the address, the user and the password.",
            ),
            url=shown,
        )
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP("Errors", "The database {url} reported an error; nothing was changed."),
        exit_code=ExitCode.INTERNAL,
        url=shown,
    )


def explain(exc: BaseException, url: str = "") -> DatabaseUnavailable:
    """Any failure in words for a dialog or the command line: never a driver's or the OS's raw text.

    Errors that carry their own translatable message (``BackupError``) keep it.
    """
    if hasattr(exc, "message") and hasattr(exc, "params") and callable(getattr(exc, "render", None)):
        params = dict(getattr(exc, "params", {}))
        params.pop("exit_code", None)
        return DatabaseUnavailable(exc.message, exit_code=ExitCode.REFUSED, **params)
    problem = describe(exc, url) if url else _describe_without_url(exc)
    if problem is not None:
        return problem
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP("Errors", "An unexpected error stopped this ({kind}); nothing was saved."),
        exit_code=ExitCode.INTERNAL,
        kind=type(exc).__name__,
    )


def _describe_without_url(exc: BaseException) -> DatabaseUnavailable | None:
    return describe(exc, "database")
