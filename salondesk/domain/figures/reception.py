"""R1–R5 of commitments.md as pure functions over visit rows.

Which month an item belongs to (the event that starts it, in the salon's zone):
R1, R2, R5 — the visit's arrival; R3, R4 — the appointment's scheduled start.
The loader (``queries.metrics_reception.load_reception_rows``) selects the rows of
the period; the functions here only count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

from salondesk.domain.appointments import AppointmentStatus
from salondesk.domain.calendar import local_date
from salondesk.domain.figures.arithmetic import Count, Rate, Score, percentile_rank, round_half_away
from salondesk.domain.figures.context import FigureContext
from salondesk.domain.reception import punctual, wait_of, within_wait_limit
from salondesk.domain.visits import VisitState

# Wait-time histogram bins in minutes: (low, high] except the first, which includes 0.
HISTOGRAM_EDGES: tuple[int, ...] = (0, 5, 10, 15, 20, 30, 45, 60)
KEPT = frozenset({AppointmentStatus.DONE, AppointmentStatus.IN_SERVICE})
R4_ENDED = frozenset({*KEPT, AppointmentStatus.NO_SHOW, AppointmentStatus.LEFT})


@dataclass(frozen=True)
class VisitRow:
    """One visit as the reception figures see it (``name`` already shortened for print)."""

    id: int
    arrived_at: datetime
    wait_start: datetime
    state: VisitState
    service_started_at: datetime | None = None
    scheduled_start: datetime | None = None
    left_at: datetime | None = None
    left_reason: str = ""
    name: str = "*"
    technician: str = ""  # who served (empty: nobody yet)


@dataclass(frozen=True)
class ReceptionRows:
    """The rows R1–R5 are counted over.

    The visits that arrived in the period, the booked visits whose scheduled start fell in it
    and were served, and the statuses of the appointments scheduled in it.
    """

    arrived: tuple[VisitRow, ...]
    kept_booked: tuple[VisitRow, ...]
    appointment_statuses: tuple[AppointmentStatus, ...]


def minutes_exact(delta: timedelta) -> Fraction:
    """A duration in minutes, exactly (microsecond precision)."""
    return Fraction(delta // timedelta(microseconds=1), 60_000_000)


def minutes_1dp(delta: timedelta) -> Decimal:
    """Minutes rounded half away from zero to one decimal (R2's printing)."""
    return round_half_away(minutes_exact(delta), 1)


def served_waits(rows: ReceptionRows) -> list[tuple[VisitRow, timedelta]]:
    """R1/R2's visits (service started, not left) with their waits."""
    return [
        (v, wait_of(v.wait_start, v.service_started_at))
        for v in rows.arrived
        if v.service_started_at is not None and v.state != VisitState.LEFT
    ]


def wait_score(figure_id: str, waits: list[timedelta], p: int) -> Score:
    """The p-th percentile wait in minutes (value at rank ⌈p/100·n⌉), one decimal."""
    # the waits sort as their exact minutes do (minutes_exact is strictly increasing): rank the
    # timedeltas, then turn the one picked into minutes (sorting a month of Fractions cost ~10 ms)
    picked = percentile_rank(waits, p)  # type: ignore[arg-type]  # timedeltas sort exactly
    shown = None if picked is None else round_half_away(minutes_exact(picked), 1)  # type: ignore[arg-type]
    return Score(figure_id, shown, len(waits), None, higher_is_better=False, unit="min")


def r1_wait_rate(rows: ReceptionRows, ctx: FigureContext) -> Rate:
    """R1: visits served within 15 min of the wait start over visits whose service started."""
    waits = served_waits(rows)
    return Rate("R1", sum(1 for _, w in waits if within_wait_limit(w)), len(waits), ctx.target("R1"))


def r2_median_wait(rows: ReceptionRows, ctx: FigureContext) -> Score:
    """R2: the median wait (minutes, one decimal) over R1's visits."""
    return wait_score("R2", [w for _, w in served_waits(rows)], 50)


def r2_p90_wait(rows: ReceptionRows, ctx: FigureContext) -> Score:
    """R2's second value: the 90th-percentile wait."""
    return wait_score("R2_p90", [w for _, w in served_waits(rows)], 90)


def r3_punctuality(rows: ReceptionRows, ctx: FigureContext) -> Rate:
    """R3: kept appointments started no later than 10 min after the scheduled start, over kept ones."""
    on_time = sum(
        1
        for v in rows.kept_booked
        if v.scheduled_start is not None
        and v.service_started_at is not None
        and punctual(v.scheduled_start, v.service_started_at)
    )
    return Rate("R3", on_time, len(rows.kept_booked), ctx.target("R3"))


def r4_no_show_rate(rows: ReceptionRows, ctx: FigureContext) -> Rate:
    """R4: no-shows over appointments that ended kept, no-show or left (no target: shown)."""
    ended = [s for s in rows.appointment_statuses if s in R4_ENDED]
    return Rate("R4", sum(1 for s in ended if s == AppointmentStatus.NO_SHOW), len(ended), None)


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


def left_items(rows: ReceptionRows, ctx: FigureContext) -> tuple[LeftItem, ...]:
    """R5's list: the visits of the period that left without service."""
    return tuple(
        LeftItem(
            visit_id=v.id,
            day=local_date(v.arrived_at, ctx.tz),
            arrived_at=v.arrived_at,
            left_at=v.left_at,
            waited_minutes=None if v.left_at is None else minutes_1dp(wait_of(v.wait_start, v.left_at)),
            name=v.name,
            reason=v.left_reason,
        )
        for v in rows.arrived
        if v.state == VisitState.LEFT
    )


def r5_left_without_service(rows: ReceptionRows, ctx: FigureContext) -> Count:
    """R5: visits that left without service, listed (not counted in R1)."""
    items = left_items(rows, ctx)
    return Count("R5", len(items), None, items=tuple(_left_json(i) for i in items))


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


# ------------------------------------------------------------------ the report's detail lists
@dataclass(frozen=True)
class WaitItem:
    """One visit that waited over 15 min (name shortened for the report)."""

    visit_id: int
    day: date
    wait_minutes: Decimal
    name: str
    wait: timedelta = timedelta(0)  # exact, for printing minutes:seconds
    technician: str = ""

    def as_json(self) -> dict[str, object]:
        """The report JSON's entry: who waited, how long, and who served them."""
        return {
            "visit_id": self.visit_id,
            "day": self.day.isoformat(),
            "wait_minutes": float(self.wait_minutes),
            "name": self.name,
            "technician": self.technician or None,
        }


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
        """Keyed by id (``R2_p90`` is R2's second value)."""
        return {"R1": self.R1, "R2": self.R2, "R2_p90": self.R2_p90, "R3": self.R3, "R4": self.R4, "R5": self.R5}


def histogram(waits: list[timedelta]) -> tuple[HistogramBin, ...]:
    """Waits per bin of ``HISTOGRAM_EDGES``."""
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


def reception_figures(rows: ReceptionRows, ctx: FigureContext) -> ReceptionFigures:
    """R1–R5 and the report's reception lists (waits over the limit, left, histogram, by day)."""
    waits = served_waits(rows)
    over = tuple(
        WaitItem(v.id, local_date(v.arrived_at, ctx.tz), minutes_1dp(w), v.name, w, v.technician)
        for v, w in waits
        if not within_wait_limit(w)
    )
    by_day: dict[date, list[timedelta]] = {}
    for v, w in waits:
        by_day.setdefault(local_date(v.arrived_at, ctx.tz), []).append(w)
    daily = tuple(
        DailyWait(
            day,
            wait_score("R2", day_waits, 50).value,  # type: ignore[arg-type]
            Rate("R1", sum(1 for w in day_waits if within_wait_limit(w)), len(day_waits), ctx.target("R1")),
        )
        for day, day_waits in sorted(by_day.items())
    )
    return ReceptionFigures(
        r1_wait_rate(rows, ctx),
        r2_median_wait(rows, ctx),
        r2_p90_wait(rows, ctx),
        r3_punctuality(rows, ctx),
        r4_no_show_rate(rows, ctx),
        r5_left_without_service(rows, ctx),
        over,
        left_items(rows, ctx),
        histogram([w for _, w in waits]),
        daily,
    )
