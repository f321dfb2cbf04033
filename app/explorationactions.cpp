#include "explorationactions.h"

#include "explorationcontroller.h"

#include <views/chartpanel.h>

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QToolBar>
#include <QUndoStack>

namespace medtour {

ExplorationActions::ExplorationActions(ExplorationController *controller, QObject *parent)
    : QObject(parent), m_controller(controller)
{
    QUndoStack *stack = controller->undoStack();
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setObjectName(QStringLiteral("undo"));
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_redo->setObjectName(QStringLiteral("redo"));
    m_back = new QAction(tr("&Back"), this);
    m_back->setObjectName(QStringLiteral("back"));
    m_back->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence::Back});
    m_back->setToolTip(tr("Go up one drill level (Esc, Alt+Left)"));
    m_back->setIcon(QIcon::fromTheme(QStringLiteral("go-previous")));
    connect(m_back, &QAction::triggered, controller, &ExplorationController::back);
    m_clear = new QAction(tr("&Clear filters"), this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    connect(m_clear, &QAction::triggered, controller, &ExplorationController::clearFilters);
    connect(controller, &ExplorationController::stateChanged, this, &ExplorationActions::syncChecks);
    syncChecks();
}

void ExplorationActions::addEditActions(QMenu *edit)
{
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_back);
    edit->addAction(m_clear);
}

void ExplorationActions::addNavigationActions(QToolBar *toolbar)
{
    toolbar->addAction(m_back);
    toolbar->addAction(m_undo);
    toolbar->addAction(m_redo);
}

QAction *ExplorationActions::addCheckable(QMenu *menu, const QString &text, ChartPanel *panel)
{
    QAction *a = menu->addAction(text);
    a->setCheckable(true);
    if (panel)
        panel->addContextAction(a);
    return a;
}

void ExplorationActions::addViewActions(QMenu *view, ChartPanel *sharesPanel, ChartPanel *growthPanel,
                                        ChartPanel *specialtyPanel)
{
    ExplorationController *c = m_controller;
    auto *shareModes = new QActionGroup(this);
    const QList<std::pair<QString, ShareChartMode>> shareOptions = {
        {tr("Nationality shares as &donut"), ShareChartMode::Donut},
        {tr("Nationality shares as ranked &bars"), ShareChartMode::RankedBars}};
    for (const auto &[text, mode] : shareOptions) {
        QAction *a = addCheckable(view, text, sharesPanel);
        shareModes->addAction(a);
        connect(a, &QAction::triggered, c, [c, mode = mode] { c->setNationalityMode(mode); });
        m_checks.append({a, [c, mode = mode] { return c->view().nationalityMode == mode; }});
    }
    QAction *shareValues = addCheckable(view, tr("Nationality bars show &shares"), sharesPanel);
    connect(shareValues, &QAction::triggered, c, [c](bool on) {
        c->setNationalityValueKind(on ? ChartValueKind::Share : ChartValueKind::Count);
    });
    m_checks.append({shareValues, [c] { return c->view().nationalityValueKind == ChartValueKind::Share; }});
    view->addSeparator();
    auto *specialtyModes = new QActionGroup(this);
    const QList<std::pair<QString, SpecialtyChartMode>> modes = {
        {tr("Specialties: focus year"), SpecialtyChartMode::FocusYearBars},
        {tr("Specialties: grouped across years"), SpecialtyChartMode::GroupedYears},
        {tr("Specialties: stacked across years"), SpecialtyChartMode::StackedYears},
        {tr("Specialties: 100% across years"), SpecialtyChartMode::PercentYears}};
    for (const auto &[text, mode] : modes) {
        QAction *a = addCheckable(view, text, specialtyPanel);
        specialtyModes->addAction(a);
        connect(a, &QAction::triggered, c, [c, mode = mode] { c->setSpecialtyMode(mode); });
        m_checks.append({a, [c, mode = mode] { return c->view().specialtyMode == mode; }});
    }
    QAction *specialtyValues = addCheckable(view, tr("Specialty bars show s&hares"), specialtyPanel);
    connect(specialtyValues, &QAction::triggered, c, [c](bool on) {
        c->setSpecialtyValueKind(on ? ChartValueKind::Share : ChartValueKind::Count);
    });
    m_checks.append({specialtyValues, [c] { return c->view().specialtyValueKind == ChartValueKind::Share; }});
    view->addSeparator();
    QAction *logScale = addCheckable(view, tr("Growth on a &log scale"), growthPanel);
    connect(logScale, &QAction::triggered, c, &ExplorationController::setGrowthLogScale);
    m_checks.append({logScale, [c] { return c->view().growthLogScale; }});
    QAction *korean = addCheckable(view, tr("&Korean units (117만)"), nullptr);
    korean->setObjectName(QStringLiteral("koreanUnits"));
    connect(korean, &QAction::triggered, c, &ExplorationController::setKoreanUnits);
    m_checks.append({korean, [c] { return c->view().koreanUnits; }});
    syncChecks();
}

void ExplorationActions::syncChecks()
{
    for (const auto &[action, checked] : std::as_const(m_checks)) {
        const QSignalBlocker block(action);
        action->setChecked(checked());
    }
    m_back->setEnabled(m_controller->canGoBack());
}

}  // namespace medtour
