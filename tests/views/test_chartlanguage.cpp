// Issue 7: the charts and the widgets around them switch language at run time (applyLanguage()),
// in place: titles, axis titles, legend entries, category names (one name, in the language),
// years, tooltips, KPI labels; filters keep the English ids. The expected Korean and Japanese
// texts are those of resources/translations/work/charts.tsv; category names come from the
// dataset (일본 / 日本). Every test restores English (the QApplication is shared).
#include <views/appfonts.h>
#include <views/chartrender.h>
#include <views/chartlegend.h>
#include <views/chartpanel.h>
#include <views/charttheme.h>
#include <views/growthchart.h>
#include <views/nationalitysharechart.h>
#include <views/specialtybreakdownchart.h>
#include <views/translations.h>

#include <model/dashboardmodel.h>
#include <model/numberformat.h>

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>
#include <QDir>
#include <QPainter>
#include <QGraphicsSimpleTextItem>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QXYSeries>

#include <gtest/gtest.h>

#include "builtinmodeltest.h"

using namespace medtour;

namespace {

using ChartLanguage = test::BuiltinModelTest;

QString axisTitle(const QChart &chart, Qt::Orientation orientation)
{
    for (const QAbstractAxis *axis : chart.axes(orientation)) {
        if (axis->isVisible() && qobject_cast<const QBarCategoryAxis *>(axis) == nullptr)
            return axis->titleText();
    }
    return {};
}

QStringList categories(const QChart &chart, Qt::Orientation orientation)
{
    for (QAbstractAxis *axis : chart.axes(orientation)) {
        if (auto *names = qobject_cast<QBarCategoryAxis *>(axis); names && names->isVisible())
            return names->categories();
    }
    return {};
}

// The texts of the chart's own legend and value labels (text items of the chart) as drawn.
QStringList drawnTexts(const QChart &chart)
{
    QStringList texts;
    for (const QGraphicsItem *item : chart.childItems()) {
        if (const auto *text = dynamic_cast<const QGraphicsSimpleTextItem *>(item); text && text->isVisible())
            texts.append(text->text());
    }
    return texts;
}

bool anyStartsWith(const QStringList &texts, const QString &prefix)
{
    return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &t) { return t.startsWith(prefix); });
}

int objectCount(const QChart &chart)
{
    return static_cast<int>(chart.findChildren<QObject *>().size());
}

}  // namespace

TEST_F(ChartLanguage, nationalityChartRetranslatesTitleAxesAndNamesInPlace)
{
    NationalityShareChart chart(model.nationalityShares(), nullptr, NationalityShareChart::Mode::RankedBars);
    QChart *const qchart = chart.chart();
    EXPECT_EQ(categories(*qchart, Qt::Vertical).constLast(), QStringLiteral("Japan"));
    const int objects = objectCount(*qchart);

    applyLanguage(Language::Korean);
    EXPECT_EQ(chart.chart(), qchart);  // updated in place, never recreated
    EXPECT_EQ(chart.title(), QStringLiteral("국적별 비중, 2024년 (실환자)"));
    EXPECT_EQ(qchart->title(), chart.title());
    EXPECT_EQ(axisTitle(*qchart, Qt::Horizontal), QStringLiteral("환자 수"));
    const QStringList ko = categories(*qchart, Qt::Vertical);
    EXPECT_EQ(ko.constLast(), QStringLiteral("일본"));  // one name, from the dataset
    EXPECT_TRUE(ko.contains(QStringLiteral("중국")));
    EXPECT_EQ(ko.constFirst(), QStringLiteral("기타"));

    applyLanguage(Language::Japanese);
    EXPECT_EQ(chart.title(), QStringLiteral("国籍別構成比、2024年（実患者）"));
    EXPECT_EQ(axisTitle(*qchart, Qt::Horizontal), QStringLiteral("患者数"));
    const QStringList ja = categories(*qchart, Qt::Vertical);
    EXPECT_EQ(ja.constLast(), QStringLiteral("日本"));
    EXPECT_EQ(ja.constFirst(), QStringLiteral("その他"));
    EXPECT_FALSE(ja.contains(QStringLiteral("일본")));

    // Ids stay the keys: marks, clicks and the hidden set speak English ids in any language.
    EXPECT_EQ(chart.markIds().constFirst(), QStringLiteral("Japan"));
    QSignalSpy spy(&chart, &DashboardChart::categoryActivated);
    chart.activateMark(0);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.first().at(1).toString(), QStringLiteral("Japan"));

    applyLanguage(Language::English);
    EXPECT_EQ(chart.title(), QStringLiteral("Nationality shares, 2024 (real patients)"));
    EXPECT_EQ(categories(*qchart, Qt::Vertical).constLast(), QStringLiteral("Japan"));
    EXPECT_EQ(objectCount(*qchart), objects);  // no series, axes or labels added
}

TEST_F(ChartLanguage, donutLegendNamesEachSliceOnceInTheLanguage)
{
    NationalityShareChart chart(model.nationalityShares(), nullptr);
    chart.chart()->resize(900, 560);
    EXPECT_TRUE(anyStartsWith(drawnTexts(*chart.chart()), QStringLiteral("Japan  37.7%")));

    applyLanguage(Language::Korean);
    QStringList legend = drawnTexts(*chart.chart());
    EXPECT_TRUE(anyStartsWith(legend, QStringLiteral("일본  37.7%"))) << legend.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(anyStartsWith(legend, QStringLiteral("기타  "))) << legend.join(QLatin1Char('|')).toStdString();
    EXPECT_FALSE(anyStartsWith(legend, QStringLiteral("Japan")));
    EXPECT_EQ(chart.pieSeries()->slices().constFirst()->label(), QStringLiteral("일본 37.7%"));

    applyLanguage(Language::Japanese);
    legend = drawnTexts(*chart.chart());
    EXPECT_TRUE(anyStartsWith(legend, QStringLiteral("日本  37.7%"))) << legend.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(anyStartsWith(legend, QStringLiteral("その他  "))) << legend.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(legendEntryRects(*chart.chart()).constFirst().first, QStringLiteral("Japan"));  // legend keys stay ids
}

TEST_F(ChartLanguage, growthChartRetranslatesTitleYearsAxesAndLegend)
{
    GrowthChart chart(model.growth(), nullptr);
    chart.chart()->resize(900, 500);
    QChart *const qchart = chart.chart();
    GrowthChart unsized(model.growth(), nullptr);  // year labels in full (no room to fit yet)
    EXPECT_EQ(categories(*unsized.chart(), Qt::Horizontal).constLast(), QStringLiteral("2024"));

    applyLanguage(Language::Korean);
    EXPECT_EQ(chart.chart(), qchart);
    EXPECT_EQ(chart.title(), QStringLiteral("연도별 환자 수와 전년 대비 증감률, 2009년–2024년"));
    EXPECT_EQ(categories(*unsized.chart(), Qt::Horizontal).constLast(), QStringLiteral("2024년"));
    EXPECT_EQ(categories(*qchart, Qt::Horizontal).constLast(), QStringLiteral("’24"));  // 16 years at 900 px
    EXPECT_EQ(qchart->axes(Qt::Vertical).constLast()->titleText(), QStringLiteral("전년 대비 증감률 (%)"));
    EXPECT_EQ(qchart->axes(Qt::Vertical).constFirst()->titleText(), QStringLiteral("환자 수"));
    EXPECT_TRUE(anyStartsWith(drawnTexts(*qchart), QStringLiteral("전년 대비 증감률 (%) – ")));

    applyLanguage(Language::Japanese);
    EXPECT_EQ(chart.title(), QStringLiteral("年別の患者数と前年比増減率、2009年–2024年"));
    EXPECT_EQ(categories(*unsized.chart(), Qt::Horizontal).constLast(), QStringLiteral("2024年"));
    EXPECT_EQ(qchart->axes(Qt::Vertical).constLast()->titleText(), QStringLiteral("前年比増減率（%）"));
}

TEST_F(ChartLanguage, growthSeriesOfNationalitiesAreNamedInTheLanguageAndKeyedById)
{
    FilterState f = model.filter();
    f.selection(Dimension::Nationality) = {QStringLiteral("China"), QStringLiteral("Japan")};
    model.setFilter(f);
    GrowthChart chart(model.growth(), nullptr);
    chart.chart()->resize(900, 500);
    applyLanguage(Language::Japanese);
    const QStringList texts = drawnTexts(*chart.chart());
    EXPECT_TRUE(texts.contains(QStringLiteral("日本"))) << texts.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("中国"))) << texts.join(QLatin1Char('|')).toStdString();
    QStringList keys;
    for (const auto &entry : legendEntryRects(*chart.chart()))
        keys.append(entry.first);
    EXPECT_TRUE(keys.contains(QStringLiteral("Japan")));
    EXPECT_TRUE(keys.contains(QStringLiteral("yoy:China")));
}

TEST_F(ChartLanguage, specialtyChartRetranslatesTitleAxisAndNames)
{
    SpecialtyBreakdownChart chart(model.specialtyBreakdown(), nullptr);
    QChart *const qchart = chart.chart();
    applyLanguage(Language::Korean);
    EXPECT_EQ(chart.chart(), qchart);
    EXPECT_TRUE(chart.title().startsWith(QStringLiteral("진료과별 현황, 2024년 ("))) << chart.title().toStdString();
    EXPECT_EQ(categories(*qchart, Qt::Vertical).constLast(), QStringLiteral("피부과"));
    EXPECT_EQ(axisTitle(*qchart, Qt::Horizontal), QStringLiteral("진료과 기준 건수"));

    applyLanguage(Language::Japanese);
    EXPECT_EQ(categories(*qchart, Qt::Vertical).constLast(), QStringLiteral("皮膚科"));
    EXPECT_TRUE(chart.title().startsWith(QStringLiteral("診療科別内訳、2024年（"))) << chart.title().toStdString();
    EXPECT_EQ(axisTitle(*qchart, Qt::Horizontal), QStringLiteral("診療科基準の件数"));
}

TEST_F(ChartLanguage, tooltipsNameTheCategoryInTheLanguageWithItsId)
{
    NationalityShareChart chart(model.nationalityShares(), nullptr, NationalityShareChart::Mode::RankedBars);
    applyLanguage(Language::Korean);
    QString tip = chart.toolTipFor(QStringLiteral("Japan"));
    EXPECT_TRUE(tip.startsWith(QStringLiteral("일본 (Japan) · 2024년\n"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("환자 수: 441,112"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("비중: 37.7%"))) << tip.toStdString();

    applyLanguage(Language::Japanese);
    chart.setKoreanUnits(true);
    tip = chart.toolTipFor(QStringLiteral("Japan"));
    EXPECT_TRUE(tip.startsWith(QStringLiteral("日本（Japan）・2024年\n"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("44万1112"))) << tip.toStdString();  // myriad units: 万 in Japanese
    EXPECT_TRUE(tip.contains(QStringLiteral("クリックで日本に絞り込み"))) << tip.toStdString();
}

TEST_F(ChartLanguage, chartFontFollowsTheLanguage)
{
    applyLanguage(Language::Japanese);
    EXPECT_EQ(chartFont(ChartText::Title).families().constFirst(), dashboardFontFamily(Language::Japanese));
    EXPECT_EQ(dashboardFontFamily(Language::Japanese), QStringLiteral("Noto Sans CJK JP"));
    NationalityShareChart chart(model.nationalityShares(), nullptr);
    EXPECT_EQ(chart.chart()->titleFont().families().constFirst(), QStringLiteral("Noto Sans CJK JP"));
    applyLanguage(Language::Korean);
    EXPECT_EQ(chart.chart()->titleFont().families().constFirst(), QStringLiteral("Noto Sans CJK KR"));
}

// Every chart mode in Korean, Japanese and English, at print size (1600 x 900 at 300 dpi) and
// window sizes down to the chart panel's minimum:
// no text elided, no two texts overlapping (MEDTOUR_CHART_OUTPUT_DIR keeps the PNGs).
TEST_F(ChartLanguage, koreanAndJapaneseChartsFitWithoutElisionOrOverlap)
{
    const QString keep = qEnvironmentVariable("MEDTOUR_CHART_OUTPUT_DIR");
    QObject owner;
    QList<DashboardChart *> charts;
    for (auto mode : {NationalityShareChart::Mode::Donut, NationalityShareChart::Mode::RankedBars})
        charts << new NationalityShareChart(model.nationalityShares(), &owner, mode);
    charts << new GrowthChart(model.growth(), &owner);
    using SMode = SpecialtyBreakdownChart::Mode;
    for (auto mode : {SMode::FocusYearBars, SMode::StackedYears, SMode::PercentYears, SMode::GroupedYears})
        charts << new SpecialtyBreakdownChart(model.specialtyBreakdown(), &owner, mode);
    for (Language lang : {Language::Korean, Language::Japanese, Language::English}) {
        applyLanguage(lang);
        // Print size, the window's usual size and the smallest size the window gives a chart.
        for (const PngOptions &options : {PngOptions{QSize(1600, 900), 300, false}, PngOptions{QSize(530, 330), 96, false},
                                          PngOptions{ChartPanel::kLegibleMinimum, 96, false}}) {
            for (int i = 0; i < charts.size(); ++i) {
                const QString name = QStringLiteral("%1-%2-%3-%4x%5.png").arg(languageId(lang), charts.at(i)->fileStem()).arg(i)
                                         .arg(options.pixelSize.width()).arg(options.pixelSize.height());
                if (!keep.isEmpty()) {
                    ASSERT_FALSE(exportChartPng(*charts.at(i), QDir(keep).filePath(name), options).has_value());
                }
                const QSizeF size = exportedChartSize(options);
                QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
                image.fill(Qt::white);
                QPainter painter(&image);
                renderChart(*charts.at(i)->chart(), painter, QRectF(QPointF(0, 0), size), charts.at(i)->unavailableReason());
                const QList<ChartTextItem> texts = visibleChartTexts(*charts.at(i)->chart());
                EXPECT_GT(texts.size(), 3) << name.toStdString();
                for (int a = 0; a < texts.size(); ++a) {
                    const QString &text = texts.at(a).text;
                    EXPECT_FALSE(text.contains(QChar(0x2026)) || text.contains(QStringLiteral("..."))) << name.toStdString() << ": " << text.toStdString();
                    for (int b = a + 1; b < texts.size(); ++b) {
                        EXPECT_FALSE(texts.at(a).rect.adjusted(-1, -1, 1, 1).intersects(texts.at(b).rect.adjusted(-1, -1, 1, 1)))
                            << name.toStdString() << ": \"" << text.toStdString() << "\" overlaps \"" << texts.at(b).text.toStdString() << '"';
                    }
                }
            }
        }
    }
}

TEST_F(ChartLanguage, noDataMarkOfAYearNeverSitsOnAGrowthPoint)
{
    // Japan: no count for 2021, but the published growth rate of 2021 is drawn there, low in
    // the plot, where the vertical no-data mark would stand.
    FilterState f = model.filter();
    f.selection(Dimension::Nationality) = {QStringLiteral("Japan")};
    model.setFilter(f);
    GrowthChart chart(model.growth(), nullptr);
    QChart *const qchart = chart.chart();
    int marks = 0;
    for (Language lang : {Language::Korean, Language::Japanese}) {
        applyLanguage(lang);
        for (const QSizeF size : {QSizeF(800, 500), QSizeF(700, 330), QSizeF(560, 300)}) {
            qchart->resize(size);
            QList<QGraphicsItem *> items = qchart->childItems();
            for (qsizetype i = 0; i < items.size(); ++i)
                items += items.at(i)->childItems();
            for (QGraphicsItem *child : std::as_const(items)) {
                auto *item = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(child);
                if (!item || !item->isVisible() || item->text() != notAvailableText())
                    continue;
                ++marks;
                const QRectF box = item->mapRectToItem(qchart, item->boundingRect());
                for (QAbstractSeries *series : qchart->series()) {
                    auto *line = qobject_cast<QXYSeries *>(series);
                    for (int i = 0; line && i < line->count(); ++i) {
                        const QPointF at = qchart->mapToPosition(line->at(i), line);
                        const qreal radius = line->markerSize() / 2.0;  // the drawn dot
                        EXPECT_FALSE(box.adjusted(-radius, -radius, radius, radius).contains(at))
                            << languageId(lang).toStdString() << " " << size.width() << "x" << size.height()
                            << ": the mark covers the growth point of " << line->at(i).x();
                    }
                }
            }
        }
    }
    EXPECT_GE(marks, 6) << "the years without a count are marked in the plot";
}
