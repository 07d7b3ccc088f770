"""The printable weekly complaint summary (reportlab; no Qt).

Counts by category, channel, technician and service; what is open and past a
deadline; what was learnt (training / warning decisions and closing notes). The
words come from ``domain.complaints`` (translated with the complaints area); the
CJK font is embedded so Chinese prints on any machine.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from salondesk.domain.complaints import (
    CATEGORY_LABELS,
    CHANNEL_LABELS,
    DEADLINE_LABELS,
    ENTRY_LABELS,
    REMEDY_LABELS,
    STATUS_LABELS,
    WEEKLY_LABELS,
    Category,
    Channel,
    Remedy,
)
from salondesk.i18n import Translator
from salondesk.queries.complaints import WeeklySummary
from salondesk.reports.fonts import register_fonts

MARGIN = 16 * mm
LIGHT = colors.Color(0.93, 0.93, 0.93)
RED = colors.Color(0.70, 0.05, 0.05)


def render_weekly_pdf(
    summary: WeeklySummary,
    path: Path,
    lang: str,
    salon_name: str,
    tz: ZoneInfo,
    *,
    generated_at: datetime,
    generated_by: str,
) -> Path:
    """Write the summary to ``path`` (A4) in ``lang``; returns the path."""
    t = Translator(lang)
    font = register_fonts()

    def w(key: str, **params: object) -> str:
        return t("ComplaintsWeekly", WEEKLY_LABELS[key]).format(**params)

    def c(text: str) -> str:
        return t("Complaints", text)

    def local(instant: datetime) -> str:
        return instant.astimezone(tz).strftime("%Y-%m-%d %H:%M")

    styles = {
        "title": ParagraphStyle("title", fontName=font, fontSize=16, leading=20, spaceAfter=4),
        "h": ParagraphStyle("h", fontName=font, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=3),
        "p": ParagraphStyle("p", fontName=font, fontSize=9, leading=12),
        "small": ParagraphStyle("small", fontName=font, fontSize=8, leading=10, textColor=colors.grey),
    }

    def para(text: str, style: str = "p") -> Paragraph:
        return Paragraph(escape(text), styles[style])

    def table(rows: list[list[Any]], widths: list[float], *, header: bool = True) -> Table:
        cells = [[para(str(v)) if not isinstance(v, Paragraph) else v for v in row] for row in rows]
        tbl = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), font),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), LIGHT))
        tbl.setStyle(TableStyle(style))
        return tbl

    def counts(title_key: str, data: Mapping[str, int], labels: Mapping[Any, str] | None, kind: Any) -> list[Any]:
        rows: list[list[Any]] = [[w(title_key), w("count")]]
        for key, n in data.items():
            name = key
            if labels is not None and kind is not None:
                try:
                    name = c(labels[kind(key)])
                except (ValueError, KeyError):
                    name = key
            rows.append([w("unknown") if name == "—" else name, n])
        if len(rows) == 1:
            rows.append([w("none"), ""])
        return [table(rows, [60 * mm, 20 * mm])]

    period = summary.period
    story: list[Any] = [
        para(w("title"), "title"),
        para(f"{salon_name} · {w('week', first=period.first_day.isoformat(), last=period.last_day.isoformat())}"),
        para(w("generated", when=local(generated_at), who=generated_by), "small"),
        Spacer(1, 6),
        table(
            [
                [w("received"), w("resolved"), w("closed"), w("open"), w("overdue")],
                [summary.received, summary.resolved, summary.closed, summary.open_now, summary.overdue_now],
            ],
            [35 * mm] * 5,
        ),
    ]
    grid = [
        [
            counts("by_category", summary.by_category, CATEGORY_LABELS, Category),
            counts("by_channel", summary.by_channel, CHANNEL_LABELS, Channel),
        ],
        [
            counts("by_technician", summary.by_technician, None, None),
            counts("by_service", summary.by_service, None, None),
        ],
    ]
    layout = Table(grid, colWidths=[88 * mm, 88 * mm])
    layout.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [Spacer(1, 6), layout]

    story.append(para(w("overdue_list"), "h"))
    if summary.overdue_rows:
        rows: list[list[Any]] = [[w("number"), w("received_at"), w("deadline"), w("what")]]
        for r in summary.overdue_rows:
            missed = c(DEADLINE_LABELS[r.next.kind]) if r.next is not None else ""
            rows.append([r.number, local(r.received_at), missed, r.description[:160]])
        story.append(table(rows, [26 * mm, 30 * mm, 30 * mm, 92 * mm]))
    else:
        story.append(para(w("none")))

    story.append(para(w("received_list"), "h"))
    if summary.received_rows:
        rows = [[w("number"), w("received_at"), w("category"), w("stage"), w("what")]]
        for r in summary.received_rows:
            rows.append(
                [
                    r.number,
                    local(r.received_at),
                    c(CATEGORY_LABELS[r.category]),
                    c(STATUS_LABELS[r.status]),
                    r.description[:160],
                ]
            )
        story.append(table(rows, [26 * mm, 30 * mm, 28 * mm, 24 * mm, 70 * mm]))
    else:
        story.append(para(w("none")))

    story.append(para(w("learnt"), "h"))
    if summary.lessons:
        for lesson in summary.lessons:
            what = c(REMEDY_LABELS[Remedy(lesson.remedy)]) if lesson.remedy else c(ENTRY_LABELS[lesson.kind])
            story.append(para(f"• {lesson.number} ({local(lesson.at)}) {what}: {lesson.text}"))
    else:
        story.append(para(w("none")))

    def footer(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(MARGIN, 10 * mm, f"{salon_name} · {w('title')}")
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, w("page", n=doc.page))
        canvas.restoreState()

    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=18 * mm,
        title=w("title"),
        author=salon_name,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return path
