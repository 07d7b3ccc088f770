"""Dashboard tab (owner): live today and trends, with hover values and click-through.

pyqtgraph is imported the first time the tab is shown, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from salondesk.domain.calendar import local_date
from salondesk.domain.figures import Count, Rate, Score
from salondesk.domain.permissions import Permission
from salondesk.services.settings import salon_timezone
from salondesk.ui.context import AppContext
from salondesk.ui.tabs.base import Tab
from salondesk.ui.tasks import TaskRunner


@dataclass(frozen=True)
class Tile:
    """One live number for today, with the state colour rule of ux.md."""

    key: str
    label: str
    value: int
    bad: bool  # red/amber when true, green otherwise


# key → provider(ctx) -> Tile; registered at the bottom of this module from the areas' queries
TILE_PROVIDERS: list[Callable[[AppContext], Tile | None]] = []

# (figure id, series label) per chart; a chart point's click opens that month's details
TREND_CHARTS: list[tuple[str, list[str]]] = [
    ("R1", ["R1"]),
    ("S2/S3", ["S2", "S3"]),
    ("H1", ["H1"]),
    ("E1", ["E1"]),
    ("C", ["C1", "C3"]),
]


def figure_number(figure: Any) -> float | None:
    """A plottable number for a figure (rate %, score, count)."""
    if isinstance(figure, Rate):
        return None if figure.value is None else float(figure.value)
    if isinstance(figure, Score):
        return None if figure.value is None else float(figure.value)
    if isinstance(figure, Count):
        return float(figure.count)
    return None


class DashboardTab(Tab):
    """Live today tiles and monthly trend charts."""

    area = "dashboard"
    required_permission = Permission.VIEW_DASHBOARD

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tasks = TaskRunner(self)
        self.months: list[Any] = []
        self._charts_built = False
        self.tiles_box = QGridLayout()
        self.range_box = QComboBox(self)
        for months in (6, 12, 24):
            self.range_box.addItem(self.tr("Last %n month(s)", "", months), months)
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
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addLayout(self.chart_area, 1)
        self.range_box.currentIndexChanged.connect(lambda _i: self.load_trends())
        self.plots: dict[str, Any] = {}

    def title(self) -> str:
        """Tab label."""
        return self.tr("Dashboard")

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
        while self.tiles_box.count():
            item = self.tiles_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        tiles = [tile for provider in TILE_PROVIDERS if (tile := provider(self.ctx)) is not None]
        if not tiles:
            self.tiles_box.addWidget(QLabel(self.tr("Nothing to show yet."), self), 0, 0)
        for index, tile in enumerate(tiles):
            self.tiles_box.addWidget(self._tile_widget(tile), 0, index)

    def _tile_widget(self, tile: Tile) -> QWidget:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        colour = "#b00020" if tile.bad else "#1b7a3a"
        word = self.tr("attention") if tile.bad else self.tr("ok")
        frame.setObjectName(f"tile_{tile.key}")
        box = QVBoxLayout(frame)
        number = QLabel(f"<span style='font-size:22pt;color:{colour}'>{tile.value}</span> ({word})", frame)
        number.setObjectName("value")
        box.addWidget(number)
        box.addWidget(QLabel(tile.label, frame))
        return frame

    # ------------------------------------------------------------- trends
    def _build_charts(self) -> None:
        import pyqtgraph as pg

        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        for index, (key, series) in enumerate(TREND_CHARTS):
            plot = pg.PlotWidget(self)
            plot.setMinimumHeight(160)
            plot.showGrid(y=True, alpha=0.3)
            plot.addLegend(offset=(5, 5))
            plot.setTitle(key)
            self.chart_area.addWidget(plot, index // 3, index % 3)
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
        import pyqtgraph as pg

        self.progress.setVisible(False)
        self.months = months
        pens = ["#1f4e9c", "#c25400", "#2e7d32"]
        symbols = ["o", "s", "t"]
        for plot, series in self.plots.values():
            plot.clear()
            labels = [(i, m.label[2:]) for i, m in enumerate(months)]
            plot.getAxis("bottom").setTicks([labels[:: max(1, len(labels) // 6)]])
            for number, figure_id in enumerate(series):
                xs, ys, data = [], [], []
                for index, month in enumerate(months):
                    value = figure_number(month.figures.get(figure_id))
                    if value is not None:
                        xs.append(index)
                        ys.append(value)
                        data.append((figure_id, index))
                plot.plot(xs, ys, pen=pg.mkPen(pens[number % 3], width=2), name=figure_id)
                scatter = pg.ScatterPlotItem(
                    xs, ys, data=data, symbol=symbols[number % 3], size=9,
                    brush=pg.mkBrush(pens[number % 3]), hoverable=True,
                    tip=lambda x, y, data: f"{data[0]} {self.months[int(x)].label}: {y:g}",
                )
                scatter.sigClicked.connect(self._point_clicked)
                plot.addItem(scatter)

    def _point_clicked(self, _item: Any, points: Any, _event: Any = None) -> None:
        if len(points) == 0:
            return
        figure_id, index = points[0].data()
        self.open_details(figure_id, index)

    def open_details(self, figure_id: str, month_index: int) -> QDialog:
        """The records behind one point: the figure and its month's detail lists."""
        month = self.months[month_index]
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("%1 in %2").replace("%1", figure_id).replace("%2", month.label))
        text = QPlainTextEdit(dialog)
        text.setReadOnly(True)
        text.setPlainText(details_text(figure_id, month))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        box = QVBoxLayout(dialog)
        box.addWidget(text)
        box.addWidget(buttons)
        dialog.resize(640, 420)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog


def details_text(figure_id: str, month: Any) -> str:
    """Plain-text view of a figure and the detail records of its area for one month."""
    figure = month.figures.get(figure_id)
    lines = [f"{figure_id} {month.label}: {figure.text() if isinstance(figure, Rate) else figure}"]
    for area, data in month.areas.items():
        for name in dir(data):
            if name.startswith("_") or name[:1].isupper():
                continue
            value = getattr(data, name)
            if isinstance(value, list | tuple) and value and figure_id[0].lower() == area[0]:
                lines.append(f"\n{name}:")
                lines.extend(f"  {item}" for item in value[:200])
    return "\n".join(lines)
