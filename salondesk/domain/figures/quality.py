"""S1–S6 and S2Y of commitments.md as pure functions over service, certificate, rating and re-check rows.

Which month an item belongs to: S1 — the service's finish; S2, S3, S5, S6 — when the
rating was given; S4 — when the re-check was requested. S2Y is S2 over the 12
months ending with the report's month.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cached_property

from salondesk.domain.calendar import Period, local_date, month_period
from salondesk.domain.clock import ensure_utc
from salondesk.domain.figures.arithmetic import Rate, Score, nps, round_half_away, satisfied_rate
from salondesk.domain.figures.context import FigureContext
from salondesk.domain.figures.reception import minutes_exact
from salondesk.domain.staff import certificate_valid_on

TREND_MONTHS = 12
ANNUAL_MONTHS = 12


@dataclass(frozen=True)
class FinishedService:
    """A service finished (visit done) in the period, with the certificate kind it needs."""

    visit_id: int
    finished_at: datetime
    staff_id: int | None
    staff_name: str
    service_name: str
    required_kind: str | None  # None: a certificate of any kind


@dataclass(frozen=True)
class CertificateRow:
    """A technician's certificate and its validity (both ends inclusive)."""

    staff_id: int
    kind: str
    valid_from: date
    valid_until: date | None


@dataclass(frozen=True)
class RatingRow:
    """One post-visit rating: each answer may be skipped (None)."""

    given_at: datetime
    satisfaction: int | None = None  # 1–5 (S2, S2Y)
    recommend: int | None = None  # 0–10 (S3)
    hygiene: int | None = None  # 1–5 (S5)
    privacy: int | None = None  # 1–5 (S6)


@dataclass(frozen=True)
class RecheckRow:
    """A re-check asked for in the period, with the original service's finish."""

    id: int
    requested_at: datetime
    within_window: bool
    refused: bool
    visit_id: int | None
    original_finished_at: datetime
    name: str = "*"
    reason: str = ""


@dataclass(frozen=True)
class QualityRows:
    """The rows S1–S6 and S2Y are counted over.

    The period's finished services and re-checks, every certificate, and the ratings of the
    12 months ending with the period (S2Y and the trend need them).
    """

    finished: tuple[FinishedService, ...]
    certificates: tuple[CertificateRow, ...]
    ratings: tuple[RatingRow, ...]
    rechecks: tuple[RecheckRow, ...]

    @cached_property
    def _ratings_by_instant(self) -> tuple[list[datetime], list[RatingRow]]:
        """The ratings sorted by when they were given (UTC), once: each month's are then a slice."""
        ordered = sorted(range(len(self.ratings)), key=lambda i: ensure_utc(self.ratings[i].given_at))
        return [ensure_utc(self.ratings[i].given_at) for i in ordered], [self.ratings[i] for i in ordered]

    def ratings_in(self, period: Period) -> list[RatingRow]:
        """The ratings given inside ``period`` (``period.contains(given_at)``), oldest first."""
        instants, ratings = self._ratings_by_instant
        return ratings[bisect_left(instants, period.start) : bisect_left(instants, period.end)]


def months_ending_with(period: Period, count: int, ctx: FigureContext) -> list[Period]:
    """``count`` local months ending with the month of ``period``'s first day, oldest first."""
    year, month = period.first_day.year, period.first_day.month
    months = []
    for _ in range(count):
        months.append(month_period(year, month, ctx.tz))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return list(reversed(months))


def annual_window(ctx: FigureContext) -> Period:
    """S2Y's window: the report's month and the 11 before it."""
    months = months_ending_with(ctx.period, ANNUAL_MONTHS, ctx)
    return Period(months[0].start, ctx.period.end, months[0].first_day, ctx.period.last_day)


def technician_certified(certificates: tuple[CertificateRow, ...], service: FinishedService, day: date) -> bool:
    """S1: the technician holds on ``day`` a valid certificate of the kind (any kind when None)."""
    if service.staff_id is None:
        return False
    return any(
        c.staff_id == service.staff_id
        and (service.required_kind is None or c.kind == service.required_kind)
        and certificate_valid_on(c.valid_from, c.valid_until, day)
        for c in certificates
    )


def uncertified_services(rows: QualityRows, ctx: FigureContext) -> tuple[FinishedService, ...]:
    """S1's exceptions: services whose technician held no valid certificate of the kind that day."""
    return tuple(
        s for s in rows.finished if not technician_certified(rows.certificates, s, local_date(s.finished_at, ctx.tz))
    )


def s1_certified_rate(rows: QualityRows, ctx: FigureContext) -> Rate:
    """S1: services finished by a technician certified on that day over services finished."""
    uncertified = len(uncertified_services(rows, ctx))
    return Rate("S1", len(rows.finished) - uncertified, len(rows.finished), ctx.target("S1"))


def _ratings_in(rows: QualityRows, period: Period) -> list[RatingRow]:
    # the 12-month trend asks for 12 months of the same ratings: one sort, then a slice per month
    return rows.ratings_in(period)


def s2_satisfaction(rows: QualityRows, ctx: FigureContext) -> Rate:
    """S2: ratings of 4 or 5 over ratings given in the month."""
    return satisfied_rate("S2", [r.satisfaction for r in _ratings_in(rows, ctx.period)], ctx.target("S2"))


def s2y_annual_satisfaction(rows: QualityRows, ctx: FigureContext) -> Rate:
    """S2Y: the S2 rule over the 12 months ending with the report's month."""
    window = annual_window(ctx)
    return satisfied_rate("S2Y", [r.satisfaction for r in _ratings_in(rows, window)], ctx.target("S2Y"))


def s3_nps(rows: QualityRows, ctx: FigureContext) -> Score:
    """S3: % of 9–10 minus % of 0–6 over the 0–10 answers of the month."""
    recommend = [r.recommend for r in _ratings_in(rows, ctx.period) if r.recommend is not None]
    return Score("S3", nps(recommend), len(recommend), ctx.target("S3"))


def s4_rechecks_given(rows: QualityRows, ctx: FigureContext) -> Rate:
    """S4: honoured re-checks within 7 days over re-checks asked for within 7 days."""
    owed = [r for r in rows.rechecks if r.within_window]
    honoured = sum(1 for r in owed if not r.refused and r.visit_id is not None)
    return Rate("S4", honoured, len(owed), ctx.target("S4", 100.0))


def s5_hygiene_satisfaction(rows: QualityRows, ctx: FigureContext) -> Rate:
    """S5: answers of 4 or 5 to "How clean did you find the salon and the tools?" over answers given."""
    return satisfied_rate("S5", [r.hygiene for r in _ratings_in(rows, ctx.period)], ctx.target("S5"))


def s6_privacy_satisfaction(rows: QualityRows, ctx: FigureContext) -> Rate:
    """S6: answers of 4 or 5 to "Did we treat your personal information with care?" over answers given."""
    return satisfied_rate("S6", [r.privacy for r in _ratings_in(rows, ctx.period)], ctx.target("S6"))


# ------------------------------------------------------------------ the report's detail lists
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
    """Satisfaction (S2), NPS (S3), hygiene (S5) and privacy (S6) of one month, for the trend."""

    month: str  # YYYY-MM
    satisfaction: Rate
    nps: Score
    hygiene: Rate
    privacy: Rate


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
class QualityFigures:
    """S1–S6 and S2Y for a period and their detail lists."""

    S1: Rate
    S2: Rate
    S3: Score
    S4: Rate  # honoured re-checks within 7 days over re-checks asked for within 7 days
    S2Y: Rate
    S5: Rate
    S6: Rate
    uncertified: tuple[UncertifiedItem, ...] = ()
    recheck_exceptions: tuple[RecheckItem, ...] = ()
    monthly: tuple[MonthRatings, ...] = ()

    @property
    def figures(self) -> dict[str, Rate | Score]:
        """Keyed by id."""
        return {
            "S1": self.S1,
            "S2": self.S2,
            "S2Y": self.S2Y,
            "S3": self.S3,
            "S4": self.S4,
            "S5": self.S5,
            "S6": self.S6,
        }


def recheck_exceptions(rows: QualityRows) -> tuple[RecheckItem, ...]:
    """S4's list: re-checks refused or asked for after the free window."""
    return tuple(
        RecheckItem(
            r.id,
            r.requested_at,
            r.original_finished_at,
            round_half_away(minutes_exact(r.requested_at - r.original_finished_at) / 60, 1),
            r.refused,
            not r.within_window,
            r.name,
            r.reason,
        )
        for r in sorted(rows.rechecks, key=lambda x: (x.requested_at, x.id))
        if not (r.within_window and not r.refused)
    )


def monthly_ratings(rows: QualityRows, ctx: FigureContext) -> tuple[MonthRatings, ...]:
    """S2, S3, S5 and S6 for each of the 12 months ending with the period (the trend)."""
    trend = []
    for span in months_ending_with(ctx.period, TREND_MONTHS, ctx):
        month_ctx = FigureContext(span, ctx.now, ctx.tz, ctx.settings)
        trend.append(
            MonthRatings(
                f"{span.first_day.year:04d}-{span.first_day.month:02d}",
                s2_satisfaction(rows, month_ctx),
                s3_nps(rows, month_ctx),
                s5_hygiene_satisfaction(rows, month_ctx),
                s6_privacy_satisfaction(rows, month_ctx),
            )
        )
    return tuple(trend)


def quality_figures(rows: QualityRows, ctx: FigureContext) -> QualityFigures:
    """S1–S6, S2Y and the report's quality lists (uncertified services, re-check exceptions, trend)."""
    uncertified = tuple(
        UncertifiedItem(s.visit_id, local_date(s.finished_at, ctx.tz), s.staff_name, s.service_name, s.required_kind)
        for s in uncertified_services(rows, ctx)
    )
    return QualityFigures(
        s1_certified_rate(rows, ctx),
        s2_satisfaction(rows, ctx),
        s3_nps(rows, ctx),
        s4_rechecks_given(rows, ctx),
        s2y_annual_satisfaction(rows, ctx),
        s5_hygiene_satisfaction(rows, ctx),
        s6_privacy_satisfaction(rows, ctx),
        uncertified,
        recheck_exceptions(rows),
        monthly_ratings(rows, ctx),
    )
