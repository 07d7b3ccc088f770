"""The audit trail: one row per changed field, readable values, hidden secrets, owner-only browsing."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlmodel import col, select

from salondesk.db.uow import UowFactory
from salondesk.domain.audit import AuditEntry
from salondesk.domain.clock import FrozenClock
from salondesk.domain.errors import PermissionDenied
from salondesk.domain.permissions import SYSTEM, Actor, Role
from salondesk.queries.audit import AuditFilter, audit_entities, audit_rows
from salondesk.services import audit


def _entries(new_uow: UowFactory, entity: str) -> list[AuditEntry]:
    with new_uow() as uow:
        return list(
            uow.session.exec(select(AuditEntry).where(AuditEntry.entity == entity).order_by(col(AuditEntry.id)))
        )


def test_record_changes_writes_one_row_per_changed_field(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
    with new_uow() as uow:
        count = audit.record_changes(
            uow,
            owner,
            clock,
            "thing",
            7,
            {"name": "A", "price": Decimal("10.0"), "role": Role.TECHNICIAN, "same": 1},
            {"name": "B", "price": Decimal("12.5"), "role": Role.OWNER, "same": 1},
        )
        uow.commit()
    assert count == 3
    rows = [(e.field_name, e.old_value, e.new_value) for e in _entries(new_uow, "thing")]
    assert rows == [("name", "A", "B"), ("price", "10.0", "12.5"), ("role", "technician", "owner")]
    entry = _entries(new_uow, "thing")[0]
    assert (entry.entity_id, entry.action, entry.staff_id, entry.at) == ("7", "update", owner.staff_id, clock.now())


def test_values_are_written_as_text(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
    with new_uow() as uow:
        audit.record_created(
            uow,
            owner,
            clock,
            "misc",
            1,
            {"day": date(2026, 11, 23), "at": clock.now(), "map": {"b": 2, "a": "悦"}, "none": None},
        )
        uow.commit()
    values = {e.field_name: e.new_value for e in _entries(new_uow, "misc")}
    assert values == {"day": "2026-11-23", "at": "2026-11-23T02:00:00+00:00", "map": '{"a": "悦", "b": 2}'}
    assert all(e.action == "create" for e in _entries(new_uow, "misc"))


def test_secrets_are_hidden(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
    with new_uow() as uow:
        audit.record(uow, owner, clock, "reset_pin", "staff", 1, "pin_hash", "$argon2id$old", "$argon2id$new")
        uow.commit()
    (entry,) = [e for e in _entries(new_uow, "staff") if e.action == "reset_pin"]
    assert (entry.old_value, entry.new_value) == ("***", "***")


def test_uncommitted_audit_rows_vanish_with_the_change(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
    with new_uow() as uow:
        audit.record(uow, owner, clock, "update", "ghost", 1, "x", 1, 2)
    assert _entries(new_uow, "ghost") == []


def test_owner_browses_and_filters(new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor) -> None:
    start = clock.advance(seconds=1)  # after the fixtures' own audit rows
    with new_uow() as uow:
        audit.record(uow, owner, clock, "update", "customer", 5, "name", "张三", "张珊")
        clock.advance(hours=1)
        audit.record(uow, technician, clock, "sign", "checklist", 9)
        clock.advance(hours=1)
        audit.record(uow, SYSTEM, clock, "backup", "database", "salondesk-1.sqlite3")
        uow.commit()
    rows = audit_rows(new_uow(), owner, AuditFilter(since=start))
    assert [r.entity for r in rows] == ["database", "checklist", "customer"]  # newest first
    assert rows[0].staff_name == "system"
    assert [r.entity for r in audit_rows(new_uow(), owner, AuditFilter(since=start, staff_id=technician.staff_id))] == [
        "checklist"
    ]
    assert [r.new_value for r in audit_rows(new_uow(), owner, AuditFilter(text="张珊"))] == ["张珊"]
    assert [r.entity_id for r in audit_rows(new_uow(), owner, AuditFilter(text="salondesk-1"))] == [
        "salondesk-1.sqlite3"
    ]
    assert [r.entity for r in audit_rows(new_uow(), owner, AuditFilter(entity="customer"))] == ["customer"]
    until = audit_rows(new_uow(), owner, AuditFilter(since=start, until=start + timedelta(minutes=30)))
    assert [r.entity for r in until] == ["customer"]
    assert {"customer", "checklist", "database", "staff"} <= set(audit_entities(new_uow()))
    assert len(audit_rows(new_uow(), owner, AuditFilter(limit=2))) == 2


@pytest.mark.parametrize("role", ["receptionist", "technician"])
def test_only_owners_browse_the_audit(new_uow: UowFactory, request: pytest.FixtureRequest, role: str) -> None:
    actor: Actor = request.getfixturevalue(role)
    with pytest.raises(PermissionDenied):
        audit_rows(new_uow(), actor)


def test_rows_of_one_use_case_are_one_action_and_repeated_fields_start_a_new_one() -> None:
    from datetime import UTC, datetime, timedelta

    from salondesk.queries.audit import AuditRow, group_actions

    at = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    newest_first = [
        AuditRow(5, at + timedelta(seconds=1), "王芳", "update", "staff", "7", "role", "technician", "receptionist"),
        AuditRow(4, at, "王芳", "update", "staff", "7", "role", "receptionist", "technician"),
        AuditRow(3, at, "王芳", "create", "complaint", "2", "technician_id", None, "7"),
        AuditRow(2, at, "王芳", "create", "complaint", "2", "number", None, "C-2026-0002"),
        AuditRow(1, at - timedelta(minutes=5), "王芳", "create", "complaint", "1", "number", None, "C-2026-0001"),
    ]
    actions = group_actions(newest_first, {"7": "张伟"})
    assert [(a.id, a.action, a.entity_id, len(a.changes)) for a in actions] == [
        (5, "update", "7", 1),
        (4, "update", "7", 1),  # the same field again: a second change, not one merged row
        (3, "create", "2", 2),
        (1, "create", "1", 1),
    ]
    assert actions[2].value("number") == "C-2026-0002" and actions[2].value("technician_id") == "张伟"
    assert actions[0].record_label == "张伟"  # a staff member's record is named by the person
