// End-to-end: the batch mode on a record-level registry (one row per patient, with a specialty
// column) prints a real-patient total and says how the records were counted.
#include <QFile>
#include "../common/generatedregistry.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST(BatchRegistry, recordLevelFileWithSpecialtiesPrintsATotalOfPatients)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("registry.csv"));
    QString generatorError;
    const auto marginals = medtour::test::generateRegistry(file, 200000, 5, &generatorError);
    ASSERT_TRUE(marginals) << generatorError.toStdString();
    const qint64 rows2024 = marginals->value(QStringLiteral("years")).toObject().value(QStringLiteral("2024")).toInteger();
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
