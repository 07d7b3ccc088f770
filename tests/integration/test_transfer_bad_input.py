"""Whole-salon import of damaged files (issue 14): refused before anything is written, naming table, row, column."""

from __future__ import annotations

import copy
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from salondesk.cli import main
from salondesk.db import transfer
from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.db.transfer_check import validate_export
from salondesk.i18n import Translator
from tests import fuzz_cases


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A small demo salon's export, as JSON (each test changes a copy)."""
    folder = tmp_path_factory.mktemp("export")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SALONDESK_DATA_DIR", str(folder / "data"))
        return fuzz_cases.demo_export(folder, seed=3, customers=8)


@pytest.fixture
def empty(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    upgrade(engine)
    yield engine
    engine.dispose()


def changed(export: dict[str, Any], table: str, column: str, value: Any, row: int = 0) -> dict[str, Any]:
    data = copy.deepcopy(export)
    section = data["tables"][table]
    section["rows"][row][section["columns"].index(column)] = value
    return data


def write(path: Path, data: dict[str, Any] | str) -> Path:
    text = data if isinstance(data, str) else json.dumps(data)  # ASCII escapes: lone surrogates survive
    path.write_text(text, encoding="utf-8")
    return path


def first_row_with(export: dict[str, Any], table: str, column: str) -> int:
    """The index of the first row whose ``column`` holds a value."""
    section = export["tables"][table]
    position = section["columns"].index(column)
    return next(i for i, row in enumerate(section["rows"]) if row[position] is not None)


CASES = [  # (table, column, bad value, words of the message); the value that crashed or slipped through
    ("staff", "role", "技师", "技师 is not one of owner, receptionist, technician"),
    ("staff", "active", "false", "expected true or false"),
    ("staff", "name", ["林悦"], "expected text"),
    ("staff", "name", {"zh": "林悦"}, "expected text"),
    ("staff", "id", 10**30, "out of range"),
    ("customer", "name", "张\x00伟", "NUL"),
    ("customer", "name", "\ud800", "NUL or invalid character"),
    ("customer", "member_number", "M" * 41, "longer than 40 characters"),
    ("customer", "created_at", "0001-01-01T00:00:00+05:00", "expected a date and time"),
    ("customer", "created_at", None, "a value is required"),
    ("customer", "birthday", "1990-02-30", "expected a date"),
    ("service", "price", "Infinity", "expected an amount"),
    ("service", "price", "sNaN", "expected an amount"),
    ("service", "price", "1e12", "too many digits"),
    ("service", "price", True, "expected an amount"),
    ("settingvalue", "value_json", "", "expected JSON text"),  # found by scripts/fuzz.py: settings then failed to load
]


@pytest.mark.parametrize(("table", "column", "value", "words"), CASES)
def test_a_wrong_value_is_refused_before_writing(
    export: dict[str, Any], empty: Engine, tmp_path: Path, table: str, column: str, value: Any, words: str
) -> None:
    path = write(tmp_path / "bad.json", changed(export, table, column, value))
    with pytest.raises(transfer.TransferError) as err:
        transfer.import_salon(empty, path)
    message = err.value.render()
    assert message.startswith(f"Table {table}, row 1, column {column}: "), message
    assert words in message
    assert transfer.is_empty(empty)
    assert err.value.render(Translator("zh_CN")).startswith(f"表 {table} 第 1 行 {column} 列：")


def test_infinity_as_a_json_number_in_a_float_column(export: dict[str, Any], tmp_path: Path) -> None:
    metadata_free = changed(export, "staff", "name", "ok")
    text = json.dumps(metadata_free, ensure_ascii=False)
    assert validate_export(write(tmp_path / "ok.json", text)) > 0
    # a whole-number column given a float infinity (json accepts the bare word Infinity)
    section = metadata_free["tables"]["staff"]
    section["rows"][0][section["columns"].index("id")] = float("inf")
    with pytest.raises(transfer.TransferError, match="column id: expected a whole number"):
        validate_export(write(tmp_path / "inf.json", json.dumps(metadata_free, ensure_ascii=False)))


def test_a_broken_reference_in_a_deferred_column(export: dict[str, Any], empty: Engine, tmp_path: Path) -> None:
    """``customer.merged_into_id`` is filled in after every row exists: it was outside the error handling."""
    path = write(tmp_path / "bad.json", changed(export, "customer", "merged_into_id", 987654))
    with pytest.raises(
        transfer.TransferError, match=r"customer, row 1, column merged_into_id: refers to customer 987654"
    ):
        transfer.import_salon(empty, path)
    assert transfer.is_empty(empty)


def test_a_broken_ordinary_reference(export: dict[str, Any], empty: Engine, tmp_path: Path) -> None:
    row = first_row_with(export, "appointment", "customer_id")
    path = write(tmp_path / "bad.json", changed(export, "appointment", "customer_id", 424242, row=row))
    with pytest.raises(transfer.TransferError, match=rf"appointment, row {row + 1}, column customer_id: refers to"):
        transfer.import_salon(empty, path)
    assert transfer.is_empty(empty)


def test_a_duplicate_key(export: dict[str, Any], empty: Engine, tmp_path: Path) -> None:
    data = copy.deepcopy(export)
    rows = data["tables"]["staff"]["rows"]
    rows.append(list(rows[0]))
    with pytest.raises(transfer.TransferError, match=rf"staff, row {len(rows)}, column id: 1 is already used"):
        transfer.import_salon(empty, write(tmp_path / "dup.json", data))
    assert transfer.is_empty(empty)


def test_a_row_of_the_wrong_shape_and_columns_of_the_wrong_table(
    export: dict[str, Any], empty: Engine, tmp_path: Path
) -> None:
    data = copy.deepcopy(export)
    data["tables"]["staff"]["rows"][1] = "林悦"
    with pytest.raises(transfer.TransferError, match=r"staff, row 2: expected a list of \d+ values"):
        transfer.import_salon(empty, write(tmp_path / "shape.json", data))
    data = copy.deepcopy(export)
    data["tables"]["staff"]["columns"] = {"id": 1}
    with pytest.raises(transfer.TransferError, match="Table staff in the export has columns"):
        transfer.import_salon(empty, write(tmp_path / "columns.json", data))
    assert transfer.is_empty(empty)


@pytest.mark.sqlite_only
def test_the_command_line_refuses_before_creating_the_database(export: dict[str, Any], tmp_path: Path) -> None:
    path = write(tmp_path / "bad.json", changed(export, "staff", "role", "技师"))
    out, err = io.StringIO(), io.StringIO()
    code = main(["import", str(path), "--db", f"sqlite:///{tmp_path / 'new.sqlite3'}"], stdout=out, stderr=err)
    assert code == 1
    assert "Table staff, row 1, column role" in err.getvalue() and "Traceback" not in err.getvalue()
    assert not (tmp_path / "new.sqlite3").exists()


def test_an_untouched_export_still_imports(export: dict[str, Any], empty: Engine, tmp_path: Path) -> None:
    path = write(tmp_path / "good.json", export)
    rows = sum(len(t["rows"]) for t in export["tables"].values())
    assert validate_export(path) == rows
    assert transfer.import_salon(empty, path) == rows
