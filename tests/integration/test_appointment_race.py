"""Two sessions booking the same slot at the same moment: exactly one wins (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
import time as systime
from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from salondesk.db.uow import UowFactory
from salondesk.domain.appointments import Appointment
from salondesk.domain.clock import FrozenClock
from salondesk.domain.permissions import Actor
from salondesk.services import appointments as book
from salondesk.services.appointments import BookingRequest, BookingRulesBroken
from tests.unit.test_appointment_rules import TUESDAY, local, make_salon


@pytest.mark.pg
@pytest.mark.parametrize("second_technician", [False, True], ids=["same-technician", "same-station"])
def test_two_sessions_booking_one_slot_at_once(
    engine: Engine,
    new_uow: UowFactory,
    clock: FrozenClock,
    owner: Actor,
    receptionist: Actor,
    technician: Actor,
    monkeypatch: pytest.MonkeyPatch,
    second_technician: bool,
) -> None:
    salon = make_salon(new_uow, clock, owner, receptionist, technician)
    real_check = book.check_rules

    def slow_check(*args, **kwargs):  # type: ignore[no-untyped-def]
        # Widen the window between "check" and "write": without the lock both sessions would pass.
        result = real_check(*args, **kwargs)
        systime.sleep(0.3)
        return result

    monkeypatch.setattr(book, "check_rules", slow_check)
    start = threading.Barrier(2)
    outcomes: list[object] = []
    staff = [salon.tech.staff_id, salon.tech2.staff_id if second_technician else salon.tech.staff_id]

    def attempt(staff_id: int | None) -> None:
        start.wait()
        try:
            ids = book.book(
                new_uow(write_lock=True),
                receptionist,
                FrozenClock(clock.now()),
                BookingRequest(
                    staff_id or 0, salon.cut, local(TUESDAY, 11), customer_id=salon.customer, station_id=salon.chair1
                ),
            )
            outcomes.append(ids)
        except BookingRulesBroken as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=attempt, args=(sid,)) for sid in staff]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads)

    wins = [o for o in outcomes if isinstance(o, list)]
    losses = [o for o in outcomes if isinstance(o, BookingRulesBroken)]
    assert len(wins) == 1 and len(losses) == 1, outcomes
    expected = "station_busy" if second_technician else "technician_busy"
    assert expected in {b.code for b in losses[0].breaches}
    with new_uow() as uow:
        rows = uow.session.exec(select(Appointment)).all()
        assert len(rows) == 1 and rows[0].start == local(TUESDAY, 11)
        assert rows[0].end - rows[0].start == timedelta(hours=1)
