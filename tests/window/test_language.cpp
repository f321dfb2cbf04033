// The window switches its language at run time through View > Language: window title, menus,
// docks, tabs, chart titles, axis titles, legend entries, KPI labels and category names follow,
// while the filter (category ids) stays as it was; English comes back unchanged. Saved views
// keep ids, so a view saved in Korean opens in English. Dialogs retranslate while open.
#include <app/explorationactions.h>
#include <app/explorationcontroller.h>
#include <app/explorationviewfiles.h>
#include <app/importdialog.h>
#include <app/languagecontroller.h>
#include <app/mainwindow.h>
#include <app/pngexportdialog.h>
#include <app/reportsetupdialog.h>
#include <model/dashboardmodel.h>
#include <model/language.h>
#include <views/appfonts.h>
#include <views/chartpanel.h>
#include <views/dashboardchart.h>
#include <views/kpistrip.h>

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLegend>
#include <QLegendMarker>
#include <QMenuBar>
#include <QPieSeries>
#include <QPieSlice>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include "builtinwindow.h"

#include <gtest/gtest.h>

using namespace medtour;

namespace {

// The real window on the built-in dataset; every test ends in English (the QApplication and
// its translators are shared by all tests of the binary).
struct Fixture : test::BuiltinWindow {
    Fixture()
    {
        window->show();  // charts fit their axis titles once they have a size
        QApplication::processEvents();
    }
    ~Fixture() { switchTo("en"); }
    // Triggers View > Language > <id> as a user would.
    void switchTo(const char *id) const
    {
        auto *action = window->findChild<QAction *>(QStringLiteral("language_") + QLatin1String(id));
        ASSERT_NE(action, nullptr) << id;
        action->trigger();
        QApplication::processEvents();
    }
    QStringList menuTitles() const
    {
        QStringList titles;
        for (QAction *a : window->menuBar()->actions())
            titles << a->text();
        return titles;
    }
    QString dockTitle(const char *name) const
    {
        auto *dock = window->findChild<QDockWidget *>(QLatin1String(name));
        return dock ? dock->windowTitle() : QString();
    }
    QString tabText(int i) const { return window->findChild<QTabWidget *>(QStringLiteral("pages"))->tabText(i); }
    DashboardChart *chart(int i) const { return window->chartPanels().at(i)->dashboardChart(); }
};

// Texts of one kind gathered from the three charts.
QStringList chartTitles(const Fixture &f)
{
    QStringList titles;
    for (int i = 0; i < 3; ++i)
        titles << f.chart(i)->title();
    return titles;
}

QStringList axisTitles(const Fixture &f)
{
    QStringList titles;
    for (int i = 0; i < 3; ++i) {
        for (QAbstractAxis *axis : f.chart(i)->chart()->axes()) {
            if (axis->isVisible() && axis->isTitleVisible() && !axis->titleText().isEmpty())
                titles << axis->titleText();
        }
    }
    return titles;
}

QStringList legendEntries(const Fixture &f)
{
    QStringList labels;
    for (int i = 0; i < 3; ++i) {
        for (QLegendMarker *marker : f.chart(i)->chart()->legend()->markers()) {
            if (marker->isVisible() && !marker->label().isEmpty())
                labels << marker->label();
        }
    }
    return labels;
}

QStringList kpiTitles(const Fixture &f)
{
    QStringList titles;
    for (auto k : {KpiStrip::Kpi::Total, KpiStrip::Kpi::Growth, KpiStrip::Kpi::TopNationality,
                   KpiStrip::Kpi::TopSpecialty, KpiStrip::Kpi::CountriesOfOrigin})
        titles << f.window->kpiStrip()->titleText(k);
    return titles;
}

// Every category name the nationality chart shows: slice labels, bar set labels, categories.
QStringList nationalityNames(const Fixture &f)
{
    QStringList names;
    QChart *chart = f.chart(0)->chart();
    for (QAbstractSeries *series : chart->series()) {
        if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices())
                names << slice->label();
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                names << set->label();
        }
    }
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            names << categories->categories();
    }
    return names;
}

const QRegularExpression kLatin(QStringLiteral("[A-Za-z]{2,}"));
const QRegularExpression kHangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
const QRegularExpression kJapanese(QStringLiteral("[\\x{3040}-\\x{30FF}\\x{4E00}-\\x{9FFF}]"));

// Each English text with words in it is now written in `script` (the translations from the
// TSVs): no English text is left, and as many texts are in the script. Order-independent (a
// chart may re-create its series in another order when it recomputes).
void expectTranslated(const QStringList &english, const QStringList &now, const QRegularExpression &script,
                      const char *what)
{
    ASSERT_FALSE(english.isEmpty()) << what;
    EXPECT_EQ(now.size(), english.size()) << what;
    qsizetype worded = 0;
    for (const QString &text : english) {
        if (!text.contains(kLatin))
            continue;
        ++worded;
        EXPECT_FALSE(now.contains(text)) << what << " still in English: " << text.toStdString();
    }
    const auto inScript = std::count_if(now.begin(), now.end(), [&](const QString &t) { return t.contains(script); });
    EXPECT_GE(inScript, worded) << what << ": " << now.join(u'|').toStdString();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

bool anyContains(const QStringList &texts, const QString &part)
{
    return std::any_of(texts.begin(), texts.end(), [&](const QString &t) { return t.contains(part); });
}

}  // namespace

TEST(Language, theViewMenuOffersTheThreeLanguagesAndRemembersTheChoice)
{
    Fixture f;
    ASSERT_NE(f.window->languageController(), nullptr);
    for (const char *id : {"en", "ko", "ja"})
        EXPECT_NE(f.window->findChild<QAction *>(QStringLiteral("language_") + QLatin1String(id)), nullptr) << id;
    f.switchTo("ja");
    EXPECT_EQ(currentLanguage(), Language::Japanese);
    EXPECT_TRUE(f.window->findChild<QAction *>(QStringLiteral("language_ja"))->isChecked());
    EXPECT_EQ(LanguageController::startupLanguage(std::nullopt), Language::Japanese);
    f.switchTo("en");
    EXPECT_EQ(currentLanguage(), Language::English);
    EXPECT_EQ(LanguageController::startupLanguage(std::nullopt), Language::English);
}

TEST(Language, koreanRetranslatesTheWindowAndEnglishRestoresIt)
{
    Fixture f;
    const QString title = f.window->windowTitle();
    const QStringList menus = f.menuTitles();
    const QStringList charts = chartTitles(f), axes = axisTitles(f), legend = legendEntries(f), kpis = kpiTitles(f);
    ASSERT_EQ(title, QStringLiteral("MedTour Dashboard — foreign patients in Korea"));
    ASSERT_EQ(menus.mid(0, 3), (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View")}));

    f.switchTo("ko");
    EXPECT_EQ(f.window->windowTitle(), QStringLiteral("MedTour 대시보드 — 한국의 외국인환자"));
    EXPECT_EQ(f.menuTitles().mid(0, 3),
              (QStringList{QStringLiteral("파일(&F)"), QStringLiteral("편집(&E)"), QStringLiteral("보기(&V)")}));
    EXPECT_EQ(f.dockTitle("filters"), QStringLiteral("필터"));
    EXPECT_EQ(f.dockTitle("datasets"), QStringLiteral("데이터셋"));
    EXPECT_EQ(f.tabText(0), QStringLiteral("대시보드(&D)"));
    EXPECT_EQ(f.tabText(1), QStringLiteral("비교(&O)"));
    EXPECT_EQ(f.window->explorationActions()->backAction()->iconText(), QStringLiteral("뒤로"))
        << "the toolbar shows no \"(B)\"";
    expectTranslated(charts, chartTitles(f), kHangul, "chart title");
    expectTranslated(axes, axisTitles(f), kHangul, "axis title");
    expectTranslated(legend, legendEntries(f), kHangul, "legend entry");
    expectTranslated(kpis, kpiTitles(f), kHangul, "KPI label");

    f.switchTo("en");
    EXPECT_EQ(f.window->windowTitle(), title);
    EXPECT_EQ(f.menuTitles(), menus);
    EXPECT_EQ(f.dockTitle("filters"), QStringLiteral("Filters"));
    EXPECT_EQ(f.dockTitle("datasets"), QStringLiteral("Datasets"));
    EXPECT_EQ(chartTitles(f), charts);
    EXPECT_EQ(axisTitles(f), axes);
    EXPECT_EQ(sorted(legendEntries(f)), sorted(legend));
    EXPECT_EQ(kpiTitles(f), kpis);
}

TEST(Language, japaneseRetranslatesTheWindow)
{
    Fixture f;
    const QStringList charts = chartTitles(f), axes = axisTitles(f), legend = legendEntries(f), kpis = kpiTitles(f);
    f.switchTo("ja");
    EXPECT_EQ(f.window->windowTitle(), QStringLiteral("MedTour ダッシュボード — 韓国の外国人患者"));
    EXPECT_EQ(f.menuTitles().mid(0, 3),
              (QStringList{QStringLiteral("ファイル(&F)"), QStringLiteral("編集(&E)"), QStringLiteral("表示(&V)")}));
    EXPECT_EQ(f.dockTitle("filters"), QStringLiteral("フィルター"));
    EXPECT_EQ(f.dockTitle("datasets"), QStringLiteral("データセット"));
    expectTranslated(charts, chartTitles(f), kJapanese, "chart title");
    expectTranslated(axes, axisTitles(f), kJapanese, "axis title");
    expectTranslated(legend, legendEntries(f), kJapanese, "legend entry");
    expectTranslated(kpis, kpiTitles(f), kJapanese, "KPI label");
}

TEST(Language, theNationalityChartNamesJapanInTheCurrentLanguage)
{
    Fixture f;
    EXPECT_TRUE(anyContains(nationalityNames(f), QStringLiteral("Japan")));
    f.switchTo("ko");
    EXPECT_TRUE(anyContains(nationalityNames(f), QStringLiteral("일본"))) << nationalityNames(f).join(u'|').toStdString();
    EXPECT_FALSE(anyContains(nationalityNames(f), QStringLiteral("Japan")));
    f.switchTo("ja");
    EXPECT_TRUE(anyContains(nationalityNames(f), QStringLiteral("日本"))) << nationalityNames(f).join(u'|').toStdString();
    EXPECT_FALSE(anyContains(nationalityNames(f), QStringLiteral("일본")));
    f.switchTo("en");
    EXPECT_TRUE(anyContains(nationalityNames(f), QStringLiteral("Japan")));
}

TEST(Language, aSwitchKeepsTheFilterIdsAndAddsNoUndoStep)
{
    Fixture f;
    f.window->exploration()->drillInto(Dimension::Nationality, QStringLiteral("Japan"));
    f.window->exploration()->drillInto(Dimension::Specialty, QStringLiteral("Dermatology"));
    const FilterState before = f.model->filter();
    const int steps = f.window->exploration()->undoStack()->count();
    for (const char *id : {"ko", "ja", "en"}) {
        f.switchTo(id);
        EXPECT_EQ(f.model->filter(), before) << id;
        EXPECT_EQ(f.window->exploration()->view().filter, before) << id;
        EXPECT_EQ(f.window->exploration()->undoStack()->count(), steps) << id;
    }
    EXPECT_EQ(f.model->filter().selection(Dimension::Nationality), QStringList{QStringLiteral("Japan")});
}

TEST(Language, undoStepsAreRenamedInTheNewLanguage)
{
    Fixture f;
    f.switchTo("ko");
    f.window->exploration()->drillInto(Dimension::Nationality, QStringLiteral("Japan"));
    EXPECT_EQ(f.model->filter().selection(Dimension::Nationality), QStringList{QStringLiteral("Japan")});
    EXPECT_EQ(f.window->exploration()->undoStack()->undoText(), QStringLiteral("국적 필터: 일본"));
    EXPECT_TRUE(f.window->explorationActions()->undoAction()->text().startsWith(QStringLiteral("실행 취소(&U)")));
    f.switchTo("ja");
    EXPECT_EQ(f.window->exploration()->undoStack()->undoText(), QStringLiteral("国籍を日本に絞り込み"));
    EXPECT_EQ(f.window->explorationActions()->undoAction()->text(), QStringLiteral("元に戻す(&U): 国籍を日本に絞り込み"));
    f.window->explorationActions()->undoAction()->trigger();
    EXPECT_TRUE(f.model->filter().selection(Dimension::Nationality).isEmpty());
    f.switchTo("en");
    EXPECT_EQ(f.window->exploration()->undoStack()->redoText(), QStringLiteral("Filter nationality to Japan"));
    EXPECT_EQ(f.window->explorationActions()->redoAction()->text(), QStringLiteral("&Redo Filter nationality to Japan"));
}

TEST(Language, aViewSavedInKoreanOpensInEnglish)
{
    Fixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("korean.medtour-view.json"));
    f.switchTo("ko");
    f.window->exploration()->drillInto(Dimension::Nationality, QStringLiteral("Japan"));
    ASSERT_FALSE(writeViewFile(f.window->exploration()->view(), path).has_value());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString json = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(json.contains(QStringLiteral("\"Japan\""))) << "views store ids";
    EXPECT_FALSE(json.contains(QStringLiteral("일본")));

    f.switchTo("en");
    f.window->exploration()->clearFilters();
    QStringList warnings;
    ASSERT_FALSE(f.window->viewFiles()->openView(path, &warnings).has_value());
    EXPECT_TRUE(warnings.isEmpty()) << warnings.join(u'\n').toStdString();
    EXPECT_EQ(f.model->filter().selection(Dimension::Nationality), QStringList{QStringLiteral("Japan")});
    EXPECT_TRUE(anyContains(nationalityNames(f), QStringLiteral("Japan")));
}

TEST(Language, openDialogsRetranslateAndKeepTheirChoices)
{
    Fixture f;
    PngExportDialog png(f.window.get());
    ReportSetupDialog setup(f.window.get());
    auto *orientation = setup.findChildren<QComboBox *>().at(1);
    orientation->setCurrentIndex(1);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("nations.csv"));
    QFile out(csv);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("nationality,2023,2024\nJapan,1,2\n");
    out.close();
    ImportDialog import(csv, {}, std::nullopt, f.window.get());
    import.roleCombo(0)->setCurrentIndex(3);  // Nationality

    f.switchTo("ko");
    EXPECT_EQ(png.windowTitle(), QStringLiteral("차트를 PNG로 내보내기"));
    EXPECT_EQ(setup.windowTitle(), QStringLiteral("보고서 페이지 설정"));
    EXPECT_EQ(orientation->currentIndex(), 1);
    EXPECT_EQ(orientation->currentText(), QStringLiteral("가로"));
    EXPECT_EQ(import.windowTitle(), QStringLiteral("nations.csv 가져오기"));
    EXPECT_EQ(import.roleCombo(0)->currentIndex(), 3);
    EXPECT_EQ(import.roleCombo(0)->currentText(), QStringLiteral("국적"));

    f.switchTo("en");
    EXPECT_EQ(png.windowTitle(), QStringLiteral("Export chart as PNG"));
    EXPECT_EQ(orientation->currentText(), QStringLiteral("Landscape"));
    EXPECT_EQ(import.roleCombo(0)->currentText(), QStringLiteral("Nationality"));
}
