"""Backup size and time, before (uncompressed online-backup copy, 30 kept) and after (gzip, verified, GFS).

    .venv/bin/python benchmarks/backup_size.py DB.sqlite3 [DB2.sqlite3 …]

For each database: the plain online-backup copy the app wrote before (its size is what
each of the 30 kept backups took), and the compressed, verified backup it writes now
(``salondesk.db.backup.backup_sqlite_file``: copy, gzip, decompress again, full integrity
check), each timed. Then the folder a year of use leaves: before, 30 full copies; now, the
files the grandfather-father-son schedule keeps out of a year of two backups a day
(``salondesk.domain.retention`` with the default 7/4/12), times the compressed size.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from salondesk.db.backup import backup_sqlite_file
from salondesk.db.engine import make_engine
from salondesk.domain.retention import Retention, backups_to_keep

OLD_KEEP = 30


def year_of_backups_kept() -> int:
    """Files the default schedule keeps after a year of a daily and a closing backup every day."""
    start = datetime(2026, 1, 1, 2, 5, tzinfo=UTC)
    taken = [start + timedelta(days=d, hours=h) for d in range(365) for h in (0, 11)]
    return len(backups_to_keep(taken, Retention(), ZoneInfo("Asia/Shanghai")))


def measure(db: Path, scratch: Path) -> None:
    """Print one database's figures."""
    plain = scratch / f"{db.stem}-plain.sqlite3"
    started = time.perf_counter()
    source = sqlite3.connect(db)
    target = sqlite3.connect(plain)
    source.backup(target, pages=-1)
    target.execute("PRAGMA journal_mode=DELETE")
    target.close()
    source.close()
    plain_s = time.perf_counter() - started
    engine = make_engine(f"sqlite:///{db}")
    started = time.perf_counter()
    packed = backup_sqlite_file(engine, scratch / "new")
    packed_s = time.perf_counter() - started
    engine.dispose()
    kept = year_of_backups_kept()
    mb = 1024 * 1024
    before, after = plain.stat().st_size, packed.stat().st_size
    print(f"{db}: database {db.stat().st_size / mb:.1f} MB")
    old_total = OLD_KEEP * before / mb
    print(f"  before: plain copy {before / mb:.1f} MB in {plain_s:.1f} s; {OLD_KEEP} kept = {old_total:,.0f} MB")
    print(
        f"  after : {packed.name} {after / mb:.1f} MB ({after / before:.1%}) in {packed_s:.1f} s "
        f"(copy + gzip + decompress + integrity_check); a year keeps {kept} = {kept * after / mb:,.0f} MB"
    )


def main() -> int:
    """Measure every database named on the command line."""
    with tempfile.TemporaryDirectory() as scratch:
        for name in sys.argv[1:]:
            measure(Path(name), Path(scratch))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
