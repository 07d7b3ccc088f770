"""The whole salon out and in, as use cases: permission, PIN, chains verified, audited.

``db.transfer`` moves the rows; this module decides who may and records that they did:
an export of the whole salon is an export of every customer file (records.md: "every
export of customer data … is logged and counted in P1"), and an import must prove it is
the salon's owner (the PIN of an owner in the file) and refuses a file whose hash chains
do not verify, naming the first broken entry, before anything is committed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlmodel import Session

from salondesk.db import transfer
from salondesk.db.transfer import ProgressFn
from salondesk.db.uow import UnitOfWork
from salondesk.domain.audit import ERASABLE_ENTITY
from salondesk.domain.clock import Clock
from salondesk.domain.customers import Customer
from salondesk.domain.errors import CONTEXT as ERRORS_CONTEXT
from salondesk.domain.errors import AuthenticationError, DomainError
from salondesk.domain.month_close import register_label
from salondesk.domain.permissions import Permission
from salondesk.i18n import QT_TRANSLATE_NOOP
from salondesk.services import audit, auth
from salondesk.services.context import Actor, require
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


def export_salon(uow: UnitOfWork, actor: Actor, clock: Clock, path: Path, progress: ProgressFn | None = None) -> int:
    """Write every record to ``path`` (owner); one audit row counting the customer files. Returns rows written."""
    require(actor, Permission.EXPORT_SALON)
    rows = transfer.export_salon(uow.engine, path, progress, now=clock.now())
    with uow:
        customers = uow.session.execute(sa.select(sa.func.count()).select_from(Customer)).scalar_one()
        audit.record(uow, actor, clock, EXPORT_ACTION, ERASABLE_ENTITY, "salon", "records", None, customers)
        uow.commit()
    return rows


def import_salon(
    uow: UnitOfWork,
    clock: Clock,
    path: Path,
    pin: str,
    progress: ProgressFn | None = None,
    *,
    validated: bool = False,
) -> tuple[int, Actor]:
    """Load a whole-salon export into an empty database; returns (rows, the owner who imported).

    Refused, with nothing imported, when ``pin`` is not the PIN of an active owner in the
    file or when any register's chain in the file does not verify.
    """
    importer: list[Actor] = []

    def check(conn: Connection) -> None:
        with Session(bind=conn) as session:
            owner = auth.owner_with_pin(session, pin)
            if owner is None:
                raise AuthenticationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The PIN is not the PIN of an owner in this file. Nothing was imported."
                    )
                )
            importer.append(auth.actor_for(owner))
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
