#include <views/summaryreport.h>

#include <model/dashboardmodel.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "pdftools.h"

#include <optional>

using namespace medtour;
using test::pdfPageCount;
using test::runTool;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The report of the built-in dataset, exported once for the suite.
class SummaryReportPdf : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_model = new DashboardModel(nullptr);
        ASSERT_FALSE(s_model->loadBuiltin().has_value());
        // MEDTOUR_REPORT_OUTPUT_DIR keeps the PDF for a human to look at.
        const QString keep = qEnvironmentVariable("MEDTOUR_REPORT_OUTPUT_DIR");
        s_path = (keep.isEmpty() ? QDir(s_dir->path()) : QDir(keep)).filePath(QStringLiteral("report.pdf"));
        const SummaryReport report(*s_model, QDateTime(QDate(2025, 3, 1), QTime(9, 30)));
        s_error = report.exportPdf(s_path);
    }
    static void TearDownTestSuite()
    {
        delete s_model;
        delete s_dir;
    }
    void SetUp() override
    {
        ASSERT_FALSE(s_error.has_value()) << qPrintable(s_error->toString());
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    }
    static QString text()
    {
        const auto out = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), s_path, QStringLiteral("-")});
        return out.value_or(QString());
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline DashboardModel *s_model = nullptr;
    static inline QString s_path;
    static inline std::optional<Error> s_error;
};

}  // namespace

TEST_F(SummaryReportPdf, showsOfficialFiguresOfTheBuiltinDataset)
{
    const QString t = text();
    for (const char *expected : {"1,170,467", "93.2%", "Japan", "37.7%", "56.6%", "441,112", "705,044"})
        EXPECT_TRUE(t.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_TRUE(t.contains(QStringLiteral("department-based counts")));
    EXPECT_TRUE(t.contains(QStringLiteral("Japan 37.7%")));
    EXPECT_TRUE(t.contains(QStringLiteral("Dermatology 56.6%")));
}

TEST_F(SummaryReportPdf, listsTopNationalitiesWithPatientsShareAndGrowth)
{
    const QString t = text();
    EXPECT_TRUE(t.contains(QStringLiteral("Top 10 nationalities, 2024")));
    // One name per category, in the current language (English here; Korean in test_summaryreport_language).
    const QRegularExpression japan(QStringLiteral("1\\s+Japan\\s+441,112\\s+37\\.7%\\s+\\+135\\.0%"));
    EXPECT_TRUE(japan.match(t).hasMatch());
    const QRegularExpression total(QStringLiteral("All nationalities\\s+1,170,467\\s+100\\.0%\\s+\\+93\\.2%"));
    EXPECT_TRUE(total.match(t).hasMatch());
}

TEST_F(SummaryReportPdf, showsKoreanTextAsGlyphs)
{
    const QString t = text();
    // The source line names the Korean publication (외국인환자 유치실적) in every language.
    EXPECT_TRUE(t.contains(QStringLiteral("외국인환자")));
}

TEST_F(SummaryReportPdf, everyPageHasTheSourceLineAndPageNumber)
{
    const int pages = pdfPageCount(s_path);
    ASSERT_GE(pages, 2);
    const QStringList pageTexts = text().split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    ASSERT_EQ(pageTexts.size(), pages);
    for (int i = 0; i < pages; ++i) {
        EXPECT_TRUE(pageTexts.at(i).contains(QStringLiteral("Source: MOHW / KHIDI"))) << "page " << i + 1;
        EXPECT_TRUE(pageTexts.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages))) << "page " << i + 1;
    }
}

TEST_F(SummaryReportPdf, neverPrintsScientificNotation)
{
    const QRegularExpression scientific(QStringLiteral("\\d[.,]?\\d*e[+-]?\\d"));
    const QRegularExpressionMatch match = scientific.match(text());
    EXPECT_FALSE(match.hasMatch()) << qPrintable(match.captured(0));
}

TEST_F(SummaryReportPdf, embedsEveryFont)
{
    const auto fonts = runTool(QStringLiteral("pdffonts"), {s_path});
    ASSERT_TRUE(fonts.has_value());
    const QStringList lines = fonts->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 3) << "no fonts listed";
    // Columns: name type encoding emb sub uni object ID; "emb" is the 4th from the end.
    for (const QString &line : lines.mid(2)) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(columns.size(), 7) << qPrintable(line);
        EXPECT_EQ(columns.at(columns.size() - 5), QStringLiteral("yes")) << qPrintable(line);
    }
}

TEST_F(SummaryReportPdf, drawsChartsAsVectorsNotPageSizeImages)
{
    const auto images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), s_path});
    ASSERT_TRUE(images.has_value());
    // Columns: page num type width height color comp bpc enc interp object ID x-ppi y-ppi ...
    const QStringList lines = images->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(2)) {
        const QStringList c = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(c.size(), 14) << qPrintable(line);
        const double widthMm = c.at(3).toDouble() / std::max(1.0, c.at(12).toDouble()) * 25.4;
        const double heightMm = c.at(4).toDouble() / std::max(1.0, c.at(13).toDouble()) * 25.4;
        EXPECT_LT(std::max(widthMm, heightMm), 40.0) << "raster image: " << qPrintable(line);
    }
}

TEST_F(SummaryReportPdf, carriesTheDocumentTitle)
{
    const auto info = runTool(QStringLiteral("pdfinfo"), {s_path});
    ASSERT_TRUE(info.has_value());
    EXPECT_TRUE(info->contains(QStringLiteral("MedTour Dashboard summary report")));
}

TEST(SummaryReport, printsTheSamePagesAsItExports)
{
    DashboardModel model(nullptr);
    ASSERT_FALSE(model.loadBuiltin().has_value());
    const SummaryReport report(model);
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    report.print(printer);

    const QRectF a4(0, 0, 2480, 3508);  // A4 at 300 dpi
    const int expected = report.pageCount(a4);
    EXPECT_GE(expected, 2);
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed";
    EXPECT_EQ(pdfPageCount(dir.filePath(QStringLiteral("printed.pdf"))), expected);
}

TEST(SummaryReport, pageCountDoesNotDependOnResolution)
{
    DashboardModel model(nullptr);
    ASSERT_FALSE(model.loadBuiltin().has_value());
    const SummaryReport report(model);
    EXPECT_EQ(report.pageCount(QRectF(0, 0, 2480, 3508)), report.pageCount(QRectF(0, 0, 595, 842)));
    EXPECT_EQ(report.pageCount(QRectF()), 0);
}

TEST(SummaryReport, paintsEveryPageAndNothingBeyond)
{
    DashboardModel model(nullptr);
    ASSERT_FALSE(model.loadBuiltin().has_value());
    const SummaryReport report(model);
    const QRectF page(0, 0, 496, 702);  // A4 at 60 dpi
    const int count = report.pageCount(page);
    ASSERT_GE(count, 2);
    const auto inkedPixels = [&](int index) {
        QImage image(page.size().toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            report.paintPage(painter, page, index);
        }
        int inked = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                inked += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        return inked;
    };
    for (int i = 0; i < count; ++i)
        EXPECT_GT(inkedPixels(i), 300) << "page " << i + 1 << " is (nearly) empty";  // the last: text only
    EXPECT_EQ(inkedPixels(count), 0);
}

TEST(SummaryReport, saysWhyDataIsMissingInsteadOfZeros)
{
    DashboardModel model(nullptr);
    ASSERT_FALSE(model.loadBuiltin().has_value());
    FilterState filter = model.filter();
    filter.selection(Dimension::Nationality) = QStringList{QStringLiteral("Atlantis")};
    model.setFilter(filter);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.pdf"));
    ASSERT_FALSE(SummaryReport(model).exportPdf(path).has_value());
    const auto t = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!t)
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    EXPECT_TRUE(t->contains(QStringLiteral("Nationality: Atlantis")));
    EXPECT_TRUE(t->contains(QStringLiteral("n/a")));
    EXPECT_TRUE(t->contains(QStringLiteral("A selected category is not in this dataset")));
    EXPECT_FALSE(t->contains(QStringLiteral("Japan 37.7%")));  // no top nationality under this filter
}

TEST(SummaryReport, exportIntoMissingDirectoryReturnsErrorWithPath)
{
    DashboardModel model(nullptr);
    ASSERT_FALSE(model.loadBuiltin().has_value());
    QTemporaryDir dir;
    // A regular file used as a directory: no user (not even root) can write below it.
    QFile blocker(dir.filePath(QStringLiteral("not-a-dir")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = dir.filePath(QStringLiteral("not-a-dir/report.pdf"));

    const std::optional<Error> error = SummaryReport(model).exportPdf(path);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->file, path);
    EXPECT_FALSE(error->message.isEmpty());
    EXPECT_FALSE(QFile::exists(path));
}

TEST(SummaryReport, failedSaveLeavesExistingFileUnchanged)
{
    DashboardModel model(nullptr);
    ASSERT_FALSE(model.loadBuiltin().has_value());
    QTemporaryDir dir;
    // A name of the maximum length (255 bytes) can exist, but the save's temporary file next to
    // it (name + suffix) cannot be created, so the save fails whoever runs the test.
    const QString path = dir.filePath(QString(251, QLatin1Char('r')) + QStringLiteral(".pdf"));
    const QByteArray original("previous report, must survive");
    {
        QFile existing(path);
        ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
        existing.write(original);
    }
    const std::optional<Error> error = SummaryReport(model).exportPdf(path);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->file, path);
    EXPECT_EQ(readAll(path), original);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}
