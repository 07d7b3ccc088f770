"""The figures of commitments.md: id, section and the words the report prints."""

from __future__ import annotations

from dataclasses import dataclass

from salondesk.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class FigureDef:
    """One commitment figure as the report lists it."""

    id: str
    section: str
    label: str  # marked for translation, context "Report"
    commitment: str


SECTIONS = {
    "reception": QT_TRANSLATE_NOOP("Report", "Reception and appointments"),
    "quality": QT_TRANSLATE_NOOP("Report", "Service quality and satisfaction"),
    "hygiene": QT_TRANSLATE_NOOP("Report", "Hygiene and disinfection"),
    "equipment": QT_TRANSLATE_NOOP("Report", "Equipment"),
    "complaints": QT_TRANSLATE_NOOP("Report", "Complaints and after-sales"),
    "privacy": QT_TRANSLATE_NOOP("Report", "Privacy"),
    "staff": QT_TRANSLATE_NOOP("Report", "Staff"),
}

FIGURES: tuple[FigureDef, ...] = (
    FigureDef(
        "R1",
        "reception",
        QT_TRANSLATE_NOOP("Report", "Wait ≤ 15 min rate"),
        QT_TRANSLATE_NOOP("Report", "A customer waits no more than 15 min"),
    ),
    FigureDef(
        "R2",
        "reception",
        QT_TRANSLATE_NOOP("Report", "Median / 90th-percentile wait (min)"),
        QT_TRANSLATE_NOOP("Report", "Wait times"),
    ),
    FigureDef(
        "R3",
        "reception",
        QT_TRANSLATE_NOOP("Report", "Punctuality"),
        QT_TRANSLATE_NOOP("Report", "Appointments are kept on time"),
    ),
    FigureDef("R4", "reception", QT_TRANSLATE_NOOP("Report", "No-show rate"), ""),
    FigureDef(
        "R5",
        "reception",
        QT_TRANSLATE_NOOP("Report", "Left without service"),
        QT_TRANSLATE_NOOP("Report", "Still waiting at closing"),
    ),
    FigureDef(
        "S1",
        "quality",
        QT_TRANSLATE_NOOP("Report", "Certified-service rate"),
        QT_TRANSLATE_NOOP("Report", "Every treatment is done by a certified technician"),
    ),
    FigureDef(
        "S2",
        "quality",
        QT_TRANSLATE_NOOP("Report", "Satisfaction"),
        QT_TRANSLATE_NOOP("Report", "Annual customer satisfaction ≥ 90 %"),
    ),
    FigureDef(
        "S3",
        "quality",
        QT_TRANSLATE_NOOP("Report", "Net Promoter Score"),
        QT_TRANSLATE_NOOP("Report", "Net Promoter Score ≥ 50"),
    ),
    FigureDef(
        "S4",
        "quality",
        QT_TRANSLATE_NOOP("Report", "Re-checks given"),
        QT_TRANSLATE_NOOP("Report", "Free re-check or adjustment within 7 days of a service"),
    ),
    FigureDef(
        "H1",
        "hygiene",
        QT_TRANSLATE_NOOP("Report", "Checklist completion"),
        QT_TRANSLATE_NOOP("Report", "Premises cleaned and disinfected every day; weekly and monthly plans"),
    ),
    FigureDef(
        "H2",
        "hygiene",
        QT_TRANSLATE_NOOP("Report", "Late entries"),
        QT_TRANSLATE_NOOP("Report", "Records kept honestly"),
    ),
    FigureDef(
        "H3",
        "hygiene",
        QT_TRANSLATE_NOOP("Report", "Open failures"),
        QT_TRANSLATE_NOOP("Report", "A failed item is put right"),
    ),
    FigureDef(
        "E1",
        "equipment",
        QT_TRANSLATE_NOOP("Report", "Maintenance on time"),
        QT_TRANSLATE_NOOP("Report", "Equipment serviced on schedule (quarterly overhaul)"),
    ),
    FigureDef("E2", "equipment", QT_TRANSLATE_NOOP("Report", "Overdue at month end"), ""),
    FigureDef(
        "E3",
        "equipment",
        QT_TRANSLATE_NOOP("Report", "Out-of-service days"),
        QT_TRANSLATE_NOOP("Report", "Faulty equipment is taken out of use"),
    ),
    FigureDef(
        "C1",
        "complaints",
        QT_TRANSLATE_NOOP("Report", "Response on time"),
        QT_TRANSLATE_NOOP("Report", "Every complaint answered within 48 h"),
    ),
    FigureDef(
        "C2",
        "complaints",
        QT_TRANSLATE_NOOP("Report", "Investigation on time"),
        QT_TRANSLATE_NOOP("Report", "Initial investigation within 24 h"),
    ),
    FigureDef(
        "C3",
        "complaints",
        QT_TRANSLATE_NOOP("Report", "Resolved on time"),
        QT_TRANSLATE_NOOP("Report", "Resolved within 30 days"),
    ),
    FigureDef(
        "C4",
        "complaints",
        QT_TRANSLATE_NOOP("Report", "Follow-up on time"),
        QT_TRANSLATE_NOOP("Report", "Customer called back within 7 days of the resolution"),
    ),
    FigureDef(
        "C5",
        "complaints",
        QT_TRANSLATE_NOOP("Report", "Complaint satisfaction"),
        QT_TRANSLATE_NOOP("Report", "Complaint handling satisfaction ≥ 95 %"),
    ),
    FigureDef("C6", "complaints", QT_TRANSLATE_NOOP("Report", "Complaints by category"), ""),
    FigureDef(
        "P1",
        "privacy",
        QT_TRANSLATE_NOOP("Report", "Privacy complaints"),
        QT_TRANSLATE_NOOP("Report", "Customer information kept confidential"),
    ),
)

FIGURE_BY_ID = {f.id: f for f in FIGURES}
