#include <views/specialtybreakdownchart.h>

#include <model/dashboardmodel.h>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QStackedBarSeries>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

using Mode = SpecialtyBreakdownChart::Mode;

bool inChart(const SpecialtyBreakdownChart &chart, const QAbstractSeries *series)
{
    return chart.chart()->series().contains(const_cast<QAbstractSeries *>(series));
}


FilterState focus(int year, int topN = 5)
{
    FilterState f;
    f.focusYear = year;
    f.topN = topN;
    return f;
}

struct Loaded {
    DashboardModel model{nullptr};
    Loaded() { EXPECT_FALSE(model.loadBuiltin().has_value()); }
};

}  // namespace

TEST(SpecialtyBreakdownChart, focusYearBarsRankDermatologyOnTop)
{
    Loaded data;
    data.model.setFilter(focus(2024));
    SpecialtyBreakdownChart chart(data.model.specialtyBreakdown(), nullptr);
    const QBarSet *set = chart.focusSeries()->barSets().constFirst();
    ASSERT_GT(set->count(), 0);
    EXPECT_DOUBLE_EQ(set->at(set->count() - 1), 705044.0);
    EXPECT_EQ(set->label(), QStringLiteral("Department-based count"));
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart.chart()->axes(Qt::Vertical, chart.focusSeries()).constFirst());
    ASSERT_NE(axis, nullptr);
    EXPECT_EQ(axis->categories().constLast(), QStringLiteral("Dermatology"));  // one name, in the current language
    EXPECT_TRUE(chart.title().contains(QStringLiteral("department-based")));
    EXPECT_TRUE(chart.title().startsWith(QStringLiteral("Specialty breakdown, 2024")));
}

TEST(SpecialtyBreakdownChart, eachModeShowsOnlyItsSeries)
{
    Loaded data;
    SpecialtyBreakdownChart chart(data.model.specialtyBreakdown(), nullptr);
    EXPECT_TRUE(inChart(chart, chart.focusSeries()));
    EXPECT_FALSE(inChart(chart, chart.stackedSeries()));
    chart.setMode(Mode::StackedYears);
    EXPECT_FALSE(inChart(chart, chart.focusSeries()));
    EXPECT_TRUE(inChart(chart, chart.stackedSeries()));
    EXPECT_FALSE(inChart(chart, chart.percentSeries()));
    EXPECT_EQ(chart.stackedSeries()->count(), data.model.specialtyBreakdown()->rowCount());
    EXPECT_TRUE(chart.title().startsWith(QStringLiteral("Specialty breakdown, 2009–2024")));
    chart.setMode(Mode::PercentYears);
    EXPECT_TRUE(inChart(chart, chart.percentSeries()));
    EXPECT_FALSE(inChart(chart, chart.stackedSeries()));
    EXPECT_EQ(chart.percentSeries()->count(), data.model.specialtyBreakdown()->rowCount() + 1);  // + Not itemised
    EXPECT_EQ(chart.chart()->series().size(), 1);
}

TEST(SpecialtyBreakdownChart, stackedSetsHoldTheYearCounts)
{
    Loaded data;
    SpecialtyBreakdownChart chart(data.model.specialtyBreakdown(), nullptr, Mode::StackedYears);
    const BreakdownTableModel *model = data.model.specialtyBreakdown();
    const int column = model->columnOfYear(2024);
    const int row = static_cast<int>(model->categories().indexOf(QStringLiteral("Dermatology")));
    ASSERT_GE(row, 0);
    EXPECT_DOUBLE_EQ(chart.stackedSeries()->barSets().at(row)->at(column), 705044.0);
}

TEST(SpecialtyBreakdownChart, percentModeStacksPublishedSharesToAHundred)
{
    Loaded data;
    SpecialtyBreakdownChart chart(data.model.specialtyBreakdown(), nullptr, Mode::PercentYears);
    const BreakdownTableModel *model = data.model.specialtyBreakdown();
    const int column = model->columnOfYear(2024);
    const int row = static_cast<int>(model->categories().indexOf(QStringLiteral("Dermatology")));
    ASSERT_GE(row, 0);
    const QList<QBarSet *> sets = chart.percentSeries()->barSets();
    EXPECT_NEAR(sets.at(row)->at(column), 56.6, 0.05);  // of all department-based counts
    double sum = 0.0;
    for (const QBarSet *set : sets)
        sum += set->at(column);
    EXPECT_NEAR(sum, 100.0, 1e-6);
    EXPECT_EQ(sets.constLast()->label(), QStringLiteral("Not itemised"));
}

TEST(SpecialtyBreakdownChart, followsTheFilterInPlaceWithoutLeakingObjects)
{
    Loaded data;
    SpecialtyBreakdownChart chart(data.model.specialtyBreakdown(), nullptr, Mode::PercentYears);
    QChart *const qchart = chart.chart();
    data.model.setFilter(focus(2023, 3));
    data.model.setFilter(focus(2024, 5));
    const int series = static_cast<int>(qchart->series().size());
    const int axes = static_cast<int>(qchart->axes().size());
    const int objects = static_cast<int>(qchart->findChildren<QObject *>().size());
    for (int i = 0; i < 50; ++i)
        data.model.setFilter(i % 2 ? focus(2024, 5) : focus(2023, 3));  // ends on the first filter
    EXPECT_EQ(chart.chart(), qchart);
    EXPECT_EQ(qchart->series().size(), series);
    EXPECT_EQ(qchart->axes().size(), axes);
    EXPECT_EQ(qchart->findChildren<QObject *>().size(), objects);
}

TEST(SpecialtyBreakdownChart, unavailableBreakdownHidesEverySeries)
{
    Loaded data;
    FilterState f;
    f.selection(Dimension::Nationality) = QStringList{QStringLiteral("Canada")};
    data.model.setFilter(f);
    SpecialtyBreakdownChart chart(data.model.specialtyBreakdown(), nullptr);
    EXPECT_FALSE(chart.unavailableReason().isEmpty());
    EXPECT_FALSE(inChart(chart, chart.focusSeries()));
    EXPECT_FALSE(inChart(chart, chart.stackedSeries()));
    EXPECT_FALSE(inChart(chart, chart.percentSeries()));
}

TEST(SpecialtyBreakdownChart, exportCopyKeepsTheMode)
{
    Loaded data;
    SpecialtyBreakdownChart chart(data.model.specialtyBreakdown(), nullptr, Mode::StackedYears);
    const std::unique_ptr<DashboardChart> copy = chart.createExportCopy();
    auto *typed = qobject_cast<SpecialtyBreakdownChart *>(copy.get());
    ASSERT_NE(typed, nullptr);
    EXPECT_EQ(typed->mode(), Mode::StackedYears);
    EXPECT_EQ(typed->chart()->animationOptions(), QChart::NoAnimation);
}
