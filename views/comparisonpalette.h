#pragma once

#include <QtGlobal>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace medtour {

/// Recolours a chart drawn with applyChartTheme() for a dark (or back to the light) window
/// palette: background, title, axis labels, titles, grid and lines, the legend and the text
/// items the dashboard adds (value labels, own legend). Series colours stay (the categorical
/// palette reads on both). Used by the comparison chart and by the window for the dashboard
/// charts (re-applied after each chart update, since updates re-create some text items).
void setChartDarkMode(QChart &chart, bool dark);
/// Re-applies setChartDarkMode(chart, true) whenever the chart is laid out again (its own
/// legend and labels are then re-created in light colours) while `isDark()` is true.
void followChartDarkMode(QChart &chart, std::function<bool()> isDark);

}  // namespace medtour
