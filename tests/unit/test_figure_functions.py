"""The figure functions of domain/figures over hand-made rows: no database, no clock.

Each test states its hand count; the database path of every figure is exercised once
in tests/integration/test_monthly_report.py and the area tests.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from salondesk.domain.appointments import AppointmentStatus
from salondesk.domain.calendar import month_period
from salondesk.domain.complaints import Category, EntryFacts, EntryKind
from salondesk.domain.equipment import EquipmentStatus
from salondesk.domain.figures import FigureContext
from salondesk.domain.figures.complaints import ComplaintFact, ComplaintRows, c1_response_on_time, c3_resolved_on_time
from salondesk.domain.figures.equipment import (
    AssetFact,
    EquipmentRows,
    StatusFact,
    TaskFact,
    e1_maintenance_on_time,
    e2_overdue_at_month_end,
    e3_out_of_service,
)
from salondesk.domain.figures.hygiene import (
    HygieneRows,
    PeriodicTemplate,
    PeriodState,
    RequiredRun,
    SignedRun,
    h1_checklist_completion,
    required_runs_between,
    template_in_force_for,
)
from salondesk.domain.figures.quality import (
    QualityRows,
    RatingRow,
    annual_window,
    s2_satisfaction,
    s2y_annual_satisfaction,
    s5_hygiene_satisfaction,
    s6_privacy_satisfaction,
)
from salondesk.domain.figures.reception import ReceptionRows, VisitRow, r1_wait_rate, r4_no_show_rate
from salondesk.domain.figures.registry import FIGURE_BY_ID, FIGURES, listed_figures
from salondesk.domain.figures.training import (
    AttendanceFact,
    StaffFact,
    TrainingRows,
    quarter_of,
    report_quarter,
    t1_training_coverage,
    t2_assessment_pass_rate,
    t3_training_satisfaction,
)
from salondesk.domain.hygiene import Frequency
from salondesk.domain.permissions import Role
from salondesk.domain.settings import DEFAULT_TARGETS, SalonSettings
from salondesk.domain.staff import Assessment
from salondesk.domain.visits import VisitState

# Run under a wall clock before and after the data: nothing below the UI may read it.
pytestmark = pytest.mark.usefixtures("wall_clock")

SH = ZoneInfo("Asia/Shanghai")
SETTINGS = SalonSettings(timezone="Asia/Shanghai")


def local(day: date, hour: int = 12, minute: int = 0, second: int = 0) -> datetime:
    """A Shanghai wall-clock time as an aware instant."""
    return datetime.combine(day, time(hour, minute, second), tzinfo=SH)


def ctx(year: int, month: int, now: datetime) -> FigureContext:
    """The month ``year-month`` judged as of ``now``."""
    return FigureContext(month_period(year, month, SH), now, SH, SETTINGS)


AFTER = local(date(2028, 1, 1))  # long after every row below


# ------------------------------------------------------------------ the registry
def test_registry_lists_every_figure_once_with_a_label_and_the_settings_target_key() -> None:
    ids = [f.id for f in FIGURES]
    assert len(ids) == len(set(ids))
    assert {"S2Y", "S5", "S6", "T1", "T2", "T3"} <= set(ids)
    assert [f.id for f in listed_figures("training")] == ["T1", "T2", "T3"]
    assert "R2_p90" not in {f.id for f in listed_figures()}  # printed with R2
    for spec in FIGURES:
        assert spec.label
        assert spec.target_key is None or spec.target_key in DEFAULT_TARGETS or spec.id == "S4"
    assert FIGURE_BY_ID["S6"].target_key == "S6" and DEFAULT_TARGETS["S6"] == 97.0


# ------------------------------------------------------------------ S2, S2Y, S5, S6
def _ratings(*rows: RatingRow) -> QualityRows:
    return QualityRows(finished=(), certificates=(), ratings=rows, rechecks=())


def test_s2y_is_the_twelve_months_ending_with_the_report_month_across_a_year() -> None:
    feb = ctx(2027, 2, AFTER)
    window = annual_window(feb)
    assert (window.first_day, window.last_day) == (date(2026, 3, 1), date(2027, 2, 28))
    rows = _ratings(
        RatingRow(local(date(2026, 2, 28), 23, 59, 59), satisfaction=1),  # 13th month back: out
        RatingRow(local(date(2026, 3, 1), 0, 0), satisfaction=5),  # first instant of the window: in
        RatingRow(local(date(2026, 12, 31), 23), satisfaction=2),  # across the new year: in
        RatingRow(local(date(2027, 1, 15)), satisfaction=4),
        RatingRow(local(date(2027, 2, 28), 23, 59, 59), satisfaction=5),  # last instant: in
        RatingRow(local(date(2027, 3, 1), 0, 0), satisfaction=5),  # next month: out
        RatingRow(local(date(2026, 6, 1)), recommend=9),  # satisfaction skipped: in neither count
    )
    s2y = s2y_annual_satisfaction(rows, feb)
    assert (s2y.numerator, s2y.denominator) == (3, 4)  # 5, 4, 5 of 5, 2, 4, 5
    assert str(s2y.value) == "75.0" and s2y.met is False
    s2 = s2_satisfaction(rows, feb)  # February alone: one rating of 5
    assert (s2.numerator, s2.denominator) == (1, 1)


def test_s2y_of_a_january_reaches_back_to_february_of_the_year_before() -> None:
    window = annual_window(ctx(2027, 1, AFTER))
    assert (window.first_day, window.last_day) == (date(2026, 2, 1), date(2027, 1, 31))


def test_s5_and_s6_count_answers_of_4_or_5_and_skip_the_skipped() -> None:
    nov = ctx(2026, 11, AFTER)
    rows = _ratings(
        RatingRow(local(date(2026, 11, 2)), satisfaction=5, hygiene=5, privacy=5),
        RatingRow(local(date(2026, 11, 3)), satisfaction=3, hygiene=3, privacy=None),
        RatingRow(local(date(2026, 11, 4)), hygiene=4, privacy=4),
        RatingRow(local(date(2026, 10, 31), 23), hygiene=1, privacy=1),  # October: not November's
    )
    s5, s6 = s5_hygiene_satisfaction(rows, nov), s6_privacy_satisfaction(rows, nov)
    assert (s5.numerator, s5.denominator, str(s5.value)) == (2, 3, "66.7")
    assert (s6.numerator, s6.denominator, s6.met) == (2, 2, True)
    assert (s5.target, s6.target) == (95.0, 97.0)


def test_satisfaction_figures_are_not_applicable_without_answers() -> None:
    nov = ctx(2026, 11, AFTER)
    rows = _ratings(RatingRow(local(date(2026, 11, 2)), recommend=10))  # only the NPS question answered
    for figure in (s2_satisfaction, s2y_annual_satisfaction, s5_hygiene_satisfaction, s6_privacy_satisfaction):
        rate = figure(rows, nov)
        assert (rate.denominator, rate.value, rate.met) == (0, None, None)


def test_s6_meets_97_only_on_the_exact_value() -> None:
    nov = ctx(2026, 11, AFTER)
    answers = [RatingRow(local(date(2026, 11, 2)), privacy=5)] * 32 + [RatingRow(local(date(2026, 11, 3)), privacy=3)]
    s6 = s6_privacy_satisfaction(_ratings(*answers), nov)
    assert (s6.numerator, s6.denominator, str(s6.value), s6.met) == (32, 33, "97.0", False)  # 96.97 %


# ------------------------------------------------------------------ T1–T3
STAFF = (
    StaffFact(1, "王磊", Role.TECHNICIAN, local(date(2025, 6, 1))),
    StaffFact(2, "陈静", Role.RECEPTIONIST, local(date(2025, 6, 1))),
    StaffFact(3, "林悦", Role.OWNER, local(date(2025, 6, 1))),  # the owner is not "staff" for T1
    StaffFact(4, "赵敏", Role.TECHNICIAN, local(date(2025, 6, 1)), ((local(date(2026, 2, 10)), False),)),  # left
    StaffFact(5, "Amy Wu", Role.TECHNICIAN, local(date(2026, 4, 1), 9)),  # joined in Q2
)


def test_quarters_are_calendar_quarters() -> None:
    assert quarter_of(date(2026, 1, 1)) == (date(2026, 1, 1), date(2026, 3, 31))
    assert quarter_of(date(2026, 3, 31)) == (date(2026, 1, 1), date(2026, 3, 31))
    assert quarter_of(date(2026, 4, 1)) == (date(2026, 4, 1), date(2026, 6, 30))
    assert quarter_of(date(2026, 12, 31)) == (date(2026, 10, 1), date(2026, 12, 31))
    quarter = report_quarter(ctx(2026, 2, AFTER))
    assert quarter.start == local(date(2026, 1, 1), 0) and quarter.end == local(date(2026, 4, 1), 0)


def test_t1_counts_trainings_inside_the_quarter_and_staff_active_at_its_end() -> None:
    rows = TrainingRows(
        STAFF,
        (
            AttendanceFact(1, date(2025, 12, 31)),  # Q4 2025: not Q1's
            AttendanceFact(2, date(2026, 1, 1)),  # first day of Q1: counts
            AttendanceFact(4, date(2026, 1, 20)),  # 赵敏 left in February: out of the denominator
            AttendanceFact(5, date(2026, 3, 31)),  # Amy is not staff yet in Q1: out of both counts
            AttendanceFact(1, date(2026, 4, 1)),  # Q2: not Q1's
        ),
    )
    t1 = t1_training_coverage(rows, ctx(2026, 3, AFTER))
    # staff at 31 March: 王磊 and 陈静; trained in Q1: 陈静
    assert (t1.numerator, t1.denominator, t1.met, t1.in_progress) == (1, 2, False, False)
    # the report of February sees the same quarter; as of 15 March it is still running
    running = t1_training_coverage(rows, ctx(2026, 2, local(date(2026, 3, 15))))
    assert running.in_progress and running.met is None and running.as_json()["in_progress"] is True
    # in Q2 Amy is staff and 赵敏 is gone: 王磊 trained on 1 April
    t1_q2 = t1_training_coverage(rows, ctx(2026, 6, AFTER))
    assert (t1_q2.numerator, t1_q2.denominator) == (1, 3)


def test_t1_counts_staff_hired_before_the_running_quarters_report_day() -> None:
    rows = TrainingRows(STAFF, (AttendanceFact(5, date(2026, 4, 2)),))
    before_amy = t1_training_coverage(rows, ctx(2026, 4, local(date(2026, 4, 1), 8)))
    after_amy = t1_training_coverage(rows, ctx(2026, 4, local(date(2026, 4, 2), 20)))
    assert before_amy.denominator == 2 and after_amy.denominator == 3


def test_t2_is_passed_over_assessed_and_not_applicable_when_nobody_was_assessed() -> None:
    q1 = ctx(2026, 1, AFTER)
    rows = TrainingRows(
        STAFF,
        (
            AttendanceFact(1, date(2026, 1, 5), Assessment.PASSED),
            AttendanceFact(2, date(2026, 1, 5), Assessment.FAILED),
            AttendanceFact(1, date(2026, 2, 5), Assessment.NOT_ASSESSED),
            AttendanceFact(2, date(2026, 3, 5), Assessment.PASSED),
            AttendanceFact(2, date(2026, 4, 5), Assessment.FAILED),  # Q2
        ),
    )
    t2 = t2_assessment_pass_rate(rows, q1)
    assert (t2.numerator, t2.denominator, str(t2.value), t2.met) == (2, 3, "66.7", False)
    nobody = TrainingRows(STAFF, (AttendanceFact(1, date(2026, 1, 5), Assessment.NOT_ASSESSED),))
    assert t2_assessment_pass_rate(nobody, q1).value is None
    assert t2_assessment_pass_rate(nobody, q1).met is None


def test_t3_is_ratings_of_4_or_5_over_ratings_given() -> None:
    q1 = ctx(2026, 3, AFTER)
    rows = TrainingRows(
        STAFF,
        (
            AttendanceFact(1, date(2026, 1, 5), rating=5),
            AttendanceFact(2, date(2026, 1, 5), rating=4),
            AttendanceFact(1, date(2026, 2, 5), rating=3),
            AttendanceFact(2, date(2026, 2, 5)),  # no rating: in neither count
        ),
    )
    t3 = t3_training_satisfaction(rows, q1)
    assert (t3.numerator, t3.denominator, str(t3.value), t3.met) == (2, 3, "66.7", False)
    assert t3_training_satisfaction(TrainingRows(STAFF, ()), q1).value is None


# ------------------------------------------------------------------ H1: template in force for the whole period
def test_a_period_counts_only_when_its_template_was_in_force_for_all_of_it() -> None:
    assert template_in_force_for(local(date(2026, 5, 1), 0), date(2026, 5, 1), SH)  # from the first instant
    assert not template_in_force_for(local(date(2026, 5, 1), 0, 0, 1), date(2026, 5, 1), SH)
    assert not template_in_force_for(local(date(2026, 5, 31), 9), date(2026, 5, 1), SH)  # monthly of May
    assert not template_in_force_for(None, date(2026, 5, 1), SH)


def _run(key: str, frequency: Frequency, first: date, last: date, state: PeriodState) -> RequiredRun:
    return RequiredRun(key, frequency, first, last, state)


def test_h1_of_the_month_a_template_is_installed_leaves_its_partial_periods_out() -> None:
    """Templates installed Friday 15 May 2026 at 09:00: the 15th, the week 11–17 May and May itself
    were not wholly covered; from the 16th on they are required."""
    installed = local(date(2026, 5, 15), 9)
    may = ctx(2026, 5, AFTER)
    required = (
        _run("opening", Frequency.DAILY, date(2026, 5, 15), date(2026, 5, 15), PeriodState.MISSED),
        _run("opening", Frequency.DAILY, date(2026, 5, 16), date(2026, 5, 16), PeriodState.DONE),
        _run("opening", Frequency.DAILY, date(2026, 5, 17), date(2026, 5, 17), PeriodState.MISSED),
        _run("weekly", Frequency.WEEKLY, date(2026, 5, 11), date(2026, 5, 17), PeriodState.MISSED),
        _run("weekly", Frequency.WEEKLY, date(2026, 5, 18), date(2026, 5, 24), PeriodState.DONE),
        _run("monthly", Frequency.MONTHLY, date(2026, 5, 1), date(2026, 5, 31), PeriodState.MISSED),
    )
    rows = HygieneRows(required, {"opening": installed, "weekly": installed, "monthly": installed}, ())
    h1 = h1_checklist_completion(rows, may)
    assert (h1.numerator, h1.denominator) == (2, 3)  # 16th done, 17th missed, week 18–24 done
    nothing_in_force = HygieneRows(required[:1] + required[5:], {"opening": installed, "monthly": installed}, ())
    assert h1_checklist_completion(nothing_in_force, may).value is None  # n/a, never 0 %


# ------------------------------------------------------------------ E1–E3
def test_e2_days_overdue_count_to_the_first_day_of_the_next_month() -> None:
    rows = EquipmentRows(
        tasks=(
            TaskFact("Steamer", "overhaul", date(2026, 10, 31)),  # due on the last day → 1
            TaskFact("Dryer", "inspection", date(2026, 9, 20)),  # 42 days to 1 November
            TaskFact("Chair", "cleaning", date(2026, 10, 10), local(date(2026, 10, 10), 23), date(2026, 10, 10)),
        ),
        changes=(),
        faults=(),
        assets={},
    )
    october = ctx(2026, 10, AFTER)
    e2 = e2_overdue_at_month_end(rows, october)
    assert [(i["equipment"], i["days_overdue"]) for i in e2.items] == [("Dryer", 42), ("Steamer", 1)]
    e1 = e1_maintenance_on_time(rows, october)
    assert (e1.numerator, e1.denominator) == (1, 2)  # Chair on time; Steamer passed undone


def test_e3_out_of_service_hours_are_clipped_to_the_month() -> None:
    steamer = AssetFact(1, "Steamer", EquipmentStatus.IN_SERVICE)
    dryer = AssetFact(2, "Dryer", EquipmentStatus.OUT_OF_SERVICE)
    rows = EquipmentRows(
        tasks=(),
        changes=(
            StatusFact(1, EquipmentStatus.IN_SERVICE, local(date(2026, 1, 1))),
            StatusFact(1, EquipmentStatus.OUT_OF_SERVICE, local(date(2026, 9, 30), 18)),  # 6 h in September
            StatusFact(1, EquipmentStatus.IN_SERVICE, local(date(2026, 10, 1), 6, 30)),  # 6.5 h in October
            StatusFact(2, EquipmentStatus.IN_SERVICE, local(date(2026, 1, 1))),
            StatusFact(2, EquipmentStatus.OUT_OF_SERVICE, local(date(2026, 10, 31), 12)),  # still out: 12 h
        ),
        faults=(),
        assets={1: steamer, 2: dryer},
    )
    e3 = e3_out_of_service(rows, ctx(2026, 10, AFTER))
    assert e3.count == 2
    assert sorted((i["equipment"], i["hours"]) for i in e3.items) == [("Dryer", 12.0), ("Steamer", 6.5)]


# ------------------------------------------------------------------ R1, R4, C1, C3 edges
def test_r1_limit_is_inclusive_to_the_second() -> None:
    arrived = local(date(2026, 11, 2), 10)
    rows = ReceptionRows(
        arrived=(
            VisitRow(1, arrived, arrived, VisitState.DONE, arrived + timedelta(minutes=15)),
            VisitRow(2, arrived, arrived, VisitState.DONE, arrived + timedelta(minutes=15, seconds=1)),
            VisitRow(3, arrived, arrived, VisitState.LEFT),  # left: listed in R5, not counted in R1
        ),
        kept_booked=(),
        appointment_statuses=(AppointmentStatus.DONE, AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED),
    )
    nov = ctx(2026, 11, AFTER)
    assert (r1_wait_rate(rows, nov).numerator, r1_wait_rate(rows, nov).denominator) == (1, 2)
    r4 = r4_no_show_rate(rows, nov)
    assert (r4.numerator, r4.denominator, r4.target) == (1, 2, None)  # cancelled is in neither count


def test_c1_pending_then_decided_and_c3_counted_in_the_month_of_its_deadline() -> None:
    received = local(date(2026, 10, 20), 10)
    complaint = ComplaintFact(
        1,
        "C-1",
        received,
        Category.SERVICE,
        "phone",
        "low",
        (EntryFacts(EntryKind.RECEIVED, received), EntryFacts(EntryKind.RESOLVED, local(date(2026, 11, 25), 10))),
    )
    rows = ComplaintRows((complaint,))
    inside_48h = ctx(2026, 10, received + timedelta(hours=47))
    assert c1_response_on_time(rows, inside_48h).denominator == 0  # pending: in neither count
    assert c1_response_on_time(rows, ctx(2026, 10, AFTER)).numerator == 0  # never answered: late
    # resolved 25 Nov (36 days): counted in November, the month its 720 h ran out (19 Nov 10:00)
    assert c3_resolved_on_time(rows, ctx(2026, 10, AFTER)).denominator == 0
    c3 = c3_resolved_on_time(rows, ctx(2026, 11, AFTER))
    assert (c3.numerator, c3.denominator) == (0, 1)


@pytest.mark.parametrize("figure_id", [f.id for f in FIGURES])
def test_every_registered_function_needs_no_database(figure_id: str) -> None:
    """Each registry function runs over empty rows of its area and gives a figure of its id."""
    empty = {
        "reception": ReceptionRows((), (), ()),
        "quality": QualityRows((), (), (), ()),
        "hygiene": HygieneRows((), {}, ()),
        "equipment": EquipmentRows((), (), (), {}),
        "training": TrainingRows((), ()),
        "complaints": ComplaintRows(()),
    }
    spec = FIGURE_BY_ID[figure_id]
    figure = spec.compute(empty[spec.area], ctx(2026, 10, AFTER))
    assert figure.id == figure_id
    assert figure.met is None or figure.met is True  # nothing recorded: n/a, or a count of 0 within target


def test_required_runs_weekly_in_the_month_of_its_sunday_closed_days_retired_and_due() -> None:
    """October 2026, closed on Tuesdays; a daily, a weekly, a monthly and a retired template,
    all installed in September; the daily run of the 2nd signed late, the weekly of 5–11 Oct on time."""
    hours = {day: ["10:00", "21:00"] for day in ("mon", "wed", "thu", "fri", "sat", "sun")} | {"tue": None}
    settings = SalonSettings(timezone="Asia/Shanghai", opening_hours=hours)
    september = date(2026, 9, 1)
    templates = (
        PeriodicTemplate("opening", Frequency.DAILY, september),
        PeriodicTemplate("weekly", Frequency.WEEKLY, september),
        PeriodicTemplate("monthly", Frequency.MONTHLY, september),
        PeriodicTemplate("old", Frequency.DAILY, september, retired=True),
    )
    signed = (
        SignedRun(1, "opening", date(2026, 10, 2), True, "ZW", local(date(2026, 10, 3), 9), "sheet kept"),
        SignedRun(2, "weekly", date(2026, 10, 5), False, "ZW", local(date(2026, 10, 9))),
    )
    runs = required_runs_between(
        templates, signed, settings, SH, date(2026, 10, 1), date(2026, 10, 31), local(date(2026, 10, 21), 12)
    )
    daily = [r for r in runs if r.template_key == "opening"]
    assert len(daily) == 31 - 4  # four Tuesdays closed
    assert {r.template_key for r in runs} == {"opening", "weekly", "monthly"}  # the retired one never counts
    # weeks whose Sunday is in October: 4, 11, 18, 25 Oct (28 Sep – 4 Oct counts here; 26 Oct – 1 Nov does not)
    assert [r.first for r in runs if r.template_key == "weekly"] == [
        date(2026, 9, 28),
        date(2026, 10, 5),
        date(2026, 10, 12),
        date(2026, 10, 19),
    ]
    states = {(r.template_key, r.first): r.state for r in runs}
    assert states[("opening", date(2026, 10, 2))] == PeriodState.LATE
    assert states[("opening", date(2026, 10, 19))] == PeriodState.MISSED
    assert ("opening", date(2026, 10, 20)) not in states  # a Tuesday: closed, nothing required
    assert states[("opening", date(2026, 10, 21))] == PeriodState.DUE  # still running at noon on the 21st
    assert states[("weekly", date(2026, 10, 5))] == PeriodState.DONE
    assert states[("monthly", date(2026, 10, 1))] == PeriodState.DUE
