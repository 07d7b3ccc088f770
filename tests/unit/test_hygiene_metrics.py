"""H1–H3 on a small hand-built October 2026 (answers counted by hand below)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from salondesk.db.uow import UowFactory
from salondesk.domain.calendar import month_period
from salondesk.domain.clock import FrozenClock
from salondesk.domain.hygiene import ChecklistResult, ChecklistRun, CorrectiveSignoff, ItemResult
from salondesk.domain.permissions import Actor
from salondesk.domain.settings import default_opening_hours
from salondesk.queries import hygiene as q
from salondesk.reports.figure_data import area_figures
from salondesk.services import hygiene as svc
from salondesk.services.settings import get_settings, update_settings

# Run under a wall clock before and after the data: nothing below the UI may read it.
pytestmark = pytest.mark.usefixtures("wall_clock")

TZ = ZoneInfo("Asia/Shanghai")
AS_OF = datetime(2027, 1, 1, tzinfo=UTC)  # the figures are computed as of an instant after every record here


def at(day: date, hour: int = 20) -> datetime:
    """Local ``hour`` o'clock of ``day`` as an aware instant."""
    return datetime.combine(day, time(hour), tzinfo=TZ)


@pytest.fixture
def october(new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor) -> dict[str, q.TemplateRow]:
    """Closed on Tuesdays and on 1 October; templates installed in September."""
    hours = default_opening_hours()
    hours["tue"] = None
    update_settings(new_uow(), owner, clock, {"opening_hours": hours, "closed_days": ["2026-10-01"]})
    svc.install_default_templates(new_uow(), FrozenClock(at(date(2026, 9, 1), 9)))
    return {t.key: t for t in q.templates(new_uow())}


def add_run(
    new_uow: UowFactory,
    tpl: q.TemplateRow,
    first: date,
    last: date,
    signed: datetime,
    staff_id: int,
    late_reason: str = "",
    fail: tuple[str, bool, int | None] | None = None,
) -> int:
    """Insert a run directly (the metrics read what is stored; signing rules are tested elsewhere)."""
    with new_uow() as uow:
        run = ChecklistRun(
            template_id=tpl.id,
            template_key=tpl.key,
            period_start=first,
            period_end=last,
            signed_by=staff_id,
            signed_at=signed,
            late=bool(late_reason),
            late_reason=late_reason,
        )
        uow.session.add(run)
        uow.flush()
        for item in tpl.items:
            result = ItemResult.FAIL if fail and item.position == 0 else ItemResult.PASS
            action, done, owner = fail if fail and item.position == 0 else ("", False, None)
            uow.session.add(
                ChecklistResult(
                    run_id=run.id,
                    item_id=item.id,
                    result=result,
                    action=action,
                    action_done=done,
                    action_owner_id=owner,
                    action_due=None if done or not fail else first + timedelta(days=3),
                )
            )
        uow.commit()
        assert run.id is not None
        return run.id


def test_h1_h2_counted_by_hand(new_uow: UowFactory, october: dict[str, q.TemplateRow], technician: Actor) -> None:
    sid = technician.staff_id
    period = month_period(2026, 10, TZ)
    for day in period.days():
        open_day = day.weekday() != 1 and day != date(2026, 10, 1)
        if day == date(2026, 10, 6):  # a closed Tuesday: a run is welcome but not required
            add_run(new_uow, october["opening"], day, day, at(day, 10), sid)
        if not open_day:
            continue
        if day != date(2026, 10, 5):  # opening on the 5th is missed
            add_run(new_uow, october["opening"], day, day, at(day, 9), sid)
        if day == date(2026, 10, 7):  # closing of the 7th signed the next morning: late
            add_run(new_uow, october["closing"], day, day, at(day + timedelta(days=1), 9), sid, "Forgot, sheet kept")
        else:
            add_run(new_uow, october["closing"], day, day, at(day, 21), sid)
    weekly = october["weekly"]
    # Sunday 4 Oct: the week 28 Sep – 4 Oct spans two months and counts in October
    add_run(new_uow, weekly, date(2026, 9, 28), date(2026, 10, 4), at(date(2026, 10, 2)), sid)
    # week 5–11 Oct missed; weeks 12–18 and 19–25 done
    add_run(new_uow, weekly, date(2026, 10, 12), date(2026, 10, 18), at(date(2026, 10, 16)), sid)
    add_run(new_uow, weekly, date(2026, 10, 19), date(2026, 10, 25), at(date(2026, 10, 24)), sid)
    # week 26 Oct – 1 Nov: its Sunday is in November, so it counts there, not here
    add_run(new_uow, weekly, date(2026, 10, 26), date(2026, 11, 1), at(date(2026, 10, 30)), sid)
    add_run(new_uow, october["monthly"], date(2026, 10, 1), date(2026, 10, 31), at(date(2026, 10, 31)), sid)

    figures = area_figures(new_uow, "hygiene", period, get_settings(new_uow()), AS_OF)
    # open days: 31 − 4 Tuesdays (6, 13, 20, 27) − 1 Oct = 26; daily: 26 × 2 = 52; weekly 4; monthly 1
    required = 26 * 2 + 4 + 1
    done = 52 - 1 - 1 + 3 + 1  # missed opening on the 5th, late closing on the 7th, missed week 5–11
    assert (figures.H1.numerator, figures.H1.denominator) == (done, required) == (54, 57)
    assert str(figures.H1.value) == "94.7" and figures.H1.met is False
    assert figures.H2.count == 1 and figures.H2.items[0]["why"] == "Forgot, sheet kept"
    assert [(m.template_key, m.first) for m in figures.missed] == [
        ("opening", date(2026, 10, 5)),
        ("weekly", date(2026, 10, 5)),
    ]
    opening = figures.grid["opening"]
    assert len(opening) == 31
    assert opening[0].state is None and not opening[0].open_day  # 1 Oct closed: nothing required
    assert opening[5].state is None  # Tuesday 6th: the run there does not count
    assert opening[4].state == q.PeriodState.MISSED
    assert figures.grid["closing"][6].state == q.PeriodState.LATE
    assert opening[1].initials == "张伟"


def test_no_templates_means_h1_not_applicable(new_uow: UowFactory, owner: Actor) -> None:
    figures = area_figures(new_uow, "hygiene", month_period(2026, 10, TZ), get_settings(new_uow()), AS_OF)
    assert figures.H1.denominator == 0 and figures.H1.value is None and figures.H1.met is None
    assert figures.H2.count == 0 and figures.H3.count == 0


def test_h1_excludes_periods_still_running(
    new_uow: UowFactory, october: dict[str, q.TemplateRow], technician: Actor
) -> None:
    day = date(2026, 10, 2)  # Friday
    add_run(new_uow, october["opening"], day, day, at(day, 9), technician.staff_id)
    figures = area_figures(new_uow, "hygiene", month_period(2026, 10, TZ), get_settings(new_uow()), at(day, 12))
    # only 2 Oct has ended for nothing; opening (done) counts, closing of 2 Oct is still due
    assert (figures.H1.numerator, figures.H1.denominator) == (1, 1)


def test_h3_open_failures_at_month_end(
    new_uow: UowFactory, october: dict[str, q.TemplateRow], owner: Actor, technician: Actor
) -> None:
    sid = technician.staff_id
    opening = october["opening"]
    d1, d2, d3 = date(2026, 10, 9), date(2026, 10, 10), date(2026, 10, 12)
    still_open = add_run(
        new_uow, opening, d1, d1, at(d1, 9), sid, fail=("Replace the cabinet lamp", False, owner.staff_id)
    )
    add_run(new_uow, opening, d2, d2, at(d2, 9), sid, fail=("Mixed a fresh solution", True, None))  # put right at once
    closed = add_run(new_uow, opening, d3, d3, at(d3, 9), sid, fail=("Order towels", False, owner.staff_id))
    with new_uow() as uow:
        failed = select(ChecklistResult).where(ChecklistResult.result == ItemResult.FAIL)
        results = {r.run_id: r.id for r in uow.session.exec(failed)}
        uow.session.add(CorrectiveSignoff(result_id=results[closed], signed_by=owner.staff_id, signed_at=at(d3, 15)))
        uow.session.add(
            CorrectiveSignoff(result_id=results[still_open], signed_by=owner.staff_id, signed_at=at(date(2026, 11, 2)))
        )
        uow.commit()
    settings = get_settings(new_uow())
    october_figures = area_figures(new_uow, "hygiene", month_period(2026, 10, TZ), settings, AS_OF)
    assert october_figures.H3.count == 1 and october_figures.H3.met is False
    assert october_figures.open_failures[0].action == "Replace the cabinet lamp"
    assert len(october_figures.failures) == 3
    november = area_figures(new_uow, "hygiene", month_period(2026, 11, TZ), settings, AS_OF)
    assert november.H3.count == 0 and november.H3.met is True


def test_a_month_reads_only_the_failures_it_can_show(
    new_uow: UowFactory, october: dict[str, q.TemplateRow], owner: Actor, technician: Actor
) -> None:
    """Failures put right before a month began are not read for it (its read does not grow with history)."""
    from salondesk.domain.figures import FigureContext
    from salondesk.domain.figures.hygiene import hygiene_figures
    from salondesk.queries.metrics_hygiene import load_hygiene_rows

    sid = technician.staff_id
    opening = october["opening"]
    d1, d2, d3, d4 = date(2026, 10, 9), date(2026, 10, 10), date(2026, 10, 12), date(2026, 11, 3)
    open_long = add_run(new_uow, opening, d1, d1, at(d1, 9), sid, fail=("Replace the cabinet lamp", False, sid))
    add_run(new_uow, opening, d2, d2, at(d2, 9), sid, fail=("Mixed a fresh solution", True, None))  # right at once
    signed_off = add_run(new_uow, opening, d3, d3, at(d3, 9), sid, fail=("Order towels", False, sid))
    in_november = add_run(new_uow, opening, d4, d4, at(d4, 9), sid, fail=("Fix the tap", False, sid))
    with new_uow() as uow:
        failed = select(ChecklistResult).where(ChecklistResult.result == ItemResult.FAIL)
        results = {r.run_id: r.id for r in uow.session.exec(failed)}
        uow.session.add(CorrectiveSignoff(result_id=results[signed_off], signed_by=sid, signed_at=at(d3, 15)))
        uow.commit()
    settings = get_settings(new_uow())
    november = month_period(2026, 11, TZ)
    ctx = FigureContext(november, AS_OF, TZ, settings)
    rows = load_hygiene_rows(new_uow(), ctx)
    assert sorted(a.run_id for a in rows.failures) == sorted([open_long, in_november])
    every = q.action_rows(new_uow(), failed_before=november.end)
    assert len(every) == 4
    full = hygiene_figures(type(rows)(rows.required, rows.installed, tuple(every), rows.template_names), ctx)
    shown = hygiene_figures(rows, ctx)
    assert shown.H3 == full.H3 and shown.H3.count == 2
    assert shown.failures == full.failures and [a.run_id for a in shown.failures] == [in_november]
