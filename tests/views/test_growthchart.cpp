#include <views/growthchart.h>

#include <model/dashboardmodel.h>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

FilterState nationalities(const QStringList &ids)
{
    FilterState f;
    f.selection(Dimension::Nationality) = ids;
    return f;
}

struct Loaded {
    DashboardModel model{nullptr};
    Loaded() { EXPECT_FALSE(model.loadBuiltin().has_value()); }
    int yearIndex(int year) const { return static_cast<int>(model.growth()->years().indexOf(year)); }
};

QStringList yearLabels(const GrowthChart &chart)
{
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart.chart()->axes(Qt::Horizontal).constFirst());
    return axis ? axis->categories() : QStringList();
}

}  // namespace

TEST(GrowthChart, barsAreThePatientsPerYear)
{
    Loaded data;
    GrowthChart chart(data.model.growth(), nullptr);
    ASSERT_EQ(chart.barSeries()->count(), 1);
    const QBarSet *set = chart.barSeries()->barSets().constFirst();
    EXPECT_DOUBLE_EQ(set->at(data.yearIndex(2024)), 1170467.0);
    EXPECT_DOUBLE_EQ(set->at(data.yearIndex(2023)), 605768.0);
    EXPECT_EQ(chart.title(), QStringLiteral("Patients per year and YoY growth, 2009–2024"));
}

TEST(GrowthChart, yoyIsALineOnTheYearPositions)
{
    Loaded data;
    GrowthChart chart(data.model.growth(), nullptr);
    bool found = false;
    for (const QLineSeries *line : chart.yoySegments()) {
        for (const QPointF &p : line->points()) {
            if (qFuzzyCompare(p.x(), static_cast<double>(data.yearIndex(2024)))) {
                EXPECT_NEAR(p.y(), 93.2, 0.05);
                found = true;
            }
        }
    }
    EXPECT_TRUE(found);
}

TEST(GrowthChart, selectedNationalityGivesItsCounts)
{
    Loaded data;
    data.model.setFilter(nationalities({QStringLiteral("Japan")}));
    GrowthChart chart(data.model.growth(), nullptr);
    ASSERT_EQ(chart.barSeries()->count(), 1);
    const QBarSet *set = chart.barSeries()->barSets().constFirst();
    EXPECT_TRUE(set->label().startsWith(QStringLiteral("Japan")));
    EXPECT_DOUBLE_EQ(set->at(data.yearIndex(2023)), 187711.0);
    EXPECT_DOUBLE_EQ(set->at(data.yearIndex(2024)), 441112.0);
    data.model.setFilter(nationalities({QStringLiteral("Japan"), QStringLiteral("China")}));
    EXPECT_EQ(chart.barSeries()->count(), 2);
}

TEST(GrowthChart, missingCountsAreLabelledNotDrawnAndYoyGapsSplitTheLine)
{
    Loaded data;
    data.model.setFilter(nationalities({QStringLiteral("Japan")}));
    GrowthChart chart(data.model.growth(), nullptr);
    const GrowthTableModel::Series &japan = data.model.growth()->series().constFirst();
    const QStringList labels = yearLabels(chart);
    const QBarSet *set = chart.barSeries()->barSets().constFirst();
    int missing = 0;
    for (int y = 0; y < japan.points.size(); ++y) {
        const bool hasCount = japan.points.at(y).value.has_value();
        EXPECT_EQ(labels.at(y).endsWith(QStringLiteral("n/a")), !hasCount) << labels.at(y).toStdString();
        if (!hasCount) {
            EXPECT_DOUBLE_EQ(set->at(y), 0.0);  // no bar drawn; the label says n/a
            ++missing;
        }
    }
    EXPECT_GT(missing, 0);  // 2010 and 2011 publish only a share for Japan
    for (const QLineSeries *line : chart.yoySegments()) {
        for (const QPointF &p : line->points())
            EXPECT_TRUE(japan.points.at(static_cast<int>(p.x())).yoyPct.has_value());
    }
    EXPECT_GT(chart.yoySegments().size(), 1);
}

TEST(GrowthChart, followsTheFilterInPlaceWithoutLeakingObjects)
{
    Loaded data;
    GrowthChart chart(data.model.growth(), nullptr);
    QChart *const qchart = chart.chart();
    const FilterState a = nationalities({QStringLiteral("Japan"), QStringLiteral("China")});
    const FilterState b;
    data.model.setFilter(a);
    data.model.setFilter(b);
    const int series = static_cast<int>(qchart->series().size());
    const int axes = static_cast<int>(qchart->axes().size());
    const int objects = static_cast<int>(qchart->findChildren<QObject *>().size());
    for (int i = 0; i < 50; ++i)
        data.model.setFilter(i % 2 ? b : a);
    EXPECT_EQ(chart.chart(), qchart);
    EXPECT_EQ(qchart->series().size(), series);
    EXPECT_EQ(qchart->axes().size(), axes);
    EXPECT_EQ(qchart->findChildren<QObject *>().size(), objects);
}

TEST(GrowthChart, unavailableDataHidesTheSeries)
{
    Loaded data;
    data.model.setFilter(nationalities({QStringLiteral("Atlantis")}));
    GrowthChart chart(data.model.growth(), nullptr);
    EXPECT_FALSE(chart.unavailableReason().isEmpty());
    EXPECT_FALSE(chart.barSeries()->isVisible());
    for (const QLineSeries *line : chart.yoySegments())
        EXPECT_FALSE(line->isVisible());
}

TEST(GrowthChart, exportCopyIsANewChartWithoutAnimations)
{
    Loaded data;
    GrowthChart chart(data.model.growth(), nullptr);
    const std::unique_ptr<DashboardChart> copy = chart.createExportCopy();
    ASSERT_NE(qobject_cast<GrowthChart *>(copy.get()), nullptr);
    EXPECT_NE(copy->chart(), chart.chart());
    EXPECT_EQ(copy->chart()->animationOptions(), QChart::NoAnimation);
    EXPECT_EQ(copy->title(), chart.title());
}
