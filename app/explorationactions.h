#pragma once

#include <QList>
#include <QObject>

#include <functional>
#include <utility>

QT_BEGIN_NAMESPACE
class QAction;
class QUndoStack;
class QMenu;
class QToolBar;
QT_END_NAMESPACE

namespace medtour {

class ChartPanel;
class ExplorationController;

// The menu and toolbar actions of exploration: Edit > Undo / Redo (Ctrl+Z, Ctrl+Shift+Z),
// Back (Esc, Alt+Left, toolbar), Clear filters, and the View menu's chart options (donut /
// bars, specialty modes, counts / shares, Korean units, log scale). Every action goes through
// the controller's undo stack; the check marks follow the controller's state (so undo moves
// them too). Texts follow the language (LanguageNotifier). The controller must outlive this
// object; actions are children of it.
class ExplorationActions : public QObject
{
    Q_OBJECT
public:
    ExplorationActions(ExplorationController *controller, QObject *parent);

    void addEditActions(QMenu *edit);
    void addNavigationActions(QToolBar *toolbar);
    /// The chart options; each chart's own options also go to its panel's context menu.
    void addViewActions(QMenu *view, ChartPanel *sharesPanel, ChartPanel *growthPanel, ChartPanel *specialtyPanel);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *backAction() const { return m_back; }

private:
    QAction *addCheckable(QMenu *menu, const char *sourceText, ChartPanel *panel);
    void syncChecks();
    void retranslate();

    ExplorationController *m_controller;
    QUndoStack *m_stack;  // the controller's, which owns it
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_back;
    QAction *m_clear;
    QList<std::pair<QAction *, std::function<bool()>>> m_checks;  // action, "should be checked"
    QList<std::pair<QAction *, const char *>> m_texts;           // action, untranslated text
};

}  // namespace medtour
