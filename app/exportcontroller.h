#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QMainWindow;
class QMenu;
QT_END_NAMESPACE

namespace medtour {

class ChartPanel;
class DashboardChart;
class DashboardModel;

// The app side of pictures and printed pages: File > Export chart as PNG, each chart's
// context-menu export, Print preview…, Print… and Export summary as PDF…. Shows the dialogs and
// the errors; the rendering itself is views/ (exportChartPng, SummaryReport). A child of the
// window; the model and the chart panels must outlive it.
class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(DashboardModel *model, QMainWindow *window, const QList<ChartPanel *> &panels);

    /// Adds the chart export submenu to `fileMenu`.
    void addChartExportActions(QMenu *fileMenu);
    /// Adds Print preview…, Print… and Export summary as PDF… to `fileMenu`.
    void addPrintActions(QMenu *fileMenu);

    void exportChartPng(DashboardChart *chart);
    void printPreview();
    void print();
    void exportPdf();

private:
    void showError(const QString &title, const QString &message);
    void showStatus(const QString &message);

    DashboardModel *m_model;
    QMainWindow *m_window;
    QList<ChartPanel *> m_panels;
};

}  // namespace medtour
