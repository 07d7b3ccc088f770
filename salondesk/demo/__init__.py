"""The demo salon: one generator per area, run in order into an empty database.

A generator is a module with ``generate(ctx: DemoContext) -> None`` (and an
optional ``LABEL`` shown in the progress line). It reads what earlier generators
left in ``ctx`` (``ctx.staff``, ``ctx.owner``, ``ctx.shared``) and adds its own
handles for the ones after it. Everything random comes from ``ctx.rng`` so a demo
is the same for the same seed; everything "now" comes from ``ctx.clock``. Bulk
rows go in with Core ``insert()`` of dict lists (``ctx.insert_many``), not the ORM.

To add an area: write ``salondesk/demo/<area>.py`` and add ONE line to
:data:`GENERATORS` below, after the generators whose handles it reads.
"""

from __future__ import annotations

import importlib
import random
import time as _time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from salondesk.db.transfer import is_empty
from salondesk.db.uow import UnitOfWork, UowFactory, uow_factory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.errors import Conflict
from salondesk.domain.permissions import Actor, Role
from salondesk.i18n import QT_TRANSLATE_NOOP

DEMO_TZ = "Asia/Shanghai"
DEFAULT_CUSTOMERS = 400  # a small salon
DEFAULT_MONTHS = 6
DemoProgress = Callable[[str, int, int], None]  # (step label, done, total)

# The generators, in the order they run (module paths; one line per area).
GENERATORS: tuple[str, ...] = (
    "salondesk.demo.staff",  # settings, staff with PINs, certificates, training
    "salondesk.demo.hygiene",  # stations, checklists, signed runs (stations used by appointments)
    "salondesk.demo.equipment",  # register, plans, maintenance history, a fault and repair
    "salondesk.demo.catalogue",  # services (needs equipment ids), technicians' hours and leave
    "salondesk.demo.customers",  # customer files, allergies, patch tests, duplicates (customer_ids for later ones)
    "salondesk.demo.appointments",  # the book: history with statuses, future bookings (needs customer_ids if any)
    "salondesk.demo.visits",  # reception history: visits, service records, ratings, re-checks (reads the book)
    "salondesk.demo.complaints",  # a year of complaints through the services (reads customer_ids, services)
)


@dataclass(frozen=True)
class DemoLogin:
    """A demo staff member a new user can log in as."""

    staff_id: int
    name: str
    role: Role
    pin: str


@dataclass
class DemoContext:
    """Everything a generator needs, and the handles earlier generators left."""

    engine: Engine
    rng: random.Random
    seed: int
    today: date  # the salon-local "today" the demo is built for
    now: datetime  # the instant the demo is "made" (UTC)
    tz: ZoneInfo
    customers: int  # size parameters, used by the later generators
    months: int
    clock: FrozenClock  # services run at this clock; generators move it (backdating history)
    report: DemoProgress = field(default=lambda _label, _done, _total: None)
    owner: Actor | None = None
    staff: list[DemoLogin] = field(default_factory=list)
    shared: dict[str, Any] = field(default_factory=dict)  # area handles: catalogue ids, customer ids …
    counts: dict[str, int] = field(default_factory=dict)
    label: str = ""

    @property
    def history_start(self) -> date:
        """The first day of the demo's history: the 1st of the month ``months`` months back."""
        month_index = self.today.year * 12 + self.today.month - 1 - self.months
        return date(month_index // 12, month_index % 12 + 1, 1)

    def new_uow(self, *, write_lock: bool = False) -> UnitOfWork:
        """A fresh unit of work for a service call."""
        return UnitOfWork(self.engine, write_lock=write_lock)

    @property
    def uow_factory(self) -> UowFactory:
        """A factory, for services that take one."""
        return uow_factory(self.engine)

    def at_local(self, day: date, hhmm: str = "09:00") -> datetime:
        """The UTC instant of a salon-local day and time."""
        hours, minutes = (int(x) for x in hhmm.split(":"))
        return datetime.combine(day, time(hours, minutes), tzinfo=self.tz).astimezone(UTC)

    def progress(self, done: int, total: int) -> None:
        """Report progress of the running generator."""
        self.report(self.label, done, total)

    def insert_many(self, table: sa.Table | type[Any], rows: Sequence[dict[str, Any]], batch: int = 5000) -> None:
        """Bulk insert with Core (7× faster than the ORM), in batches, counting rows per table."""
        target: sa.Table = table if isinstance(table, sa.Table) else table.__table__
        with self.engine.begin() as conn:
            for start in range(0, len(rows), batch):
                conn.execute(sa.insert(target), list(rows[start : start + batch]))
        self.counts[target.name] = self.counts.get(target.name, 0) + len(rows)

    def login_for(self, role: Role) -> list[DemoLogin]:
        """The demo staff with ``role``."""
        return [s for s in self.staff if s.role == role]


@dataclass(frozen=True)
class DemoSummary:
    """What was built: the logins to print, the size, and how long it took."""

    salon_name: str
    logins: tuple[DemoLogin, ...]
    seed: int
    customers: int
    months: int
    today: date
    counts: dict[str, int]
    seconds: float


class Generator(Protocol):
    """A demo generator module."""

    def generate(self, ctx: DemoContext) -> None:
        """Add this area's demo records."""


def generators() -> list[tuple[str, Callable[[DemoContext], None]]]:
    """The registered generators as (label, function), in order."""
    result = []
    for path in GENERATORS:
        module = importlib.import_module(path)
        result.append((str(getattr(module, "LABEL", path.rsplit(".", 1)[-1])), module.generate))
    return result


def build_demo(
    engine: Engine,
    *,
    seed: int = 1,
    customers: int | None = None,
    months: int | None = None,
    today: date,
    now: datetime | None = None,
    progress: DemoProgress | None = None,
) -> DemoSummary:
    """Fill an empty, migrated database with the demo salon (deterministic for ``seed``, ``today`` and ``now``).

    The demo is "made" at 09:30 salon time, or at ``now`` (the real instant) when that is
    earlier: nothing it writes may lie after the moment it runs, or every real signature
    afterwards would look like the clock went backwards.
    """
    started = _time.perf_counter()
    if not is_empty(engine):
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "The demo needs an empty database; this one already holds a salon."))
    tz = ZoneInfo(DEMO_TZ)
    made_at = datetime.combine(today, time(9, 30), tzinfo=tz).astimezone(UTC)
    now = made_at if now is None else min(made_at, now.astimezone(UTC))
    ctx = DemoContext(
        engine=engine,
        rng=random.Random(seed),
        seed=seed,
        today=today,
        now=now,
        tz=tz,
        customers=DEFAULT_CUSTOMERS if customers is None else max(0, customers),
        months=DEFAULT_MONTHS if months is None else max(1, months),
        clock=FrozenClock(now),
        report=progress or (lambda _label, _done, _total: None),
    )
    from salondesk.services.auth import published_pin_hashing

    with published_pin_hashing():  # the demo's PINs are in the README
        for label, generate in generators():
            ctx.label = label
            ctx.rng = random.Random(f"{seed}:{label}")  # one area's change does not reshuffle the others
            ctx.progress(0, 1)
            generate(ctx)
            ctx.clock.set(now)
            ctx.progress(1, 1)
    return DemoSummary(
        salon_name=str(ctx.shared.get("salon_name", "")),
        logins=tuple(ctx.staff),
        seed=seed,
        customers=ctx.customers,
        months=ctx.months,
        today=today,
        counts=dict(ctx.counts),
        seconds=_time.perf_counter() - started,
    )


def days(first: date, last: date) -> list[date]:
    """Every day from ``first`` to ``last`` inclusive (a helper for generators)."""
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]
