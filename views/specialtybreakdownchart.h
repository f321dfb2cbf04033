#pragma once

#include "dashboardchart.h"

#include <QList>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QHorizontalBarSeries;
class QAbstractBarSeries;
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
// are replaced in place on model reset. Owns its QChart until a QChartView takes it; the model
// must outlive this object.
class SpecialtyBreakdownChart : public DashboardChart
{
    Q_OBJECT
public:
    enum class Mode { FocusYearBars, StackedYears, PercentYears };

    SpecialtyBreakdownChart(BreakdownTableModel *model, QObject *parent, Mode mode = Mode::FocusYearBars);
    ~SpecialtyBreakdownChart() override;

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    QChart *chart() const override;
    QString fileStem() const override { return QStringLiteral("specialty-breakdown"); }
    QString title() const override;
    QString unavailableReason() const override;
    std::unique_ptr<DashboardChart> createExportCopy() const override;

    QHorizontalBarSeries *focusSeries() const { return m_focusBars; }
    QStackedBarSeries *stackedSeries() const { return m_stacked; }
    QStackedBarSeries *percentSeries() const { return m_percent; }

private:
    void refresh();
    void fillFocusYear();
    void fillYears();
    void fillShares();
    void showOnly(QAbstractBarSeries *active);

    BreakdownTableModel *m_model;
    Mode m_mode;
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
