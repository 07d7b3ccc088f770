"""Two counters appending to every hash-chained register at once never fork a chain.

The fast version of ``scripts/race.py`` (``--n 1000`` for the full count, results in
benchmarks/RESULTS.md): two writers with their own engines, released together, each
appending through the real services; on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from salondesk.services.records_chain import registers

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "race.py"
PER_WRITER = 8


def _race_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("race_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_chained_register_is_raced() -> None:
    assert set(_race_module().appenders_template()) == set(registers())


def test_two_writers_on_every_register_leave_every_chain_whole(db_url: str) -> None:
    outcomes = _race_module().run_race(db_url, PER_WRITER)
    for outcome in outcomes:
        assert outcome.unhandled == [], outcome.register
        assert not outcome.forked, outcome.register
        assert (outcome.saved, outcome.busy, outcome.refused, outcome.missing) == (2 * PER_WRITER, 0, 0, 0), outcome


def test_without_the_locks_two_writers_fork_or_fail(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The test above can fail: with the locks off, PostgreSQL forks chains, SQLite refuses saves."""
    from salondesk.db.uow import UnitOfWork
    from salondesk.services import hygiene, records_chain

    race = _race_module()

    def locks_off() -> None:
        monkeypatch.setattr(records_chain, "lock_register", lambda uow, name: None)
        monkeypatch.setattr(hygiene, "lock_register", lambda uow, name: None)
        monkeypatch.setattr(UnitOfWork, "write_locked", lambda self: self)  # no BEGIN IMMEDIATE
        monkeypatch.setattr(race, "retry_busy", lambda call: call())  # and no second, locked attempt

    outcomes = race.run_race(db_url, 3 * PER_WRITER, ["equipment_faults", "audit"], after_setup=locks_off)
    if db_url.startswith("sqlite"):
        assert sum(o.busy for o in outcomes) > 0  # SQLite never forks, but read-then-write saves fail
    else:
        assert any(o.forked for o in outcomes)
