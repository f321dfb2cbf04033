// End-to-end tests of medtour-dashboard's batch mode: the real binary, real files.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

namespace {

struct RunResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

RunResult runDashboard(const QStringList &args, const QMap<QString, QString> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(MEDTOUR_DASHBOARD_BIN), args);
    EXPECT_TRUE(p.waitForFinished(120000)) << "medtour-dashboard did not finish";
    return RunResult{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                     p.readAllStandardError()};
}

QJsonObject summaryJson(const QStringList &extraArgs)
{
    const RunResult r = runDashboard(QStringList{QStringLiteral("--summary-json"), QStringLiteral("-")} + extraArgs);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return doc.object();
}

QJsonObject growthRow(const QJsonObject &json, int year)
{
    for (const auto &v : json.value(QStringLiteral("charts")).toObject().value(QStringLiteral("yoy_growth")).toArray()) {
        if (v.toObject().value(QStringLiteral("year")).toInt() == year)
            return v.toObject();
    }
    return {};
}

QString dataFile(const char *name)
{
    return QStringLiteral(MEDTOUR_TEST_DATA_DIR "/") + QString::fromLatin1(name);
}

}  // namespace

TEST(BatchMode, summaryJsonGivesTheOfficialKpisFor2024)
{
    const QJsonObject json = summaryJson({QStringLiteral("--year"), QStringLiteral("2024")});
    EXPECT_EQ(json.value(QStringLiteral("focus_year")).toInt(), 2024);
    const QJsonObject kpis = json.value(QStringLiteral("kpis")).toObject();
    EXPECT_EQ(kpis.value(QStringLiteral("total_patients")).toInteger(), 1170467);
    EXPECT_DOUBLE_EQ(kpis.value(QStringLiteral("yoy_growth_pct")).toDouble(), 93.2);
    const QJsonObject nat = kpis.value(QStringLiteral("top_nationality")).toObject();
    EXPECT_EQ(nat.value(QStringLiteral("name")).toString(), QStringLiteral("Japan"));
    EXPECT_EQ(nat.value(QStringLiteral("patients")).toInteger(), 441112);
    EXPECT_DOUBLE_EQ(nat.value(QStringLiteral("share_pct")).toDouble(), 37.7);
    const QJsonObject spec = kpis.value(QStringLiteral("top_specialty")).toObject();
    EXPECT_EQ(spec.value(QStringLiteral("name")).toString(), QStringLiteral("Dermatology"));
    EXPECT_EQ(spec.value(QStringLiteral("count")).toInteger(), 705044);
    EXPECT_DOUBLE_EQ(spec.value(QStringLiteral("share_pct")).toDouble(), 56.6);
    const QJsonObject charts = json.value(QStringLiteral("charts")).toObject();
    for (const char *key : {"nationality_shares", "yoy_growth", "specialty_breakdown"})
        EXPECT_FALSE(charts.value(QLatin1String(key)).toArray().isEmpty()) << key;
}

TEST(BatchMode, unknownValuesAreNullNotZero)
{
    const QJsonObject json = summaryJson({QStringLiteral("--year"), QStringLiteral("2022")});
    bool sawShareOnly = false;
    for (const auto &v : json.value(QStringLiteral("charts")).toObject().value(QStringLiteral("nationality_shares")).toArray()) {
        const QJsonObject row = v.toObject();
        if (row.value(QStringLiteral("status")).toString() == QLatin1String("share_only")) {
            sawShareOnly = true;
            EXPECT_TRUE(row.value(QStringLiteral("patients")).isNull()) << row.value(QStringLiteral("name")).toString().toStdString();
            EXPECT_GT(row.value(QStringLiteral("share_pct")).toDouble(), 0.0);
        }
    }
    EXPECT_TRUE(sawShareOnly) << "2022 nationality figures are published as shares only";
}

class BatchModeNationality : public ::testing::TestWithParam<const char *> {};

TEST_P(BatchModeNationality, japanGrowthRowsRead187711To441112)
{
    const QJsonObject json = summaryJson({QStringLiteral("--nationality"), QString::fromUtf8(GetParam())});
    const QJsonObject y2023 = growthRow(json, 2023);
    const QJsonObject y2024 = growthRow(json, 2024);
    EXPECT_EQ(y2023.value(QStringLiteral("series")).toString(), QStringLiteral("Japan"));
    EXPECT_EQ(y2023.value(QStringLiteral("patients")).toInteger(), 187711);
    EXPECT_EQ(y2024.value(QStringLiteral("patients")).toInteger(), 441112);
    EXPECT_DOUBLE_EQ(y2024.value(QStringLiteral("yoy_pct")).toDouble(), 135.0);
}

INSTANTIATE_TEST_SUITE_P(EnglishAndKorean, BatchModeNationality, ::testing::Values("Japan", "일본"));

class BatchModePng : public ::testing::TestWithParam<const char *> {};

TEST_P(BatchModePng, writesThreePngsOfExactSizeAndDpi)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const RunResult r = runDashboard({QStringLiteral("--export-png"), dir.path(), QStringLiteral("--size"),
                                      QStringLiteral("1600x900"), QStringLiteral("--dpi"), QStringLiteral("300")},
                                     {{QStringLiteral("QT_SCALE_FACTOR"), QString::fromLatin1(GetParam())}});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const char *name : {"nationality-shares.png", "yoy-growth.png", "specialty-breakdown.png"}) {
        const QString path = QDir(dir.path()).filePath(QString::fromLatin1(name));
        QImage image(path);
        ASSERT_FALSE(image.isNull()) << name;
        EXPECT_EQ(image.size(), QSize(1600, 900)) << name;
        EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 300.0, 0.5) << name;
        EXPECT_NEAR(image.dotsPerMeterY() * 0.0254, 300.0, 0.5) << name;
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        EXPECT_GT(colours.size(), 20) << name << " looks blank";
    }
}

INSTANTIATE_TEST_SUITE_P(ScaleFactors, BatchModePng, ::testing::Values("1", "2"));

TEST(BatchMode, reportPdfHasTheOfficialFiguresAndEmbeddedFonts)
{
    QTemporaryDir dir;
    const QString pdf = QDir(dir.path()).filePath(QStringLiteral("report.pdf"));
    const RunResult r = runDashboard({QStringLiteral("--report-pdf"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!text.waitForStarted())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    text.waitForFinished();
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(content.contains(QStringLiteral("1,170,467")));
    EXPECT_TRUE(content.contains(QStringLiteral("93.2%")));
    EXPECT_FALSE(content.contains(QRegularExpression(QStringLiteral("\\d[.,]?\\d*e[+-]\\d")))) << "scientific notation";
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {pdf});
    fonts.waitForFinished();
    const QStringList lines = QString::fromUtf8(fonts.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 2) << "no fonts listed";
    for (const QString &line : lines.mid(2)) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // name type [encoding] emb sub uni object ID: "emb" is the 5th column from the end.
        ASSERT_GE(cols.size(), 7);
        EXPECT_EQ(cols.at(cols.size() - 5), QStringLiteral("yes")) << line.toStdString();
    }
}

TEST(BatchMode, usageErrorsExitWith2)
{
    EXPECT_EQ(runDashboard({QStringLiteral("--summary-json"), QStringLiteral("-"), QStringLiteral("--year"),
                            QStringLiteral("abc")}).exitCode, 2);
    EXPECT_EQ(runDashboard({QStringLiteral("--export-png"), QStringLiteral("/tmp/x"), QStringLiteral("--size"),
                            QStringLiteral("10")}).exitCode, 2);
    const RunResult unknown = runDashboard({QStringLiteral("--summary-json"), QStringLiteral("-"),
                                            QStringLiteral("--nationality"), QStringLiteral("Atlantis")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains("Atlantis"));
    EXPECT_EQ(runDashboard({QStringLiteral("--summary-json"), QStringLiteral("-"), QStringLiteral("--year"),
                            QStringLiteral("1990")}).exitCode, 2);
}

TEST(BatchMode, dataErrorExitsWith3NamingFileAndLine)
{
    const RunResult r = runDashboard({QStringLiteral("--data"), dataFile("bad_value.csv"), QStringLiteral("--summary-json"),
                                      QStringLiteral("-")});
    EXPECT_EQ(r.exitCode, 3);
    const QString err = QString::fromUtf8(r.err);
    EXPECT_TRUE(err.contains(QStringLiteral("bad_value.csv:3:"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("44x112"))) << err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
}

TEST(BatchMode, loadsAUserFileInTheTidyLayout)
{
    const QJsonObject json = summaryJson({QStringLiteral("--data"), dataFile("small_long.csv")});
    const QJsonObject kpis = json.value(QStringLiteral("kpis")).toObject();
    EXPECT_EQ(kpis.value(QStringLiteral("total_patients")).toInteger(), 1500);
    EXPECT_DOUBLE_EQ(kpis.value(QStringLiteral("yoy_growth_pct")).toDouble(), 50.0);
    EXPECT_EQ(kpis.value(QStringLiteral("top_nationality")).toObject().value(QStringLiteral("share_pct")).toDouble(), 60.0);
    EXPECT_TRUE(kpis.value(QStringLiteral("top_specialty")).isNull());
    // The user's file is the source, not the official statistics.
    EXPECT_EQ(json.value(QStringLiteral("source")).toString(), QStringLiteral("Source: small_long.csv (user file)"));
}

TEST(BatchMode, theReportOfAUserFileNeverCallsItOfficialStatistics)
{
    QTemporaryDir dir;
    const QString pdf = QDir(dir.path()).filePath(QStringLiteral("report.pdf"));
    const RunResult r = runDashboard({QStringLiteral("--data"), dataFile("small_long.csv"), QStringLiteral("--report-pdf"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!text.waitForStarted())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    text.waitForFinished();
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(content.contains(QStringLiteral("Data from small_long.csv (user file)"))) << qPrintable(content.left(1500));
    EXPECT_TRUE(content.contains(QStringLiteral("Source: small_long.csv (user file)")));
    EXPECT_FALSE(content.contains(QStringLiteral("Official statistics")));
    EXPECT_FALSE(content.contains(QStringLiteral("MOHW"))) << "on no page";
    // The file has no countries-of-origin figure; no filter is applied, so none is blamed.
    EXPECT_TRUE(content.contains(QStringLiteral("not in this dataset")));
    EXPECT_FALSE(content.contains(QStringLiteral("not published for a filtered slice")));
}

TEST(BatchMode, picturesOfAUserFileNameItAsTheSource)
{
    QTemporaryDir dir;
    const RunResult r = runDashboard({QStringLiteral("--data"), dataFile("small_long.csv"), QStringLiteral("--export-svg"), dir.path()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile svg(dir.filePath(QStringLiteral("nationality-shares.svg")));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svg.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Source: small_long.csv (user file)"))) << "the description and the drawn line";
    EXPECT_FALSE(text.contains(QStringLiteral("MOHW"))) << "user data is never credited to MOHW / KHIDI";
}

// A headless machine (no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM): --help and usage
// errors still work, and the window says it needs a display instead of aborting.
TEST(BatchMode, withoutADisplayHelpWorksAndTheWindowSaysWhatToDo)
{
    QProcessEnvironment headless = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        headless.remove(QString::fromLatin1(name));
    const auto run = [&headless](const QStringList &args) {
        QProcess p;
        p.setProcessEnvironment(headless);
        p.start(QStringLiteral(MEDTOUR_DASHBOARD_BIN), args);
        EXPECT_TRUE(p.waitForFinished(120000));
        return RunResult{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                         p.readAllStandardError()};
    };
    const RunResult help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0) << help.err.toStdString();
    EXPECT_TRUE(help.out.contains("--report-pdf")) << help.out.toStdString();

    const RunResult unknown = run({QStringLiteral("--bogus")});
    EXPECT_EQ(unknown.exitCode, 2) << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains("Unknown option 'bogus'")) << unknown.err.toStdString();

    const RunResult window = run({});
    EXPECT_EQ(window.exitCode, 2) << window.err.toStdString();
    EXPECT_TRUE(window.err.contains("no display for the window")) << window.err.toStdString();
    EXPECT_TRUE(window.err.contains("--report-pdf")) << window.err.toStdString();
}
