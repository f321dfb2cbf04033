// End-to-end tests of the batch export options of issue 5: --export-svg, --transparent,
// --page-size, --orientation, --report-observations (the real binary, real files).
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct RunResult {
    int exitCode = -1;
    QByteArray err;
};

RunResult run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(MEDTOUR_DASHBOARD_BIN), args);
    EXPECT_TRUE(p.waitForFinished(120000));
    return RunResult{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardError()};
}

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

}  // namespace

TEST(BatchExport, exportSvgWritesThreeChartsWithRealText)
{
    QTemporaryDir dir;
    const RunResult r = run({QStringLiteral("--export-svg"), dir.path()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QList<std::pair<const char *, const char *>> files{{"nationality-shares.svg", "Nationality shares"},
                                                             {"yoy-growth.svg", "growth"},
                                                             {"specialty-breakdown.svg", "Specialt"}};
    for (const auto &[name, title] : files) {
        QFile file(QDir(dir.path()).filePath(QString::fromLatin1(name)));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name;
        const QString svg = QString::fromUtf8(file.readAll());
        EXPECT_TRUE(svg.startsWith(QStringLiteral("<?xml"))) << name;
        const QRegularExpression text(QStringLiteral("<text[^>]*>[^<]*%1").arg(QString::fromLatin1(title)));
        EXPECT_TRUE(text.match(svg).hasMatch()) << name << ": no <text> with the title";
    }
}

TEST(BatchExport, transparentPngHasAlphaAndSolidHasNone)
{
    QTemporaryDir solid;
    QTemporaryDir clear;
    ASSERT_EQ(run({QStringLiteral("--export-png"), solid.path(), QStringLiteral("--size"), QStringLiteral("800x500")}).exitCode, 0);
    const RunResult r = run({QStringLiteral("--export-png"), clear.path(), QStringLiteral("--size"), QStringLiteral("800x500"),
                             QStringLiteral("--transparent")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QImage a(QDir(solid.path()).filePath(QStringLiteral("yoy-growth.png")));
    const QImage b(QDir(clear.path()).filePath(QStringLiteral("yoy-growth.png")));
    EXPECT_EQ(qAlpha(a.pixel(2, 2)), 255);
    EXPECT_EQ(qAlpha(b.pixel(2, 2)), 0);
    EXPECT_EQ(b.size(), QSize(800, 500));
}

TEST(BatchExport, reportOnLetterLandscapeHasThatPageSize)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed";
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("letter.pdf"));
    const RunResult r = run({QStringLiteral("--report-pdf"), pdf, QStringLiteral("--page-size"), QStringLiteral("Letter"),
                             QStringLiteral("--orientation"), QStringLiteral("landscape")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(info.contains(QStringLiteral("792 x 612 pts"))) << info.toStdString();
}

TEST(BatchExport, reportObservationsAddsPagesWithTheTableHeaderRepeated)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("obs.pdf"));
    const RunResult r = run({QStringLiteral("--report-pdf"), pdf, QStringLiteral("--report-observations"),
                             QStringLiteral("--nationality"), QStringLiteral("Japan"), QStringLiteral("--nationality"),
                             QStringLiteral("China")});  // 58 observations: longer than a page
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList pages = tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                                  .split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    const QRegularExpression header(QStringLiteral("Year\\s+Measure\\s+Nationality"));
    int withHeader = 0;
    for (const QString &page : pages)
        withHeader += header.match(page).hasMatch() ? 1 : 0;
    EXPECT_GE(withHeader, 2);
}

TEST(BatchExport, badPageOptionsAreUsageErrors)
{
    const RunResult size = run({QStringLiteral("--report-pdf"), QStringLiteral("/tmp/never.pdf"), QStringLiteral("--page-size"),
                                QStringLiteral("A3")});
    EXPECT_EQ(size.exitCode, 2);
    EXPECT_TRUE(size.err.contains("--page-size")) << size.err.toStdString();
    const RunResult orientation = run({QStringLiteral("--report-pdf"), QStringLiteral("/tmp/never.pdf"),
                                       QStringLiteral("--orientation"), QStringLiteral("sideways")});
    EXPECT_EQ(orientation.exitCode, 2);
    EXPECT_FALSE(QFile::exists(QStringLiteral("/tmp/never.pdf")));
}

TEST(BatchExport, unwritableReportIsAnOutputErrorAndTheOldFileStays)
{
    QTemporaryDir dir;
    // A name of the maximum length can exist, but the save's temporary file beside it cannot.
    const QString pdf = dir.filePath(QString(251, QLatin1Char('p')) + QStringLiteral(".pdf"));
    {
        QFile old(pdf);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old report");
    }
    const RunResult r = run({QStringLiteral("--report-pdf"), pdf});
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_TRUE(r.err.contains("cannot")) << r.err.toStdString();
    QFile old(pdf);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("old report"));
}

TEST(BatchExport, reportOptionsWithoutReportPdfAreAUsageError)
{
    // Without --report-pdf these would open the window (and never end offscreen).
    for (const QStringList &args : {QStringList{QStringLiteral("--report-observations")},
                                    QStringList{QStringLiteral("--page-size"), QStringLiteral("Letter")},
                                    QStringList{QStringLiteral("--orientation"), QStringLiteral("landscape")}}) {
        const RunResult r = run(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains("needs --report-pdf")) << r.err.toStdString();
    }
}
