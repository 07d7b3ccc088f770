"""Complaints and their entries join the whole-salon export/import; the chain still verifies after it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import Engine

from salondesk.db import transfer
from salondesk.db.engine import make_engine
from salondesk.db.migrate import upgrade
from salondesk.db.uow import UnitOfWork, uow_factory
from salondesk.domain.complaints import Category, Channel, Remedy
from salondesk.domain.permissions import SYSTEM
from salondesk.queries import complaints as q
from salondesk.services import auth
from salondesk.services import complaints as svc
from salondesk.services.records_chain import REGISTERS, verify_register
from tests.conftest import pin_of
from tests.unit.test_complaint_support import log, resolve

EXPORTED_AT = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # the export's stamp (passed in: no wall clock)


def test_complaints_round_trip_through_the_salon_export(
    engine: Engine, new_uow, owner, receptionist, clock, tmp_path: Path
) -> None:
    first = log(new_uow, receptionist, clock, clock.now() - timedelta(days=3), Category.HYGIENE)
    resolve(new_uow, receptionist, clock, first, clock.now())
    second = log(new_uow, receptionist, clock, clock.now())
    svc.start_investigation(new_uow(), receptionist, clock, second, pin=pin_of(receptionist))
    svc.decide(new_uow(), owner, clock, second, Remedy.REFUND, "Above the limit", "750.50", pin=pin_of(owner))
    svc.acknowledge(new_uow(), receptionist, clock, second, Channel.WECHAT, "Sorry", pin=pin_of(receptionist))
    before = [q.complaint_detail(new_uow(), cid, clock.now(), viewer=SYSTEM) for cid in (first, second)]
    path = tmp_path / "salon.json"
    transfer.export_salon(engine, path, now=EXPORTED_AT)
    target = make_engine(f"sqlite:///{tmp_path / 'copy.sqlite3'}")
    upgrade(target)
    transfer.import_salon(target, path)
    copy = uow_factory(target)
    after = [q.complaint_detail(copy(), cid, clock.now(), viewer=SYSTEM) for cid in (first, second)]
    assert after == before
    with UnitOfWork(target) as uow:
        status = verify_register(uow, REGISTERS["complaints"])
    assert status.ok and status.entries == sum(len(d.entries) for d in before)
    # numbering continues without a gap in the imported salon (whose staff first choose their PINs again)
    auth.set_first_pin(copy(), clock, receptionist.staff_id, pin_of(receptionist))
    third = log(copy, receptionist, clock, clock.now())
    assert q.complaint_detail(copy(), third, clock.now(), viewer=SYSTEM).row.number == "C-2026-0003"
    target.dispose()
