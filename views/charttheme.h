#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractBarSeries;
class QBarCategoryAxis;
class QCategoryAxis;
class QChart;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace medtour {

// The look of every dashboard chart: a CJK-capable font stack in pixel sizes (so layout and
// output never depend on the screen's DPI), a fixed categorical palette, a muted colour for
// "Other", white background, animations off. Also the count and percent axis ticks the charts
// share (QValueAxis cannot group digits).

/// What a piece of chart text is; decides its pixel size and weight.
enum class ChartText { Title, AxisTitle, AxisLabel, Legend, DataLabel, Note };

/// "Noto Sans CJK KR" with fallbacks (Noto Sans KR, Noto Sans, DejaVu Sans), in pixels.
QFont chartFont(ChartText role);
/// Colour `index` of the categorical palette (Tableau 10 without its grey), cycling.
QColor chartColor(int index);
/// Muted grey used for "Other", "Not itemised" and "n/a" text.
QColor otherColor();

/// Sets background, margins, title and legend fonts, the fonts of every attached axis and
/// turns animations off. Call once after the series and axes were added.
void applyChartTheme(QChart &chart);
/// Fonts and grid colours of one axis.
void applyAxisTheme(QAbstractAxis &axis);

/// Turns `axis` into a count axis from 0 to a "nice" maximum >= `maxValue` with about
/// `targetTicks` labelled ticks formatted with thousands separators ("250,000"); QValueAxis
/// cannot group digits and would print 1e+06 for large counts.
void setCountTicks(QCategoryAxis &axis, double maxValue, int targetTicks = 5);
/// Same for percent ticks ("0%", "25%" ...) from `minValue` to `maxValue`, zero included.
void setPercentTicks(QCategoryAxis &axis, double minValue, double maxValue, int targetTicks = 5);

/// Keeps the year labels of `axis` readable at any chart size: when the chart is too narrow
/// for "2009" side by side they are shortened to "’09" (re-checked whenever the chart is
/// resized). Call once; then set the labels with setYearLabels().
void keepYearLabelsReadable(QChart &chart, QBarCategoryAxis &axis);
/// Sets the full year labels ("2009", "2010<br>n/a", ...) of an axis prepared with
/// keepYearLabelsReadable().
void setYearLabels(QChart &chart, QBarCategoryAxis &axis, const QStringList &labels);

/// Value labels at the end of the bars of the first set of horizontal `series` (Qt Charts'
/// own bar labels cannot group digits or show "≈"): `texts[i]` for bar i, e.g. "441,112 ·
/// 37.7%". The text items are children of `chart`, kept in `pool` and reused (never leaked);
/// call placeBarValueLabels() again whenever the plot area changes.
void setBarValueLabels(QChart &chart, QList<QGraphicsSimpleTextItem *> &pool, const QStringList &texts);
void placeBarValueLabels(QChart &chart, QAbstractBarSeries &series, const QList<QGraphicsSimpleTextItem *> &pool);

}  // namespace medtour
