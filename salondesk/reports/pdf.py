"""Drawing the monthly compliance report (reportlab; no Qt).

A4, print-friendly (no dark fills, every state spelled out in words as well as
shown by a mark), the CJK font embedded as a subset so Chinese renders on any
machine and stays extractable. Every page carries the salon, the month, "page N
of M" and, for a month that has not ended, the word "provisional".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
)

from salondesk.domain.figures.registry import SECTIONS, listed_figures
from salondesk.domain.month_close import heads_qr_text, register_label
from salondesk.domain.staff import CERT_EXPIRY_WARNING_DAYS, CERTIFICATE_KIND_LABELS, Assessment
from salondesk.i18n import QT_TRANSLATE_NOOP, Translator
from salondesk.queries.staff import AttendeeRow
from salondesk.reports import sections  # noqa: F401 - importing it registers the area renderers in SECTION_RENDERERS
from salondesk.reports.fonts import register_fonts
from salondesk.reports.kit import (
    GREY,
    MARGIN,
    MISSED,
    SECTION_RENDERERS,
    Kit,
    ProgressFn,
    make_styles,
)
from salondesk.reports.monthly import MonthlyReport
from salondesk.services.settings import salon_timezone


def _figure_rows(kit: Kit, ids: Sequence[str], compact: bool = False) -> list[list[Any]]:
    rows = []
    for figure_id in ids:
        figure = kit.report.figures.get(figure_id)
        if figure is None:
            continue
        style = "miss" if figure.met is False else "td"
        rows.append(
            [
                kit.commitment_cell(figure_id, compact),
                kit.p(kit.target_text(figure), "td"),
                kit.p(kit.figure_value(figure), "td"),
                kit.p(kit.mark(figure.met), style),
            ]
        )
    return rows


def _figure_table(kit: Kit, ids: Sequence[str], compact: bool = False) -> Flowable:
    header = [
        kit.tr(QT_TRANSLATE_NOOP("Report", "Commitment (figure)")),
        kit.tr(QT_TRANSLATE_NOOP("Report", "Target")),
        kit.tr(QT_TRANSLATE_NOOP("Report", "Result (counts)")),
        kit.tr(QT_TRANSLATE_NOOP("Report", "Met?")),
    ]
    width = A4[0] - 2 * MARGIN
    widths = [width * 0.44, width * 0.2, width * 0.22, width * 0.14]
    return kit.table(header, _figure_rows(kit, ids, compact), widths)


def summary_page(kit: Kit) -> list[Flowable]:
    """Page 1: salon, month, who and when; one row per commitment; the worst misses."""
    report = kit.report
    tz = salon_timezone(report.settings)
    generated = report.generated_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
    story: list[Flowable] = [
        kit.p(kit.tr(QT_TRANSLATE_NOOP("Report", "Monthly compliance report")), "h1"),
        kit.p(f"{report.settings.salon_name}", "h2"),
    ]
    if report.settings.address:
        story.append(kit.p(report.settings.address))
    story.append(
        kit.p(
            kit.tr(QT_TRANSLATE_NOOP("Report", "Month: {month}   Generated: {at} by {who}")).format(
                month=report.month_text, at=generated, who=report.generated_by
            )
        )
    )
    if report.as_of is not None:
        story.append(
            kit.p(
                kit.tr(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "Judged as of {end}: events after it are not counted and deadlines run out at it "
                        "at the latest. Records as entered by {at}.",
                    )
                ).format(end=kit.when(report.as_of), at=generated),
                "muted",
            )
        )
    if report.closing is not None:
        story.append(
            kit.p(
                kit.tr(
                    QT_TRANSLATE_NOOP(
                        "Report", "CLOSED on {at} by {who}: this is the month's stored report; it does not change."
                    )
                ).format(at=kit.when(report.closing.at), who=report.closing.by)
            )
        )
    elif report.changes is not None:
        story.append(
            kit.p(
                kit.tr(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "RECOMPUTED: this month was closed on {at} by {who}; the stored report stays the "
                        'month\'s record. What differs is listed under "Changed since the month was closed".',
                    )
                ).format(at=kit.when(report.changes.closing.at), who=report.changes.closing.by),
                "miss",
            )
        )
    elif report.provisional:
        story.append(
            kit.p(
                kit.tr(
                    QT_TRANSLATE_NOOP(
                        "Report",
                        "PROVISIONAL as of {at}: this month is not closed; its figures can still change.",
                    )
                ).format(at=generated),
                "miss",
            )
        )
    story.append(Spacer(1, 4 * mm))
    story.append(_figure_table(kit, [f.id for f in listed_figures()], compact=True))
    story.append(Spacer(1, 4 * mm))
    story.append(kit.p(kit.tr(QT_TRANSLATE_NOOP("Report", "Worst misses")), "h3"))
    misses = report.worst_misses()
    if not misses:
        story.append(kit.p(kit.tr(QT_TRANSLATE_NOOP("Report", "Every figure with a target met it."))))
    for figure in misses:
        story.append(
            kit.p(
                kit.tr(QT_TRANSLATE_NOOP("Report", "{figure}: {value}, target {target}.")).format(
                    figure=kit.figure_label(figure.id),
                    value=kit.figure_value(figure),
                    target=kit.target_text(figure),
                ),
                "miss",
            )
        )
    return story


def area_section(kit: Kit, area: str) -> list[Flowable]:
    """A section: its figures, then the area's detail lists."""
    ids = [f.id for f in listed_figures(area)]
    story: list[Flowable] = [kit.p(kit.tr(SECTIONS[area]), "h2"), _figure_table(kit, ids)]
    renderer = SECTION_RENDERERS.get(area)
    data = kit.report.areas.get("complaints" if area == "privacy" else area)
    if renderer is not None and data is not None:
        story.extend(renderer(kit, data))
    return story


def staff_section(kit: Kit) -> list[Flowable]:
    """Every technician's certificates, valid or not on the month's last day; training in the month."""
    report = kit.report
    last_day = report.period.last_day
    story: list[Flowable] = [kit.p(kit.tr(SECTIONS["staff"]), "h2")]
    story.append(
        kit.p(
            kit.tr(QT_TRANSLATE_NOOP("Report", "Certificates on {day}, the month's last day")).format(
                day=last_day.isoformat()
            ),
            "h3",
        )
    )
    rows: list[list[Any]] = []
    with_certificates = set()
    for cert in report.certificates:
        with_certificates.add(cert.staff_name)
        rows.append(
            [
                cert.staff_name,
                kit.t("CertificateKind", CERTIFICATE_KIND_LABELS[cert.kind]),
                cert.number,
                cert.valid_from.isoformat(),
                cert.valid_until.isoformat() if cert.valid_until else kit.tr(QT_TRANSLATE_NOOP("Report", "no expiry")),
                certificate_state(kit, cert),
            ]
        )
    for name in report.technicians:
        if name not in with_certificates:
            missing = kit.tr(QT_TRANSLATE_NOOP("Report", "× no certificate"))
            rows.append([name, "—", "—", "—", "—", kit.p(missing, "miss")])
    rows.sort(key=lambda r: str(r[0]))
    width = A4[0] - 2 * MARGIN
    story.append(
        kit.table(
            [
                kit.tr(QT_TRANSLATE_NOOP("Report", "Staff")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Certificate")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Number")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Valid from")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Valid until")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "On the last day")),
            ],
            rows,
            [width * 0.16, width * 0.16, width * 0.16, width * 0.14, width * 0.14, width * 0.24],
        )
    )
    story.append(kit.p(kit.tr(QT_TRANSLATE_NOOP("Report", "Training in the month")), "h3"))
    results = {
        Assessment.PASSED: kit.tr(QT_TRANSLATE_NOOP("Report", "passed")),
        Assessment.FAILED: kit.tr(QT_TRANSLATE_NOOP("Report", "not passed")),
        Assessment.NOT_ASSESSED: kit.tr(QT_TRANSLATE_NOOP("Report", "not assessed")),
    }
    rated = kit.tr(QT_TRANSLATE_NOOP("Report", "rated {rating}/5"))

    def attendee(a: AttendeeRow) -> str:
        parts = [results[a.assessment]] + ([] if a.rating is None else [rated.format(rating=a.rating)])
        return f"{a.name} ({', '.join(parts)})"

    story.append(
        kit.table(
            [
                kit.tr(QT_TRANSLATE_NOOP("Report", "Date")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Topic")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Attendees")),
            ],
            [
                [
                    t.held_on.isoformat(),
                    t.topic,
                    ", ".join(attendee(a) for a in t.attendees),
                ]
                for t in report.training
            ],
        )
    )
    return story


def register_name(kit: Kit, register: str) -> str:
    """A register in words, in the report's language."""
    return kit.t("Registers", register_label(register))


class QrCode(Flowable):
    """A QR code drawn as vector squares (segno computes the matrix; nothing rasterised)."""

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        import segno

        self.matrix = segno.make(text, error="m", micro=False).matrix
        self.size = size
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Fixed size."""
        del available_width, available_height
        return self.size, self.size

    def draw(self) -> None:
        """Dark modules as filled squares, with the quiet zone of 4 modules around."""
        modules = len(self.matrix) + 8
        cell = self.size / modules
        canvas = self.canv
        canvas.setFillColor(colors.black)
        for row_index, row in enumerate(self.matrix):
            for col_index, dark in enumerate(row):
                if dark:
                    x = (col_index + 4) * cell
                    y = self.size - (row_index + 5) * cell
                    canvas.rect(x, y, cell, cell, stroke=0, fill=1)


def heads_section(kit: Kit) -> list[Flowable]:
    """Every register's head (count + short hash) as of the report instant, verified, and their QR code."""
    report = kit.report
    chains = {c.register: c for c in report.chains}
    ok_text = kit.tr(QT_TRANSLATE_NOOP("Report", "✓ chain intact"))
    ok_since = kit.tr(QT_TRANSLATE_NOOP("Report", "✓ intact since the {month} close"))
    rows = []
    for head in report.heads:
        chain = chains.get(head.register)
        if chain is not None and chain.ok and chain.checked_since:
            state = ok_since.format(month=chain.checked_since)
        elif chain is None or chain.ok:
            state = ok_text
        else:
            state = kit.tr(QT_TRANSLATE_NOOP("Report", "× broken at entry {entry}")).format(entry=chain.first_broken)
        rows.append([register_name(kit, head.register), str(head.entries), head.short_hash, state])
    story: list[Flowable] = [
        kit.p(kit.tr(QT_TRANSLATE_NOOP("Report", "Record integrity")), "h2"),
        kit.p(
            kit.tr(
                QT_TRANSLATE_NOOP(
                    "Report",
                    "Every register as of {at}: its entries and the start of its newest entry's hash. "
                    'A paper copy is checked against the database with "salondesk verify"; the QR code '
                    "holds the full hashes. Entries up to the last month close were verified by that close; "
                    '"salondesk verify --full" recomputes every chain from its first entry.',
                )
            ).format(at=kit.when(report.generated_at)),
            "muted",
        ),
    ]
    width = A4[0] - 2 * MARGIN
    table = kit.table(
        [
            kit.tr(QT_TRANSLATE_NOOP("Report", "Register")),
            kit.tr(QT_TRANSLATE_NOOP("Report", "Entries")),
            kit.tr(QT_TRANSLATE_NOOP("Report", "Newest hash")),
            kit.tr(QT_TRANSLATE_NOOP("Report", "Verification")),
        ],
        rows,
        [width * 0.40, width * 0.12, width * 0.22, width * 0.26],
        empty=kit.tr(QT_TRANSLATE_NOOP("Report", "No signed registers yet.")),
    )
    story.append(table)
    if report.heads:
        story.append(Spacer(1, 3 * mm))
        story.append(QrCode(heads_qr_text(report.month_text, report.heads), 42 * mm))
    return story


def changes_section(kit: Kit) -> list[Flowable]:
    """For a recomputed closed month: every figure and register that differs from the stored report."""
    changes = kit.report.changes
    if changes is None:
        return []
    story: list[Flowable] = [
        kit.p(kit.tr(QT_TRANSLATE_NOOP("Report", "Changed since the month was closed")), "h2"),
        kit.p(
            kit.tr(QT_TRANSLATE_NOOP("Report", "Closed on {at} by {who}.")).format(
                at=kit.when(changes.closing.at), who=changes.closing.by
            )
        ),
    ]
    if changes.empty:
        story.append(kit.p(kit.tr(QT_TRANSLATE_NOOP("Report", "Nothing changed: the stored report still holds."))))
        return story
    from salondesk.reports.closing import describe_record  # closing draws PDFs: imported late

    rows = []
    for change in changes.figures:
        records = [describe_record(item, kit.report, kit.t) for item in change.items_added]
        no_longer = kit.tr(QT_TRANSLATE_NOOP("Report", "no longer: {item}"))
        records += [no_longer.format(item=describe_record(item, kit.report, kit.t)) for item in change.items_removed]
        rows.append(
            [
                kit.figure_label(change.figure_id),
                json_figure_text(change.before, kit.na()),
                json_figure_text(change.after, kit.na()),
                "; ".join(records) or "—",
            ]
        )
    width = A4[0] - 2 * MARGIN
    story.append(
        kit.table(
            [
                kit.tr(QT_TRANSLATE_NOOP("Report", "Figure")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "At the close")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Now")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Records that changed it")),
            ],
            rows,
            [width * 0.28, width * 0.18, width * 0.18, width * 0.36],
            empty=kit.tr(QT_TRANSLATE_NOOP("Report", "No figure changed.")),
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(
        kit.table(
            [
                kit.tr(QT_TRANSLATE_NOOP("Report", "Register")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Entries at the close")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Entries now")),
            ],
            [[register_name(kit, h.register), str(h.entries_before), str(h.entries_after)] for h in changes.heads],
            empty=kit.tr(QT_TRANSLATE_NOOP("Report", "No register changed.")),
        )
    )
    return story


def json_figure_text(entry: Any, na: str) -> str:
    """A figure as stored in the report's JSON, printed like the figure table does."""
    if not entry:
        return "—"
    value, numerator, denominator = entry.get("value"), entry.get("numerator"), entry.get("denominator")
    shown = na if value is None else (f"{value:.1f} %" if numerator is not None and denominator else str(value))
    if numerator is not None and denominator is not None:
        return f"{shown} ({numerator}/{denominator})"
    if numerator is not None:
        return str(numerator)
    return f"{shown} (n={denominator})" if denominator is not None else shown


def certificate_state(kit: Kit, cert: Any) -> Flowable:
    """Valid / expiring within the Staff tab's window (days left) / expired, on the month's last day."""
    if not cert.valid_today:
        return kit.p(kit.tr(QT_TRANSLATE_NOOP("Report", "× expired")), "miss")
    if cert.expiring:
        return kit.p(
            kit.tr(QT_TRANSLATE_NOOP("Report", "! valid, expires within {days} days ({left} left)")).format(
                days=CERT_EXPIRY_WARNING_DAYS, left=cert.days_left
            ),
            "miss",
        )
    return kit.p(kit.tr(QT_TRANSLATE_NOOP("Report", "✓ valid")), "td")


def signoff_section(kit: Kit) -> list[Flowable]:
    """Register heads and their verification, then the owner's sign-off block."""
    story: list[Flowable] = heads_section(kit)
    story.append(Spacer(1, 10 * mm))
    line = "_" * 34
    block = [
        kit.p(kit.tr(QT_TRANSLATE_NOOP("Report", "Owner sign-off")), "h2"),
        kit.p(kit.tr(QT_TRANSLATE_NOOP("Report", "I have reviewed this month's records and figures."))),
        Spacer(1, 8 * mm),
        kit.p(kit.tr(QT_TRANSLATE_NOOP("Report", "Name: {line}")).format(line=line)),
        Spacer(1, 8 * mm),
        kit.p(kit.tr(QT_TRANSLATE_NOOP("Report", "Signature: {line}")).format(line=line)),
        Spacer(1, 8 * mm),
        kit.p(kit.tr(QT_TRANSLATE_NOOP("Report", "Date: {line}")).format(line=line)),
    ]
    story.append(KeepTogether(block))
    return story


def _numbered_canvas(kit: Kit) -> type[Canvas]:
    report = kit.report
    salon = report.settings.salon_name
    month = report.month_text
    at = kit.when(report.generated_at)
    if report.closing is not None:
        provisional = kit.tr(QT_TRANSLATE_NOOP("Report", "Closed {at} by {who}")).format(
            at=kit.when(report.closing.at), who=report.closing.by
        )
    elif report.changes is not None:
        provisional = kit.tr(QT_TRANSLATE_NOOP("Report", "RECOMPUTED as of {at}, not the closed report")).format(at=at)
    else:
        provisional = kit.tr(QT_TRANSLATE_NOOP("Report", "PROVISIONAL as of {at}")).format(at=at)
    marked = report.closing is None
    page_of = kit.tr(QT_TRANSLATE_NOOP("Report", "page {page} of {pages}"))
    title = kit.tr(QT_TRANSLATE_NOOP("Report", "Monthly compliance report"))

    class NumberedCanvas(Canvas):
        """Two passes so every page can say "page N of M"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = A4
            self.setFont(kit.font, 8)
            self.setFillColor(colors.black)
            self.drawString(MARGIN, height - 10 * mm, f"{salon} · {title} · {month}")
            if marked:
                self.setFillColor(MISSED)
            self.drawRightString(width - MARGIN, height - 10 * mm, provisional)
            self.setFillColor(colors.black)
            self.setStrokeColor(GREY)
            self.line(MARGIN, height - 11.5 * mm, width - MARGIN, height - 11.5 * mm)
            self.drawString(MARGIN, 9 * mm, f"{salon} · {month}")
            self.drawRightString(width - MARGIN, 9 * mm, page_of.format(page=self._pageNumber, pages=total))

    return NumberedCanvas


def render_pdf(report: MonthlyReport, path: Path, lang: str = "en", progress: ProgressFn | None = None) -> Path:
    """Draw ``report`` into ``path`` (A4 PDF) in ``lang``."""
    font = register_fonts()
    kit = Kit(t=Translator(lang), font=font, styles=make_styles(font), report=report)
    parts: list[Callable[[], list[Flowable]]] = [lambda: summary_page(kit)]
    for area in ("reception", "quality", "hygiene", "equipment", "complaints", "privacy"):
        parts.append(lambda area=area: [PageBreak(), *area_section(kit, area)])  # type: ignore[misc]
    parts.append(lambda: [PageBreak(), *area_section(kit, "training"), *staff_section(kit)])
    if report.changes is not None:
        parts.insert(1, lambda: [PageBreak(), *changes_section(kit)])
    parts.append(lambda: [PageBreak(), *signoff_section(kit)])
    story: list[Flowable] = []
    for index, part in enumerate(parts):
        story.extend(part())
        if progress:
            progress(index + 1, len(parts) + 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 2 * mm,
        bottomMargin=MARGIN,
        title=f"{report.settings.salon_name} {report.month_text}",
        author="SalonDesk",
    )
    doc.build(story, canvasmaker=_numbered_canvas(kit))
    if progress:
        progress(len(parts) + 1, len(parts) + 1)
    return path
