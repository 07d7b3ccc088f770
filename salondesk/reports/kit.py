"""The drawing kit shared by the report's pages (``pdf``) and its area sections (``sections``).

Its own module so that ``pdf`` can import ``sections`` and ``sections`` can use the kit
without importing ``pdf`` back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Table,
    TableStyle,
)

from salondesk.domain.figures import Count, Rate, Score
from salondesk.domain.figures.registry import FIGURE_BY_ID
from salondesk.i18n import QT_TRANSLATE_NOOP, Translator
from salondesk.reports.monthly import Figure, MonthlyReport
from salondesk.services.settings import salon_timezone

ProgressFn = Callable[[int, int], None]
GREY = colors.Color(0.45, 0.45, 0.45)
LIGHT = colors.Color(0.93, 0.93, 0.93)
MISSED = colors.Color(0.70, 0.05, 0.05)
MET = colors.Color(0.05, 0.45, 0.15)
MARGIN = 16 * mm


@dataclass
class Kit:
    """What section renderers need: the translator, styles and helpers."""

    t: Translator
    font: str
    styles: dict[str, ParagraphStyle]
    report: MonthlyReport

    def tr(self, text: str) -> str:
        """Translate a string marked in context "Report"."""
        return self.t("Report", text)

    def p(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph (text is escaped); a heading (h2, h3) never ends a page (:class:`Heading`)."""
        if style in ("h2", "h3"):
            return Heading(escape(text), self.styles[style])
        return Paragraph(escape(text), self.styles[style])

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float] | None = None,
        empty: str | None = None,
    ) -> Flowable:
        """A plain ruled table; an empty one says so in words."""
        if not rows:
            return self.p(empty or self.tr(QT_TRANSLATE_NOOP("Report", "None.")), "muted")
        cells = [[self.p(str(h), "th") for h in header]]
        cells += [
            [c if isinstance(c, Flowable) else self.p("" if c is None else str(c), "td") for c in r] for r in rows
        ]
        table = Table(cells, colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, GREY),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table

    def mark(self, met: bool | None) -> str:
        """Met / missed / n/a in words, with a symbol that survives black-and-white print."""
        if met is None:
            return self.tr(QT_TRANSLATE_NOOP("Report", "– n/a"))
        if met:
            return self.tr(QT_TRANSLATE_NOOP("Report", "✓ met"))
        return self.tr(QT_TRANSLATE_NOOP("Report", "× missed"))

    def na(self) -> str:
        """Not applicable."""
        return self.tr(QT_TRANSLATE_NOOP("Report", "n/a"))

    def figure_value(self, figure: Figure) -> str:
        """The figure with its raw counts, e.g. ``97.9 % (47/48)``."""
        if isinstance(figure, Rate):
            shown = figure.text(self.na())
            if figure.in_progress:
                shown += " " + self.tr(QT_TRANSLATE_NOOP("Report", "(in progress)"))
            return shown
        if isinstance(figure, Count):
            return str(figure.count)
        unit_text = self.tr(QT_TRANSLATE_NOOP("Report", "min")) if figure.unit == "min" else figure.unit
        unit = f" {unit_text}" if unit_text else ""
        shown = self.na() if figure.value is None else f"{figure.value}{unit}"
        p90 = self.report.figures.get("R2_p90") if figure.id == "R2" else None
        if isinstance(p90, Score):
            shown += " / " + (self.na() if p90.value is None else f"{p90.value}{unit}")
        return f"{shown} (n={figure.count})"

    def target_text(self, figure: Figure) -> str:
        """The target in force, in words and units (never a bare "≤ 0")."""
        target = figure.target
        if target is None:
            return self.tr(QT_TRANSLATE_NOOP("Report", "no target (shown for information)"))
        number = f"{target:g}"
        if isinstance(figure, Rate):
            return self.tr(QT_TRANSLATE_NOOP("Report", "at least {value} %")).format(value=number)
        if isinstance(figure, Count):
            if target == 0:
                words = ZERO_TARGETS.get(figure.id, QT_TRANSLATE_NOOP("Report", "none"))
                return self.tr(words)
            return self.tr(QT_TRANSLATE_NOOP("Report", "at most {value}")).format(value=number)
        unit = self.tr(QT_TRANSLATE_NOOP("Report", "min")) if figure.unit == "min" else figure.unit
        shown = f"{number} {unit}".strip()
        if figure.higher_is_better:
            return self.tr(QT_TRANSLATE_NOOP("Report", "at least {value}")).format(value=shown)
        return self.tr(QT_TRANSLATE_NOOP("Report", "at most {value}")).format(value=shown)

    def commitment_cell(self, figure_id: str, compact: bool = False) -> Flowable:
        """The commitment as the salon published it, with the figure that measures it underneath.

        ``compact`` (page 1): the commitment alone after the id, so every row fits one page.
        """
        definition = FIGURE_BY_ID.get(figure_id)
        if definition is None:
            return self.p(figure_id, "td")
        label = f"{figure_id} · {self.tr(definition.label)}"
        if not definition.commitment:
            return self.p(label, "td")
        if compact:
            return self.p(f"{figure_id} · {self.tr(definition.commitment)}", "td")
        return Paragraph(
            f"{escape(self.tr(definition.commitment))}<br/><font color='#737373'>{escape(label)}</font>",
            self.styles["td"],
        )

    def when(self, instant: datetime) -> str:
        """An instant in the salon's time zone, to the minute."""
        return instant.astimezone(salon_timezone(self.report.settings)).strftime("%Y-%m-%d %H:%M")

    def figure_label(self, figure_id: str) -> str:
        """``R1 Wait ≤ 15 min rate`` in the report language."""
        definition = FIGURE_BY_ID.get(figure_id)
        return f"{figure_id} {self.tr(definition.label)}" if definition else figure_id


class Heading(Paragraph):
    """A heading that moves to the next page unless some of what it heads fits below it.

    ``keepWithNext`` would move a heading together with its whole table, leaving half a
    page empty before every long table; this keeps it with the first rows only.
    """

    room_below = 22 * mm
    fresh_page = 100 * mm  # more room than this: a page that has only just begun, never deferred

    def _defer(self, height: float, available: float) -> bool:
        return bool(height + self.room_below > available and available < self.fresh_page)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        """Claim more than the room left when too little would remain below: the frame then breaks."""
        width, height = super().wrap(availWidth, availHeight)
        if self._defer(height, availHeight):
            return width, availHeight + 1
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 - reportlab API
        """Never split a deferred heading: it goes whole to the next page."""
        if self._defer(self.style.leading, availHeight):
            return []
        return list(super().split(availWidth, availHeight))


def escape(text: str) -> str:
    """Escape text for reportlab's mini-markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_styles(font: str) -> dict[str, ParagraphStyle]:
    """The report's paragraph styles (all in the CJK font: it has Latin glyphs too)."""
    base = ParagraphStyle("body", fontName=font, fontSize=9, leading=12, alignment=TA_LEFT)
    return {
        "body": base,
        "muted": ParagraphStyle("muted", parent=base, textColor=GREY),
        "td": ParagraphStyle("td", parent=base, fontSize=8, leading=10),
        "th": ParagraphStyle("th", parent=base, fontSize=8, leading=10),
        "h1": ParagraphStyle("h1", parent=base, fontSize=16, leading=20, spaceAfter=6),
        # headings keep with what follows, so none is stranded at the foot of a page
        "h2": ParagraphStyle("h2", parent=base, fontSize=12, leading=16, spaceBefore=8, spaceAfter=4),
        "h3": ParagraphStyle("h3", parent=base, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2),
        "miss": ParagraphStyle("miss", parent=base, textColor=MISSED),
    }


# What a count whose target is 0 promises, in words.
ZERO_TARGETS = {
    "H2": QT_TRANSLATE_NOOP("Report", "no late entries"),
    "H3": QT_TRANSLATE_NOOP("Report", "no failure left open at month end"),
    "E2": QT_TRANSLATE_NOOP("Report", "nothing overdue at month end"),
    "P1": QT_TRANSLATE_NOOP("Report", "no privacy complaints"),
    "R5": QT_TRANSLATE_NOOP("Report", "nobody left waiting"),
}

SectionRenderer = Callable[[Kit, Any], list[Flowable]]
# area → renderer of its detail lists; registered by salondesk.reports.sections
SECTION_RENDERERS: dict[str, SectionRenderer] = {}
