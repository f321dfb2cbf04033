#include "mainwindow.h"

#include "datasetcontroller.h"
#include "exportcontroller.h"

#include <model/dashboardmodel.h>
#include <model/observation.h>
#include <views/chartpanel.h>
#include <views/datatableview.h>
#include <views/filterpanel.h>
#include <views/growthchart.h>
#include <views/kpistrip.h>
#include <views/nationalitysharechart.h>
#include <views/specialtybreakdownchart.h>

#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QGridLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

namespace medtour {

MainWindow::MainWindow(DashboardModel *model, QWidget *parent)
    : QMainWindow(parent),
      m_model(model),
      m_filterPanel(new FilterPanel(this)),
      m_kpiStrip(new KpiStrip(this)),
      m_table(new DataTableView(this))
{
    setWindowTitle(tr("MedTour Dashboard — foreign patients in Korea"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(m_kpiStrip);
    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    m_nationalityChart = new NationalityShareChart(m_model->nationalityShares(), this);
    m_specialtyChart = new SpecialtyBreakdownChart(m_model->specialtyBreakdown(), this);
    grid->addWidget(addChart(m_nationalityChart), 0, 0);
    grid->addWidget(addChart(new GrowthChart(m_model->growth(), this)), 0, 1);
    grid->addWidget(addChart(m_specialtyChart), 1, 0);
    m_table->setModel(m_model->tableModel());
    grid->addWidget(m_table, 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid, 1);
    setCentralWidget(central);

    auto *dock = new QDockWidget(tr("Filters"), this);
    dock->setObjectName(QStringLiteral("filters"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(m_filterPanel);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    m_datasets = new DatasetController(m_model, this);
    m_datasets->addDock(dock);
    connect(m_datasets, &DatasetController::datasetActivated, this, [this] {
        m_filterPanel->setCube(*m_model->cube());
        refresh();
    });

    auto *source = new QLabel(sourceLine(), this);
    source->setObjectName(QStringLiteral("sourceLine"));
    statusBar()->addPermanentWidget(source);

    m_exports = new ExportController(m_model, this, m_chartPanels);
    buildMenus();
    connect(m_filterPanel, &FilterPanel::filterChanged, m_model, &DashboardModel::setFilter);
    connect(m_model, &DashboardModel::changed, this, &MainWindow::refresh);
    m_filterPanel->setCube(*m_model->cube());
    refresh();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1440, 900);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

ChartPanel *MainWindow::addChart(DashboardChart *chart)
{
    auto *panel = new ChartPanel(chart, this);
    m_chartPanels.append(panel);
    return panel;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_datasets->addOpenActions(file);
    file->addAction(tr("Use the &built-in dataset"), this, [this] { m_datasets->activate(0); });
    file->addSeparator();
    m_exports->addChartExportActions(file);
    m_datasets->addExportMenu(file);
    file->addSeparator();
    m_exports->addPrintActions(file);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *shareModes = new QActionGroup(this);
    QAction *donut = view->addAction(tr("Nationality shares as &donut"));
    QAction *bars = view->addAction(tr("Nationality shares as ranked &bars"));
    for (QAction *a : {donut, bars}) {
        a->setCheckable(true);
        shareModes->addAction(a);
        m_chartPanels.at(0)->addContextAction(a);
    }
    donut->setChecked(true);
    connect(donut, &QAction::triggered, this, [this] { m_nationalityChart->setMode(NationalityShareChart::Mode::Donut); });
    connect(bars, &QAction::triggered, this, [this] { m_nationalityChart->setMode(NationalityShareChart::Mode::RankedBars); });
    view->addSeparator();
    auto *specialtyModes = new QActionGroup(this);
    const QList<std::pair<QString, SpecialtyBreakdownChart::Mode>> modes = {
        {tr("Specialties: focus year"), SpecialtyBreakdownChart::Mode::FocusYearBars},
        {tr("Specialties: stacked across years"), SpecialtyBreakdownChart::Mode::StackedYears},
        {tr("Specialties: 100% across years"), SpecialtyBreakdownChart::Mode::PercentYears}};
    for (const auto &[label, mode] : modes) {
        QAction *a = view->addAction(label);
        a->setCheckable(true);
        a->setChecked(mode == SpecialtyBreakdownChart::Mode::FocusYearBars);
        specialtyModes->addAction(a);
        m_chartPanels.at(2)->addContextAction(a);
        connect(a, &QAction::triggered, this, [this, mode = mode] { m_specialtyChart->setMode(mode); });
    }
}

void MainWindow::refresh()
{
    m_filterPanel->setFilter(m_model->filter());
    m_kpiStrip->setSummary(m_model->summary());
    statusBar()->showMessage(tr("Dataset: %1").arg(m_model->cube()->provenance()));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::critical(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

}  // namespace medtour
