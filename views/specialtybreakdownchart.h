#pragma once

#include "dashboardchart.h"

#include <QList>
#include <QPair>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QHorizontalBarSeries;
class QAbstractBarSeries;
class QBarSeries;
class QAbstractAxis;
class QStackedBarSeries;
QT_END_NAMESPACE

namespace medtour {

class BreakdownTableModel;

// Specialty breakdown (department-based counts: a patient is counted once per department
// visited, so the counts add up to more than the real patients), bound to a
// BreakdownTableModel. Modes: the focus year as ranked horizontal bars, the years as stacked
// bars, or the years as shares (published or of a published total) stacked to 100% with a
// "Not itemised" remainder. All series and axes are built once; only the mode's series is in
// the chart (Qt Charts puts all bar series of a chart side by side, hidden or not); bar sets
// are replaced in place on model reset and after a language switch (names via
// localizedName(), years via formatYear()). Owns its QChart until a QChartView takes it; the
// model must outlive this object.
class SpecialtyBreakdownChart : public DashboardChart
{
    Q_OBJECT
public:
    enum class Mode { FocusYearBars, StackedYears, PercentYears, GroupedYears };

    SpecialtyBreakdownChart(BreakdownTableModel *model, QObject *parent, Mode mode = Mode::FocusYearBars);
    ~SpecialtyBreakdownChart() override;

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    /// Focus-year and grouped bars show counts (default) or shares in percent.
    void setValueKind(ValueKind kind);
    ValueKind valueKind() const { return m_valueKind; }

    QChart *chart() const override;
    QString fileStem() const override { return QStringLiteral("specialty-breakdown"); }
    QString title() const override;
    QString unavailableReason() const override;
    std::unique_ptr<DashboardChart> createExportCopy() const override;
    QString textDescription() const override;

    /// Marks: the focus year's bars in rank order, or for the year modes the drawn segments,
    /// year-major (each year's specialties in row order).
    int markCount() const override;
    QString markToolTip(int index) const override;
    void activateMark(int index) override;
    void setHighlightedMark(int index) override;
    /// Tooltip of specialty `row` (model row) in year column `column`; empty when out of range.
    QString toolTipFor(int row, int column) const;
    /// Same as a click on the bar / segment of specialty `categoryId` (focus year).
    void clickCategory(const QString &categoryId);

    QHorizontalBarSeries *focusSeries() const { return m_focusBars; }
    QStackedBarSeries *stackedSeries() const { return m_stacked; }
    QStackedBarSeries *percentSeries() const { return m_percent; }
    QBarSeries *groupedSeries() const { return m_grouped; }

protected:
    void optionsChanged() override { refresh(); }

private:
    void refresh();
    void fillGrouped();
    void connectBars(QAbstractBarSeries *series);
    QList<QPair<int, int>> marks() const;  // (model row, year column) per mark
    void applyHighlight();
    void fillFocusYear();
    void fillYears();
    void fillShares();
    void showOnly(QAbstractBarSeries *active);
    /// "Specialty breakdown, 2024" (or a range of years) and the note under it, translated.
    QString heading() const;
    static QString note();
    static QString notItemised();

    BreakdownTableModel *m_model;
    Mode m_mode;
    ValueKind m_valueKind = ValueKind::Count;
    QList<int> m_focusRows;  // per focus bar (bottom to top): model row
    QBarSeries *m_grouped;
    QCategoryAxis *m_groupedAxis;
    QPointer<QChart> m_chart;  // null once a QChartView that took it deleted it
    QHorizontalBarSeries *m_focusBars;
    QStackedBarSeries *m_stacked;
    QStackedBarSeries *m_percent;  // published shares stacked to 100% with the remainder
    QBarCategoryAxis *m_specialtyAxis;
    QCategoryAxis *m_focusCountAxis;
    QList<QGraphicsSimpleTextItem *> m_valueLabels;  // children of m_chart, reused
    QBarCategoryAxis *m_yearAxis;
    QCategoryAxis *m_stackedCountAxis;
    QCategoryAxis *m_percentAxis;
};

}  // namespace medtour
