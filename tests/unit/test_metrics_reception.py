"""R1–R5 and S1–S4 against hand-computed answers for every edge case commitments.md names.

The salon is in Asia/Shanghai (UTC+8). Times below are written in local time via
``L(...)`` so each case reads like the counter's day; storage is UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from salondesk.db.uow import UowFactory
from salondesk.domain.appointments import Appointment, AppointmentStatus
from salondesk.domain.calendar import day_period, month_period
from salondesk.domain.catalogue import Service, ServiceCategory
from salondesk.domain.clock import FrozenClock
from salondesk.domain.permissions import Actor
from salondesk.domain.staff import CertificateKind
from salondesk.domain.visits import LeftReason, Rating, Recheck, ServiceRecord, Visit, VisitState
from salondesk.reports.figure_data import area_figures
from salondesk.services import staff as staff_service
from salondesk.services.settings import get_settings

# Run under a wall clock before and after the data: nothing below the UI may read it.
pytestmark = pytest.mark.usefixtures("wall_clock")

SH = ZoneInfo("Asia/Shanghai")
AS_OF = datetime(2027, 1, 1, tzinfo=UTC)  # the figures are computed as of an instant after every record here
NOV = month_period(2026, 11, SH)


def L(day: int, hh: int, mm: int = 0, ss: int = 0, month: int = 11) -> datetime:
    """A Shanghai wall-clock time in 2026 as a UTC instant."""
    return datetime(2026, month, day, hh, mm, ss, tzinfo=SH).astimezone(UTC)


class Salon:
    """Writes rows straight into the tables (the services are tested elsewhere)."""

    def __init__(self, new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> None:
        self.new_uow, self.clock, self.owner = new_uow, clock, owner
        self.settings = get_settings(new_uow())

    def add(self, *rows: object) -> list[int]:
        with self.new_uow() as uow:
            for row in rows:
                uow.session.add(row)
            uow.commit()
            return [row.id for row in rows]  # type: ignore[attr-defined]

    def service(self, kind: CertificateKind | None = CertificateKind.HAIRDRESSING) -> int:
        return self.add(
            Service(
                name="Cut",
                category=ServiceCategory.CUT,
                duration_min=30,
                certificate_kind=kind,
                created_at=self.clock.now(),
            )
        )[0]

    def appointment(self, start: datetime, status: AppointmentStatus, staff_id: int, service_id: int) -> int:
        return self.add(
            Appointment(
                staff_id=staff_id,
                service_id=service_id,
                start=start,
                end=start + timedelta(minutes=30),
                technician_until=start + timedelta(minutes=30),
                station_until=start + timedelta(minutes=30),
                status=status,
                guest_name="客人",
                created_at=self.clock.now(),
            )
        )[0]

    def visit(
        self,
        arrived: datetime,
        started: datetime | None = None,
        *,
        scheduled: datetime | None = None,
        appointment_id: int | None = None,
        ended: datetime | None = None,
        state: VisitState | None = None,
        staff_id: int | None = None,
        service_id: int | None = None,
        name: str = "李四",
    ) -> int:
        wait_start = max(arrived, scheduled) if scheduled else arrived
        if state is None:
            state = VisitState.DONE if ended else VisitState.IN_SERVICE if started else VisitState.WAITING
        return self.add(
            Visit(
                walk_in_name=name,
                arrived_at=arrived,
                wait_start=wait_start,
                scheduled_start=scheduled,
                appointment_id=appointment_id,
                service_started_at=started,
                service_ended_at=ended,
                state=state,
                staff_id=staff_id,
                service_id=service_id,
                created_at=arrived,
                left_at=None if state != VisitState.LEFT else arrived + timedelta(minutes=40),
                left_reason=None if state != VisitState.LEFT else LeftReason.CUSTOMER_LEFT,
            )
        )[0]

    def reception(self, period=NOV):  # type: ignore[no-untyped-def]
        return area_figures(self.new_uow, "reception", period, self.settings, AS_OF)

    def quality(self, period=NOV):  # type: ignore[no-untyped-def]
        return area_figures(self.new_uow, "quality", period, self.settings, AS_OF)


@pytest.fixture
def salon(new_uow: UowFactory, clock: FrozenClock, owner: Actor) -> Salon:
    return Salon(new_uow, clock, owner)


# ------------------------------------------------------------------ R1 / R2
def test_wait_of_exactly_15_minutes_is_within_and_a_second_more_is_not(salon: Salon) -> None:
    salon.visit(L(2, 10), L(2, 10, 15))  # 15:00 → within
    salon.visit(L(2, 11), L(2, 11, 15, 1))  # 15:01 (15 min 1 s) → over
    salon.visit(L(2, 12), L(2, 12, 16))  # 16:00 → over
    r1 = salon.reception().R1
    assert (r1.numerator, r1.denominator) == (1, 3)
    assert r1.value == Decimal("33.3")
    assert r1.met is False


def test_early_arrival_of_a_booked_customer_waits_from_the_scheduled_start(salon: Salon) -> None:
    # arrived 10:40 for 11:00, served 11:12 → waited 12 min (not 32): within
    salon.visit(L(3, 10, 40), L(3, 11, 12), scheduled=L(3, 11))
    # arrived 10:40 for 11:00, served 11:16 → waited 16 min: over
    salon.visit(L(3, 10, 40), L(3, 11, 16), scheduled=L(3, 11))
    # arrived late 11:20 for 11:00, served 11:30 → waited 10 min from arrival
    salon.visit(L(3, 11, 20), L(3, 11, 30), scheduled=L(3, 11))
    figures = salon.reception()
    assert (figures.R1.numerator, figures.R1.denominator) == (2, 3)
    # waits 12, 16, 10 → sorted 10, 12, 16; median rank ⌈1.5⌉ = 2 → 12.0; p90 rank ⌈2.7⌉ = 3 → 16.0
    assert figures.R2.value == Decimal("12.0")
    assert figures.R2_p90.value == Decimal("16.0")
    assert [w.wait_minutes for w in figures.waits_over_limit] == [Decimal("16.0")]


def test_a_booked_customer_served_before_the_booked_time_waited_zero(salon: Salon) -> None:
    salon.visit(L(4, 10, 40), L(4, 10, 50), scheduled=L(4, 11))
    figures = salon.reception()
    assert (figures.R1.numerator, figures.R1.denominator) == (1, 1)
    assert figures.R2.value == Decimal("0.0")
    assert figures.histogram[0].count == 1  # the 0–5 bin includes 0


def test_median_of_four_waits_is_the_second_and_minutes_round_half_away(salon: Salon) -> None:
    for day, minutes, seconds in ((5, 2, 0), (6, 4, 0), (7, 7, 27), (8, 20, 0)):
        salon.visit(L(day, 10), L(day, 10, minutes, seconds))
    figures = salon.reception()
    assert figures.R2.value == Decimal("4.0")  # rank ⌈0.5·4⌉ = 2
    assert figures.R2_p90.value == Decimal("20.0")  # rank ⌈3.6⌉ = 4
    assert figures.R2.count == 4
    over = figures.waits_over_limit
    assert [(w.day, w.wait_minutes, w.name) for w in over] == [(date(2026, 11, 8), Decimal("20.0"), "李*")]
    # 7 min 27 s = 7.45 min exactly → 7.5 (half away from zero)
    assert Decimal("7.5") in {d.median_minutes for d in figures.daily}
    assert figures.R2.as_json()["met"] is None


def test_left_without_service_is_listed_not_counted_in_r1(salon: Salon) -> None:
    salon.visit(L(9, 10), L(9, 10, 5))
    salon.visit(L(9, 10, 1), state=VisitState.LEFT, name="王小明")
    figures = salon.reception()
    assert (figures.R1.numerator, figures.R1.denominator) == (1, 1)
    assert figures.R5.count == 1
    assert figures.R5.met is None  # listed, no target
    item = figures.left_without_service[0]
    assert (item.name, item.waited_minutes, item.reason) == ("王*", Decimal("40.0"), "customer_left")
    assert figures.R5.as_json()["items"][0]["name"] == "王*"


def test_waiting_and_in_service_visits_are_not_counted(salon: Salon) -> None:
    salon.visit(L(10, 10))  # still waiting: service not started → outside R1
    salon.visit(L(10, 10), L(10, 10, 30))  # in service, started: counted (waited 30)
    r1 = salon.reception().R1
    assert (r1.numerator, r1.denominator) == (0, 1)


def test_denominators_of_zero_are_not_applicable(salon: Salon) -> None:
    figures = salon.reception()
    for rate in (figures.R1, figures.R3, figures.R4):
        assert rate.denominator == 0
        assert rate.value is None
        assert rate.met is None
        assert rate.text() == "n/a (0/0)"
    assert figures.R2.value is None and figures.R2_p90.value is None
    quality = salon.quality()
    for rate in (quality.S1, quality.S2, quality.S4):
        assert rate.value is None and rate.met is None
    assert quality.S3.value is None and quality.S3.met is None


# ------------------------------------------------------------------ month boundaries (Asia/Shanghai)
def test_month_is_the_salon_local_month_of_the_arrival(salon: Salon) -> None:
    late_on_30th = L(30, 23, 30)  # 15:30 UTC on the 30th: November
    first_of_december = L(1, 0, 30, month=12)  # 16:30 UTC on 30 Nov, but 1 Dec locally: December
    assert first_of_december.date() == date(2026, 11, 30)
    salon.visit(late_on_30th, late_on_30th + timedelta(minutes=5))
    salon.visit(first_of_december, first_of_december + timedelta(minutes=20))
    salon.visit(L(1, 0, 0), L(1, 0, 1))  # 00:00 local on 1 Nov: November (start inclusive)
    nov = salon.reception(NOV)
    dec = salon.reception(month_period(2026, 12, SH))
    assert (nov.R1.numerator, nov.R1.denominator) == (2, 2)
    assert (dec.R1.numerator, dec.R1.denominator) == (0, 1)
    assert dec.waits_over_limit[0].day == date(2026, 12, 1)


def test_figures_work_inside_an_open_unit_of_work(salon: Salon) -> None:
    salon.visit(L(2, 10), L(2, 10, 1))
    with salon.new_uow() as uow:  # how the monthly report calls it
        figures = area_figures(lambda: uow, "reception", NOV, salon.settings, AS_OF)
        quality = area_figures(lambda: uow, "quality", NOV, salon.settings, AS_OF)
    assert figures.R1.denominator == 1
    assert set(figures.figures) == {"R1", "R2", "R2_p90", "R3", "R4", "R5"}
    assert set(quality.figures) == {"S1", "S2", "S2Y", "S3", "S4", "S5", "S6"}


def test_daily_median_and_r1(salon: Salon) -> None:
    salon.visit(L(11, 10), L(11, 10, 3))
    salon.visit(L(11, 11), L(11, 11, 20))
    salon.visit(L(12, 10), L(12, 10, 10))
    daily = salon.reception(day_period(date(2026, 11, 11), SH)).daily
    assert len(daily) == 1
    assert daily[0].median_minutes == Decimal("3.0")
    assert (daily[0].r1.numerator, daily[0].r1.denominator) == (1, 2)


# ------------------------------------------------------------------ R3 / R4
def test_punctuality_ten_minute_limit_is_inclusive_and_early_start_is_on_time(salon: Salon) -> None:
    sid = salon.service()
    tech = salon.owner.staff_id
    assert tech is not None
    for day, started in ((13, L(13, 11, 10)), (14, L(14, 11, 10, 1)), (15, L(15, 10, 50))):
        appt = salon.appointment(L(day, 11), AppointmentStatus.DONE, tech, sid)
        salon.visit(
            L(day, 10, 45), started, scheduled=L(day, 11), appointment_id=appt, ended=started + timedelta(hours=1)
        )
    r3 = salon.reception().R3
    assert (r3.numerator, r3.denominator) == (2, 3)  # 11:10:00 on time, 11:10:01 late, 10:50 early = on time
    assert r3.value == Decimal("66.7")


def test_r3_month_is_the_scheduled_start_and_walk_ins_are_not_appointments(salon: Salon) -> None:
    sid = salon.service()
    tech = salon.owner.staff_id
    assert tech is not None
    appt = salon.appointment(L(1, 0, 10, month=12), AppointmentStatus.DONE, tech, sid)
    salon.visit(L(30, 23, 55), L(1, 0, 30, month=12), scheduled=L(1, 0, 10, month=12), appointment_id=appt)
    salon.visit(L(20, 10), L(20, 10, 30))  # walk-in: R1 only
    assert salon.reception().R3.denominator == 0
    dec = salon.reception(month_period(2026, 12, SH)).R3
    assert (dec.numerator, dec.denominator) == (0, 1)  # started 20 min late


def test_no_show_denominator_excludes_cancelled_and_not_yet_due(salon: Salon) -> None:
    sid = salon.service()
    tech = salon.owner.staff_id
    assert tech is not None
    S = AppointmentStatus
    for day, status in (
        (16, S.DONE),
        (16, S.DONE),
        (17, S.NO_SHOW),
        (17, S.LEFT),
        (18, S.CANCELLED),
        (18, S.CANCELLED),
        (25, S.BOOKED),
        (26, S.CONFIRMED),
        (27, S.ARRIVED),
    ):
        salon.appointment(L(day, 12), status, tech, sid)
    salon.appointment(L(1, 12, month=12), S.NO_SHOW, tech, sid)  # December
    r4 = salon.reception().R4
    assert (r4.numerator, r4.denominator) == (1, 4)
    assert r4.value == Decimal("25.0")
    assert r4.met is None  # shown, no target


# ------------------------------------------------------------------ S1
def test_certified_service_rate_uses_the_certificate_valid_on_the_service_day(
    salon: Salon, new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor
) -> None:
    hair = salon.service(CertificateKind.HAIRDRESSING)
    anything = salon.service(None)
    tech = technician.staff_id
    assert tech is not None
    staff_service.add_certificate(
        new_uow(), owner, clock, tech, CertificateKind.HAIRDRESSING, "H-1", date(2026, 11, 10), date(2026, 11, 20)
    )
    staff_service.add_certificate(new_uow(), owner, clock, tech, CertificateKind.NAIL, "N-1", date(2026, 11, 25), None)

    def done(day: int, service_id: int, hh: int = 15) -> None:
        salon.visit(L(day, hh - 1), L(day, hh - 1, 5), ended=L(day, hh), staff_id=tech, service_id=service_id)

    done(10, hair)  # first valid day (inclusive) → certified
    done(20, hair)  # last valid day (inclusive) → certified
    done(21, hair)  # a day after the end → not
    done(9, hair)  # a day before the start → not
    done(26, hair)  # holds only a nail certificate that day → not
    done(26, anything)  # service names no kind: any kind (open-ended nail) → certified
    done(5, anything)  # no certificate at all on the 5th → not
    quality = salon.quality()
    assert (quality.S1.numerator, quality.S1.denominator) == (3, 7)
    assert quality.S1.value == Decimal("42.9")
    assert quality.S1.met is False
    assert sorted(u.day.day for u in quality.uncertified) == [5, 9, 21, 26]
    assert {u.staff_name for u in quality.uncertified} == {"张伟"}


def test_s1_day_is_the_local_day_of_the_finish(
    salon: Salon, new_uow: UowFactory, clock: FrozenClock, owner: Actor, technician: Actor
) -> None:
    hair = salon.service(CertificateKind.HAIRDRESSING)
    tech = technician.staff_id
    assert tech is not None
    staff_service.add_certificate(
        new_uow(), owner, clock, tech, CertificateKind.HAIRDRESSING, "H-1", date(2026, 1, 1), date(2026, 11, 30)
    )
    # finished 00:20 local on 1 Dec (16:20 UTC on 30 Nov): December, and the certificate ended on 30 Nov
    salon.visit(L(30, 23, 30), L(30, 23, 35), ended=L(1, 0, 20, month=12), staff_id=tech, service_id=hair)
    assert salon.quality().S1.denominator == 0
    december = salon.quality(month_period(2026, 12, SH)).S1
    assert (december.numerator, december.denominator) == (0, 1)


# ------------------------------------------------------------------ S2 / S3
def _rate(salon: Salon, day: int, satisfaction: int | None, recommend: int | None) -> None:
    visit = salon.visit(L(day, 10), L(day, 10, 5), ended=L(day, 11))
    salon.add(Rating(visit_id=visit, satisfaction=satisfaction, recommend=recommend, given_at=L(day, 11, 5)))


def test_satisfaction_rounds_half_away_and_meets_on_the_exact_value(salon: Salon) -> None:
    for s in (5, 4, 3):
        _rate(salon, 2, s, None)
    _rate(salon, 2, None, 9)  # satisfaction skipped: not in S2's count
    s2 = salon.quality().S2
    assert (s2.numerator, s2.denominator) == (2, 3)
    assert s2.value == Decimal("66.7")
    assert s2.met is False


def test_satisfaction_at_exactly_the_target_is_met(salon: Salon) -> None:
    for i in range(10):
        _rate(salon, 3, 5 if i < 9 else 2, None)
    s2 = salon.quality().S2
    assert (s2.value, s2.met) == (Decimal("90.0"), True)


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ([10, 9, 8, 7, 6, 0], 0),  # 2 promoters, 2 detractors
        ([10, 10, 6], 33),  # 33.3 → 33
        ([9, 8, 8, 8, 8, 8, 8, 8], 13),  # 12.5 → 13 (half away from zero)
        ([6, 8, 8, 8, 8, 8, 8, 8], -13),  # −12.5 → −13
        ([10, 10, 10, 10], 100),
    ],
)
def test_nps_over_answers_in_the_month(salon: Salon, answers: list[int], expected: int) -> None:
    for value in answers:
        _rate(salon, 4, None, value)
    s3 = salon.quality().S3
    assert (s3.value, s3.count) == (expected, len(answers))
    assert s3.met is (expected >= 50)


def test_rating_month_is_local_and_the_trend_has_twelve_months(salon: Salon) -> None:
    visit = salon.visit(L(30, 20), L(30, 20, 5), ended=L(30, 23))
    salon.add(Rating(visit_id=visit, satisfaction=5, recommend=10, given_at=L(1, 0, 5, month=12)))
    assert salon.quality().S2.denominator == 0
    december = salon.quality(month_period(2026, 12, SH))
    assert december.S2.denominator == 1
    assert len(december.monthly) == 12
    assert december.monthly[-1].month == "2026-12"
    assert december.monthly[0].month == "2026-01"
    assert december.monthly[-1].nps.value == 100


# ------------------------------------------------------------------ S4
def test_recheck_within_168_hours_is_counted_and_later_is_flagged(salon: Salon) -> None:
    finished = L(2, 15)
    visit = salon.visit(L(2, 14), L(2, 14, 5), ended=finished)
    record = salon.add(ServiceRecord(visit_id=visit, work_done="cut", finished_at=finished))[0]
    hours_168 = finished + timedelta(hours=168)
    salon.add(
        Recheck(original_record_id=record, visit_id=visit, requested_at=hours_168, within_window=True),
        Recheck(
            original_record_id=record,
            visit_id=visit,
            requested_at=hours_168 + timedelta(seconds=1),
            within_window=False,
            reason="came back late",
        ),
        Recheck(
            original_record_id=record,
            visit_id=None,
            requested_at=L(3, 10),
            within_window=True,
            refused=True,
            reason="no slot",
        ),
    )
    s4 = salon.quality()
    assert (s4.S4.numerator, s4.S4.denominator) == (1, 2)
    assert s4.S4.met is False
    assert [(e.late, e.refused) for e in s4.recheck_exceptions] == [(False, True), (True, False)]
    assert s4.recheck_exceptions[1].hours_after == Decimal("168.0")


# ------------------------------------------------------------------ derived values are not trusted as stored
def test_a_stored_wait_start_or_window_flag_that_disagrees_with_the_facts_is_ignored(salon: Salon) -> None:
    """records.md: wait start and the within-7-days flag are recomputed from the facts they derive from."""
    from sqlmodel import select

    salon.visit(L(3, 10, 40), L(3, 11, 20), scheduled=L(3, 11))  # waited 20 min from the booked 11:00
    finished = L(2, 15)
    visit = salon.visit(L(2, 14), L(2, 14, 5), ended=finished)
    record = salon.add(ServiceRecord(visit_id=visit, work_done="cut", finished_at=finished))[0]
    salon.add(Recheck(original_record_id=record, visit_id=visit, requested_at=finished + timedelta(days=9),
                      within_window=False))  # fmt: skip
    honest = (salon.reception().R1.numerator, salon.quality().S4.denominator)
    with salon.new_uow() as uow:  # someone edits the derived columns behind the app's back
        for v in uow.session.exec(select(Visit)):
            v.wait_start = v.service_started_at or v.arrived_at  # "nobody ever waited"
            uow.session.add(v)
        for r in uow.session.exec(select(Recheck)):
            r.within_window = True  # "every re-check was free"
            uow.session.add(r)
        uow.commit()
    assert (salon.reception().R1.numerator, salon.quality().S4.denominator) == honest == (1, 0)
