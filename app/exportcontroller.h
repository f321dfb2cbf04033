#pragma once

#include "translatedtexts.h"

#include <model/viewstate.h>

#include <QObject>

#include <functional>

QT_BEGIN_NAMESPACE
class QMainWindow;
QT_END_NAMESPACE

namespace medtour {

class ChartPanel;
class DashboardChart;
class DashboardModel;
class SummaryReport;

// The app side of pictures, tables and printed pages: File > Export chart as PNG / SVG, Export
// all charts…, Export chart tables as XLSX…, Page setup…, Print preview…, Print… (falls back
// to a PDF when no printer is installed), Export summary as PDF…; Copy chart (Edit menu and
// each chart's context menu). Menu texts follow the language (LanguageNotifier). Shows the
// dialogs and the errors; the rendering itself is views/ (chartrender.h, SummaryReport,
// xlsxtableexport.h). A child of the window; the model and the chart panels must outlive it.
class ExportController : public QObject
{
    Q_OBJECT
public:
    // How the controller asks and tells; the defaults are dialogs, tests replace them.
    struct Prompts {
        /// A path to save to (empty = cancelled): caption, suggested path, file filter.
        std::function<QString(const QString &, const QString &, const QString &)> saveFile;
        /// A folder (empty = cancelled): caption, suggested folder.
        std::function<QString(const QString &, const QString &)> folder;
        /// An information (title, message) and an error (title, message).
        std::function<void(const QString &, const QString &)> inform;
        std::function<void(const QString &, const QString &)> fail;
    };

    ExportController(DashboardModel *model, QMainWindow *window, const QList<ChartPanel *> &panels);

    /// Adds the PNG and SVG chart export submenus, Export all charts… and the XLSX table export.
    void addChartExportActions(QMenu *fileMenu);
    /// Adds Page setup…, Print preview…, Print… and Export summary as PDF… to `fileMenu`.
    void addPrintActions(QMenu *fileMenu);
    /// Adds the Copy chart submenu (one entry per chart) to `editMenu`.
    void addEditActions(QMenu *editMenu);

    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }
    /// Where the printed report gets its chart options (modes, units, log scale): the window
    /// passes its current view, so print preview, printer and PDF draw the charts as shown.
    /// Unset: a fresh window's defaults.
    void setChartOptionsSource(std::function<ViewState()> source) { m_chartOptions = std::move(source); }

    void exportChartPng(DashboardChart *chart);
    void exportChartSvg(DashboardChart *chart);
    /// Puts the chart on the clipboard as an image at the default export size (1600 x 1000).
    void copyChart(DashboardChart *chart);
    void exportAllCharts();
    void exportTablesXlsx();
    void pageSetup();
    void printPreview();
    /// Prints through the print dialog; with no printer installed asks for a PDF path instead
    /// and says "No printer is installed; saved as PDF instead".
    void print();
    void exportPdf();

signals:
    /// Every status message shown (also in the status bar), e.g. "Wrote /tmp/report.pdf".
    void notified(const QString &message);

private:
    void configure(SummaryReport &report) const;
    bool writePdf(const QString &path, const QString &doneMessage);
    QList<const DashboardChart *> charts() const;
    void showStatus(const QString &message);

    DashboardModel *m_model;
    QMainWindow *m_window;
    QList<ChartPanel *> m_panels;
    Prompts m_prompts;
    std::function<ViewState()> m_chartOptions;
    TranslatedTexts m_texts;  // menu and action texts, re-set on a language switch
};

}  // namespace medtour
