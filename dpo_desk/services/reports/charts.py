"""The annual report's charts, drawn as vector graphics in the PDF (reportlab.graphics).

Every bar carries its number, so a chart printed in black and white still reads.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from dpo_desk.letters.fonts import BOLD, REGULAR

BLUE = colors.HexColor("#1f5f99")
GREEN = colors.HexColor("#2e7d32")
RED = colors.HexColor("#c62828")
GREY = colors.HexColor("#607d8b")


def _style_axis(chart: VerticalBarChart | HorizontalBarChart, size: float) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = size
        axis.strokeColor = GREY
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.valueAxis.valueMin = 0
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = size
    chart.barLabelFormat = "%d"


def month_bars(labels: list[str], values: list[int], width: float, height: float = 150) -> Drawing:
    """Requests per month, one bar a month, its count on top."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 28
    chart.width, chart.height = width - 40, height - 45
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = labels or [""]
    chart.categoryAxis.labels.angle = 0 if len(labels) <= 13 else 45
    chart.categoryAxis.labels.dy = -4
    chart.bars[0].fillColor = BLUE
    chart.bars[0].strokeColor = None
    _style_axis(chart, 7 if len(labels) <= 13 else 5.5)
    chart.barLabels.nudge = 5
    chart.valueAxis.valueMax = max([*values, 4]) * 1.15
    chart.valueAxis.labelTextFormat = "%d"
    drawing.add(chart)
    return drawing


def horizontal_bars(
    labels: list[str], values: list[int], width: float, colour: colors.Color = BLUE
) -> Drawing:
    """One horizontal bar per item (a right, a channel, a ground), biggest first."""
    rows = max(1, len(labels))
    height = 14 * rows + 26
    label_width = min(170, max(60, 5.0 * max((len(x) for x in labels), default=10)))
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width + 6, 16
    chart.width, chart.height = width - label_width - 40, height - 22
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.bars[0].fillColor = colour
    chart.bars[0].strokeColor = None
    chart.barWidth = 9
    _style_axis(chart, 7)
    chart.barLabels.nudge = 8
    chart.valueAxis.valueMax = max([*values, 4]) * 1.15
    chart.valueAxis.labelTextFormat = "%d"
    drawing.add(chart)
    return drawing


def on_time_bar(on_time: int, late: int, width: float, caption: str) -> Drawing:
    """A single stacked bar: on time (green) against late (red), with the caption."""
    drawing = Drawing(width, 34)
    total = on_time + late
    bar_width = width - 4
    if total:
        green = bar_width * on_time / total
        drawing.add(Rect(2, 14, green, 14, fillColor=GREEN, strokeColor=None))
        drawing.add(Rect(2 + green, 14, bar_width - green, 14, fillColor=RED, strokeColor=None))
    drawing.add(String(2, 2, caption, fontName=BOLD, fontSize=8, fillColor=colors.black))
    return drawing
