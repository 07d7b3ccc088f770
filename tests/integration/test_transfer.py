"""Whole-salon export/import: exact round trip, typed values, refusals, all or nothing."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import col

from salondesk.db import transfer
from salondesk.db.engine import make_engine
from salondesk.db.migrate import head_revision, upgrade
from salondesk.db.uow import uow_factory
from salondesk.demo import build_demo
from salondesk.domain.clock import FrozenClock
from salondesk.domain.permissions import Actor, Role
from salondesk.domain.staff import Assessment, AttendanceResult, CertificateKind, Staff
from salondesk.services import settings as settings_service
from salondesk.services import staff as staff_service

EXPORTED_AT = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # the export's stamp (passed in: no wall clock)

DEMO_TODAY = date(2026, 11, 23)


def _fresh_engine(db_url: str, tmp_path: Path, name: str) -> Engine:
    """A second, empty database at head: another SQLite file, or the PostgreSQL schema wiped."""
    if db_url.startswith("sqlite"):
        eng = make_engine(f"sqlite:///{tmp_path / name}")
    else:
        eng = make_engine(db_url)
        with eng.begin() as conn:
            conn.exec_driver_sql("DROP SCHEMA public CASCADE")
            conn.exec_driver_sql("CREATE SCHEMA public")
    upgrade(eng)
    return eng


def _all_rows(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, typed as SQLAlchemy reads them, in primary-key order."""
    rows = {}
    with engine.connect() as conn:
        for table in transfer.tables():
            keys = list(table.primary_key.columns)
            rows[table.name] = [tuple(r) for r in conn.execute(sa.select(table).order_by(*keys))]
    return rows


def _tables_of(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))["tables"]


def _salon_through_services(engine: Engine, clock: FrozenClock, owner: Actor) -> None:
    new_uow = uow_factory(engine)
    tech = staff_service.add_staff(new_uow(), owner, clock, staff_service.StaffInput("单丽", Role.TECHNICIAN), "4321")
    staff_service.add_certificate(
        new_uow(), owner, clock, tech, CertificateKind.NAIL, "MJ-1", date(2025, 1, 1), date(2026, 12, 1)
    )
    staff_service.record_training(
        new_uow(), owner, clock, date(2026, 11, 1), "消毒规范", {tech: AttendanceResult(Assessment.FAILED, 4)}
    )
    clock.advance(days=1)
    settings_service.update_settings(new_uow(), owner, clock, {"address": "南京西路 1 号", "backup_daily": 5})
    staff_service.set_active(new_uow(), owner, clock, tech, False)


def test_round_trip_is_exact(db_url: str, engine: Engine, tmp_path: Path, clock: FrozenClock) -> None:
    build_demo(engine, seed=3, today=DEMO_TODAY, customers=60, months=2)
    with engine.connect() as conn:
        owner_id = conn.execute(sa.select(col(Staff.id)).where(col(Staff.role) == Role.OWNER)).scalar_one()
    _salon_through_services(engine, clock, Actor(owner_id, "林悦", Role.OWNER))
    before = _all_rows(engine)
    first = tmp_path / "first.json"
    written = transfer.export_salon(engine, first, now=EXPORTED_AT, with_credentials=True)
    assert written == sum(len(rows) for rows in before.values())
    assert before["staff"] and before["certificate"] and before["auditentry"] and before["settingvalue"]
    engine.dispose()

    second_engine = _fresh_engine(db_url, tmp_path, "second.sqlite3")
    assert transfer.import_salon(second_engine, first) == written
    after = _all_rows(second_engine)
    for name, rows in before.items():  # table by table, row by row
        assert after[name] == rows, name
    second = tmp_path / "second.json"
    transfer.export_salon(second_engine, second, now=EXPORTED_AT, with_credentials=True)
    assert _tables_of(second) == _tables_of(first)
    second_engine.dispose()


def test_values_are_typed_by_column(engine: Engine, tmp_path: Path, owner: Actor, clock: FrozenClock) -> None:
    new_uow = uow_factory(engine)
    staff_service.add_certificate(
        new_uow(), owner, clock, owner.staff_id or 0, CertificateKind.HEALTH, "JK-9", date(2026, 1, 2), None
    )
    path = tmp_path / "salon.json"
    transfer.export_salon(engine, path, now=EXPORTED_AT)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "salondesk-export"
    assert data["format_version"] == 1
    assert data["schema_revision"] == head_revision()
    assert data["exported_at"].endswith("Z")
    assert set(data["tables"]) == {t.name for t in transfer.tables()}  # every table, even empty ones
    staff = data["tables"]["staff"]
    row = dict(zip(staff["columns"], staff["rows"][0], strict=True))
    assert row["name"] == "王芳"
    assert row["active"] is True
    assert row["created_at"] == "2026-11-23T02:00:00Z"
    assert row["locked_until"] is None
    cert = dict(zip(data["tables"]["certificate"]["columns"], data["tables"]["certificate"]["rows"][0], strict=True))
    assert cert["valid_from"] == "2026-01-02"
    assert cert["valid_until"] is None


def test_ids_continue_after_import(
    db_url: str, engine: Engine, tmp_path: Path, owner: Actor, clock: FrozenClock
) -> None:
    """PostgreSQL sequences are moved past the imported ids; new records do not collide."""
    staff_service.add_staff(
        uow_factory(engine)(), owner, clock, staff_service.StaffInput("Amy Wu", Role.TECHNICIAN), "5678"
    )
    path = tmp_path / "salon.json"
    transfer.export_salon(engine, path, now=EXPORTED_AT)
    engine.dispose()
    other = _fresh_engine(db_url, tmp_path, "other.sqlite3")
    transfer.import_salon(other, path)
    new_id = staff_service.add_staff(
        uow_factory(other)(), owner, clock, staff_service.StaffInput("Kevin Liu", Role.TECHNICIAN), "5679"
    )
    assert new_id == 3
    other.dispose()


def test_import_refuses_a_database_with_records(engine: Engine, tmp_path: Path, owner: Actor) -> None:
    path = tmp_path / "salon.json"
    transfer.export_salon(engine, path, now=EXPORTED_AT)
    with pytest.raises(transfer.TransferError, match="empty database"):
        transfer.import_salon(engine, path)


def _rewrite(path: Path, change: Any) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="something-else"), "not a SalonDesk export"),
        (lambda d: d.update(format_version=2), "format version 2"),
        (lambda d: d.update(schema_revision="0000"), "schema revision 0000"),
        (lambda d: d["tables"].update(mystery={"columns": ["id"], "rows": [[1]]}), "mystery"),
        (lambda d: d["tables"]["staff"].update(columns=["id", "name"]), "columns"),
        (lambda d: d.update(tables=dict(reversed(list(d["tables"].items())))), "comes before"),
    ],
)
def test_import_refuses_a_wrong_file(
    db_url: str, engine: Engine, tmp_path: Path, owner: Actor, change: Any, message: str
) -> None:
    path = tmp_path / "salon.json"
    transfer.export_salon(engine, path, now=EXPORTED_AT)
    _rewrite(path, change)
    engine.dispose()
    empty = _fresh_engine(db_url, tmp_path, "empty.sqlite3")
    with pytest.raises(transfer.TransferError, match=message):
        transfer.import_salon(empty, path)
    assert transfer.is_empty(empty)
    empty.dispose()


def test_import_refuses_garbage(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "garbage.json"
    path.write_bytes(b"\x00\x01 not json")
    with pytest.raises(transfer.TransferError, match="not a readable SalonDesk export"):
        transfer.import_salon(engine, path)


def test_import_is_all_or_nothing(
    db_url: str, engine: Engine, tmp_path: Path, owner: Actor, clock: FrozenClock
) -> None:
    staff_service.add_certificate(
        uow_factory(engine)(), owner, clock, owner.staff_id or 0, CertificateKind.HEALTH, "JK-1", date(2026, 1, 1), None
    )
    path = tmp_path / "salon.json"
    transfer.export_salon(engine, path, now=EXPORTED_AT)

    def break_certificate(data: dict[str, Any]) -> None:
        columns = data["tables"]["certificate"]["columns"]
        data["tables"]["certificate"]["rows"][0][columns.index("valid_from")] = "not a date"

    _rewrite(path, break_certificate)
    engine.dispose()
    empty = _fresh_engine(db_url, tmp_path, "empty.sqlite3")
    with pytest.raises(transfer.TransferError, match="certificate"):
        transfer.import_salon(empty, path)
    assert transfer.is_empty(empty)  # the staff rows inserted before the bad one were rolled back
    empty.dispose()


def test_progress_reaches_the_total(engine: Engine, tmp_path: Path, owner: Actor) -> None:
    seen: list[tuple[int, int]] = []
    rows = transfer.export_salon(
        engine, tmp_path / "salon.json", progress=lambda d, t: seen.append((d, t)), now=EXPORTED_AT
    )
    assert seen[-1] == (rows, rows)


def _cyclic_metadata() -> sa.MetaData:
    """Two tables referencing each other, one also referencing itself (like visit ↔ service_record)."""
    md = sa.MetaData()
    sa.Table(
        "visit",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("record_id", sa.Integer, sa.ForeignKey("record.id"), nullable=True),
        sa.Column("at", sa.DateTime, nullable=False),
    )
    sa.Table(
        "record",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("visit_id", sa.Integer, sa.ForeignKey("visit.id"), nullable=False),
        sa.Column("corrects_id", sa.Integer, sa.ForeignKey("record.id"), nullable=True),
        sa.Column("price", sa.Numeric(8, 2), nullable=False),
        sa.Column("photo", sa.LargeBinary, nullable=True),
    )
    return md


def test_cyclic_and_self_references_are_restored(tmp_path: Path) -> None:
    md = _cyclic_metadata()
    ordered, deferred = transfer.insert_plan(md)
    assert [t.name for t in ordered] == ["visit", "record"]  # visit.record_id is the nullable side
    assert deferred == {"visit": ["record_id"], "record": ["corrects_id"]}

    source = make_engine(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    md.create_all(source)
    visit, record = md.tables["visit"], md.tables["record"]
    with source.begin() as conn:
        conn.execute(visit.insert(), [{"id": 1, "record_id": None, "at": datetime(2026, 11, 1, 9)}])
        conn.execute(record.insert(), [{"id": 5, "visit_id": 1, "corrects_id": None, "price": Decimal("88.50")}])
        conn.execute(
            record.insert(),
            [{"id": 2, "visit_id": 1, "corrects_id": 5, "price": Decimal("0.10"), "photo": b"\x00\xff"}],
        )
        conn.execute(visit.update().values(record_id=2))
    path = tmp_path / "cyclic.json"
    transfer.export_salon(source, path, metadata=md, now=EXPORTED_AT)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["tables"]["record"]["rows"][0] == [2, 1, 5, "0.10", "AP8="]  # decimal as text, bytes as base64

    target = make_engine(f"sqlite:///{tmp_path / 'b.sqlite3'}")  # foreign keys are enforced here
    md.create_all(target)
    assert transfer.import_salon(target, path, metadata=md) == 3
    with source.connect() as a, target.connect() as b:
        for table in (visit, record):
            assert list(b.execute(table.select().order_by(table.c.id))) == list(
                a.execute(table.select().order_by(table.c.id))
            )
    source.dispose()
    target.dispose()


def test_export_file_is_written_atomically(
    engine: Engine, tmp_path: Path, owner: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "salon.json"

    def boom(*_args: Any, **_kwargs: Any) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(transfer, "_write_table", boom)
    with pytest.raises(OSError, match="disk full"):
        transfer.export_salon(engine, path, now=EXPORTED_AT)
    assert not path.exists()


def test_export_format_doc_is_current() -> None:
    """docs/export-format.md lists every table and column; regenerate it when the models change."""
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "scripts" / "doc_export_format.py"
    spec = importlib.util.spec_from_file_location("doc_export_format", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    current = module.DOC.read_text(encoding="utf-8")
    assert module.updated(current) == current, "docs/export-format.md is stale: run python scripts/doc_export_format.py"
    for table in transfer.tables():
        assert f"### `{table.name}`" in current


def test_import_streams_across_tiny_chunks(
    tmp_path: Path, engine: Engine, owner: Actor, clock: FrozenClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Numbers and multi-byte characters cut at chunk boundaries are read back whole."""
    staff_service.add_staff(
        uow_factory(engine)(),
        owner,
        clock,
        staff_service.StaffInput("欧阳娜娜", Role.TECHNICIAN, "13812345678"),
        "5678",
    )
    path = tmp_path / "salon.json"
    transfer.export_salon(engine, path, now=EXPORTED_AT, with_credentials=True)
    before = _all_rows(engine)
    engine.dispose()
    monkeypatch.setattr(transfer._JsonStream, "CHUNK", 7)
    other = make_engine(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    upgrade(other)
    seen: list[tuple[int, int]] = []
    transfer.import_salon(other, path, progress=lambda done, total: seen.append((done, total)))
    assert _all_rows(other) == before
    size = path.stat().st_size
    assert seen[-1] == (size, size)
    other.dispose()


def test_import_refuses_a_truncated_file(tmp_path: Path, engine: Engine, owner: Actor) -> None:
    path = tmp_path / "salon.json"
    transfer.export_salon(engine, path, now=EXPORTED_AT)
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) * 2 // 3], encoding="utf-8")
    engine.dispose()
    other = make_engine(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    upgrade(other)
    with pytest.raises(transfer.TransferError):
        transfer.import_salon(other, path)
    assert transfer.is_empty(other)
    other.dispose()


def test_table_order_only_needs_parents_first(tmp_path: Path) -> None:
    md = sa.MetaData()
    sa.Table("parent", md, sa.Column("id", sa.Integer, primary_key=True))
    sa.Table("other", md, sa.Column("id", sa.Integer, primary_key=True))
    sa.Table(
        "child",
        md,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("parent.id"), nullable=False),
    )
    source = make_engine(f"sqlite:///{tmp_path / 'src.sqlite3'}")
    md.create_all(source)
    with source.begin() as conn:
        conn.execute(md.tables["parent"].insert(), [{"id": 1}])
        conn.execute(md.tables["other"].insert(), [{"id": 1}])
        conn.execute(md.tables["child"].insert(), [{"id": 1, "parent_id": 1}])
    path = tmp_path / "x.json"
    transfer.export_salon(source, path, metadata=md, now=EXPORTED_AT)
    source.dispose()

    def reorder(names: list[str]) -> None:
        _rewrite(path, lambda d: d.update(tables={n: d["tables"][n] for n in names}))

    for index, names in enumerate((["parent", "child", "other"], ["child", "parent", "other"])):
        reorder(names)
        target = make_engine(f"sqlite:///{tmp_path / f'dst{index}.sqlite3'}")
        md.create_all(target)
        if names[0] == "parent":
            assert transfer.import_salon(target, path, metadata=md) == 3
        else:
            with pytest.raises(transfer.TransferError, match="child comes before parent, which it refers to"):
                transfer.import_salon(target, path, metadata=md)
            assert transfer.is_empty(target, md)
        target.dispose()
