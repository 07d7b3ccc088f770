"""Hash chains: tampering found by verify (function and CLI); hashes survive export/import."""

from __future__ import annotations

import io
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.db.uow import UnitOfWork, UowFactory, uow_factory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.equipment import MaintenanceKind, WorkResult
from salondesk.domain.hygiene import ItemResult
from salondesk.domain.signing import canonical_json, entry_hash
from salondesk.queries import hygiene as q
from salondesk.services import equipment as eq
from salondesk.services import hygiene as svc
from salondesk.services.context import Actor
from salondesk.services.records_chain import verify_all


def _fill(new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor) -> None:
    svc.install_default_templates(new_uow(), FrozenClock(clock.now() - timedelta(days=3)))
    t = {x.key: x for x in q.templates(new_uow())}["opening"]
    for _ in range(3):
        answers = tuple(
            svc.Answer(
                i.id, ItemResult.PASS, {s.kind.value: str(s.minimum) if s.numeric else "84消毒液" for s in i.values}
            )
            for i in t.items
        )
        svc.sign_run(
            new_uow(write_lock=True), technician, clock, svc.RunDraft(t.id, answers), technician.staff_id, "3333"
        )
        clock.advance(days=1)
    asset = eq.add_equipment(new_uow(), owner, clock, eq.EquipmentInput("Foot spa A", serial="FS-1"))
    plan = eq.add_plan(new_uow(), owner, clock, asset, MaintenanceKind.OVERHAUL, date(2026, 11, 20))
    eq.record_work(
        new_uow(write_lock=True),
        technician,
        clock,
        eq.WorkInput(asset, WorkResult.OK, plan_id=plan, cost="120.5", parts="pump seal"),
        technician.staff_id,
        "3333",
    )
    fault = eq.report_fault(new_uow(), technician, clock, asset, "Pump noise", True)
    eq.record_work(
        new_uow(write_lock=True),
        owner,
        clock,
        eq.WorkInput(asset, WorkResult.REPAIRED, fault_id=fault),
        owner.staff_id,
        "1234",
    )


def test_canonical_form_ignores_storage_differences() -> None:
    assert canonical_json({"b": 250.0, "a": Decimal("250.00")}) == canonical_json({"a": 250, "b": Decimal(250)})
    assert entry_hash({"x": 0.1}, "") == entry_hash({"x": Decimal("0.1")}, "")
    assert entry_hash({"x": 1}, "") != entry_hash({"x": 1}, "a")


def test_chains_verify_and_a_tampered_row_is_named(
    engine: Engine, new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor
) -> None:
    _fill(new_uow, clock, owner, technician)
    results = {r.register: r for r in verify_all(new_uow())}
    assert {"hygiene_runs", "hygiene_signoffs", "equipment_status", "equipment_faults", "equipment_work"} <= set(
        results
    )
    assert all(r.ok for r in results.values())
    assert results["hygiene_runs"].entries == 3
    second = [r.id for r in q.run_rows(new_uow(), date(2026, 11, 1), date(2026, 11, 30))][1]
    with engine.begin() as conn:  # someone edits the database behind the app's back
        conn.execute(sa.text("UPDATE checklistresult SET result = 'pass', note = 'x' WHERE run_id = :r"), {"r": second})
    results = {r.register: r for r in verify_all(new_uow())}
    assert not results["hygiene_runs"].ok
    assert results["hygiene_runs"].first_broken == second and results["hygiene_runs"].reason == "hash"
    assert results["equipment_work"].ok

    from salondesk.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(["verify", "--db", str(engine.url), "--lang", "en"], stdout=out, stderr=err)
    assert code == 1
    assert f"hygiene_runs: BROKEN at entry {second}" in out.getvalue()
    assert "equipment_work: OK" in out.getvalue()


def test_deleted_entry_breaks_the_link(
    engine: Engine, new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor
) -> None:
    _fill(new_uow, clock, owner, technician)
    runs = [r.id for r in q.run_rows(new_uow(), date(2026, 11, 1), date(2026, 11, 30))]
    with engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM checklistresult WHERE run_id = :r"), {"r": runs[0]})
        conn.execute(sa.text("DELETE FROM checklistrun WHERE id = :r"), {"r": runs[0]})
    status = {r.register: r for r in verify_all(new_uow())}["hygiene_runs"]
    assert (status.ok, status.first_broken, status.reason) == (False, runs[1], "link")


def test_cli_verify_ok_exit_zero(
    engine: Engine, new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor
) -> None:
    _fill(new_uow, clock, owner, technician)
    from salondesk.cli import main

    out = io.StringIO()
    assert main(["verify", "--db", str(engine.url)], stdout=out, stderr=io.StringIO()) == 0
    assert "hygiene_runs: OK (3 entries)" in out.getvalue()


def test_hashes_survive_whole_salon_export_and_import(
    engine: Engine, new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor, tmp_path: Path
) -> None:
    from salondesk.db import transfer

    _fill(new_uow, clock, owner, technician)
    dump = tmp_path / "salon.json"
    transfer.export_salon(engine, dump)
    target = make_engine(f"sqlite:///{tmp_path / 'copy.sqlite3'}")
    try:
        upgrade(target)
        transfer.import_salon(target, dump)
        results = verify_all(UnitOfWork(target))
        assert results and all(r.ok for r in results), results
        copied = {r.register: r.entries for r in results}
        original = {r.register: r.entries for r in verify_all(uow_factory(engine)())}
        assert copied == original
    finally:
        target.dispose()
