#pragma once

#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QCategoryAxis;
class QChart;
QT_END_NAMESPACE

namespace medtour {

// Keeps the axis text of a chart readable at any size (the live window's ~530 x 330 px charts
// as well as 1600 x 900 px prints at 300 dpi, which are laid out at only 512 x 288 logical px):
// value ticks as many as fit side by side at their measured width, category names on one line
// or broken onto two in a smaller font when needed, year labels in full ("2024", "2024년",
// "2024年"), as "’09" or every second one. Qt Charts elides what does not fit; these helpers
// choose texts that fit instead. The state lives in a private helper object, a child of the
// chart, which refits whenever the chart is resized or its plot area changes. All sizes are
// logical pixels. Texts for people are in the current language (model/language.h) at the
// time of the call; callers set them again after a language switch.

/// Count: "250,000"; Percent: "25%"; KoreanCount: counts in compact Korean units ("25만").
enum class TickFormat { Count, Percent, KoreanCount };

/// Sets the chart title (rich text allowed): on one line when it fits the chart's width, else
/// broken after the last ", " (or Japanese "、") of its first line ("... YoY growth,<br>2009–2024"). `gapBelow`
/// (px, about 2/3 of the space it adds) keeps the top label of a vertical value axis, which
/// sticks out above the plot, clear of the title; 0 for none (the title is then `title` as is
/// until the chart is laid out).
void setChartTitle(QChart &chart, const QString &title, int gapBelow = 0);

/// Makes `axis` (a QCategoryAxis of `chart`) a value axis over [low, high] (zero included):
/// range rounded out to a nice step (1, 2, 2.5, 5 x 10^k) with at most `maxTicks` steps,
/// labelled "250,000" or "25%" at the multiples of the smallest nice step whose labels do not
/// overlap at the axis's current length.
void setValueTicks(QChart &chart, QCategoryAxis &axis, TickFormat format, double low, double high, int maxTicks = 6);

/// For a value axis of horizontal bars with text at their ends: widens the axis range so that
/// each text (texts[i] at the end of the bar of values[i], drawn in the DataLabel font) fits
/// inside the chart. Call before setValueTicks().
void setBarEndRoom(QChart &chart, QCategoryAxis &axis, const QList<double> &values, const QStringList &texts);

/// The title of a value axis: `title` when it fits along the plot, else `shortTitle`
/// (e.g. "Department-based count" / "Count"), so it is never elided.
void setValueAxisTitle(QChart &chart, QCategoryAxis &axis, const QString &title, const QString &shortTitle);

/// Category names (one per category, in the current language) of a vertical axis: on one line
/// when they fit the width Qt Charts gives a left axis (40% of the chart), otherwise a name
/// with spaces broken onto two lines, then the same in 11, 10 or 9 px. The categories are the
/// one-line names until the chart has a size.
void setNameLabels(QChart &chart, QBarCategoryAxis &axis, const QStringList &names);

/// Year labels of a horizontal axis for `years` (formatYear(): "2009", "2009년", "2009年"); a
/// year with `missing` true reads "2010<br>n/a" (n/a in the current language). In full when
/// they fit, else "’09" (in 12, 11 or 10 px), else only every second or third label is shown.
/// `missing` may be shorter than `years` (the rest are not missing).
void setYearLabels(QChart &chart, QBarCategoryAxis &axis, const QList<int> &years, const QList<bool> &missing);

}  // namespace medtour
