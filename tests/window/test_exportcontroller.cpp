// ExportController with its prompts replaced: the print fallback to PDF without a printer,
// Copy chart, SVG / XLSX / PDF exports and their errors.
#include <app/exportcontroller.h>
#include <model/dashboardmodel.h>
#include <views/chartpanel.h>
#include <views/growthchart.h>
#include <views/nationalitysharechart.h>
#include <views/specialtybreakdownchart.h>

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QMainWindow>
#include <QMenu>
#include <QPrinterInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

// A window with the three chart panels and a controller whose prompts answer from fields.
struct Fixture {
    QMainWindow window;
    DashboardModel *model = new DashboardModel(&window);
    QList<ChartPanel *> panels;
    ExportController *controller = nullptr;
    QString answer;  // path the save prompt returns
    QStringList informed;
    QStringList failed;

    Fixture()
    {
        EXPECT_FALSE(model->loadBuiltin().has_value());
        panels << new ChartPanel(new NationalityShareChart(model->nationalityShares(), nullptr), &window)
               << new ChartPanel(new GrowthChart(model->growth(), nullptr), &window)
               << new ChartPanel(new SpecialtyBreakdownChart(model->specialtyBreakdown(), nullptr), &window);
        controller = new ExportController(model, &window, panels);
        ExportController::Prompts prompts;
        prompts.saveFile = [this](const QString &, const QString &, const QString &) { return answer; };
        prompts.folder = [this](const QString &, const QString &) { return answer; };
        prompts.inform = [this](const QString &, const QString &message) { informed << message; };
        prompts.fail = [this](const QString &, const QString &message) { failed << message; };
        controller->setPrompts(prompts);
    }
};

QByteArray head(const QString &path, int n)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(n) : QByteArray();
}

}  // namespace

TEST(ExportController, printWithoutPrinterSavesAPdfAndSaysSo)
{
    if (!QPrinterInfo::availablePrinters().isEmpty())
        GTEST_SKIP() << "a printer is installed here; the fallback is for machines without one";
    Fixture f;
    QTemporaryDir dir;
    f.answer = dir.filePath(QStringLiteral("printed.pdf"));
    QSignalSpy notified(f.controller, &ExportController::notified);
    f.controller->print();
    EXPECT_EQ(head(f.answer, 5), QByteArray("%PDF-"));
    ASSERT_EQ(f.informed.size(), 1);
    EXPECT_TRUE(f.informed.first().startsWith(QStringLiteral("No printer is installed; saved as PDF instead")));
    ASSERT_EQ(notified.count(), 1);
    EXPECT_TRUE(notified.first().first().toString().contains(QStringLiteral("saved as PDF instead")));
    EXPECT_TRUE(f.failed.isEmpty());
}

TEST(ExportController, cancelledPrintFallbackWritesNothing)
{
    if (!QPrinterInfo::availablePrinters().isEmpty())
        GTEST_SKIP() << "a printer is installed here";
    Fixture f;
    f.answer.clear();  // the user cancelled the file dialog
    f.controller->print();
    EXPECT_TRUE(f.informed.isEmpty());
    EXPECT_TRUE(f.failed.isEmpty());
}

TEST(ExportController, copyChartPutsTheDefaultExportImageOnTheClipboard)
{
    Fixture f;
    QGuiApplication::clipboard()->clear();
    f.controller->copyChart(f.panels.at(1)->dashboardChart());
    const QImage image = QGuiApplication::clipboard()->image();
    EXPECT_EQ(image.size(), QSize(1600, 1000));
}

TEST(ExportController, chartContextMenusOfferSvgAndCopy)
{
    Fixture f;
    for (ChartPanel *panel : f.panels) {
        QStringList texts;
        for (QAction *a : panel->findChildren<QAction *>())
            texts << a->text();
        EXPECT_TRUE(texts.contains(QStringLiteral("Export as SVG…")));
        EXPECT_TRUE(texts.contains(QStringLiteral("Copy chart")));
    }
    QMenu file;
    f.controller->addChartExportActions(&file);
    f.controller->addPrintActions(&file);
    QStringList entries;
    for (QAction *a : file.actions())
        entries << a->text().remove(QLatin1Char('&'));
    for (const char *entry : {"Export chart as PNG", "Export chart as SVG", "Export all charts…",
                              "Export chart tables as XLSX…", "Page setup…", "Print preview…", "Print…",
                              "Export summary as PDF…"})
        EXPECT_TRUE(entries.contains(QString::fromUtf8(entry))) << entry;
}

TEST(ExportController, svgAndXlsxExportsWriteTheChosenFiles)
{
    Fixture f;
    QTemporaryDir dir;
    f.answer = dir.filePath(QStringLiteral("growth.svg"));
    f.controller->exportChartSvg(f.panels.at(1)->dashboardChart());
    EXPECT_EQ(head(f.answer, 5), QByteArray("<?xml"));
    f.answer = dir.filePath(QStringLiteral("tables.xlsx"));
    f.controller->exportTablesXlsx();
    EXPECT_EQ(head(f.answer, 2), QByteArray("PK"));
    EXPECT_TRUE(f.failed.isEmpty()) << f.failed.join(QLatin1Char('\n')).toStdString();
}

TEST(ExportController, failedPdfExportIsReportedAndKeepsTheOldFile)
{
    Fixture f;
    QTemporaryDir dir;
    // Root ignores permissions; a maximum-length name leaves no room for the save's temporary file.
    f.answer = dir.filePath(QString(251, QLatin1Char('q')) + QStringLiteral(".pdf"));
    {
        QFile old(f.answer);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    f.controller->exportPdf();
    ASSERT_EQ(f.failed.size(), 1);
    EXPECT_TRUE(f.failed.first().contains(QStringLiteral("cannot"))) << f.failed.first().toStdString();
    EXPECT_EQ(head(f.answer, 10), QByteArray("old"));
}
