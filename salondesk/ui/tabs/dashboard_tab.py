"""Dashboard tab (owner): live today and trends, with hover values and click-through.

pyqtgraph is imported the first time the tab is shown, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from salondesk.domain.calendar import local_date
from salondesk.domain.complaints import CATEGORY_LABELS
from salondesk.domain.figures import Count, Rate, Score
from salondesk.domain.figures.registry import FIGURE_BY_ID
from salondesk.domain.permissions import Permission
from salondesk.i18n import QT_TRANSLATE_NOOP, label_text
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext
from salondesk.ui.tabs.base import Tab
from salondesk.ui.tabs.dashboard_details import DetailsDialog, Section, View, day_text, section, value_text
from salondesk.ui.tasks import TaskRunner
from salondesk.ui.widgets.common import STATE_COLOURS, State


@dataclass(frozen=True)
class Tile:
    """One live number for today, with the state colour rule of ux.md."""

    key: str
    label: str
    value: int
    bad: bool  # red/amber when true, green otherwise
    items: Sequence[Any] = ()  # the records behind the number (shown on click)


# (key, title, figure ids) of the monthly charts; "daily_wait" and "C6" are drawn specially
def chart_specs() -> list[tuple[str, str, list[str]]]:
    """The trend charts in display order, titles in the UI language."""
    translate = QCoreApplication.translate
    return [
        ("daily_wait", translate("DashboardTab", "Daily median wait (min)"), []),
        ("R1", translate("DashboardTab", "R1 wait ≤ 15 min (%)"), ["R1"]),
        ("S2S3", translate("DashboardTab", "Satisfaction (%) and NPS"), ["S2", "S2Y", "S3"]),
        ("S5S6", translate("DashboardTab", "S5 cleanliness, S6 privacy (%)"), ["S5", "S6"]),
        ("C6", translate("DashboardTab", "Complaints by category"), []),
        ("H1", translate("DashboardTab", "H1 checklist completion (%)"), ["H1"]),
        ("E1", translate("DashboardTab", "E1 maintenance on time (%)"), ["E1"]),
        ("T", translate("DashboardTab", "T1–T3 training (%)"), ["T1", "T2", "T3"]),
    ]


# The commitments shown as "this month" tiles once the trends are computed (registry ids).
MONTH_TILES = ("S2Y", "S5", "S6", "T1", "T2", "T3")
CHART_COLUMNS = 4


def figure_number(figure: Any) -> float | None:
    """A plottable number for a figure (rate %, score, count)."""
    if isinstance(figure, Rate):
        return None if figure.value is None else float(figure.value)
    if isinstance(figure, Score):
        return None if figure.value is None else float(figure.value)
    if isinstance(figure, Count):
        return float(figure.count)
    return None


class FigureTile(QFrame):
    """A number (a live count or a commitment's value this month) with its caption; click for its records."""

    clicked = Signal()

    def __init__(
        self,
        key: str,
        value: str,
        caption: str,
        colour: str,
        parent: QWidget | None = None,
        *,
        size_pt: int = 16,
        word: str = "",  # the state in words beside the coloured number (never colour alone)
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"tile_{key}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        box = QVBoxLayout(self)
        suffix = f" ({word})" if word else ""
        number = QLabel(f"<span style='font-size:{size_pt}pt;color:{colour}'>{value}</span>{suffix}", self)
        number.setObjectName("value")
        box.addWidget(number)
        text = QLabel(caption, self)
        text.setWordWrap(True)
        box.addWidget(text)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click opens the records behind the figure."""
        super().mouseReleaseEvent(event)
        self.clicked.emit()


class DashboardTab(Tab):
    """Live today tiles and monthly trend charts."""

    area = "dashboard"
    title_text = QT_TRANSLATE_NOOP("DashboardTab", "Dashboard")
    required_permission = Permission.VIEW_DASHBOARD

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tasks = TaskRunner(self)
        self.months: list[Any] = []
        self._charts_built = False
        self.tiles_box = QGridLayout()
        self.month_tiles_box = QGridLayout()
        self.month_title = QLabel(self.tr("This month"), self)
        self.month_title.setStyleSheet("font-weight: bold;")
        self.month_title.setVisible(False)
        self.range_box = QComboBox(self)
        for months in (6, 12, 24):
            self.range_box.addItem(self.tr("Last %1 months").replace("%1", str(months)), months)
        self.range_box.setCurrentIndex(1)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.hint = QLabel(self.tr("Hover over a point for its value; click it to see the records behind it."), self)
        self.hint.setWordWrap(True)
        self.chart_area = QGridLayout()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Trends:"), self))
        top.addWidget(self.range_box)
        top.addWidget(self.progress)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        today = QLabel(self.tr("Today"), self)
        today.setStyleSheet("font-weight: bold;")
        layout.addWidget(today)
        layout.addLayout(self.tiles_box)
        layout.addWidget(self.month_title)
        layout.addLayout(self.month_tiles_box)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addLayout(self.chart_area, 1)
        self.range_box.currentIndexChanged.connect(lambda _i: self.load_trends())
        self.plots: dict[str, Any] = {}

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Build the charts (and import pyqtgraph) on first show."""
        super().showEvent(event)
        if not self._charts_built:
            self._charts_built = True
            self._build_charts()
            self.refresh()

    def refresh(self) -> None:
        """Reload tiles and trends."""
        self.load_tiles()
        if self._charts_built:
            self.load_trends()

    # ------------------------------------------------------------- tiles
    def load_tiles(self) -> None:
        """Today's live numbers (cheap indexed queries; run on the GUI thread)."""
        _clear(self.tiles_box)
        tiles = [tile for source in TILE_SOURCES for tile in source(self.ctx)]
        if not tiles:
            self.tiles_box.addWidget(QLabel(self.tr("Nothing to show yet."), self), 0, 0)
        for index, tile in enumerate(tiles):
            self.tiles_box.addWidget(self._tile_widget(tile), 0, index)

    def _tile_widget(self, tile: Tile) -> QWidget:
        colour = STATE_COLOURS[State.BAD if tile.bad else State.OK][0]
        word = self.tr("attention") if tile.bad else self.tr("ok")
        widget = FigureTile(tile.key, str(tile.value), tile.label, colour, self, size_pt=22, word=word)
        widget.setToolTip(self.tr("Click to see the records behind this number."))
        widget.clicked.connect(lambda: self.open_tile(tile))
        return widget

    def open_tile(self, tile: Tile) -> QDialog:
        """The records behind a live tile, as a translated table."""
        view = View(salon_timezone(self.ctx.settings), now=self.ctx.clock.now())
        dialog = DetailsDialog(tile.label, "", [section(tile.label, tile.items, view)], self)
        dialog.show()
        return dialog

    def show_month_tiles(self, month: Any) -> None:
        """The current month's S2Y, S5, S6 and T1–T3 (from the trends' last month), each clickable."""
        _clear(self.month_tiles_box)
        self.month_title.setVisible(month is not None)
        if month is None:
            return
        for index, figure_id in enumerate(MONTH_TILES):
            figure = month.figures.get(figure_id)
            if figure is not None:
                self.month_tiles_box.addWidget(self._figure_tile(figure_id, figure, len(self.months) - 1), 0, index)

    def _figure_tile(self, figure_id: str, figure: Any, month_index: int) -> QWidget:
        state = State.MUTED if figure.met is None else State.OK if figure.met else State.BAD
        value = QCoreApplication.translate("Report", "n/a") if figure.value is None else f"{figure.value} %"
        if getattr(figure, "in_progress", False):
            value += " " + QCoreApplication.translate("Report", "(in progress)")
        spec = FIGURE_BY_ID[figure_id]
        label = QCoreApplication.translate("Report", spec.label)
        caption = f"{figure_id} {label} ({figure.numerator}/{figure.denominator})"
        tile = FigureTile(figure_id, value, caption, STATE_COLOURS[state][0], self)
        tile.setToolTip(QCoreApplication.translate("Report", spec.commitment) if spec.commitment else caption)
        tile.clicked.connect(lambda: self.open_details(figure_id, month_index))
        return tile

    # ------------------------------------------------------------- trends
    def _build_charts(self) -> None:
        import pyqtgraph as pg

        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        for index, (key, title, series) in enumerate(chart_specs()):
            plot = pg.PlotWidget(self)
            plot.setMinimumHeight(160)
            plot.setMinimumWidth(120)  # four charts a row must fit 1280 px
            plot.showGrid(y=True, alpha=0.3)
            plot.setTitle(title)
            # the legend is a row below the axis, never over the lines it names
            legend = pg.LegendItem(colCount=2 if key == "C6" else 3, labelTextSize="8pt")
            plot.getPlotItem().layout.addItem(legend, 4, 1)
            plot.getPlotItem().legend = legend  # plot(..., name=) adds its line to this legend
            self.chart_area.addWidget(plot, index // CHART_COLUMNS, index % CHART_COLUMNS)
            self.plots[key] = (plot, series)

    def load_trends(self) -> None:
        """Figures per month over the chosen range, computed in the background."""
        if self.tasks.busy():
            return
        from salondesk.reports.trends import monthly_figures, months_back

        count = int(self.range_box.currentData())
        today = local_date(self.ctx.clock.now(), salon_timezone(self.ctx.settings))
        wanted = months_back(today.year, today.month, count)
        self.progress.setVisible(True)
        self.progress.setRange(0, len(wanted))

        def work(progress):  # type: ignore[no-untyped-def]
            return monthly_figures(self.ctx.new_uow, self.ctx.require_actor(), self.ctx.clock, wanted, progress)

        self.tasks.submit(work, self._show_trends, self._trend_error, self._on_progress)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _trend_error(self, error: BaseException) -> None:
        self.progress.setVisible(False)
        self.hint.setText(self.tr("Trends could not be computed: %1").replace("%1", str(error)))

    def _show_trends(self, months: list[Any]) -> None:
        self.progress.setVisible(False)
        self.months = months
        self.show_month_tiles(months[-1] if months else None)
        self.days = [day for month in months for day in getattr(month.areas.get("reception"), "daily", ())]
        labels = [(i, m.label[2:]) for i, m in enumerate(months)]
        for key, (plot, series) in self.plots.items():
            plot.clear()
            if key == "daily_wait":
                ticks = [(i, d.day.strftime("%m-%d")) for i, d in enumerate(self.days)]
                plot.getAxis("bottom").setTicks([ticks[:: max(1, len(ticks) // 6)]])
                points = [(i, float(d.median_minutes)) for i, d in enumerate(self.days) if d.median_minutes is not None]
                self._add_series(plot, "daily_wait", self.tr("median wait"), points, 0)
                continue
            plot.getAxis("bottom").setTicks([labels[:: max(1, len(labels) // 6)]])
            if key == "C6":
                categories = sorted({c for m in months for c in getattr(m.areas.get("complaints"), "by_category", {})})
                for number, category in enumerate(categories):
                    points = [
                        (i, float(getattr(m.areas.get("complaints"), "by_category", {}).get(category, 0)))
                        for i, m in enumerate(months)
                        if m.areas.get("complaints") is not None
                    ]
                    name = label_text(QCoreApplication.translate, "Complaints", CATEGORY_LABELS, category)
                    self._add_series(plot, f"C6:{category}", name, points, number)
                continue
            for number, figure_id in enumerate(series):
                points = [
                    (i, value)
                    for i, m in enumerate(months)
                    if (value := figure_number(m.figures.get(figure_id))) is not None
                ]
                self._add_series(plot, figure_id, figure_id, points, number)

    def _add_series(self, plot: Any, key: str, name: str, points: list[tuple[int, float]], number: int) -> None:
        import pyqtgraph as pg

        colours = ["#1f4e9c", "#c25400", "#2e7d32", "#6a1b9a", "#00838f", "#5d4037"]
        symbols = ["o", "s", "t", "d", "+", "x"]
        colour = colours[number % len(colours)]
        xs = [x for x, _ in points]
        ys = [y for _, y in points]
        plot.plot(xs, ys, pen=pg.mkPen(colour, width=2), name=name)
        scatter = pg.ScatterPlotItem(
            xs,
            ys,
            data=[(key, x) for x in xs],
            symbol=symbols[number % len(symbols)],
            size=9,
            brush=pg.mkBrush(colour),
            hoverable=True,
            tip=lambda x, y, data: f"{self.point_label(data[0], int(data[1]))}: {y:g}",
        )
        scatter.sigClicked.connect(self._point_clicked)
        plot.addItem(scatter)

    def point_label(self, key: str, index: int) -> str:
        """``R1 2026-10`` or ``2026-10-03`` for a daily point."""
        if key == "daily_wait":
            return self.days[index].day.isoformat()
        return f"{key} {self.months[index].label}"

    def _point_clicked(self, _item: Any, points: Any, _event: Any = None) -> None:
        if len(points) == 0:
            return
        figure_id, index = points[0].data()
        self.open_details(figure_id, index)

    def open_details(self, figure_id: str, month_index: int) -> QDialog:
        """The records behind one point: the figure and its month's detail tables."""
        tz = salon_timezone(self.ctx.settings)
        if figure_id == "daily_wait":
            day = self.days[month_index].day
            month = next(m for m in self.months if (m.year, m.month) == (day.year, day.month))
            summary, sections = daily_details(day, month, tz)
        else:
            summary, sections = details_sections(figure_id, self.months[month_index], tz)
        dialog = DetailsDialog(self.point_label(figure_id, month_index), summary, sections, self)
        dialog.show()
        return dialog


def _clear(grid: QGridLayout) -> None:
    """Remove (and delete) every widget of a tile row."""
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


# figure id → (area, [(title, attribute)]) of the records behind a point
DETAILS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "R1": (
        "reception",
        [
            (QT_TRANSLATE_NOOP("DashboardTab", "Waited over 15 min"), "waits_over_limit"),
            (QT_TRANSLATE_NOOP("DashboardTab", "Left without service"), "left_without_service"),
        ],
    ),
    "S2": ("quality", [(QT_TRANSLATE_NOOP("DashboardTab", "Ratings by month"), "monthly")]),
    "S3": ("quality", [(QT_TRANSLATE_NOOP("DashboardTab", "Ratings by month"), "monthly")]),
    "S2Y": ("quality", [(QT_TRANSLATE_NOOP("DashboardTab", "Ratings by month"), "monthly")]),
    "S5": ("quality", [(QT_TRANSLATE_NOOP("DashboardTab", "Ratings by month"), "monthly")]),
    "S6": ("quality", [(QT_TRANSLATE_NOOP("DashboardTab", "Ratings by month"), "monthly")]),
    "T1": ("training", [(QT_TRANSLATE_NOOP("DashboardTab", "Staff without a training this quarter"), "untrained")]),
    "H1": (
        "hygiene",
        [
            (QT_TRANSLATE_NOOP("DashboardTab", "Late runs"), "late"),
            (QT_TRANSLATE_NOOP("DashboardTab", "Missed runs"), "missed"),
            (QT_TRANSLATE_NOOP("DashboardTab", "Failures"), "failures"),
        ],
    ),
    "E1": (
        "equipment",
        [
            (QT_TRANSLATE_NOOP("DashboardTab", "Maintenance due in the month"), "due_in_month"),
            (QT_TRANSLATE_NOOP("DashboardTab", "Overdue"), "overdue"),
        ],
    ),
    "C6": ("complaints", [(QT_TRANSLATE_NOOP("DashboardTab", "Complaints touched in the month"), "register")]),
}


def details_sections(figure_id: str, month: Any, tz: tzinfo) -> tuple[str, list[Section]]:
    """The figure's value in words and a table per list of records behind it for one month (instants in ``tz``)."""
    base = figure_id.split(":", 1)[0]
    figure = month.figures.get(base)
    area, parts = DETAILS.get(base, ("", []))
    data = month.areas.get(area)
    view = View(tz, template_names=getattr(data, "template_names", {}))
    summary = f"{base} {month.label}: {value_text(figure, view)}"
    translate = QCoreApplication.translate
    return summary, [section(translate("DashboardTab", title), getattr(data, name, ()), view) for title, name in parts]


def daily_details(day: Any, month: Any, tz: tzinfo) -> tuple[str, list[Section]]:
    """One day's waits over 15 minutes and who left without service."""
    data = month.areas.get("reception")
    translate = QCoreApplication.translate
    view = View(tz)
    return day_text(day), [
        section(
            translate("DashboardTab", "Waited over 15 min"),
            [w for w in getattr(data, "waits_over_limit", ()) if w.day == day],
            view,
        ),
        section(
            translate("DashboardTab", "Left without service"),
            [w for w in getattr(data, "left_without_service", ()) if w.day == day],
            view,
        ),
    ]


# ------------------------------------------------------------------ live tiles
def _queue_tiles(ctx: AppContext) -> list[Tile]:
    from salondesk.queries.reception import queue_snapshot

    now = ctx.clock.now()
    snapshot = queue_snapshot(ctx.new_uow(), now, ctx.settings, ctx.actor)
    over = snapshot.over_limit_waits(now)
    translate = QCoreApplication.translate
    return [
        Tile("waiting", translate("DashboardTab", "waiting now"), len(snapshot.waiting), False, snapshot.waiting),
        Tile("over15", translate("DashboardTab", "waited over 15 min today"), len(over), bool(over), over),
    ]


def _hygiene_tile(ctx: AppContext) -> list[Tile]:
    from salondesk.queries.hygiene import PeriodState, board

    rows = board(ctx.new_uow(), ctx.settings, ctx.clock.now())
    due = [r for r in rows if r.state in (PeriodState.DUE, PeriodState.MISSED) and r.station_id is None]
    label = QCoreApplication.translate("DashboardTab", "checklists due or missed")
    return [Tile("checklists", label, len(due), bool(due), due)]


def _complaints_tile(ctx: AppContext) -> list[Tile]:
    from salondesk.queries.complaints import complaints_past_deadline

    late = complaints_past_deadline(ctx.new_uow(), ctx.clock.now())
    label = QCoreApplication.translate("DashboardTab", "complaints past a deadline")
    return [Tile("complaints", label, len(late), bool(late), late)]


def _equipment_tile(ctx: AppContext) -> list[Tile]:
    from salondesk.queries.equipment import TaskState, all_tasks

    tz = salon_timezone(ctx.settings)
    today = local_date(ctx.clock.now(), tz)
    with ctx.new_uow() as uow:  # all_tasks reads inside the caller's unit of work
        overdue = [t for t in all_tasks(uow, tz, today) if t.state == TaskState.OVERDUE]
    label = QCoreApplication.translate("DashboardTab", "maintenance overdue")
    return [Tile("equipment", label, len(overdue), bool(overdue), overdue)]


TILE_SOURCES: list[Callable[[AppContext], list[Tile]]] = [
    _queue_tiles,
    _hygiene_tile,
    _complaints_tile,
    _equipment_tile,
]
