#pragma once

#include "dashboardchart.h"

#include <QList>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSeries;
class QCategoryAxis;
class QLineSeries;
QT_END_NAMESPACE

namespace medtour {

class GrowthTableModel;

// Patients per year (bars, one bar set per series: the filtered slice or each selected
// nationality) with YoY growth in percent as lines on a right-hand axis, bound to a
// GrowthTableModel. A missing count draws no bar and its year is labelled "n/a"; a missing
// YoY value is a gap (each line is split into segments, one QLineSeries per segment, taken
// from a pool that only grows and is reused). Built once, updated in place on model reset.
// Owns its QChart until a QChartView takes it; the model must outlive this object.
class GrowthChart : public DashboardChart
{
    Q_OBJECT
public:
    GrowthChart(GrowthTableModel *model, QObject *parent);
    ~GrowthChart() override;

    QChart *chart() const override;
    QString fileStem() const override { return QStringLiteral("yoy-growth"); }
    QString title() const override;
    QString unavailableReason() const override;
    std::unique_ptr<DashboardChart> createExportCopy() const override;

    QBarSeries *barSeries() const { return m_bars; }
    /// The YoY line segments in use (visible), in series then year order.
    QList<QLineSeries *> yoySegments() const;

private:
    void refresh();
    void fillYoy();
    QLineSeries *segment(int index);

    GrowthTableModel *m_model;
    QPointer<QChart> m_chart;  // null once a QChartView that took it deleted it
    QBarSeries *m_bars;
    QBarCategoryAxis *m_yearAxis;
    QCategoryAxis *m_countAxis;
    QCategoryAxis *m_yoyAxis;
    QList<QLineSeries *> m_segmentPool;
    int m_segmentsUsed = 0;
    QList<bool> m_segmentInLegend;  // per used segment: the first of its series
};

}  // namespace medtour
