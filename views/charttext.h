#pragma once

#include "chartfit.h"

#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace medtour {

// The texts chartfit.h chooses between: nice tick steps and tick labels, category names
// broken onto two lines, year labels in full and short form, and the marks of years without
// data inside the plot. The texts for people are in the current language (model/language.h).

/// Next nice step after `step` in the sequence 1, 2, 2.5, 5, 10, ... (x 10^k); with
/// `integersOnly` 2 is followed by 5 below 10.
double nextNiceStep(double step, bool integersOnly);
/// The smallest nice step giving at most `maxSteps` steps over `span` (> 0).
double niceStep(double span, int maxSteps, bool integersOnly);
/// Label of tick value `v` on an axis of `step`: "250,000", "25%", "2.5%", "25만" / "25万".
QString tickText(double v, double step, TickFormat format);

/// `name` on two lines (rich text), broken at the space nearest its middle; unchanged when it
/// has no space (Korean and Japanese names are short).
QString nameOnTwoLines(const QString &name);

/// Year labels: formatYear() ("2024", "2024년", "2024年"), or with `shortForm` "’24"; a year
/// whose `missing` flag is set gets "<br>" and notAvailableText() below. `missing` may be
/// shorter than `years` (empty: plain years).
QStringList yearLabelTexts(const QList<int> &years, const QList<bool> &missing, bool shortForm);

/// For a year axis whose labels are too narrow to say "n/a" (e.g. "자료 없음" under 16 years
/// at print size): a vertical notAvailableText() in grey at the bottom of the plot, in the
/// slot of each year whose `missing` flag is set (slot i of missing.size() equal slots across
/// the plot area). Text items are children of `chart`, kept in `pool` and reused; `shown`
/// false hides them all. A mark taller than the plot is not shown.
void setMissingYearMarks(QChart &chart, QList<QGraphicsSimpleTextItem *> &pool, const QList<bool> &missing, bool shown);

}  // namespace medtour
