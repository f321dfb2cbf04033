// The README's exploration screenshots, rendered offscreen from the real window:
//   MEDTOUR_SCREENSHOT_DIR=docs/screenshots ./window_tests --gtest_filter='ExplorationScreenshots.*'
// Skipped unless MEDTOUR_SCREENSHOT_DIR is set.
#include <app/explorationcompare.h>
#include <app/explorationcontroller.h>
#include <app/explorationpalette.h>
#include <app/mainwindow.h>
#include <model/dashboardmodel.h>
#include <views/appfonts.h>
#include <views/chartpanel.h>
#include <views/comparisonview.h>
#include <views/dashboardchart.h>

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPalette>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

QString outputDir()
{
    return qEnvironmentVariable("MEDTOUR_SCREENSHOT_DIR");
}

struct Shot {
    QObject owner;
    DashboardModel *model = new DashboardModel(&owner);
    std::unique_ptr<MainWindow> window;
    Shot()
    {
        installApplicationFonts();
        EXPECT_FALSE(model->loadBuiltin().has_value());
        window = std::make_unique<MainWindow>(model);
        window->resize(1440, 900);
        window->show();
    }
    void save(const char *name)
    {
        QApplication::processEvents();
        const QImage image = window->grab().toImage();
        ASSERT_EQ(image.width(), window->width() * image.devicePixelRatio());
        const QString path = QDir(outputDir()).filePath(QString::fromLatin1(name));
        ASSERT_TRUE(image.save(path)) << path.toStdString();
    }
};

}  // namespace

TEST(ExplorationScreenshots, japanDrillDown)
{
    if (outputDir().isEmpty())
        GTEST_SKIP() << "MEDTOUR_SCREENSHOT_DIR not set";
    Shot s;
    s.window->chartPanels().at(0)->dashboardChart()->activateMark(0);
    s.save("explore-japan-drilldown.png");
}

TEST(ExplorationScreenshots, otherExpanded)
{
    if (outputDir().isEmpty())
        GTEST_SKIP() << "MEDTOUR_SCREENSHOT_DIR not set";
    Shot s;
    s.window->exploration()->setNationalityMode(ShareChartMode::RankedBars);
    s.window->exploration()->expandOther(Dimension::Nationality);
    s.save("explore-other-expanded.png");
}

TEST(ExplorationScreenshots, comparison)
{
    if (outputDir().isEmpty())
        GTEST_SKIP() << "MEDTOUR_SCREENSHOT_DIR not set";
    Shot s;
    s.window->showPage(1);
    s.save("explore-comparison.png");
}

TEST(ExplorationScreenshots, dark)
{
    if (outputDir().isEmpty())
        GTEST_SKIP() << "MEDTOUR_SCREENSHOT_DIR not set";
    Shot s;
    s.window->paletteMode()->setDark(true);
    s.window->chartPanels().at(0)->dashboardChart()->activateMark(0);
    s.save("explore-dark.png");
    s.window->paletteMode()->setDark(false);
}
