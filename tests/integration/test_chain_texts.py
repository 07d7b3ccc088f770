"""The fast canonical texts give exactly the bytes of the general canonical form (hashes never change).

``domain.signing.canonical_json`` writes the canonical JSON in one pass, and the hygiene
register's verification reader (``services.hygiene._run_texts``) writes each run's text
straight from the stored columns; both must equal ``json.dumps(canonical_value(...))`` of
the content functions byte for byte, or every existing database would stop verifying.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from enum import IntEnum, StrEnum
from typing import Any

import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import Engine
from sqlmodel import Session

from salondesk.db.uow import UowFactory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.hygiene import ChecklistItem, ChecklistResult, ChecklistRun, ChecklistTemplate, ItemResult
from salondesk.domain.permissions import Actor
from salondesk.domain.signing import canonical_json, canonical_value, value_text
from salondesk.services import hygiene as svc
from salondesk.services.records_chain import plain_column, plain_rows


def _reference(value: Any) -> str:
    return json.dumps(canonical_value(value), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


class _Colour(StrEnum):
    RED = "red"


class _Level(IntEnum):
    HIGH = 300


# text with Chinese, quotes, backslashes, control characters, line separators and emoji
TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=12) | st.sampled_from(
    ["", "84消毒液", 'a"b\\c', "\n\t\x00\x1f\x7f", "\u2028\u2029", "😀", "林悦"]
)
# what a text column can hold on every database (PostgreSQL refuses NUL)
STORED_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12) | st.sampled_from(
    ["", "84消毒液", 'a"b\\c', "\n\t\x1f\x7f", "\u2028\u2029", "😀", "林悦"]
)
ZONES = st.sampled_from([None, UTC, timezone(timedelta(hours=8)), timezone(timedelta(hours=-5, minutes=-30))])
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.decimals(allow_nan=False, allow_infinity=False, places=4)
    | TEXT
    | st.dates()
    | st.builds(lambda d, z: d.replace(tzinfo=z), st.datetimes(), ZONES)
    | st.sampled_from([_Colour.RED, _Level.HIGH, Decimal("250.00"), -0.0, 10**28, date(999, 1, 2)])
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(TEXT | st.integers(-3, 3), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None)
@given(VALUES)
def test_canonical_json_is_the_general_form_byte_for_byte(value: Any) -> None:
    content = {"v": value, "id": 7}
    assert canonical_json(content) == _reference(content)
    assert value_text(value) == _reference(value)


def test_canonical_json_of_known_values() -> None:
    content = {
        "b": 250.0,
        "a": Decimal("250.00"),
        "when": datetime(2026, 11, 23, 17, 30, tzinfo=timezone(timedelta(hours=8))),
        "naive": datetime(2026, 11, 23, 9, 30),
        "utc": datetime(2026, 11, 23, 9, 30, 0, 5, tzinfo=UTC),
        "old": datetime(999, 1, 2, tzinfo=UTC),
        "day": date(2026, 11, 23),
        "zh": "季铵盐消毒液 250 mg/L",
        1: "an int key",
        "nested": [None, True, {"z": 1, "y": [2, "x"]}],
    }
    assert canonical_json(content) == _reference(content)
    assert '"when":"2026-11-23T09:30:00.000000Z"' in canonical_json(content)


# ---------------------------------------------------------------- the hygiene register's reader
RESULT_ROWS = st.fixed_dictionaries(
    {
        "result": st.sampled_from(list(ItemResult)),
        "values": st.dictionaries(
            st.sampled_from(["product", "dilution", "contact_min", "temperature_c", "消毒"]),
            st.one_of(TEXT, st.integers(-1000, 10**6), st.floats(allow_nan=False, allow_infinity=False), st.none()),
            max_size=3,
        ),
        "note": STORED_TEXT,
        "photo_hash": st.none() | st.just("ab" * 32),
        "action": STORED_TEXT,
        "action_done": st.booleans(),
        "action_owner": st.booleans(),
        "action_due": st.none() | st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    }
)
RUN_ROWS = st.fixed_dictionaries(
    {
        "late": st.booleans(),
        "late_reason": STORED_TEXT,
        "clock_anomaly": st.booleans(),
        "correction_reason": STORED_TEXT,
        "note": STORED_TEXT,
        "corrects": st.booleans(),
        "signed_at": st.datetimes(min_value=datetime(2001, 1, 1), max_value=datetime(2099, 1, 1)),
        "station": st.booleans(),
        "results": st.lists(RESULT_ROWS, max_size=5),
    }
)


def _insert_runs(session: Session, runs: list[dict[str, Any]], staff_id: int) -> list[int]:
    template = session.execute(sa.select(ChecklistTemplate.__table__)).first()  # type: ignore[attr-defined]
    assert template is not None
    items = [i.id for i in session.execute(sa.select(ChecklistItem.__table__)).all()]  # type: ignore[attr-defined]
    station = session.execute(sa.text("SELECT id FROM station ORDER BY id LIMIT 1")).scalar()
    ids: list[int] = []
    for spec in runs:
        day = spec["signed_at"].date()
        run = ChecklistRun(
            template_id=template.id,
            template_key=template.key,
            station_id=station if spec["station"] else None,
            period_start=day,
            period_end=day + timedelta(days=6),
            signed_by=staff_id,
            signed_at=spec["signed_at"].replace(tzinfo=UTC),
            late=spec["late"],
            late_reason=spec["late_reason"],
            clock_anomaly=spec["clock_anomaly"],
            corrects_id=ids[-1] if spec["corrects"] and ids else None,
            correction_reason=spec["correction_reason"],
            note=spec["note"],
            prev_hash="",
            hash="x",
        )
        session.add(run)
        session.flush()
        assert run.id is not None
        for index, res in enumerate(spec["results"]):
            session.add(
                ChecklistResult(
                    run_id=run.id,
                    item_id=items[index % len(items)],
                    result=res["result"],
                    values_json=json.dumps(res["values"], ensure_ascii=False),
                    note=res["note"],
                    photo_hash=res["photo_hash"],
                    action=res["action"],
                    action_done=res["action_done"],
                    action_owner_id=staff_id if res["action_owner"] else None,
                    action_due=res["action_due"],
                )
            )
        session.flush()
        ids.append(run.id)
    return ids


def _general_texts(session: Session, after_id: int) -> list[tuple[int, str, str, str]]:
    id_column = plain_column(ChecklistRun, "id")
    rows = list(session.execute(plain_rows(ChecklistRun).where(id_column > after_id).order_by(id_column)).all())
    contents = svc._run_contents(session, rows)
    return [(r.id, r.prev_hash, r.hash, _reference(c)) for r, c in zip(rows, contents, strict=True)]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(RUN_ROWS, min_size=1, max_size=6))
def test_hygiene_run_texts_are_the_content_texts_byte_for_byte(
    engine: Engine, new_uow: UowFactory, clock: FrozenClock, technician: Actor, runs: list[dict[str, Any]]
) -> None:
    svc.install_default_templates(new_uow(), clock)
    assert technician.staff_id is not None
    with Session(engine) as session:  # rolled back at the end: each example starts from the same tables
        before = session.execute(sa.text("SELECT COALESCE(MAX(id), 0) FROM checklistrun")).scalar_one()
        _insert_runs(session, runs, technician.staff_id)
        fast = svc._run_texts(session, before, 1000)
        assert fast == _general_texts(session, before)
        # batches of two: a batch's results are read by its id range
        paged: list[Any] = []
        while batch := svc._run_texts(session, paged[-1][0] if paged else before, 2):
            paged.extend(batch)
        assert paged == fast
        session.rollback()
