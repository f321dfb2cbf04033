#pragma once

#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QToolBar;
QT_END_NAMESPACE

namespace medtour {

class Breadcrumb;
class ChartPanel;
class DashboardChart;
class DashboardModel;
class DatasetController;
class DataTableView;
class ExplorationActions;
class ExplorationCompare;
class ExplorationController;
class ExplorationPalette;
class ExplorationViewFiles;
class ExportController;
class FilterPanel;
class GrowthChart;
class KpiStrip;
class LanguageController;
class NationalityShareChart;
class SpecialtyBreakdownChart;

// The dashboard window: composes the KPI strip, the breadcrumb, the three chart panels, the
// data table, the filter panel and the Compare page around the DashboardModel (not owned; it
// must outlive the window), and wires menus (datasets: DatasetController; pictures and
// printing: ExportController; exploration, undo and saved views: the Exploration* classes).
// Holds no data and no filter state of its own: every change is an undoable step of the
// ExplorationController, which applies it through DashboardModel::setFilter(). View > Language
// switches the display language at run time: every text of the window retranslates
// (QEvent::LanguageChange here and in the widgets; LanguageNotifier in the controllers).
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
    Breadcrumb *breadcrumb() const { return m_breadcrumb; }
    DataTableView *dataTable() const { return m_table; }
    ExplorationController *exploration() const { return m_exploration; }
    ExplorationActions *explorationActions() const { return m_actions; }
    ExplorationViewFiles *viewFiles() const { return m_viewFiles; }
    ExplorationCompare *comparison() const { return m_compare; }
    ExplorationPalette *paletteMode() const { return m_palette; }
    LanguageController *languageController() const { return m_language; }

    /// Shows the dashboard (0) or the Compare page (1).
    void showPage(int page);

    /// Restores the view of the last session (QSettings "view/last"); false when none.
    bool restoreLastView();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void buildMenus();
    void wireExploration();
    void setKeyboardOrder();
    ChartPanel *addChart(DashboardChart *chart);
    void refresh();

    DashboardModel *m_model;
    QTabWidget *m_tabs = nullptr;  // Dashboard | Compare
    FilterPanel *m_filterPanel;
    KpiStrip *m_kpiStrip;
    Breadcrumb *m_breadcrumb;
    DataTableView *m_table;
    NationalityShareChart *m_nationalityChart = nullptr;
    GrowthChart *m_growthChart = nullptr;
    SpecialtyBreakdownChart *m_specialtyChart = nullptr;
    QList<ChartPanel *> m_chartPanels;
    DatasetController *m_datasets = nullptr;  // open/import/export data, Datasets dock, drops
    ExportController *m_exports = nullptr;    // PNG export, print preview, print, PDF
    ExplorationController *m_exploration = nullptr;  // cross-filtering, drill, undo stack
    ExplorationActions *m_actions = nullptr;         // Edit/View actions, Back
    ExplorationViewFiles *m_viewFiles = nullptr;     // saved views, last view
    ExplorationCompare *m_compare = nullptr;         // Compare page
    ExplorationPalette *m_palette = nullptr;         // light / dark
    LanguageController *m_language = nullptr;        // View > Language
    // Texts re-set by retranslateUi().
    QDockWidget *m_filtersDock = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QToolBar *m_toolbar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_builtinAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_darkAction = nullptr;
    QAction *m_compareAction = nullptr;
};

}  // namespace medtour
