"""Dialect-specific locking for check-then-write use cases (booking).

SQLite: the unit of work was opened with ``write_lock=True`` (``BEGIN IMMEDIATE``),
so the whole database is already locked for writing; nothing more to do.
PostgreSQL (and other servers): lock the technician's ``staff`` row with
``SELECT … FOR UPDATE`` — two bookings for the same technician queue up behind each
other — and, because a station or a piece of equipment can be shared between
technicians, also take a transaction-scoped advisory lock for the whole book
(``pg_advisory_xact_lock``), released at commit or rollback. Bookings are rare
enough that serialising them costs nothing noticeable. Under READ COMMITTED each
statement after the lock sees the other transaction's committed rows.
"""

from __future__ import annotations

import sqlalchemy as sa

from salondesk.db.uow import UnitOfWork

BOOKING_LOCK_KEY = 0x5A10_4D45  # any constant shared by every SalonDesk process


def lock_for_booking(uow: UnitOfWork, staff_ids: list[int]) -> None:
    """Serialise bookings touching ``staff_ids`` inside the caller's transaction."""
    session = uow.session
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        if not uow.write_lock:
            raise RuntimeError("booking on SQLite needs new_uow(write_lock=True) (BEGIN IMMEDIATE)")
        return
    if dialect == "postgresql":
        session.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": BOOKING_LOCK_KEY})
    staff = sa.table("staff", sa.column("id"))
    for staff_id in sorted(set(staff_ids)):  # a fixed order: no deadlock between two movers
        session.execute(sa.select(staff.c.id).where(staff.c.id == staff_id).with_for_update())


def serialize(uow: UnitOfWork, name: str) -> None:
    """Serialise every transaction that calls this with the same ``name`` (e.g. a register).

    SQLite: the unit of work must have been opened with ``write_lock=True`` (the whole
    database is then locked for writing). PostgreSQL: a transaction-scoped advisory lock
    keyed by ``name``, released at commit or rollback. Other servers: no extra lock (their
    unique constraints still refuse a duplicate).
    """
    session = uow.session
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        if not uow.write_lock:
            raise RuntimeError(f"{name} on SQLite needs new_uow(write_lock=True) (BEGIN IMMEDIATE)")
        return
    if dialect == "postgresql":
        session.execute(sa.text("SELECT pg_advisory_xact_lock(hashtext(:name))"), {"name": f"salondesk:{name}"})


def lock_register(uow: UnitOfWork, register: str) -> None:
    """Serialise appends to one hash-chained register, inside the caller's transaction.

    Taken BEFORE the new entry is inserted and its predecessor's hash is read, so entries
    get their ids (the chain order) and their links in one order: two counters signing at
    once never fork a chain.

    PostgreSQL: a transaction-scoped advisory lock per register (``salondesk:chain:NAME``);
    under READ COMMITTED the statements after it see the previous holder's committed entry.
    SQLite: the database write lock. A unit of work opened with ``write_lock=True``
    (``BEGIN IMMEDIATE``) already holds it and waits for it up to the busy timeout;
    otherwise the entry's own insert takes it, and a transaction that read an older
    snapshot is refused by SQLite (reported as ``DatabaseBusy``) rather than linked to a
    stale predecessor. Either way the hash read after the insert is the newest.
    """
    session = uow.session
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            sa.text("SELECT pg_advisory_xact_lock(hashtext(:name))"), {"name": f"salondesk:chain:{register}"}
        )
