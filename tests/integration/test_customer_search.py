"""Counter search: what matches, in which order, through indexes, with and without FTS5."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from salondesk.db import customer_search
from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.db.uow import UowFactory, uow_factory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.contact import may_see_contact
from salondesk.domain.customers import Customer, CustomerSearchToken, search_columns, token_rows
from salondesk.domain.name_search import parse_phone
from salondesk.domain.permissions import Actor
from salondesk.queries import customers as q
from salondesk.services import customers as svc

PEOPLE = [
    # name, mobile, member, days since last visit
    ("张伟", "13812345678", "M1001", 3),
    ("张伟明", "13900001111", None, 1),
    ("曾志伟", "13700002222", None, None),
    ("单伟", "13600003333", None, 40),
    ("王芳", "13500005678", "5678", 100),
    ("John Smith", "+44 7911 123456", "VIP7", 10),
    ("Anna Zhang", "13400004444", None, 2),
]


@pytest.fixture
def salon(new_uow: UowFactory, clock: FrozenClock, receptionist: Actor) -> dict[str, int]:
    ids: dict[str, int] = {}
    for name, mobile, member, days in PEOPLE:
        cid = svc.create_customer(
            new_uow(), receptionist, clock, svc.CustomerInput(name, mobile, member_number=member or "")
        )
        if days is not None:
            with new_uow() as uow:
                uow.session.execute(  # as an imported file's last visit: search ranks by it
                    sa.update(Customer)
                    .where(Customer.id == cid)
                    .values(last_visit_at=clock.now() - timedelta(days=days))
                )
                uow.commit()
        ids[name] = cid
    return ids


def names(new_uow: UowFactory, actor: Actor, text: str) -> list[str]:
    return [h.name for h in q.search_customers(new_uow(), actor, text).hits]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zw", ["张伟明", "张伟"]),  # initials prefix, recent first
        ("zhangwei", ["张伟明", "张伟"]),
        ("ZhangWei", ["张伟明", "张伟"]),
        ("zzw", ["曾志伟"]),  # surname 曾 read zeng
        ("sw", ["单伟"]),  # surname 单 read shan
        ("shanwei", ["单伟"]),
        ("伟", ["张伟明", "张伟", "单伟", "曾志伟"]),  # one character anywhere (token table)
        ("志伟", ["曾志伟"]),  # a bigram in the middle
        ("张伟明", ["张伟明"]),  # three characters (FTS trigram on SQLite)
        ("john", ["John Smith"]),
        ("SMITH", ["John Smith"]),  # Latin, case-insensitive, anywhere
        ("mith", ["John Smith"]),
        ("1111", ["张伟明"]),  # last four digits
        ("0000", ["张伟明", "Anna Zhang", "单伟", "王芳", "曾志伟"]),  # any run of ≥ 4 digits
        ("138 1234 5678", ["张伟"]),
        ("+86 138-1234-5678", ["张伟"]),
        ("m1001", ["张伟"]),  # member number, case-insensitive
        ("vip", ["John Smith"]),  # member number prefix
        ("nobody", []),
        ("", []),
    ],
)
def test_matches(
    salon: dict[str, int], new_uow: UowFactory, receptionist: Actor, text: str, expected: list[str]
) -> None:
    assert names(new_uow, receptionist, text) == expected


def test_exact_phone_or_member_number_ranks_first(
    salon: dict[str, int], new_uow: UowFactory, receptionist: Actor
) -> None:
    result = q.search_customers(new_uow(), receptionist, "5678")
    # 王芳's member number is exactly 5678 (rank 0) and beats 张伟's phone tail (rank 1) despite 张伟's recent visit
    assert [(h.name, h.rank) for h in result.hits] == [("王芳", 0), ("张伟", 1)]
    assert result.total == 2


def test_phone_tail_ranks_before_a_run_in_the_middle(
    salon: dict[str, int], new_uow: UowFactory, clock: FrozenClock, receptionist: Actor
) -> None:
    svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput("Recent Run", "13911114444"))
    hits = q.search_customers(new_uow(), receptionist, "1111").hits
    assert [(h.name, h.rank) for h in hits] == [("张伟明", 1), ("Recent Run", 2)]


def test_name_prefix_ranks_before_the_rest(salon: dict[str, int], new_uow: UowFactory, receptionist: Actor) -> None:
    hits = q.search_customers(new_uow(), receptionist, "zhang").hits
    # pinyin prefix (张伟明, 张伟) rank 1 before "Anna Zhang" (substring, rank 2) although Anna came most recently
    assert [(h.name, h.rank) for h in hits] == [("张伟明", 1), ("张伟", 1), ("Anna Zhang", 2)]


def test_renaming_updates_every_key(
    salon: dict[str, int], new_uow: UowFactory, clock: FrozenClock, receptionist: Actor
) -> None:
    svc.update_customer(new_uow(), receptionist, clock, salon["单伟"], svc.CustomerInput("单丽", "13600003333"))
    assert names(new_uow, receptionist, "sl") == ["单丽"]
    assert "单伟" not in names(new_uow, receptionist, "伟")
    assert names(new_uow, receptionist, "单丽") == ["单丽"]


def test_portable_fallback_gives_the_same_answers(
    salon: dict[str, int], new_uow: UowFactory, receptionist: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    queries = ["zw", "伟", "张伟明", "志伟", "mith", "0000", "5678", "vip"]
    with_fts = {t: names(new_uow, receptionist, t) for t in queries}
    monkeypatch.setattr(q, "ensure_fts", lambda engine: False)
    assert {t: names(new_uow, receptionist, t) for t in queries} == with_fts


def insert_customer(conn: sa.Connection, values: dict[str, object]) -> int:
    """A customer row with its search columns and tokens, as bulk writers insert it (no service, no trigger of ours)."""
    name, e164 = str(values["name"]), values.get("mobile_e164")
    search = search_columns(name, e164 if isinstance(e164, str) else None, None)
    cid = int(conn.execute(sa.insert(Customer).values(**values, **search).returning(Customer.id)).scalar_one())
    rows = token_rows(cid, name)
    if rows:
        conn.execute(sa.insert(CustomerSearchToken), rows)
    return cid


@pytest.fixture
def sqlite_salon(tmp_path) -> Iterator[Engine]:
    """A SQLite file with the people above, bulk-inserted (FTS5 and query plans are SQLite's)."""
    engine = make_engine(f"sqlite:///{tmp_path / 'fts.sqlite3'}")
    upgrade(engine)
    now = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    with engine.begin() as conn:
        for name, mobile, member, _days in PEOPLE:
            e164 = parse_phone(mobile, "CN")
            values = {"name": name, "mobile_e164": e164, "member_number": member, "created_at": now}
            insert_customer(conn, values)
    yield engine
    engine.dispose()


def _ids(engine: Engine, text: str) -> list[int]:
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(q.search_sql(text, customer_search.ensure_fts(engine)))]


def test_fts_index_follows_core_inserts_and_is_rebuilt_when_missing(sqlite_salon: Engine) -> None:
    engine = sqlite_salon
    assert customer_search.ensure_fts(engine)
    now = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    with engine.begin() as conn:
        new_id = conn.execute(
            sa.insert(Customer)
            .values(name="Bulk Person", created_at=now, **search_columns("Bulk Person", None, None))
            .returning(Customer.id)
        ).scalar_one()
    assert _ids(engine, "ulk pers") == [new_id]  # the trigger indexed it
    customer_search.drop_fts(engine)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM sqlite_master WHERE name = 'customer_fts'")).scalar() == 0
    assert _ids(engine, "ulk pers") == [new_id]  # rebuilt on first use
    assert customer_search.ensure_fts(engine)


def test_search_uses_indexes_not_scans(sqlite_salon: Engine) -> None:
    engine = sqlite_salon
    assert customer_search.ensure_fts(engine)
    with engine.connect() as conn:
        for text in ["zw", "伟", "张伟明", "5678", "13812345678", "mith", "m1001"]:
            statement = q.search_sql(text, use_fts=True)
            compiled = statement.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True})
            plan = " | ".join(str(r[-1]) for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}"))
            assert "SCAN customer " not in plan + " " and "SCAN customer_search_token" not in plan, (text, plan)
            assert _ids(engine, text), text  # and each finds someone


def test_on_other_databases_there_is_no_fts(engine: Engine) -> None:
    """PostgreSQL (and SQLite without trigram) take the portable path: ensure_fts says no, search still works."""
    expected = engine.dialect.name == "sqlite"
    assert customer_search.ensure_fts(engine) is expected


def test_erased_and_merged_files_are_not_found(
    salon: dict[str, int], new_uow: UowFactory, clock: FrozenClock, owner: Actor
) -> None:
    svc.erase_customer(new_uow(), owner, clock, salon["曾志伟"], "asked")
    assert names(new_uow, owner, "zzw") == []
    assert names(new_uow, owner, "2222") == []


def test_recent_visitors_first_within_a_rank(salon: dict[str, int], new_uow: UowFactory, receptionist: Actor) -> None:
    hits = q.search_customers(new_uow(), receptionist, "伟").hits
    visits = [h.last_visit_at for h in hits]
    known = [v for v in visits if v is not None]
    assert known == sorted(known, reverse=True) and visits[-1] is None
    assert all(v is None or v.tzinfo is not None for v in visits)
    assert hits[0].last_visit_at is not None and hits[0].last_visit_at > datetime(2026, 1, 1, tzinfo=UTC)


def test_many_matches_give_the_first_page_in_the_raw_sql_order_and_the_count_on_request(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor
) -> None:
    """More matches than shown: the same hits in the same order as the raw SQL, the exact count apart."""
    made = []
    for i in range(23):
        name = ["李娜", "李静", "李强", "Li Wen"][i % 4] + ("" if i < 4 else str(i))
        cid = svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput(name, f"1390000{i:04d}"))
        if i % 3:
            with new_uow() as uow:  # as an imported file's last visit: search ranks by it
                uow.session.execute(
                    sa.update(Customer)
                    .where(Customer.id == cid)
                    .values(last_visit_at=clock.now() - timedelta(days=(i * 7) % 11))
                )
                uow.commit()
        made.append(cid)
    engine = new_uow().engine
    for text in ("li", "李", "0000"):
        with engine.connect() as conn:
            raw = [
                r[0]
                for r in conn.execute(
                    q.search_sql(q.normalise_text(text), customer_search.ensure_fts(engine), limit=1000)
                )
            ]
        assert len(raw) > 10, text
        page = q.search_customers(new_uow(), receptionist, text, limit=10)
        assert [h.id for h in page.hits] == raw[:10], text
        assert page.total is None  # more than shown: not counted with the page
        assert q.count_customers(new_uow(), receptionist, text) == len(raw)
        everything = q.search_customers(new_uow(), receptionist, text, limit=len(raw))
        assert [h.id for h in everything.hits] == raw and everything.total == len(raw)
    few = q.search_customers(new_uow(), receptionist, "ln", limit=10)  # 李娜 only: no more than shown
    assert few.total == len(few.hits) == q.count_customers(new_uow(), receptionist, "ln") == 6
    assert q.count_customers(new_uow(), receptionist, "nobody") == 0


def test_technicians_cannot_match_phone_digits(
    salon: dict[str, int], new_uow: UowFactory, receptionist: Actor, owner: Actor, technician: Actor
) -> None:
    """A masked number cannot be recovered digit by digit: no digits of a phone match for a technician."""
    for text in ("1111", "0000", "138 1234 5678", "+86 138-1234-5678", "13812345678", "3812", "5678"):
        found = names(new_uow, technician, text)
        assert found == (["王芳"] if text == "5678" else []), text  # 5678: 王芳's member number, not a phone
    for actor in (receptionist, owner):
        assert names(new_uow, actor, "1111") == ["张伟明"]
        assert names(new_uow, actor, "138 1234 5678") == ["张伟"]
    assert names(new_uow, technician, "zw") == ["张伟明", "张伟"]  # names, pinyin and members still match
    assert names(new_uow, technician, "m1001") == ["张伟"]
    assert all("*" in h.phone for h in q.search_customers(new_uow(), technician, "zhangwei").hits)
    assert q.count_customers(new_uow(), technician, "1111") == 0  # nor does the count give them away


# ------------------------------------------------------------------ the service against the plain SQL
HOSTILE = ["%", "_", "'", '"', "\\", "a%b", "li_", "l%", "'; drop table customer; --", '"zhang"', "zh*", "NEAR",
           "li AND wang", "li OR", "NOT li", "{name_norm}: li", "name_pinyin:li", "^li", "-li", "(li)", "li*", ":",
           "*", "+", "()", "1381*", '138"1', "\\%", "ＬＩ", "１３８", "Zhang Wei", "zhang wei", "ZHANGWEI", "  li  ",
           "🙂", "李 ", "li na", "MiXeD", "vip", "VIP7", "m1", "M", "m10", "86", "+86", "+86 138", "0086138",
           "13 8", "1-3-8-1", "(138)", "张-伟", "张w", "w张", "张伟明李"]  # fmt: skip


def _queries_from(engine: Engine) -> list[str]:
    """Queries of every kind the counter types, drawn from the data, and hostile strings."""
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(
                Customer.name,
                Customer.mobile_e164,
                Customer.member_number,
                Customer.name_initials,
                Customer.name_pinyin,
            ).order_by(Customer.id)
        ).all()
    found: list[str] = list(HOSTILE)
    for i, (name, mobile, member, initials, pinyin) in enumerate(rows[::7]):
        found += [name[:1], name[:2], name[-1], name[:3], name.upper()[:4], name.swapcase()]
        found += [initials[:1], initials[:2], initials, pinyin[:2], pinyin[:4], pinyin, pinyin[1:5]]
        if mobile:
            digits = mobile[3:]
            found += [
                digits[-4:],
                digits[3:9],
                digits,
                mobile,
                f"+86 {digits[:3]} {digits[3:7]} {digits[7:]}",
                digits[:4],
            ]
        if member:
            found += [member, member.lower(), member[:3]]
        if i >= 24:
            break
    return list(dict.fromkeys(found))


@pytest.fixture
def varied_salon(engine: Engine) -> Engine:
    """400 demo-like customers (Chinese and English names, mobiles, members), visits with ties, erased and merged."""
    import random

    from salondesk.demo import names as demo_names

    rng = random.Random(18)
    now = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    instants = [now - timedelta(days=d) for d in range(0, 300, 7)]  # few distinct instants: many ties
    mobiles = demo_names.unique_mobiles(rng, 400)
    with engine.begin() as conn:
        for i in range(400):
            name = demo_names.person_name(rng, english_share=0.25)
            e164 = parse_phone(mobiles[i], "CN") if i % 9 else None
            values = {
                "name": name,
                "mobile_e164": e164,
                "member_number": f"M{1000 + i}" if i % 3 == 0 else None,
                "created_at": now,
                "last_visit_at": rng.choice(instants) if i % 5 else None,
                "erased_at": now if i % 37 == 0 else None,
            }
            insert_customer(conn, values)
        conn.execute(sa.update(Customer).where(Customer.id % 41 == 0).values(merged_into_id=1))
    return engine


@pytest.mark.parametrize("dense", [3, 10**9], ids=["read-in-visit-order", "collected"])
def test_the_service_gives_the_plain_sql_answer_for_every_query_and_role(
    varied_salon: Engine, dense: int, monkeypatch: pytest.MonkeyPatch, owner: Actor, receptionist: Actor,
    technician: Actor,
) -> None:  # fmt: skip
    """Same customers in the same order and the same counts as ``search_sql`` (one plain ranked statement).

    ``dense=3`` reads every rank with 3 or more index hits in last-visit order (SQLite), the other
    collects and sorts every rank; both, with and without FTS5, for each role (technicians: no phone digits).
    """
    engine = varied_salon
    new_uow = uow_factory(engine)
    monkeypatch.setattr(q, "DENSE", dense)
    queries = _queries_from(engine)
    assert len(queries) > 300
    for use_fts in (True, False):
        if not use_fts:
            monkeypatch.setattr(q, "ensure_fts", lambda _engine: False)
        fts = q.ensure_fts(engine)
        for actor in (owner, receptionist, technician):
            by_phone = may_see_contact(actor)
            with engine.connect() as conn:
                for text in queries:
                    normal = q.normalise_text(text)
                    plain = (
                        [r[0] for r in conn.execute(q.search_sql(normal, fts, 10_000, by_phone=by_phone))]
                        if normal
                        else []
                    )
                    for limit in (10, 50):
                        result = q.search_customers(new_uow(), actor, text, limit)
                        assert [h.id for h in result.hits] == plain[:limit], (text, actor.role, limit, use_fts)
                        assert result.total == (len(plain) if len(plain) <= limit else None), (text, limit)
                    assert q.count_customers(new_uow(), actor, text) == len(plain), text
    assert any(len(q.search_customers(new_uow(), receptionist, t, 50).hits) == 50 for t in queries)  # pages fill up


@pytest.mark.sqlite_only
def test_a_dense_rank_is_read_in_last_visit_order_from_its_index(
    varied_salon: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Thousands of matches ("li" of 200,000): the first page comes from the last-visit index, not a sort of all."""
    engine = varied_salon
    monkeypatch.setattr(q, "DENSE", 3)
    ways, values = q._ways("l", customer_search.ensure_fts(engine), by_phone=True)
    plan = q._plan(ways, engine.dialect)
    walk = plan.levels[1].walk
    assert walk is not None
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {walk.sql}", walk.parameters({**values, "n": 51})).all()
    steps = " | ".join(str(r[-1]) for r in rows)
    assert "SCAN customer USING INDEX ix_customer_last_visit_at" in steps, steps
    assert "TEMP B-TREE FOR ORDER BY" not in steps, steps  # only ties of one instant are sorted ("RIGHT PART")


def test_a_trigram_index_dropped_behind_the_search_is_rebuilt(sqlite_salon: Engine, receptionist: Actor) -> None:
    """The index is looked for once per engine; if it went missing since, the search rebuilds it and answers."""
    engine = sqlite_salon
    new_uow = uow_factory(engine)
    assert [h.name for h in q.search_customers(new_uow(), receptionist, "张伟明").hits] == ["张伟明"]
    other = make_engine(str(engine.url))
    with other.begin() as conn:  # another process (a restore, an import) dropped it
        conn.exec_driver_sql("DROP TABLE customer_fts")
    other.dispose()
    assert [h.name for h in q.search_customers(new_uow(), receptionist, "张伟明").hits] == ["张伟明"]
    assert q.count_customers(new_uow(), receptionist, "mith") == 1
