#pragma once

#include <QMargins>
#include <Qt>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace medtour {

// A legend that never cuts a name: Qt Charts' own QLegend elides long series names and cannot
// wrap when attached, so it is kept hidden and the visible markers of chart.legend() (label and
// colour, in order) are drawn with text items that are children of the chart: beside the plot
// on the right when every name fits there in full (at most a third of the chart width), else
// in rows of equal columns under the plot, in 12, 11 or 10 px. The room is reserved through
// the chart's margins on top of `base`. The state lives in a private helper object, a child of
// the chart, which re-lays the legend out whenever the chart is resized.

/// Shows (or hides, `shown` false) the legend of `chart`, preferring `preferred`
/// (Qt::AlignRight or Qt::AlignBottom). Call again after every change of the series, the
/// marker labels or the markers' visibility. Sets the chart's margins (base + legend room).
void setReadableLegend(QChart &chart, bool shown, Qt::Alignment preferred, const QMargins &base);

}  // namespace medtour
