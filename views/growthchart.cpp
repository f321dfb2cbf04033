#include "growthchart.h"

#include "chartfit.h"
#include "chartinteraction.h"
#include "chartlegend.h"
#include "charttheme.h"
#include "charttooltips.h"

#include <model/growthtablemodel.h>
#include <model/language.h>
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

#include <cmath>

namespace medtour {

// "All": what the slice counts (the model's label, in the language of its last recompute);
// a nationality: its name in the current language.
QString GrowthChart::seriesName(const GrowthTableModel::Series &s)
{
    return s.id == QLatin1String("All") ? s.label : localizedName(s.id, s.nameKo, s.nameJa);
}

namespace {

// Log10 ticks from 10^low up to `top` (a 1, 2 or 5 x 10^k at or above the largest count):
// every power of ten, plus 2x and 5x over at most three decades.
void setLogTicks(QCategoryAxis &axis, int low, double top, bool korean)
{
    const int high = static_cast<int>(std::ceil(std::log10(top) - 1e-9));
    const QStringList old = axis.categoriesLabels();
    for (const QString &label : old)
        axis.remove(label);
    axis.setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis.setStartValue(low - 1e-6);
    for (int k = low; k <= high; ++k) {
        for (int m : {1, 2, 5}) {
            const double v = m * std::pow(10.0, k);
            if ((m != 1 && high - low > 3) || v > top * (1.0 + 1e-9))
                continue;
            axis.append(korean ? formatKoreanUnitsCompact(v) : formatCount(std::llround(v)), std::log10(v));
        }
    }
    axis.setRange(low, std::log10(top));
}

}  // namespace

GrowthChart::GrowthChart(GrowthTableModel *model, QObject *parent)
    : DashboardChart(parent), m_model(model), m_chart(new QChart), m_bars(new QBarSeries(m_chart)),
      m_yearAxis(new QBarCategoryAxis(m_chart)), m_countAxis(new QCategoryAxis(m_chart)),
      m_logAxis(new QCategoryAxis(m_chart)), m_yoyAxis(new QCategoryAxis(m_chart))
{
    m_chart->addSeries(m_bars);
    m_chart->addAxis(m_yearAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    m_chart->addAxis(m_logAxis, Qt::AlignLeft);
    m_logAxis->setVisible(false);
    m_chart->addAxis(m_yoyAxis, Qt::AlignRight);
    m_bars->attachAxis(m_yearAxis);
    m_bars->attachAxis(m_countAxis);
    m_bars->setBarWidth(0.75);
    m_yearAxis->setGridLineVisible(false);
    m_yoyAxis->setGridLineVisible(false);
    applyChartTheme(*m_chart);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GrowthChart::refresh);
    connect(m_chart, &QChart::plotAreaChanged, this, &GrowthChart::applyHighlight);
    setLegendClickHandler(*m_chart, [this](const QString &id) { toggleSeries(id); });
    connectMarks();
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
    const bool departments = m_model->measure() == Measure::DepartmentBased;
    if (years.isEmpty())
        return departments ? tr("Department-based counts per year and YoY growth") : tr("Patients per year and YoY growth");
    const QString first = formatYear(years.constFirst());
    const QString last = formatYear(years.constLast());
    return departments ? tr("Department-based counts per year and YoY growth, %1–%2").arg(first, last)
                       : tr("Patients per year and YoY growth, %1–%2").arg(first, last);
}

QString GrowthChart::unavailableReason() const
{
    return m_model->unavailableReason();
}

std::unique_ptr<DashboardChart> GrowthChart::createExportCopy() const
{
    auto copy = std::make_unique<GrowthChart>(m_model, nullptr);
    copy->m_logScale = m_logScale;
    copy->setHiddenSeries(hiddenSeries());
    copy->setKoreanUnits(koreanUnits());
    copy->refresh();
    return copy;
}

void GrowthChart::setLogScale(bool on)
{
    if (on == m_logScale)
        return;
    m_logScale = on;
    refresh();
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
    setValueAxisTitle(*m_chart, *m_yoyAxis, tr("YoY growth (%)"), tr("YoY (%)"));
    fillBars();
    fillYoy();
    m_bars->setVisible(available);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_yearAxis), static_cast<QAbstractAxis *>(m_yoyAxis)})
        axis->setVisible(available);
    m_countAxis->setVisible(available && !m_logScale);
    m_logAxis->setVisible(available && m_logScale);
    for (int i = m_segmentsUsed; i < m_segmentPool.size(); ++i)
        m_segmentPool.at(i)->setVisible(false);
    const QList<GrowthTableModel::Series> &series = m_model->series();
    QList<LegendEntry> legend;
    for (int s = 0; s < series.size(); ++s)
        legend.append({series.at(s).id, seriesName(series.at(s)), chartColor(s), hiddenSeries().contains(series.at(s).id)});
    for (int s = 0; s < series.size(); ++s) {
        const QString key = QStringLiteral("yoy:") + series.at(s).id;
        const QColor color = series.size() == 1 ? chartColor(1) : chartColor(s).darker(150);
        legend.append({key, tr("YoY growth (%) – %1", "legend: growth line of a series").arg(seriesName(series.at(s))), color,
                       hiddenSeries().contains(key)});
    }
    for (int i = 0; i < m_segmentsUsed; ++i) {
        const QString key = QStringLiteral("yoy:") + series.at(m_segmentOrigin.at(i).first).id;
        m_segmentPool.at(i)->setVisible(available && !hiddenSeries().contains(key));
    }
    setLegendEntries(*m_chart, legend);
    setReadableLegend(*m_chart, available, Qt::AlignBottom, QMargins(8, 6, 8, 6));
    if (m_highlighted >= markCount())
        m_highlighted = -1;
    applyHighlight();
    emit updated();
}

void GrowthChart::fillBars()
{
    m_bars->clear();
    const QList<int> &years = m_model->years();
    const QList<GrowthTableModel::Series> &series = m_model->series();
    // A bar set needs a value per year: a missing count is 0 there (no bar is drawn) and the
    // year's label says "n/a", so a missing year never reads as zero patients.
    QList<bool> missing;
    double maxCount = 0.0;
    for (int y = 0; y < years.size(); ++y) {
        missing.append(false);
        for (const GrowthTableModel::Series &s : series)
            missing.last() = missing.last() || !s.points.at(y).value.has_value();
    }
    double minPositive = 0.0;
    for (const GrowthTableModel::Series &s : series) {
        for (const ResolvedValue &p : s.points) {
            const double v = static_cast<double>(p.value.value_or(0));
            maxCount = std::max(maxCount, v);
            if (v > 0.0 && (minPositive <= 0.0 || v < minPositive))
                minPositive = v;
        }
    }
    const int logLow = minPositive > 0.0 ? static_cast<int>(std::floor(std::log10(minPositive))) : 0;
    // The axis top: the smallest 1, 2 or 5 x 10^k at or above the largest count.
    double logTop = std::pow(10.0, logLow + 1);
    while (logTop < maxCount)
        logTop *= (std::abs(std::log10(logTop) - std::round(std::log10(logTop))) < 1e-9) ? 2.0 : logTop / std::pow(10.0, std::floor(std::log10(logTop) + 1e-9)) < 3.0 ? 2.5 : 2.0;
    for (int i = 0; i < series.size(); ++i) {
        auto *set = new QBarSet(seriesName(series.at(i)), m_bars);
        set->setColor(chartColor(i));
        set->setBorderColor(chartColor(i));
        // Hidden through the legend: the set stays (its colour and place) but draws nothing.
        const bool hidden = hiddenSeries().contains(series.at(i).id);
        for (const ResolvedValue &p : series.at(i).points) {
            const double v = hidden ? 0.0 : static_cast<double>(p.value.value_or(0));
            // On the log scale a missing or zero count sits at the axis floor: no bar.
            set->append(!m_logScale ? v : v > 0.0 ? std::log10(v) : logLow);
        }
        m_bars->append(set);
    }
    setYearLabels(*m_chart, *m_yearAxis, years, missing);
    const bool attachedLog = m_bars->attachedAxes().contains(m_logAxis);
    if (m_logScale != attachedLog) {
        m_bars->detachAxis(m_logScale ? m_countAxis : m_logAxis);
        m_bars->attachAxis(m_logScale ? m_logAxis : m_countAxis);
    }
    if (m_logScale) {
        setLogTicks(*m_logAxis, logLow, logTop, koreanUnits());
        m_logAxis->setTitleText(m_model->measure() == Measure::DepartmentBased ? tr("Count (log scale)")
                                                                              : tr("Patients (log scale)"));
        applyAxisTheme(*m_logAxis);
    }
    setValueTicks(*m_chart, *m_countAxis, koreanUnits() ? TickFormat::KoreanCount : TickFormat::Count, 0.0, maxCount);
    setValueAxisTitle(*m_chart, *m_countAxis,
                      m_model->measure() == Measure::DepartmentBased ? tr("Department-based count") : tr("Patients"),
                      tr("Count"));
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
        connectSegment(line);
    }
    return m_segmentPool.at(index);
}

void GrowthChart::fillYoy()
{
    const QList<GrowthTableModel::Series> &series = m_model->series();
    m_segmentsUsed = 0;
    m_segmentInLegend.clear();
    m_segmentOrigin.clear();
    double low = 0.0;
    double high = 0.0;
    for (int s = 0; s < series.size(); ++s) {
        const QColor color = series.size() == 1 ? chartColor(1) : chartColor(s).darker(150);
        const QString name = tr("YoY growth (%) – %1", "legend: growth line of a series").arg(seriesName(series.at(s)));
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
            m_segmentOrigin.append({s, static_cast<int>(run.constFirst().x())});
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
