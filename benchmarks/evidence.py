"""Ten years of evidence in the database: its size, the backup time, verify and export.

    .venv/bin/python benchmarks/evidence.py --db PATH [--years 10] [--build]

``--build`` first creates the 10-year demo salon in PATH (``salondesk demo --months 120
--customers 20000``, about 10 minutes); otherwise PATH is such a demo, which is copied
(never changed). Then, through the services (type sniffing, display copies, audit,
complaint chain), ten years of evidence is added to the demo's open complaints (a
closed one takes no more entries) at a busy salon's rate per year:

* 45 photos forwarded on WeChat (1080×1440 JPEG, 150–300 KB),
* 8 phone originals (3024×4032 JPEG, 2–3 MB),
* 24 hygiene photos (WeChat size), and
* 6 PDF letters or receipts (one or two pages).

It prints the number and sizes of the files, the database size before and after, the
time of one backup (``services.backup.backup_now``: online copy + integrity check), of
``verify``'s re-hashing of every attachment, and of the whole-salon export.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.db.transfer import export_salon
from salondesk.db.uow import UnitOfWork, uow_factory
from salondesk.demo import evidence
from salondesk.domain.attachments import Attachment
from salondesk.domain.clock import FrozenClock
from salondesk.domain.complaints import Complaint
from salondesk.domain.permissions import Actor, Role
from salondesk.domain.staff import Staff
from salondesk.services import attachments, auth
from salondesk.services import backup as backup_service
from salondesk.services import complaints as complaint_service
from salondesk.services.settings import load_settings

PER_YEAR = {"wechat": 45, "phone": 8, "hygiene": 24, "pdf": 6}


def _mb(size: float) -> str:
    return f"{size / 1024 / 1024:,.1f} MB"


def build(path: Path) -> None:
    """The 10-year demo salon, made by the CLI."""
    url = f"sqlite:///{path}"
    subprocess.run(
        [sys.executable, "-m", "salondesk", "demo", "--db", url, "--months", "120", "--customers", "20000"], check=True
    )


def add_evidence(engine: sa.Engine, years: int, rng: random.Random) -> dict[str, list[int]]:
    """Store ``years`` of evidence as complaint evidence entries; returns the file sizes by kind."""
    new_uow = uow_factory(engine)
    with engine.connect() as conn:
        table = Complaint.__table__
        complaint_ids = list(conn.execute(sa.select(table.c.id).where(table.c.status != "closed")).scalars())
        owner_id, owner_name = conn.execute(
            sa.select(Staff.__table__.c.id, Staff.__table__.c.name).where(Staff.__table__.c.role == Role.OWNER)
        ).first()  # type: ignore[misc]
        latest = conn.execute(sa.text("SELECT max(at) FROM complaintentry")).scalar_one()
    owner = Actor(owner_id, owner_name, Role.OWNER)
    at = datetime.fromisoformat(str(latest)).replace(tzinfo=UTC)
    clock = FrozenClock(at)
    sizes: dict[str, list[int]] = {kind: [] for kind in PER_YEAR}
    plan = [kind for kind, count in PER_YEAR.items() for _ in range(count * years)]
    rng.shuffle(plan)
    for index, kind in enumerate(plan, 1):
        if kind == "pdf":
            data, name = evidence.letter_pdf(rng), f"letter-{index}.pdf"
        else:
            size = evidence.PHONE if kind == "phone" else evidence.WECHAT
            data, name = evidence.photo_jpeg(rng, size, 88 if kind == "phone" else 82), f"IMG_{index:05d}.jpg"
        complaint_service.add_evidence_file(new_uow(), owner, clock, rng.choice(complaint_ids), kind, name, data)
        sizes[kind].append(len(data))
        if index % 100 == 0:
            print(f"  {index}/{len(plan)} files stored", flush=True)
    return sizes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="the 10-year demo (SQLite file)")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--build", action="store_true", help="build the demo into --db first")
    args = parser.parse_args()
    auth.use_cheap_hashing()
    if args.build:
        build(args.db)
    work = Path(tempfile.mkdtemp(prefix="salondesk-evidence-"))
    copy = work / "salon.sqlite3"
    shutil.copyfile(args.db, copy)
    engine = make_engine(f"sqlite:///{copy}")
    upgrade(engine)
    before = copy.stat().st_size
    started = time.perf_counter()
    sizes = add_evidence(engine, args.years, random.Random(19))
    stored_in = time.perf_counter() - started
    engine.dispose()
    engine = make_engine(f"sqlite:///{copy}")
    with engine.connect() as conn:
        table = Attachment.__table__
        count, data_bytes, display_bytes = conn.execute(
            sa.select(sa.func.count(), sa.func.sum(table.c.size), sa.func.sum(sa.func.length(table.c.display)))
        ).one()
    after = copy.stat().st_size
    print(f"\nfiles added: {sum(len(v) for v in sizes.values())} in {stored_in:.0f} s")
    for kind, values in sizes.items():
        print(
            f"  {kind:<8} {len(values):>4} files, median {statistics.median(values) / 1024:,.0f} KB, "
            f"max {max(values) / 1024:,.0f} KB, total {_mb(sum(values))}"
        )
    print(f"attachment rows: {count}, files {_mb(data_bytes)}, display copies {_mb(display_bytes or 0)}")
    print(f"database: {_mb(before)} before, {_mb(after)} after")
    with UnitOfWork(engine) as uow:
        settings = load_settings(uow)
    owner = Actor(None, "benchmark", Role.OWNER)
    clock = FrozenClock(datetime.now(UTC))
    times = []
    for _ in range(3):
        folder = work / f"backups-{len(times)}"
        started = time.perf_counter()
        path = backup_service.backup_now(engine, settings, clock, owner, folder)
        times.append(time.perf_counter() - started)
        backup_size = path.stat().st_size
        shutil.rmtree(folder)
    print(f"backup_now: {', '.join(f'{t:.1f}' for t in times)} s (file {_mb(backup_size)})")
    started = time.perf_counter()
    checked, problems = attachments.verify(UnitOfWork(engine))
    print(f"verify attachments: {checked} re-hashed, {len(problems)} problems, {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    export_path = work / "salon.json"
    export_salon(engine, export_path, now=clock.now(), with_credentials=True)
    print(f"export: {time.perf_counter() - started:.1f} s, {_mb(export_path.stat().st_size)}")
    engine.dispose()
    shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
