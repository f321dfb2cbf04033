// End-to-end: the batch mode on a record-level registry (one row per patient, with a specialty
// column) prints a real-patient total and says how the records were counted.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST(BatchRegistry, recordLevelFileWithSpecialtiesPrintsATotalOfPatients)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("registry.csv"));
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral(MEDTOUR_TEST_DATA_DIR "/../bench/generate_registry.py"),
                                             QStringLiteral("--rows"), QStringLiteral("200000"), QStringLiteral("--seed"),
                                             QStringLiteral("5"), QStringLiteral("--out"), file});
    ASSERT_TRUE(python.waitForFinished(60000));
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    QFile json(file + QStringLiteral(".marginals.json"));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    const qint64 rows2024 = QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("years")).toObject()
                                .value(QStringLiteral("2024")).toInteger();
    ASSERT_GT(rows2024, 0);

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MEDTOUR_DASHBOARD_BIN), {QStringLiteral("--data"), file, QStringLiteral("--summary-json"),
                                                    QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    ASSERT_EQ(p.exitCode(), 0) << err.toStdString();
    const QJsonObject out = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    EXPECT_EQ(out.value(QStringLiteral("focus_year")).toInt(), 2024);
    const QJsonObject kpis = out.value(QStringLiteral("kpis")).toObject();
    ASSERT_FALSE(kpis.value(QStringLiteral("total_patients")).isNull()) << "no total for a record-level file";
    EXPECT_EQ(kpis.value(QStringLiteral("total_patients")).toInteger(), rows2024);
    EXPECT_FALSE(kpis.value(QStringLiteral("yoy_growth_pct")).isNull());
    EXPECT_FALSE(kpis.value(QStringLiteral("top_nationality")).toObject().value(QStringLiteral("share_pct")).isNull());
    EXPECT_FALSE(kpis.value(QStringLiteral("top_specialty")).toObject().value(QStringLiteral("count")).isNull());
    // The caveat (a file of visits would overstate real patients) is printed once.
    const QString note = QStringLiteral("record-level: each row counted as one patient; cells by specialty are "
                                        "department-based counts");
    EXPECT_EQ(err.count(note), 1) << err.toStdString();
}
