"""Import 50,000 Fresha rows through the service vs a raw ``executemany`` of the same rows, in the same run.

    .venv/bin/python benchmarks/import_customers.py [--rows 50000] [--rounds 3] [--profile]

Each round imports the same generated Fresha export (Chinese and Latin names, Chinese
mobiles, some duplicates and bad phones) into a new, migrated SQLite database with
``services.customer_import.import_customers`` (parsing, validation, duplicate checks,
search keys, tokens, the FTS index, one audit row), and, interleaved, inserts the same
number of rows with ``sqlite3.executemany`` into a new database of the same schema
(every NOT NULL column filled, no search keys): the floor. Prints medians and the ratio.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import io
import os
import pstats
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"  # noqa: E501
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玲红梅建国文辉鑫宇浩然欣怡子涵梓轩晨"
LATIN = ["Anna", "Lily", "Grace", "Chloe", "Emma", "Mia", "Sophie", "Olivia", "Amy", "Zoe", "Lucy", "Ella"]
LATIN_LAST = ["Lee", "Wong", "Chen", "Smith", "Brown", "Taylor", "Ng", "Tan", "Lim", "Ho", "Chan", "Yip"]


def fresha_file(rows: int, seed: int = 7) -> bytes:
    """A Fresha client export of ``rows`` clients (about 1 % duplicate phones, 0.5 % bad phones)."""
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Client ID", "First Name", "Last Name", "Full Name", "Gender", "Mobile Number", "Email",
                     "Date of Birth", "Accepts Marketing", "Note"])  # fmt: skip
    phones: list[str] = []
    for i in range(rows):
        if rng.random() < 0.85:
            last, first = rng.choice(SURNAMES), "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        else:
            first, last = rng.choice(LATIN), rng.choice(LATIN_LAST)
        if phones and rng.random() < 0.01:
            phone = rng.choice(phones)
        elif rng.random() < 0.005:
            phone = "12345"
        else:
            phone = f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"
            phones.append(phone)
        birthday = f"19{rng.randrange(50, 100)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        writer.writerow([i + 1, first, last, f"{first} {last}", rng.choice(("Female", "Male", "")), phone, "",
                         birthday if rng.random() < 0.4 else "", rng.choice(("yes", "no")), ""])  # fmt: skip
    return out.getvalue().encode("utf-8")


def new_database(directory: Path, name: str, search_index: bool = False) -> str:
    """A new database at head; ``search_index``: with the trigram index a salon has once anyone searched."""
    from salondesk.db.customer_search import ensure_fts
    from salondesk.db.engine import make_engine
    from salondesk.db.migrate import upgrade

    url = f"sqlite:///{directory / name}"
    engine = make_engine(url)
    upgrade(engine)
    if search_index:
        ensure_fts(engine)
    engine.dispose()
    return url


def service_import(url: str, data: bytes) -> tuple[float, int]:
    from salondesk.db.engine import make_engine
    from salondesk.db.uow import uow_factory
    from salondesk.domain.clock import SystemClock
    from salondesk.domain.permissions import SYSTEM
    from salondesk.services.customer_import import import_customers

    engine = make_engine(url)
    started = time.perf_counter()
    result = import_customers(uow_factory(engine)(), SYSTEM, SystemClock(), data, fmt="fresha")
    seconds = time.perf_counter() - started
    engine.dispose()
    return seconds, result.created


def raw_executemany(path: Path, rows: int, data: bytes) -> float:
    """The floor: the same number of customer rows (name, mobile, NOT NULL columns) in one executemany."""
    records = list(csv.reader(io.StringIO(data.decode("utf-8"))))[1 : rows + 1]
    conn = sqlite3.connect(path)
    columns = conn.execute("PRAGMA table_info(customer)").fetchall()  # cid, name, type, notnull, default, pk
    names = ["name", "mobile_e164"]
    filler: list[object] = []
    for _cid, column, kind, notnull, default, pk in columns:
        if notnull and default is None and not pk and column not in names:
            names.append(column)
            filler.append(0 if "INT" in kind.upper() or "BOOL" in kind.upper() else "2026-12-07 00:00:00.000000")
    sql = f"INSERT INTO customer ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    started = time.perf_counter()
    with conn:
        conn.executemany(sql, ([r[3], "+86" + r[5], *filler] for r in records))
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def raw_stored_rows(source: Path, target: Path) -> float:
    """A second floor: the rows exactly as the service stored them in ``source`` (every column, the search
    keys, the token rows), inserted by ``sqlite3.executemany`` into ``target`` (a new database, same schema)."""
    with sqlite3.connect(source) as src:
        tables = {
            name: src.execute(f"SELECT * FROM {name} ORDER BY rowid").fetchall()
            for name in ("customer", "customer_search_token")
        }
    conn = sqlite3.connect(target)
    started = time.perf_counter()
    with conn:
        for name, rows in tables.items():
            conn.executemany(f"INSERT INTO {name} VALUES ({', '.join('?' * len(rows[0]))})", rows)
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="profile one service import and print the top")
    args = parser.parse_args()
    data = fresha_file(args.rows)
    service_s: list[float] = []
    raw_s: list[float] = []
    created = 0
    with tempfile.TemporaryDirectory(prefix="salondesk-import-") as tmp:
        work = Path(tmp)
        for i in range(args.rounds):
            raw_url = new_database(work, f"raw{i}.sqlite3")
            raw_s.append(raw_executemany(Path(raw_url.removeprefix("sqlite:///")), args.rows, data))
            url = new_database(work, f"svc{i}.sqlite3")
            seconds, created = service_import(url, data)
            service_s.append(seconds)
        if args.profile:
            url = new_database(work, "profiled.sqlite3")
            profiler = cProfile.Profile()
            profiler.runcall(service_import, url, data)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    load = os.getloadavg()
    service, raw = statistics.median(service_s), statistics.median(raw_s)
    print(f"rows {args.rows} (created {created}); rounds {args.rounds}; load average {load[0]:.2f} {load[1]:.2f}")
    print(f"service import_customers : median {service:.2f} s  ({', '.join(f'{s:.2f}' for s in service_s)})")
    print(f"raw sqlite3 executemany  : median {raw:.2f} s  ({', '.join(f'{s:.2f}' for s in raw_s)})")
    print(f"ratio                    : {service / raw:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
