"""Unit of work: one transaction per use case, committed once or rolled back."""

from __future__ import annotations

import time
from collections.abc import Callable
from contextvars import ContextVar
from types import TracebackType
from typing import Any, Self, TypeVar

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from salondesk.db.engine import BUSY_TIMEOUT_MS, is_sqlite
from salondesk.domain.errors import DatabaseBusy

# Driver errors that mean "another transaction was in the way", not "your data is wrong":
# SQLite's lock errors (after its busy timeout, or at once when a read transaction cannot
# become a writer) and PostgreSQL's deadlock / serialisation / lock-timeout states.
_BUSY_SQLITE_TEXTS = ("database is locked", "database table is locked", "database is busy")
_BUSY_PG_STATES = frozenset({"40P01", "40001", "55P03"})
# Set by retry_busy for its second attempt: every unit of work opened then takes the write lock.
_LOCK_ON_RETRY: ContextVar[bool] = ContextVar("salondesk_lock_on_retry", default=False)


def is_busy_error(exc: BaseException) -> bool:
    """True for a database error that a retry a moment later would most likely not hit."""
    if not isinstance(exc, DBAPIError):
        return False
    orig = exc.orig
    if getattr(orig, "sqlstate", None) in _BUSY_PG_STATES or getattr(orig, "pgcode", None) in _BUSY_PG_STATES:
        return True
    text = str(orig).lower()
    return any(busy in text for busy in _BUSY_SQLITE_TEXTS)


class UnitOfWork:
    """Opens a session; ``commit()`` makes the work durable, leaving without it rolls back.

    ``write_lock=True`` takes the database's write lock at the start of the
    transaction (SQLite ``BEGIN IMMEDIATE``), for check-then-write use cases
    such as booking, where two PCs must not both pass the check, and for every
    append to a hash chain (a service can ask for it itself: ``with uow.write_locked():``).
    On PostgreSQL the services lock the contested rows with ``SELECT … FOR UPDATE``
    or an advisory lock instead (see :mod:`salondesk.db.locks`).

    A database that stays busy (another PC holding the lock past the busy timeout) is
    reported as :class:`~salondesk.domain.errors.DatabaseBusy` — a translated "try again"
    — never as the driver's raw ``database is locked``.

    ``before_commit(key, fn)`` lets a service run ``fn(uow)`` just before the commit (once
    per key): the audit trail seals its new rows into its hash chain there.
    ``stash`` holds such per-transaction work.
    """

    def __init__(self, engine: Engine, *, write_lock: bool = False) -> None:
        self.engine = engine
        self.write_lock = write_lock
        self._session: Session | None = None
        self._before_commit: dict[str, Callable[[UnitOfWork], None]] = {}
        self.stash: dict[str, list[Any]] = {}

    @property
    def session(self) -> Session:
        """The open session (only inside ``with``)."""
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside 'with'")
        return self._session

    def write_locked(self) -> Self:
        """This unit of work, set to take the write lock when entered (``with uow.write_locked():``)."""
        if self._session is not None:
            raise RuntimeError("write_locked() must be called before entering the unit of work")
        self.write_lock = True
        return self

    def __enter__(self) -> Self:
        if _LOCK_ON_RETRY.get():
            self.write_lock = True
        bind = self.engine
        if self.write_lock and is_sqlite(self.engine):
            bind = self.engine.execution_options(sqlite_begin="IMMEDIATE")  # type: ignore[assignment]
        self._before_commit = {}
        self.stash = {}
        self._session = Session(bind, expire_on_commit=False, autoflush=True)
        if self.write_lock and is_sqlite(self.engine):
            try:
                self._session.connection()  # start the transaction now, taking the lock
            except DBAPIError as exc:
                self._session.close()
                self._session = None
                if is_busy_error(exc):
                    raise DatabaseBusy() from exc
                raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            if exc_type is not None:
                session.rollback()
        finally:
            # close() also discards uncommitted work, but unlike rollback() it does not expire
            # what was loaded: rows read inside ``with uow`` stay readable after it (queries rely on it).
            session.close()
            self._session = None
            self._before_commit = {}
            self.stash = {}
        if exc is not None and is_busy_error(exc):
            raise DatabaseBusy() from exc

    def before_commit(self, key: str, fn: Callable[[UnitOfWork], None]) -> None:
        """Run ``fn(self)`` right before this transaction commits (the first registration per key wins)."""
        self._before_commit.setdefault(key, fn)

    @property
    def is_open(self) -> bool:
        """True inside ``with`` (a session is open)."""
        return self._session is not None

    def commit(self) -> None:
        """Make everything done in this unit durable."""
        while self._before_commit:
            key = next(iter(self._before_commit))
            self._before_commit.pop(key)(self)
        self.session.commit()

    def flush(self) -> None:
        """Send pending changes (to get ids) without committing."""
        self.session.flush()

    @property
    def lock_rows_supported(self) -> bool:
        """True where ``SELECT … FOR UPDATE`` means something (not SQLite)."""
        return not is_sqlite(self.engine)


UowFactory = Callable[..., UnitOfWork]
T = TypeVar("T")
# A "busy" that came back before the busy timeout ran out was a conflict of snapshots
# (SQLite refuses a transaction that read data another counter has since changed the
# right to write): running the use case again a moment later succeeds. One that waited
# out the whole timeout met a lock held for long (a restore, a stuck PC): do not wait again.
_WAITED_OUT_S = 0.9 * BUSY_TIMEOUT_MS / 1000


def retry_busy(call: Callable[[], T]) -> T:
    """Run ``call`` (a whole use case on a FRESH unit of work); after a conflict, once more, locked.

    A use case that raised :class:`DatabaseBusy` changed nothing (its transaction rolled
    back), so repeating it is safe. The second attempt's units of work take the write lock
    when they start (SQLite ``BEGIN IMMEDIATE``): they wait their turn behind the other
    counter (up to the busy timeout) instead of reading data that counter is about to
    change. Raises ``DatabaseBusy`` when the first attempt already waited out the busy
    timeout, or the second one fails too.
    """
    started = time.monotonic()
    try:
        return call()
    except DatabaseBusy:
        if time.monotonic() - started > _WAITED_OUT_S:
            raise
    token = _LOCK_ON_RETRY.set(True)
    try:
        return call()
    finally:
        _LOCK_ON_RETRY.reset(token)


def uow_factory(engine: Engine) -> UowFactory:
    """A factory producing fresh units of work on ``engine``."""

    def make(*, write_lock: bool = False) -> UnitOfWork:
        return UnitOfWork(engine, write_lock=write_lock)

    return make
