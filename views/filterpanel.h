#pragma once

#include <model/filterstate.h>

#include <QWidget>

#include <array>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace medtour {

class CategoryChecklist;
class ObservationCube;

// The filter controls of the dashboard: focus year, year range, a checklist per dimension
// (nationality with a debounced search), top N and "Reset filters". Not the source of truth:
// a user edit builds a FilterState from the widgets and emits filterChanged(); the
// DashboardModel's filter comes back through setFilter(), which never echoes. Texts follow the
// current language (years via formatYear(), names via localizedName()); the filter keeps ids
// and years as numbers. Owns its widgets.
class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxTopN = 20;

    explicit FilterPanel(QWidget *parent);

    /// Fills the year controls with the cube's years and the checklists with its
    /// (non-aggregate) categories. Emits nothing; call setFilter() afterwards.
    void setCube(const ObservationCube &cube);
    /// Shows `filter` in the widgets under QSignalBlocker (no filterChanged()).
    void setFilter(const FilterState &filter);
    /// The filter the widgets currently show (years, selections as sorted English ids, top N).
    FilterState currentFilter() const;
    /// The filter "Reset filters" emits: all years, focus on the latest, no selections, top 5.
    FilterState defaultFilter() const;

    CategoryChecklist *checklist(Dimension d) const { return m_lists[static_cast<int>(d)]; }

signals:
    void filterChanged(const medtour::FilterState &filter);

protected:
    /// On a language switch: every label, tooltip, accessible name and year text is set again
    /// (selections and the filter stay; no filterChanged()).
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void emitFromWidgets();
    void onFromYearEdited(int year);
    void onToYearEdited(int year);
    void resetFilters();

    QComboBox *m_focusYear;
    QSpinBox *m_fromYear;
    QSpinBox *m_toYear;
    QSpinBox *m_topN;
    std::array<CategoryChecklist *, kDimensionCount> m_lists{};
    QPushButton *m_reset;
    QLabel *m_focusLabel;
    QLabel *m_yearsLabel;
    QLabel *m_toLabel;
    QLabel *m_topNLabel;
    int m_minYear = 2009;
    int m_maxYear = 2024;
};

}  // namespace medtour
