#include "mainwindow.h"

#include "datasetcontroller.h"
#include "explorationactions.h"
#include "explorationcompare.h"
#include "explorationcontroller.h"
#include "explorationpalette.h"
#include "explorationviewfiles.h"
#include "exportcontroller.h"
#include "languagecontroller.h"
#include "translatedtexts.h"

#include <model/builtindataset.h>
#include <model/dashboardmodel.h>
#include <model/observation.h>
#include <views/breadcrumb.h>
#include <views/chartpanel.h>
#include <views/comparisonpalette.h>
#include <views/comparisonview.h>
#include <views/dashboardchart.h>
#include <views/datatableview.h>
#include <views/filterpanel.h>
#include <views/growthchart.h>
#include <views/kpistrip.h>
#include <views/nationalitysharechart.h>
#include <views/specialtybreakdownchart.h>

#include <QCloseEvent>
#include <QDockWidget>
#include <QGridLayout>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace medtour {

namespace {

// The dashboard page inside its scroll area. Without height-for-width (which the KPI cards'
// wrapped labels would bring), the scroll area gives the page the viewport's size down to the
// page's minimum size and scrolls only below it, instead of sizing the page by its preferred
// height and scrolling whenever that is a pixel taller than the viewport.
class DashboardPage : public QWidget
{
public:
    bool hasHeightForWidth() const override { return false; }
};

}  // namespace

MainWindow::MainWindow(DashboardModel *model, QWidget *parent)
    : QMainWindow(parent),
      m_model(model),
      m_filterPanel(new FilterPanel(this)),
      m_kpiStrip(new KpiStrip(this)),
      m_breadcrumb(new Breadcrumb(this)),
      m_table(new DataTableView(this))
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setDocumentMode(true);
    auto *central = new DashboardPage;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(m_kpiStrip);
    layout->addWidget(m_breadcrumb);
    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    m_nationalityChart = new NationalityShareChart(m_model->nationalityShares(), this);
    m_growthChart = new GrowthChart(m_model->growth(), this);
    m_specialtyChart = new SpecialtyBreakdownChart(m_model->specialtyBreakdown(), this);
    grid->addWidget(addChart(m_nationalityChart), 0, 0);
    grid->addWidget(addChart(m_growthChart), 0, 1);
    grid->addWidget(addChart(m_specialtyChart), 1, 0);
    m_table->setModel(m_model->tableModel());
    grid->addWidget(m_table, 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid, 1);
    // The charts keep a legible size (ChartPanel::kLegibleMinimum); a window too small for
    // them scrolls the dashboard instead of squeezing them.
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // QScrollArea asks the layout of its widget about height-for-width, so the page sits in a
    // plain holder whose layout asks the page (which answers no).
    auto *holder = new QWidget;
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(central);
    scroll->setWidget(holder);
    m_tabs->addTab(scroll, QString());
    setCentralWidget(m_tabs);

    m_filtersDock = new QDockWidget(this);
    m_filtersDock->setObjectName(QStringLiteral("filters"));
    m_filtersDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_filtersDock->setWidget(m_filterPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_filtersDock);
    m_datasets = new DatasetController(m_model, this);
    m_datasets->addDock(m_filtersDock);
    connect(m_datasets, &DatasetController::datasetActivated, this, [this] {
        m_filterPanel->setCube(*m_model->cube());
        m_breadcrumb->setCube(*m_model->cube());
        refresh();
    });
    m_compare = new ExplorationCompare(m_model, m_tabs, this);
    m_tabs->addTab(m_compare->view(), QString());

    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLine"));
    statusBar()->addPermanentWidget(m_sourceLabel);

    m_exports = new ExportController(m_model, this, m_chartPanels);
    wireExploration();
    buildMenus();
    connect(m_model, &DashboardModel::changed, this, &MainWindow::refresh);
    m_filterPanel->setCube(*m_model->cube());
    m_breadcrumb->setCube(*m_model->cube());
    retranslateUi();
    setKeyboardOrder();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // 1440 x 900 logical px, or the screen's available area when that is smaller.
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1440, 900);
        resize(QSize(1440, 900).boundedTo(available));
    }
    // Below 800 x 600 the filter dock would be squeezed over the status bar.
    setMinimumSize(800, 600);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

ChartPanel *MainWindow::addChart(DashboardChart *chart)
{
    auto *panel = new ChartPanel(chart, this);
    m_chartPanels.append(panel);
    return panel;
}

void MainWindow::wireExploration()
{
    m_exploration = new ExplorationController(m_model, this);
    m_exploration->setCharts(m_nationalityChart, m_growthChart, m_specialtyChart);
    m_exports->setChartOptionsSource([this] { return m_exploration->view(); });
    m_actions = new ExplorationActions(m_exploration, this);
    m_viewFiles = new ExplorationViewFiles(m_exploration, this);
    m_palette = new ExplorationPalette(this);
    m_palette->addListener([this](bool dark) {
        m_compare->view()->setDarkMode(dark);
        for (ChartPanel *panel : std::as_const(m_chartPanels))
            setChartDarkMode(*panel->dashboardChart()->chart(), dark);
    });
    for (ChartPanel *panel : std::as_const(m_chartPanels)) {
        // A chart update re-creates some of its text items in the light colours.
        DashboardChart *chart = panel->dashboardChart();
        connect(chart, &DashboardChart::updated, this, [this, chart] {
            if (m_palette->isDark())
                setChartDarkMode(*chart->chart(), true);
        });
        followChartDarkMode(*chart->chart(), [palette = m_palette] { return palette->isDark(); });
    }
    connect(m_filterPanel, &FilterPanel::filterChanged, m_exploration, [this](const FilterState &f) {
        m_exploration->setPanelFilter(f, f == m_filterPanel->defaultFilter());
    });
    connect(m_breadcrumb, &Breadcrumb::selectionRemoved, m_exploration, &ExplorationController::removeSelection);
    connect(m_breadcrumb, &Breadcrumb::expansionRemoved, m_exploration, &ExplorationController::removeExpansion);
    connect(m_breadcrumb, &Breadcrumb::clearAllRequested, m_exploration, &ExplorationController::clearFilters);
    connect(m_exploration, &ExplorationController::stateChanged, this, &MainWindow::refresh);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_datasets->addOpenActions(m_fileMenu);
    m_builtinAction = m_fileMenu->addAction(QString(), this, [this] { m_datasets->activate(0); });
    m_fileMenu->addSeparator();
    m_viewFiles->addFileActions(m_fileMenu);
    m_fileMenu->addSeparator();
    m_exports->addChartExportActions(m_fileMenu);
    m_datasets->addExportMenu(m_fileMenu);
    m_fileMenu->addSeparator();
    m_exports->addPrintActions(m_fileMenu);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_actions->addEditActions(m_editMenu);
    m_editMenu->addSeparator();
    m_exports->addEditActions(m_editMenu);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_actions->addViewActions(m_viewMenu, m_chartPanels.at(0), m_chartPanels.at(1), m_chartPanels.at(2));
    m_viewMenu->addSeparator();
    m_darkAction = m_viewMenu->addAction(QString());
    m_darkAction->setObjectName(QStringLiteral("darkPalette"));
    m_darkAction->setCheckable(true);
    m_darkAction->setChecked(m_palette->isDark());
    connect(m_darkAction, &QAction::toggled, m_palette, &ExplorationPalette::setDark);
    connect(m_palette, &ExplorationPalette::darkChanged, m_darkAction, &QAction::setChecked);
    QAction *compare = m_compareAction = m_viewMenu->addAction(QString());
    compare->setObjectName(QStringLiteral("showComparison"));
    compare->setCheckable(true);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(compare, &QAction::toggled, m_tabs, [this](bool on) { m_tabs->setCurrentIndex(on ? 1 : 0); });
    connect(m_tabs, &QTabWidget::currentChanged, compare, [compare](int page) { compare->setChecked(page == 1); });
    m_viewMenu->addSeparator();
    m_language = new LanguageController(m_model, this);
    m_viewMenu->addMenu(m_language->createMenu(this));

    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(QStringLiteral("navigation"));
    m_actions->addNavigationActions(m_toolbar);
    m_toolbar->addAction(compare);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("MedTour Dashboard — foreign patients in Korea"));
    m_tabs->setTabText(0, tr("&Dashboard"));
    m_tabs->setTabText(1, tr("C&ompare"));
    m_filtersDock->setWindowTitle(tr("Filters"));
    m_fileMenu->setTitle(tr("&File"));
    m_builtinAction->setText(tr("Use the &built-in dataset"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_darkAction->setText(tr("Dark &palette"));
    m_compareAction->setText(tr("&Compare two years or categories"));
    m_compareAction->setIconText(withoutMnemonic(m_compareAction->text()));
    m_toolbar->setWindowTitle(tr("Navigation"));
    refresh();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_toolbar)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::setKeyboardOrder()
{
    // Tab order: filters -> breadcrumb -> charts -> table. The filter panel's last focusable
    // widget is found along its own focus chain.
    QWidget *last = m_filterPanel;
    for (QWidget *w = m_filterPanel->nextInFocusChain(); w != m_filterPanel; w = w->nextInFocusChain()) {
        if (m_filterPanel->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            last = w;
    }
    QList<QWidget *> chain{last, m_breadcrumb->rootButton()};
    for (ChartPanel *panel : std::as_const(m_chartPanels))
        chain << panel->chartView();
    chain << m_table->tableView();
    for (int i = 0; i + 1 < chain.size(); ++i)
        setTabOrder(chain.at(i), chain.at(i + 1));
}

void MainWindow::refresh()
{
    m_filterPanel->setFilter(m_model->filter());
    m_breadcrumb->setFilter(m_model->filter());
    const QString provenance = m_model->cube() ? m_model->cube()->provenance() : QString();
    m_sourceLabel->setText(sourceLineFor(provenance));  // a loaded file is its own source
    for (ChartPanel *panel : std::as_const(m_chartPanels))
        panel->dashboardChart()->setProvenance(provenance);
    m_kpiStrip->setKoreanUnits(m_exploration->view().koreanUnits);
    m_compare->view()->setKoreanUnits(m_exploration->view().koreanUnits);
    m_kpiStrip->setSummary(m_model->summary());
    statusBar()->showMessage(tr("Dataset: %1").arg(m_datasets->activeDatasetName()));
}

void MainWindow::showPage(int page)
{
    m_tabs->setCurrentIndex(page);
}

bool MainWindow::restoreLastView()
{
    return m_viewFiles->restoreLastView();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_viewFiles->saveLastView();
    QMainWindow::closeEvent(event);
}

}  // namespace medtour
