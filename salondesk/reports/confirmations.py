"""The printable confirmation call list: a day's appointments with phones and a tick box per outcome.

A4 portrait, Chinese-capable (the shipped WenQuanYi Micro Hei), one line per
appointment with the latest call outcome already printed and three empty boxes —
confirmed / left message / no answer — for ticking by hand at the counter.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from salondesk.domain.appointments import CALL_LABELS, CONFIRMATION_WORDS, NOT_CALLED
from salondesk.i18n import Translator
from salondesk.queries.appointments import CallRow
from salondesk.reports.fonts import register_fonts


def render_confirmations(
    rows: list[CallRow], day: date, tz: ZoneInfo, path: Path, lang: str = "en", printed_at: datetime | None = None
) -> Path:
    """Write the call list for ``day`` to ``path`` (PDF) and return it."""
    font = register_fonts()
    tx = Translator(lang)

    def word(key: str) -> str:
        return tx("Confirmations", CONFIRMATION_WORDS[key])

    title_style = ParagraphStyle("title", fontName=font, fontSize=15, leading=19, spaceAfter=4)
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12)
    story: list[object] = [Paragraph(word("title").format(day=day.isoformat()), title_style)]
    story.append(Paragraph(word("count").format(count=len(rows)), body))
    if printed_at is not None:
        story.append(Paragraph(word("printed").format(at=printed_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")), body))
    story.append(Spacer(1, 4 * mm))
    if not rows:
        story.append(Paragraph(word("empty"), body))
    else:
        header = [word(k) for k in ("time", "customer", "phone", "service", "technician", "state")]
        header.append(word("tick"))
        data: list[list[object]] = [[Paragraph(h, body) for h in header]]
        for call in rows:
            row = call.appointment
            service = row.service_name_zh if lang.startswith("zh") and row.service_name_zh else row.service_name
            state = tx("CallOutcome", CALL_LABELS[call.last_outcome] if call.last_outcome else NOT_CALLED)
            if call.calls > 1:
                state += f" ×{call.calls}"
            data.append(
                [
                    row.start.astimezone(tz).strftime("%H:%M"),
                    Paragraph(row.customer_name + (" ▲!" if row.warning else ""), body),
                    row.phone,
                    Paragraph(service, body),
                    Paragraph(row.staff_name, body),
                    Paragraph(state, body),
                    "□     □     □",
                ]
            )
        table = Table(data, colWidths=[14 * mm, 32 * mm, 28 * mm, 36 * mm, 22 * mm, 24 * mm, 26 * mm], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), font),
                    ("FONTSIZE", (0, 0), (-1, -1), 9),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eaed")),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa0a6")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f7f8")]),
                ]
            )
        )
        story.append(table)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=word("title").format(day=day.isoformat()),
    )
    doc.build(story)  # type: ignore[arg-type]
    return path
