// Exploration in the assembled window: a click on a slice filters every view, Esc / Back goes
// up one level, every step is undoable, breadcrumb chips remove filters, "Other" expands.
#include <app/explorationactions.h>
#include <app/explorationcompare.h>
#include <app/explorationpalette.h>
#include <app/explorationcontroller.h>
#include <app/exportcontroller.h>
#include <app/mainwindow.h>
#include <model/dashboardmodel.h>
#include <views/appfonts.h>
#include <views/breadcrumb.h>
#include <views/comparisonview.h>
#include <views/chartpanel.h>
#include <views/datatableview.h>
#include <views/filterpanel.h>
#include <views/growthchart.h>
#include <views/kpistrip.h>
#include <views/nationalitysharechart.h>

#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QProcess>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include "builtinwindow.h"

#include <gtest/gtest.h>

using namespace medtour;

namespace {

struct Fixture : test::BuiltinWindow {
    DashboardChart *chart(int i) const { return window->chartPanels().at(i)->dashboardChart(); }
    QUndoStack *undo() const { return window->exploration()->undoStack(); }
    QStringList nationalities() const { return model->filter().selection(Dimension::Nationality); }
    GrowthChart *growth() const { return qobject_cast<GrowthChart *>(chart(1)); }
    int otherMark() const
    {
        const auto &entries = model->nationalityShares()->entries();
        for (int i = 0; i < entries.size(); ++i) {
            if (entries.at(i).isOther)
                return i;
        }
        return -1;
    }
};

}  // namespace

TEST(Exploration, clickingTheJapanSliceFiltersEveryView)
{
    Fixture f;
    ASSERT_EQ(f.model->nationalityShares()->entries().first().id, QStringLiteral("Japan"));
    f.chart(0)->activateMark(0);  // the largest slice: Japan
    EXPECT_EQ(f.nationalities(), QStringList{QStringLiteral("Japan")});
    EXPECT_EQ(f.window->kpiStrip()->valueText(KpiStrip::Kpi::Total), QStringLiteral("441,112"));
    ASSERT_EQ(f.growth()->barSeries()->count(), 1);
    const QBarSet *japan = f.growth()->barSeries()->barSets().first();
    const int i2024 = static_cast<int>(f.model->growth()->years().indexOf(2024));
    EXPECT_DOUBLE_EQ(japan->at(i2024), 441112.0);
    EXPECT_EQ(f.undo()->count(), 1);
    EXPECT_EQ(f.undo()->undoText(), QStringLiteral("Filter nationality to Japan"));
    EXPECT_EQ(f.window->breadcrumb()->chipTexts(), QStringList{QStringLiteral("Nationality: Japan ✕")});
    EXPECT_TRUE(f.window->explorationActions()->backAction()->isEnabled());
}

TEST(Exploration, seriesClickSignalCrossFiltersToo)
{
    Fixture f;
    emit f.chart(2)->categoryActivated(Dimension::Specialty, QStringLiteral("Dermatology"));
    EXPECT_EQ(f.model->filter().selection(Dimension::Specialty), QStringList{QStringLiteral("Dermatology")});
    EXPECT_EQ(f.undo()->count(), 1);
}

TEST(Exploration, escapeGoesUpOneLevel)
{
    Fixture f;
    f.window->show();
    QApplication::setActiveWindow(f.window.get());
    f.chart(0)->activateMark(0);
    emit f.chart(2)->categoryActivated(Dimension::Specialty, QStringLiteral("Dermatology"));
    ASSERT_EQ(f.window->breadcrumb()->chipTexts().size(), 2);
    QTest::keyClick(f.window.get(), Qt::Key_Escape);
    EXPECT_FALSE(f.model->filter().hasSelection(Dimension::Specialty));
    EXPECT_EQ(f.nationalities(), QStringList{QStringLiteral("Japan")});
    f.window->explorationActions()->backAction()->trigger();  // Back button / Alt+Left
    EXPECT_FALSE(f.model->filter().hasSelection(Dimension::Nationality));
    EXPECT_FALSE(f.window->explorationActions()->backAction()->isEnabled());
    EXPECT_EQ(f.undo()->count(), 4);  // two drills, two steps back: all undoable
}

TEST(Exploration, undoAndRedoRestoreFilterAndCharts)
{
    Fixture f;
    f.chart(0)->activateMark(0);
    f.undo()->undo();
    EXPECT_TRUE(f.nationalities().isEmpty());
    EXPECT_EQ(f.growth()->barSeries()->barSets().first()->at(
                  static_cast<int>(f.model->growth()->years().indexOf(2024))), 1170467.0);
    EXPECT_TRUE(f.window->breadcrumb()->chipTexts().isEmpty());
    EXPECT_FALSE(f.window->explorationActions()->backAction()->isEnabled());
    f.undo()->redo();
    EXPECT_EQ(f.nationalities(), QStringList{QStringLiteral("Japan")});
    EXPECT_TRUE(f.window->explorationActions()->backAction()->isEnabled());
}

TEST(Exploration, removingABreadcrumbChipRemovesThatFilter)
{
    Fixture f;
    f.chart(0)->activateMark(0);
    emit f.chart(2)->categoryActivated(Dimension::Specialty, QStringLiteral("Dermatology"));
    f.window->breadcrumb()->chips().first()->click();  // "Nationality: Japan ✕"
    EXPECT_TRUE(f.nationalities().isEmpty());
    EXPECT_EQ(f.model->filter().selection(Dimension::Specialty), QStringList{QStringLiteral("Dermatology")});
    EXPECT_EQ(f.window->breadcrumb()->chipTexts(), QStringList{QStringLiteral("Specialty: Dermatology ✕")});
    EXPECT_EQ(f.undo()->undoText(), QStringLiteral("Remove filter nationality"));
    f.window->breadcrumb()->rootButton()->click();  // "All data": clear everything
    EXPECT_FALSE(f.model->filter().hasSelection(Dimension::Specialty));
}

TEST(Exploration, doubleClickingOtherExpandsItAndBackFoldsIt)
{
    Fixture f;
    const int other = f.otherMark();
    ASSERT_GE(other, 0);
    emit f.chart(0)->otherExpandRequested(Dimension::Nationality);
    EXPECT_TRUE(f.model->filter().isOtherExpanded(Dimension::Nationality));
    EXPECT_GT(f.model->nationalityShares()->rowCount(), 6);
    EXPECT_EQ(f.window->breadcrumb()->chipTexts(), QStringList{QStringLiteral("Nationality: Other expanded ✕")});
    f.window->explorationActions()->backAction()->trigger();
    EXPECT_FALSE(f.model->filter().isOtherExpanded(Dimension::Nationality));
    EXPECT_EQ(f.model->nationalityShares()->rowCount(), 6);
}

TEST(Exploration, filterPanelEditsAreUndoableAndSpinStepsMerge)
{
    Fixture f;
    auto *from = f.window->filterPanel()->findChild<QSpinBox *>(QStringLiteral("fromYear"));
    ASSERT_NE(from, nullptr);
    for (int year : {2010, 2011, 2012, 2013})
        from->setValue(year);
    EXPECT_EQ(f.model->filter().fromYear, 2013);
    EXPECT_EQ(f.undo()->count(), 1);  // one step for the whole edit
    f.undo()->undo();
    EXPECT_EQ(f.model->filter().fromYear, 2009);
    EXPECT_EQ(from->value(), 2009);
}

TEST(Exploration, chartOptionsAreUndoable)
{
    Fixture f;
    auto *shares = qobject_cast<NationalityShareChart *>(f.chart(0));
    f.window->exploration()->setNationalityMode(ShareChartMode::RankedBars);
    f.window->exploration()->setKoreanUnits(true);
    EXPECT_EQ(shares->mode(), NationalityShareChart::Mode::RankedBars);
    EXPECT_TRUE(shares->koreanUnits());
    EXPECT_TRUE(f.growth()->koreanUnits());
    EXPECT_EQ(f.window->kpiStrip()->valueText(KpiStrip::Kpi::Total), QStringLiteral("117만 467")) << "the KPIs follow";
    // So does the Compare tab's value axis ("20만"), while its table stays exact.
    ComparisonView *compare = f.window->comparison()->view();
    EXPECT_TRUE(compare->koreanUnits());
    QStringList ticks;
    for (QAbstractAxis *axis : compare->chart()->axes(Qt::Horizontal)) {
        if (auto *values = qobject_cast<QCategoryAxis *>(axis))
            ticks << values->categoriesLabels();
    }
    EXPECT_TRUE(ticks.join(QLatin1Char(' ')).contains(QStringLiteral("만"))) << ticks.join(QLatin1Char(' ')).toStdString();
    f.undo()->undo();
    EXPECT_FALSE(shares->koreanUnits());
    EXPECT_EQ(f.window->kpiStrip()->valueText(KpiStrip::Kpi::Total), QStringLiteral("1,170,467"));
    EXPECT_FALSE(compare->koreanUnits());
    f.undo()->undo();
    EXPECT_EQ(shares->mode(), NationalityShareChart::Mode::Donut);
    f.window->exploration()->setGrowthLogScale(true);
    EXPECT_TRUE(f.growth()->logScale());
}

TEST(Exploration, thePrintedReportDrawsTheChartsAsTheWindowShowsThem)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    Fixture f;
    f.window->exploration()->setNationalityMode(ShareChartMode::RankedBars);
    f.window->exploration()->setKoreanUnits(true);
    auto *exports = f.window->findChild<ExportController *>();
    ASSERT_NE(exports, nullptr);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    ExportController::Prompts prompts;
    prompts.saveFile = [&pdf](const QString &, const QString &, const QString &) { return pdf; };
    prompts.fail = [](const QString &, const QString &message) { ADD_FAILURE() << message.toStdString(); };
    exports->setPrompts(prompts);
    exports->exportPdf();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString t = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(t.contains(QStringLiteral("44만 1,112"))) << "Japan's bar in Korean units, as in the window";
    EXPECT_TRUE(t.contains(QStringLiteral("1,170,467"))) << "the tables stay exact";
}

TEST(Exploration, tabOrderRunsFiltersBreadcrumbChartsTable)
{
    Fixture f;
    f.chart(0)->activateMark(0);  // a chip to reach as well
    QList<QWidget *> expected{f.window->breadcrumb()->rootButton(), f.window->breadcrumb()->chips().first()};
    for (ChartPanel *panel : f.window->chartPanels())
        expected << panel->chartView();
    expected << f.window->dataTable()->tableView();
    // Walk the focus chain as Tab does (QWidget::focusNextPrevChild): skip widgets that take no
    // tab focus, are hidden or disabled, or hand focus to a proxy (a chart view's viewport).
    QWidget *w = expected.first();
    for (int i = 1; i < expected.size(); ++i) {
        do
            w = w->nextInFocusChain();
        while (w != expected.at(i)
               && (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(f.window.get()) || !w->isEnabled() || w->focusProxy()));
        EXPECT_EQ(w, expected.at(i)) << "tab stop " << i << ": " << w->metaObject()->className() << " "
                                     << w->objectName().toStdString() << " in "
                                     << (w->parentWidget() ? w->parentWidget()->metaObject()->className() : "-");
        w = expected.at(i);
    }
    EXPECT_FALSE(f.window->breadcrumb()->rootButton()->accessibleName().isEmpty());
}

TEST(Exploration, darkPaletteToggleReachesTheComparisonChart)
{
    Fixture f;
    auto *dark = f.window->findChild<QAction *>(QStringLiteral("darkPalette"));
    ASSERT_NE(dark, nullptr);
    dark->setChecked(true);
    EXPECT_TRUE(f.window->paletteMode()->isDark());
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), 128);
    EXPECT_LT(f.window->comparison()->view()->chart()->backgroundBrush().color().lightness(), 128);
    dark->setChecked(false);
    EXPECT_FALSE(f.window->paletteMode()->isDark());
    EXPECT_GT(QApplication::palette().color(QPalette::Window).lightness(), 128);
}

TEST(Exploration, comparisonFollowsTheFilter)
{
    Fixture f;
    const ComparisonTableModel *table = f.window->comparison()->model();
    ASSERT_GT(table->rowCount(), 0);
    EXPECT_EQ(table->rows().first().id, QStringLiteral("Japan"));
    EXPECT_EQ(table->rows().first().change, 253401);
    f.window->exploration()->drillInto(Dimension::Nationality, QStringLiteral("China"));
    EXPECT_EQ(table->rows().first().id, QStringLiteral("China"));
}
