#pragma once

#include <QMainWindow>

namespace medtour {

class ChartPanel;
class DashboardChart;
class DashboardModel;
class DatasetController;
class DataTableView;
class ExportController;
class FilterPanel;
class KpiStrip;
class NationalityShareChart;
class SpecialtyBreakdownChart;

// The dashboard window: composes the KPI strip, the three chart panels, the data table and
// the filter panel around the DashboardModel (not owned; it must outlive the window), and
// wires menus (datasets: DatasetController; pictures and printing: ExportController). Holds no data and
// no filter state of its own: every change goes through DashboardModel::setFilter().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DashboardModel *model, QWidget *parent = nullptr);

    /// The chart panels in display order (nationality shares, growth, specialty breakdown).
    QList<ChartPanel *> chartPanels() const { return m_chartPanels; }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    DatasetController *datasets() const { return m_datasets; }
    KpiStrip *kpiStrip() const { return m_kpiStrip; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    ChartPanel *addChart(DashboardChart *chart);
    void refresh();
    void showError(const QString &title, const QString &message);

    DashboardModel *m_model;
    FilterPanel *m_filterPanel;
    KpiStrip *m_kpiStrip;
    DataTableView *m_table;
    NationalityShareChart *m_nationalityChart = nullptr;
    SpecialtyBreakdownChart *m_specialtyChart = nullptr;
    QList<ChartPanel *> m_chartPanels;
    DatasetController *m_datasets = nullptr;  // open/import/export data, Datasets dock, drops
    ExportController *m_exports = nullptr;    // PNG export, print preview, print, PDF
};

}  // namespace medtour
