// A 200,000-record registry opens through the parallel record-level reader off the UI thread:
// the event loop keeps turning, progress reaches the UI and the dashboard gets the counts.
#include <app/datasetcontroller.h>
#include <app/datasetloader.h>
#include <app/mainwindow.h>
#include <model/dashboardmodel.h>
#include <model/datasetregistry.h>
#include <model/import/importer.h>
#include <views/appfonts.h>

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

// 200,000 visits 2020-2024: nationality, specialty, region, sex (ignored); about 9 MB.
QByteArray registry()
{
    const char *nat[] = {"Japan", "China", "United States", "Taiwan", "Thailand", "Mongolia", "Vietnam"};
    const char *spec[] = {"Dermatology", "Plastic surgery", "Internal medicine (integrated)", "Health screening center"};
    const char *region[] = {"Seoul", "Busan", "Jeju", "Incheon", "Gyeonggi"};
    QByteArray csv = "visit_date,nationality,specialty,region,sex\n";
    csv.reserve(9 << 20);
    for (int i = 0; i < 200000; ++i) {
        csv += QByteArray::number(2020 + i % 5) + "-0" + QByteArray::number(1 + i % 9) + "-1" + QByteArray::number(i % 10);
        csv += ',';
        csv += nat[(i * 7 + i / 3) % 7];
        csv += ',';
        csv += spec[(i / 7) % 4];
        csv += ',';
        csv += region[(i / 11) % 5];
        csv += i % 3 ? ",F\n" : ",M\n";
    }
    return csv;
}

}  // namespace

TEST(RegistryLoad, opensA200kRegistryThroughTheFastPathWhileTheEventLoopTurns)
{
    QSettings().remove(QStringLiteral("datasets"));
    installApplicationFonts();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("registry.csv"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(registry());
    }
    const ImportResult direct = importFile(file);
    ASSERT_TRUE(direct.cube);
    EXPECT_TRUE(direct.provenance.guesses.join(QLatin1Char('\n')).contains(QStringLiteral("parallel record-level reader")));

    QObject owner;
    auto *model = new DashboardModel(&owner);
    ASSERT_FALSE(model->loadBuiltin().has_value());
    MainWindow window(model);
    DatasetController *datasets = window.datasets();
    int ticks = 0;
    QTimer timer;
    timer.setInterval(1);
    QObject::connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
    timer.start();
    QSignalSpy finished(datasets, &DatasetController::loadFinished);
    datasets->open(file);
    EXPECT_EQ(finished.count(), 0) << "open() returns before the file is read";
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
    EXPECT_GT(ticks, 0) << "the UI thread kept handling events during the load";
    EXPECT_EQ(model->cube()->rowCount(), direct.cube->rowCount());
    EXPECT_EQ(model->cube()->years().size(), 5u);
    const CellKey total{2024, direct.spec.measure, {}};
    ASSERT_GE(model->cube()->find(total), 0);
    EXPECT_EQ(model->cube()->row(model->cube()->find(total)).value, 40000);
}
