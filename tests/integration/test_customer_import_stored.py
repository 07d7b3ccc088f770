"""The import stores exactly what it stored before it was made fast: whole tables against fixed expectations.

``customer_import_stored.json`` was written by the import of main at fef4b2d (SQLAlchemy Core
inserts of dicts) from the three files below; the import now writes tuples through the
driver's ``executemany``. Every column of every imported customer, every search token and
the audit entry must come out the same: as SQLite stores them (``quote()``: the bytes of
each value, dates and instants as text, booleans as integers) and as Python values read
back through the tables (the same expectation on PostgreSQL).
"""

from __future__ import annotations

import csv
import io
import json
import random
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from salondesk.db.uow import UowFactory
from salondesk.domain.audit import AuditEntry
from salondesk.domain.clock import FrozenClock
from salondesk.domain.customers import Customer, CustomerSearchToken
from salondesk.domain.permissions import Actor
from salondesk.services import customer_import as imp

EXPECTED = Path(__file__).with_name("customer_import_stored.json")
SURNAMES = ["王", "李", "张", "曾", "单", "欧阳", "司马", "叶", "万"]
GIVEN = ["伟", "芳芳", "志伟", "娜", "子涵", "静", "秀英"]
LATIN = [("Anna", "Lee"), ("Zoë", "Müller"), ("Grace", "Wong"), ("Mia", "O'Brien"), ("", "Chen"), ("Lily", "")]
PHONES = [
    "13812345678", "139 0000 1111", "+86 138-1234-5678", "0086 13700002222", "+8613911112222", "(138) 1234-0000",
    "１３８１２３４５６７８", "021 6123 4567", "010-12345678", "0755 8888 9999", "+44 20 7946 0958",
    "+1 415 555 2671", "+852 9123 4567", "12345", "abc", "", "17951234567", "14012345678", "19912345678",
    "16212345678", "+86 10 1234 5678", "400 123 4567", "95588", "138-1234-567", "=1+2", "138123456789",
]  # fmt: skip
DATES = ["", "14/03/1990", "1985-07-09", "07-09", "14 Mar 1990", "31/31/2000", "1990/3/4", "1990年3月4日",
         "03/14/1990", "1899-01-01", "2004-02-29", "2003-02-29", "12/11/1980"]  # fmt: skip
INSTANTS = ["", "2024-05-01T10:00:00Z", "2023-01-02 08:30:00", "2025-12-31", "not a date", "0001-01-01",
            "2024-05-01T10:00:00+08:00", "14/03/2020"]  # fmt: skip
TEXTS = ["", "怕痒", "line one\nline two", "=HYPERLINK(\"x\")", "'=1+1", "bell\x07here", " spaced  out ",
         "VIP, colour", "VIP；熟客，colour、VIP", "x" * 130]  # fmt: skip


def _phone(rng: random.Random) -> str:
    """One of the odd shapes, or a fresh 11-digit number (valid or not) typed one of several ways."""
    if rng.random() < 0.4:
        return rng.choice(PHONES)
    digits = f"1{rng.randrange(3, 10)}{rng.randrange(10**9):09d}"
    return rng.choice(["{}", "{}", "+86{}", "+86 {}", "0086{}", "{} "]).format(digits)


def _name(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.7:
        return rng.choice(GIVEN), rng.choice(SURNAMES)
    return rng.choice(LATIN)


def csv_bytes(header: Iterable[str], records: Iterable[Iterable[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(records)
    return out.getvalue().encode("utf-8")


def export_record(columns: tuple[str, ...], cells: dict[str, str]) -> list[str]:
    """One record of an export with ``columns``: the cells given, the others empty."""
    return [cells.get(column, "") for column in columns]


def fresha_records(rng: random.Random, rows: int) -> Iterator[list[str]]:
    for i in range(rows):
        first, last = _name(rng)
        cells = {
            "Client ID": str(i), "First Name": first, "Last Name": last, "Full Name": f"{first} {last}".strip(),
            "Gender": rng.choice(["Female", "male", "F", "女", "", "other", "unknown"]),
            "Mobile Number": _phone(rng), "Telephone": rng.choice(["", "", "021 6123 4567", "garbage"]),
            "Accepts Marketing": rng.choice(["yes", "no", "", "TRUE"]),
            "Accepts SMS Marketing": rng.choice(["", "yes"]), "Date of Birth": rng.choice(DATES),
            "Note": rng.choice(TEXTS), "Referral Source": rng.choice(["", "Instagram", "朋友介绍", "x" * 150]),
        }  # fmt: skip
        yield [*export_record(imp.FRESHA_COLUMNS, cells), rng.choice(TEXTS[:9])]


def salondesk_records(rng: random.Random, rows: int) -> Iterator[list[str]]:
    for i in range(rows):
        first, last = _name(rng)
        name = rng.choice([f"{last}{first}", f"{first} {last}", "", "  two   spaces ", "y" * 121, "名\x1b字"])
        yield [
            rng.choice(["", f"m{i}", f"M-{i:05d}", "z" * 45]), name, _phone(rng), rng.choice(PHONES[:12]),
            rng.choice(["female", "M", ""]), rng.choice(DATES), rng.choice(TEXTS), rng.choice(TEXTS),
            rng.choice(["", "walk-in"]), rng.choice(["yes", "no", "是", ""]), rng.choice(INSTANTS),
            rng.choice(INSTANTS), rng.choice(["", "v1", "2024-05"]), rng.choice(INSTANTS), rng.choice(INSTANTS),
        ]  # fmt: skip


def square_records(rng: random.Random, rows: int) -> Iterator[list[str]]:
    for i in range(rows):
        first, last = _name(rng)
        cells = {
            "Reference ID": rng.choice(["", f"R{i}"]), "First Name": first, "Last Name": last,
            "Nickname": rng.choice(["", "Nick"]), "Phone Number": _phone(rng), "Birthday": rng.choice(DATES),
            "Memo": rng.choice(TEXTS), "Square Customer ID": f"SQ{i}", "Creation Source": "Appointments",
            "Last Visit": rng.choice(INSTANTS), "Email Subscription Status": rng.choice(["subscribed", "", "x"]),
        }  # fmt: skip
        yield export_record(imp.SQUARE_COLUMNS, cells)


def files() -> list[bytes]:
    """The three files, the same on every run."""
    rng = random.Random(18)
    return [
        csv_bytes([*imp.FRESHA_COLUMNS, "Tags"], fresha_records(rng, 300)),
        csv_bytes(imp.SALONDESK_COLUMNS, salondesk_records(rng, 300)),
        csv_bytes(imp.SQUARE_COLUMNS, square_records(rng, 200)),
    ]


def import_all(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> list[tuple[int, int, int, int]]:
    """Import the three files one after the other (ids continue); what each import counted."""
    counts = []
    for data in files():
        result = imp.import_customers(new_uow(), owner, clock, data, source_name="stored.csv")
        counts.append((result.created, result.merged, result.skipped, result.invalid))
    return counts


def stored_values(new_uow: UowFactory) -> dict[str, list[str]]:
    """Every customer and token row, and the import audit entries, as Python values read back (any database)."""
    tables = {"customer": Customer.__table__, "customer_search_token": CustomerSearchToken.__table__}  # type: ignore[attr-defined]
    dumped: dict[str, list[str]] = {}
    with new_uow() as uow:
        for name, table in tables.items():
            order = [table.c.id] if name == "customer" else [table.c.customer_id, table.c.token]
            dumped[name] = [repr(tuple(row)) for row in uow.session.execute(sa.select(table).order_by(*order))]
        audit = AuditEntry.__table__  # type: ignore[attr-defined]
        query = sa.select(audit.c.action, audit.c.entity, audit.c.field_name, audit.c.new_value, audit.c.at).where(
            audit.c.action == "import"
        )
        dumped["audit"] = [repr(tuple(row)) for row in uow.session.execute(query.order_by(audit.c.id))]
    return dumped


def stored_bytes(engine: sa.Engine) -> dict[str, list[str]]:
    """SQLite: every value of the two tables as SQLite stores it (``quote()``)."""
    dumped: dict[str, list[str]] = {}
    with engine.connect() as conn:
        for name, order in (("customer", "id"), ("customer_search_token", "customer_id, token")):
            columns = [row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({name})")]
            quoted = " || '|' || ".join(f"quote({c})" for c in columns)
            dumped[name] = [row[0] for row in conn.exec_driver_sql(f"SELECT {quoted} FROM {name} ORDER BY {order}")]
    return dumped


def test_imported_rows_are_stored_exactly_as_before(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, engine: sa.Engine
) -> None:
    expected: dict[str, Any] = json.loads(EXPECTED.read_text(encoding="utf-8"))
    counts = import_all(new_uow, clock, owner)
    assert [list(c) for c in counts] == expected["counts"]
    assert sum(c[0] for c in counts) > 500 and counts[1][3] > 0  # many stored, some refused
    values = stored_values(new_uow)
    for name in ("customer", "customer_search_token", "audit"):
        assert values[name] == expected["values"][name], name
    if engine.dialect.name == "sqlite":
        stored = stored_bytes(engine)
        for name in ("customer", "customer_search_token"):
            assert stored[name] == expected["sqlite"][name], name
