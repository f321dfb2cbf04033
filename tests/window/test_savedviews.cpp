// Saved views in the window: save, change, open again; a view naming a category the data
// lacks opens with a warning; the last view comes back through QSettings.
#include <app/explorationcontroller.h>
#include <app/explorationviewfiles.h>
#include <app/mainwindow.h>
#include <model/dashboardmodel.h>
#include <views/appfonts.h>

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

struct Fixture {
    QObject owner;
    DashboardModel *model = new DashboardModel(&owner);
    std::unique_ptr<MainWindow> window;
    QTemporaryDir dir;
    Fixture()
    {
        installApplicationFonts();
        EXPECT_FALSE(model->loadBuiltin().has_value());
        window = std::make_unique<MainWindow>(model);
    }
    ExplorationController *exploration() const { return window->exploration(); }
};

}  // namespace

TEST(SavedViews, aSavedViewOpensAgainAsOneUndoStep)
{
    Fixture f;
    f.exploration()->drillInto(Dimension::Nationality, QStringLiteral("Japan"));
    f.exploration()->setSpecialtyMode(SpecialtyChartMode::StackedYears);
    f.exploration()->setFocusYear(2023);
    const ViewState saved = f.exploration()->view();
    const QString path = f.dir.filePath(QStringLiteral("japan.medtour-view.json"));
    ASSERT_FALSE(writeViewFile(saved, path).has_value());
    f.exploration()->clearFilters();
    f.exploration()->setSpecialtyMode(SpecialtyChartMode::FocusYearBars);
    const int steps = f.exploration()->undoStack()->count();
    QStringList warnings;
    ASSERT_FALSE(f.window->viewFiles()->openView(path, &warnings).has_value());
    EXPECT_TRUE(warnings.isEmpty());
    EXPECT_EQ(f.exploration()->view(), saved);
    EXPECT_EQ(f.model->filter().focusYear, 2023);
    EXPECT_EQ(f.exploration()->undoStack()->count(), steps + 1);
}

TEST(SavedViews, aViewNamingAMissingCategoryOpensWithAWarning)
{
    Fixture f;
    ViewState v;
    v.filter.selection(Dimension::Nationality) = {QStringLiteral("Japan"), QStringLiteral("Atlantis")};
    const QString path = f.dir.filePath(QStringLiteral("old.json"));
    ASSERT_FALSE(writeViewFile(v, path).has_value());
    QStringList warnings;
    ASSERT_FALSE(f.window->viewFiles()->openView(path, &warnings).has_value());
    EXPECT_EQ(warnings, QStringList{QStringLiteral("Nationality \"Atlantis\" is not in the data; left out")});
    EXPECT_EQ(f.model->filter().selection(Dimension::Nationality), QStringList{QStringLiteral("Japan")});
}

TEST(SavedViews, aBrokenFileIsAnErrorAndChangesNothing)
{
    Fixture f;
    const QString path = f.dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"medtour-view\", ");
    file.close();
    QStringList warnings;
    const auto error = f.window->viewFiles()->openView(path, &warnings);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->file, path);
    EXPECT_EQ(f.exploration()->undoStack()->count(), 0);
}

// A broken view file is an error at the line and column where the JSON breaks; valid JSON
// that is not an object says what a saved view looks like.
TEST(SavedViews, badJsonIsAnErrorAtItsLineAndColumn)
{
    QTemporaryDir dir;
    const auto write = [&dir](const char *name, const QByteArray &bytes) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    };
    Error error;
    const QString broken = write("broken.json", "{\n  \"format\": \"medtour-view\",\n  \"version\": 1,\n  oops\n}\n");
    ASSERT_FALSE(readViewFile(broken, &error).has_value());
    EXPECT_EQ(error.file, broken);
    EXPECT_EQ(error.line, 4);
    EXPECT_GE(error.column, 3);
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("not valid JSON: "))) << error.message.toStdString();

    const QString array = write("array.json", "[]");
    ASSERT_FALSE(readViewFile(array, &error).has_value());
    EXPECT_TRUE(error.message.contains(QStringLiteral("not a saved view"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("medtour-view")));
}

TEST(SavedViews, theLastViewComesBackAtTheNextStart)
{
    QSettings().remove(QStringLiteral("view/last"));
    {
        Fixture f;
        EXPECT_FALSE(f.window->restoreLastView());
        f.exploration()->drillInto(Dimension::Nationality, QStringLiteral("China"));
        f.exploration()->setGrowthLogScale(true);
        f.window->close();  // saves "view/last"
    }
    Fixture g;
    ASSERT_TRUE(g.window->restoreLastView());
    EXPECT_EQ(g.model->filter().selection(Dimension::Nationality), QStringList{QStringLiteral("China")});
    EXPECT_TRUE(g.exploration()->view().growthLogScale);
    EXPECT_EQ(g.exploration()->undoStack()->count(), 0);  // a restore is not an undo step
    QSettings().remove(QStringLiteral("view/last"));
}
