"""Appending to the audit trail; every service that changes data calls this.

The trail is itself a hash chain (records.md, "Trust under concurrency and attack"):
``record`` only collects the row; just before the unit of work commits, every row it
collected is inserted at the end of the ``audit`` register under the register's lock and
sealed (``records_chain.seal_all``), so ``salondesk verify`` finds an edited, deleted,
inserted or reordered audit row like any other register's.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from salondesk.db.uow import UnitOfWork
from salondesk.domain.audit import AuditEntry, audit_content, value_digest
from salondesk.domain.clock import Clock
from salondesk.domain.permissions import Actor
from salondesk.services.records_chain import per_row, register_chain, seal_all

REGISTER = "audit"
register_chain(REGISTER, AuditEntry, per_row(audit_content))

HIDDEN_FIELDS = frozenset({"pin_hash"})


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | int | float | str | bool):
        return str(value)
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


def record(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    action: str,
    entity: str,
    entity_id: object = "",
    field: str = "",
    old: Any = None,
    new: Any = None,
) -> None:
    """Append one audit row (inside the caller's unit of work; sealed when it commits)."""
    old_value = "***" if field in HIDDEN_FIELDS and old is not None else _text(old)
    new_value = "***" if field in HIDDEN_FIELDS and new is not None else _text(new)
    row = AuditEntry(
        at=clock.now(),
        staff_id=actor.staff_id,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        field_name=field,
        old_value=old_value,
        new_value=new_value,
        old_digest=value_digest(old_value),
        new_digest=value_digest(new_value),
    )
    uow.stash.setdefault(REGISTER, []).append(row)
    uow.before_commit(REGISTER, _seal_pending)


def _seal_pending(uow: UnitOfWork) -> None:
    """Insert and seal this transaction's audit rows, in the order they were recorded."""
    seal_all(uow, REGISTER, uow.stash.pop(REGISTER, []))


def record_changes(
    uow: UnitOfWork,
    actor: Actor,
    clock: Clock,
    entity: str,
    entity_id: object,
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    action: str = "update",
) -> int:
    """One audit row per field whose value changed; returns how many."""
    count = 0
    for key, new in after.items():
        old = before.get(key)
        if _text(old) != _text(new):
            record(uow, actor, clock, action, entity, entity_id, key, old, new)
            count += 1
    return count


def record_created(
    uow: UnitOfWork, actor: Actor, clock: Clock, entity: str, entity_id: object, values: Mapping[str, Any]
) -> None:
    """Audit a new record with all its initial values."""
    record_changes(uow, actor, clock, entity, entity_id, {}, values, action="create")
