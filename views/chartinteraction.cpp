#include "chartinteraction.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPen>
#include <QPieSeries>
#include <QPieSlice>
#include <QString>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace medtour {

namespace {

constexpr int kRoleKey = 0;
const QString kFocusKey = QStringLiteral("medtourFocusHighlight");

QGraphicsRectItem *findFocusItem(const QChart &chart)
{
    const auto children = chart.childItems();
    for (QGraphicsItem *item : children) {
        if (item->data(kRoleKey).toString() == kFocusKey)
            return static_cast<QGraphicsRectItem *>(item);
    }
    return nullptr;
}

}  // namespace

QRectF barRect(const QChart &chart, const QAbstractBarSeries &series, int setIndex, int index)
{
    auto &mutableSeries = const_cast<QAbstractBarSeries &>(series);
    if (!chart.series().contains(&mutableSeries) || setIndex < 0 || setIndex >= series.count())
        return {};
    const QList<QBarSet *> sets = series.barSets();
    const QBarSet *set = sets.at(setIndex);
    if (index < 0 || index >= set->count())
        return {};
    const double width = series.barWidth();
    double from = 0.0;  // value where the bar starts
    double to = set->at(index);
    double left = index - width / 2.0;  // category coordinate of the bar's edges
    double right = index + width / 2.0;
    switch (series.type()) {
    case QAbstractSeries::SeriesTypeStackedBar:
    case QAbstractSeries::SeriesTypeHorizontalStackedBar:
        for (int s = 0; s < setIndex; ++s)
            from += std::max(0.0, sets.at(s)->at(index));
        to = from + set->at(index);
        break;
    case QAbstractSeries::SeriesTypeBar:
    case QAbstractSeries::SeriesTypeHorizontalBar: {
        const double each = width / static_cast<double>(sets.size());
        left = index - width / 2.0 + each * setIndex;
        right = left + each;
        break;
    }
    default:
        break;  // percent bars are not used by the dashboard
    }
    const bool horizontal = series.type() == QAbstractSeries::SeriesTypeHorizontalBar
        || series.type() == QAbstractSeries::SeriesTypeHorizontalStackedBar;
    auto &c = const_cast<QChart &>(chart);
    // A horizontal series draws category 0 at the bottom: the set's first bar is the lowest.
    const QPointF a = horizontal ? c.mapToPosition(QPointF(from, right), &mutableSeries)
                                 : c.mapToPosition(QPointF(left, to), &mutableSeries);
    const QPointF b = horizontal ? c.mapToPosition(QPointF(to, left), &mutableSeries)
                                 : c.mapToPosition(QPointF(right, from), &mutableSeries);
    return QRectF(a, b).normalized().intersected(chart.plotArea());
}

QPointF sliceCenter(const QChart &chart, const QPieSlice &slice)
{
    const QPieSeries *series = slice.series();
    if (!series)
        return {};
    const QRectF plot = chart.plotArea();
    const double outer = series->pieSize() * std::min(plot.width(), plot.height()) / 2.0;
    const double inner = series->holeSize() * std::min(plot.width(), plot.height()) / 2.0;
    const double radius = (outer + inner) / 2.0;
    const QPointF center(plot.left() + plot.width() * series->horizontalPosition(),
                         plot.top() + plot.height() * series->verticalPosition());
    // Angles in degrees, clockwise from 12 o'clock.
    const double angle = (slice.startAngle() + slice.angleSpan() / 2.0) * M_PI / 180.0;
    return center + QPointF(radius * std::sin(angle), -radius * std::cos(angle));
}

void setFocusHighlight(QChart &chart, const QRectF &rect)
{
    QGraphicsRectItem *item = findFocusItem(chart);
    if (!item) {
        item = new QGraphicsRectItem(&chart);
        item->setData(kRoleKey, kFocusKey);
        QPen pen(QColor(0x11, 0x11, 0x11), 2.0, Qt::DashLine);
        item->setPen(pen);
        item->setBrush(Qt::NoBrush);
        item->setZValue(20);
        item->setAcceptedMouseButtons(Qt::NoButton);
    }
    item->setRect(rect.adjusted(-2.0, -2.0, 2.0, 2.0));
    item->setVisible(!rect.isEmpty());
}

QRectF focusHighlight(const QChart &chart)
{
    const QGraphicsRectItem *item = findFocusItem(chart);
    return item && item->isVisible() ? item->rect().adjusted(2.0, 2.0, -2.0, -2.0) : QRectF();
}

void showChartToolTip(const QChart &chart, const QString &text)
{
    if (!chart.scene() || chart.scene()->views().isEmpty())
        return;
    QGraphicsView *view = chart.scene()->views().constFirst();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, view);
}

}  // namespace medtour
