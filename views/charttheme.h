#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractBarSeries;
class QChart;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace medtour {

// The look of every dashboard chart: a CJK-capable font stack in pixel sizes (so layout and
// output never depend on the screen's DPI), a fixed categorical palette, a muted colour for
// "Other", white background, animations off. Axis texts that must fit the chart size are in
// chartfit.h, the legend in chartlegend.h.

/// What a piece of chart text is; decides its pixel size and weight.
enum class ChartText { Title, AxisTitle, AxisLabel, Legend, DataLabel, Note };

/// dashboardFontFamily() of the current language ("Noto Sans CJK KR" for English and Korean,
/// "Noto Sans CJK JP" for Japanese) with fallbacks (Noto Sans, DejaVu Sans), in pixels.
QFont chartFont(ChartText role);
/// Colour `index` of the categorical palette (Tableau 10 without its grey), cycling.
QColor chartColor(int index);
/// Muted grey used for "Other", "Not itemised" and "n/a" text.
QColor otherColor();

/// Sets background, margins, title and legend fonts, the fonts of every attached axis and
/// turns animations off. Call once after the series and axes were added.
void applyChartTheme(QChart &chart);
/// Re-sets the fonts of the chart's title, legend and axes to chartFont() of the current
/// language (after a language switch); colours, margins and series stay. The value labels and
/// the own legend take the current font whenever they are set again.
void applyChartFonts(QChart &chart);
/// Fonts and grid colours of one axis.
void applyAxisTheme(QAbstractAxis &axis);

/// Value labels at the end of the bars of the first set of horizontal `series` (Qt Charts'
/// own bar labels cannot group digits or show "≈"): `texts[i]` for bar i, e.g. "441,112 ·
/// 37.7%". The text items are children of `chart`, kept in `pool` and reused (never leaked);
/// call placeBarValueLabels() again whenever the plot area changes.
void setBarValueLabels(QChart &chart, QList<QGraphicsSimpleTextItem *> &pool, const QStringList &texts);
void placeBarValueLabels(QChart &chart, QAbstractBarSeries &series, const QList<QGraphicsSimpleTextItem *> &pool);

}  // namespace medtour
