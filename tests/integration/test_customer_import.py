"""Customer import/export: each format, messy files, validation report, all-or-nothing, random bytes."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salondesk.db.uow import UowFactory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.customers import Customer, CustomerSearchToken, ImportFileError
from salondesk.domain.errors import PermissionDenied
from salondesk.domain.permissions import Actor
from salondesk.queries import customers as q
from salondesk.services import customer_import as imp
from salondesk.services import customers as svc

FRESHA_HEADER = (
    '"Client ID","First Name","Last Name","Full Name","Blocked","Block Reason","Gender","Mobile Number",'
    '"Telephone","Email","Accepts Marketing","Accepts SMS Marketing","Address","Apartement Suite","Area","City",'
    '"State","Post Code","Date of Birth","Added","Note","Referral Source"'
)
SQUARE_HEADER = (
    "Reference ID,First Name,Last Name,Email Address,Phone Number,Nickname,Company Name,Street Address 1,"
    "Street Address 2,City,State,Postal Code,Birthday,Memo,Square Customer ID,Creation Source,First Visit,"
    "Last Visit,Transaction Count,Lifetime Spend,Email Subscription Status,Instant Profile,"
    "Blocked from online booking"
)


def fresha_row(cid: str, first: str, last: str, mobile: str, dob: str = "", note: str = "", tags: str | None = None):
    cells = [cid, first, last, f"{first} {last}".strip(), "false", "", "Female", mobile, "", "a@b.c", "yes", "no"]
    cells += ["", "", "", "Shanghai", "", "", dob, "2024-01-01", note, "Instagram"]
    if tags is not None:
        cells.append(tags)
    return ",".join('"' + c.replace('"', '""') + '"' for c in cells)


def square_row(ref: str, first: str, last: str, phone: str, birthday: str = "", memo: str = "") -> str:
    cells = [ref, first, last, "", phone, "", "", "", "", "", "", "", birthday, memo, "SQ" + ref, "Appointments"]
    cells += ["2024-01-01", "2026-11-01", "3", "￥900", "subscribed", "false", "false"]
    return ",".join('"' + c.replace('"', '""') + '"' if "," in c or "\n" in c else c for c in cells)


def count(new_uow: UowFactory) -> int:
    with new_uow() as uow:
        return int(uow.session.execute(sa.select(sa.func.count()).select_from(Customer)).scalar_one())


def test_fresha_with_bom_blank_lines_quoted_newlines_and_tags(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor
) -> None:
    text = "\r\n".join(
        [
            FRESHA_HEADER + ',"Tags"',
            fresha_row("1", "Wei", "Zhang", "+86 138-1234-5678", "14/03/1990", "line one\nline two", "VIP, colour"),
            "",
            fresha_row("2", "芳", "王", "139 0000 1111", "1985-07-09", tags=""),
            fresha_row("3", "Bad", "Phone", "12345", tags=""),
            fresha_row("4", "Bad", "Date", "13700002222", "31/31/2000", tags=""),
            fresha_row("5", "Same", "Phone", "13812345678", tags=""),
            "",
        ]
    )
    data = b"\xef\xbb\xbf" + text.encode("utf-8")
    preview = imp.preview_import(new_uow(), owner, clock, data)
    assert preview.format == imp.ImportFormat.FRESHA and preview.encoding == "utf-8-sig"
    report = {r.line: (r.action, [p.code for p in r.problems]) for r in preview.rows}
    assert report == {
        2: (imp.RowAction.NEW, []),
        5: (imp.RowAction.NEW, []),
        6: (imp.RowAction.NEW, ["bad_phone_kept"]),  # imported, the typed number kept aside
        7: (imp.RowAction.NEW, ["bad_date"]),
        8: (imp.RowAction.SKIP, ["duplicate_in_file"]),
    }
    assert "line 2" in preview.rows[-1].problems[0].render()
    result = imp.import_customers(new_uow(), owner, clock, data)
    assert (result.created, result.invalid, result.skipped) == (4, 0, 1)
    with new_uow() as uow:
        wei = uow.session.exec(sa.select(Customer).where(Customer.mobile_e164 == "+8613812345678")).scalar_one()
        assert (wei.name, wei.birthday, wei.notes, wei.tags) == (
            "Wei Zhang",
            date(1990, 3, 14),
            "line one\nline two",
            "VIP, colour",
        )
        assert wei.marketing_consent and wei.referral_source == "Instagram"
    # family name first, no space
    assert [h.name for h in q.search_customers(new_uow(), owner, "1111").hits] == ["王芳"]


def test_square_in_gbk_with_us_dates_and_year_less_birthdays(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor
) -> None:
    text = "\n".join(
        [
            SQUARE_HEADER,
            square_row("M001", "伟", "张", "13812345678", "03/14/1990", "怕痒"),
            square_row("M002", "Anna", "Lee", "(139) 0000-2222", "07-09"),
        ]
    )
    data = text.encode("gbk")
    result = imp.import_customers(new_uow(), owner, clock, data, fmt="square")
    assert result.preview.encoding == "gb18030" and result.created == 2
    with new_uow() as uow:
        rows = {c.name: c for c in uow.session.exec(sa.select(Customer)).scalars()}
        assert rows["张伟"].birthday == date(1990, 3, 14) and rows["张伟"].member_number == "M001"
        assert rows["张伟"].notes == "怕痒" and rows["张伟"].last_visit_at == datetime(2026, 11, 1, tzinfo=UTC)
        anna = rows["Anna Lee"]
        assert (anna.birthday, anna.birth_month, anna.birth_day) == (None, 7, 9)
        tokens = uow.session.execute(sa.select(sa.func.count()).select_from(CustomerSearchToken)).scalar_one()
        assert tokens == 3  # 张, 伟, 张伟
    assert [h.name for h in q.search_customers(new_uow(), owner, "zw").hits] == ["张伟"]


def test_existing_customers_are_skipped_or_merged(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, receptionist: Actor
) -> None:
    cid = svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput("张伟", "13812345678"))
    data = "\n".join([SQUARE_HEADER, square_row("M9", "Wei", "Zhang", "+8613812345678", "1990-03-14")]).encode()
    skipped = imp.import_customers(new_uow(), owner, clock, data)
    assert (skipped.created, skipped.skipped, skipped.merged) == (0, 1, 0)
    assert skipped.preview.rows[0].problems[0].code == "exists_skip"
    merged = imp.import_customers(new_uow(), owner, clock, data, on_existing="merge")
    assert merged.merged == 1 and count(new_uow) == 1
    with new_uow() as uow:
        c = uow.session.get(Customer, cid)
        assert c is not None and c.name == "张伟" and c.birthday == date(1990, 3, 14) and c.member_number == "M9"


def test_dry_run_and_permissions_change_nothing(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, receptionist: Actor
) -> None:
    data = "\n".join([SQUARE_HEADER, square_row("1", "A", "B", "13812345678")]).encode()
    result = imp.import_customers(new_uow(), owner, clock, data, dry_run=True)
    assert result.created == 1 and result.dry_run and count(new_uow) == 0
    with pytest.raises(PermissionDenied):
        imp.import_customers(new_uow(), receptionist, clock, data)
    assert count(new_uow) == 0


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "The file is empty."),
        (b"\n\n  \n", "The file is empty."),
        (b"name;phone\nx;y", "not a SalonDesk, Fresha or Square"),
        (b"\xff\xfe\x00\x00garbage\x81", "could not be recognised for certain"),
        (b"a,b\x00c\n", "not a CSV"),
    ],
)
def test_unreadable_files_get_a_clear_message(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, data: bytes, code: str
) -> None:
    with pytest.raises(ImportFileError) as err:
        imp.import_customers(new_uow(), owner, clock, data)
    assert code in err.value.render()
    assert count(new_uow) == 0


def test_forced_format_must_match_the_header(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
    data = "\n".join([SQUARE_HEADER, square_row("1", "A", "B", "13812345678")]).encode()
    with pytest.raises(ImportFileError, match="Client ID"):
        imp.import_customers(new_uow(), owner, clock, data, fmt="fresha")


def test_all_or_nothing_when_the_commit_fails(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [square_row(str(i), "A", str(i), f"1381234{i:04d}") for i in range(2500)]
    data = "\n".join([SQUARE_HEADER, *rows]).encode()

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(imp, "_merge_into", boom)
    monkeypatch.setattr(imp.audit, "record", boom)
    with pytest.raises(RuntimeError):
        imp.import_customers(new_uow(), owner, clock, data)
    assert count(new_uow) == 0


def test_salondesk_csv_round_trip_is_exact(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, receptionist: Actor, engine: sa.Engine, tmp_path
) -> None:
    svc.create_customer(
        new_uow(),
        receptionist,
        clock,
        svc.CustomerInput(
            "曾志伟", "13812345678", "021 6123 4567", "male", date(1970, 1, 2), member_number="M1",
            tags=["VIP", "colour"], notes='says "hi",\nnewline', referral_source="friend",
            marketing_consent=True, privacy_consent=True,
        ),
    )  # fmt: skip
    svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput("Anna", birth_month=2, birth_day=29))
    text, rows = imp.export_customers_csv(new_uow(), owner, clock)
    assert rows == 2 and text.splitlines()[0] == ",".join(imp.SALONDESK_COLUMNS)
    with pytest.raises(PermissionDenied):
        imp.export_customers_csv(new_uow(), receptionist, clock)
    # import into a second, empty salon and export again: the same text
    from salondesk.db.engine import make_engine
    from salondesk.db.migrate import upgrade
    from salondesk.db.uow import uow_factory
    from salondesk.domain.settings import default_opening_hours
    from salondesk.services import setup

    other = make_engine(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    upgrade(other)
    other_uow = uow_factory(other)
    boss = setup.run_first_setup(
        other_uow(), clock, setup.FirstRun("B", "Asia/Shanghai", default_opening_hours(), "Boss", "1234")
    )
    result = imp.import_customers(other_uow(), boss, clock, text.encode("utf-8"))
    assert result.preview.format == imp.ImportFormat.SALONDESK and result.created == 2
    again, _ = imp.export_customers_csv(other_uow(), boss, clock)
    assert again == text
    other.dispose()


def test_each_imported_customer_gets_its_own_search_keys_after_existing_ones(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor
) -> None:
    """The batch insert numbers the new files itself (SQLite): every token row must belong to its own name."""
    from salondesk.domain.customers import token_rows

    for name, phone in (("陈静", "13900000001"), ("Anna Lee", "13900000002")):
        svc.create_customer(new_uow(), owner, clock, svc.CustomerInput(name, phone))
    names = [f"{s}{g}" for s in "王李张刘陈杨" for g in ("伟", "芳芳", "娜")] + ["Grace Wong", "Zoe Ng"]
    rows = [fresha_row(str(i), n[1:], n[0], f"1370000{i:04d}") for i, n in enumerate(names) if not n.isascii()]
    rows += [fresha_row("90", "Grace", "Wong", "13711110000"), fresha_row("91", "Zoe", "Ng", "13711110001")]
    result = imp.import_customers(new_uow(), owner, clock, "\n".join([FRESHA_HEADER, *rows]).encode())
    assert result.created == len(names)
    with new_uow() as uow:
        customers = uow.session.execute(sa.select(Customer.id, Customer.name, Customer.mobile_e164)).all()
        tokens = uow.session.execute(sa.select(CustomerSearchToken.customer_id, CustomerSearchToken.token)).all()
    assert len({c.id for c in customers}) == len(customers) == len(names) + 2
    for customer in customers:
        assert {t.token for t in tokens if t.customer_id == customer.id} == {
            t["token"] for t in token_rows(customer.id, customer.name)
        }
    by_phone = {c.mobile_e164: c.name for c in customers}
    assert by_phone["+8613700000000"] == "王伟" and by_phone["+8613711110001"] == "Zoe Ng"
    assert [h.name for h in q.search_customers(new_uow(), owner, "李芳").hits] == ["李芳芳"]
    new_file = svc.create_customer(new_uow(), owner, clock, svc.CustomerInput("后来", "13900000009"))
    assert new_file == max(c.id for c in customers) + 1  # numbering goes on after the import's ids


def test_fifty_thousand_rows_import_whole_with_progress(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
    """A big file imports completely and reports progress; its speed is benchmarks/' job, not a timed test."""
    rows = [square_row(f"R{i}", "伟" if i % 2 else "Anna", f"张{i % 97}", f"13{i:09d}") for i in range(50_000)]
    data = "\n".join([SQUARE_HEADER, *rows]).encode("utf-8")
    seen: list[tuple[int, int]] = []
    result = imp.import_customers(new_uow(), owner, clock, data, progress=lambda d, t: seen.append((d, t)))
    assert result.created == 50_000 and count(new_uow) == 50_000
    # the rows read, then the rows written: one bar that only moves forward and ends full
    assert seen[-1] == (100_000, 100_000) and len(seen) > 20
    assert all(d / t <= d2 / t2 for (d, t), (d2, t2) in itertools.pairwise(seen))
    assert any(t == 100_000 and d < 50_000 for d, t in seen)  # reading reported before anything is written


def test_a_cancelled_import_writes_nothing(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
    rows = [square_row(f"R{i}", "Anna", f"Lee{i}", f"13{i:09d}") for i in range(5_000)]
    data = "\n".join([SQUARE_HEADER, *rows]).encode("utf-8")
    for stop_after in (1, 7):  # while reading; while writing (after 2,000 rows went in)
        asked = 0

        def cancelled(stop_after: int = stop_after) -> bool:
            nonlocal asked
            asked += 1
            return asked > stop_after

        with pytest.raises(imp.ImportCancelled) as err:
            imp.import_customers(new_uow(), owner, clock, data, cancelled=cancelled)
        assert err.value.render() == "The import was cancelled."
        assert count(new_uow) == 0
        with new_uow() as uow:
            assert uow.session.execute(sa.select(sa.func.count()).select_from(CustomerSearchToken)).scalar_one() == 0
    assert imp.import_customers(new_uow(), owner, clock, data, cancelled=lambda: False).created == 5_000


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=400), st.text(max_size=200).map(lambda t: t.encode("utf-8", "replace"))))
def test_random_bytes_never_crash_and_never_write(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, data: bytes
) -> None:
    before = count(new_uow)
    try:
        result = imp.import_customers(new_uow(), owner, clock, data)
    except ImportFileError:
        pass
    else:  # only a file with a known header gets this far; nothing random has one
        assert result.created == 0
    assert count(new_uow) == before


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=300))
def test_random_rows_under_a_real_header_never_crash(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, body: bytes
) -> None:
    data = SQUARE_HEADER.encode() + b"\n" + body
    try:
        preview = imp.preview_import(new_uow(), owner, clock, data)
    except ImportFileError:
        return
    for row in preview.rows:
        assert row.action in set(imp.RowAction)
        for problem in row.problems:
            assert problem.render()


def test_an_import_after_its_preview_takes_the_rows_as_read_and_matches_existing_customers_again(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, receptionist: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [square_row(f"R{i}", "Anna", f"Lee{i}", f"1381234{i:04d}") for i in range(30)]
    data = "\n".join([SQUARE_HEADER, *rows, square_row("X", "Bad", "Date", "13900000000", "31/31/2000")]).encode()
    preview = imp.preview_import(new_uow(), owner, clock, data)
    # after the preview, a receptionist files one of the file's customers: the import must skip it
    svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput("Anna Lee7", "13812340007"))
    read_again: list[bytes] = []
    original = imp.read_customer_file
    monkeypatch.setattr(
        imp, "read_customer_file", lambda data, *a, **k: read_again.append(data) or original(data, *a, **k)
    )
    result = imp.import_customers(new_uow(), owner, clock, data, previewed=preview)
    assert read_again == [] and (result.created, result.skipped) == (30, 1)
    assert [p.code for p in result.preview.rows[7].problems] == ["exists_skip"]
    assert [p.code for p in result.preview.rows[-1].problems] == ["bad_date"]
    assert count(new_uow) == 31
    # another file, or the same bytes read as another format, is read again
    other = data.replace(b"Lee", b"Ng")
    assert imp.import_customers(new_uow(), owner, clock, other, previewed=preview, dry_run=True).skipped == 31
    with pytest.raises(ImportFileError):
        imp.import_customers(new_uow(), owner, clock, data, fmt="fresha", previewed=preview, dry_run=True)
    assert read_again == [other, data]


@pytest.mark.sqlite_only  # the trigram index exists on SQLite only
def test_the_trigram_index_holds_every_imported_customer_and_keeps_its_trigger(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, engine: sa.Engine
) -> None:
    from salondesk.db.customer_search import FTS_COLUMNS, ensure_fts, fts_match_ids

    assert ensure_fts(engine)

    def trigger_sql() -> str | None:
        with engine.connect() as conn:
            query = "SELECT sql FROM sqlite_master WHERE name = ?"
            return conn.exec_driver_sql(query, (imp.FTS_INSERT_TRIGGER,)).scalar_one_or_none()

    before = trigger_sql()
    svc.create_customer(new_uow(), owner, clock, svc.CustomerInput("欧阳娜娜", "13900000001"))  # through the trigger
    names = ["张伟明", "Grace Wong", "李芳芳", "Zoë Müller", "欧阳静", "Anna Lee", "王小明"]
    rows = [square_row(str(i), n, "", f"1371234{i:04d}") for i, n in enumerate(names * 20)]
    data = "\n".join([SQUARE_HEADER, *rows]).encode()
    with pytest.raises(imp.ImportCancelled):  # stopped after its first 1,000… here: before commit
        imp.import_customers(new_uow(), owner, clock, data, cancelled=lambda: True)
    assert trigger_sql() == before and count(new_uow) == 1
    result = imp.import_customers(new_uow(), owner, clock, data)
    assert result.created == len(rows) and trigger_sql() == before
    # every query finds through the index exactly what a substring search of the table finds
    queries = [
        "zhang",
        "wei",
        "ouyang",
        "cewo",
        "wong",
        "1371234",
        "2340",
        "müller",
        "张伟明",
        "欧阳静",
        "ann",
        "xiaom",
    ]
    like = " OR ".join(f"{c} LIKE :q" for c in FTS_COLUMNS)
    with engine.connect() as conn:
        for query in queries:
            found = {r[0] for r in conn.execute(fts_match_ids(query, FTS_COLUMNS))}
            substring = sa.text(f"SELECT id FROM customer WHERE {like}")
            expected = {r[0] for r in conn.execute(substring, {"q": f"%{query}%"})}
            assert found == expected and expected, query
    # a file typed in afterwards still goes through the trigger
    svc.create_customer(new_uow(), owner, clock, svc.CustomerInput("Later Customer", "13900000002"))
    assert [h.name for h in q.search_customers(new_uow(), owner, "later cust").hits] == ["Later Customer"]
