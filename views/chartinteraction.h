#pragma once

#include <QRectF>

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QChart;
class QPieSlice;
class QString;
QT_END_NAMESPACE

namespace medtour {

// Geometry and focus highlight of chart marks, shared by the charts (keyboard navigation,
// tests that synthesize clicks). Rectangles are in chart item coordinates (those of the
// QChart, which a QChartView shows at its origin); they follow the current plot area, so call
// them after the chart was laid out.

/// The rectangle of bar `index` of set `setIndex` of `series` (QBarSeries, QStackedBarSeries,
/// QPercentBarSeries, QHorizontalBarSeries); empty when out of range or not in a chart.
QRectF barRect(const QChart &chart, const QAbstractBarSeries &series, int setIndex, int index);

/// A point inside `slice` (at the middle of its ring) in chart item coordinates.
QPointF sliceCenter(const QChart &chart, const QPieSlice &slice);

/// Draws (or with an empty `rect` hides) the focus highlight: a dark outline around `rect`.
/// One reusable item per chart, a child of the chart.
void setFocusHighlight(QChart &chart, const QRectF &rect);
/// The rectangle of the visible focus highlight, empty when none (for tests).
QRectF focusHighlight(const QChart &chart);

/// Shows `text` as the tooltip of the view showing `chart` at the cursor (no-op without a
/// view). Used by the charts' hovered() handlers; an empty text hides it.
void showChartToolTip(const QChart &chart, const QString &text);

}  // namespace medtour
