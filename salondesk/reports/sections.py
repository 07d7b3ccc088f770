"""Detail renderers per area: the lists and charts printed under each section's figures.

Each renderer takes the area's figures object (from ``salondesk.queries.metrics_*``)
and returns flowables; they only read frozen rows, never the database.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from salondesk.domain.calendar import local_date
from salondesk.domain.complaints import CATEGORY_LABELS, CHANNEL_LABELS, SEVERITY_LABELS, STATUS_LABELS
from salondesk.domain.equipment import EQUIPMENT_STATUS_LABELS, MAINTENANCE_KIND_LABELS, TASK_STATE_LABELS
from salondesk.domain.reception import WAIT_LIMIT, wait_clock_text
from salondesk.domain.staff import CERTIFICATE_KIND_LABELS
from salondesk.i18n import QT_TRANSLATE_NOOP, label_text
from salondesk.reports.kit import MARGIN, SECTION_RENDERERS, Kit
from salondesk.services.settings import salon_timezone

WIDTH = A4[0] - 2 * MARGIN
INK = colors.Color(0.15, 0.15, 0.15)
SECOND = colors.Color(0.55, 0.55, 0.55)
MISSED_INK = colors.Color(0.70, 0.05, 0.05)


def _when(kit: Kit, instant: datetime | None) -> str:
    if instant is None:
        return "—"
    tz = salon_timezone(kit.report.settings)
    return instant.astimezone(tz).strftime("%m-%d %H:%M")


def _day(kit: Kit, instant: datetime | None) -> str:
    if instant is None:
        return "—"
    return local_date(instant, salon_timezone(kit.report.settings)).isoformat()


def _on_time(kit: Kit, value: bool | None) -> str:
    if value is None:
        return kit.tr(QT_TRANSLATE_NOOP("Report", "pending"))
    return kit.tr(QT_TRANSLATE_NOOP("Report", "on time")) if value else kit.tr(QT_TRANSLATE_NOOP("Report", "LATE"))


def _label(kit: Kit, context: str, labels: Mapping[Any, str], value: Any) -> str:
    """An enum value in words, in the report's language."""
    return label_text(kit.t, context, labels, value)


DATA_ACTIONS = {
    "export": QT_TRANSLATE_NOOP("Report", "export of one customer"),
    "export_all": QT_TRANSLATE_NOOP("Report", "export of all customers"),
    "export_salon": QT_TRANSLATE_NOOP("Report", "export of the whole salon"),
    "erase": QT_TRANSLATE_NOOP("Report", "erasure"),
}
RUN_STATES = {
    "done": QT_TRANSLATE_NOOP("Report", "done"),
    "late": QT_TRANSLATE_NOOP("Report", "late entry"),
    "missed": QT_TRANSLATE_NOOP("Report", "MISSED"),
    "due": QT_TRANSLATE_NOOP("Report", "due"),
}
LEFT_REASONS = {
    "customer_left": QT_TRANSLATE_NOOP("Report", "customer left"),
    "closing": QT_TRANSLATE_NOOP("Report", "still waiting at closing"),
}


def _title(kit: Kit, text: str) -> Flowable:
    return kit.p(kit.tr(text), "h3")


def histogram_label(low: int, high: int | None, first: bool) -> str:
    """A bin of waits in ``(low, high]`` minutes as minutes:seconds, so neighbours never overlap.

    ``0:00–5:00``, ``5:01–10:00`` … and ``> 60:00`` for the open end (waits are printed
    rounded up to the second, so 5:00.4 is shown as 5:01 and belongs to the second bin).
    """
    start = "0:00" if first else f"{low}:01"
    return f"> {low}:00" if high is None else f"{start}–{high}:00"


def _target_lines(kit: Kit, figure_id: str) -> list[tuple[str, float]]:
    """The target in force of a figure as a chart line (none when the figure has no target)."""
    figure = kit.report.figures.get(figure_id)
    if figure is None or figure.target is None:
        return []
    words = kit.tr(QT_TRANSLATE_NOOP("Report", "{figure} target {value}")).format(
        figure=figure_id, value=f"{figure.target:g}"
    )
    return [(words, float(figure.target))]


def bar_chart(
    kit: Kit,
    title: str,
    labels: Sequence[str],
    values: Sequence[float],
    height: float = 45 * mm,
    limit: tuple[int, str] | None = None,
) -> Drawing:
    """A vector bar chart whose axis starts at 0 (otherwise small bars vanish).

    ``limit`` = (bar index, words): a dashed vertical line before that bar, e.g. the 15-minute limit.
    """
    drawing = Drawing(WIDTH, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 8 * mm
    chart.width, chart.height = WIDTH - 20 * mm, height - 16 * mm
    chart.data = [list(values) or [0]]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = kit.font
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.categoryAxis.labels.fontName = kit.font
    chart.categoryAxis.labels.fontSize = 6
    chart.bars[0].fillColor = SECOND
    chart.bars[0].strokeColor = INK
    drawing.add(chart)
    drawing.add(String(0, height - 5, title, fontName=kit.font, fontSize=8))
    if limit is not None and labels:
        index, words = limit
        x = chart.x + chart.width * index / len(labels)
        drawing.add(Line(x, chart.y, x, chart.y + chart.height, strokeColor=MISSED_INK, strokeDashArray=(3, 2)))
        drawing.add(
            String(x + 2, chart.y + chart.height - 8, words, fontName=kit.font, fontSize=7, fillColor=MISSED_INK)
        )
    return drawing


def line_chart(
    kit: Kit,
    title: str,
    series: Sequence[tuple[str, Sequence[tuple[float, float]]]],
    x_labels: Sequence[str],
    height: float = 45 * mm,
    targets: Sequence[tuple[str, float]] = (),
) -> Drawing:
    """A vector line chart; series differ by marker and dash, so they survive grey print.

    ``targets`` = (words, value): a dotted horizontal line across the chart at each target.
    """
    drawing = Drawing(WIDTH, height)
    plot = LinePlot()
    plot.x, plot.y = 12 * mm, 8 * mm
    plot.width, plot.height = WIDTH - 45 * mm, height - 16 * mm
    data = [list(points) for _, points in series if points]
    if not data:
        drawing.add(
            String(0, height / 2, kit.tr(QT_TRANSLATE_NOOP("Report", "No data.")), fontName=kit.font, fontSize=8)
        )
        return drawing
    last_x = float(max(1, len(x_labels) - 1))
    plot.data = data + [[(0.0, value), (last_x, value)] for _, value in targets]
    markers = ["FilledCircle", "FilledSquare", "FilledTriangle"]
    for index in range(len(data)):
        plot.lines[index].strokeColor = INK if index == 0 else SECOND
        plot.lines[index].symbol = makeMarker(markers[index % 3], size=3)
        if index:
            plot.lines[index].strokeDashArray = (3, 2)
    for offset in range(len(targets)):
        line = plot.lines[len(data) + offset]
        line.strokeColor = MISSED_INK
        line.strokeDashArray = (1, 2)
        line.symbol = None
    plot.xValueAxis.valueMin = 0
    plot.xValueAxis.valueMax = max(1, len(x_labels) - 1)
    plot.xValueAxis.valueSteps = list(range(len(x_labels)))
    plot.xValueAxis.labelTextFormat = lambda v: x_labels[int(v)] if 0 <= int(v) < len(x_labels) else ""
    plot.xValueAxis.labels.fontName = kit.font
    plot.xValueAxis.labels.fontSize = 6
    plot.yValueAxis.labels.fontName = kit.font
    plot.yValueAxis.labels.fontSize = 7
    drawing.add(plot)
    drawing.add(String(0, height - 5, title, fontName=kit.font, fontSize=8))
    legend_y = height - 18
    for index, (words, _value) in enumerate(targets):
        drawing.add(
            String(
                WIDTH - 30 * mm,
                legend_y - (len(series) + index) * 10,
                f"··· {words}",
                fontName=kit.font,
                fontSize=7,
                fillColor=MISSED_INK,
            )
        )
    for index, (name, points) in enumerate(series):
        if points:
            drawing.add(
                String(
                    WIDTH - 30 * mm,
                    legend_y - index * 10,
                    f"{'—' if index == 0 else '- -'} {name}",
                    fontName=kit.font,
                    fontSize=7,
                )
            )
    return drawing


# ------------------------------------------------------------------ reception
def reception(kit: Kit, data: Any) -> list[Flowable]:
    """Wait histogram, daily wait chart, waits over 15 min, left without service."""
    story: list[Flowable] = [Spacer(1, 5 * mm)]
    limit_minutes = int(WAIT_LIMIT.total_seconds() // 60)
    limit_index = next((i for i, b in enumerate(data.histogram) if b.low == limit_minutes), None)
    story.append(
        bar_chart(
            kit,
            kit.tr(QT_TRANSLATE_NOOP("Report", "Wait-time histogram (minutes:seconds → visits)")),
            [histogram_label(b.low, b.high, first=i == 0) for i, b in enumerate(data.histogram)],
            [b.count for b in data.histogram],
            limit=None
            if limit_index is None
            else (
                limit_index,
                kit.tr(QT_TRANSLATE_NOOP("Report", "limit {minutes} min")).format(minutes=limit_minutes),
            ),
        )
    )
    days = [str(day.day) for day in kit.report.period.days()]
    story.append(Spacer(1, 3 * mm))
    story.append(
        line_chart(
            kit,
            kit.tr(QT_TRANSLATE_NOOP("Report", "Daily median wait (min)")),
            [
                (
                    kit.tr(QT_TRANSLATE_NOOP("Report", "median wait")),
                    [(d.day.day - 1, float(d.median_minutes)) for d in data.daily if d.median_minutes is not None],
                )
            ],
            days,
            height=38 * mm,
            targets=[
                (
                    kit.tr(QT_TRANSLATE_NOOP("Report", "limit {minutes} min")).format(minutes=limit_minutes),
                    limit_minutes,
                )
            ],
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(
        line_chart(
            kit,
            kit.tr(QT_TRANSLATE_NOOP("Report", "Daily wait ≤ 15 min rate (R1, %)")),
            [
                (
                    kit.tr(QT_TRANSLATE_NOOP("Report", "R1 daily %")),
                    [(d.day.day - 1, float(d.r1.value)) for d in data.daily if d.r1.value is not None],
                )
            ],
            days,
            height=38 * mm,
            targets=_target_lines(kit, "R1"),
        )
    )
    story.append(_title(kit, QT_TRANSLATE_NOOP("Report", "Customers who waited over 15 min")))
    story.append(
        kit.table(
            [
                kit.tr(QT_TRANSLATE_NOOP("Report", "Date")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Wait (min:s)")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Customer")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Technician")),
            ],
            [[w.day.isoformat(), wait_clock_text(w.wait), w.name, w.technician or "—"] for w in data.waits_over_limit],
        )
    )
    story.append(_title(kit, QT_TRANSLATE_NOOP("Report", "Left without service")))
    story.append(
        kit.table(
            [
                kit.tr(QT_TRANSLATE_NOOP("Report", "Date")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Arrived")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Waited (min)")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Customer")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Reason")),
            ],
            [
                [
                    i.day.isoformat(),
                    _when(kit, i.arrived_at),
                    "" if i.waited_minutes is None else str(i.waited_minutes),
                    i.name,
                    _label(kit, "Report", LEFT_REASONS, i.reason),
                ]
                for i in data.left_without_service
            ],
        )
    )
    return story


# ------------------------------------------------------------------ quality
def quality(kit: Kit, data: Any) -> list[Flowable]:
    """Uncertified services, re-check exceptions, satisfaction and NPS trend."""
    story: list[Flowable] = [_title(kit, QT_TRANSLATE_NOOP("Report", "Services by uncertified technicians"))]
    story.append(
        kit.table(
            [
                kit.tr(QT_TRANSLATE_NOOP("Report", "Date")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Technician")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Service")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Certificate needed")),
            ],
            [
                [
                    u.day.isoformat(),
                    u.staff_name,
                    u.service_name,
                    _label(kit, "CertificateKind", CERTIFICATE_KIND_LABELS, u.required_kind)
                    if u.required_kind
                    else "—",
                ]
                for u in data.uncertified
            ],
            empty=kit.tr(QT_TRANSLATE_NOOP("Report", "None: every service was done by a certified technician.")),
        )
    )
    story.append(_title(kit, QT_TRANSLATE_NOOP("Report", "Re-checks refused or late")))
    story.append(
        kit.table(
            [
                kit.tr(QT_TRANSLATE_NOOP("Report", "Requested")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Hours after service")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Customer")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Outcome")),
            ],
            [
                [
                    _when(kit, r.requested_at),
                    str(r.hours_after),
                    r.name,
                    kit.tr(QT_TRANSLATE_NOOP("Report", "refused"))
                    if r.refused
                    else kit.tr(QT_TRANSLATE_NOOP("Report", "late")),
                ]
                for r in data.recheck_exceptions
            ],
        )
    )
    months = list(data.monthly)
    labels = [m.month[2:] for m in months]
    story.append(
        KeepTogether(
            [
                _title(kit, QT_TRANSLATE_NOOP("Report", "Satisfaction and NPS, this month and the previous 11")),
                Spacer(1, 3 * mm),
                line_chart(
                    kit,
                    "",
                    [
                        (
                            kit.tr(QT_TRANSLATE_NOOP("Report", "satisfaction %")),
                            [
                                (i, float(m.satisfaction.value))
                                for i, m in enumerate(months)
                                if m.satisfaction.value is not None
                            ],
                        ),
                        ("NPS", [(i, float(m.nps.value)) for i, m in enumerate(months) if m.nps.value is not None]),
                    ],
                    labels,
                    targets=[*_target_lines(kit, "S2"), *_target_lines(kit, "S3")],
                ),
                kit.table(
                    [
                        kit.tr(QT_TRANSLATE_NOOP("Report", "Month")),
                        kit.tr(QT_TRANSLATE_NOOP("Report", "Satisfaction")),
                        "NPS",
                    ],
                    [
                        [
                            m.month,
                            m.satisfaction.text(kit.na()),
                            kit.na() if m.nps.value is None else f"{m.nps.value} (n={m.nps.count})",
                        ]
                        for m in months
                    ],
                ),
            ]
        )
    )
    return story


# ------------------------------------------------------------------ hygiene
def hygiene(kit: Kit, data: Any) -> list[Flowable]:
    """Days × daily templates grid (initials / late / missed), station logs, late runs, failures."""
    zh = kit.t.lang == "zh_CN"
    order = list(data.template_names)  # installation order: Opening, per customer, Closing, weekly, monthly
    keys = sorted(data.grid, key=lambda k: order.index(k) if k in order else len(order))
    names = [data.template_names.get(k, (k, k))[1 if zh else 0] for k in keys]
    closed = kit.tr(QT_TRANSLATE_NOOP("Report", "closed"))
    words = {
        "done": "",
        "late": kit.tr(QT_TRANSLATE_NOOP("Report", "late entry")),
        "missed": kit.tr(QT_TRANSLATE_NOOP("Report", "MISSED")),
        "due": kit.tr(QT_TRANSLATE_NOOP("Report", "due")),
    }
    rows = []
    for index, day in enumerate(kit.report.period.days()):
        row: list[Any] = [day.isoformat()]
        for key in keys:
            cell = data.grid[key][index]
            if cell.state is None:
                row.append(closed if not cell.open_day else "—")
            else:
                state = str(cell.state)
                row.append(" ".join(part for part in (cell.initials, words.get(state, state)) if part))
        rows.append(row)
    story: list[Flowable] = [_title(kit, QT_TRANSLATE_NOOP("Report", "Daily checklists (initials of who signed)"))]
    story.append(kit.table([kit.tr(QT_TRANSLATE_NOOP("Report", "Date")), *names], rows))
    story.append(_title(kit, QT_TRANSLATE_NOOP("Report", "Weekly and monthly checklists")))
    periodic = sorted(
        (r for r in data.required if str(r.frequency) in ("weekly", "monthly")),
        key=lambda r: (order.index(r.template_key) if r.template_key in order else len(order), r.first),
    )
    story.append(
        _runs_table(
            kit,
            data,
            periodic,
            (QT_TRANSLATE_NOOP("Report", "State"), lambda r: _label(kit, "Report", RUN_STATES, r.state)),
            kit.tr(QT_TRANSLATE_NOOP("Report", "No weekly or monthly checklist was due in the month.")),
        )
    )
    story.append(_title(kit, QT_TRANSLATE_NOOP("Report", "Per-customer logs (entries per station)")))
    story.append(
        kit.table(
            [kit.tr(QT_TRANSLATE_NOOP("Report", "Station")), kit.tr(QT_TRANSLATE_NOOP("Report", "Entries"))],
            sorted(data.station_entries.items()),
        )
    )
    story.append(_title(kit, QT_TRANSLATE_NOOP("Report", "Late entries")))
    story.append(_runs_table(kit, data, data.late, (QT_TRANSLATE_NOOP("Report", "Reason"), lambda r: r.late_reason)))
    story.append(_title(kit, QT_TRANSLATE_NOOP("Report", "Failures and corrective actions")))
    open_word = kit.tr(QT_TRANSLATE_NOOP("Report", "OPEN"))
    fixed_word = kit.tr(QT_TRANSLATE_NOOP("Report", "put right at once"))
    story.append(
        kit.table(
            [
                kit.tr(QT_TRANSLATE_NOOP("Report", "Failed")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Item (station)")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Corrective action")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Signed off")),
            ],
            [
                [
                    f"{_when(kit, a.failed_at)} {a.failed_by}",
                    (a.item_text_zh if zh else a.item_text_en) + (f" ({a.station_name})" if a.station_name else ""),
                    a.action,
                    f"{_when(kit, a.closed_at)} {a.closed_by}"
                    if a.closed_at
                    else (fixed_word if a.action_done else open_word),
                ]
                for a in (*data.failures, *[x for x in data.open_failures if x not in data.failures])
            ],
            [WIDTH * 0.18, WIDTH * 0.34, WIDTH * 0.30, WIDTH * 0.18],
        )
    )
    return story


def _runs_table(
    kit: Kit,
    data: Any,
    runs: Sequence[Any],
    last_column: tuple[str, Callable[[Any], str]],
    empty: str | None = None,
) -> Flowable:
    """Checklist runs of periods: checklist, period, signed, by, and one more column."""
    zh = kit.t.lang == "zh_CN"
    header, cell = last_column
    return kit.table(
        [
            kit.tr(QT_TRANSLATE_NOOP("Report", "Checklist")),
            kit.tr(QT_TRANSLATE_NOOP("Report", "Period")),
            kit.tr(QT_TRANSLATE_NOOP("Report", "Signed")),
            kit.tr(QT_TRANSLATE_NOOP("Report", "By")),
            kit.tr(header),
        ],
        [
            [
                data.template_names.get(r.template_key, (r.template_key,) * 2)[1 if zh else 0],
                r.first.isoformat() if r.first == r.last else f"{r.first.isoformat()} – {r.last.isoformat()}",
                _when(kit, r.signed_at),
                r.signed_by,
                cell(r),
            ]
            for r in runs
        ],
        empty=empty,
    )


# ------------------------------------------------------------------ equipment
def equipment(kit: Kit, data: Any) -> list[Flowable]:
    """Every device and its overhaul dates, maintenance due and done, overdue list, faults, downtime."""
    story: list[Flowable] = [_title(kit, QT_TRANSLATE_NOOP("Report", "Every device at month end (quarterly overhaul)"))]
    none = kit.tr(QT_TRANSLATE_NOOP("Report", "none yet"))
    no_plan = kit.tr(QT_TRANSLATE_NOOP("Report", "no overhaul plan"))
    overdue_word = kit.tr(QT_TRANSLATE_NOOP("Report", "overdue"))
    next_month_first = kit.report.period.last_day + timedelta(days=1)
    story.append(
        kit.table(
            [
                kit.tr(QT_TRANSLATE_NOOP("Report", "Equipment")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Status")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Last overhaul")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Next overhaul due")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Faults (ever)")),
            ],
            [
                [
                    d.name,
                    _label(kit, "EquipmentStatus", EQUIPMENT_STATUS_LABELS, d.status),
                    d.last_overhaul.isoformat() if d.last_overhaul else none,
                    no_plan
                    if d.next_overhaul is None
                    else d.next_overhaul.isoformat()
                    + (f" ({overdue_word})" if d.next_overhaul < next_month_first else ""),
                    str(d.faults),
                ]
                for d in kit.report.devices
            ],
            empty=kit.tr(QT_TRANSLATE_NOOP("Report", "No equipment registered.")),
        )
    )
    story.append(_title(kit, QT_TRANSLATE_NOOP("Report", "Maintenance due in the month")))
    story.append(
        kit.table(
            [
                kit.tr(QT_TRANSLATE_NOOP("Report", "Equipment")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Kind")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Due")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Done")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "By")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "State")),
            ],
            [
                [
                    t.equipment_name,
                    _label(kit, "MaintenanceKind", MAINTENANCE_KIND_LABELS, t.kind),
                    t.due.isoformat(),
                    t.done_on.isoformat() if t.done_on else "—",
                    t.done_by,
                    _label(kit, "TaskState", TASK_STATE_LABELS, t.state),  # judged at the report's instant
                ]
                for t in data.due_in_month
            ],
        )
    )
    story.append(_title(kit, QT_TRANSLATE_NOOP("Report", "Overdue at month end")))
    story.append(
        kit.table(
            [
                kit.tr(QT_TRANSLATE_NOOP("Report", "Equipment")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Kind")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Due")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Days overdue")),
            ],
            [
                [
                    o.equipment_name,
                    _label(kit, "MaintenanceKind", MAINTENANCE_KIND_LABELS, o.kind),
                    o.due.isoformat(),
                    str(o.days_overdue),
                ]
                for o in data.overdue
            ],
        )
    )
    story.append(_title(kit, QT_TRANSLATE_NOOP("Report", "Faults and repairs")))
    still_open = kit.tr(QT_TRANSLATE_NOOP("Report", "still out of service"))
    story.append(
        kit.table(
            [
                kit.tr(QT_TRANSLATE_NOOP("Report", "Equipment")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Fault")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Out of use (reported → back in service)")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Hours to repair")),
            ],
            [
                [
                    f.equipment_name,
                    f.description,
                    f"{_when(kit, f.reported_at)} → {_when(kit, f.back_at) if f.back_at else still_open}",
                    "—" if f.hours_to_repair is None else str(f.hours_to_repair),
                ]
                for f in data.faults
            ],
            [WIDTH * 0.2, WIDTH * 0.35, WIDTH * 0.3, WIDTH * 0.15],
            empty=kit.tr(QT_TRANSLATE_NOOP("Report", "No fault was reported in the month.")),
        )
    )
    story.append(_title(kit, QT_TRANSLATE_NOOP("Report", "Downtime and reliability per asset")))
    story.append(
        kit.table(
            [
                kit.tr(QT_TRANSLATE_NOOP("Report", "Equipment")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Out-of-service days")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Faults")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Mean time to repair (h)")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Mean time between faults (h)")),
            ],
            [
                [
                    a.name,
                    str(a.out_of_service_days),
                    str(a.faults_total),
                    "—" if a.mttr_hours is None else str(a.mttr_hours),
                    "—" if a.mtbf_hours is None else str(a.mtbf_hours),
                ]
                for a in data.assets  # devices without faults too: their zero is the evidence
            ],
        )
    )
    return story


# ------------------------------------------------------------------ complaints
def _counts(kit: Kit, title: str, counts: Mapping[str, int], labels: Mapping[Any, str]) -> list[Flowable]:
    return [
        _title(kit, title),
        kit.table(
            [kit.tr(QT_TRANSLATE_NOOP("Report", "Kind")), kit.tr(QT_TRANSLATE_NOOP("Report", "Count"))],
            [[_label(kit, "Complaints", labels, k), str(counts[k])] for k in _in_label_order(counts, labels)],
        ),
    ]


def _in_label_order(counts: Mapping[str, int], labels: Mapping[Any, str]) -> list[str]:
    """Keys in the order their labels are declared (severity Low, Medium, High …), unknown ones last."""
    order = [str(key) for key in labels]
    return sorted(counts, key=lambda k: (order.index(k) if k in order else len(order), k))


def complaints(kit: Kit, data: Any) -> list[Flowable]:
    """Counts by category/channel/severity, the register with deadline results, open at month end."""
    story: list[Flowable] = []
    story += _counts(kit, QT_TRANSLATE_NOOP("Report", "By category"), data.by_category, CATEGORY_LABELS)
    story += _counts(kit, QT_TRANSLATE_NOOP("Report", "By channel"), data.by_channel, CHANNEL_LABELS)
    story += _counts(kit, QT_TRANSLATE_NOOP("Report", "By severity"), data.by_severity, SEVERITY_LABELS)
    story.append(_title(kit, QT_TRANSLATE_NOOP("Report", "Complaints touched in the month")))
    story.append(
        kit.table(
            [
                kit.tr(QT_TRANSLATE_NOOP("Report", "Number")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Received")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Category")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Answered")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Investigated")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Resolved")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Followed up")),
            ],
            [
                [
                    line.number,
                    _when(kit, line.received_at),
                    f"{_label(kit, 'Complaints', CATEGORY_LABELS, line.category)} / "
                    f"{_label(kit, 'Complaints', SEVERITY_LABELS, line.severity)}",
                    f"{_when(kit, line.answered_at)} {_on_time(kit, line.answer_on_time)}",
                    f"{_when(kit, line.investigation_at)} {_on_time(kit, line.investigation_on_time)}",
                    f"{_when(kit, line.resolved_at)} {_on_time(kit, line.resolution_on_time)}",
                    f"{_when(kit, line.followed_up_at)} {_on_time(kit, line.follow_up_on_time)}",
                ]
                for line in data.register
            ],
            [WIDTH * 0.12, WIDTH * 0.12, WIDTH * 0.16, WIDTH * 0.15, WIDTH * 0.15, WIDTH * 0.15, WIDTH * 0.15],
        )
    )
    story.append(_title(kit, QT_TRANSLATE_NOOP("Report", "Open complaints at month end")))
    story.append(
        kit.table(
            [
                kit.tr(QT_TRANSLATE_NOOP("Report", "Number")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Received")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Category")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Stage")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Age (days)")),
            ],
            [
                [
                    o.number,
                    _when(kit, o.received_at),
                    f"{_label(kit, 'Complaints', CATEGORY_LABELS, o.category)} / "
                    f"{_label(kit, 'Complaints', SEVERITY_LABELS, o.severity)}",
                    _label(kit, "Complaints", STATUS_LABELS, o.status),
                    str(o.age_days),
                ]
                for o in data.open_at_month_end
            ],
        )
    )
    return story


def privacy(kit: Kit, data: Any) -> list[Flowable]:
    """Customer-data exports and erasures, and privacy complaints."""
    story: list[Flowable] = [_title(kit, QT_TRANSLATE_NOOP("Report", "Customer-data exports and erasures"))]
    story.append(
        kit.table(
            [
                kit.tr(QT_TRANSLATE_NOOP("Report", "When")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "What")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "By")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Records")),
            ],
            [
                [_when(kit, r.at), _label(kit, "Report", DATA_ACTIONS, r.action), r.staff, str(r.records)]
                for r in data.data_requests
            ],
        )
    )
    story.append(_title(kit, QT_TRANSLATE_NOOP("Report", "Privacy complaints")))
    story.append(
        kit.table(
            [
                kit.tr(QT_TRANSLATE_NOOP("Report", "Number")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Received")),
                kit.tr(QT_TRANSLATE_NOOP("Report", "Stage")),
            ],
            [
                [line.number, _when(kit, line.received_at), _label(kit, "Complaints", STATUS_LABELS, line.status)]
                for line in data.privacy_complaints
            ],
        )
    )
    return story


def training(kit: Kit, data: Any) -> list[Flowable]:
    """T1–T3's quarter, and who has not attended a training in it yet."""
    quarter = data.quarter
    story: list[Flowable] = [
        kit.p(
            kit.tr(
                QT_TRANSLATE_NOOP("Report", "Quarter {first} to {last}; staff: technicians and receptionists.")
            ).format(first=quarter.first_day.isoformat(), last=quarter.last_day.isoformat()),
            "muted",
        ),
        _title(kit, QT_TRANSLATE_NOOP("Report", "Staff without a training in the quarter")),
    ]
    names = ", ".join(s.name for s in data.untrained)
    story.append(kit.p(names or kit.tr(QT_TRANSLATE_NOOP("Report", "Everyone has attended a training."))))
    return story


SECTION_RENDERERS.update(
    {
        "reception": reception,
        "training": training,
        "quality": quality,
        "hygiene": hygiene,
        "equipment": equipment,
        "complaints": complaints,
        "privacy": privacy,
    }
)
