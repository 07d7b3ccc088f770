"""Every figure of commitments.md, by id: its pure function, label, target key and commitment wording.

The monthly report, the dashboard and the month close iterate :data:`FIGURES` (in
report order); nothing finds figures by reflection. ``area`` names the rows a figure
is computed over (one loader per area in ``salondesk.queries.metrics_*``); ``label``
and ``commitment`` are marked for translation in the "Report" context.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from salondesk.domain.figures import complaints, equipment, hygiene, quality, reception, training
from salondesk.domain.figures.arithmetic import Figure
from salondesk.domain.figures.context import FigureContext
from salondesk.i18n import QT_TRANSLATE_NOOP

# area → the pure function that computes every figure of the area and its detail lists
AREA_FIGURES: dict[str, Callable[[Any, FigureContext], Any]] = {
    "reception": reception.reception_figures,
    "quality": quality.quality_figures,
    "hygiene": hygiene.hygiene_figures,
    "equipment": equipment.equipment_figures,
    "complaints": complaints.complaint_figures,
    "training": training.training_figures,
}

SECTIONS = {
    "reception": QT_TRANSLATE_NOOP("Report", "Reception and appointments"),
    "quality": QT_TRANSLATE_NOOP("Report", "Service quality and satisfaction"),
    "hygiene": QT_TRANSLATE_NOOP("Report", "Hygiene and disinfection"),
    "equipment": QT_TRANSLATE_NOOP("Report", "Equipment"),
    "training": QT_TRANSLATE_NOOP("Report", "Staff training"),
    "complaints": QT_TRANSLATE_NOOP("Report", "Complaints and after-sales"),
    "privacy": QT_TRANSLATE_NOOP("Report", "Privacy"),
    "staff": QT_TRANSLATE_NOOP("Report", "Staff"),
}


@dataclass(frozen=True)
class FigureSpec:
    """One figure: ``compute(rows of its area, context) -> Rate | Count | Score``.

    ``target_key`` is the key of ``SalonSettings.targets`` (None: shown, no target);
    ``listed`` is False for a figure printed with another (R2's 90th percentile).
    """

    id: str
    section: str
    area: str
    label: str
    commitment: str
    target_key: str | None
    compute: Callable[[Any, FigureContext], Figure]
    listed: bool = True


def _spec(
    figure_id: str,
    section: str,
    area: str,
    label: str,
    commitment: str,
    compute: Callable[[Any, FigureContext], Figure],
    target: bool = True,
    listed: bool = True,
) -> FigureSpec:
    return FigureSpec(figure_id, section, area, label, commitment, figure_id if target else None, compute, listed)


FIGURES: tuple[FigureSpec, ...] = (
    _spec(
        "R1",
        "reception",
        "reception",
        QT_TRANSLATE_NOOP("Report", "Wait ≤ 15 min rate"),
        QT_TRANSLATE_NOOP("Report", "A customer waits no more than 15 min"),
        reception.r1_wait_rate,
    ),
    _spec(
        "R2",
        "reception",
        "reception",
        QT_TRANSLATE_NOOP("Report", "Median / 90th-percentile wait (min)"),
        QT_TRANSLATE_NOOP("Report", "Wait times"),
        reception.r2_median_wait,
        target=False,
    ),
    _spec(
        "R2_p90",
        "reception",
        "reception",
        QT_TRANSLATE_NOOP("Report", "Median / 90th-percentile wait (min)"),
        QT_TRANSLATE_NOOP("Report", "Wait times"),
        reception.r2_p90_wait,
        target=False,
        listed=False,
    ),
    _spec(
        "R3",
        "reception",
        "reception",
        QT_TRANSLATE_NOOP("Report", "Punctuality"),
        QT_TRANSLATE_NOOP("Report", "Appointments are kept on time"),
        reception.r3_punctuality,
    ),
    _spec(
        "R4",
        "reception",
        "reception",
        QT_TRANSLATE_NOOP("Report", "No-show rate"),
        "",
        reception.r4_no_show_rate,
        target=False,
    ),
    _spec(
        "R5",
        "reception",
        "reception",
        QT_TRANSLATE_NOOP("Report", "Left without service"),
        QT_TRANSLATE_NOOP("Report", "Still waiting at closing"),
        reception.r5_left_without_service,
        target=False,
    ),
    _spec(
        "S1",
        "quality",
        "quality",
        QT_TRANSLATE_NOOP("Report", "Certified-service rate"),
        QT_TRANSLATE_NOOP("Report", "Every treatment is done by a certified technician"),
        quality.s1_certified_rate,
    ),
    _spec(
        "S2",
        "quality",
        "quality",
        QT_TRANSLATE_NOOP("Report", "Satisfaction"),
        QT_TRANSLATE_NOOP("Report", "Annual customer satisfaction ≥ 90 %"),
        quality.s2_satisfaction,
    ),
    _spec(
        "S2Y",
        "quality",
        "quality",
        QT_TRANSLATE_NOOP("Report", "12-month satisfaction"),
        QT_TRANSLATE_NOOP("Report", "Annual customer satisfaction ≥ 90 %"),
        quality.s2y_annual_satisfaction,
    ),
    _spec(
        "S3",
        "quality",
        "quality",
        QT_TRANSLATE_NOOP("Report", "Net Promoter Score"),
        QT_TRANSLATE_NOOP("Report", "Net Promoter Score ≥ 50"),
        quality.s3_nps,
    ),
    _spec(
        "S4",
        "quality",
        "quality",
        QT_TRANSLATE_NOOP("Report", "Re-checks given"),
        QT_TRANSLATE_NOOP("Report", "Free re-check or adjustment within 7 days of a service"),
        quality.s4_rechecks_given,
    ),
    _spec(
        "S5",
        "quality",
        "quality",
        QT_TRANSLATE_NOOP("Report", "Hygiene satisfaction"),
        QT_TRANSLATE_NOOP("Report", "Customers satisfied with cleanliness ≥ 95 %"),
        quality.s5_hygiene_satisfaction,
    ),
    _spec(
        "S6",
        "quality",
        "quality",
        QT_TRANSLATE_NOOP("Report", "Privacy satisfaction"),
        QT_TRANSLATE_NOOP("Report", "Customers satisfied with privacy ≥ 97 %"),
        quality.s6_privacy_satisfaction,
    ),
    _spec(
        "H1",
        "hygiene",
        "hygiene",
        QT_TRANSLATE_NOOP("Report", "Checklist completion"),
        QT_TRANSLATE_NOOP("Report", "Premises cleaned and disinfected every day; weekly and monthly plans"),
        hygiene.h1_checklist_completion,
    ),
    _spec(
        "H2",
        "hygiene",
        "hygiene",
        QT_TRANSLATE_NOOP("Report", "Late entries"),
        QT_TRANSLATE_NOOP("Report", "Records kept honestly"),
        hygiene.h2_late_entries,
    ),
    _spec(
        "H3",
        "hygiene",
        "hygiene",
        QT_TRANSLATE_NOOP("Report", "Open failures"),
        QT_TRANSLATE_NOOP("Report", "A failed item is put right"),
        hygiene.h3_open_failures,
    ),
    _spec(
        "E1",
        "equipment",
        "equipment",
        QT_TRANSLATE_NOOP("Report", "Maintenance on time"),
        QT_TRANSLATE_NOOP("Report", "Equipment serviced on schedule (quarterly overhaul)"),
        equipment.e1_maintenance_on_time,
    ),
    _spec(
        "E2",
        "equipment",
        "equipment",
        QT_TRANSLATE_NOOP("Report", "Overdue at month end"),
        "",
        equipment.e2_overdue_at_month_end,
    ),
    _spec(
        "E3",
        "equipment",
        "equipment",
        QT_TRANSLATE_NOOP("Report", "Out-of-service time"),
        QT_TRANSLATE_NOOP("Report", "Faulty equipment is taken out of use"),
        equipment.e3_out_of_service,
        target=False,
    ),
    _spec(
        "T1",
        "training",
        "training",
        QT_TRANSLATE_NOOP("Report", "Training coverage"),
        QT_TRANSLATE_NOOP("Report", "Training coverage 100 %"),
        training.t1_training_coverage,
    ),
    _spec(
        "T2",
        "training",
        "training",
        QT_TRANSLATE_NOOP("Report", "Assessment pass rate"),
        QT_TRANSLATE_NOOP("Report", "Assessment pass rate ≥ 95 %"),
        training.t2_assessment_pass_rate,
    ),
    _spec(
        "T3",
        "training",
        "training",
        QT_TRANSLATE_NOOP("Report", "Training satisfaction"),
        QT_TRANSLATE_NOOP("Report", "Training satisfaction ≥ 90 %"),
        training.t3_training_satisfaction,
    ),
    _spec(
        "C1",
        "complaints",
        "complaints",
        QT_TRANSLATE_NOOP("Report", "Response on time"),
        QT_TRANSLATE_NOOP("Report", "Every complaint answered within 48 h"),
        complaints.c1_response_on_time,
    ),
    _spec(
        "C2",
        "complaints",
        "complaints",
        QT_TRANSLATE_NOOP("Report", "Investigation on time"),
        QT_TRANSLATE_NOOP("Report", "Initial investigation within 24 h"),
        complaints.c2_investigation_on_time,
    ),
    _spec(
        "C3",
        "complaints",
        "complaints",
        QT_TRANSLATE_NOOP("Report", "Resolved on time"),
        QT_TRANSLATE_NOOP("Report", "Resolved within 30 days"),
        complaints.c3_resolved_on_time,
    ),
    _spec(
        "C4",
        "complaints",
        "complaints",
        QT_TRANSLATE_NOOP("Report", "Follow-up on time"),
        QT_TRANSLATE_NOOP("Report", "Customer called back within 7 days of the resolution"),
        complaints.c4_follow_up_on_time,
    ),
    _spec(
        "C5",
        "complaints",
        "complaints",
        QT_TRANSLATE_NOOP("Report", "Complaint satisfaction"),
        QT_TRANSLATE_NOOP("Report", "Complaint handling satisfaction ≥ 95 %"),
        complaints.c5_complaint_satisfaction,
    ),
    _spec(
        "C6",
        "complaints",
        "complaints",
        QT_TRANSLATE_NOOP("Report", "Complaints by category"),
        "",
        complaints.c6_counts,
        target=False,
    ),
    _spec(
        "P1",
        "privacy",
        "complaints",
        QT_TRANSLATE_NOOP("Report", "Privacy complaints"),
        QT_TRANSLATE_NOOP("Report", "Customer information kept confidential"),
        complaints.p1_privacy,
    ),
)

FIGURE_BY_ID: dict[str, FigureSpec] = {f.id: f for f in FIGURES}
AREAS: tuple[str, ...] = tuple(AREA_FIGURES)


def listed_figures(section: str | None = None) -> tuple[FigureSpec, ...]:
    """The figures the report lists (all, or one section's), in report order."""
    return tuple(f for f in FIGURES if f.listed and (section is None or f.section == section))


def compute_figures(
    rows_by_area: dict[str, Any], ctx: FigureContext, areas: dict[str, Any] | None = None
) -> dict[str, Figure]:
    """Every registered figure over the loaded rows of its area, keyed by id, in report order.

    ``areas``: the :func:`compute_areas` of the same rows and context, when already computed;
    a figure an area object already holds (its ``figures``, made by the same function) is
    taken from it instead of being counted twice.
    """
    figures: dict[str, Figure] = {}
    for spec in FIGURES:
        if spec.area not in rows_by_area:
            continue
        known = getattr((areas or {}).get(spec.area), "figures", None) or {}
        figures[spec.id] = known[spec.id] if spec.id in known else spec.compute(rows_by_area[spec.area], ctx)
    return figures


def compute_areas(rows_by_area: dict[str, Any], ctx: FigureContext) -> dict[str, Any]:
    """Each area's figures and detail lists (the report's sections and the dashboard's click-through)."""
    return {area: AREA_FIGURES[area](rows, ctx) for area, rows in rows_by_area.items()}
