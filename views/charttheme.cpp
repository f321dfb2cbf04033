#include "charttheme.h"

#include "appfonts.h"

#include <QAbstractAxis>
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

}  // namespace

QFont chartFont(ChartText role)
{
    QFont font;
    // The CJK face of the current language first: Japanese text gets Japanese glyph forms
    // (Noto Sans CJK JP), Korean and English the Korean ones, on screen and in PNG, SVG, PDF.
    font.setFamilies({dashboardFontFamily(), QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    font.setStyleHint(QFont::SansSerif);
    // No shaping: with Noto Sans CJK, shaped Latin digits map to glyphs whose PDF text layer
    // cannot be extracted ("Japan . %"); Hangul syllables and kana/kanji need no shaping.
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferAntialias | QFont::PreferNoShaping));
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

void applyChartFonts(QChart &chart)
{
    chart.setTitleFont(chartFont(ChartText::Title));
    chart.legend()->setFont(chartFont(ChartText::Legend));
    const auto axes = chart.axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(chartFont(ChartText::AxisLabel));
        axis->setTitleFont(chartFont(ChartText::AxisTitle));
    }
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

void setBarValueLabels(QChart &chart, QList<QGraphicsSimpleTextItem *> &pool, const QStringList &texts)
{
    while (pool.size() < texts.size()) {
        auto *item = new QGraphicsSimpleTextItem(&chart);
        item->setFont(chartFont(ChartText::DataLabel));
        item->setBrush(QColor(0x33, 0x33, 0x33));
        item->setZValue(10);
        pool.append(item);
    }
    const QFont font = chartFont(ChartText::DataLabel);  // the current language's face
    for (int i = 0; i < pool.size(); ++i) {
        if (pool.at(i)->font() != font)
            pool.at(i)->setFont(font);
        pool.at(i)->setText(i < texts.size() ? texts.at(i) : QString());
    }
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
