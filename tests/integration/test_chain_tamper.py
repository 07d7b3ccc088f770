"""Tampering with any register or the audit trail behind the app's back is named by verify.

For every hash-chained register (and the audit trail, itself a chain): an edited entry,
a deleted one, an inserted copy and two swapped entries are each reported as the first
broken entry; the complaint's intake facts (received instant, category, severity,
customer) are sealed in its "received" entry; deleting the newest entry changes the
register heads that a month close stores.
"""

from __future__ import annotations

import importlib.util
import io
import shutil
import sys
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session

from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.db.uow import uow_factory
from salondesk.domain.complaints import Category, Complaint, Severity
from salondesk.services.records_chain import ChainStatus, register_heads, registers, verify_all

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "race.py"
# a column each register's hash covers, and a value to write into it
EDITABLE = {
    "hygiene_runs": ("note", "edited later"),
    "hygiene_signoffs": ("note", "edited later"),
    "equipment_status": ("reason", "edited later"),
    "equipment_faults": ("description", "edited later"),
    "equipment_work": ("notes", "edited later"),
    "complaints": ("text", "edited later"),
    "month_closes": ("report_json", "edited later"),
    "audit": ("new_value", "edited later"),
}


def _race_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("race_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _fill(db_url: str) -> None:
    race = _race_module()
    engine = make_engine(db_url)
    upgrade(engine)
    new_uow = uow_factory(engine)
    prepared = race.prepare(new_uow, 3, True)
    for append in race.appenders(prepared).values():
        for i in range(3):
            append(0)(new_uow, i)
    engine.dispose()


@pytest.fixture(scope="module")
def _sqlite_salon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Filled once per module on SQLite; each test gets a copy."""
    path = tmp_path_factory.mktemp("tamper") / "salon.sqlite3"
    _fill(f"sqlite:///{path}")
    return path


@pytest.fixture
def salon(db_url: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Engine]:
    """Every register with a few entries, written by the real services (the race's set-up, one writer)."""
    if db_url.startswith("sqlite"):
        shutil.copyfile(request.getfixturevalue("_sqlite_salon"), tmp_path / "salon.sqlite3")
    else:
        _fill(db_url)
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def _table(register: str) -> str:
    return str(registers()[register].table.__tablename__)  # type: ignore[attr-defined]


def _ids(engine: Engine, register: str) -> list[int]:
    with engine.connect() as conn:
        return [int(i) for i in conn.execute(sa.text(f"SELECT id FROM {_table(register)} ORDER BY id")).scalars()]


def _status(engine: Engine, register: str) -> ChainStatus:
    return {s.register: s for s in verify_all(uow_factory(engine)())}[register]


def _delete(conn: sa.Connection, register: str, entry: int) -> None:
    if register == "hygiene_runs":  # a run's item results go with it
        conn.execute(sa.text("DELETE FROM checklistresult WHERE run_id = :i"), {"i": entry})
    conn.execute(sa.text(f"DELETE FROM {_table(register)} WHERE id = :i"), {"i": entry})


def _copy_as_new(conn: sa.Connection, register: str, entry: int) -> int:
    table = sa.Table(_table(register), sa.MetaData(), autoload_with=conn)
    row = dict(conn.execute(sa.select(table).where(table.c.id == entry)).mappings().one())
    row.pop("id")
    if register == "month_closes":  # one close per month
        row["month"] = "1900-01"
    if register == "hygiene_signoffs":  # one sign-off per result: the forged one names a result still open
        row["result_id"] = conn.execute(
            sa.text(
                "SELECT r.id FROM checklistresult r LEFT JOIN correctivesignoff s ON s.result_id = r.id "
                "WHERE r.result = 'fail' AND s.id IS NULL ORDER BY r.id LIMIT 1"
            )
        ).scalar_one()
    return int(conn.execute(sa.insert(table).values(**row).returning(table.c.id)).scalar_one())


def _swap(conn: sa.Connection, register: str, first: int, second: int) -> None:
    table = sa.Table(_table(register), sa.MetaData(), autoload_with=conn)
    rows = {r["id"]: dict(r) for r in conn.execute(sa.select(table).where(table.c.id.in_([first, second]))).mappings()}
    unique = {"id", "result_id", "month"}  # unique per sign-off / per close: swapped entries keep theirs
    for target, source in ((first, second), (second, first)):
        values = {k: v for k, v in rows[source].items() if k not in unique}
        conn.execute(sa.update(table).where(table.c.id == target).values(**values))


TAMPERING: dict[str, Callable[[sa.Connection, str, list[int]], tuple[int, set[str]]]] = {}


def _tampering(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def add(fn: Callable[..., Any]) -> Callable[..., Any]:
        TAMPERING[name] = fn
        return fn

    return add


@_tampering("edit")
def _edit(conn: sa.Connection, register: str, ids: list[int]) -> tuple[int, set[str]]:
    column, value = EDITABLE[register]
    conn.execute(sa.text(f"UPDATE {_table(register)} SET {column} = :v WHERE id = :i"), {"v": value, "i": ids[-2]})
    return ids[-2], {"hash"}


@_tampering("delete")
def _deleted(conn: sa.Connection, register: str, ids: list[int]) -> tuple[int, set[str]]:
    _delete(conn, register, ids[-2])
    return ids[-1], {"link"}  # the entry after the gap no longer links


@_tampering("insert")
def _inserted(conn: sa.Connection, register: str, ids: list[int]) -> tuple[int, set[str]]:
    return _copy_as_new(conn, register, ids[-2]), {"link", "hash"}


@_tampering("swap")
def _swapped(conn: sa.Connection, register: str, ids: list[int]) -> tuple[int, set[str]]:
    _swap(conn, register, ids[-3], ids[-2])
    return ids[-3], {"link", "hash"}


def _tables(register: str) -> list[str]:
    """The register's table, and the children its content covers (parents first)."""
    return [_table(register), "checklistresult"] if register == "hygiene_runs" else [_table(register)]


def _snapshot(conn: sa.Connection, register: str) -> dict[str, dict[int, dict[str, Any]]]:
    snapshot = {}
    for name in _tables(register):
        table = sa.Table(name, sa.MetaData(), autoload_with=conn)
        snapshot[name] = {r["id"]: dict(r) for r in conn.execute(sa.select(table)).mappings()}
    return snapshot


def _restore(conn: sa.Connection, register: str, saved: dict[str, dict[int, dict[str, Any]]]) -> None:
    """Put the register back as it was (so the next tampering starts from a whole chain)."""
    now = _snapshot(conn, register)
    for name in reversed(_tables(register)):
        for extra in set(now[name]) - set(saved[name]):
            conn.execute(sa.text(f"DELETE FROM {name} WHERE id = :i"), {"i": extra})
    for name in _tables(register):
        table = sa.Table(name, sa.MetaData(), autoload_with=conn)
        for key, row in saved[name].items():
            if key not in now[name]:
                conn.execute(sa.insert(table).values(**row))
            elif now[name][key] != row:
                conn.execute(sa.update(table).where(table.c.id == key).values(**row))


def test_tampering_with_any_register_is_named_by_verify(salon: Engine) -> None:
    """Every register x edit / delete / insert / swap: verify names the first broken entry."""
    assert all(s.ok for s in verify_all(uow_factory(salon)())), "the untouched salon verifies"
    missed = []
    for register in sorted(EDITABLE):
        ids = _ids(salon, register)
        assert len(ids) >= 3, register
        for tampering, tamper in sorted(TAMPERING.items()):
            with salon.begin() as conn:
                saved = _snapshot(conn, register)
                broken, reasons = tamper(conn, register, ids)
            statuses = {s.register: s for s in verify_all(uow_factory(salon)())}
            status = statuses.pop(register)
            if status.ok or status.first_broken != broken or status.reason not in reasons:
                missed.append((register, tampering, broken, status))
            if not all(s.ok for s in statuses.values()):  # nothing else is blamed
                missed.append((register, tampering, "others", [s for s in statuses.values() if not s.ok]))
            with salon.begin() as conn:
                _restore(conn, register, saved)
            assert _status(salon, register).ok, (register, tampering, "not restored")
    assert missed == []


def test_every_register_is_tampered_with() -> None:
    assert set(EDITABLE) == set(registers())


INTAKE_EDITS: dict[str, Callable[[Complaint], Any]] = {
    "received_at": lambda c: c.received_at - timedelta(days=1),
    "category": lambda c: Category.HYGIENE,
    "severity": lambda c: Severity.CRITICAL,
    "customer_id": lambda c: None if c.customer_id else 1,
    "health_safety": lambda c: not c.health_safety,
}


def test_a_complaints_intake_facts_are_sealed(salon: Engine) -> None:
    with salon.connect() as conn:
        complaint_id, received_entry = conn.execute(
            sa.text("SELECT complaint_id, id FROM complaintentry WHERE kind = 'received' ORDER BY id LIMIT 1")
        ).one()
    for column, change in INTAKE_EDITS.items():
        with Session(salon) as session:  # someone edits the complaint row behind the app's back
            complaint = session.get(Complaint, complaint_id)
            assert complaint is not None
            original = getattr(complaint, column)
            setattr(complaint, column, change(complaint))
            session.commit()
        status = _status(salon, "complaints")
        assert (status.ok, status.first_broken, status.reason) == (False, received_entry, "hash"), column
        with Session(salon) as session:
            complaint = session.get(Complaint, complaint_id)
            setattr(complaint, column, original)
            session.commit()
        assert _status(salon, "complaints").ok, column


def test_deleting_the_newest_entry_changes_the_register_heads(salon: Engine) -> None:
    before = {h.register: h for h in register_heads(uow_factory(salon)())}
    assert set(before) == set(registers())
    assert all(h.entries > 0 and len(h.last_hash) == 64 for h in before.values())
    newest = _ids(salon, "equipment_faults")[-1]
    with salon.begin() as conn:
        _delete(conn, "equipment_faults", newest)
    assert _status(salon, "equipment_faults").ok  # the chain alone cannot tell ...
    after = {h.register: h for h in register_heads(uow_factory(salon)())}
    faults = (before["equipment_faults"], after["equipment_faults"])
    assert faults[1].entries == faults[0].entries - 1 and faults[1].last_hash != faults[0].last_hash  # ... heads can
    assert {k: v for k, v in after.items() if k != "equipment_faults"} == {
        k: v for k, v in before.items() if k != "equipment_faults"
    }


def test_cli_verify_names_a_tampered_audit_row(salon: Engine) -> None:
    from salondesk.cli import main

    ids = _ids(salon, "audit")
    with salon.begin() as conn:
        conn.execute(sa.text("UPDATE auditentry SET old_value = 'nobody' WHERE id = :i"), {"i": ids[1]})
    out = io.StringIO()
    assert (
        main(
            ["verify", "--db", salon.url.render_as_string(hide_password=False), "--pin-stdin"],
            stdout=out,
            stderr=io.StringIO(),
            stdin=io.StringIO("1234\n"),  # the owner's PIN (the race salon's owner)
        )
        == 1
    )
    assert f"Audit trail: BROKEN at entry {ids[1]}" in out.getvalue()
