#include "comparisonpalette.h"

#include <QAbstractAxis>
#include <QBrush>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QPen>

#include <array>
#include <utility>

namespace medtour {

namespace {

// Light theme colour (charttheme.cpp) -> its dark counterpart.
const std::array<std::pair<QRgb, QRgb>, 3> kTextColours{{
    {qRgb(0x22, 0x22, 0x22), qRgb(0xf0, 0xf0, 0xf0)},
    {qRgb(0x33, 0x33, 0x33), qRgb(0xe0, 0xe0, 0xe0)},
    {qRgb(0x20, 0x20, 0x20), qRgb(0xe6, 0xe6, 0xe6)},
}};

QColor swapped(const QColor &c, bool dark)
{
    for (const auto &[light, darkColour] : kTextColours) {
        if (dark && c.rgb() == light)
            return QColor::fromRgb(darkColour);
        if (!dark && c.rgb() == darkColour)
            return QColor::fromRgb(light);
    }
    return c;
}

}  // namespace

void setChartDarkMode(QChart &chart, bool dark)
{
    const QColor text = dark ? QColor(0xe0, 0xe0, 0xe0) : QColor(0x33, 0x33, 0x33);
    chart.setBackgroundBrush(dark ? QColor(0x26, 0x26, 0x26) : QColor(Qt::white));
    chart.setTitleBrush(dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x22, 0x22, 0x22));
    chart.legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart.axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(dark ? QColor(0x4a, 0x4a, 0x4a) : QColor(0xe4, 0xe4, 0xe4));
        axis->setLinePenColor(dark ? QColor(0x80, 0x80, 0x80) : QColor(0x99, 0x99, 0x99));
    }
    QList<QGraphicsItem *> items = chart.childItems();
    while (!items.isEmpty()) {
        QGraphicsItem *item = items.takeLast();
        items << item->childItems();
        if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item); simple && simple->brush().style() != Qt::NoBrush)
            simple->setBrush(swapped(simple->brush().color(), dark));
    }
}

void followChartDarkMode(QChart &chart, std::function<bool()> isDark)
{
    auto reapply = [&chart, isDark] {
        if (isDark())
            setChartDarkMode(chart, true);
    };
    // Queued: runs after the chart's own handlers of the same change have re-laid out its texts.
    QObject::connect(&chart, &QChart::plotAreaChanged, &chart, reapply, Qt::QueuedConnection);
    QObject::connect(&chart, &QGraphicsWidget::geometryChanged, &chart, reapply, Qt::QueuedConnection);
}

}  // namespace medtour
