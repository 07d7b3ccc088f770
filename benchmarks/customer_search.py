"""Counter search with 200,000 customers: 50 typical queries through the service vs the same SQL raw.

    .venv/bin/python benchmarks/customer_search.py [--customers 200000] [--rounds 5] [--db URL]

Builds the demo salon (staff + customer files only, unless ``--full``) into a
temporary SQLite file, then times each query through
``salondesk.queries.customers.search_customers`` (normalising, ranking, the
role-based phone masking and row objects included) and the bare id-only SQL of
the same query (``search_sql``) executed on a raw connection, in the same run.
Prints median and p95 per query kind and overall.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import col

from salondesk.db.customer_search import ensure_fts
from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.db.uow import uow_factory
from salondesk.demo import DemoContext, build_demo
from salondesk.domain.customers import Customer
from salondesk.domain.name_search import normalise_text
from salondesk.domain.permissions import Actor, Role
from salondesk.queries.customers import search_customers, search_sql

RECEPTION = Actor(staff_id=None, name="bench", role=Role.RECEPTIONIST)


def build(url: str, customers: int, full: bool) -> float:
    engine = make_engine(url)
    upgrade(engine)
    started = time.perf_counter()
    if full:
        build_demo(engine, customers=customers, today=date(2026, 11, 23))
    else:
        from salondesk import demo

        saved = demo.GENERATORS
        demo.GENERATORS = ("salondesk.demo.staff", "salondesk.demo.customers")
        try:
            build_demo(engine, customers=customers, today=date(2026, 11, 23))
        finally:
            demo.GENERATORS = saved
    engine.dispose()
    return time.perf_counter() - started


def typical_queries(url: str, rng: random.Random) -> list[tuple[str, str]]:
    """50 queries of the kinds the counter types, drawn from the data (so most find someone)."""
    engine = make_engine(url)
    with engine.connect() as conn:
        step = max(1, int(conn.execute(sa.select(sa.func.count()).select_from(Customer)).scalar_one()) // 200)
        sample = conn.execute(
            sa.select(
                col(Customer.name), col(Customer.mobile_e164), col(Customer.member_number), col(Customer.name_initials)
            )
            .where(col(Customer.id) % step == 0)
            .limit(200)
        ).all()
    engine.dispose()
    chinese = [r for r in sample if not r.name.isascii()]
    latin = [r for r in sample if r.name.isascii()]
    phones = [r.mobile_e164 for r in sample if r.mobile_e164]
    members = [r.member_number for r in sample if r.member_number]
    queries: list[tuple[str, str]] = []
    queries += [("phone tail", p[-4:]) for p in rng.sample(phones, 10)]
    queries += [("phone run", p[-8:-2]) for p in rng.sample(phones, 4)]
    queries += [("full phone", p[3:]) for p in rng.sample(phones, 3)]
    queries += [("initials", r.name_initials[:2]) for r in rng.sample(chinese, 6)]
    queries += [("initials", r.name_initials[:3]) for r in rng.sample(chinese, 3)]
    queries += [("chinese 1", r.name[-1]) for r in rng.sample(chinese, 3)]
    queries += [("chinese 2", r.name[:2]) for r in rng.sample(chinese, 6)]
    queries += [("chinese 3", r.name[:3]) for r in rng.sample([c for c in chinese if len(c.name) >= 3], 3)]
    queries += [("latin prefix", r.name.split()[0][:3].lower()) for r in rng.sample(latin, min(4, len(latin)))]
    queries += [("member", m) for m in rng.sample(members, 4)]
    queries += [("member", m[:5]) for m in rng.sample(members, 2)]
    while len(queries) < 50:
        queries.append(("pinyin", "zhangwei"))
    return queries[:50]


def timed(fn: Callable[[], object], rounds: int, fresh_uow: Callable[[], object] | None = None) -> float:
    """Median milliseconds of ``fn`` (a service call gets a fresh unit of work each time)."""
    fn()  # warm the cache for this query
    samples = []
    for _ in range(rounds):
        call = fn
        if fresh_uow is not None and isinstance(fn, partial):
            call = partial(fn.func, fresh_uow(), *fn.args[1:])
        started = time.perf_counter()
        result = call()
        if hasattr(result, "all"):
            result.all()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--db", default="")
    parser.add_argument("--full", action="store_true", help="build the whole demo salon, not only customers")
    args = parser.parse_args()
    from salondesk.queries.customers import count_customers  # here: benchmarks/all.py imports this file too

    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        if not args.db:
            seconds = build(url, args.customers, args.full)
            print(f"built {args.customers} demo customers in {seconds:.1f} s")
        engine = make_engine(url)
        fts = ensure_fts(engine)
        new_uow = uow_factory(engine)
        queries = typical_queries(url, random.Random(7))
        service_ms: list[float] = []
        raw_ms: list[float] = []
        by_kind: dict[str, list[tuple[float, float, int]]] = {}
        with engine.connect() as conn:
            for kind, text in queries:
                compiled = search_sql(normalise_text(text), fts)
                found = count_customers(new_uow(), RECEPTION, text)
                service = timed(partial(search_customers, new_uow(), RECEPTION, text), args.rounds, new_uow)
                raw = timed(partial(conn.execute, compiled), args.rounds)
                service_ms.append(service)
                raw_ms.append(raw)
                by_kind.setdefault(kind, []).append((service, raw, found))
        engine.dispose()
    print(f"SQLite {sa.__version__ and __import__('sqlite3').sqlite_version}, FTS5 trigram: {'yes' if fts else 'no'}")
    print(f"{'query kind':<14} {'n':>3} {'service median':>15} {'raw SQL median':>15} {'hits (median)':>14}")
    for kind, rows in by_kind.items():
        print(
            f"{kind:<14} {len(rows):>3} {statistics.median(r[0] for r in rows):>12.2f} ms"
            f" {statistics.median(r[1] for r in rows):>12.2f} ms {statistics.median(r[2] for r in rows):>14.0f}"
        )
    print(
        f"{'all 50':<14} {len(service_ms):>3} service median {statistics.median(service_ms):.2f} ms, "
        f"p95 {p95(service_ms):.2f} ms | raw SQL median {statistics.median(raw_ms):.2f} ms, p95 {p95(raw_ms):.2f} ms"
    )
    return 0


if __name__ == "__main__":
    del DemoContext  # imported for readers: the generators run with it
    sys.exit(main())
