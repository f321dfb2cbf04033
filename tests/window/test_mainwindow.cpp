// The assembled dashboard window: a filter change reaches every view at once, charts are
// updated in place (no chart or series leaked per change), and the source line is shown.
#include <app/mainwindow.h>
#include <model/dashboardmodel.h>
#include <model/modelroles.h>
#include <views/appfonts.h>
#include <views/categorychecklist.h>
#include <views/chartpanel.h>
#include <views/dashboardchart.h>
#include <views/filterpanel.h>
#include <views/growthchart.h>
#include <views/kpistrip.h>

#include <QAbstractItemModel>
#include <QAbstractSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLabel>
#include <QListView>
#include <QCoreApplication>
#include <QPointer>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>

#include "builtinwindow.h"

#include <gtest/gtest.h>

using namespace medtour;

namespace {

using Fixture = test::BuiltinWindow;

void checkCategory(CategoryChecklist &list, const QString &id)
{
    QAbstractItemModel *items = list.listView()->model();
    for (int r = 0; r < items->rowCount(); ++r) {
        const QModelIndex index = items->index(r, 0);
        if (index.data(CategoryIdRole).toString() == id) {
            items->setData(index, Qt::Checked, Qt::CheckStateRole);
            return;
        }
    }
    ADD_FAILURE() << "no item " << id.toStdString();
}

int seriesObjects(const MainWindow &window)
{
    int n = 0;
    for (ChartPanel *panel : window.chartPanels())
        n += static_cast<int>(panel->dashboardChart()->chart()->findChildren<QAbstractSeries *>().size());
    return n;
}

}  // namespace

TEST(MainWindow, showsTheOfficialKpisAndTheSourceLine)
{
    Fixture f;
    EXPECT_EQ(f.window->kpiStrip()->valueText(KpiStrip::Kpi::Total), QStringLiteral("1,170,467"));
    EXPECT_EQ(f.window->kpiStrip()->valueText(KpiStrip::Kpi::Growth), QStringLiteral("+93.2%"));
    const auto *source = f.window->findChild<QLabel *>(QStringLiteral("sourceLine"));
    ASSERT_NE(source, nullptr);
    EXPECT_EQ(source->text(), QStringLiteral("Source: MOHW / KHIDI, 외국인환자 유치실적"));
    ASSERT_EQ(f.window->chartPanels().size(), 3);
}

TEST(MainWindow, checkingJapanInTheFilterPanelUpdatesKpisChartsAndTable)
{
    Fixture f;
    const int tableRowsBefore = f.model->tableModel()->rowCount();
    checkCategory(*f.window->filterPanel()->checklist(Dimension::Nationality), QStringLiteral("Japan"));
    EXPECT_EQ(f.model->filter().selection(Dimension::Nationality), QStringList{QStringLiteral("Japan")});
    // KPI strip: the slice total is now Japan's.
    EXPECT_EQ(f.window->kpiStrip()->valueText(KpiStrip::Kpi::Total), QStringLiteral("441,112"));
    EXPECT_EQ(f.window->kpiStrip()->valueText(KpiStrip::Kpi::Growth), QStringLiteral("+135.0%"));
    // Growth chart: one bar set, Japan's counts per year.
    auto *growth = qobject_cast<GrowthChart *>(f.window->chartPanels().at(1)->dashboardChart());
    ASSERT_NE(growth, nullptr);
    ASSERT_EQ(growth->barSeries()->count(), 1);
    const QBarSet *japan = growth->barSeries()->barSets().first();
    const int i2024 = static_cast<int>(f.model->growth()->years().indexOf(2024));
    EXPECT_DOUBLE_EQ(japan->at(i2024), 441112.0);
    EXPECT_DOUBLE_EQ(japan->at(i2024 - 1), 187711.0);
    // Data table: only Japan's rows remain.
    EXPECT_LT(f.model->tableModel()->rowCount(), tableRowsBefore);
    EXPECT_GT(f.model->tableModel()->rowCount(), 0);
}

TEST(MainWindow, repeatedFilterChangesKeepTheSameChartsAndNoExtraSeries)
{
    Fixture f;
    f.window->show();
    QList<QPointer<QChart>> charts;
    for (ChartPanel *panel : f.window->chartPanels())
        charts.append(panel->dashboardChart()->chart());
    FilterState a = f.model->filter();
    FilterState b = a;
    b.selection(Dimension::Nationality) = {QStringLiteral("China"), QStringLiteral("Japan")};
    b.focusYear = 2020;
    FilterState c = a;
    c.selection(Dimension::Specialty) = {QStringLiteral("Dermatology")};
    // One round of the three filters first: the growth chart keeps a pool of YoY line segments
    // (one per gap in the line) that grows to the largest number needed and is then reused.
    for (const FilterState &warm : {b, c, a})
        f.model->setFilter(warm);
    const int series = seriesObjects(*f.window);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const int children = static_cast<int>(f.window->findChildren<QObject *>().size());

    for (int i = 0; i < 30; ++i) {
        f.model->setFilter(i % 3 == 0 ? b : (i % 3 == 1 ? c : a));
        f.window->grab();  // paint every view as the user would see it
    }
    f.model->setFilter(a);
    for (int i = 0; i < charts.size(); ++i) {
        ASSERT_FALSE(charts.at(i).isNull());
        EXPECT_EQ(charts.at(i), f.window->chartPanels().at(i)->dashboardChart()->chart());
    }
    EXPECT_EQ(seriesObjects(*f.window), series);
    // QMainWindow animates its layout with QPropertyAnimations that delete themselves
    // later; let them go before counting, as the event loop would.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(static_cast<int>(f.window->findChildren<QObject *>().size()), children);
}

TEST(MainWindow, aFilterWithNoPublishedBreakdownSaysSoInsteadOfDrawingZeros)
{
    Fixture f;
    f.window->show();
    FilterState filter = f.model->filter();
    filter.focusYear = 2014;  // no specialty breakdown was published for 2013 and 2014
    f.model->setFilter(filter);
    ChartPanel *specialty = f.window->chartPanels().at(2);
    EXPECT_FALSE(specialty->overlayText().isEmpty());
    EXPECT_TRUE(specialty->overlayText().contains(QStringLiteral("2014"))) << specialty->overlayText().toStdString();
}

// A window smaller than the charts need scrolls the dashboard: the charts never shrink below
// the size at which their texts fit (ChartPanel::kLegibleMinimum); at 1440 x 900 nothing scrolls.
TEST(MainWindow, aSmallWindowScrollsTheDashboardInsteadOfSqueezingTheCharts)
{
    Fixture f;
    auto *scroll = f.window->findChild<QScrollArea *>(QStringLiteral("dashboardScroll"));
    ASSERT_NE(scroll, nullptr);
    f.window->show();
    for (int i = 0; i < 3; ++i)  // show, then the layouts it posts
        QCoreApplication::processEvents();
    for (ChartPanel *panel : f.window->chartPanels()) {
        EXPECT_GE(panel->width(), ChartPanel::kLegibleMinimum.width());
        EXPECT_GE(panel->height(), ChartPanel::kLegibleMinimum.height());
    }
    EXPECT_FALSE(scroll->horizontalScrollBar()->isVisible());
    EXPECT_FALSE(scroll->verticalScrollBar()->isVisible())
        << "page " << scroll->widget()->height() << " px in a viewport of " << scroll->viewport()->height() << " px";

    f.window->resize(1024, 700);
    QCoreApplication::processEvents();
    for (ChartPanel *panel : f.window->chartPanels()) {
        EXPECT_GE(panel->width(), ChartPanel::kLegibleMinimum.width());
        EXPECT_GE(panel->height(), ChartPanel::kLegibleMinimum.height());
    }
    EXPECT_TRUE(scroll->horizontalScrollBar()->isVisible() || scroll->verticalScrollBar()->isVisible());
    EXPECT_GE(f.window->minimumWidth(), 800);
    EXPECT_GE(f.window->minimumHeight(), 600);
}

// Without a remembered geometry the window opens at 1440 x 900, or fills the screen's
// available area when that is smaller (the offscreen screen is 800 x 600).
TEST(MainWindow, theFirstStartFitsTheScreen)
{
    installApplicationFonts();
    DashboardModel model(nullptr);
    ASSERT_FALSE(model.loadBuiltin().has_value());
    MainWindow window(&model);
    const QSize available = window.screen()->availableGeometry().size();
    EXPECT_LE(window.width(), std::max(available.width(), window.minimumWidth()));
    EXPECT_LE(window.height(), std::max(available.height(), window.minimumHeight()));
    EXPECT_LE(window.width(), 1440);
    EXPECT_LE(window.height(), 900);
}
