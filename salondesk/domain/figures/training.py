"""T1–T3 of commitments.md (§4b, staff training) as pure functions over staff and attendance rows.

A quarter is a calendar quarter of the salon's local calendar, the one that contains
the report's month. "Staff" are the technicians and receptionists active on the
quarter's last day (on the report's day for a quarter still running). While the
quarter runs, T1 is *in progress* and its ``met`` is null.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from salondesk.domain.calendar import Period, days_period
from salondesk.domain.clock import ensure_utc
from salondesk.domain.figures.arithmetic import Rate, satisfied_rate
from salondesk.domain.figures.context import FigureContext
from salondesk.domain.permissions import Role
from salondesk.domain.staff import Assessment

TRAINED_ROLES = frozenset({Role.TECHNICIAN, Role.RECEPTIONIST})


@dataclass(frozen=True)
class StaffFact:
    """A staff member, when the account was created and each later (de)activation."""

    id: int
    name: str
    role: Role
    created_at: datetime
    activity: tuple[tuple[datetime, bool], ...] = ()  # (at, active from then on), in time order

    def __str__(self) -> str:
        """The name (how lists of staff print)."""
        return self.name

    def active_at(self, instant: datetime) -> bool:
        """Whether the account existed and was active at ``instant``."""
        instant = ensure_utc(instant)
        if ensure_utc(self.created_at) > instant:
            return False
        active = True
        for at, now_active in self.activity:
            if ensure_utc(at) <= instant:
                active = now_active
        return active


@dataclass(frozen=True)
class AttendanceFact:
    """One staff member at one training held on ``held_on`` (a local date)."""

    staff_id: int
    held_on: date
    assessment: Assessment = Assessment.NOT_ASSESSED
    rating: int | None = None


@dataclass(frozen=True)
class TrainingRows:
    """Every staff member and the attendances of the trainings held in the quarter."""

    staff: tuple[StaffFact, ...]
    attendances: tuple[AttendanceFact, ...]


def quarter_of(day: date) -> tuple[date, date]:
    """The first and last day of the calendar quarter containing ``day``."""
    first_month = 3 * ((day.month - 1) // 3) + 1
    first = date(day.year, first_month, 1)
    last = date(day.year + 1, 1, 1) if first_month == 10 else date(day.year, first_month + 3, 1)
    return first, date.fromordinal(last.toordinal() - 1)


def report_quarter(ctx: FigureContext) -> Period:
    """The local quarter that contains the report's month."""
    first, last = quarter_of(ctx.period.first_day)
    return days_period(first, last, ctx.tz)


def quarter_running(ctx: FigureContext) -> bool:
    """True while the report's quarter has not ended."""
    return ctx.now < report_quarter(ctx).end


def staff_in_scope(rows: TrainingRows, ctx: FigureContext) -> tuple[StaffFact, ...]:
    """Technicians and receptionists active on the quarter's last day (on the report's day while it runs)."""
    quarter = report_quarter(ctx)
    at = min(ctx.now, quarter.end)
    return tuple(s for s in rows.staff if s.role in TRAINED_ROLES and s.active_at(at))


def attendances_in_quarter(rows: TrainingRows, ctx: FigureContext) -> tuple[AttendanceFact, ...]:
    """Attendances of trainings held in the report's quarter."""
    quarter = report_quarter(ctx)
    return tuple(a for a in rows.attendances if quarter.first_day <= a.held_on <= quarter.last_day)


def t1_training_coverage(rows: TrainingRows, ctx: FigureContext) -> Rate:
    """T1: staff who attended at least one training in the quarter over staff.

    In progress (``met`` null) while the quarter runs.
    """
    staff = staff_in_scope(rows, ctx)
    trained = {a.staff_id for a in attendances_in_quarter(rows, ctx)}
    covered = sum(1 for s in staff if s.id in trained)
    return Rate("T1", covered, len(staff), ctx.target("T1"), in_progress=quarter_running(ctx))


def t2_assessment_pass_rate(rows: TrainingRows, ctx: FigureContext) -> Rate:
    """T2: attendances marked passed over attendances with an assessment result (not "not assessed")."""
    assessed = [a for a in attendances_in_quarter(rows, ctx) if a.assessment != Assessment.NOT_ASSESSED]
    passed = sum(1 for a in assessed if a.assessment == Assessment.PASSED)
    return Rate("T2", passed, len(assessed), ctx.target("T2"))


def t3_training_satisfaction(rows: TrainingRows, ctx: FigureContext) -> Rate:
    """T3: attendees' ratings of 4 or 5 over ratings given."""
    return satisfied_rate("T3", [a.rating for a in attendances_in_quarter(rows, ctx)], ctx.target("T3"))


def untrained_staff(rows: TrainingRows, ctx: FigureContext) -> tuple[StaffFact, ...]:
    """T1's list: staff in scope without a training in the quarter yet."""
    trained = {a.staff_id for a in attendances_in_quarter(rows, ctx)}
    return tuple(s for s in staff_in_scope(rows, ctx) if s.id not in trained)


@dataclass(frozen=True)
class TrainingFigures:
    """T1–T3 for the quarter of the report's month, and who still needs a training."""

    figures: dict[str, Rate]
    quarter: Period
    untrained: tuple[StaffFact, ...]


def training_figures(rows: TrainingRows, ctx: FigureContext) -> TrainingFigures:
    """T1–T3 and the staff without a training in the quarter."""
    return TrainingFigures(
        figures={
            "T1": t1_training_coverage(rows, ctx),
            "T2": t2_assessment_pass_rate(rows, ctx),
            "T3": t3_training_satisfaction(rows, ctx),
        },
        quarter=report_quarter(ctx),
        untrained=untrained_staff(rows, ctx),
    )
