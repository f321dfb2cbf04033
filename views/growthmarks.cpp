// GrowthChart, part 2: its marks (count bars and YoY points) — tooltips, clicks, keyboard
// highlight and the text description. Part 1 (building the series) is growthchart.cpp.
#include "growthchart.h"

#include "chartinteraction.h"
#include "charttooltips.h"

#include <model/growthtablemodel.h>
#include <model/numberformat.h>

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>

#include <cmath>

namespace medtour {

void GrowthChart::connectMarks()
{
    connect(m_bars, &QAbstractBarSeries::hovered, this, &GrowthChart::hoverBar);
    connect(m_bars, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *set) {
        clickYear(static_cast<int>(m_bars->barSets().indexOf(set)), index);
    });
}

void GrowthChart::connectSegment(QLineSeries *line)
{
    connect(line, &QXYSeries::hovered, this, [this, line](const QPointF &point, bool state) {
        const int used = static_cast<int>(m_segmentPool.indexOf(line));
        const bool valid = state && used >= 0 && used < m_segmentsUsed;
        showChartToolTip(*m_chart, valid ? toolTipFor(m_segmentOrigin.at(used).first, qRound(point.x()), true) : QString());
    });
    connect(line, &QXYSeries::clicked, this, [this, line](const QPointF &point) {
        const int used = static_cast<int>(m_segmentPool.indexOf(line));
        if (used >= 0 && used < m_segmentsUsed)
            clickYear(m_segmentOrigin.at(used).first, qRound(point.x()));
    });
}

void GrowthChart::hoverBar(bool state, int index, QBarSet *set)
{
    const int series = static_cast<int>(m_bars->barSets().indexOf(set));
    showChartToolTip(*m_chart, state ? toolTipFor(series, index) : QString());
}

void GrowthChart::clickYear(int series, int yearIndex)
{
    const QList<GrowthTableModel::Series> &all = m_model->series();
    if (series < 0 || series >= all.size() || yearIndex < 0 || yearIndex >= m_model->years().size())
        return;
    emit yearActivated(m_model->years().at(yearIndex));
    if (all.at(series).id != QLatin1String("All"))
        emit categoryActivated(Dimension::Nationality, all.at(series).id);
}

QString GrowthChart::toolTipFor(int series, int yearIndex, bool yoy) const
{
    const QList<GrowthTableModel::Series> &all = m_model->series();
    if (series < 0 || series >= all.size() || yearIndex < 0 || yearIndex >= m_model->years().size())
        return {};
    const GrowthTableModel::Series &s = all.at(series);
    const bool everyone = s.id == QLatin1String("All");
    MarkFacts facts{everyone ? s.label : s.id, everyone ? QString() : s.nameKo, everyone ? QString() : s.nameJa,
                    m_model->years().at(yearIndex), m_model->measure(), s.points.at(yearIndex), false, {}};
    if (yoy)
        facts.extraLine = tr("(YoY growth line)");
    else if (!everyone)
        facts.extraLine = tr("Click to filter to %1").arg(seriesName(s));
    return markToolTipText(facts, koreanUnits());
}

int GrowthChart::markCount() const
{
    if (!unavailableReason().isEmpty())
        return 0;
    return static_cast<int>(m_model->years().size() * m_model->series().size());
}

QString GrowthChart::markToolTip(int index) const
{
    const int n = static_cast<int>(m_model->series().size());
    return index >= 0 && index < markCount() ? toolTipFor(index % n, index / n) : QString();
}

void GrowthChart::activateMark(int index)
{
    const int n = static_cast<int>(m_model->series().size());
    if (index >= 0 && index < markCount())
        clickYear(index % n, index / n);
}

void GrowthChart::setHighlightedMark(int index)
{
    m_highlighted = index >= 0 && index < markCount() ? index : -1;
    applyHighlight();
}

void GrowthChart::applyHighlight()
{
    if (!m_chart)
        return;
    const int n = static_cast<int>(m_model->series().size());
    QRectF rect;
    if (m_highlighted >= 0 && m_highlighted < markCount()) {
        rect = barRect(*m_chart, *m_bars, m_highlighted % n, m_highlighted / n);
        if (rect.height() < 4.0)  // a missing (or hidden) bar: mark its place on the axis
            rect = QRectF(rect.left(), m_chart->plotArea().bottom() - 4.0, rect.width(), 4.0);
    }
    setFocusHighlight(*m_chart, rect);
}

QString GrowthChart::textDescription() const
{
    const QString reason = unavailableReason();
    if (!reason.isEmpty())
        return tr("%1: %2", "chart title: why it has no data").arg(title(), reason);
    QStringList parts;
    const QList<int> &years = m_model->years();
    for (const GrowthTableModel::Series &s : m_model->series()) {
        QStringList points;
        for (int y = 0; y < years.size(); ++y) {
            const ResolvedValue &p = s.points.at(y);
            const QString count = formatCount(p.value, p.status);
            points.append(p.yoyPct ? tr("%1 %2 (%3)", "year, count (growth)")
                                         .arg(formatYear(years.at(y)), count, formatGrowth(p.yoyPct, isApproximate(p.yoyStatus)))
                                   : tr("%1 %2", "year, count").arg(formatYear(years.at(y)), count));
        }
        parts.append(tr("%1: %2", "series name: its yearly values").arg(seriesName(s), points.join(tr(", ", "between the items of a list"))));
    }
    return tr("%1. %2.", "chart title. the values of each series").arg(title(), parts.join(tr("; ", "between the series of a description")));
}

}  // namespace medtour
