#include "charttheme.h"

#include <model/numberformat.h>

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QPen>

#include <array>
#include <cmath>

namespace medtour {

namespace {

// Tableau 10 (colour-blind aware, print friendly) without its grey, which "Other" uses,
// then distinct Tableau 20 tones so ten specialties never share a colour.
constexpr std::array<QRgb, 15> kPalette{0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                        0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0x499894,
                                        0xd37295, 0x8cd17d, 0xb6992d, 0xa0cbe8, 0xffbe7d};

// A step of 1, 2, 2.5 or 5 times a power of ten giving about `targetTicks` steps over `span`.
double niceStep(double span, int targetTicks)
{
    if (span <= 0.0)
        return 1.0;
    const double raw = span / std::max(1, targetTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= m * magnitude)
            return m * magnitude;
    }
    return 10.0 * magnitude;
}

void clearCategories(QCategoryAxis &axis)
{
    const QStringList labels = axis.categoriesLabels();
    for (const QString &label : labels)
        axis.remove(label);
}

// Labels each multiple of `step` in [low, high]; a tiny first category puts a label on `low`.
template<typename Format>
void setTicks(QCategoryAxis &axis, double low, double high, double step, Format format)
{
    clearCategories(axis);
    axis.setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis.setStartValue(low - step * 1e-6);
    const int count = static_cast<int>(std::lround((high - low) / step));
    for (int i = 0; i <= count; ++i)
        axis.append(format(low + i * step), low + i * step);
    axis.setRange(low, high);
}

}  // namespace

QFont chartFont(ChartText role)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans KR"),
                      QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    font.setStyleHint(QFont::SansSerif);
    font.setStyleStrategy(QFont::PreferAntialias);
    switch (role) {
    case ChartText::Title:
        font.setPixelSize(17);
        font.setWeight(QFont::DemiBold);
        break;
    case ChartText::AxisTitle:
        font.setPixelSize(12);
        font.setWeight(QFont::DemiBold);
        break;
    case ChartText::AxisLabel:
    case ChartText::Legend:
    case ChartText::DataLabel:
        font.setPixelSize(12);
        break;
    case ChartText::Note:
        font.setPixelSize(14);
        break;
    }
    return font;
}

QColor chartColor(int index)
{
    const int n = static_cast<int>(kPalette.size());
    return QColor::fromRgb(kPalette.at(static_cast<std::size_t>(((index % n) + n) % n)));
}

QColor otherColor()
{
    return QColor::fromRgb(0xb0, 0xb0, 0xb0);
}

void applyAxisTheme(QAbstractAxis &axis)
{
    axis.setLabelsFont(chartFont(ChartText::AxisLabel));
    axis.setTitleFont(chartFont(ChartText::AxisTitle));
    axis.setLabelsColor(QColor(0x33, 0x33, 0x33));
    axis.setTitleBrush(QColor(0x33, 0x33, 0x33));
    axis.setGridLineColor(QColor(0xe4, 0xe4, 0xe4));
    axis.setLinePenColor(QColor(0x99, 0x99, 0x99));
}

void applyChartTheme(QChart &chart)
{
    chart.setTheme(QChart::ChartThemeLight);
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.setBackgroundRoundness(0);
    chart.setBackgroundBrush(Qt::white);
    chart.setDropShadowEnabled(false);
    chart.setMargins(QMargins(8, 6, 8, 6));
    chart.setTitleFont(chartFont(ChartText::Title));
    chart.setTitleBrush(QColor(0x22, 0x22, 0x22));
    chart.legend()->setFont(chartFont(ChartText::Legend));
    chart.legend()->setLabelColor(QColor(0x33, 0x33, 0x33));
    const auto axes = chart.axes();
    for (QAbstractAxis *axis : axes)
        applyAxisTheme(*axis);
}

void setCountTicks(QCategoryAxis &axis, double maxValue, int targetTicks)
{
    const double top = maxValue > 0.0 ? maxValue : 1.0;
    const double step = std::max(1.0, niceStep(top, targetTicks));
    const double high = std::ceil(top / step) * step;
    setTicks(axis, 0.0, high, step, [](double v) { return formatCount(static_cast<qint64>(std::llround(v))); });
}

void setPercentTicks(QCategoryAxis &axis, double minValue, double maxValue, int targetTicks)
{
    const double lowIn = std::min(0.0, minValue);
    const double highIn = std::max(0.0, maxValue) > lowIn ? std::max(0.0, maxValue) : lowIn + 1.0;
    const double step = niceStep(highIn - lowIn, targetTicks);
    const double low = std::floor(lowIn / step) * step;
    const double high = std::ceil(highIn / step) * step;
    setTicks(axis, low, high, step, [step](double v) {
        const int decimals = step < 1.0 ? 1 : 0;
        return QString::number(std::abs(v) < step * 1e-6 ? 0.0 : v, 'f', decimals) + QLatin1Char('%');
    });
}

namespace {

const char *const kFullLabels = "medtourFullYearLabels";

void fitYearLabels(const QChart &chart, QBarCategoryAxis &axis)
{
    constexpr double kMinWidthPerLabel = 40.0;  // logical pixels for "2024" side by side
    QStringList labels = axis.property(kFullLabels).toStringList();
    const double width = chart.plotArea().width() > 0.0 ? chart.plotArea().width() : chart.size().width() * 0.8;
    const double perLabel = width / std::max<qsizetype>(1, labels.size());
    const bool narrow = chart.size().width() > 0.0 && perLabel < kMinWidthPerLabel;
    if (narrow) {
        for (QString &label : labels)
            label = QStringLiteral("’") + label.mid(2);
    }
    QFont font = chartFont(ChartText::AxisLabel);
    if (narrow)
        font.setPixelSize(font.pixelSize() - 2);
    if (axis.labelsFont() != font)
        axis.setLabelsFont(font);
    if (labels != axis.categories())
        axis.setCategories(labels);
}

}  // namespace

void keepYearLabelsReadable(QChart &chart, QBarCategoryAxis &axis)
{
    QObject::connect(&chart, &QGraphicsWidget::geometryChanged, &axis, [&chart, &axis] { fitYearLabels(chart, axis); });
    QObject::connect(&chart, &QChart::plotAreaChanged, &axis, [&chart, &axis] { fitYearLabels(chart, axis); });
}

void setYearLabels(QChart &chart, QBarCategoryAxis &axis, const QStringList &labels)
{
    axis.setProperty(kFullLabels, labels);
    fitYearLabels(chart, axis);
}

void setBarValueLabels(QChart &chart, QList<QGraphicsSimpleTextItem *> &pool, const QStringList &texts)
{
    while (pool.size() < texts.size()) {
        auto *item = new QGraphicsSimpleTextItem(&chart);
        item->setFont(chartFont(ChartText::DataLabel));
        item->setBrush(QColor(0x33, 0x33, 0x33));
        item->setZValue(10);
        pool.append(item);
    }
    for (int i = 0; i < pool.size(); ++i)
        pool.at(i)->setText(i < texts.size() ? texts.at(i) : QString());
}

void placeBarValueLabels(QChart &chart, QAbstractBarSeries &series, const QList<QGraphicsSimpleTextItem *> &pool)
{
    const bool shown = chart.series().contains(&series) && series.isVisible() && !series.barSets().isEmpty();
    const QBarSet *set = shown ? series.barSets().constFirst() : nullptr;
    for (int i = 0; i < pool.size(); ++i) {
        QGraphicsSimpleTextItem *item = pool.at(i);
        item->setVisible(set && i < set->count() && !item->text().isEmpty());
        if (!item->isVisible())
            continue;
        const QPointF end = chart.mapToPosition(QPointF(set->at(i), i), &series);
        item->setPos(end.x() + 4.0, end.y() - item->boundingRect().height() / 2.0);
    }
}

}  // namespace medtour
