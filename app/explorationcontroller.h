#pragma once

#include "explorationstate.h"
#include "undoviewcommand.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace medtour {

class DashboardChart;
class DashboardModel;
class GrowthChart;
class NationalityShareChart;
class SpecialtyBreakdownChart;

// The analyst's exploration as undoable steps: cross-filtering (a click on a category filters
// every view to it), expanding "Other", going back one drill level, filter-panel edits and
// chart options. Every change is an UndoViewCommand on its QUndoStack (owned) and is applied
// through DashboardModel::setFilter() and the charts' option setters. The model and the charts
// are not owned and must outlive the controller; charts may be left unset (batch, tests).
class ExplorationController : public QObject
{
    Q_OBJECT
public:
    ExplorationController(DashboardModel *model, QObject *parent);

    /// Binds the charts: their clicks drive drillInto()/expandOther()/setFocusYear(), and
    /// apply() sets their options. Call once.
    void setCharts(NationalityShareChart *shares, GrowthChart *growth, SpecialtyBreakdownChart *specialties);

    QUndoStack *undoStack() const { return m_undo; }
    DashboardModel *dashboard() const { return m_model; }
    const ExplorationState &state() const { return m_state; }
    const ViewState &view() const { return m_state.view; }
    bool canGoBack() const { return !m_state.path.isEmpty(); }

    /// Filters every view to `categoryId` of `dimension` (selection = {id}); one drill level.
    void drillInto(Dimension dimension, const QString &categoryId);
    /// Lists every category of `dimension` instead of the top N + "Other"; one drill level.
    void expandOther(Dimension dimension);
    /// Undoes the last drill level (Esc, Alt+Left, Back): restores that dimension's filter.
    void back();
    void removeSelection(Dimension dimension);
    void removeExpansion(Dimension dimension);
    void clearFilters();
    /// A filter edited in the filter panel (which does not know about expanded "Other": the
    /// current expansion is kept unless the panel was reset to its defaults, `isReset`).
    void setPanelFilter(const FilterState &filter, bool isReset = false);
    void setFocusYear(int year);
    /// Replaces the whole view (opening a saved view): one undo step named by `text` (called
    /// again when the language changes).
    void setView(const ViewState &view, UndoViewCommand::TextFunction text);
    /// Replaces the view without an undo step and clears the stack (start-up restore).
    void resetView(const ViewState &view);

    void setNationalityMode(ShareChartMode mode);
    void setSpecialtyMode(SpecialtyChartMode mode);
    void setNationalityValueKind(ChartValueKind kind);
    void setSpecialtyValueKind(ChartValueKind kind);
    void setKoreanUnits(bool on);
    void setGrowthLogScale(bool on);

    /// Applies `state` to the model and the charts (used by the undo commands). Emits
    /// stateChanged().
    void apply(const ExplorationState &state);

signals:
    /// After any state was applied (do, undo, redo): menus and the breadcrumb re-read state().
    void stateChanged();

private:
    void push(ExplorationState next, UndoViewCommand::TextFunction text);
    /// Renames every undo step in the current language.
    void retranslateUndoSteps();
    template<typename T>
    void setOption(T ViewState::*member, T value, UndoViewCommand::TextFunction text)
    {
        ExplorationState next = m_state;
        next.view.*member = value;
        push(std::move(next), std::move(text));
    }
    void applyChartOptions() const;
    void onModelFilterChanged();
    FilterState normalized(const FilterState &f) const;
    /// The category's name in the current language (the id when the data lacks it).
    QString categoryName(Dimension dimension, const QString &categoryId) const;

    DashboardModel *m_model;
    QUndoStack *m_undo;
    ExplorationState m_state;
    NationalityShareChart *m_shares = nullptr;
    GrowthChart *m_growth = nullptr;
    SpecialtyBreakdownChart *m_specialties = nullptr;
    bool m_applying = false;
};

}  // namespace medtour
