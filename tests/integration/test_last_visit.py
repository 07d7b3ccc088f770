"""``customer.last_visit_at`` is right in every path that creates, moves or keeps visits (issue 15 item 8).

The rule (``services.customers.refresh_last_visit``): the latest start of a service among the
file's visits, or a later last visit an import brought in; a visit left without service does not count.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import select

from salondesk.db import transfer
from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.db.uow import UowFactory, uow_factory
from salondesk.demo import build_demo
from salondesk.domain.clock import FrozenClock
from salondesk.domain.customers import Customer
from salondesk.domain.permissions import Actor
from salondesk.domain.visits import Visit
from salondesk.services import customer_import as imp
from salondesk.services import customers as svc
from salondesk.services import reception

SQUARE_HEADER = (
    "Reference ID,First Name,Last Name,Email Address,Phone Number,Nickname,Company Name,Street Address 1,"
    "Street Address 2,City,State,Postal Code,Birthday,Memo,Square Customer ID,Creation Source,First Visit,"
    "Last Visit,Transaction Count,Lifetime Spend,Email Subscription Status,Instant Profile,"
    "Blocked from online booking"
)


def square_row(ref: str, first: str, last: str, phone: str, last_visit: str) -> str:
    cells = [ref, first, last, "", phone, "", "", "", "", "", "", "", "", "", "SQ" + ref, "Appointments"]
    return ",".join([*cells, "2024-01-01", last_visit, "3", "900", "subscribed", "false", "false"])


def from_visits(uow_or_engine: UowFactory, customer_id: int) -> datetime | None:
    """What the visits alone say: the latest service start."""
    with uow_or_engine() as uow:
        starts = [
            v.service_started_at
            for v in uow.session.exec(select(Visit).where(Visit.customer_id == customer_id))
            if v.service_started_at is not None
        ]
        return max(starts) if starts else None


def stored(new_uow: UowFactory, customer_id: int) -> datetime | None:
    with new_uow() as uow:
        customer = uow.session.get(Customer, customer_id)
        assert customer is not None
        return customer.last_visit_at


def serve(new_uow: UowFactory, clock: FrozenClock, desk: Actor, staff_id: int, customer_id: int) -> int:
    """A walk-in served now: arrives, starts, finishes (returns the visit id)."""
    visit_id = reception.add_walk_in(new_uow(), desk, clock, reception.WalkIn(customer_id=customer_id))
    reception.start_service(new_uow(), desk, clock, visit_id, staff_id, override_reason="supervised")
    reception.finish_service(new_uow(), desk, clock, visit_id, reception.RecordInput("Cut"))
    return visit_id


def test_starting_a_service_is_the_visit_and_finishing_keeps_it(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor, technician: Actor
) -> None:
    assert technician.staff_id is not None
    cid = svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput("张伟", "13812345678"))
    visit_id = reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(customer_id=cid))
    assert stored(new_uow, cid) is None  # waiting is not yet a visit
    clock.advance(minutes=7)
    reception.start_service(new_uow(), receptionist, clock, visit_id, technician.staff_id, override_reason="supervised")
    started = clock.now()
    assert stored(new_uow, cid) == started == from_visits(new_uow, cid)
    clock.advance(minutes=40)
    reception.finish_service(new_uow(), receptionist, clock, visit_id, reception.RecordInput("Cut"))
    assert stored(new_uow, cid) == started


def test_a_visit_left_without_service_does_not_count(
    new_uow: UowFactory, clock: FrozenClock, receptionist: Actor
) -> None:
    cid = svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput("李娜", "13812345679"))
    visit_id = reception.add_walk_in(new_uow(), receptionist, clock, reception.WalkIn(customer_id=cid))
    reception.mark_left(new_uow(), receptionist, clock, visit_id)
    assert stored(new_uow, cid) is None


def test_merge_gives_the_kept_file_the_latest_of_both_and_the_duplicate_none(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, receptionist: Actor, technician: Actor
) -> None:
    assert technician.staff_id is not None
    keep = svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput("张伟", "13812345678"))
    gone = svc.create_customer(
        new_uow(), receptionist, clock, svc.CustomerInput("Wei Zhang", "13812345678"), allow_duplicate=True
    )
    serve(new_uow, clock, receptionist, technician.staff_id, keep)
    clock.advance(days=2)
    serve(new_uow, clock, receptionist, technician.staff_id, gone)  # the duplicate came later
    svc.merge_customers(new_uow(), owner, clock, keep, gone)
    assert stored(new_uow, keep) == clock.now() == from_visits(new_uow, keep)
    assert stored(new_uow, gone) is None and from_visits(new_uow, gone) is None


def test_erasure_keeps_the_visits_and_their_date(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, receptionist: Actor, technician: Actor
) -> None:
    assert technician.staff_id is not None
    cid = svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput("王芳", "13812345670"))
    serve(new_uow, clock, receptionist, technician.staff_id, cid)
    svc.erase_customer(new_uow(), owner, clock, cid, "asked")
    assert stored(new_uow, cid) == from_visits(new_uow, cid) == clock.now()


def test_csv_import_keeps_the_old_systems_last_visit_unless_a_visit_here_is_later(
    new_uow: UowFactory, clock: FrozenClock, owner: Actor, receptionist: Actor, technician: Actor
) -> None:
    assert technician.staff_id is not None
    here = svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput("张伟", "13812345678"))
    serve(new_uow, clock, receptionist, technician.staff_id, here)
    data = "\n".join(
        [
            SQUARE_HEADER,
            square_row("M1", "Wei", "Zhang", "+8613812345678", "2026-11-01"),
            square_row("M2", "Anna", "Lee", "13900002222", "2026-10-05"),
        ]
    ).encode()
    result = imp.import_customers(new_uow(), owner, clock, data, fmt="square", on_existing="merge")
    assert (result.created, result.merged) == (1, 1)
    assert stored(new_uow, here) == clock.now() == from_visits(new_uow, here)
    with new_uow() as uow:
        anna = uow.session.exec(select(Customer).where(Customer.name == "Anna Lee")).one()
    assert anna.last_visit_at == datetime(2026, 10, 5, tzinfo=UTC)  # no visit here yet: the old system's
    assert anna.id is not None
    serve(new_uow, clock, receptionist, technician.staff_id, anna.id)
    assert stored(new_uow, anna.id) == clock.now()  # her first visit here is later


def test_whole_salon_export_and_import_keep_last_visits(
    engine: Engine,
    new_uow: UowFactory,
    clock: FrozenClock,
    receptionist: Actor,
    technician: Actor,
    tmp_path: Path,
) -> None:
    assert technician.staff_id is not None
    ids = [
        svc.create_customer(new_uow(), receptionist, clock, svc.CustomerInput(name, phone))
        for name, phone in (("张伟", "13812345678"), ("李娜", "13812345679"))
    ]
    serve(new_uow, clock, receptionist, technician.staff_id, ids[0])
    path = tmp_path / "salon.json"
    transfer.export_salon(engine, path, now=clock.now())
    other = make_engine(f"sqlite:///{tmp_path / 'copy.sqlite3'}")
    upgrade(other)
    transfer.import_salon(other, path)
    copy = uow_factory(other)
    assert [stored(copy, cid) for cid in ids] == [from_visits(copy, cid) for cid in ids] == [clock.now(), None]


def test_the_demo_salons_last_visits_are_its_visits(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    upgrade(engine)
    build_demo(engine, seed=7, customers=120, months=3, today=date(2026, 11, 23))
    with uow_factory(engine)() as uow:
        latest = dict(
            uow.session.execute(
                sa.select(Visit.customer_id, sa.func.max(Visit.service_started_at))
                .where(Visit.customer_id.is_not(None), Visit.service_started_at.is_not(None))  # type: ignore[union-attr]
                .group_by(Visit.customer_id)
            ).all()
        )
        customers = list(uow.session.exec(select(Customer)))
    assert len(latest) > 30  # most files have visits
    wrong = [c.id for c in customers if c.last_visit_at != latest.get(c.id)]
    assert wrong == []
