#include "explorationactions.h"

#include "explorationcontroller.h"
#include "translatedtexts.h"

#include <views/chartpanel.h>
#include <views/translations.h>

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QToolBar>
#include <QUndoStack>

namespace medtour {

ExplorationActions::ExplorationActions(ExplorationController *controller, QObject *parent)
    : QObject(parent), m_controller(controller), m_stack(controller->undoStack())
{
    // Own undo/redo actions rather than QUndoStack::createUndoAction(): its prefix is fixed at
    // creation and would stay in the language the window started in.
    QUndoStack *stack = controller->undoStack();
    m_undo = new QAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setObjectName(QStringLiteral("undo"));
    m_undo->setEnabled(stack->canUndo());
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &ExplorationActions::retranslate);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    m_redo = new QAction(this);
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_redo->setObjectName(QStringLiteral("redo"));
    m_redo->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, this, &ExplorationActions::retranslate);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    m_back = new QAction(this);
    m_back->setObjectName(QStringLiteral("back"));
    m_back->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence::Back});
    m_back->setIcon(QIcon::fromTheme(QStringLiteral("go-previous")));
    connect(m_back, &QAction::triggered, controller, &ExplorationController::back);
    m_clear = new QAction(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    connect(m_clear, &QAction::triggered, controller, &ExplorationController::clearFilters);
    connect(controller, &ExplorationController::stateChanged, this, &ExplorationActions::syncChecks);
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this, &ExplorationActions::retranslate);
    retranslate();
    syncChecks();
}

void ExplorationActions::retranslate()
{
    // The controller has renamed its undo steps already (it connected to the notifier first).
    // m_stack, not m_controller->undoStack(): the stack's destructor (run by the controller's)
    // still signals changed texts, when the controller is no longer an ExplorationController.
    const QUndoStack *stack = m_stack;
    m_undo->setText(stack->undoText().isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(stack->undoText()));
    m_redo->setText(stack->redoText().isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(stack->redoText()));
    m_back->setText(tr("&Back"));
    m_back->setToolTip(tr("Go up one drill level (Esc, Alt+Left)"));
    m_clear->setText(tr("&Clear filters"));
    for (const auto &[action, text] : std::as_const(m_texts))
        action->setText(tr(text));
    for (QAction *onToolbar : {m_undo, m_redo, m_back})
        onToolbar->setIconText(withoutMnemonic(onToolbar->text()));
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

QAction *ExplorationActions::addCheckable(QMenu *menu, const char *sourceText, ChartPanel *panel)
{
    QAction *a = menu->addAction(tr(sourceText));
    a->setCheckable(true);
    m_texts.append({a, sourceText});
    if (panel)
        panel->addContextAction(a);
    return a;
}

void ExplorationActions::addViewActions(QMenu *view, ChartPanel *sharesPanel, ChartPanel *growthPanel,
                                        ChartPanel *specialtyPanel)
{
    ExplorationController *c = m_controller;
    auto *shareModes = new QActionGroup(this);
    const QList<std::pair<const char *, ShareChartMode>> shareOptions = {
        {QT_TRANSLATE_NOOP("medtour::ExplorationActions", "Nationality shares as &donut"), ShareChartMode::Donut},
        {QT_TRANSLATE_NOOP("medtour::ExplorationActions", "Nationality shares as ranked &bars"),
         ShareChartMode::RankedBars}};
    for (const auto &[text, mode] : shareOptions) {
        QAction *a = addCheckable(view, text, sharesPanel);
        shareModes->addAction(a);
        connect(a, &QAction::triggered, c, [c, mode = mode] { c->setNationalityMode(mode); });
        m_checks.append({a, [c, mode = mode] { return c->view().nationalityMode == mode; }});
    }
    QAction *shareValues =
        addCheckable(view, QT_TRANSLATE_NOOP("medtour::ExplorationActions", "Nationality bars show &shares"), sharesPanel);
    connect(shareValues, &QAction::triggered, c, [c](bool on) {
        c->setNationalityValueKind(on ? ChartValueKind::Share : ChartValueKind::Count);
    });
    m_checks.append({shareValues, [c] { return c->view().nationalityValueKind == ChartValueKind::Share; }});
    view->addSeparator();
    auto *specialtyModes = new QActionGroup(this);
    const QList<std::pair<const char *, SpecialtyChartMode>> modes = {
        {QT_TRANSLATE_NOOP("medtour::ExplorationActions", "Specialties: focus year"), SpecialtyChartMode::FocusYearBars},
        {QT_TRANSLATE_NOOP("medtour::ExplorationActions", "Specialties: grouped across years"),
         SpecialtyChartMode::GroupedYears},
        {QT_TRANSLATE_NOOP("medtour::ExplorationActions", "Specialties: stacked across years"),
         SpecialtyChartMode::StackedYears},
        {QT_TRANSLATE_NOOP("medtour::ExplorationActions", "Specialties: 100% across years"),
         SpecialtyChartMode::PercentYears}};
    for (const auto &[text, mode] : modes) {
        QAction *a = addCheckable(view, text, specialtyPanel);
        specialtyModes->addAction(a);
        connect(a, &QAction::triggered, c, [c, mode = mode] { c->setSpecialtyMode(mode); });
        m_checks.append({a, [c, mode = mode] { return c->view().specialtyMode == mode; }});
    }
    QAction *specialtyValues =
        addCheckable(view, QT_TRANSLATE_NOOP("medtour::ExplorationActions", "Specialty bars show s&hares"), specialtyPanel);
    connect(specialtyValues, &QAction::triggered, c, [c](bool on) {
        c->setSpecialtyValueKind(on ? ChartValueKind::Share : ChartValueKind::Count);
    });
    m_checks.append({specialtyValues, [c] { return c->view().specialtyValueKind == ChartValueKind::Share; }});
    view->addSeparator();
    QAction *logScale =
        addCheckable(view, QT_TRANSLATE_NOOP("medtour::ExplorationActions", "&Growth on a log scale"), growthPanel);
    connect(logScale, &QAction::triggered, c, &ExplorationController::setGrowthLogScale);
    m_checks.append({logScale, [c] { return c->view().growthLogScale; }});
    QAction *korean = addCheckable(view, QT_TRANSLATE_NOOP("medtour::ExplorationActions", "&Korean units (117만)"), nullptr);
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
