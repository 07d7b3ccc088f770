"""Hash chains: tampering found by verify (function and CLI); hashes survive export/import."""

from __future__ import annotations

import io
import json
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from enum import Enum, IntEnum, StrEnum
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.db.uow import UnitOfWork, UowFactory, uow_factory
from salondesk.domain.clock import FrozenClock, ensure_utc
from salondesk.domain.equipment import MaintenanceKind, WorkResult
from salondesk.domain.hygiene import ItemResult
from salondesk.domain.permissions import Actor
from salondesk.domain.signing import canonical_json, canonical_value, entry_hash
from salondesk.queries import hygiene as q
from salondesk.services import equipment as eq
from salondesk.services import hygiene as svc
from salondesk.services import records_chain
from salondesk.services.records_chain import verify_all

EXPORTED_AT = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # the export's stamp (passed in: no wall clock)


def _fill(new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor) -> None:
    tech_id, owner_id = technician.staff_id, owner.staff_id
    assert tech_id is not None and owner_id is not None
    svc.install_default_templates(new_uow(), FrozenClock(clock.now() - timedelta(days=3)))
    t = {x.key: x for x in q.templates(new_uow())}["opening"]
    for _ in range(3):
        answers = tuple(
            svc.Answer(
                i.id,
                ItemResult.PASS,
                {
                    s.kind.value: str(s.minimum)
                    if s.numeric
                    else ("08:30" if s.kind.value == "time_mixed" else "84消毒液")
                    for s in i.values
                },
            )
            for i in t.items
        )
        svc.sign_run(new_uow(write_lock=True), technician, clock, svc.RunDraft(t.id, answers), tech_id, "3333")
        clock.advance(days=1)
    asset = eq.add_equipment(new_uow(), owner, clock, eq.EquipmentInput("Foot spa A", serial="FS-1"))
    plan = eq.add_plan(new_uow(), owner, clock, asset, MaintenanceKind.OVERHAUL, date(2026, 11, 20))
    eq.record_work(
        new_uow(write_lock=True),
        technician,
        clock,
        eq.WorkInput(asset, WorkResult.OK, plan_id=plan, cost="120.5", parts="pump seal"),
        tech_id,
        "3333",
    )
    fault = eq.report_fault(new_uow(), technician, clock, asset, "Pump noise", True)
    eq.record_work(
        new_uow(write_lock=True),
        owner,
        clock,
        eq.WorkInput(asset, WorkResult.REPAIRED, fault_id=fault),
        owner_id,
        "1234",
    )


def test_canonical_form_ignores_storage_differences() -> None:
    assert canonical_json({"b": 250.0, "a": Decimal("250.00")}) == canonical_json({"a": 250, "b": Decimal(250)})
    assert entry_hash({"x": 0.1}, "") == entry_hash({"x": Decimal("0.1")}, "")
    assert entry_hash({"x": 1}, "") != entry_hash({"x": 1}, "a")


def _reference_canonical(value: Any) -> Any:
    """canonical_value as first written (no fast paths): the optimised one must match it exactly."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, Enum):
        return _reference_canonical(value.value)
    if isinstance(value, int | float | Decimal):
        exact = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
        text = format(exact.normalize(), "f")
        return {"#": "0" if text in {"-0", "0"} else text}
    if isinstance(value, datetime):
        return ensure_utc(value).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _reference_canonical(v) for k, v in value.items()}
    if isinstance(value, Sequence):
        return [_reference_canonical(v) for v in value]
    raise TypeError(type(value).__name__)


class _Colour(StrEnum):
    RED = "red"


class _Level(IntEnum):
    HIGH = 300


def test_canonical_fast_paths_give_the_reference_text() -> None:
    values: list[Any] = [
        0, 1, -1, 250, -250, 10**27, -(10**27), 10**28 - 1, 10**28, 10**30 + 7, -(10**40),
        123456789012345678901234567890,
        True, False, None, "", "84消毒液", 0.1, -0.0, 250.0, 1e-7, Decimal("250.00"), Decimal("-0.000"),
        date(2026, 11, 23), date(999, 1, 2), datetime(2026, 11, 23, 9, 30), datetime(2026, 11, 23, 9, 30, 1, 5, UTC),
        datetime(2026, 11, 23, 17, 30, tzinfo=timezone(timedelta(hours=8))), _Colour.RED, _Level.HIGH,
        [], {}, (1, "a"), [1, [2, {"x": 3}]], {1: "int key", "b": {"c": [True, 2.5]}},
        {"values": {"contact_min": "20"}},
    ]  # fmt: skip
    for value in values:
        assert json.dumps(canonical_value(value), sort_keys=True, ensure_ascii=False) == json.dumps(
            _reference_canonical(value), sort_keys=True, ensure_ascii=False
        ), value
    whole = {"k": values, "nested": {str(i): v for i, v in enumerate(values)}}
    assert canonical_json(whole) == json.dumps(
        _reference_canonical(whole), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    with pytest.raises(ValueError):
        canonical_value(float("nan"))
    with pytest.raises(TypeError):
        canonical_value(object())


def test_verify_reports_progress_over_small_batches(
    engine: Engine,
    new_uow: UowFactory,
    clock: FrozenClock,
    owner: Actor,
    technician: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fill(new_uow, clock, owner, technician)
    unbatched = verify_all(new_uow())
    monkeypatch.setattr(records_chain, "BATCH", 2)  # runs and their results split over several reads
    calls: list[tuple[int, int]] = []
    batched = verify_all(new_uow(), progress=lambda done, total: calls.append((done, total)))
    assert batched == unbatched and all(r.ok for r in batched)
    total = sum(r.entries for r in batched)
    assert {r.register: r.entries for r in batched}["hygiene_runs"] == 3  # more than one batch of 2
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert all(t == total for _, t in calls)
    done = [d for d, _ in calls]
    # more reports than one per non-empty register plus the first and last: batches were reported
    assert done == sorted(done) and len(calls) > sum(1 for r in batched if r.entries) + 2

    third = [r.id for r in q.run_rows(new_uow(), date(2026, 11, 1), date(2026, 11, 30))][2]
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE checklistresult SET note = 'edited' WHERE run_id = :r"), {"r": third})
    status = {r.register: r for r in verify_all(new_uow(), progress=lambda d, t: None)}["hygiene_runs"]
    assert (status.ok, status.first_broken, status.reason) == (False, third, "hash")


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
    code = main(
        ["verify", "--db", str(engine.url), "--lang", "en", "--pin-stdin"],
        stdout=out,
        stderr=err,
        stdin=io.StringIO("1234\n"),  # the owner's PIN
    )
    assert code == 1
    assert f"Hygiene checklist records: BROKEN at entry {second}" in out.getvalue()
    assert "Maintenance work records: OK" in out.getvalue()


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
    assert (
        main(
            ["verify", "--db", str(engine.url), "--pin-stdin"],
            stdout=out,
            stderr=io.StringIO(),
            stdin=io.StringIO("1234\n"),
        )
        == 0
    )
    assert "Hygiene checklist records: OK (3 entries)" in out.getvalue()


def test_hashes_survive_whole_salon_export_and_import(
    engine: Engine, new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor, tmp_path: Path
) -> None:
    from salondesk.db import transfer

    _fill(new_uow, clock, owner, technician)
    dump = tmp_path / "salon.json"
    transfer.export_salon(engine, dump, now=EXPORTED_AT)
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
