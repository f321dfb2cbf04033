#include "growthchart.h"

#include "chartfit.h"
#include "chartlegend.h"
#include "charttheme.h"

#include <model/growthtablemodel.h>
#include <model/numberformat.h>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>

namespace medtour {

namespace {

QString seriesName(const GrowthTableModel::Series &s)
{
    if (s.id == QLatin1String("All"))
        return QStringLiteral("All patients");
    return s.nameKo.isEmpty() ? s.id : s.id + QLatin1Char(' ') + s.nameKo;
}

}  // namespace

GrowthChart::GrowthChart(GrowthTableModel *model, QObject *parent)
    : DashboardChart(parent), m_model(model), m_chart(new QChart), m_bars(new QBarSeries(m_chart)),
      m_yearAxis(new QBarCategoryAxis(m_chart)), m_countAxis(new QCategoryAxis(m_chart)),
      m_yoyAxis(new QCategoryAxis(m_chart))
{
    m_chart->addSeries(m_bars);
    m_chart->addAxis(m_yearAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    m_chart->addAxis(m_yoyAxis, Qt::AlignRight);
    m_bars->attachAxis(m_yearAxis);
    m_bars->attachAxis(m_countAxis);
    m_bars->setBarWidth(0.75);
    m_yearAxis->setGridLineVisible(false);
    m_yoyAxis->setGridLineVisible(false);
    setValueAxisTitle(*m_chart, *m_yoyAxis, QStringLiteral("YoY growth (%)"), QStringLiteral("YoY (%)"));
    applyChartTheme(*m_chart);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GrowthChart::refresh);
    refresh();
}

GrowthChart::~GrowthChart()
{
    // A QChartView that took the chart deletes it with its scene.
    if (m_chart && !m_chart->scene())
        delete m_chart.data();
}

QChart *GrowthChart::chart() const
{
    return m_chart.data();
}

QString GrowthChart::title() const
{
    const QList<int> &years = m_model->years();
    const QString what = m_model->measure() == Measure::DepartmentBased ? QStringLiteral("Department-based counts")
                                                                        : QStringLiteral("Patients");
    if (years.isEmpty())
        return what + QStringLiteral(" per year and YoY growth");
    return QStringLiteral("%1 per year and YoY growth, %2–%3").arg(what).arg(years.constFirst()).arg(years.constLast());
}

QString GrowthChart::unavailableReason() const
{
    return m_model->unavailableReason();
}

std::unique_ptr<DashboardChart> GrowthChart::createExportCopy() const
{
    return std::make_unique<GrowthChart>(m_model, nullptr);
}

QList<QLineSeries *> GrowthChart::yoySegments() const
{
    return m_segmentPool.mid(0, m_segmentsUsed);
}

void GrowthChart::refresh()
{
    if (!m_chart)
        return;
    const QString reason = unavailableReason();
    const bool available = reason.isEmpty();
    setChartTitle(*m_chart, title(), 6);
    m_bars->clear();
    const QList<int> &years = m_model->years();
    const QList<GrowthTableModel::Series> &series = m_model->series();
    // A bar set needs a value per year: a missing count is 0 there (no bar is drawn) and the
    // year's label says "n/a", so a missing year never reads as zero patients.
    QStringList labels;
    double maxCount = 0.0;
    for (int y = 0; y < years.size(); ++y) {
        bool missing = false;
        for (const GrowthTableModel::Series &s : series)
            missing = missing || !s.points.at(y).value.has_value();
        labels.append(missing ? QStringLiteral("%1<br>n/a").arg(years.at(y)) : QString::number(years.at(y)));
    }
    for (int i = 0; i < series.size(); ++i) {
        auto *set = new QBarSet(seriesName(series.at(i)), m_bars);
        set->setColor(chartColor(i));
        set->setBorderColor(chartColor(i));
        for (const ResolvedValue &p : series.at(i).points) {
            set->append(p.value ? static_cast<double>(*p.value) : 0.0);
            maxCount = std::max(maxCount, p.value ? static_cast<double>(*p.value) : 0.0);
        }
        m_bars->append(set);
    }
    setYearLabels(*m_chart, *m_yearAxis, labels);
    setValueTicks(*m_chart, *m_countAxis, TickFormat::Count, 0.0, maxCount);
    setValueAxisTitle(*m_chart, *m_countAxis,
                      m_model->measure() == Measure::DepartmentBased ? QStringLiteral("Department-based count")
                                                                     : QStringLiteral("Patients"),
                      QStringLiteral("Count"));
    fillYoy();
    m_bars->setVisible(available);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_yearAxis), static_cast<QAbstractAxis *>(m_countAxis),
                                static_cast<QAbstractAxis *>(m_yoyAxis)})
        axis->setVisible(available);
    for (int i = m_segmentsUsed; i < m_segmentPool.size(); ++i)
        m_segmentPool.at(i)->setVisible(false);
    for (int i = 0; i < m_segmentsUsed; ++i)
        m_segmentPool.at(i)->setVisible(available);
    // After the visibility changes: QLegend shows a marker again when its series turns visible.
    // Each line is named once in the legend, not once per segment.
    for (int i = 0; i < m_segmentPool.size(); ++i) {
        const auto markers = m_chart->legend()->markers(m_segmentPool.at(i));
        for (QLegendMarker *marker : markers)
            marker->setVisible(i < m_segmentsUsed && m_segmentInLegend.at(i));
    }
    setReadableLegend(*m_chart, available, Qt::AlignBottom, QMargins(8, 6, 8, 6));
    emit updated();
}

QLineSeries *GrowthChart::segment(int index)
{
    while (m_segmentPool.size() <= index) {
        auto *line = new QLineSeries(m_chart);
        m_chart->addSeries(line);
        line->attachAxis(m_yearAxis);
        line->attachAxis(m_yoyAxis);
        line->setPointsVisible(true);
        line->setMarkerSize(5.0);
        m_segmentPool.append(line);
    }
    return m_segmentPool.at(index);
}

void GrowthChart::fillYoy()
{
    const QList<GrowthTableModel::Series> &series = m_model->series();
    m_segmentsUsed = 0;
    m_segmentInLegend.clear();
    double low = 0.0;
    double high = 0.0;
    for (int s = 0; s < series.size(); ++s) {
        const QColor color = series.size() == 1 ? chartColor(1) : chartColor(s).darker(150);
        const QString name = QStringLiteral("YoY growth (%) – %1").arg(seriesName(series.at(s)));
        const QList<ResolvedValue> &points = series.at(s).points;
        bool first = true;
        for (int y = 0; y < points.size();) {
            if (!points.at(y).yoyPct) {
                ++y;
                continue;
            }
            QList<QPointF> run;  // a run of consecutive years with a YoY value; gaps split lines
            for (; y < points.size() && points.at(y).yoyPct; ++y) {
                run.append(QPointF(y, *points.at(y).yoyPct));
                low = std::min(low, *points.at(y).yoyPct);
                high = std::max(high, *points.at(y).yoyPct);
            }
            QLineSeries *line = segment(m_segmentsUsed++);
            line->replace(run);
            line->setName(name);
            QPen pen(color, 2.0);
            line->setPen(pen);
            line->setColor(color);
            m_segmentInLegend.append(first);
            first = false;
        }
    }
    for (int i = m_segmentsUsed; i < m_segmentPool.size(); ++i)
        m_segmentPool.at(i)->clear();
    setValueTicks(*m_chart, *m_yoyAxis, TickFormat::Percent, low, high);
}

}  // namespace medtour
