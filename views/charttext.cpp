#include "charttext.h"

#include "charttheme.h"

#include <model/language.h>
#include <model/numberformat.h>

#include <QBrush>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

namespace medtour {

// Next nice step after `step` in the sequence 1, 2, 2.5, 5, 10, ... (x 10^k).
double nextNiceStep(double step, bool integersOnly)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    const double m = step / magnitude;
    if (m < 1.5)
        return 2.0 * magnitude;
    if (m < 2.25)
        return integersOnly && magnitude < 10.0 ? 5.0 * magnitude : 2.5 * magnitude;
    if (m < 3.75)
        return 5.0 * magnitude;
    return 10.0 * magnitude;
}

// The smallest nice step giving at most `maxSteps` steps over `span`.
double niceStep(double span, int maxSteps, bool integersOnly)
{
    double step = integersOnly ? 1.0 : std::pow(10.0, std::floor(std::log10(span / std::max(1, maxSteps))));
    while (span / step > maxSteps + 1e-9)
        step = nextNiceStep(step, integersOnly);
    return step;
}

QString tickText(double v, double step, TickFormat format)
{
    if (format == TickFormat::Count)
        return formatCount(static_cast<qint64>(std::llround(v)));
    if (format == TickFormat::KoreanCount)
        return formatKoreanUnitsCompact(v);
    const int decimals = std::abs(step - std::round(step)) > 1e-9 ? 1 : 0;
    return QString::number(std::abs(v) < step * 1e-6 ? 0.0 : v, 'f', decimals) + QLatin1Char('%');
}

QString nameOnTwoLines(const QString &name)
{
    const qsizetype mid = name.size() / 2;
    const qsizetype before = name.lastIndexOf(QLatin1Char(' '), mid);
    const qsizetype after = name.indexOf(QLatin1Char(' '), mid);
    const qsizetype at = before < 0 ? after : (after < 0 || mid - before <= after - mid) ? before : after;
    return at <= 0 ? name : name.left(at) + QStringLiteral("<br>") + name.mid(at + 1);
}

QStringList yearLabelTexts(const QList<int> &years, const QList<bool> &missing, bool shortForm)
{
    // No 년 / 年 in the short form: the axis shows years only, the full labels say so.
    QStringList labels;
    for (int i = 0; i < years.size(); ++i) {
        QString label = shortForm ? QStringLiteral("’") + QString::number(years.at(i)).right(2) : formatYear(years.at(i));
        if (i < missing.size() && missing.at(i))
            label += QStringLiteral("<br>") + notAvailableText();
        labels.append(label);
    }
    return labels;
}

namespace {
// True when a point of a visible line or scatter series of `chart`, with its dot and 2 px to
// spare, falls in `rect` (chart coordinates).
bool hitsLinePoint(QChart &chart, const QRectF &rect)
{
    for (QAbstractSeries *series : chart.series()) {
        auto *xy = qobject_cast<QXYSeries *>(series);
        if (!xy || !xy->isVisible())
            continue;
        const qreal margin = xy->markerSize() / 2.0 + 2.0;
        const QRectF zone = rect.adjusted(-margin, -margin, margin, margin);
        for (const QPointF &p : xy->points()) {
            if (zone.contains(chart.mapToPosition(p, xy)))
                return true;
        }
    }
    return false;
}
}  // namespace

void setMissingYearMarks(QChart &chart, QList<QGraphicsSimpleTextItem *> &pool, const QList<bool> &missing, bool shown)
{
    const QRectF plot = chart.plotArea();
    const double slot = missing.isEmpty() ? 0.0 : plot.width() / static_cast<double>(missing.size());
    QFont font = chartFont(ChartText::AxisLabel);
    font.setPixelSize(10);
    qsizetype used = 0;
    for (int i = 0; shown && i < missing.size(); ++i) {
        if (!missing.at(i))
            continue;
        if (pool.size() <= used) {
            auto *item = new QGraphicsSimpleTextItem(&chart);
            item->setBrush(QColor(0x77, 0x77, 0x77));
            // Above the grid and axes (Qt Charts' z 2 and 3), below the series (4): a growth
            // line crossing a year without a count is drawn over the mark, never hidden by it.
            item->setZValue(3.5);
            item->setRotation(-90.0);  // reads bottom to top
            pool.append(item);
        }
        QGraphicsSimpleTextItem *item = pool.at(used++);
        item->setFont(font);
        item->setText(notAvailableText());
        const QRectF box = item->boundingRect();
        // Rotated by -90 degrees about its origin, the text spans [x, x + height] and
        // [y - width, y]: its foot 3 px above the plot's bottom, centred in the year's slot.
        // Where a line's point (a growth rate) would sit on it, it hangs from the top instead.
        const double x = plot.left() + slot * (i + 0.5) - box.height() / 2.0;
        const auto span = [&](double foot) { return QRectF(x, foot - box.width(), box.height(), box.width()); };
        const double bottomFoot = plot.bottom() - 3.0;
        const double topFoot = plot.top() + 3.0 + box.width();
        const bool bottomTaken = hitsLinePoint(chart, span(bottomFoot));
        item->setPos(x, bottomTaken && !hitsLinePoint(chart, span(topFoot)) ? topFoot : bottomFoot);
        item->setVisible(box.width() + 6.0 <= plot.height());
    }
    for (qsizetype i = used; i < pool.size(); ++i)
        pool.at(i)->setVisible(false);
}

}  // namespace medtour
