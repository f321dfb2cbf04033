#include "exportcontroller.h"

#include "pngexportdialog.h"

#include <model/dashboardmodel.h>
#include <views/chartpanel.h>
#include <views/chartrender.h>
#include <views/dashboardchart.h>
#include <views/summaryreport.h>

#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QStatusBar>

namespace medtour {

ExportController::ExportController(DashboardModel *model, QMainWindow *window, const QList<ChartPanel *> &panels)
    : QObject(window), m_model(model), m_window(window), m_panels(panels)
{
    for (ChartPanel *panel : m_panels)
        connect(panel, &ChartPanel::exportPngRequested, this, &ExportController::exportChartPng);
}

void ExportController::addChartExportActions(QMenu *fileMenu)
{
    QMenu *png = fileMenu->addMenu(tr("&Export chart as PNG"));
    for (ChartPanel *panel : m_panels) {
        DashboardChart *chart = panel->dashboardChart();
        png->addAction(chart->title().section(QLatin1Char(','), 0, 0) + QStringLiteral("…"), this,
                       [this, chart] { exportChartPng(chart); });
    }
}

void ExportController::addPrintActions(QMenu *fileMenu)
{
    fileMenu->addAction(tr("Print pre&view…"), this, &ExportController::printPreview);
    fileMenu->addAction(tr("&Print…"), QKeySequence::Print, this, &ExportController::print);
    fileMenu->addAction(tr("Export summary as P&DF…"), this, &ExportController::exportPdf);
}

void ExportController::exportChartPng(DashboardChart *chart)
{
    PngExportDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                                  .filePath(chart->fileStem() + QStringLiteral(".png"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export chart as PNG"), suggested, tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (auto e = medtour::exportChartPng(*chart, path, dialog.options()))
        showError(tr("PNG export failed"), e->toString());
    else
        showStatus(tr("Wrote %1").arg(path));
}

void ExportController::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, m_window);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *p) { SummaryReport(*m_model).print(*p); });
    dialog.exec();
}

void ExportController::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() == QDialog::Accepted)
        SummaryReport(*m_model).print(printer);
}

void ExportController::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export summary as PDF"),
                                                      QStringLiteral("medtour-summary.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto e = SummaryReport(*m_model).exportPdf(path))
        showError(tr("PDF export failed"), e->toString());
    else
        showStatus(tr("Wrote %1").arg(path));
}

void ExportController::showError(const QString &title, const QString &message)
{
    QMessageBox::critical(m_window, title, message);
}

void ExportController::showStatus(const QString &message)
{
    m_window->statusBar()->showMessage(message, 5000);
}

}  // namespace medtour
