#include <views/nationalitysharechart.h>

#include <model/dashboardmodel.h>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QPieSeries>
#include <QPieSlice>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

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

int objectCount(const QChart &chart)
{
    return static_cast<int>(chart.findChildren<QObject *>().size());
}

}  // namespace

TEST(NationalityShareChart, donutShowsTopFivePlusOtherWithShareLabels)
{
    Loaded data;
    data.model.setFilter(focus(2024));
    NationalityShareChart chart(data.model.nationalityShares(), nullptr);
    const QList<QPieSlice *> slices = chart.pieSeries()->slices();
    ASSERT_EQ(slices.size(), 6);
    EXPECT_EQ(slices.first()->label(), QStringLiteral("Japan 37.7%"));
    EXPECT_TRUE(slices.last()->label().startsWith(QStringLiteral("Other ")));
    EXPECT_TRUE(chart.pieSeries()->isVisible());
    EXPECT_FALSE(chart.barSeries()->isVisible());
    EXPECT_EQ(chart.title(), QStringLiteral("Nationality shares, 2024 (real patients)"));
    EXPECT_EQ(chart.chart()->title(), chart.title());
}

TEST(NationalityShareChart, smallSlicesHaveNoLabelAndOtherIsMuted)
{
    Loaded data;
    data.model.setFilter(focus(2024, 20));
    NationalityShareChart chart(data.model.nationalityShares(), nullptr);
    const QList<QPieSlice *> slices = chart.pieSeries()->slices();
    ASSERT_GT(slices.size(), 6);
    for (const QPieSlice *slice : slices)
        EXPECT_EQ(slice->isLabelVisible(), slice->percentage() >= 0.0195) << slice->label().toStdString();
    EXPECT_NE(slices.last()->color(), slices.first()->color());
}

TEST(NationalityShareChart, rankedBarsPutTheLargestOnTopWithGroupedCounts)
{
    Loaded data;
    data.model.setFilter(focus(2024));
    NationalityShareChart chart(data.model.nationalityShares(), nullptr, NationalityShareChart::Mode::RankedBars);
    EXPECT_FALSE(chart.pieSeries()->isVisible());
    EXPECT_TRUE(chart.barSeries()->isVisible());
    const QBarSet *set = chart.barSeries()->barSets().constFirst();
    ASSERT_EQ(set->count(), 6);
    EXPECT_DOUBLE_EQ(set->at(5), 441112.0);  // the top category of a horizontal series is last
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart.chart()->axes(Qt::Vertical).constFirst());
    ASSERT_NE(axis, nullptr);
    EXPECT_EQ(axis->categories().constLast(), QStringLiteral("Japan"));  // one name, in the current language
    EXPECT_TRUE(axis->categories().constFirst().startsWith(QStringLiteral("Other")));
}

TEST(NationalityShareChart, followsTheFilterInPlaceWithoutLeakingObjects)
{
    Loaded data;
    NationalityShareChart chart(data.model.nationalityShares(), nullptr);
    QChart *const qchart = chart.chart();
    data.model.setFilter(focus(2023, 3));
    data.model.setFilter(focus(2024, 5));
    const int series = static_cast<int>(qchart->series().size());
    const int axes = static_cast<int>(qchart->axes().size());
    const int objects = objectCount(*qchart);
    for (int i = 0; i < 50; ++i)
        data.model.setFilter(focus(i % 2 ? 2024 : 2023, i % 2 ? 5 : 3));  // ends on the first filter
    EXPECT_EQ(chart.chart(), qchart);
    EXPECT_EQ(qchart->series().size(), series);
    EXPECT_EQ(qchart->axes().size(), axes);
    EXPECT_EQ(objectCount(*qchart), objects);
    EXPECT_EQ(chart.pieSeries()->count(), 6);
    chart.setMode(NationalityShareChart::Mode::RankedBars);
    data.model.setFilter(focus(2023, 3));
    EXPECT_EQ(chart.barSeries()->barSets().constFirst()->count(), 4);
}

TEST(NationalityShareChart, unavailableDataHidesTheSeriesAndGivesTheReason)
{
    Loaded data;
    FilterState f = focus(2024);
    f.selection(Dimension::Nationality) = QStringList{QStringLiteral("Atlantis")};
    data.model.setFilter(f);
    NationalityShareChart chart(data.model.nationalityShares(), nullptr);
    EXPECT_FALSE(chart.unavailableReason().isEmpty());
    EXPECT_FALSE(chart.pieSeries()->isVisible());
    EXPECT_FALSE(chart.barSeries()->isVisible());
    EXPECT_EQ(chart.pieSeries()->count(), 0);
}

TEST(NationalityShareChart, exportCopyKeepsModeAndHasNoAnimations)
{
    Loaded data;
    NationalityShareChart chart(data.model.nationalityShares(), nullptr, NationalityShareChart::Mode::RankedBars);
    chart.chart()->setAnimationOptions(QChart::AllAnimations);
    const std::unique_ptr<DashboardChart> copy = chart.createExportCopy();
    auto *typed = qobject_cast<NationalityShareChart *>(copy.get());
    ASSERT_NE(typed, nullptr);
    EXPECT_EQ(typed->mode(), NationalityShareChart::Mode::RankedBars);
    EXPECT_NE(typed->chart(), chart.chart());
    EXPECT_EQ(typed->chart()->animationOptions(), QChart::NoAnimation);
    EXPECT_EQ(typed->fileStem(), QStringLiteral("nationality-shares"));
}
