"""Malformed customer CSV files and whole-salon exports, and the checks every one of them must pass.

Shared by the bounded Hypothesis tests in the suite (``tests/integration/test_fuzz.py``)
and the long runs of ``scripts/fuzz.py --cases N``. Each generator turns a
``random.Random`` into one case; each checker runs it against a real database and raises
``FuzzFailure`` when SalonDesk crashed, wrote half, or refused without a clear,
translated message. The cases the first fuzzing round found (issue 14) are always among
the explicit ones.
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from salondesk.db import transfer
from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.db.uow import uow_factory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.customers import Customer
from salondesk.domain.errors import DomainError
from salondesk.domain.permissions import Actor
from salondesk.domain.settings import default_opening_hours
from salondesk.i18n import Translator
from salondesk.services import customer_import as imp
from salondesk.services import salon_transfer, setup


class FuzzFailure(AssertionError):
    """SalonDesk crashed, wrote half, or refused without a clear message."""


# ------------------------------------------------------------------ pieces of bad input
CJK_NAMES = ["张伟", "王芳", "陈美玲", "黄志强", "林", "欧阳娜娜", "張偉", "山田太郎", "佐藤花子"]
LATIN_NAMES = ["Anna Lee", "José Müller", "Zoë Brontë", "O'Brien", 'Say "hi"', "Renée Dupré"]
NASTY = ["", " ", "\x00", "\x07", "\ufeff", "\u202e", "=1+1", "+86", "-", "@x", "\t", "\r", '"', '""', ",", ";", "\n",
         "𠀀", "\ud7ff", "a" * 130, "9" * 60, "🙂", "NULL", "None", "[]", "{}"]  # fmt: skip
DATES = ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "0001-01-01", "9999-12-31", "1990-02-30",
         "2026-11-23T10:00:00Z", "14/03/1990", "03/14/1990", "1990年3月14日", "07-09", "31/31/2000", "x",
         ""]  # fmt: skip
PHONES = ["13812345678", "+86 138-1234-5678", "12345", "999-CALL-ME", "+1 (415) 555-0100", "0086 139 0000 1111",
          "１３８１２３４５６７８", "", "+", "+8613812345678" * 3]  # fmt: skip
ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "big5", "shift_jis", "cp1252", "latin-1", "utf-16"]

# The first round's failing examples (issue 14), always run.
EXPLICIT_CSV = [
    f"{','.join(imp.SALONDESK_COLUMNS)}\nM1,张伟,13812345678,,,,,,,,,,,0001-01-01T00:00:00+05:00,\n".encode(),
    f"{','.join(imp.SALONDESK_COLUMNS)}\r\nM1,張偉,13812345678\r\n".encode("big5"),
    f"{','.join(imp.SALONDESK_COLUMNS)}\r\nM1,山田太郎,09012345678\r\n".encode("shift_jis"),
    f"{','.join(imp.SALONDESK_COLUMNS)}\r\nM1,Renée Dupré,0612345678\r\n".encode("latin-1"),
    f'{",".join(imp.SALONDESK_COLUMNS)}\nM1,张伟,13812345678\nM2,"Cut Off,1390'.encode(),
    f"{';'.join(imp.SALONDESK_COLUMNS)}\nM1;Anna Lee;13812345678\n".encode(),
    ('"Client ID","First Name","Last Name","Full Name","Mobile Number"\n1,伟,张,伟 张,13812345678\n').encode(),
    f"{','.join(imp.SALONDESK_COLUMNS)}\nM1,Bad Phone,12345\n".encode(),
]


def _pick(rng: random.Random, *pools: list[str]) -> str:
    return rng.choice(rng.choice(pools))


def csv_case(rng: random.Random) -> bytes:
    """One customer file: a known or garbled header, odd rows, an encoding, a delimiter, maybe cut short."""
    fmt = rng.choice(["salondesk", "fresha", "square", "garbage"])
    header = {
        "salondesk": list(imp.SALONDESK_COLUMNS),
        "fresha": list(imp.FRESHA_COLUMNS),
        "square": list(imp.SQUARE_COLUMNS),
        "garbage": [_pick(rng, NASTY, LATIN_NAMES) for _ in range(rng.randint(0, 6))],
    }[fmt]
    if rng.random() < 0.2:
        rng.shuffle(header)
    rows: list[list[str]] = []
    for _ in range(rng.randint(0, 12)):
        row = []
        for column in header:
            lowered = column.casefold()
            if "name" in lowered:
                row.append(_pick(rng, CJK_NAMES, LATIN_NAMES, NASTY))
            elif "phone" in lowered or "mobile" in lowered or "telephone" in lowered:
                row.append(_pick(rng, PHONES, NASTY))
            elif "_at" in lowered or "birth" in lowered or "visit" in lowered or "added" in lowered:
                row.append(_pick(rng, DATES, NASTY))
            else:
                row.append(_pick(rng, NASTY, LATIN_NAMES, CJK_NAMES) if rng.random() < 0.5 else "")
        if rng.random() < 0.1:
            row = row[: rng.randint(0, len(row))]
        rows.append(row)
    out = io.StringIO()
    delimiter = rng.choice([",", ",", ",", ";", "\t"])
    writer = csv.writer(out, delimiter=delimiter, lineterminator=rng.choice(["\n", "\r\n"]))
    writer.writerow(header)
    writer.writerows(rows)
    text = out.getvalue()
    encoding = rng.choice(ENCODINGS)
    data = text.encode(encoding, errors=rng.choice(["ignore", "replace"]))
    if rng.random() < 0.2:  # cut short
        data = data[: rng.randint(0, len(data))]
    if rng.random() < 0.1:  # flipped bytes
        buf = bytearray(data)
        for _ in range(rng.randint(1, 5)):
            if buf:
                buf[rng.randrange(len(buf))] = rng.randrange(256)
        data = bytes(buf)
    return data


def json_values(rng: random.Random) -> Any:
    """A value that may or may not belong in a column."""
    return rng.choice(
        [
            None, True, False, 0, -1, 2**31, 2**63, 10**30, 1.5, float("inf"), float("nan"), "", "x" * 500,
            "技师", "owner", "false", "true", "Infinity", "NaN", "sNaN", "1e12", "12.345", "\x00", "\ud800",
            "0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "2026-11-23T10:00:00Z", "2026-02-30",
            "25:61", "AAAA", "!!", [], [1], {}, {"a": 1}, 1, 2, 3, 999999,
        ]
    )  # fmt: skip


def salon_case(rng: random.Random, export: dict[str, Any]) -> str:
    """A whole-salon export with a few things wrong with it (as JSON text, maybe cut short)."""
    # Shallow copies: only the lists a change touches are copied (a deep copy of every row cost most of a case).
    data = dict(export)
    tables = {name: {"columns": sec["columns"], "rows": list(sec["rows"])} for name, sec in export["tables"].items()}
    data["tables"] = tables
    for _ in range(rng.randint(1, 3)):
        name = rng.choice(sorted(tables))
        section = tables[name]
        rows = section["rows"]
        kind = rng.random()
        if kind < 0.6 and rows:
            index = rng.randrange(len(rows))
            row = list(rows[index]) if isinstance(rows[index], list) else [rows[index]]
            row[rng.randrange(len(row))] = json_values(rng)
            rows[index] = row
        elif kind < 0.7 and rows:
            rows.append(rng.choice(rows))  # a duplicate
        elif kind < 0.75 and rows:
            rows[rng.randrange(len(rows))] = json_values(rng)  # a row that is not a list
        elif kind < 0.8:
            columns = section["columns"]  # an earlier change of this case may have made it a non-list already
            section["columns"] = (
                list(reversed(columns)) if isinstance(columns, list) and rng.random() < 0.5 else json_values(rng)
            )
        elif kind < 0.85:
            del tables[name]
        elif kind < 0.9:
            tables[rng.choice(["ghost", name.upper()])] = {"columns": section["columns"], "rows": list(rows)}
        elif kind < 0.95:
            data[rng.choice(["format", "format_version", "schema_revision"])] = json_values(rng)
        elif rows:
            section["rows"] = list(reversed(rows))
    text = json.dumps(data, ensure_ascii=rng.random() < 0.5, allow_nan=True)
    if rng.random() < 0.1:
        text = text[: rng.randint(0, len(text))]
    return text


EXPLICIT_SALON_CHANGES = [  # (table, column, value): what crashed or slipped through in round one
    ("staff", "role", "技师"),
    ("staff", "active", "false"),
    ("staff", "name", ["林悦"]),
    ("staff", "id", 10**30),
    ("service", "price", "Infinity"),
    ("service", "price", "sNaN"),
    ("customer", "merged_into_id", 987654),
    ("customer", "name", "张\x00伟"),
    ("customer", "member_number", "M" * 41),
]


def explicit_salon_case(export: dict[str, Any], index: int) -> str:
    table, column, value = EXPLICIT_SALON_CHANGES[index]
    section = export["tables"][table]
    first = list(section["rows"][0])
    first[section["columns"].index(column)] = value
    changed = {"columns": section["columns"], "rows": [first, *section["rows"][1:]]}
    return json.dumps({**export, "tables": {**export["tables"], table: changed}})  # only the changed row is copied


DEMO_TODAY = date(2026, 11, 23)
EXPORTED_AT = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # after the demo was made (09:30 in Shanghai)
OWNER_PIN = "1111"  # the demo owner's PIN (README): what an export with PINs is imported with


def demo_export(folder: Path, *, seed: int = 5, customers: int = 6, with_credentials: bool = False) -> dict[str, Any]:
    """A small demo salon's whole-salon export, read back as JSON (the material the salon cases damage).

    The demo is built once per folder; ``with_credentials`` exports it with the staff PIN hashes.
    """
    from salondesk.demo import build_demo

    database = folder / f"demo-{seed}.sqlite3"
    built = database.exists()
    engine = make_engine(f"sqlite:///{database}")
    if not built:
        upgrade(engine)
        build_demo(engine, seed=seed, customers=customers, months=1, today=DEMO_TODAY)
    path = folder / f"salon-{seed}{'-pins' if with_credentials else ''}.json"
    transfer.export_salon(engine, path, now=EXPORTED_AT, with_credentials=with_credentials)
    engine.dispose()
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


# ------------------------------------------------------------------ running a case
_CJK = re.compile(r"[\u4e00-\u9fff]")


def check_message(exc: DomainError) -> str:
    """A refusal must say what is wrong in words, in English and in Chinese."""
    english = exc.render()
    chinese = exc.render(Translator("zh_CN"))
    if not english.strip() or "Traceback" in english or re.search(r"<[a-z_.]+ object at 0x", english):
        raise FuzzFailure(f"unclear message: {english!r}")
    if not _CJK.search(chinese):
        raise FuzzFailure(f"message not translated: {english!r}")
    return english


@dataclass
class CsvBench:
    """One salon the customer files are imported into, case after case."""

    engine: Engine
    owner: Actor
    clock: FrozenClock

    @classmethod
    def create(cls, folder: Path, clock: FrozenClock) -> CsvBench:
        engine = make_engine(f"sqlite:///{folder / 'csv-fuzz.sqlite3'}")
        upgrade(engine)
        owner = setup.run_first_setup(
            uow_factory(engine)(),
            clock,
            setup.FirstRun("Fuzz", "Asia/Shanghai", default_opening_hours(), "王芳", "1234"),
        )
        return cls(engine, owner, clock)

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(Customer)).scalar_one())

    def run(self, data: bytes) -> str:
        """'imported' or 'refused'; raises FuzzFailure."""
        before = self.count()
        try:
            result = imp.import_customers(uow_factory(self.engine)(), self.owner, self.clock, data)
        except DomainError as exc:
            check_message(exc)
            if self.count() != before:
                raise FuzzFailure("refused, yet rows were written") from exc
            return "refused"
        except Exception as exc:
            raise FuzzFailure(f"crash: {type(exc).__name__}: {exc}") from exc
        if self.count() - before != result.created:
            raise FuzzFailure(f"{result.created} reported, {self.count() - before} written")
        try:
            for row in result.preview.rows:
                for problem in row.problems:
                    if not _CJK.search(problem.render(Translator("zh_CN"))):
                        raise FuzzFailure(f"row message not translated: {problem.render()!r}")
        except FuzzFailure:
            raise
        except Exception as exc:
            raise FuzzFailure(f"crash in a row message: {type(exc).__name__}: {exc}") from exc
        return "imported"


@dataclass
class SalonBench:
    """An empty database at head, copied from one migrated template before every case.

    One engine for all cases (its pool is closed before the file is replaced), so
    SQLAlchemy compiles the import's statements once, not once per case.
    """

    folder: Path
    template: Path
    target: Path
    engine: Engine

    @classmethod
    def create(cls, folder: Path) -> SalonBench:
        template = folder / "empty-template.sqlite3"
        engine = make_engine(f"sqlite:///{template}")
        upgrade(engine)
        engine.dispose()
        target = folder / "salon-fuzz.sqlite3"
        return cls(folder, template, target, make_engine(f"sqlite:///{target}"))

    def _fresh_database(self) -> None:
        self.engine.dispose()
        for suffix in ("-wal", "-shm"):
            self.target.with_name(self.target.name + suffix).unlink(missing_ok=True)
        shutil.copy(self.template, self.target)

    def run(self, text: str, pin: str = OWNER_PIN) -> str:
        """'imported' or 'refused'; raises FuzzFailure.

        The import is the owner's (``salon_transfer.import_salon``, as ``salondesk import``
        runs it): every hash chain verified, and ``pin`` asked for when the file carries PINs.
        """
        self._fresh_database()
        path = self.folder / "case.json"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        engine = self.engine
        try:
            needed = pin if salon_transfer.carries_credentials(transfer.read_export(path)) else None
            salon_transfer.import_salon(uow_factory(engine)(), FrozenClock(EXPORTED_AT), path, needed)
        except DomainError as exc:
            check_message(exc)
            if not transfer.is_empty(engine):
                raise FuzzFailure("refused, yet rows were written") from exc
            return "refused"
        except Exception as exc:
            raise FuzzFailure(f"crash: {type(exc).__name__}: {exc}") from exc
        self._reads_back(engine)
        return "imported"

    def close(self) -> None:
        self.engine.dispose()

    @staticmethod
    def _reads_back(engine: Engine) -> None:
        """What imported must also work afterwards: the chains verify without crashing, staff and settings load."""
        from salondesk.queries import staff as staff_queries
        from salondesk.services.records_chain import verify_all
        from salondesk.services.settings import get_settings

        new_uow = uow_factory(engine)
        try:
            verify_all(new_uow())
            get_settings(new_uow())
            staff_queries.staff_rows(new_uow(), DEMO_TODAY, include_inactive=True)
        except DomainError:
            pass
        except Exception as exc:
            raise FuzzFailure(f"imported, then crashed on reading: {type(exc).__name__}: {exc}") from exc
