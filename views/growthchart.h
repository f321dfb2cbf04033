#pragma once

#include "dashboardchart.h"

#include <model/growthtablemodel.h>

#include <QList>
#include <QPair>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QCategoryAxis;
class QLineSeries;
QT_END_NAMESPACE

namespace medtour {


// Patients per year (bars, one bar set per series: the filtered slice or each selected
// nationality) with YoY growth in percent as lines on a right-hand axis, bound to a
// GrowthTableModel. A missing count draws no bar and its year is labelled "n/a"; a missing
// YoY value is a gap (each line is split into segments, one QLineSeries per segment, taken
// from a pool that only grows and is reused). Built once, updated in place on model reset and
// after a language switch (names via localizedName(), years via formatYear()).
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
    QString textDescription() const override;

    /// Counts on a logarithmic axis (powers of ten, 2x and 5x ticks); missing and zero counts
    /// draw no bar. Off by default.
    void setLogScale(bool on);
    bool logScale() const { return m_logScale; }

    /// Marks are the count bars, year-major: mark = year index * series count + series index.
    int markCount() const override;
    QString markToolTip(int index) const override;
    /// Emits yearActivated(year) and, for a nationality series (not "All"),
    /// categoryActivated(Nationality, id).
    void activateMark(int index) override;
    void setHighlightedMark(int index) override;
    /// Tooltip of the count bar (`yoy` false) or YoY point (`yoy` true) of series `series` in
    /// year `yearIndex` (index into the model's years()); empty when out of range.
    QString toolTipFor(int series, int yearIndex, bool yoy = false) const;

    QBarSeries *barSeries() const { return m_bars; }
    /// The YoY line segments in use (visible), in series then year order.
    QList<QLineSeries *> yoySegments() const;

protected:
    void optionsChanged() override { refresh(); }

private:
    void refresh();
    void fillBars();
    void applyHighlight();
    void connectMarks();
    void connectSegment(QLineSeries *line);
    void hoverBar(bool state, int index, QBarSet *set);
    void clickYear(int series, int yearIndex);
    void fillYoy();
    QLineSeries *segment(int index);
    static QString seriesName(const GrowthTableModel::Series &s);

    GrowthTableModel *m_model;
    QPointer<QChart> m_chart;  // null once a QChartView that took it deleted it
    QBarSeries *m_bars;
    QBarCategoryAxis *m_yearAxis;
    QCategoryAxis *m_countAxis;
    QCategoryAxis *m_logAxis;  // counts on a log10 scale, used instead of m_countAxis
    QCategoryAxis *m_yoyAxis;
    QList<QLineSeries *> m_segmentPool;
    int m_segmentsUsed = 0;
    QList<QPair<int, int>> m_segmentOrigin;  // per used segment: series index, first year index
    bool m_logScale = false;
    QList<bool> m_segmentInLegend;  // per used segment: the first of its series
};

}  // namespace medtour
