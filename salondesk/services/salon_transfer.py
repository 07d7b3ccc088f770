"""The whole salon out and in, as use cases: permission, PINs, chains verified, audited.

``db.transfer`` moves the rows; this module decides who may and records that they did.
An export of the whole salon is an export of every customer file (records.md: "every
export of customer data … is logged and counted in P1"): one ``export_salon`` audit row
with how many customer files left. It carries staff PIN hashes only when the owner asks
(``with_credentials``, audited: a 4–8 digit PIN's hash falls to a brute force in hours).

An import refuses a file whose hash chains do not verify, naming the first broken
entry, before anything is committed. A file that carries PINs must be opened with the
PIN of an owner in it; a file without them cannot prove anyone, so after it the owner
chooses a PIN at once and everyone else at their first login.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, col, select

from salondesk.db import transfer
from salondesk.db.transfer import ProgressFn
from salondesk.db.uow import UnitOfWork
from salondesk.domain.audit import ERASABLE_ENTITY
from salondesk.domain.clock import Clock
from salondesk.domain.customers import Customer
from salondesk.domain.errors import CONTEXT as ERRORS_CONTEXT
from salondesk.domain.errors import AuthenticationError, DomainError
from salondesk.domain.month_close import register_label
from salondesk.domain.permissions import Actor, Permission, Role
from salondesk.domain.staff import Staff, needs_pin
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.queries.access import require
from salondesk.services import audit, auth
from salondesk.services.records_chain import verify_in

EXPORT_ACTION = "export_salon"
REGISTERS_CONTEXT = "Registers"


class BrokenChainInFile(DomainError):
    """An import file whose hash chains do not verify: edited, or not a true copy."""

    default_message = QT_TRANSLATE_NOOP("Errors", "The file was not imported: “{register}” is broken at entry {entry}.")

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The message with the register named in words (and in the caller's language)."""
        label = register_label(str(self.params.get("register", "")))
        named = dict(self.params, register=translate(REGISTERS_CONTEXT, label) if translate else label)
        template = translate(ERRORS_CONTEXT, self.message) if translate else self.message
        try:
            return template.format(**named)
        except (KeyError, IndexError):
            return self.message.format(**named)


# One message per reason (a reason inside a placeholder would stay untranslated).
CHAIN_MESSAGES = {
    "hash": QT_TRANSLATE_NOOP(
        "Errors",
        "The file was not imported: “{register}” is broken at entry {entry}, whose content does not "
        "match its hash (changed after it was signed).",
    ),
    "link": QT_TRANSLATE_NOOP(
        "Errors",
        "The file was not imported: “{register}” is broken at entry {entry}, which does not link to "
        "the entry before it (an entry removed, added or reordered).",
    ),
    "unsealed": QT_TRANSLATE_NOOP(
        "Errors",
        "The file was not imported: “{register}” is broken at entry {entry}, which has no hash "
        "(written outside SalonDesk).",
    ),
}


def export_salon(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    path: Path,
    *,
    with_credentials: bool = False,
    progress: ProgressFn | None = None,
) -> int:
    """Write every record to ``path`` (owner); audited and counted in P1. Returns rows written."""
    require(uow, actor, Permission.EXPORT_SALON)
    rows = transfer.export_salon(uow.engine, path, progress, now=clock.now(), with_credentials=with_credentials)
    with uow:
        customers = uow.session.execute(sa.select(sa.func.count()).select_from(Customer)).scalar_one()
        audit.record(uow, actor, clock, EXPORT_ACTION, ERASABLE_ENTITY, "salon", "records", None, customers)
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


def carries_credentials(envelope: Mapping[str, Any]) -> bool:
    """Whether an export (its envelope, ``transfer.read_export``) carries the staff PIN hashes.

    Files from before the choice existed always did.
    """
    return bool(envelope.get("credentials", True))


def import_salon(
    uow: UnitOfWork,
    clock: Clock,
    path: Path,
    pin: str | None,
    progress: ProgressFn | None = None,
    *,
    validated: bool = False,
) -> tuple[int, Actor]:
    """Load a whole-salon export into an empty database; returns (rows, the owner who imported).

    Refused, with nothing imported, when any register's chain in the file does not verify,
    or when the file carries PINs and ``pin`` is not the PIN of an active owner in it.
    Without PINs in the file the import is recorded under the file's first active owner.
    """
    importer: list[Actor] = []

    def check(conn: Connection) -> None:
        with Session(bind=conn) as session:
            importer.append(_importing_owner(session, pin))
            for status in verify_in(session):
                if not status.ok:
                    raise BrokenChainInFile(
                        CHAIN_MESSAGES.get(status.reason), register=status.register, entry=status.first_broken
                    )

    rows = transfer.import_salon(uow.engine, path, progress, check=check, validated=validated)
    actor = importer[0]
    with uow:
        audit.record(uow, actor, clock, "import", "salon", path.name, "records", None, rows)
        uow.commit()
    return rows, actor


def _importing_owner(session: Session, pin: str | None) -> Actor:
    owners = list(
        session.exec(
            select(Staff).where(Staff.role == Role.OWNER, Staff.active == True).order_by(col(Staff.id))  # noqa: E712
        )
    )
    if any(not needs_pin(o.pin_hash) for o in owners):
        owner = auth.owner_with_pin(session, pin) if pin else None
        if owner is None:
            raise AuthenticationError(
                QT_TRANSLATE_NOOP("Errors", "The PIN is not the PIN of an owner in this file. Nothing was imported.")
            )
        return auth.actor_for(owner)
    if not owners:
        raise AuthenticationError(QT_TRANSLATE_NOOP("Errors", "The file has no active owner. Nothing was imported."))
    return auth.actor_for(owners[0])


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
