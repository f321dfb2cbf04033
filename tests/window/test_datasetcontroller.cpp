// Files open off the UI thread (the event loop keeps turning), land in the registry and drive
// the dashboard; a file with an error leaves the previous dataset active; reload, remove,
// drag and drop and recent files go through the same path.
#include <app/datasetcontroller.h>
#include <app/datasetloader.h>
#include <app/mainwindow.h>
#include <model/dashboardmodel.h>
#include <model/datasetregistry.h>
#include <model/observation.h>
#include <views/appfonts.h>
#include <views/chartpanel.h>
#include <views/dashboardchart.h>
#include <views/datasetspanel.h>
#include <views/translations.h>

#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

constexpr int kTimeoutMs = 60000;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// A long table large enough to take a while: 25 years x 8,000 nationalities.
QByteArray largeLongTable()
{
    QByteArray csv = "연도,국적,환자수\n";
    for (int year = 2000; year < 2025; ++year) {
        for (int n = 0; n < 8000; ++n)
            csv += QByteArray::number(year) + ",Country " + QByteArray::number(n) + ',' + QByteArray::number(n + year) + '\n';
    }
    return csv;
}

struct Fixture {
    QTemporaryDir dir;
    QObject owner;
    DashboardModel *model = new DashboardModel(&owner);
    std::unique_ptr<MainWindow> window;
    DatasetController *datasets = nullptr;
    Fixture()
    {
        QSettings().remove(QStringLiteral("datasets"));
        installApplicationFonts();
        EXPECT_FALSE(model->loadBuiltin().has_value());
        window = std::make_unique<MainWindow>(model);
        datasets = window->datasets();
    }
    QString path(const char *name) const { return dir.filePath(QString::fromUtf8(name)); }
    // Opens `file` and waits for the load to end; returns loadFinished's `ok`.
    bool load(const QString &file, QString *message = nullptr)
    {
        QSignalSpy finished(datasets, &DatasetController::loadFinished);
        datasets->open(file);
        if (!finished.wait(kTimeoutMs))
            return false;
        if (message)
            *message = finished.first().at(1).toString();
        return finished.first().at(0).toBool();
    }
};

}  // namespace

TEST(DatasetController, registersTheBuiltinDatasetFirst)
{
    Fixture f;
    ASSERT_EQ(f.datasets->registry()->count(), 1);
    EXPECT_TRUE(f.datasets->registry()->entry(0).builtin);
    EXPECT_EQ(f.datasets->registry()->entry(0).cube, f.model->cube());
}

TEST(DatasetController, loadsOffTheUiThreadWhileTheEventLoopTurns)
{
    Fixture f;
    const QString file = f.path("large.csv");
    writeFile(file, largeLongTable());
    int ticks = 0;
    QTimer timer;
    timer.setInterval(1);
    QObject::connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
    timer.start();
    QSignalSpy finished(f.datasets, &DatasetController::loadFinished);
    f.datasets->open(file);
    EXPECT_EQ(finished.count(), 0) << "open() returns before the file is read";
    EXPECT_TRUE(f.datasets->isLoading());
    ASSERT_TRUE(finished.wait(kTimeoutMs));
    EXPECT_GT(ticks, 2) << "the UI thread kept handling events during the load";
    ASSERT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
    EXPECT_GT(f.datasets->loader()->progressPermille(), 0) << "progress reached the UI thread";
    EXPECT_EQ(f.datasets->registry()->count(), 2);
    EXPECT_EQ(f.datasets->registry()->activeRow(), 1);
    EXPECT_EQ(f.model->cube(), f.datasets->registry()->entry(1).cube);
    EXPECT_EQ(f.model->cube()->years().size(), 25u);
}

TEST(DatasetController, fileWithAnErrorLeavesThePreviousDatasetActive)
{
    Fixture f;
    writeFile(f.path("good.csv"), "연도,국적,환자수\n2023,Japan,100\n2024,Japan,200\n");
    writeFile(f.path("bad.csv"), "연도,국적,환자수\n2024,Japan,abc\n");
    ASSERT_TRUE(f.load(f.path("good.csv")));
    const auto good = f.model->cube();
    QString message;
    EXPECT_FALSE(f.load(f.path("bad.csv"), &message));
    EXPECT_TRUE(message.contains(QStringLiteral("bad.csv:2:"))) << message.toStdString();
    EXPECT_EQ(f.model->cube(), good);
    EXPECT_EQ(f.datasets->registry()->count(), 2);
    const auto boxes = f.window->findChildren<QMessageBox *>();
    ASSERT_FALSE(boxes.isEmpty()) << "the error is shown";
    EXPECT_TRUE(boxes.last()->text().contains(QStringLiteral("bad.csv:2:")));
    EXPECT_TRUE(boxes.last()->text().contains(QStringLiteral("previous dataset")));
}

TEST(DatasetController, emptyFileIsRefusedCleanly)
{
    Fixture f;
    writeFile(f.path("empty.csv"), QByteArray());
    QString message;
    EXPECT_FALSE(f.load(f.path("empty.csv"), &message));
    EXPECT_TRUE(message.contains(QStringLiteral("empty"))) << message.toStdString();
    EXPECT_EQ(f.datasets->registry()->count(), 1);
}

TEST(DatasetController, reloadReadsTheFileAgainAndKeepsItActive)
{
    Fixture f;
    const QString file = f.path("kosis.csv");
    writeFile(file, "연도,국적,환자수\n2024,Japan,200\n");
    ASSERT_TRUE(f.load(file));
    EXPECT_EQ(f.model->cube()->rowCount(), 1);
    writeFile(file, "연도,국적,환자수\n2024,Japan,200\n2024,China,100\n");
    QSignalSpy finished(f.datasets, &DatasetController::loadFinished);
    f.datasets->reload(1);
    ASSERT_TRUE(finished.wait(kTimeoutMs));
    EXPECT_TRUE(finished.first().at(0).toBool());
    EXPECT_EQ(f.datasets->registry()->count(), 2) << "replaced, not added";
    EXPECT_EQ(f.model->cube()->rowCount(), 2);
    EXPECT_FALSE(f.datasets->registry()->entry(1).importOptions.value(QStringLiteral("spec")).toObject().isEmpty());
}

TEST(DatasetController, removingTheActiveFileReturnsToBuiltin)
{
    Fixture f;
    writeFile(f.path("a.csv"), "연도,국적,환자수\n2024,Japan,200\n");
    ASSERT_TRUE(f.load(f.path("a.csv")));
    // The status bar and the charts' exports credit the loaded file, not the official statistics.
    auto *source = f.window->findChild<QLabel *>(QStringLiteral("sourceLine"));
    ASSERT_NE(source, nullptr);
    EXPECT_EQ(source->text(), QStringLiteral("Source: a.csv (user file)"));
    EXPECT_EQ(f.window->chartPanels().first()->dashboardChart()->provenance(), f.model->cube()->provenance());
    QSignalSpy activated(f.datasets, &DatasetController::datasetActivated);
    f.datasets->remove(1);
    EXPECT_EQ(activated.count(), 1);
    EXPECT_EQ(f.model->cube(), f.datasets->registry()->entry(0).cube);
    EXPECT_EQ(f.model->summary().total.value, 1170467);
    EXPECT_EQ(source->text(), sourceLine());
    EXPECT_EQ(f.model->filter().fromYear, 2009) << "all years of the file are all years of the built-in data";
    EXPECT_EQ(f.model->filter().toYear, 2024);
}

TEST(DatasetController, droppedFilesAreOpened)
{
    Fixture f;
    writeFile(f.path("dropped.csv"), "연도,국적,환자수\n2024,Japan,200\n");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(f.path("dropped.csv")), QUrl::fromLocalFile(f.path("notes.pdf"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(f.window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QSignalSpy finished(f.datasets, &DatasetController::loadFinished);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(f.window.get(), &drop);
    ASSERT_TRUE(finished.wait(kTimeoutMs));
    EXPECT_TRUE(finished.first().at(0).toBool());
    EXPECT_EQ(f.datasets->registry()->entry(f.datasets->registry()->activeRow()).name, QStringLiteral("dropped.csv"));
}

TEST(DatasetController, recentFilesKeepTheLatestEight)
{
    Fixture f;
    for (int i = 0; i < 10; ++i) {
        const QString file = f.dir.filePath(QStringLiteral("f%1.csv").arg(i));
        writeFile(file, "year,nationality,patients\n2024,Japan," + QByteArray::number(i + 1) + '\n');
        ASSERT_TRUE(f.load(file));
    }
    const QStringList recent = DatasetController::recentFiles();
    ASSERT_EQ(recent.size(), DatasetController::kMaxRecentFiles);
    EXPECT_TRUE(recent.first().endsWith(QStringLiteral("f9.csv")));
    EXPECT_TRUE(recent.last().endsWith(QStringLiteral("f2.csv")));
}

TEST(DatasetController, datasetsDockListsTheLoadedFileWithItsWarnings)
{
    Fixture f;
    writeFile(f.path("외국인환자_2024.csv"), "연도,국적,환자수\n2024,Japan,441112\n2024,China,-5\n");
    ASSERT_TRUE(f.load(f.path("외국인환자_2024.csv")));
    const DatasetRegistry &registry = *f.datasets->registry();
    EXPECT_FALSE(registry.entry(1).warnings.isEmpty()) << "a negative count is a warning";
    EXPECT_TRUE(registry.index(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("negative")));
    const QStringList provenance = registry.entry(1).provenance;
    ASSERT_EQ(provenance.size(), 3);
    EXPECT_TRUE(provenance.at(1).contains(QStringLiteral("UTF-8"))) << provenance.at(1).toStdString();
    EXPECT_TRUE(provenance.at(2).contains(QStringLiteral("2 rows"))) << provenance.at(2).toStdString();
    auto *dock = f.window->findChild<QDockWidget *>(QStringLiteral("datasets"));
    ASSERT_NE(dock, nullptr);
    f.window->resize(1440, 900);
    f.window->show();
    dock->raise();
    const QImage image = f.window->grab().toImage();
    EXPECT_FALSE(image.isNull());
    EXPECT_TRUE(f.datasets->panel()->isVisible());
    if (!qEnvironmentVariableIsEmpty("MEDTOUR_SCREENSHOT_DIR"))
        image.save(qEnvironmentVariable("MEDTOUR_SCREENSHOT_DIR") + QStringLiteral("/window-datasets.png"));
}

TEST(DatasetController, aLanguageSwitchRewordsTheProvenanceOfLoadedFilesWithoutReloading)
{
    Fixture f;
    const QString file = f.path("kosis.csv");
    writeFile(file, "연도,국적,환자수\n2024,Japan,200\n2024,China,100\n");
    ASSERT_TRUE(f.load(file));
    const auto cube = f.model->cube();
    const QString english = f.datasets->registry()->entry(1).provenance.join(u'\n');
    EXPECT_TRUE(english.contains(QStringLiteral("2 rows → 2 observations"))) << english.toStdString();
    QSignalSpy activated(f.datasets, &DatasetController::datasetActivated);
    applyLanguage(Language::Korean);
    const QString korean = f.datasets->registry()->entry(1).provenance.join(u'\n');
    applyLanguage(Language::English);
    EXPECT_TRUE(korean.contains(QStringLiteral("2행 → 관측값 2개"))) << korean.toStdString();
    EXPECT_EQ(f.model->cube(), cube) << "the same dataset stays active";
    EXPECT_EQ(activated.count(), 0);
    EXPECT_EQ(f.datasets->registry()->entry(1).provenance.join(u'\n'), english);
}
