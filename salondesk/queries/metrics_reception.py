"""Figures R1–R5 and S1–S4 of commitments.md for any period, with the report's detail lists.

Each figure is computed exactly as commitments.md writes it; the rules themselves
(wait start, inclusive limits, the 168 h re-check window) live in
:mod:`salondesk.domain.reception` so the live queue and the report cannot differ.

Which month an item belongs to (the event that starts it, in the salon's zone):
R1, R2, R5 — the visit's arrival; R3, R4 — the appointment's scheduled start;
S1 — the service's finish; S2, S3 — when the rating was given; S4 — when the
re-check was requested.

Both functions accept a unit of work that is already open (the monthly report
opens one per area) or a fresh one (they open it themselves).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.appointments import Appointment, AppointmentStatus
from salondesk.domain.calendar import Period, local_date, month_period
from salondesk.domain.catalogue import Service
from salondesk.domain.customers import Customer
from salondesk.domain.figures import Count, Rate, Score, nps, percentile_rank, round_half_away
from salondesk.domain.reception import punctual, short_name, wait_of, within_wait_limit
from salondesk.domain.settings import SalonSettings
from salondesk.domain.staff import Certificate, Staff, certificate_valid_on
from salondesk.domain.visits import Rating, Recheck, ServiceRecord, Visit, VisitState
from salondesk.queries.reception import salon_timezone

# Wait-time histogram bins in minutes: (low, high] except the first, which includes 0.
HISTOGRAM_EDGES: tuple[int, ...] = (0, 5, 10, 15, 20, 30, 45, 60)
KEPT = frozenset({AppointmentStatus.DONE, AppointmentStatus.IN_SERVICE})
R4_ENDED = frozenset({*KEPT, AppointmentStatus.NO_SHOW, AppointmentStatus.LEFT})
TREND_MONTHS = 12


@contextmanager
def _session(uow: UnitOfWork) -> Iterator[Session]:
    """Use the caller's open unit of work, or open (and close) one."""
    try:
        session = uow.session
    except RuntimeError:
        with uow:
            yield uow.session
        return
    yield session


def minutes_exact(delta: timedelta) -> Fraction:
    """A duration in minutes, exactly (microsecond precision)."""
    return Fraction(delta // timedelta(microseconds=1), 60_000_000)


def minutes_1dp(delta: timedelta) -> Decimal:
    """Minutes rounded half away from zero to one decimal (R2's printing)."""
    return round_half_away(minutes_exact(delta), 1)


# ------------------------------------------------------------------ detail rows
@dataclass(frozen=True)
class WaitItem:
    """One visit that waited over 15 min (name shortened for the report)."""

    visit_id: int
    day: date
    wait_minutes: Decimal
    name: str
    wait: timedelta = timedelta(0)  # exact, for printing minutes:seconds


@dataclass(frozen=True)
class LeftItem:
    """One visit that left without service (R5)."""

    visit_id: int
    day: date
    arrived_at: datetime
    left_at: datetime | None
    waited_minutes: Decimal | None
    name: str
    reason: str  # LeftReason value


@dataclass(frozen=True)
class DailyWait:
    """One local day: median wait and R1."""

    day: date
    median_minutes: Decimal | None
    r1: Rate


@dataclass(frozen=True)
class HistogramBin:
    """Waits in ``(low, high]`` minutes (the first bin includes 0; ``high`` None: open end)."""

    low: int
    high: int | None
    count: int

    @property
    def label(self) -> str:
        """``0–5``, ``15–20``, ``60+``."""
        return f"{self.low}+" if self.high is None else f"{self.low}–{self.high}"


@dataclass(frozen=True)
class UncertifiedItem:
    """A finished service whose technician held no valid certificate of the kind that day (S1)."""

    visit_id: int
    day: date
    staff_name: str
    service_name: str
    required_kind: str | None


@dataclass(frozen=True)
class MonthRatings:
    """Satisfaction (S2) and NPS (S3) of one month, for the trend."""

    month: str  # YYYY-MM
    satisfaction: Rate
    nps: Score


@dataclass(frozen=True)
class RecheckItem:
    """A re-check that was refused or asked for after the free window (S4's list)."""

    recheck_id: int
    requested_at: datetime
    original_finished_at: datetime
    hours_after: Decimal
    refused: bool
    late: bool
    name: str
    reason: str


@dataclass(frozen=True)
class ReceptionFigures:
    """R1–R5 for a period and the lists the monthly report prints under them."""

    R1: Rate
    R2: Score  # median wait, minutes, one decimal
    R2_p90: Score  # 90th-percentile wait
    R3: Rate
    R4: Rate
    R5: Count
    waits_over_limit: tuple[WaitItem, ...] = ()
    left_without_service: tuple[LeftItem, ...] = ()
    histogram: tuple[HistogramBin, ...] = ()
    daily: tuple[DailyWait, ...] = ()

    @property
    def figures(self) -> dict[str, Rate | Count | Score]:
        """Keyed by id (``R2p90`` is R2's second value)."""
        return {"R1": self.R1, "R2": self.R2, "R2p90": self.R2_p90, "R3": self.R3, "R4": self.R4, "R5": self.R5}


@dataclass(frozen=True)
class QualityFigures:
    """S1–S4 for a period and their detail lists."""

    S1: Rate
    S2: Rate
    S3: Score
    S4: Rate  # honoured re-checks within 7 days over re-checks asked for within 7 days
    uncertified: tuple[UncertifiedItem, ...] = ()
    recheck_exceptions: tuple[RecheckItem, ...] = ()
    monthly: tuple[MonthRatings, ...] = field(default_factory=tuple)

    @property
    def figures(self) -> dict[str, Rate | Count | Score]:
        """Keyed by id."""
        return {"S1": self.S1, "S2": self.S2, "S3": self.S3, "S4": self.S4}


# ------------------------------------------------------------------ helpers
def _visit_name(visit: Visit, customers: dict[int, Customer]) -> str:
    if visit.customer_id is not None and visit.customer_id in customers:
        customer = customers[visit.customer_id]
        if customer.erased_at is not None:
            return customer.pseudonym or "*"
        return short_name(customer.name)
    return short_name(visit.walk_in_name)


def _customers(session: Session, ids: set[int]) -> dict[int, Customer]:
    if not ids:
        return {}
    rows = session.exec(select(Customer).where(col(Customer.id).in_(sorted(ids))))
    return {c.id: c for c in rows if c.id is not None}


def _target(settings: SalonSettings, figure: str, default: float | None = None) -> float | None:
    return settings.targets.get(figure, default)


def _histogram(waits: list[timedelta]) -> tuple[HistogramBin, ...]:
    bins = []
    for index, low in enumerate(HISTOGRAM_EDGES):
        high = HISTOGRAM_EDGES[index + 1] if index + 1 < len(HISTOGRAM_EDGES) else None
        low_td = timedelta(minutes=low)
        count = 0
        for wait in waits:
            above_low = wait >= low_td if index == 0 else wait > low_td
            if above_low and (high is None or wait <= timedelta(minutes=high)):
                count += 1
        bins.append(HistogramBin(low, high, count))
    return tuple(bins)


def _score_minutes(figure_id: str, waits: list[timedelta], p: int) -> Score:
    values = [minutes_exact(w) for w in waits]
    value = percentile_rank(values, p)  # type: ignore[arg-type]  # Fractions sort exactly
    shown = None if value is None else round_half_away(Fraction(value), 1)
    return Score(figure_id, shown, len(waits), None, higher_is_better=False, unit="min")


# ------------------------------------------------------------------ R1–R5
def reception_figures(uow: UnitOfWork, period: Period, settings: SalonSettings) -> ReceptionFigures:
    """R1–R5 for ``period`` (see the module docstring for which month an item belongs to)."""
    tz = salon_timezone(settings)
    with _session(uow) as session:
        visits = list(
            session.exec(
                select(Visit)
                .where(col(Visit.arrived_at) >= period.start, col(Visit.arrived_at) < period.end)
                .order_by(col(Visit.arrived_at), col(Visit.id))
            )
        )
        booked = list(
            session.exec(
                select(Visit).where(
                    col(Visit.appointment_id).is_not(None),
                    col(Visit.scheduled_start) >= period.start,
                    col(Visit.scheduled_start) < period.end,
                    col(Visit.service_started_at).is_not(None),
                )
            )
        )
        statuses = list(
            session.exec(
                select(Appointment.status).where(
                    col(Appointment.start) >= period.start, col(Appointment.start) < period.end
                )
            )
        )
        customers = _customers(session, {v.customer_id for v in visits if v.customer_id is not None})
        # computed inside the session: a closed unit of work rolls back and expires its rows
        return compute_reception(visits, booked, [AppointmentStatus(s) for s in statuses], customers, tz, settings)


def compute_reception(
    visits: list[Visit],
    kept_booked: list[Visit],
    appointment_statuses: list[AppointmentStatus],
    customers: dict[int, Customer],
    tz: ZoneInfo,
    settings: SalonSettings,
) -> ReceptionFigures:
    """The arithmetic of R1–R5 over rows already selected for the period."""
    served = [v for v in visits if v.service_started_at is not None and v.state != VisitState.LEFT]
    waits = [(v, wait_of(v.wait_start, v.service_started_at)) for v in served if v.service_started_at is not None]
    within = sum(1 for _, w in waits if within_wait_limit(w))
    r1 = Rate("R1", within, len(waits), _target(settings, "R1"))
    wait_values = [w for _, w in waits]
    r2 = _score_minutes("R2", wait_values, 50)
    r2_p90 = _score_minutes("R2p90", wait_values, 90)

    on_time = sum(
        1
        for v in kept_booked
        if v.scheduled_start is not None
        and v.service_started_at is not None
        and punctual(v.scheduled_start, v.service_started_at)
    )
    r3 = Rate("R3", on_time, len(kept_booked), _target(settings, "R3"))

    ended = [s for s in appointment_statuses if s in R4_ENDED]
    no_shows = sum(1 for s in ended if s == AppointmentStatus.NO_SHOW)
    r4 = Rate("R4", no_shows, len(ended), None)

    left = [v for v in visits if v.state == VisitState.LEFT]
    left_items = tuple(
        LeftItem(
            visit_id=v.id or 0,
            day=local_date(v.arrived_at, tz),
            arrived_at=v.arrived_at,
            left_at=v.left_at,
            waited_minutes=None if v.left_at is None else minutes_1dp(wait_of(v.wait_start, v.left_at)),
            name=_visit_name(v, customers),
            reason=str(v.left_reason or ""),
        )
        for v in left
    )
    r5 = Count("R5", len(left), None, items=tuple(_left_json(i) for i in left_items))

    over = tuple(
        WaitItem(v.id or 0, local_date(v.arrived_at, tz), minutes_1dp(w), _visit_name(v, customers), w)
        for v, w in waits
        if not within_wait_limit(w)
    )
    by_day: dict[date, list[timedelta]] = {}
    for v, w in waits:
        by_day.setdefault(local_date(v.arrived_at, tz), []).append(w)
    daily = tuple(
        DailyWait(
            day,
            _score_minutes("R2", day_waits, 50).value,  # type: ignore[arg-type]
            Rate("R1", sum(1 for w in day_waits if within_wait_limit(w)), len(day_waits), _target(settings, "R1")),
        )
        for day, day_waits in sorted(by_day.items())
    )
    return ReceptionFigures(r1, r2, r2_p90, r3, r4, r5, over, left_items, _histogram(wait_values), daily)


def _left_json(item: LeftItem) -> dict[str, object]:
    return {
        "visit_id": item.visit_id,
        "day": item.day.isoformat(),
        "arrived_at": item.arrived_at.isoformat(),
        "left_at": None if item.left_at is None else item.left_at.isoformat(),
        "waited_minutes": None if item.waited_minutes is None else float(item.waited_minutes),
        "name": item.name,
        "reason": item.reason,
    }


# ------------------------------------------------------------------ S1–S4
def technician_certified(certificates: list[Certificate], staff_id: int | None, kind: str | None, day: date) -> bool:
    """S1: the technician holds on ``day`` a valid certificate of ``kind`` (any kind when None)."""
    if staff_id is None:
        return False
    return any(
        c.staff_id == staff_id
        and (kind is None or str(c.kind) == str(kind))
        and certificate_valid_on(c.valid_from, c.valid_until, day)
        for c in certificates
    )


def _ratings_figures(ratings: list[Rating], settings: SalonSettings) -> tuple[Rate, Score]:
    satisfaction = [r.satisfaction for r in ratings if r.satisfaction is not None]
    recommend = [r.recommend for r in ratings if r.recommend is not None]
    s2 = Rate("S2", sum(1 for s in satisfaction if s >= 4), len(satisfaction), _target(settings, "S2"))
    s3 = Score("S3", nps(recommend), len(recommend), _target(settings, "S3"))
    return s2, s3


def quality_figures(uow: UnitOfWork, period: Period, settings: SalonSettings) -> QualityFigures:
    """S1–S4 for ``period``, the uncertified services, re-check exceptions and a 12-month rating trend."""
    tz = salon_timezone(settings)
    first = period.first_day.replace(day=1)
    trend_start_year, trend_start_month = first.year, first.month
    for _ in range(TREND_MONTHS - 1):
        trend_start_year, trend_start_month = (
            (trend_start_year - 1, 12) if trend_start_month == 1 else (trend_start_year, trend_start_month - 1)
        )
    trend_start = month_period(trend_start_year, trend_start_month, tz).start
    with _session(uow) as session:
        finished = list(
            session.exec(
                select(Visit).where(
                    col(Visit.service_ended_at) >= period.start,
                    col(Visit.service_ended_at) < period.end,
                    Visit.state == VisitState.DONE,
                )
            )
        )
        services = {s.id: s for s in session.exec(select(Service)) if s.id is not None}
        staff = {s.id: s.name for s in session.exec(select(Staff)) if s.id is not None}
        certificates = list(session.exec(select(Certificate)))
        ratings = list(
            session.exec(
                select(Rating).where(
                    col(Rating.given_at) >= min(trend_start, period.start), col(Rating.given_at) < period.end
                )
            )
        )
        rechecks = list(
            session.exec(
                select(Recheck).where(col(Recheck.requested_at) >= period.start, col(Recheck.requested_at) < period.end)
            )
        )
        record_ids = {r.original_record_id for r in rechecks}
        records = (
            {r.id: r for r in session.exec(select(ServiceRecord).where(col(ServiceRecord.id).in_(sorted(record_ids))))}
            if record_ids
            else {}
        )
        customers = _customers(session, {r.customer_id for r in records.values() if r.customer_id is not None})

        uncertified = []
        certified = 0
        for visit in finished:
            assert visit.service_ended_at is not None
            day = local_date(visit.service_ended_at, tz)
            service = services.get(visit.service_id) if visit.service_id is not None else None
            kind = None if service is None or service.certificate_kind is None else str(service.certificate_kind)
            if technician_certified(certificates, visit.staff_id, kind, day):
                certified += 1
            else:
                uncertified.append(
                    UncertifiedItem(
                        visit.id or 0,
                        day,
                        staff.get(visit.staff_id, "?") if visit.staff_id is not None else "?",
                        service.name if service is not None else "?",
                        kind,
                    )
                )
        s1 = Rate("S1", certified, len(finished), _target(settings, "S1"))
        in_period = [r for r in ratings if period.contains(r.given_at)]
        s2, s3 = _ratings_figures(in_period, settings)

        owed = [r for r in rechecks if r.within_window]
        honoured = sum(1 for r in owed if not r.refused and r.visit_id is not None)
        s4 = Rate("S4", honoured, len(owed), _target(settings, "S4", 100.0))
        exceptions = []
        for r in sorted(rechecks, key=lambda x: (x.requested_at, x.id or 0)):
            if r.within_window and not r.refused:
                continue
            original = records.get(r.original_record_id)
            finished_at = original.finished_at if original is not None else r.requested_at
            name = "*"
            if original is not None and original.customer_id in customers:
                cust = customers[original.customer_id]
                name = (cust.pseudonym or "*") if cust.erased_at is not None else short_name(cust.name)
            exceptions.append(
                RecheckItem(
                    r.id or 0,
                    r.requested_at,
                    finished_at,
                    round_half_away(minutes_exact(r.requested_at - finished_at) / 60, 1),
                    r.refused,
                    not r.within_window,
                    name,
                    r.reason,
                )
            )

        monthly = []
        year, month = trend_start_year, trend_start_month
        for _ in range(TREND_MONTHS):
            span = month_period(year, month, tz)
            s2_m, s3_m = _ratings_figures([r for r in ratings if span.contains(r.given_at)], settings)
            monthly.append(MonthRatings(f"{year:04d}-{month:02d}", s2_m, s3_m))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return QualityFigures(s1, s2, s3, s4, tuple(uncertified), tuple(exceptions), tuple(monthly))
