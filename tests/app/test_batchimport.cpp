// End-to-end: the batch mode reads the files analysts have (long or wide, CSV/TSV/semicolon or
// XLSX, UTF-8/UTF-16/CP949) and gives the same KPIs for the same figures.
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct DashboardRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

DashboardRun dashboard(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MEDTOUR_DASHBOARD_BIN), args);
    EXPECT_TRUE(p.waitForFinished(120000));
    return DashboardRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
               QString::fromUtf8(p.readAllStandardError())};
}

QString fixture(const QString &name)
{
    return QStringLiteral(MEDTOUR_TEST_DATA_DIR "/import/") + name;
}

QJsonObject kpisOf(const DashboardRun &run)
{
    return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("kpis")).toObject();
}

}  // namespace

class BatchImport : public ::testing::TestWithParam<const char *> {};

TEST_P(BatchImport, sameKpisWhateverTheFileFormat)
{
    const DashboardRun run = dashboard({QStringLiteral("--data"), fixture(QString::fromLatin1(GetParam())), QStringLiteral("--year"),
                               QStringLiteral("2024"), QStringLiteral("--summary-json"), QStringLiteral("-")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject kpis = kpisOf(run);
    EXPECT_EQ(kpis.value(QStringLiteral("total_patients")).toInteger(), 1170467);
    EXPECT_DOUBLE_EQ(kpis.value(QStringLiteral("yoy_growth_pct")).toDouble(), 93.2);
    const QJsonObject top = kpis.value(QStringLiteral("top_nationality")).toObject();
    EXPECT_EQ(top.value(QStringLiteral("name")).toString(), QStringLiteral("Japan"));
    EXPECT_EQ(top.value(QStringLiteral("patients")).toInteger(), 441112);
    EXPECT_DOUBLE_EQ(top.value(QStringLiteral("share_pct")).toDouble(), 37.7);
    // The batch mode says what it guessed.
    EXPECT_TRUE(run.err.contains(QStringLiteral("(detected)")) || run.err.contains(QStringLiteral("XLSX")))
        << run.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Formats, BatchImport,
                         ::testing::Values("i_kpi_long.csv", "i_kpi_wide.csv", "i_kpi_long.xlsx", "i_kpi_wide.xlsx",
                                           "i_kpi_long_cp949.tsv", "i_kpi_wide_cp949_semicolon.csv", "r_utf8.csv",
                                           "r_utf16le.tsv", "r_utf16be.csv", "r_cp949.csv", "r_cr_only.csv",
                                           "r_table.xlsx"));

TEST(BatchImportOptions, koreanNationalityNameWorksOnAKoreanFile)
{
    const DashboardRun run = dashboard({QStringLiteral("--data"), fixture(QStringLiteral("r_cp949.csv")), QStringLiteral("--nationality"),
                               QStringLiteral("일본"), QStringLiteral("--summary-json"), QStringLiteral("-")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(kpisOf(run).value(QStringLiteral("total_patients")).toInteger(), 441112);
}

TEST(BatchImportOptions, aWrongForcedEncodingIsADataErrorWithLineAndColumn)
{
    const DashboardRun run = dashboard({QStringLiteral("--data"), fixture(QStringLiteral("r_cp949.csv")), QStringLiteral("--encoding"),
                               QStringLiteral("UTF-8"), QStringLiteral("--summary-json"), QStringLiteral("-")});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(QStringLiteral("r_cp949.csv:"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(BatchImportOptions, unknownEncodingOrNumberLocaleIsAUsageError)
{
    EXPECT_EQ(dashboard({QStringLiteral("--encoding"), QStringLiteral("KOI8-R"), QStringLiteral("--summary-json"),
                         QStringLiteral("-")}).exitCode, 2);
    EXPECT_EQ(dashboard({QStringLiteral("--number-locale"), QStringLiteral("arabic"), QStringLiteral("--summary-json"),
                         QStringLiteral("-")}).exitCode, 2);
}

TEST(BatchImportOptions, secondSheetByKoreanName)
{
    const DashboardRun run = dashboard({QStringLiteral("--data"), fixture(QStringLiteral("r_table.xlsx")), QStringLiteral("--sheet"),
                               QStringLiteral("국적별"), QStringLiteral("--summary-json"), QStringLiteral("-")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(kpisOf(run).value(QStringLiteral("total_patients")).toInteger(), 1170467);
    EXPECT_TRUE(run.err.contains(QStringLiteral("국적별"))) << run.err.toStdString();
}

TEST(BatchImportOptions, severalDataFilesAreCombinedAndConflictsAreDataErrors)
{
    QTemporaryDir dir;
    const QString y2023 = dir.filePath(QStringLiteral("y2023.csv"));
    const QString y2024 = dir.filePath(QStringLiteral("y2024.csv"));
    QFile a(y2023);
    ASSERT_TRUE(a.open(QIODevice::WriteOnly));
    a.write("year,nationality,patients\n2023,Total,605768\n2023,Japan,187711\n");
    a.close();
    QFile b(y2024);
    ASSERT_TRUE(b.open(QIODevice::WriteOnly));
    b.write("year,nationality,patients\n2024,Total,1170467\n2024,Japan,441112\n");
    b.close();
    const DashboardRun run = dashboard({QStringLiteral("--data"), y2023, QStringLiteral("--data"), y2024, QStringLiteral("--summary-json"),
                               QStringLiteral("-")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(kpisOf(run).value(QStringLiteral("total_patients")).toInteger(), 1170467);
    EXPECT_DOUBLE_EQ(kpisOf(run).value(QStringLiteral("yoy_growth_pct")).toDouble(), 93.2);
    const DashboardRun conflict = dashboard({QStringLiteral("--data"), y2024, QStringLiteral("--data"), y2024,
                                    QStringLiteral("--summary-json"), QStringLiteral("-")});
    EXPECT_EQ(conflict.exitCode, 3);
    EXPECT_TRUE(conflict.err.contains(QStringLiteral("both give 2024"))) << conflict.err.toStdString();
}
