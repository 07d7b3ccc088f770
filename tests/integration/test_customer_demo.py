"""The demo's customers: realistic, searchable at once, with allergies, patch tests and duplicates to merge."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from salondesk import demo
from salondesk.db.uow import uow_factory
from salondesk.domain.customers import Customer, CustomerSearchToken, PatchTest
from salondesk.domain.name_search import name_keys
from salondesk.domain.permissions import Actor, Role
from salondesk.queries import customers as q

OWNER = Actor(staff_id=None, name="demo", role=Role.OWNER)


@pytest.fixture
def small_demo(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> demo.DemoSummary:
    monkeypatch.setattr(demo, "GENERATORS", ("salondesk.demo.staff", "salondesk.demo.customers"))
    steps: list[tuple[str, int, int]] = []
    summary = demo.build_demo(
        engine, customers=1200, today=date(2026, 11, 23), progress=lambda *step: steps.append(step)
    )
    assert any(label == "customers" and 0 < done < total for label, done, total in steps)  # progress on the way
    return summary


def test_demo_customers(engine: Engine, small_demo: demo.DemoSummary) -> None:
    with engine.connect() as conn:

        def count(*where: sa.ColumnElement[bool]) -> int:
            return int(conn.execute(sa.select(sa.func.count()).select_from(Customer).where(*where)).scalar_one())

        total = count()
        assert total == small_demo.counts["customer"] == 1200 + 6  # 1 in 200 are duplicates to merge
        assert count(Customer.name_norm == "") == 0 and count(Customer.mobile_e164.is_not(None)) > 1100
        assert count(Customer.allergies != "") > 30
        assert count(Customer.allergies != "", Customer.health_consent_at.is_(None)) == 0  # consent always with data
        english = count(Customer.name.op("GLOB")("*[A-Za-z]*")) if engine.dialect.name == "sqlite" else 1
        assert english > 0
        duplicates = conn.execute(
            sa.select(Customer.mobile_e164)
            .group_by(Customer.mobile_e164)
            .having(sa.func.count() > 1)
            .where(Customer.mobile_e164.is_not(None))
        ).all()
        assert len(duplicates) >= 6
        results = {r[0] for r in conn.execute(sa.select(PatchTest.result))}
        assert results == {"passed", "failed"}
        name, cid = conn.execute(sa.select(Customer.name, Customer.id).where(Customer.id == 77)).one()
        tokens = {
            r[0]
            for r in conn.execute(sa.select(CustomerSearchToken.token).where(CustomerSearchToken.customer_id == cid))
        }
        assert tokens == set(name_keys(name).tokens)
    new_uow = uow_factory(engine)
    assert cid in [h.id for h in q.search_customers(new_uow(), OWNER, name, limit=500).hits]
    assert q.search_customers(new_uow(), OWNER, name_keys(name).initials).hits


def test_merge_moves_appointments_visits_and_service_records(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a demo book: every row of other areas that points at the duplicate moves to the kept file."""
    from salondesk.domain.clock import FrozenClock
    from salondesk.services import customers as svc

    monkeypatch.setattr(
        demo,
        "GENERATORS",
        tuple(g for g in demo.GENERATORS if g.rsplit(".", 1)[-1] in {"staff", "hygiene", "equipment", "catalogue",
                                                                       "customers", "appointments"}),
    )  # fmt: skip
    demo.build_demo(engine, customers=150, months=1, today=date(2026, 11, 23))
    refs = [c for c in svc.customer_references() if c.table.name not in {"customer", "patch_test"}]

    def counts(cid: int) -> dict[str, int]:
        with engine.connect() as conn:
            return {
                f"{c.table.name}.{c.name}": int(
                    conn.execute(sa.select(sa.func.count()).select_from(c.table).where(c == cid)).scalar_one()
                )
                for c in refs
            }

    with engine.connect() as conn:
        busiest = conn.execute(
            sa.text("SELECT customer_id FROM appointment WHERE customer_id IS NOT NULL "
                    "GROUP BY customer_id ORDER BY count(*) DESC LIMIT 2")
        ).scalars().all()  # fmt: skip
    keep, gone = busiest
    before_keep, before_gone = counts(keep), counts(gone)
    assert before_gone["appointment.customer_id"] > 0
    owner = Actor(staff_id=None, name="owner", role=Role.OWNER)
    result = svc.merge_customers(uow_factory(engine)(), owner, FrozenClock(demo.datetime(2026, 11, 23, 3)), keep, gone)
    assert counts(gone) == dict.fromkeys(before_gone, 0)
    assert counts(keep) == {k: before_keep[k] + before_gone[k] for k in before_keep}
    assert {k: v for k, v in result.moved.items() if k in before_gone} == {k: v for k, v in before_gone.items() if v}
