// The summary report on other page setups, tables that break across pages, print preview
// against the PDF, and the PDF's metadata.
#include <views/reportblock.h>
#include <views/reportpagesetup.h>
#include <views/reporttable.h>
#include <views/summaryreport.h>

#include <model/dashboardmodel.h>
#include <model/filterproxymodel.h>

#include <QPrintPreviewWidget>
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
using namespace medtour::reportunits;

namespace {

ReportPageSetup setupOf(ReportPageSetup::Paper paper, QPageLayout::Orientation orientation)
{
    ReportPageSetup setup;
    setup.paper = paper;
    setup.orientation = orientation;
    return setup;
}

// Japan and China over every year: the observations table runs over several pages.
FilterState japanAndChina(const DashboardModel &model)
{
    FilterState filter = model.filter();
    filter.selection(Dimension::Nationality) = QStringList{QStringLiteral("Japan"), QStringLiteral("China")};
    return filter;
}

bool hasPoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

}  // namespace

TEST(ReportPageSetup, parsesNamesAndGivesOrientedSizes)
{
    EXPECT_EQ(ReportPageSetup::paperFromName(QStringLiteral("letter")), ReportPageSetup::Paper::Letter);
    EXPECT_EQ(ReportPageSetup::paperFromName(QStringLiteral("A4")), ReportPageSetup::Paper::A4);
    EXPECT_FALSE(ReportPageSetup::paperFromName(QStringLiteral("A3")).has_value());
    EXPECT_EQ(ReportPageSetup::orientationFromName(QStringLiteral("Landscape")), QPageLayout::Landscape);
    EXPECT_FALSE(ReportPageSetup::orientationFromName(QStringLiteral("sideways")).has_value());
    const QSizeF a4 = setupOf(ReportPageSetup::Paper::A4, QPageLayout::Landscape).pageSizeMm();
    EXPECT_NEAR(a4.width(), 297.0, 0.5);
    EXPECT_NEAR(a4.height(), 210.0, 0.5);
    const QSizeF letter = setupOf(ReportPageSetup::Paper::Letter, QPageLayout::Portrait).pageSizeMm();
    EXPECT_NEAR(letter.width(), 215.9, 0.5);
    EXPECT_NEAR(letter.height(), 279.4, 0.5);
    EXPECT_EQ(ReportPageSetup().describe(), QStringLiteral("A4 portrait, margins 15 mm"));
}

TEST(ReportTable, splitsBetweenRowsAndRepeatsTheHeader)
{
    ReportTable table({{QStringLiteral("Year"), 0.5, Qt::AlignLeft}, {QStringLiteral("Patients"), 0.5, Qt::AlignRight}});
    for (int i = 0; i < 50; ++i)
        table.addRow({QString::number(2000 + i), QString::number(i * 1000)});
    const ReportBlock block = table.toBlock(mm(2));
    ASSERT_TRUE(block.split);
    ReportBlock first;
    ReportBlock rest;
    const qreal available = block.height / 3;
    ASSERT_TRUE(block.split(available, &first, &rest));
    EXPECT_LE(first.height, available);
    // Both parts carry a header row: their heights add up to the whole plus one header row.
    const qreal rowHeight = (table.height() - mm(0.5)) / 51;
    EXPECT_NEAR(first.height + rest.height, block.height + rowHeight + mm(0.5), 0.01);
    EXPECT_FALSE(block.split(block.minSplitHeight - 1, &first, &rest));  // not even 3 rows fit
    EXPECT_FALSE(ReportTable({{QStringLiteral("A"), 1.0, Qt::AlignLeft}}).toBlock(0).split);
}

class ReportOnPaper : public ::testing::TestWithParam<std::tuple<ReportPageSetup::Paper, QPageLayout::Orientation>> {};

// Print preview (QPrintPreviewWidget, the widget of the preview dialog) shows as many pages as
// the PDF of the same page setup has, and the PDF's sheets have the chosen size.
TEST_P(ReportOnPaper, previewShowsThePagesThePdfGetsOnTheChosenPaper)
{
    DashboardModel model(nullptr);
    ASSERT_FALSE(model.loadBuiltin().has_value());
    SummaryReport report(model);
    const auto [paper, orientation] = GetParam();
    report.setPageSetup(setupOf(paper, orientation));

    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewWidget preview(&printer);
    QObject::connect(&preview, &QPrintPreviewWidget::paintRequested, [&report](QPrinter *p) { report.print(*p); });
    preview.updatePreview();
    EXPECT_EQ(preview.pageCount(), report.pageCount());
    EXPECT_GE(report.pageCount(), 4);  // cover + one page per chart

    if (!hasPoppler())
        GTEST_SKIP() << "poppler-utils are not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_FALSE(report.exportPdf(path).has_value());
    EXPECT_EQ(pdfPageCount(path), preview.pageCount());
    const QString info = runTool(QStringLiteral("pdfinfo"), {path}).value_or(QString());
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
    ASSERT_TRUE(m.hasMatch()) << info.toStdString();
    const QSizeF mm = setupOf(paper, orientation).pageSizeMm();
    EXPECT_NEAR(m.captured(1).toDouble(), mm.width() / 25.4 * 72, 1.0);
    EXPECT_NEAR(m.captured(2).toDouble(), mm.height() / 25.4 * 72, 1.0);
    const QString text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}).value_or(QString());
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    ASSERT_EQ(pages.size(), preview.pageCount());
    EXPECT_TRUE(pages.at(1).contains(QStringLiteral("Page 2 of %1").arg(pages.size())));
    EXPECT_EQ(text.count(QStringLiteral("Chart data")), 3) << "every chart section has its table";
    EXPECT_TRUE(text.contains(QStringLiteral("외국인환자")));
}

INSTANTIATE_TEST_SUITE_P(
    Papers, ReportOnPaper,
    ::testing::Values(std::make_tuple(ReportPageSetup::Paper::A4, QPageLayout::Portrait),
                      std::make_tuple(ReportPageSetup::Paper::A4, QPageLayout::Landscape),
                      std::make_tuple(ReportPageSetup::Paper::Letter, QPageLayout::Portrait),
                      std::make_tuple(ReportPageSetup::Paper::Letter, QPageLayout::Landscape)));

TEST(SummaryReportTables, longTableBreaksAcrossPagesWithItsHeaderRepeated)
{
    DashboardModel model(nullptr);
    ASSERT_FALSE(model.loadBuiltin().has_value());
    model.setFilter(japanAndChina(model));
    ASSERT_GT(model.tableModel()->rowCount(), 45) << "the filter must give a table longer than a page";
    SummaryReport report(model);
    const int without = report.pageCount();
    report.setIncludeObservations(true);
    EXPECT_GE(report.pageCount(), without + 2);
    if (!hasPoppler())
        GTEST_SKIP() << "poppler-utils are not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("observations.pdf"));
    ASSERT_FALSE(report.exportPdf(path).has_value());
    const QString text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}).value_or(QString());
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    const QRegularExpression header(QStringLiteral("Year\\s+Measure\\s+Nationality\\s+Specialty\\s+.*Patients\\s+Share\\s+Status"));
    int pagesWithHeader = 0;
    for (const QString &page : pages)
        pagesWithHeader += header.match(page).hasMatch() ? 1 : 0;
    EXPECT_GE(pagesWithHeader, 2) << "the observations table's header is not repeated";
    EXPECT_EQ(pagesWithHeader, report.pageCount() - without);
    EXPECT_TRUE(text.contains(QStringLiteral("Observations under the applied filters (rows: %1)").arg(model.tableModel()->rowCount())));
}

TEST(SummaryReportTables, growthTableListsEveryYearOfTheRange)
{
    if (!hasPoppler())
        GTEST_SKIP() << "poppler-utils are not installed";
    DashboardModel model(nullptr);
    ASSERT_FALSE(model.loadBuiltin().has_value());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    ASSERT_FALSE(SummaryReport(model).exportPdf(path).has_value());
    const QString text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}).value_or(QString());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("2024\\s+1,170,467\\s+\\+93\\.2%")).match(text).hasMatch());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("2023\\s+605,768")).match(text).hasMatch());
    EXPECT_TRUE(text.contains(QStringLiteral("Definitions")));
    EXPECT_TRUE(text.contains(QStringLiteral("Source")));
}

TEST(SummaryReportPdfMetadata, carriesTitleAndAuthor)
{
    if (!hasPoppler())
        GTEST_SKIP() << "poppler-utils are not installed";
    DashboardModel model(nullptr);
    ASSERT_FALSE(model.loadBuiltin().has_value());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    ASSERT_FALSE(SummaryReport(model).exportPdf(path).has_value());
    const QString info = runTool(QStringLiteral("pdfinfo"), {path}).value_or(QString());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("Title:\\s+MedTour Dashboard summary report 2024")).match(info).hasMatch()) << info.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("Creator:\\s+MedTour Dashboard")).match(info).hasMatch()) << info.toStdString();
    const QString meta = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path}).value_or(QString());
    EXPECT_TRUE(meta.contains(QStringLiteral("<dc:creator><rdf:Seq><rdf:li>MedTour Dashboard"))) << meta.toStdString();
}
