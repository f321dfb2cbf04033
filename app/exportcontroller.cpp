#include "exportcontroller.h"

#include "pngexportdialog.h"
#include "reportsetupdialog.h"

#include <model/builtindataset.h>
#include <model/dashboardmodel.h>
#include <views/chartpanel.h>
#include <views/chartrender.h>
#include <views/dashboardchart.h>
#include <views/summaryreport.h>
#include <views/translations.h>
#include <views/xlsxtableexport.h>

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QStandardPaths>
#include <QStatusBar>

namespace medtour {

namespace {
QString picturesDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
}

// The chart's name in menus and messages, in the current language; keyed by the stable stem.
QString chartName(const DashboardChart *chart)
{
    const QString stem = chart->fileStem();
    if (stem == QLatin1String("nationality-shares"))
        return ExportController::tr("Nationality shares");
    if (stem == QLatin1String("yoy-growth"))
        return ExportController::tr("YoY growth");
    if (stem == QLatin1String("specialty-breakdown"))
        return ExportController::tr("Specialty breakdown");
    return chart->title().section(QLatin1Char(','), 0, 0);
}
}  // namespace

ExportController::ExportController(DashboardModel *model, QMainWindow *window, const QList<ChartPanel *> &panels)
    : QObject(window), m_model(model), m_window(window), m_panels(panels)
{
    m_prompts.saveFile = [this](const QString &caption, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(m_window, caption, suggested, filter);
    };
    m_prompts.folder = [this](const QString &caption, const QString &suggested) {
        return QFileDialog::getExistingDirectory(m_window, caption, suggested);
    };
    m_prompts.inform = [this](const QString &title, const QString &message) {
        QMessageBox::information(m_window, title, message);
    };
    m_prompts.fail = [this](const QString &title, const QString &message) {
        QMessageBox::critical(m_window, title, message);
    };
    for (ChartPanel *panel : m_panels) {
        connect(panel, &ChartPanel::exportPngRequested, this, &ExportController::exportChartPng);
        DashboardChart *chart = panel->dashboardChart();
        auto *svg = new QAction(panel);
        connect(svg, &QAction::triggered, this, [this, chart] { exportChartSvg(chart); });
        auto *copy = new QAction(panel);
        connect(copy, &QAction::triggered, this, [this, chart] { copyChart(chart); });
        panel->addContextAction(svg);
        panel->addContextAction(copy);
        m_texts.add(svg, [] { return tr("Export as SVG…"); });
        m_texts.add(copy, [] { return tr("Copy chart"); });
    }
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this, [this] { m_texts.retranslate(); });
}

void ExportController::addChartExportActions(QMenu *fileMenu)
{
    QMenu *png = m_texts.add(fileMenu->addMenu(QString()), [] { return tr("&Export chart as PNG"); });
    QMenu *svg = m_texts.add(fileMenu->addMenu(QString()), [] { return tr("Export chart as SV&G"); });
    for (ChartPanel *panel : m_panels) {
        DashboardChart *chart = panel->dashboardChart();
        const auto entry = [chart] { return tr("%1…", "menu entry: chart name").arg(chartName(chart)); };
        m_texts.add(png->addAction(QString(), this, [this, chart] { exportChartPng(chart); }), entry);
        m_texts.add(svg->addAction(QString(), this, [this, chart] { exportChartSvg(chart); }), entry);
    }
    m_texts.add(fileMenu->addAction(QString(), this, &ExportController::exportAllCharts),
                [] { return tr("Export &all charts…"); });
    m_texts.add(fileMenu->addAction(QString(), this, &ExportController::exportTablesXlsx),
                [] { return tr("Export chart tables as &XLSX…"); });
}

void ExportController::addPrintActions(QMenu *fileMenu)
{
    m_texts.add(fileMenu->addAction(QString(), this, &ExportController::pageSetup), [] { return tr("Page set&up…"); });
    m_texts.add(fileMenu->addAction(QString(), this, &ExportController::printPreview),
                [] { return tr("Print pre&view…"); });
    m_texts.add(fileMenu->addAction(QString(), QKeySequence::Print, this, &ExportController::print),
                [] { return tr("&Print…"); });
    m_texts.add(fileMenu->addAction(QString(), this, &ExportController::exportPdf),
                [] { return tr("Export summary as PD&F…"); });
}

void ExportController::addEditActions(QMenu *editMenu)
{
    QMenu *copy = m_texts.add(editMenu->addMenu(QString()), [] { return tr("Cop&y chart"); });
    for (ChartPanel *panel : m_panels) {
        DashboardChart *chart = panel->dashboardChart();
        m_texts.add(copy->addAction(QString(), this, [this, chart] { copyChart(chart); }),
                    [chart] { return chartName(chart); });
    }
}

void ExportController::exportChartPng(DashboardChart *chart)
{
    PngExportDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = m_prompts.saveFile(tr("Export chart as PNG"),
                                            QDir(picturesDir()).filePath(chart->fileStem() + QStringLiteral(".png")),
                                            tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (auto e = medtour::exportChartPng(*chart, path, dialog.options()))
        m_prompts.fail(tr("PNG export failed"), e->toString());
    else
        showStatus(tr("Wrote %1").arg(path));
}

void ExportController::exportChartSvg(DashboardChart *chart)
{
    const QString path = m_prompts.saveFile(tr("Export chart as SVG"),
                                            QDir(picturesDir()).filePath(chart->fileStem() + QStringLiteral(".svg")),
                                            tr("SVG image (*.svg)"));
    if (path.isEmpty())
        return;
    if (auto e = medtour::exportChartSvg(*chart, path, kDefaultSvgSize))
        m_prompts.fail(tr("SVG export failed"), e->toString());
    else
        showStatus(tr("Wrote %1").arg(path));
}

void ExportController::copyChart(DashboardChart *chart)
{
    const QImage image = renderChartImage(*chart, PngOptions{});
    QGuiApplication::clipboard()->setImage(image);
    showStatus(tr("Copied %1 (%2 × %3 px)").arg(chartName(chart)).arg(image.width()).arg(image.height()));
}

void ExportController::exportAllCharts()
{
    PngExportDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString dir = m_prompts.folder(tr("Export all charts to folder"), picturesDir());
    if (dir.isEmpty())
        return;
    QStringList written;
    if (auto e = medtour::exportAllCharts(charts(), dir, dialog.options(), &written))
        m_prompts.fail(tr("Chart export failed"), e->toString());
    else
        showStatus(tr("Wrote %1 files (PNG and SVG) to %2").arg(written.size()).arg(dir));
}

void ExportController::exportTablesXlsx()
{
    const QString path = m_prompts.saveFile(
        tr("Export chart tables as XLSX"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("medtour-tables-%1.xlsx").arg(m_model->filter().focusYear)),
        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const QList<XlsxSheet> sheets{{m_model->nationalityShares(), tr("Nationality shares")},
                                  {m_model->growth(), tr("YoY growth")},
                                  {m_model->specialtyBreakdown(), tr("Specialties")},
                                  {m_model->tableModel(), tr("Observations")}};
    if (auto e = writeXlsxWorkbook(sheets, path, sourceLineFor(m_model->cube() ? m_model->cube()->provenance() : QString())))
        m_prompts.fail(tr("XLSX export failed"), e->toString());
    else
        showStatus(tr("Wrote %1").arg(path));
}

void ExportController::pageSetup()
{
    ReportSetupDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted)
        showStatus(tr("Report pages: %1").arg(dialog.pageSetup().describe()));
}

void ExportController::configure(SummaryReport &report) const
{
    report.setPageSetup(ReportSetupDialog::rememberedPageSetup());
    report.setIncludeObservations(ReportSetupDialog::rememberedIncludeObservations());
    if (m_chartOptions)
        report.setChartOptions(m_chartOptions());
}

void ExportController::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportSetupDialog::rememberedPageSetup().pageLayout());
    QPrintPreviewDialog dialog(&printer, m_window);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        SummaryReport report(*m_model);
        configure(report);
        report.print(*p);
    });
    dialog.exec();
}

void ExportController::print()
{
    if (QPrinterInfo::availablePrinters().isEmpty()) {
        const QString path = m_prompts.saveFile(tr("No printer installed: save the report as PDF"),
                                                QStringLiteral("medtour-summary.pdf"), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (writePdf(path, tr("No printer is installed; saved as PDF instead: %1").arg(path)))
            m_prompts.inform(tr("Print"), tr("No printer is installed; saved as PDF instead:\n%1").arg(path));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportSetupDialog::rememberedPageSetup().pageLayout());
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    SummaryReport report(*m_model);
    configure(report);
    report.print(printer);
}

void ExportController::exportPdf()
{
    const QString path = m_prompts.saveFile(tr("Export summary as PDF"), QStringLiteral("medtour-summary.pdf"),
                                            tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        writePdf(path, tr("Wrote %1").arg(path));
}

bool ExportController::writePdf(const QString &path, const QString &doneMessage)
{
    SummaryReport report(*m_model);
    configure(report);
    if (auto e = report.exportPdf(path)) {
        m_prompts.fail(tr("PDF export failed"), e->toString());
        return false;
    }
    showStatus(doneMessage);
    return true;
}

QList<const DashboardChart *> ExportController::charts() const
{
    QList<const DashboardChart *> list;
    for (ChartPanel *panel : m_panels)
        list << panel->dashboardChart();
    return list;
}

void ExportController::showStatus(const QString &message)
{
    m_window->statusBar()->showMessage(message, 5000);
    emit notified(message);
}

}  // namespace medtour
