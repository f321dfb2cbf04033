// Tooltip texts, Korean units, text descriptions and label readability of the charts
// (issue 4): exact, rounded and share-only values; no "e+" in any label of any chart mode.
#include <views/chartrender.h>
#include <views/charttooltips.h>
#include <views/growthchart.h>
#include <views/nationalitysharechart.h>
#include <views/specialtybreakdownchart.h>

#include <model/breakdowntablemodel.h>
#include <model/dashboardmodel.h>

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QPainter>

#include <cmath>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

struct Loaded {
    DashboardModel model{nullptr};
    Loaded() { EXPECT_FALSE(model.loadBuiltin().has_value()); }
};

QList<ChartTextItem> textsAt(DashboardChart &chart, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderChart(*chart.chart(), painter, QRectF(QPointF(0, 0), QSizeF(size)), chart.unavailableReason());
    return visibleChartTexts(*chart.chart());
}

int rowOf(const BreakdownTableModel &model, const QString &id)
{
    return static_cast<int>(model.categories().indexOf(id));
}

}  // namespace

TEST(ChartToolTips, exactValueShowsCountShareGrowthAndSource)
{
    Loaded data;
    NationalityShareChart chart(data.model.nationalityShares(), nullptr);
    const QString tip = chart.toolTipFor(QStringLiteral("Japan"));
    EXPECT_TRUE(tip.startsWith(QStringLiteral("Japan · 2024\n"))) << tip.toStdString();  // one name: English
    EXPECT_TRUE(tip.contains(QStringLiteral("Patients: 441,112 (exact)"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Share: 37.7%")));
    EXPECT_TRUE(tip.contains(QStringLiteral("YoY growth: +135.0%")));
    EXPECT_TRUE(tip.contains(QStringLiteral("S02")));
    EXPECT_EQ(chart.markToolTip(0), tip);
    EXPECT_TRUE(chart.toolTipFor(QStringLiteral("Other")).contains(QStringLiteral("Double-click")));
    EXPECT_TRUE(chart.toolTipFor(QStringLiteral("Atlantis")).isEmpty());
}

TEST(ChartToolTips, roundedValueIsMarkedApproximateWithItsPrecision)
{
    Loaded data;
    FilterState f;
    f.focusYear = 2022;
    data.model.setFilter(f);
    SpecialtyBreakdownChart chart(data.model.specialtyBreakdown(), nullptr);
    const BreakdownTableModel &model = *data.model.specialtyBreakdown();
    const int row = rowOf(model, QStringLiteral("Internal medicine (integrated)"));
    ASSERT_GE(row, 0);
    const QString tip = chart.toolTipFor(row, model.columnOfYear(2022));
    EXPECT_TRUE(tip.contains(QStringLiteral("Department-based count: ≈65,000 (rounded to 1,000)"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Share: ≈22.3%"))) << tip.toStdString();
}

TEST(ChartToolTips, shareOnlyValueHasNoCount)
{
    Loaded data;
    FilterState f;
    f.focusYear = 2010;
    data.model.setFilter(f);
    SpecialtyBreakdownChart chart(data.model.specialtyBreakdown(), nullptr, SpecialtyBreakdownChart::Mode::PercentYears);
    const BreakdownTableModel &model = *data.model.specialtyBreakdown();
    const int row = rowOf(model, QStringLiteral("Family medicine"));
    ASSERT_GE(row, 0);
    const QString tip = chart.toolTipFor(row, model.columnOfYear(2010));
    EXPECT_TRUE(tip.contains(QStringLiteral("n/a (share only)"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Share: 9.8%"))) << tip.toStdString();
}

TEST(ChartToolTips, derivedStatusIsNamed)
{
    ResolvedValue cell;
    cell.value = 1234;
    cell.status = ObservationStatus::Derived;
    const QString tip = markToolTipText(MarkFacts{QStringLiteral("X"), {}, {}, 2020, Measure::RealPatients, cell, false, {}}, false);
    EXPECT_TRUE(tip.contains(QStringLiteral("≈1,234 (derived)"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Source: n/a")));
}

TEST(ChartToolTips, koreanUnitsInAxesLabelsAndTooltips)
{
    Loaded data;
    GrowthChart growth(data.model.growth(), nullptr);
    growth.setKoreanUnits(true);
    bool man = false;
    for (const ChartTextItem &t : textsAt(growth, QSize(900, 500)))
        man = man || t.text == QStringLiteral("100만") || t.text == QStringLiteral("120만");
    EXPECT_TRUE(man);
    const int last = static_cast<int>(data.model.growth()->years().size()) - 1;
    EXPECT_TRUE(growth.toolTipFor(0, last).contains(QStringLiteral("117만 467"))) << growth.toolTipFor(0, last).toStdString();
    NationalityShareChart bars(data.model.nationalityShares(), nullptr, NationalityShareChart::Mode::RankedBars);
    bars.setKoreanUnits(true);
    EXPECT_TRUE(bars.toolTipFor(QStringLiteral("Japan")).contains(QStringLiteral("44만 1,112")));
}

TEST(ChartLabels, noLabelOfAnyChartModeUsesScientificNotation)
{
    Loaded data;
    QObject owner;
    QList<DashboardChart *> charts;
    for (auto mode : {NationalityShareChart::Mode::Donut, NationalityShareChart::Mode::RankedBars})
        for (auto kind : {ValueKind::Count, ValueKind::Share}) {
            auto *c = new NationalityShareChart(data.model.nationalityShares(), &owner, mode);
            c->setValueKind(kind);
            charts << c;
        }
    for (bool log : {false, true})
        for (bool korean : {false, true}) {
            auto *g = new GrowthChart(data.model.growth(), &owner);
            g->setLogScale(log);
            g->setKoreanUnits(korean);
            charts << g;
        }
    using SMode = SpecialtyBreakdownChart::Mode;
    for (auto mode : {SMode::FocusYearBars, SMode::StackedYears, SMode::PercentYears, SMode::GroupedYears})
        for (bool korean : {false, true}) {
            auto *s = new SpecialtyBreakdownChart(data.model.specialtyBreakdown(), &owner, mode);
            s->setKoreanUnits(korean);
            charts << s;
        }
    for (DashboardChart *chart : charts) {
        const QList<ChartTextItem> texts = textsAt(*chart, QSize(900, 500));
        EXPECT_GT(texts.size(), 3) << chart->fileStem().toStdString();
        for (const ChartTextItem &t : texts) {
            EXPECT_FALSE(t.text.contains(QStringLiteral("e+")) || t.text.contains(QStringLiteral("e-0")))
                << chart->fileStem().toStdString() << ": " << t.text.toStdString();
        }
        EXPECT_FALSE(chart->textDescription().contains(QStringLiteral("e+")));
    }
}

TEST(ChartLabels, sixteenYearsStayReadableAt900PxNextToAMillionWideAxis)
{
    Loaded data;
    GrowthChart chart(data.model.growth(), nullptr);
    ASSERT_EQ(data.model.growth()->years().size(), 16);
    const QList<ChartTextItem> texts = textsAt(chart, QSize(900, 500));
    QStringList years;
    for (const ChartTextItem &t : texts) {
        EXPECT_FALSE(t.text.contains(QChar(0x2026))) << t.text.toStdString();
        if (t.text.size() >= 3 && (t.text.startsWith(QStringLiteral("20")) || t.text.startsWith(QChar(0x2019))))
            years.append(t.text.left(t.text.startsWith(QStringLiteral("20")) ? 4 : 3));
    }
    // Every year is labelled, in full ("2009") or short ("’09"): none is thinned out at 900 px.
    for (int y = 2009; y <= 2024; ++y) {
        const QString full = QString::number(y);
        EXPECT_TRUE(years.contains(full) || years.contains(QChar(0x2019) + full.right(2))) << y;
    }
    for (int a = 0; a < texts.size(); ++a)
        for (int b = a + 1; b < texts.size(); ++b)
            EXPECT_FALSE(texts.at(a).rect.intersects(texts.at(b).rect)) << texts.at(a).text.toStdString() << " / " << texts.at(b).text.toStdString();
}

TEST(ChartOptions, logScaleOmitsMissingCountsAndLabelsPowersOfTen)
{
    Loaded data;
    GrowthChart chart(data.model.growth(), nullptr);
    chart.setLogScale(true);
    QStringList labels;
    for (const ChartTextItem &t : textsAt(chart, QSize(900, 500)))
        labels.append(t.text);
    EXPECT_TRUE(labels.contains(QStringLiteral("100,000")));
    EXPECT_TRUE(labels.contains(QStringLiteral("1,000,000")));
    // Bar heights are log10 of the counts: 2024 is log10(1,170,467).
    const QBarSet *set = chart.barSeries()->barSets().constFirst();
    EXPECT_NEAR(set->at(set->count() - 1), std::log10(1170467.0), 1e-9);
    chart.setLogScale(false);
    const QBarSet *linear = chart.barSeries()->barSets().constFirst();  // sets are rebuilt
    EXPECT_EQ(linear->at(linear->count() - 1), 1170467.0);
}

TEST(ChartOptions, shareValueKindAndGroupedYears)
{
    Loaded data;
    NationalityShareChart bars(data.model.nationalityShares(), nullptr, NationalityShareChart::Mode::RankedBars);
    bars.setValueKind(ValueKind::Share);
    const QBarSet *set = bars.barSeries()->barSets().constFirst();
    EXPECT_NEAR(set->at(set->count() - 1), 37.7, 0.05);  // Japan on top, in percent

    SpecialtyBreakdownChart grouped(data.model.specialtyBreakdown(), nullptr, SpecialtyBreakdownChart::Mode::GroupedYears);
    ASSERT_TRUE(grouped.chart()->series().contains(grouped.groupedSeries()));
    EXPECT_EQ(grouped.chart()->series().size(), 1);
    EXPECT_EQ(grouped.groupedSeries()->count(), data.model.specialtyBreakdown()->rowCount());
    const int derm = rowOf(*data.model.specialtyBreakdown(), QStringLiteral("Dermatology"));
    const int col = data.model.specialtyBreakdown()->columnOfYear(2024);
    EXPECT_EQ(grouped.groupedSeries()->barSets().at(derm)->at(col), 705044.0);
    EXPECT_GT(grouped.markCount(), 10);
}

TEST(ChartDescription, summarisesEachChartForScreenReaders)
{
    Loaded data;
    NationalityShareChart shares(data.model.nationalityShares(), nullptr);
    EXPECT_TRUE(shares.textDescription().startsWith(
        QStringLiteral("Nationality shares, 2024 (real patients): Japan 37.7% (441,112 patients), China 22.3% (")))
        << shares.textDescription().toStdString();
    GrowthChart growth(data.model.growth(), nullptr);
    EXPECT_TRUE(growth.textDescription().contains(QStringLiteral("2024 1,170,467 (+93.2%)"))) << growth.textDescription().toStdString();
    SpecialtyBreakdownChart specialties(data.model.specialtyBreakdown(), nullptr);
    EXPECT_TRUE(specialties.textDescription().contains(QStringLiteral("Dermatology 705,044 (56.6%)")))
        << specialties.textDescription().toStdString();
}
