// Chart interaction (issue 4): real mouse clicks on slices, bars and legend entries through a
// QChartView, programmatic activation, keyboard navigation of a ChartPanel, hidden series
// surviving filter changes and charts staying in sync when a table is sorted.
#include <views/chartinteraction.h>
#include <views/chartlegend.h>
#include <views/chartpanel.h>
#include <views/growthchart.h>
#include <views/nationalitysharechart.h>
#include <views/specialtybreakdownchart.h>

#include <model/dashboardmodel.h>
#include <model/filterproxymodel.h>
#include <model/sharetablemodel.h>

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QTest>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

struct Loaded {
    DashboardModel model{nullptr};
    Loaded() { EXPECT_FALSE(model.loadBuiltin().has_value()); }
};

// Shows `chart` in a 900 x 560 view and waits until it is laid out.
struct Shown {
    QChartView view;
    explicit Shown(QChart *chart)
    {
        view.setChart(chart);
        view.resize(900, 560);
        view.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
    }
    QPoint toView(const QPointF &chartPos) const
    {
        return view.mapFromScene(view.chart()->mapToScene(chartPos));
    }
};

// The (dimension, id) of the single categoryActivated emission recorded by `spy`.
std::pair<Dimension, QString> onlyActivation(const QSignalSpy &spy)
{
    EXPECT_EQ(spy.count(), 1);
    if (spy.isEmpty())
        return {Dimension::Region, QString()};
    return {spy.at(0).at(0).value<Dimension>(), spy.at(0).at(1).toString()};
}

}  // namespace

TEST(ChartInteraction, mouseClickOnTheJapanSliceActivatesJapan)
{
    Loaded data;
    NationalityShareChart chart(data.model.nationalityShares(), nullptr);
    Shown shown(chart.chart());
    QSignalSpy spy(&chart, &DashboardChart::categoryActivated);
    QPieSlice *japan = chart.pieSeries()->slices().constFirst();
    QTest::mouseClick(shown.view.viewport(), Qt::LeftButton, {}, shown.toView(sliceCenter(*chart.chart(), *japan)));
    const auto [dimension, id] = onlyActivation(spy);
    EXPECT_EQ(dimension, Dimension::Nationality);
    EXPECT_EQ(id, QStringLiteral("Japan"));
}

TEST(ChartInteraction, doubleClickOnOtherRequestsItsExpansionAndNeverFiltersToOther)
{
    Loaded data;
    NationalityShareChart chart(data.model.nationalityShares(), nullptr);
    Shown shown(chart.chart());
    QSignalSpy activated(&chart, &DashboardChart::categoryActivated);
    QSignalSpy expand(&chart, &DashboardChart::otherExpandRequested);
    QPieSlice *other = chart.pieSeries()->slices().constLast();
    ASSERT_EQ(chart.markIds().constLast(), QStringLiteral("Other"));
    QTest::mouseDClick(shown.view.viewport(), Qt::LeftButton, {}, shown.toView(sliceCenter(*chart.chart(), *other)));
    ASSERT_EQ(expand.count(), 1);
    EXPECT_EQ(expand.at(0).at(0).value<Dimension>(), Dimension::Nationality);
    EXPECT_EQ(activated.count(), 0);
    // The series' own signal (as Qt Charts emits it) and the keyboard path do the same.
    emit chart.pieSeries()->doubleClicked(other);
    chart.activateMark(chart.markCount() - 1);
    EXPECT_EQ(expand.count(), 3);
}

TEST(ChartInteraction, mouseClickOnARankedBarActivatesItsNationality)
{
    Loaded data;
    NationalityShareChart chart(data.model.nationalityShares(), nullptr, NationalityShareChart::Mode::RankedBars);
    Shown shown(chart.chart());
    QSignalSpy spy(&chart, &DashboardChart::categoryActivated);
    // The second bar from the top is China (bars are drawn bottom to top: "Other" is bar 0).
    const int count = chart.barSeries()->barSets().constFirst()->count();
    const QRectF china = barRect(*chart.chart(), *chart.barSeries(), 0, count - 2);
    ASSERT_FALSE(china.isEmpty());
    QTest::mouseClick(shown.view.viewport(), Qt::LeftButton, {}, shown.toView(china.center()));
    EXPECT_EQ(onlyActivation(spy).second, QStringLiteral("China"));
}

TEST(ChartInteraction, mouseClickOnASpecialtyBarActivatesThatSpecialty)
{
    Loaded data;
    SpecialtyBreakdownChart chart(data.model.specialtyBreakdown(), nullptr);
    Shown shown(chart.chart());
    QSignalSpy spy(&chart, &DashboardChart::categoryActivated);
    const int count = chart.focusSeries()->barSets().constFirst()->count();
    const QRectF top = barRect(*chart.chart(), *chart.focusSeries(), 0, count - 1);
    QTest::mouseClick(shown.view.viewport(), Qt::LeftButton, {}, shown.toView(top.center()));
    const auto [dimension, id] = onlyActivation(spy);
    EXPECT_EQ(dimension, Dimension::Specialty);
    EXPECT_EQ(id, QStringLiteral("Dermatology"));
}

TEST(ChartInteraction, clickOnAGrowthBarOfANationalityActivatesItAndItsYear)
{
    Loaded data;
    FilterState two;
    two.selection(Dimension::Nationality) = QStringList{QStringLiteral("Japan"), QStringLiteral("China")};
    data.model.setFilter(two);
    GrowthChart chart(data.model.growth(), nullptr);
    Shown shown(chart.chart());
    QSignalSpy category(&chart, &DashboardChart::categoryActivated);
    QSignalSpy year(&chart, &DashboardChart::yearActivated);
    const int last = static_cast<int>(data.model.growth()->years().size()) - 1;
    const int japan = chart.barSeries()->barSets().constFirst()->label().startsWith(QStringLiteral("Japan")) ? 0 : 1;
    const QRectF bar = barRect(*chart.chart(), *chart.barSeries(), japan, last);
    ASSERT_FALSE(bar.isEmpty());
    QTest::mouseClick(shown.view.viewport(), Qt::LeftButton, {}, shown.toView(bar.center()));
    const auto [dimension, id] = onlyActivation(category);
    EXPECT_EQ(dimension, Dimension::Nationality);
    EXPECT_EQ(id, QStringLiteral("Japan"));
    ASSERT_EQ(year.count(), 1);
    EXPECT_EQ(year.at(0).at(0).toInt(), 2024);
}

TEST(ChartInteraction, legendClickHidesASliceThatStaysHiddenAcrossFilterChanges)
{
    Loaded data;
    NationalityShareChart chart(data.model.nationalityShares(), nullptr);
    Shown shown(chart.chart());
    const auto rects = legendEntryRects(*chart.chart());
    ASSERT_GE(rects.size(), 6);
    const auto china = std::find_if(rects.cbegin(), rects.cend(), [](const auto &r) { return r.first == QStringLiteral("China"); });
    ASSERT_NE(china, rects.cend());
    QTest::mouseClick(shown.view.viewport(), Qt::LeftButton, {}, shown.toView(china->second.center()));
    EXPECT_TRUE(chart.hiddenSeries().contains(QStringLiteral("China")));
    EXPECT_FALSE(chart.markIds().contains(QStringLiteral("China")));
    EXPECT_EQ(chart.pieSeries()->count(), 5);
    EXPECT_EQ(legendEntryRects(*chart.chart()).size(), rects.size());  // the entry stays, greyed

    FilterState y2023;
    y2023.focusYear = 2023;
    data.model.setFilter(y2023);
    EXPECT_FALSE(chart.markIds().contains(QStringLiteral("China")));
    EXPECT_TRUE(chart.markIds().contains(QStringLiteral("Japan")));

    const auto again = legendEntryRects(*chart.chart());
    const auto entry = std::find_if(again.cbegin(), again.cend(), [](const auto &r) { return r.first == QStringLiteral("China"); });
    ASSERT_NE(entry, again.cend());
    QTest::mouseClick(shown.view.viewport(), Qt::LeftButton, {}, shown.toView(entry->second.center()));
    EXPECT_TRUE(chart.hiddenSeries().isEmpty());
    EXPECT_TRUE(chart.markIds().contains(QStringLiteral("China")));
}

TEST(ChartInteraction, hiddenGrowthLineAndSpecialtyStayHiddenAfterAModelReset)
{
    Loaded data;
    GrowthChart growth(data.model.growth(), nullptr);
    growth.setSeriesHidden(QStringLiteral("yoy:All"), true);
    SpecialtyBreakdownChart specialties(data.model.specialtyBreakdown(), nullptr, SpecialtyBreakdownChart::Mode::StackedYears);
    specialties.toggleSeries(QStringLiteral("Dermatology"));
    FilterState f;
    f.fromYear = 2015;
    data.model.setFilter(f);
    for (QLineSeries *line : growth.yoySegments())
        EXPECT_FALSE(line->isVisible());
    const QList<QBarSet *> sets = specialties.stackedSeries()->barSets();
    const int derm = static_cast<int>(data.model.specialtyBreakdown()->categories().indexOf(QStringLiteral("Dermatology")));
    ASSERT_GE(derm, 0);
    for (int i = 0; i < sets.at(derm)->count(); ++i)
        EXPECT_EQ(sets.at(derm)->at(i), 0.0);
}

TEST(ChartPanel, arrowKeysMoveTheHighlightAndEnterActivatesIt)
{
    Loaded data;
    auto *chart = new NationalityShareChart(data.model.nationalityShares(), nullptr, NationalityShareChart::Mode::RankedBars);
    ChartPanel panel(chart, nullptr);
    panel.resize(900, 560);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    EXPECT_EQ(panel.chartView()->focusPolicy(), Qt::StrongFocus);
    EXPECT_TRUE(panel.chartView()->accessibleDescription().startsWith(
        QStringLiteral("Nationality shares, 2024 (real patients): Japan 37.7% (441,112 patients), China ")));
    QSignalSpy spy(chart, &DashboardChart::categoryActivated);
    QTest::keyClick(panel.chartView(), Qt::Key_Right);
    QTest::keyClick(panel.chartView(), Qt::Key_Right);
    EXPECT_EQ(chart->highlightedMark(), 1);
    EXPECT_TRUE(panel.chartView()->accessibleDescription().startsWith(QStringLiteral("China · 2024")));
    EXPECT_FALSE(focusHighlight(*chart->chart()).isEmpty());
    QTest::keyClick(panel.chartView(), Qt::Key_Left);
    QTest::keyClick(panel.chartView(), Qt::Key_Return);
    EXPECT_EQ(onlyActivation(spy).second, QStringLiteral("Japan"));
    QTest::keyClick(panel.chartView(), Qt::Key_Escape);
    EXPECT_EQ(chart->highlightedMark(), -1);
    EXPECT_TRUE(focusHighlight(*chart->chart()).isEmpty());
}

TEST(ChartInteraction, sortingATableOverTheSummaryModelsNeverDesynchronisesTheCharts)
{
    Loaded data;
    NationalityShareChart donut(data.model.nationalityShares(), nullptr);
    NationalityShareChart bars(data.model.nationalityShares(), nullptr, NationalityShareChart::Mode::RankedBars);
    const QStringList before = donut.markIds();
    const QList<double> barValues = [&] {
        QList<double> v;
        const QBarSet *set = bars.barSeries()->barSets().constFirst();
        for (int i = 0; i < set->count(); ++i)
            v.append(set->at(i));
        return v;
    }();
    // A sort proxy over the summary model (as a table of the chart's data would use) and the
    // data table's FilterProxyModel: both re-order with layoutChanged, never a reset.
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(data.model.nationalityShares());
    sorted.setSortRole(Qt::DisplayRole);
    sorted.sort(static_cast<int>(ShareTableModel::Column::Category), Qt::DescendingOrder);
    data.model.tableModel()->sort(0, Qt::DescendingOrder);
    emit data.model.nationalityShares()->layoutChanged();
    EXPECT_EQ(donut.markIds(), before);
    ASSERT_EQ(donut.pieSeries()->count(), data.model.nationalityShares()->entries().size());
    for (int i = 0; i < donut.pieSeries()->count(); ++i) {
        const auto &entry = data.model.nationalityShares()->entries().at(i);
        EXPECT_TRUE(donut.pieSeries()->slices().at(i)->label().startsWith(entry.id));
        EXPECT_NEAR(donut.pieSeries()->slices().at(i)->value(), *entry.cell.sharePct, 1e-9);
    }
    const QBarSet *set = bars.barSeries()->barSets().constFirst();
    for (int i = 0; i < set->count(); ++i)
        EXPECT_EQ(set->at(i), barValues.at(i));
    EXPECT_NE(sorted.index(0, 0).data().toString(), QStringLiteral("Japan"));  // the proxy did sort
}

// Writes what a reviewer should look at (MEDTOUR_CHART_OUTPUT_DIR): a focused panel with a
// highlighted bar, a donut with a hidden legend entry, the growth chart in Korean units on a
// log scale and the grouped specialty bars.
TEST(ChartInteraction, writesPreviewImagesWhenAsked)
{
    const QString dir = qEnvironmentVariable("MEDTOUR_CHART_OUTPUT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set MEDTOUR_CHART_OUTPUT_DIR to write the previews";
    Loaded data;
    auto *bars = new NationalityShareChart(data.model.nationalityShares(), nullptr, NationalityShareChart::Mode::RankedBars);
    ChartPanel panel(bars, nullptr);
    panel.resize(900, 560);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    QTest::keyClick(panel.chartView(), Qt::Key_Right);
    QTest::keyClick(panel.chartView(), Qt::Key_Right);
    EXPECT_TRUE(panel.grab().save(dir + QStringLiteral("/panel-highlight.png")));

    NationalityShareChart donut(data.model.nationalityShares(), nullptr);
    donut.setSeriesHidden(QStringLiteral("China"), true);
    Shown shown(donut.chart());
    EXPECT_TRUE(shown.view.grab().save(dir + QStringLiteral("/donut-hidden-china.png")));

    GrowthChart growth(data.model.growth(), nullptr);
    growth.setKoreanUnits(true);
    Shown g(growth.chart());
    EXPECT_TRUE(g.view.grab().save(dir + QStringLiteral("/growth-korean.png")));
    growth.setKoreanUnits(false);
    growth.setLogScale(true);
    QCoreApplication::processEvents();
    EXPECT_TRUE(g.view.grab().save(dir + QStringLiteral("/growth-log.png")));

    SpecialtyBreakdownChart grouped(data.model.specialtyBreakdown(), nullptr, SpecialtyBreakdownChart::Mode::GroupedYears);
    Shown s(grouped.chart());
    EXPECT_TRUE(s.view.grab().save(dir + QStringLiteral("/specialty-grouped.png")));
}
