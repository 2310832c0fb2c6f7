"""What every chart of the window does before it is filled again."""

from __future__ import annotations

from PySide6.QtCharts import QChart
from PySide6.QtCore import QLocale


def reset_chart(chart: QChart) -> None:
    """Empty ``chart`` and write its numbers in the language of the moment.

    Axis and bar labels in the language's digits: "139 096" in French, "139,096" in
    English, not "139096" (a year at a million cases); the locale is taken now, so a
    change of language follows at the next fill. A value axis must then use "%.0f":
    with localized numbers Qt Charts writes no label at all for "%d".
    """
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    chart.setLocalizeNumbers(True)
    chart.setLocale(QLocale())
