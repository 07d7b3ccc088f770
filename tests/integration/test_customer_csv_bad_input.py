"""Customer CSV files as they come from the field (issue 14): each case the fuzzing found, as a test."""

from __future__ import annotations

import csv
import io

import pytest
import sqlalchemy as sa

from salondesk.db.uow import UowFactory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.customers import Customer, ImportFileError
from salondesk.domain.permissions import Actor
from salondesk.services import customer_import as imp
from salondesk.services import customers as svc

SALONDESK_HEADER = ",".join(imp.SALONDESK_COLUMNS)
FRESHA_HEADER = ",".join(f'"{c}"' for c in imp.FRESHA_COLUMNS)


def salondesk_row(**values: str) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow([values.get(c, "") for c in imp.SALONDESK_COLUMNS])
    return out.getvalue()


def customers(new_uow: UowFactory) -> dict[str, Customer]:
    with new_uow() as uow:
        return {c.name: c for c in uow.session.exec(sa.select(Customer)).scalars()}


@pytest.mark.parametrize(
    "instant", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "0001-01-01", "1899-12-31T00:00:00Z"]
)
def test_extreme_dates_are_left_empty_not_a_crash(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, instant: str
) -> None:
    row = salondesk_row(
        name="张伟", mobile="13812345678", created_at=instant, last_visit_at=instant, privacy_consent_at=instant
    )
    result = imp.import_customers(new_uow(), owner, clock, f"{SALONDESK_HEADER}\n{row}\n".encode())
    assert result.created == 1
    wei = customers(new_uow)["张伟"]
    assert wei.last_visit_at is None and wei.privacy_consent_at is None
    assert wei.created_at == clock.now()


FRESHA_CHINESE = [
    ("1", "伟", "张", "伟 张", "13812345678"),
    ("2", "美玲", "陈", "美玲 陈", "13900001111"),
    ("3", "志强", "黄", "志强 黄", "13700002222"),
]


def fresha_text(rows: list[tuple[str, ...]]) -> str:
    lines = [FRESHA_HEADER]
    for client_id, first, last, full, mobile in rows:
        cells = [""] * len(imp.FRESHA_COLUMNS)
        for column, value in zip(
            ("Client ID", "First Name", "Last Name", "Full Name", "Mobile Number"),
            (client_id, first, last, full, mobile),
            strict=True,
        ):
            cells[imp.FRESHA_COLUMNS.index(column)] = value
        lines.append(",".join(cells))
    return "\r\n".join(lines) + "\r\n"


def test_fresha_chinese_names_are_family_name_first_without_a_space(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor
) -> None:
    imp.import_customers(new_uow(), owner, clock, fresha_text(FRESHA_CHINESE).encode())
    assert sorted(customers(new_uow)) == ["张伟", "陈美玲", "黄志强"]


@pytest.mark.parametrize(
    ("encoding", "names"),
    [
        ("big5", ["張偉", "陳美玲", "黃志強"]),
        ("gb18030", ["张伟", "陈美玲", "黄志强"]),
        ("shift_jis", ["山田太郎", "佐藤花子"]),
        ("cp1252", ["José Müller", "Zoë Brontë"]),
        ("latin-1", ["Renée Dupré"]),
    ],
)
def test_legacy_encodings_decode_right(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, encoding: str, names: list[str]
) -> None:
    rows = [salondesk_row(name=n, mobile=f"1380000{i:04d}") for i, n in enumerate(names)]
    data = "\r\n".join([SALONDESK_HEADER, *rows, ""]).encode(encoding)
    result = imp.import_customers(new_uow(), owner, clock, data)
    assert result.created == len(names)
    assert sorted(customers(new_uow)) == sorted(names)  # never 眎岸 for 張偉


@pytest.mark.parametrize("name", ["張偉", "王小明", "黃志強", "林"])
def test_a_one_row_big5_file_is_not_taken_for_another_encoding(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, name: str
) -> None:
    data = f"{SALONDESK_HEADER}\r\n{salondesk_row(name=name, mobile='13812345678')}\r\n".encode("big5")
    try:
        result = imp.import_customers(new_uow(), owner, clock, data)
    except ImportFileError as exc:  # refused in words is fine; garbled is not
        assert "could not be recognised for certain" in exc.render()
        assert customers(new_uow) == {}
        return
    assert result.preview.encoding == "big5"
    assert list(customers(new_uow)) == [name]


def test_bytes_no_legacy_encoding_reads_plausibly_are_refused(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor
) -> None:
    data = SALONDESK_HEADER.encode() + b"\r\n\x81\x30\x81\x30\xfe\x39\x8f\x80\xa1\xa1\x1b\x07,13812345678\r\n"
    with pytest.raises(ImportFileError, match="could not be recognised for certain"):
        imp.import_customers(new_uow(), owner, clock, data)
    assert customers(new_uow) == {}


@pytest.mark.parametrize(
    "tail",
    [
        'M3,"Cut Off,1390000',  # inside a quoted cell
        "M3,Cut Off",  # fewer cells than the header, no final line break
    ],
)
def test_a_file_cut_off_in_its_last_row_refuses_that_row(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, tail: str
) -> None:
    text = "\n".join([SALONDESK_HEADER, salondesk_row(member_number="M1", name="张伟", mobile="13812345678"), tail])
    result = imp.import_customers(new_uow(), owner, clock, text.encode())
    last = result.preview.rows[-1]
    assert last.action == imp.RowAction.INVALID and [p.code for p in last.problems][-1] == "cut_short"
    assert "ends in the middle of this row" in last.problems[-1].render()
    assert sorted(customers(new_uow)) == ["张伟"]


def test_a_complete_last_row_without_a_line_break_is_fine(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor
) -> None:
    text = "\n".join([SALONDESK_HEADER, salondesk_row(name="张伟", mobile="13812345678")])
    assert imp.import_customers(new_uow(), owner, clock, text.encode()).created == 1


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolon_and_tab_separated_files(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, delimiter: str
) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(imp.SALONDESK_COLUMNS)
    writer.writerow(["M1", "Anna, Lee", "13812345678"] + [""] * (len(imp.SALONDESK_COLUMNS) - 3))
    result = imp.import_customers(new_uow(), owner, clock, out.getvalue().encode())
    assert result.created == 1 and list(customers(new_uow)) == ["Anna, Lee"]


def test_a_bad_mobile_is_kept_aside_and_flagged(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
    rows = [
        salondesk_row(name="Kept Aside", mobile="12345"),
        salondesk_row(name="Into Notes", mobile="999-CALL-ME", other_phone="13900001111", notes="VIP"),
    ]
    data = "\n".join([SALONDESK_HEADER, *rows]).encode()
    preview = imp.preview_import(new_uow(), owner, clock, data)
    flagged = {r.name: (r.action, r.mobile_raw, [p.render() for p in r.problems]) for r in preview.rows}
    assert flagged["Kept Aside"][0] == imp.RowAction.NEW and flagged["Kept Aside"][1] == "12345"
    assert "Mobile not valid (12345)" in flagged["Kept Aside"][2][0] and "Other phone" in flagged["Kept Aside"][2][0]
    assert "in the notes" in flagged["Into Notes"][2][0]
    assert imp.import_customers(new_uow(), owner, clock, data).created == 2
    saved = customers(new_uow)
    assert saved["Kept Aside"].mobile_e164 is None and saved["Kept Aside"].other_phone == "12345"
    assert saved["Into Notes"].other_phone == "+8613900001111" and saved["Into Notes"].notes == "VIP\n☎ 999-CALL-ME"


@pytest.mark.parametrize(
    "value", ['=HYPERLINK("http://x","click")', "+1+1", "-2+3", "@SUM(A1)", "'=already quoted", "plain"]
)
def test_export_escapes_formulas_and_import_takes_the_escape_off(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, receptionist: Actor, value: str
) -> None:
    svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput("Formula Fan", "13812345678", notes=value))
    text, _count = imp.export_customers_csv(new_uow(), owner, clock)
    record = next(csv.DictReader(io.StringIO(text)))
    assert not record["notes"].startswith(imp.FORMULA_TRIGGERS)  # a spreadsheet shows text, runs nothing
    assert not record["mobile"].startswith(imp.FORMULA_TRIGGERS) and record["mobile"] == "'+8613812345678"
    assert record["notes"] == (value if value == "plain" else "'" + value)
    (row,) = imp.read_customer_file(text.encode()).rows  # and back: exactly what was stored
    assert (row.notes, row.mobile) == (value, "+8613812345678")


@pytest.mark.parametrize("value", ["\t=1+1", "\r=1+1"])
def test_tab_and_carriage_return_starts_are_escaped(value: str) -> None:
    assert imp.escape_formula(value) == "'" + value
    assert imp._unescape(imp.escape_formula(value)) == value


def test_an_overlong_member_number_and_control_characters(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor
) -> None:
    rows = [
        salondesk_row(member_number="M" * 41, name="Long Number", mobile="13812345678"),
        salondesk_row(member_number="M2", name="Bell\x07 Ringer", mobile="13900001111", notes="a\x1bb"),
    ]
    result = imp.import_customers(new_uow(), owner, clock, "\n".join([SALONDESK_HEADER, *rows]).encode())
    problems = {r.name: [p.code for p in r.problems] for r in result.preview.rows}
    assert problems == {"Long Number": ["member_number_too_long"], "Bell Ringer": ["control_characters"]}
    saved = customers(new_uow)
    assert saved["Long Number"].member_number is None
    assert saved["Bell Ringer"].notes == "ab"
