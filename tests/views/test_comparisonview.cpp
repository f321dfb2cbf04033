#include <views/comparisonview.h>

#include <model/builtindataset.h>
#include <model/observationcube.h>
#include <views/appfonts.h>

#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QSignalSpy>
#include <QTableView>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

const ObservationCube &cube()
{
    static const ObservationCube c = [] {
        auto r = loadBuiltinDataset();
        return r.cube ? std::move(*r.cube) : ObservationCube{};
    }();
    return c;
}

}  // namespace

TEST(ComparisonView, drawsBothYearsSideBySideWithTheLargestOnTop)
{
    installApplicationFonts();
    ComparisonTableModel model(nullptr);
    ComparisonView view(&model, nullptr);
    view.setCube(cube());
    view.setSpec(ComparisonSpec{});
    model.recompute(cube(), FilterState{}, ComparisonSpec{});
    ASSERT_EQ(view.barSeries()->count(), 2);
    const QBarSet *a = view.barSeries()->barSets().at(0);
    const QBarSet *b = view.barSeries()->barSets().at(1);
    EXPECT_EQ(a->label(), QStringLiteral("2023"));
    EXPECT_EQ(b->label(), QStringLiteral("2024"));
    ASSERT_GT(b->count(), 0);
    EXPECT_LE(b->count(), ComparisonView::kMaxBars);
    EXPECT_DOUBLE_EQ(b->at(b->count() - 1), 441112.0);  // Japan, drawn at the top
    EXPECT_DOUBLE_EQ(a->at(a->count() - 1), 187711.0);
    EXPECT_EQ(view.table()->model(), &model);
    view.resize(700, 600);
    const QImage image = view.grab().toImage();
    EXPECT_FALSE(image.isNull());
}

TEST(ComparisonView, pickingAnotherYearEmitsTheSpec)
{
    ComparisonTableModel model(nullptr);
    ComparisonView view(&model, nullptr);
    view.setCube(cube());
    view.setSpec(ComparisonSpec{});
    EXPECT_EQ(view.currentSpec(), ComparisonSpec{});
    QSignalSpy spy(&view, &ComparisonView::specChanged);
    const int i2019 = view.comboA()->findData(QStringLiteral("2019"));
    ASSERT_GE(i2019, 0);
    view.comboA()->setCurrentIndex(i2019);
    emit view.comboA()->activated(i2019);
    ASSERT_EQ(spy.count(), 1);
    const auto spec = spy.first().first().value<ComparisonSpec>();
    EXPECT_EQ(spec.yearA, 2019);
    EXPECT_EQ(spec.yearB, 2024);
    EXPECT_FALSE(view.comboA()->accessibleName().isEmpty());
}

TEST(ComparisonView, darkModeDarkensTheChart)
{
    ComparisonTableModel model(nullptr);
    ComparisonView view(&model, nullptr);
    view.setDarkMode(true);
    EXPECT_LT(view.chart()->backgroundBrush().color().lightness(), 128);
    view.setDarkMode(false);
    EXPECT_GT(view.chart()->backgroundBrush().color().lightness(), 200);
}
