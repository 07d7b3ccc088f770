"""Unit of work: one transaction per use case, committed once or rolled back."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Self

from sqlalchemy.engine import Engine
from sqlmodel import Session

from salondesk.db.engine import is_sqlite


class UnitOfWork:
    """Opens a session; ``commit()`` makes the work durable, leaving without it rolls back.

    ``write_lock=True`` takes the database's write lock at the start of the
    transaction (SQLite ``BEGIN IMMEDIATE``), for check-then-write use cases
    such as booking, where two PCs must not both pass the check. On PostgreSQL
    the services lock the contested rows with ``SELECT … FOR UPDATE`` instead
    (see :meth:`lock_rows_supported`).
    """

    def __init__(self, engine: Engine, *, write_lock: bool = False) -> None:
        self.engine = engine
        self.write_lock = write_lock
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        """The open session (only inside ``with``)."""
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside 'with'")
        return self._session

    def __enter__(self) -> Self:
        bind = self.engine
        if self.write_lock and is_sqlite(self.engine):
            bind = self.engine.execution_options(sqlite_begin="IMMEDIATE")  # type: ignore[assignment]
        self._session = Session(bind, expire_on_commit=False, autoflush=True)
        if self.write_lock and is_sqlite(self.engine):
            self._session.connection()  # start the transaction now, taking the lock
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

    @property
    def is_open(self) -> bool:
        """True inside ``with`` (a session is open)."""
        return self._session is not None

    def commit(self) -> None:
        """Make everything done in this unit durable."""
        self.session.commit()

    def flush(self) -> None:
        """Send pending changes (to get ids) without committing."""
        self.session.flush()

    @property
    def lock_rows_supported(self) -> bool:
        """True where ``SELECT … FOR UPDATE`` means something (not SQLite)."""
        return not is_sqlite(self.engine)


UowFactory = Callable[..., UnitOfWork]


def uow_factory(engine: Engine) -> UowFactory:
    """A factory producing fresh units of work on ``engine``."""

    def make(*, write_lock: bool = False) -> UnitOfWork:
        return UnitOfWork(engine, write_lock=write_lock)

    return make
