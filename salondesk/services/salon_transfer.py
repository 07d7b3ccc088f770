"""Moving the whole salon: export (staff PINs left out unless asked for) and import.

The file format is ``salondesk.db.transfer``'s; this module adds who may do it, the
audit trail, and the PINs: an export carries staff PIN hashes only when the owner
asks (``with_credentials``, audited: a 4–8 digit PIN's hash falls to a brute force
in hours), and after importing one without them the owner chooses a PIN at once;
everyone else chooses theirs at their first login.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import col, select

from salondesk.db import transfer
from salondesk.db.engine import is_read_only
from salondesk.db.uow import UnitOfWork
from salondesk.domain.clock import Clock
from salondesk.domain.permissions import Actor, Permission, Role
from salondesk.domain.staff import Staff, needs_pin
from salondesk.queries.access import require
from salondesk.services import audit


def export_salon(
    engine: Engine,
    actor: Actor,
    clock: Clock,
    path: Path,
    *,
    with_credentials: bool = False,
    progress: transfer.ProgressFn | None = None,
) -> int:
    """Write the whole-salon export; returns the rows written.

    Audited, credentials or not; only a plain export from a database opened read-only
    (a copy on a read-only disk) goes without its audit row.
    """
    require(UnitOfWork(engine), actor, Permission.EXPORT_SALON)
    rows = transfer.export_salon(engine, path, progress, now=clock.now(), with_credentials=with_credentials)
    if is_read_only(engine) and not with_credentials:
        return rows
    uow = UnitOfWork(engine)
    with uow:
        audit.record(
            uow,
            actor,
            clock,
            "export",
            "salon",
            Path(path).name,
            "credentials",
            None,
            "included" if with_credentials else "left out",
        )
        uow.commit()
    return rows


def owner_without_pin(engine: Engine) -> tuple[int, str] | None:
    """The first active owner who has no PIN yet (id, name), e.g. right after an import without PINs."""
    uow = UnitOfWork(engine)
    with uow:
        owners = uow.session.exec(
            select(Staff).where(Staff.role == Role.OWNER, Staff.active == True).order_by(col(Staff.id))  # noqa: E712
        )
        for owner in owners:
            if needs_pin(owner.pin_hash):
                assert owner.id is not None
                return owner.id, owner.name
    return None


def staff_without_pin(engine: Engine) -> int:
    """How many active staff members still have to choose a PIN."""
    uow = UnitOfWork(engine)
    with uow:
        return sum(1 for s in uow.session.exec(select(Staff).where(Staff.active == True)) if needs_pin(s.pin_hash))  # noqa: E712
