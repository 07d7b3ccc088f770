"""Closing a month end to end: stored report, a late entry afterwards, --recompute, verify."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from salondesk.cli import main as cli_main
from salondesk.db.uow import UowFactory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.errors import AuthenticationError, PermissionDenied, ValidationError
from salondesk.domain.hygiene import ChecklistResult, ChecklistRun, ItemResult, ValueKind
from salondesk.domain.month_close import MonthClose
from salondesk.domain.permissions import Actor
from salondesk.queries import hygiene as hq
from salondesk.reports.closing import close_month, recompute_closed, stored_report
from salondesk.reports.monthly import compute_monthly_report
from salondesk.services import hygiene as hygiene_service
from salondesk.services.month_close import check_closes

TZ = ZoneInfo("Asia/Shanghai")


def local(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=TZ)


def answers(template: hq.TemplateRow) -> tuple[hygiene_service.Answer, ...]:
    out = []
    for item in template.items:
        values = {
            spec.kind.value: "Bleach" if spec.kind == ValueKind.PRODUCT else str(spec.minimum or 20)
            for spec in item.values
        }
        out.append(hygiene_service.Answer(item.id or 0, ItemResult.PASS, values))
    return tuple(out)


@pytest.fixture
def october(new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor) -> dict[str, hq.TemplateRow]:
    """Templates in force since September; one closing run signed on time on 30 October."""
    hygiene_service.install_default_templates(new_uow(), FrozenClock(local(date(2026, 9, 1), 9)))
    templates = {t.key: t for t in hq.templates(new_uow())}
    clock.set(local(date(2026, 10, 30), 20))
    closing = templates["closing"]
    hygiene_service.sign_run(
        new_uow(write_lock=True),
        technician,
        clock,
        hygiene_service.RunDraft(closing.id, answers(closing)),
        technician.staff_id or 0,
        "3333",
    )
    clock.set(local(date(2026, 11, 2), 10))
    return templates


def _late_closing_run(new_uow: UowFactory, clock: FrozenClock, technician: Actor, closing: hq.TemplateRow) -> None:
    """31 October's closing checklist, signed late on 3 November with a reason."""
    clock.set(local(date(2026, 11, 3), 11))
    draft = hygiene_service.RunDraft(
        closing.id, answers(closing), period_day=date(2026, 10, 31), late_reason="Paper sheet typed in"
    )
    signed = hygiene_service.sign_run(
        new_uow(write_lock=True), technician, clock, draft, technician.staff_id or 0, "3333"
    )
    assert signed.late


def test_closed_october_keeps_its_report_and_recompute_lists_the_late_entry(
    october, new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor, engine: Engine, tmp_path: Path
) -> None:
    stored = close_month(new_uow, owner, clock, 2026, 10, "1234", "en")
    assert stored.closing.by == "王芳" and stored.closing.at == clock.now()
    assert stored.json_data["figures"]["H2"]["value"] == 0  # nothing late at the close
    assert stored.json_data["provisional"] is False and stored.json_data["closed"]["by"] == "王芳"
    heads = {h["register"]: h for h in stored.json_data["heads"]}
    assert heads["hygiene_runs"]["entries"] == 1

    _late_closing_run(new_uow, clock, technician, october["closing"])

    # the stored report is unchanged: same figures, same PDF bytes, through the CLI too
    again = stored_report(new_uow, owner, 2026, 10)
    assert again is not None and again.pdf == stored.pdf and again.json_data == stored.json_data
    out, err = io.StringIO(), io.StringIO()
    pdf, data = tmp_path / "october.pdf", tmp_path / "october.json"
    args = ["report", "--db", str(engine.url), "--lang", "en", "--month", "2026-10", "--pin-stdin"]
    owner_pin = "1234"
    assert cli_main([*args, "--out", str(pdf), "--json", str(data)], stdout=out, stderr=err, stdin=pin(owner_pin)) == 0
    assert pdf.read_bytes() == stored.pdf
    assert json.loads(data.read_text("utf-8")) == stored.json_data
    assert "2026-10 was closed on" in out.getvalue()

    # --recompute lists the change: H2 went 0 → 1 with the late run, and the register grew
    report = recompute_closed(new_uow, owner, clock, 2026, 10)
    assert report.changes is not None
    changed = {c.figure_id: c for c in report.changes.figures}
    assert changed["H2"].before["value"] == 0 and changed["H2"].after["value"] == 1
    assert any("Paper sheet typed in" in json.dumps(item, ensure_ascii=False) for item in changed["H2"].items_added)
    moved = {h.register: (h.entries_before, h.entries_after) for h in report.changes.heads}
    assert moved.pop("hygiene_runs") == (1, 2)
    # the audit trail is a register too: the late entry and the command line's logins grew it
    assert set(moved) == {"audit"} and moved["audit"][1] > moved["audit"][0]
    out = io.StringIO()
    recompute = [*args, "--recompute", "--out", str(tmp_path / "re.pdf")]
    assert cli_main(recompute, stdout=out, stderr=io.StringIO(), stdin=pin(owner_pin)) == 0
    text = out.getvalue()
    assert "Changed since the month was closed" in text
    assert "H2: 0 → 1" in text and "Paper sheet typed in" in text
    assert "Hygiene checklist records: 1 → 2 entries" in text
    with new_uow() as uow:  # never overwritten
        assert len(uow.session.exec(select(MonthClose)).all()) == 1
    assert stored_report(new_uow, owner, 2026, 10).pdf == stored.pdf  # type: ignore[union-attr]


def test_a_month_is_closed_once_by_the_owner_with_pin_from_the_next_month_on(
    october, new_uow: UowFactory, clock: FrozenClock, owner: Actor, receptionist: Actor
) -> None:
    clock.set(local(date(2026, 10, 31), 23))  # not yet: the month has not ended
    with pytest.raises(ValidationError, match="2026-11-01"):
        close_month(new_uow, owner, clock, 2026, 10, "1234", "en")
    clock.set(local(date(2026, 11, 1), 0))
    with pytest.raises(PermissionDenied):
        close_month(new_uow, receptionist, clock, 2026, 10, "2222", "en")
    with pytest.raises(AuthenticationError):
        close_month(new_uow, owner, clock, 2026, 10, "9999", "en")
    with new_uow() as uow:
        assert uow.session.exec(select(MonthClose)).all() == []
    close_month(new_uow, owner, clock, 2026, 10, "1234", "zh_CN")
    with pytest.raises(ValidationError, match="already closed"):
        close_month(new_uow, owner, clock, 2026, 10, "1234", "en")


def test_a_month_not_closed_is_provisional_and_judged_at_its_end(
    october, new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor
) -> None:
    _late_closing_run(new_uow, clock, technician, october["closing"])
    clock.set(local(date(2026, 12, 6), 10))
    report = compute_monthly_report(new_uow, owner, clock, 2026, 10)
    assert report.provisional and report.closing is None
    assert report.as_of == local(date(2026, 11, 1), 0)  # judged at the month's end, not on 6 December
    assert report.generated_at == clock.now()
    assert {h.register: h.entries for h in report.heads}["hygiene_runs"] == 2


def test_verify_names_the_newest_entry_deleted_before_a_close(
    october, new_uow: UowFactory, clock: FrozenClock, owner: Actor, engine: Engine
) -> None:
    close_month(new_uow, owner, clock, 2026, 10, "1234", "en")
    assert all(c.problem == "" for c in check_closes(new_uow()))
    with new_uow() as uow:  # someone removes the newest (only) run: its chain alone still verifies
        newest = uow.session.exec(select(ChecklistRun).order_by(col(ChecklistRun.id).desc())).first()
        assert newest is not None
        uow.session.execute(delete(ChecklistResult).where(col(ChecklistResult.run_id) == newest.id))
        uow.session.execute(delete(ChecklistRun).where(col(ChecklistRun.id) == newest.id))
        uow.commit()
    problems = [c for c in check_closes(new_uow()) if c.problem]
    assert [(c.register, c.problem, c.stored_entries, c.entries_now) for c in problems] == [
        ("hygiene_runs", "missing", 1, 0)
    ]
    out = io.StringIO()
    code = cli_main(
        ["verify", "--db", str(engine.url), "--lang", "en", "--pin-stdin"],
        stdout=out,
        stderr=io.StringIO(),
        stdin=io.StringIO("1234\n"),  # the owner's PIN
    )
    assert code == 1
    assert "Hygiene checklist records: 1 entries were stored when 2026-10 was closed, only 0 are left" in out.getvalue()


def test_verify_names_an_entry_replaced_before_a_close(
    october, new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor
) -> None:
    close_month(new_uow, owner, clock, 2026, 10, "1234", "en")
    with new_uow() as uow:  # the run is deleted and a new one signed in its place: the count matches again
        newest = uow.session.exec(select(ChecklistRun).order_by(col(ChecklistRun.id).desc())).first()
        assert newest is not None
        uow.session.execute(delete(ChecklistResult).where(col(ChecklistResult.run_id) == newest.id))
        uow.session.execute(delete(ChecklistRun).where(col(ChecklistRun.id) == newest.id))
        uow.commit()
    clock.advance(hours=1)
    _late_closing_run(new_uow, clock, technician, october["closing"])
    problems = [c for c in check_closes(new_uow()) if c.problem]
    assert [(c.register, c.problem) for c in problems] == [("hygiene_runs", "changed")]


def test_the_close_itself_is_sealed(october, new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
    from salondesk.services.records_chain import verify_all

    close_month(new_uow, owner, clock, 2026, 10, "1234", "en")
    with new_uow() as uow:
        row = uow.session.exec(select(MonthClose)).one()
        row.report_json = row.report_json.replace('"H2"', '"H2 "')  # an edited stored report
        uow.session.add(row)
        uow.commit()
    status = {s.register: s for s in verify_all(new_uow())}["month_closes"]
    assert not status.ok and status.reason == "hash"


def test_entries_signed_while_the_report_is_drawn_come_after_the_stored_heads(
    october, new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor
) -> None:
    from salondesk.services.month_close import current_heads, store_close

    heads = current_heads(new_uow)  # what the report printed
    _late_closing_run(new_uow, clock, technician, october["closing"])  # someone signs meanwhile
    store_close(
        new_uow,
        owner,
        clock,
        2026,
        10,
        "1234",
        closed_at=clock.now(),
        report_json="{}",
        pdf=b"%PDF",
        pdf_lang="en",
        heads=heads,
    )
    assert all(c.problem == "" for c in check_closes(new_uow()))  # the close holds; the new run is after it
    assert {c.register: c.entries_now for c in check_closes(new_uow())}["hygiene_runs"] == 2


def test_after_a_close_only_newer_entries_are_recomputed_and_verify_full_rechecks_all(
    october, new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor, engine: Engine
) -> None:
    from salondesk.services.month_close import latest_close_heads
    from salondesk.services.records_chain import verify_all

    assert latest_close_heads(new_uow()) is None  # before the first close: from the first entry
    close_month(new_uow, owner, clock, 2026, 10, "1234", "en")
    start = latest_close_heads(new_uow())
    assert start is not None and start.month == "2026-10" and start.heads["hygiene_runs"].entries == 1
    _late_closing_run(new_uow, clock, technician, october["closing"])
    runs = {s.register: s for s in verify_all(new_uow(), since=start.heads)}["hygiene_runs"]
    assert (runs.ok, runs.entries, runs.since_entries) == (True, 2, 1)  # one entry recomputed, one taken from the close
    report = compute_monthly_report(new_uow, owner, clock, 2026, 11)
    chain = {c.register: c for c in report.chains}["hygiene_runs"]
    assert (chain.ok, chain.entries, chain.checked_since) == (True, 2, "2026-10")
    closes = {c.register: c for c in report.chains}["month_closes"]  # empty at the close: checked from its start
    assert (closes.ok, closes.entries, closes.checked_since) == (True, 1, None)

    with new_uow() as uow:  # the run before the close changed in place, its hash left as it was
        first = uow.session.exec(select(ChecklistRun).order_by(col(ChecklistRun.id))).first()
        assert first is not None
        first.note = "written over"
        uow.session.add(first)
        uow.commit()
    out = io.StringIO()
    code = cli_main(
        ["verify", "--db", str(engine.url), "--lang", "en", "--pin-stdin"],
        stdout=out,
        stderr=io.StringIO(),
        stdin=pin("1234"),
    )
    assert code == 0, out.getvalue()  # the close's verification covers it: only --full recomputes it
    assert "Hygiene checklist records: OK (2 entries; the 1 since the 2026-10 close recomputed)" in out.getvalue()
    assert "--full recomputes them too" in out.getvalue()
    out = io.StringIO()
    code = cli_main(
        ["verify", "--full", "--db", str(engine.url), "--lang", "en", "--pin-stdin"],
        stdout=out,
        stderr=io.StringIO(),
        stdin=pin("1234"),
    )
    assert code == 1
    assert "Hygiene checklist records: BROKEN at entry" in out.getvalue()

    with new_uow() as uow:  # re-sealed: the stored head no longer matches the entry at its position
        first = uow.session.exec(select(ChecklistRun).order_by(col(ChecklistRun.id))).first()
        assert first is not None
        first.hash = "0" * 64
        uow.session.add(first)
        uow.commit()
    runs = {s.register: s for s in verify_all(new_uow(), since=start.heads)}["hygiene_runs"]
    assert (runs.ok, runs.reason) == (False, "head")


def test_a_close_whose_report_found_a_broken_chain_is_no_starting_point(
    october, new_uow: UowFactory, clock: FrozenClock, owner: Actor
) -> None:
    from salondesk.services.month_close import latest_close_heads

    with new_uow() as uow:
        run = uow.session.exec(select(ChecklistRun)).one()
        run.note = "changed before the close"
        uow.session.add(run)
        uow.commit()
    close_month(new_uow, owner, clock, 2026, 10, "1234", "en")
    start = latest_close_heads(new_uow())
    assert start is not None and "hygiene_runs" not in start.heads  # verified from its first entry again
    chain = {c.register: c for c in compute_monthly_report(new_uow, owner, clock, 2026, 11).chains}["hygiene_runs"]
    assert not chain.ok and chain.checked_since is None


def pin(owner_pin: str) -> io.StringIO:
    """The owner's PIN on stdin, as a script passes it with --pin-stdin."""
    return io.StringIO(owner_pin + "\n")
