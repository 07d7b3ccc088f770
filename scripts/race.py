"""Two counters appending to every hash-chained register at once: do the chains hold?

    .venv/bin/python scripts/race.py [--n 1000] [--db URL] [--register NAME ...]
    bash scripts/pg_throwaway.sh .venv/bin/python scripts/race.py --n 1000 --pg

For each register, two writers (two threads, each with its OWN engine and connections,
like two counter PCs) are released together and each appends ``--n`` entries through the
real services, exactly as the window calls them (``retry_busy`` around a fresh unit of
work). Afterwards ``verify_all`` must pass and the register must hold every entry.

Counted per register: ``forks`` (1 when verify finds the chain broken), ``missing``
(appends reported saved but absent), ``busy`` (a translated "database is busy" the user
would have seen after the retries: handled, but should be 0) and ``unhandled`` (any other
exception: a bug). The exit code is 1 unless forks, missing and unhandled are all 0.

Without ``--db``: a fresh SQLite file in a temporary folder; ``--pg`` uses
``$SALONDESK_TEST_PG_URL`` (the database is WIPED). The test suite runs this module with
a small ``n`` on both (tests/integration/test_chain_race.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

import salondesk.domain  # noqa: F401 - every table on the metadata
from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.db.uow import UowFactory, retry_busy, uow_factory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.complaints import Category, Channel, Severity
from salondesk.domain.equipment import EquipmentStatus, MaintenanceKind, WorkResult
from salondesk.domain.errors import DatabaseBusy, DomainError, ValidationError
from salondesk.domain.hygiene import ItemResult, ValueKind, ValueSpec
from salondesk.domain.permissions import Actor, Role
from salondesk.domain.settings import default_opening_hours
from salondesk.queries import hygiene as hq
from salondesk.services import auth, month_close, setup
from salondesk.services import complaints as complaint_service
from salondesk.services import customers as customer_service
from salondesk.services import equipment as eq
from salondesk.services import hygiene as hygiene_service
from salondesk.services import staff as staff_service
from salondesk.services.records_chain import count_entries, registers, verify_all

START = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # a Monday 10:00 in Shanghai
DESK_PIN = "2222"
TECH_PIN = "3333"
OWNER_PIN = "1234"
MAX_CLOSES = 150  # per writer: each close is a past month (1990 on), and there are only so many
Append = Callable[[UowFactory, int], object]  # (fresh unit-of-work factory, i) -> anything


@dataclass
class Outcome:
    """One register's race."""

    register: str
    attempts: int
    entries_before: int = 0
    entries_after: int = 0
    saved: int = 0
    busy: int = 0
    refused: int = 0  # a DomainError other than busy (a rule said no): should be 0 here
    unhandled: list[str] = field(default_factory=list)
    forked: bool = False
    seconds: float = 0.0

    @property
    def missing(self) -> int:
        """Appends reported saved that are not in the register."""
        return max(0, self.saved - (self.entries_after - self.entries_before))

    @property
    def ok(self) -> bool:
        """No fork, nothing lost, no unhandled error."""
        return not self.forked and self.missing == 0 and not self.unhandled


@dataclass
class Salon:
    """What the writers need: people, a template, stations, assets, complaints."""

    clock: FrozenClock
    owner: Actor
    desk: Actor
    tech: Actor
    template_id: int
    answers: tuple[hygiene_service.Answer, ...]
    failing: tuple[hygiene_service.Answer, ...]
    assets: tuple[int, int]
    plans: tuple[int, int]
    complaints: tuple[int, int]
    open_results: list[list[int]] = field(default_factory=lambda: [[], []])


def _valid_value(spec: ValueSpec) -> str:
    """A value the spec accepts: its minimum, a time of day, or a product name."""
    if spec.kind == ValueKind.TIME_MIXED:
        return "08:00"
    return str(spec.minimum or 20) if spec.numeric else "84消毒液"


def prepare(new_uow: UowFactory, n: int, with_signoffs: bool) -> Salon:
    """A salon with an owner, a receptionist, a technician and what each register needs."""
    clock = FrozenClock(START)
    owner = setup.run_first_setup(
        new_uow(), clock, setup.FirstRun("Race salon", "Asia/Shanghai", default_opening_hours(), "Owner", OWNER_PIN)
    )
    desk_id = staff_service.add_staff(
        new_uow(), owner, clock, staff_service.StaffInput("Desk", Role.RECEPTIONIST), DESK_PIN
    )
    tech_id = staff_service.add_staff(
        new_uow(), owner, clock, staff_service.StaffInput("Tech", Role.TECHNICIAN), TECH_PIN
    )
    desk, tech = Actor(desk_id, "Desk", Role.RECEPTIONIST), Actor(tech_id, "Tech", Role.TECHNICIAN)
    hygiene_service.install_default_templates(new_uow(), clock)
    template = {t.key: t for t in hq.templates(new_uow())}["opening"]

    def answer(item: hq.ItemRow, result: ItemResult) -> hygiene_service.Answer:
        values = {s.kind.value: _valid_value(s) for s in item.values}
        if result == ItemResult.FAIL:
            return hygiene_service.Answer(
                item.id,
                result,
                values,
                action="Replaced it",
                action_done=False,
                action_owner_id=tech_id,
                action_due=START.date() + timedelta(days=1),
            )
        return hygiene_service.Answer(item.id, result, values)

    answers = tuple(answer(i, ItemResult.PASS) for i in template.items)
    failing = tuple(answer(i, ItemResult.FAIL) for i in template.items)
    assets = tuple(
        eq.add_equipment(new_uow(), owner, clock, eq.EquipmentInput(f"Spa {k}", serial=f"S{k}")) for k in (0, 1)
    )
    plans = tuple(eq.add_plan(new_uow(), owner, clock, a, MaintenanceKind.CLEANING, START.date()) for a in assets)
    complaints = tuple(
        complaint_service.log_complaint(
            new_uow(),
            desk,
            clock,
            complaint_service.ComplaintInput(
                Channel.PHONE, Category.SERVICE, Severity.LOW, "Cold water", customer_name=f"C{k}"
            ),
            pin=DESK_PIN,
        )
        for k in (0, 1)
    )
    salon = Salon(
        clock,
        owner,
        desk,
        tech,
        template.id,
        answers,
        failing,
        (assets[0], assets[1]),
        (plans[0], plans[1]),
        (complaints[0], complaints[1]),
    )
    if with_signoffs:  # open corrective actions for the sign-off writers, one run per writer per batch
        for writer in (0, 1):
            while len(salon.open_results[writer]) < n:
                hygiene_service.sign_run(
                    new_uow(), tech, clock, hygiene_service.RunDraft(template.id, failing), tech_id, TECH_PIN
                )
                with new_uow() as uow:
                    rows = uow.session.execute(
                        sa.text(
                            "SELECT r.id FROM checklistresult r LEFT JOIN correctivesignoff s ON s.result_id = r.id "
                            "WHERE r.result = 'fail' AND s.id IS NULL ORDER BY r.id"
                        )
                    ).all()
                taken = set(salon.open_results[0]) | set(salon.open_results[1])
                salon.open_results[writer].extend(r.id for r in rows if r.id not in taken)
            salon.open_results[writer] = salon.open_results[writer][:n]
    return salon


def appenders(salon: Salon) -> dict[str, Callable[[int], Append]]:
    """For each register: writer number -> one append (called with a fresh factory and i)."""
    s, clock = salon, salon.clock
    tech_id = s.tech.staff_id or 0

    def runs(_w: int) -> Append:
        return lambda new_uow, _i: hygiene_service.sign_run(
            new_uow(), s.tech, clock, hygiene_service.RunDraft(s.template_id, s.answers), tech_id, TECH_PIN
        )

    def signoffs(w: int) -> Append:
        return lambda new_uow, i: hygiene_service.sign_off_action(
            new_uow(), s.tech, clock, s.open_results[w][i], tech_id, TECH_PIN, "Done"
        )

    def status(w: int) -> Append:
        def flip(new_uow: UowFactory, i: int) -> None:
            target = EquipmentStatus.OUT_OF_SERVICE if i % 2 == 0 else EquipmentStatus.IN_SERVICE
            eq.set_status(new_uow(), s.owner, clock, s.assets[w], target, "race")

        return flip

    def faults(w: int) -> Append:
        return lambda new_uow, i: eq.report_fault(new_uow(), s.tech, clock, s.assets[w], f"noise {i}", False)

    def work(w: int) -> Append:
        return lambda new_uow, _i: eq.record_work(
            new_uow(), s.tech, clock, eq.WorkInput(s.assets[w], WorkResult.OK, plan_id=s.plans[w]), tech_id, TECH_PIN
        )

    def complaints(w: int) -> Append:
        def entry(new_uow: UowFactory, i: int) -> int:
            if i % 2:
                return complaint_service.add_evidence(
                    new_uow(), s.desk, clock, s.complaints[w], f"note {i}", pin=DESK_PIN
                )
            data = complaint_service.ComplaintInput(
                Channel.IN_PERSON,
                Category.PRODUCT if w else Category.ATTITUDE,
                Severity.LOW,
                "Rude",
                customer_name="X",
                product_name="Shampoo" if w else "",
            )
            return complaint_service.log_complaint(new_uow(), s.desk, clock, data, pin=DESK_PIN)

        return entry

    def closes(w: int) -> Append:  # months long past, two per index (one per writer)
        def close(new_uow: UowFactory, i: int) -> int:
            index = 2 * i + w
            year, month = 1990 + index // 12, index % 12 + 1
            for _ in range(100):  # as an owner would: "records were signed meanwhile", close again
                heads = month_close.current_heads(new_uow)
                try:
                    return month_close.store_close(
                        new_uow, s.owner, clock, year, month, OWNER_PIN, closed_at=clock.now(),
                        report_json="{}", pdf=b"%PDF race", pdf_lang="en", heads=heads,
                    )  # fmt: skip
                except ValidationError as exc:
                    if "signed while" not in exc.message:
                        raise
            raise RuntimeError("could not close a month in 100 tries")

        return close

    def audit_trail(w: int) -> Append:  # a customer file: no chain of its own, only the audit trail
        return lambda new_uow, i: customer_service.create_customer(
            new_uow(), s.desk, clock, customer_service.CustomerInput(name=f"Race {w}-{i}")
        )

    return {
        "hygiene_runs": runs,
        "hygiene_signoffs": signoffs,
        "equipment_status": status,
        "equipment_faults": faults,
        "equipment_work": work,
        "complaints": complaints,
        "month_closes": closes,
        "audit": audit_trail,
    }


def race_register(url: str, register: str, make: Callable[[int], Append], n: int) -> Outcome:
    """Two writers, each appending ``n`` entries to ``register`` at the same time."""
    engines = [make_engine(url), make_engine(url)]
    factories = [uow_factory(e) for e in engines]
    outcome = Outcome(register, 2 * n)
    reg = registers()[register]
    with factories[0]() as uow:
        outcome.entries_before = count_entries(uow, reg)
    barrier = threading.Barrier(2)
    lock = threading.Lock()

    def writer(w: int) -> None:
        append = make(w)
        barrier.wait()
        for i in range(n):
            try:
                retry_busy(lambda i=i: append(factories[w], i))  # type: ignore[misc]
            except DatabaseBusy:
                with lock:
                    outcome.busy += 1
                continue
            except DomainError:
                with lock:
                    outcome.refused += 1
                continue
            except Exception as exc:  # a race test counts every other failure as a bug
                with lock:
                    outcome.unhandled.append(f"{type(exc).__name__}: {exc}"[:200])
                continue
            with lock:
                outcome.saved += 1

    started = time.monotonic()
    threads = [threading.Thread(target=writer, args=(w,)) for w in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    outcome.seconds = time.monotonic() - started
    statuses = {st.register: st for st in verify_all(factories[0]())}
    outcome.forked = not statuses[register].ok
    with factories[0]() as uow:
        outcome.entries_after = count_entries(uow, reg)
    for e in engines:
        e.dispose()
    return outcome


def run_race(
    url: str, n: int, only: list[str] | None = None, after_setup: Callable[[], None] | None = None
) -> list[Outcome]:
    """Set a salon up in the EMPTY database at ``url`` and race every (or each named) register.

    ``after_setup`` runs between the set-up and the race (a test switches the locks off there).
    """
    auth.use_cheap_hashing()  # argon2 at full cost would measure the PIN check, not the chain
    engine = make_engine(url)
    upgrade(engine)
    names = only or list(appenders_template())
    salon = prepare(uow_factory(engine), n, "hygiene_signoffs" in names)
    engine.dispose()
    if after_setup is not None:
        after_setup()
    makers = appenders(salon)
    return [
        race_register(url, name, makers[name], min(n, MAX_CLOSES) if name == "month_closes" else n) for name in names
    ]


def appenders_template() -> list[str]:
    """The register names raced, in order."""
    return [
        "hygiene_runs",
        "hygiene_signoffs",
        "equipment_status",
        "equipment_faults",
        "equipment_work",
        "complaints",
        "month_closes",
        "audit",
    ]


def _wipe_pg(url: str) -> None:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


def main() -> int:
    """Race, print one line per register and a total."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="appends per writer per register (two writers)")
    parser.add_argument("--db", help="an EMPTY database URL (default: a fresh SQLite file)")
    parser.add_argument("--pg", action="store_true", help="use $SALONDESK_TEST_PG_URL (wiped first)")
    parser.add_argument("--register", action="append", choices=appenders_template())
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'race.sqlite3'}"
        if args.pg:
            url = os.environ["SALONDESK_TEST_PG_URL"]
            _wipe_pg(url)
        print(f"database: {sa.make_url(url).get_backend_name()}, two writers x {args.n} appends per register")
        outcomes = run_race(url, args.n, args.register)
    for o in outcomes:
        print(
            f"{o.register:18} attempts {o.attempts:5}  saved {o.saved:5}  forks {int(o.forked)}  missing {o.missing}"
            f"  busy {o.busy}  refused {o.refused}  unhandled {len(o.unhandled)}  {o.seconds:6.1f} s"
        )
        for text in o.unhandled[:3]:
            print(f"    {text}")
    forks = sum(o.forked for o in outcomes)
    unhandled = sum(len(o.unhandled) for o in outcomes)
    print(
        f"TOTAL forks {forks}, missing {sum(o.missing for o in outcomes)}, unhandled errors {unhandled}, "
        f"busy {sum(o.busy for o in outcomes)}"
    )
    return 0 if all(o.ok for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
