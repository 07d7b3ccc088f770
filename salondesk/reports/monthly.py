"""The monthly compliance report's data: computed once, drawn as PDF and written as JSON.

Both outputs come from the same :class:`MonthlyReport`, so they cannot disagree.
The figures are the registry's (``salondesk.domain.figures.registry``): pure functions over
rows the ``salondesk.queries.metrics_*`` loaders read; this module computes them for one
month with the targets that were in force.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from salondesk.db.uow import UowFactory
from salondesk.domain.calendar import Period, month_period
from salondesk.domain.clock import Clock
from salondesk.domain.figures import Count, Figure, Rate
from salondesk.domain.figures.registry import AREAS
from salondesk.domain.month_close import RegisterHead
from salondesk.domain.permissions import Actor, Permission, Role
from salondesk.domain.settings import SalonSettings
from salondesk.queries.access import require
from salondesk.queries.equipment import DeviceAtMonthEnd, devices_at
from salondesk.queries.staff import CertificateRow, TrainingRow, certificate_rows, staff_rows, training_rows
from salondesk.reports.figure_data import figures_for
from salondesk.services.month_close import latest_close_heads
from salondesk.services.records_chain import register_heads, verify_all
from salondesk.services.settings import load_settings, salon_timezone

ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class ChainResult:
    """One register's hash-chain verification."""

    register: str
    entries: int
    ok: bool
    first_broken: str | None = None
    checked_since: str | None = None  # YYYY-MM: only entries after that month's close were recomputed


@dataclass(frozen=True)
class Closing:
    """Who closed the month and when (a report made by the close itself, or the stored one)."""

    at: datetime
    by: str


@dataclass(frozen=True)
class FigureChange:
    """A figure that differs from the stored report of a closed month."""

    figure_id: str
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None
    items_added: tuple[Any, ...] = ()
    items_removed: tuple[Any, ...] = ()


@dataclass(frozen=True)
class HeadChange:
    """A register whose head moved since the close (entries signed, or removed, afterwards)."""

    register: str
    entries_before: int
    entries_after: int
    hash_before: str
    hash_after: str


@dataclass(frozen=True)
class ChangesSinceClose:
    """What a recomputed closed month shows differently from its stored report."""

    closing: Closing
    figures: tuple[FigureChange, ...]
    heads: tuple[HeadChange, ...]

    @property
    def empty(self) -> bool:
        """Nothing changed."""
        return not self.figures and not self.heads


@dataclass(frozen=True)
class MonthlyReport:
    """Everything the monthly report prints, computed once."""

    year: int
    month: int
    period: Period
    settings: SalonSettings  # current: the salon's name, address and time zone
    generated_at: datetime
    generated_by: str
    provisional: bool
    targets_settings: SalonSettings  # in force at the end of the month: the targets printed
    figures: Mapping[str, Figure]
    areas: Mapping[str, Any]  # the area objects, for the detail sections
    certificates: tuple[CertificateRow, ...]
    training: tuple[TrainingRow, ...]
    chains: tuple[ChainResult, ...] = ()
    as_of: datetime | None = None  # the instant the month is judged at: its end, or now if earlier
    heads: tuple[RegisterHead, ...] = ()  # every register's head at ``generated_at``
    closing: Closing | None = None  # set when this report is the month's close
    changes: ChangesSinceClose | None = None  # set when a closed month is recomputed
    devices: tuple[DeviceAtMonthEnd, ...] = ()  # every asset at the month's end, with its overhaul dates
    technicians: tuple[str, ...] = ()  # technicians active on the month's last day, by name

    @property
    def month_text(self) -> str:
        """``2026-10``."""
        return f"{self.year:04d}-{self.month:02d}"

    def worst_misses(self, limit: int = 3) -> list[Figure]:
        """The figures that missed their target by the most (relative shortfall)."""
        missed = [f for f in self.figures.values() if f.met is False]
        return sorted(missed, key=shortfall, reverse=True)[:limit]


def shortfall(figure: Figure) -> float:
    """How far a missed figure is from its target, comparable across kinds (0–1+)."""
    if isinstance(figure, Rate):
        value = float(figure.exact or 0)
        target = figure.target or 0.0
        return (target - value) / max(target, 1.0)
    if isinstance(figure, Count):
        # a count over target (e.g. 1 late entry) weighs less than a rate far below its target
        excess = float(figure.count - (figure.target or 0))
        return excess / (excess + 10.0)
    if figure.value is None or figure.target is None:
        return 0.0
    gap = float(figure.target) - float(figure.value)
    # scores with targets are NPS-like, on −100…100: measure the gap against the distance to the floor
    return (gap if figure.higher_is_better else -gap) / (abs(figure.target) + 100.0)


def compute_monthly_report(
    new_uow: UowFactory,
    actor: Actor,
    clock: Clock,
    year: int,
    month: int,
    progress: ProgressFn | None = None,
    *,
    closing: bool = False,
) -> MonthlyReport:
    """Compute every figure of ``year-month`` (owner), judged as of the month's end.

    Events after the month's end are not counted and deadlines run out at the month's
    end at the latest (a complaint whose 30 days end in the next month is pending, not
    late). With ``closing`` the report is the month's close (signed by ``actor`` now);
    otherwise it is provisional.
    """
    require(new_uow(), actor, Permission.VIEW_REPORTS)
    now = clock.now()
    with new_uow() as uow:
        current = load_settings(uow)
    tz = salon_timezone(current)
    period = month_period(year, month, tz)
    steps = len(AREAS) + 2
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, steps)

    with new_uow() as uow:
        # the targets in force at the end of the month (or now, if earlier)
        in_force = load_settings(uow, at=min(period.end, now))
    settings = SalonSettings(**{**current.as_dict(), "targets": in_force.targets})
    # judged as of the month's end: later events are not counted, deadlines run out at it at the latest
    as_of = min(now, period.end)
    computed = figures_for(new_uow, period, settings, tz, as_of, step=step)

    last_day = period.last_day
    # every certificate judged on the month's last day, with the Staff tab's warning window
    certs = tuple(c for c in certificate_rows(new_uow(), last_day) if c.valid_from <= last_day)
    technicians = tuple(
        r.name for r in staff_rows(new_uow(), last_day, include_inactive=False) if r.role == Role.TECHNICIAN
    )
    devices = tuple(devices_at(new_uow(), tz, as_of))
    training = tuple(training_rows(new_uow(), period.first_day, period.last_day))
    chains = _verify_chains(new_uow)
    heads = register_heads(new_uow())
    step()
    report = MonthlyReport(
        year=year,
        month=month,
        period=period,
        settings=current,
        targets_settings=settings,
        generated_at=now,
        generated_by=actor.name,
        provisional=not closing,
        figures=computed.figures,
        areas=computed.areas,
        certificates=certs,
        training=training,
        chains=chains,
        as_of=as_of,
        heads=heads,
        closing=Closing(now, actor.name) if closing else None,
        devices=devices,
        technicians=technicians,
    )
    step()
    return report


def _verify_chains(new_uow: UowFactory) -> tuple[ChainResult, ...]:
    """Every register's hash chain, recomputed now from the latest month close's heads (the last page prints it).

    What a close verified is not hashed again (a ten-year register took seconds on every
    report); ``salondesk verify --full`` recomputes the whole history.
    """
    start = latest_close_heads(new_uow())
    heads = start.heads if start is not None else {}
    return tuple(
        ChainResult(
            register=status.register,
            entries=status.entries,
            ok=status.ok,
            first_broken=None if status.first_broken is None else str(status.first_broken),
            checked_since=start.month if start is not None and status.since_entries else None,
        )
        for status in verify_all(new_uow(), since=heads)
    )


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def report_json(report: MonthlyReport) -> dict[str, Any]:
    """The report's figures as commitments.md prescribes (keyed by id)."""
    figures: dict[str, Any] = {}
    for key, figure in report.figures.items():
        if key == "R2_p90":
            continue  # printed with R2
        entry = figure.as_json()
        if key == "R2":
            p90 = report.figures.get("R2_p90")
            entry["unit"] = "min"
            entry["median"] = entry["value"]
            entry["p90"] = None if p90 is None else p90.as_json()["value"]
        figures[key] = {k: _json_value(v) for k, v in entry.items()}
    return {
        "format": "salondesk-monthly-report",
        "format_version": 1,
        "salon": report.settings.salon_name,
        "month": report.month_text,
        "generated_at": report.generated_at.isoformat(),
        "generated_by": report.generated_by,
        "provisional": report.provisional,
        "as_of": None if report.as_of is None else report.as_of.isoformat(),
        "closed": None if report.closing is None else {"at": report.closing.at.isoformat(), "by": report.closing.by},
        "figures": figures,
        # the detail list printed under "Customers who waited over 15 min" (R1's misses)
        "waits_over_limit": [w.as_json() for w in getattr(report.areas.get("reception"), "waits_over_limit", ())],
        "chains": [
            {
                "register": c.register,
                "entries": c.entries,
                "ok": c.ok,
                "first_broken": c.first_broken,
                "checked_since": c.checked_since,
            }
            for c in report.chains
        ],
        "heads": [h.as_json() for h in report.heads],
    }
