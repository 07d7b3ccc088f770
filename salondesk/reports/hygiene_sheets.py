"""Printable hygiene sheets (reportlab, no Qt).

* :func:`blank_weekly_sheets` — paper sheets for a power cut: one landscape page per
  daily checklist with a column per day of the week, the weekly checklist, and a
  per-customer log board per station. Entries made on paper are typed in later as
  *late* entries with the reason "power cut".
* :func:`station_month_logs` — the per-station log of a month, shaped like the log
  boards on the wall by a foot spa: date, time, initials, type, values, result.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlmodel import col, select

from salondesk.db.uow import UnitOfWork
from salondesk.domain.calendar import local_date
from salondesk.domain.hygiene import (
    STATION_KIND_LABELS,
    VALUE_KIND_LABELS,
    ChecklistResult,
    ChecklistRun,
    ChecklistTemplate,
    Frequency,
    ItemResult,
    Station,
    salon_open_on,
)
from salondesk.domain.settings import SalonSettings, salon_timezone
from salondesk.domain.staff import Staff
from salondesk.i18n import QT_TRANSLATE_NOOP, translate
from salondesk.queries.hygiene import TemplateRow, stations, templates
from salondesk.reports.fonts import register_fonts

CTX = "HygieneSheets"
GRID = colors.HexColor("#444444")
SHADE = colors.HexColor("#eeeeee")
WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("HygieneSheets", "Mon"),
    QT_TRANSLATE_NOOP("HygieneSheets", "Tue"),
    QT_TRANSLATE_NOOP("HygieneSheets", "Wed"),
    QT_TRANSLATE_NOOP("HygieneSheets", "Thu"),
    QT_TRANSLATE_NOOP("HygieneSheets", "Fri"),
    QT_TRANSLATE_NOOP("HygieneSheets", "Sat"),
    QT_TRANSLATE_NOOP("HygieneSheets", "Sun"),
)
RESULT_SHORT = {
    ItemResult.PASS: QT_TRANSLATE_NOOP("HygieneSheets", "OK"),
    ItemResult.FAIL: QT_TRANSLATE_NOOP("HygieneSheets", "FAIL"),
    ItemResult.NOT_APPLICABLE: QT_TRANSLATE_NOOP("HygieneSheets", "n/a"),
    ItemResult.NO_SERVICE: QT_TRANSLATE_NOOP("HygieneSheets", "no service"),
}


class _Kit:
    """Fonts, styles and translation for one document."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.font = register_fonts()
        self.body = ParagraphStyle("body", fontName=self.font, fontSize=9, leading=11.5)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=7.5, leading=9.5)
        self.h1 = ParagraphStyle("h1", parent=self.body, fontSize=15, leading=19, spaceAfter=2)
        self.muted = ParagraphStyle("muted", parent=self.body, textColor=colors.HexColor("#555555"))

    def tr(self, text: str) -> str:
        return translate(self.lang, CTX, text)

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return Paragraph(safe, style or self.body)

    def zh(self) -> bool:
        return self.lang.startswith("zh")

    def name(self, t: TemplateRow) -> str:
        return t.name(self.lang)

    def grid(
        self,
        data: list[list[object]],
        widths: list[float],
        header_rows: int = 1,
        row_height: list[float | None] | None = None,
    ) -> Table:
        table = Table(data, colWidths=widths, rowHeights=row_height, repeatRows=header_rows)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.font, 8.5),
                    ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                    ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table


def _doc(path: Path, title: str, salon: str, lang: str) -> SimpleDocTemplate:
    path.parent.mkdir(parents=True, exist_ok=True)
    font = register_fonts()
    footer = translate(lang, CTX, QT_TRANSLATE_NOOP("HygieneSheets", "{salon} · {title} · page {page}"))

    def on_page(canvas: object, doc: SimpleDocTemplate) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont(font, 7.5)  # type: ignore[attr-defined]
        canvas.drawString(12 * mm, 7 * mm, footer.format(salon=salon, title=title, page=doc.page))  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    doc = SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=10 * mm,
        bottomMargin=13 * mm,
        title=title,
        author=salon,
    )
    doc.onFirstPage = on_page  # type: ignore[method-assign]
    doc.onLaterPages = on_page  # type: ignore[method-assign]
    return doc


def blank_weekly_sheets(uow: UnitOfWork, settings: SalonSettings, monday: date, path: Path, lang: str = "en") -> Path:
    """Blank paper sheets for the week starting ``monday`` (power cut)."""
    kit = _Kit(lang)
    monday = monday - timedelta(days=monday.weekday())
    week = [monday + timedelta(days=i) for i in range(7)]
    title = kit.tr(QT_TRANSLATE_NOOP("HygieneSheets", "Hygiene sheets for the week of {day}")).format(
        day=monday.isoformat()
    )
    doc = _doc(path, title, settings.salon_name, lang)
    width = landscape(A4)[0] - 24 * mm
    story: list[object] = []
    current = templates(uow)
    note = kit.tr(
        QT_TRANSLATE_NOOP(
            "HygieneSheets",
            "Paper record for a power cut. Tick ✓ pass, X fail (write the corrective action below), "
            "— not applicable. Type it into SalonDesk as soon as possible: it is saved as a late entry "
            "with the reason “power cut”.",
        )
    )
    for t in current:
        if t.frequency == Frequency.DAILY:
            story += [
                kit.p(f"{kit.name(t)} · v{t.version}", kit.h1),
                kit.p(title, kit.muted),
                kit.p(note, kit.small),
                Spacer(1, 3 * mm),
            ]
            header: list[object] = [kit.p(kit.tr(QT_TRANSLATE_NOOP("HygieneSheets", "Item")), kit.small)]
            for i, day in enumerate(week):
                closed = "" if salon_open_on(settings, day) else " ✕"
                header.append(kit.p(f"{kit.tr(WEEKDAY_NAMES[i])} {day.strftime('%m-%d')}{closed}", kit.small))
            rows: list[list[object]] = [header]
            for item in t.items:
                text = item.text(lang)
                if item.values:
                    limits = ", ".join(
                        f"{translate(lang, 'ValueKind', VALUE_KIND_LABELS[v.kind])} {v.limit_text()}".strip()
                        for v in item.values
                    )
                    text += f" [{limits}]"
                rows.append([kit.p(text, kit.small)] + [""] * 7)
            for label in (
                QT_TRANSLATE_NOOP("HygieneSheets", "Time"),
                QT_TRANSLATE_NOOP("HygieneSheets", "Initials"),
                QT_TRANSLATE_NOOP("HygieneSheets", "Corrective action"),
            ):
                rows.append([kit.p(kit.tr(label), kit.body)] + [""] * 7)
            day_w = (width * 0.56) / 7
            spare = 150 * mm - 3 * 13 * mm
            item_h = max(9 * mm, min(14 * mm, spare / max(1, len(t.items))))
            heights = [None] + [item_h] * len(t.items) + [13 * mm] * 3
            story.append(kit.grid(rows, [width * 0.44] + [day_w] * 7, row_height=heights))
            story.append(PageBreak())
    for t in current:
        if t.frequency == Frequency.WEEKLY:
            story += [kit.p(f"{kit.name(t)} · v{t.version}", kit.h1), kit.p(title, kit.muted), Spacer(1, 3 * mm)]
            rows = [
                [
                    kit.p(kit.tr(QT_TRANSLATE_NOOP("HygieneSheets", "Item")), kit.small),
                    kit.p(kit.tr(QT_TRANSLATE_NOOP("HygieneSheets", "Result")), kit.small),
                    kit.p(kit.tr(QT_TRANSLATE_NOOP("HygieneSheets", "Corrective action")), kit.small),
                ]
            ]
            rows += [[kit.p(item.text(lang), kit.small), "", ""] for item in t.items]
            rows.append([kit.p(kit.tr(QT_TRANSLATE_NOOP("HygieneSheets", "Date, time, initials")), kit.body), "", ""])
            heights = [None] + [16 * mm] * (len(rows) - 1)
            story.append(kit.grid(rows, [width * 0.5, width * 0.15, width * 0.35], row_height=heights))
            story.append(PageBreak())
    has_per_customer = any(t.frequency == Frequency.PER_CUSTOMER for t in current)
    for station in stations(uow) if has_per_customer else []:
        story += _log_board_header(kit, settings, station.name, station.kind, title)
        rows = [_log_header(kit)] + [[""] * 7 for _ in range(20)]
        story.append(kit.grid(rows, _log_widths(width), row_height=[None] + [7.5 * mm] * 20))
        story.append(PageBreak())
    if story and isinstance(story[-1], PageBreak):
        story.pop()
    if not story:
        story.append(kit.p(kit.tr(QT_TRANSLATE_NOOP("HygieneSheets", "No checklists are set up yet."))))
    doc.build(story)  # type: ignore[arg-type]
    return path


def _log_board_header(kit: _Kit, settings: SalonSettings, name: str, kind: object, subtitle: str) -> list[object]:
    kind_label = translate(kit.lang, "StationKind", STATION_KIND_LABELS[kind])  # type: ignore[index]
    heading = kit.tr(QT_TRANSLATE_NOOP("HygieneSheets", "Disinfection log · {station} ({kind})")).format(
        station=name, kind=kind_label
    )
    return [kit.p(heading, kit.h1), kit.p(f"{settings.salon_name} · {subtitle}", kit.muted), Spacer(1, 3 * mm)]


def _log_header(kit: _Kit) -> list[object]:
    labels = (
        QT_TRANSLATE_NOOP("HygieneSheets", "Date"),
        QT_TRANSLATE_NOOP("HygieneSheets", "Time"),
        QT_TRANSLATE_NOOP("HygieneSheets", "Initials"),
        QT_TRANSLATE_NOOP("HygieneSheets", "Type"),
        QT_TRANSLATE_NOOP("HygieneSheets", "Contact time (min)"),
        QT_TRANSLATE_NOOP("HygieneSheets", "Result"),
        QT_TRANSLATE_NOOP("HygieneSheets", "Record No. / notes"),
    )
    return [kit.p(kit.tr(label), kit.small) for label in labels]


def _log_widths(width: float) -> list[float]:
    return [width * f for f in (0.11, 0.08, 0.09, 0.24, 0.12, 0.12, 0.24)]


def station_month_logs(
    uow: UnitOfWork,
    settings: SalonSettings,
    year: int,
    month: int,
    path: Path,
    lang: str = "en",
    station_id: int | None = None,
) -> Path:
    """Each station's log for ``year-month`` (one or more pages per station)."""
    kit = _Kit(lang)
    tz = salon_timezone(settings)
    first = date(year, month, 1)
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    title = kit.tr(QT_TRANSLATE_NOOP("HygieneSheets", "Station logs {month}")).format(month=f"{year:04d}-{month:02d}")
    doc = _doc(path, title, settings.salon_name, lang)
    width = landscape(A4)[0] - 24 * mm
    with uow:
        all_stations = list(uow.session.exec(select(Station).order_by(col(Station.kind), col(Station.name))))
        if station_id is not None:
            all_stations = [s for s in all_stations if s.id == station_id]
        names = {t.id: (t.name_zh if kit.zh() else t.name_en) for t in uow.session.exec(select(ChecklistTemplate))}
        initials = {s.id: s.initials or s.name[:3] for s in uow.session.exec(select(Staff))}
        runs = list(
            uow.session.exec(
                select(ChecklistRun)
                .where(
                    col(ChecklistRun.station_id).is_not(None),
                    col(ChecklistRun.period_start) >= first,
                    col(ChecklistRun.period_start) <= last,
                )
                .order_by(col(ChecklistRun.signed_at), col(ChecklistRun.id))
            )
        )
        results: dict[int, list[ChecklistResult]] = defaultdict(list)
        for res in uow.session.exec(
            select(ChecklistResult).where(col(ChecklistResult.run_id).in_([r.id for r in runs]))
        ):
            results[res.run_id].append(res)
        by_station: dict[int, list[ChecklistRun]] = defaultdict(list)
        for run in runs:
            by_station[run.station_id or 0].append(run)
        story: list[object] = []
        for station in all_stations:
            story += _log_board_header(kit, settings, station.name, station.kind, title)
            rows: list[list[object]] = [_log_header(kit)]
            for run in by_station.get(station.id or 0, []):
                local = run.signed_at.astimezone(tz)
                mine = results.get(run.id or 0, [])
                contact = sorted({v for r in mine for k, v in _values(r).items() if k == "contact_min"})
                worst = _worst(mine)
                notes = f"#{run.id}"
                if run.corrects_id:
                    notes += " " + kit.tr(QT_TRANSLATE_NOOP("HygieneSheets", "corrects #{id}")).format(
                        id=run.corrects_id
                    )
                fails = [r.action for r in mine if r.result == ItemResult.FAIL and r.action]
                if fails:
                    notes += " · " + "; ".join(fails)
                rows.append(
                    [
                        kit.p(local_date(run.signed_at, tz).isoformat(), kit.small),
                        kit.p(local.strftime("%H:%M"), kit.small),
                        kit.p(initials.get(run.signed_by, "?"), kit.small),
                        kit.p(names.get(run.template_id, run.template_key), kit.small),
                        kit.p(", ".join(contact), kit.small),
                        kit.p(kit.tr(RESULT_SHORT[worst]) if worst else "", kit.small),
                        kit.p(notes, kit.small),
                    ]
                )
            if len(rows) == 1:
                rows.append(
                    [kit.p(kit.tr(QT_TRANSLATE_NOOP("HygieneSheets", "No entries this month.")), kit.small)] + [""] * 6
                )
            table = kit.grid(rows, _log_widths(width))
            fail_rows = [i for i, r in enumerate(rows) if i and _is_fail_row(r, kit)]
            for i in fail_rows:
                table.setStyle(TableStyle([("TEXTCOLOR", (5, i), (5, i), colors.HexColor("#b3261e"))]))
            story.append(table)
            story.append(Spacer(1, 4 * mm))
            story.append(
                kit.p(
                    kit.tr(
                        QT_TRANSLATE_NOOP(
                            "HygieneSheets", "Entries: {count}. Checked by (owner): ______________  Date: __________"
                        )
                    ).format(count=len(rows) - 1),
                    kit.body,
                )
            )
            story.append(PageBreak())
    if story and isinstance(story[-1], PageBreak):
        story.pop()
    if not story:
        story.append(kit.p(kit.tr(QT_TRANSLATE_NOOP("HygieneSheets", "No checklists are set up yet."))))
    doc.build(story)  # type: ignore[arg-type]
    return path


def _values(res: ChecklistResult) -> dict[str, str]:
    import json

    data = json.loads(res.values_json or "{}")
    return {str(k): str(v) for k, v in data.items()}


def _worst(results: list[ChecklistResult]) -> ItemResult | None:
    kinds = {ItemResult(r.result) for r in results}
    for result in (ItemResult.FAIL, ItemResult.PASS, ItemResult.NO_SERVICE, ItemResult.NOT_APPLICABLE):
        if result in kinds:
            return result
    return None


def _is_fail_row(row: list[object], kit: _Kit) -> bool:
    cell = row[5]
    return isinstance(cell, Paragraph) and cell.text == kit.tr(RESULT_SHORT[ItemResult.FAIL])
