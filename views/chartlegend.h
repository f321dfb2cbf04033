#pragma once

#include <QColor>
#include <QList>
#include <QMargins>
#include <QRectF>
#include <QString>
#include <Qt>

#include <functional>

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
/// Beside the plot only when the width left to the plot and axes stays at least
/// `minPlotWidth` px (e.g. room for the labels of many years); else under it.
void setReadableLegend(QChart &chart, bool shown, Qt::Alignment preferred, const QMargins &base,
                       double minPlotWidth = 0.0);

/// One entry of a clickable legend: `key` is the series / category id passed to the click
/// handler; a hidden entry is drawn greyed out (its series is hidden, the entry stays).
struct LegendEntry {
    QString key;
    QString label;
    QColor color;
    bool hidden = false;
};

/// Makes the legend list `entries` instead of the chart's visible markers (call before
/// setReadableLegend(); an empty list returns to the markers).
void setLegendEntries(QChart &chart, const QList<LegendEntry> &entries);
/// Called with the entry's key when the user clicks a legend entry (mouse press).
void setLegendClickHandler(QChart &chart, std::function<void(const QString &key)> handler);
/// The drawn entries and their clickable rectangles in chart item coordinates (for tests
/// and keyboard focus): key, rect. Empty when the legend is hidden.
QList<QPair<QString, QRectF>> legendEntryRects(const QChart &chart);

}  // namespace medtour
