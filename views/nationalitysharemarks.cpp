// NationalityShareChart, part 2: its marks (slices / bars) — tooltips, clicks, keyboard
// highlight and the text description. Part 1 (building the series) is nationalitysharechart.cpp.
#include "nationalitysharechart.h"

#include "chartinteraction.h"
#include "charttooltips.h"

#include <model/numberformat.h>
#include <model/sharetablemodel.h>

#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QPieSeries>
#include <QPieSlice>

namespace medtour {

// --- Interaction: marks, tooltips, clicks, keyboard highlight, text description ---------------

void NationalityShareChart::connectMarks()
{
    connect(m_pie, &QPieSeries::clicked, this, [this](QPieSlice *slice) {
        const int s = static_cast<int>(m_pie->slices().indexOf(slice));
        if (s >= 0 && s < m_sliceEntries.size())
            clickCategory(m_model->entries().at(m_sliceEntries.at(s)).id);
    });
    connect(m_pie, &QPieSeries::doubleClicked, this, [this](QPieSlice *slice) {
        const int s = static_cast<int>(m_pie->slices().indexOf(slice));
        if (s >= 0 && s < m_sliceEntries.size())
            clickCategory(m_model->entries().at(m_sliceEntries.at(s)).id, true);
    });
    connect(m_pie, &QPieSeries::hovered, this, [this](QPieSlice *slice, bool state) {
        const int s = static_cast<int>(m_pie->slices().indexOf(slice));
        const bool valid = state && s >= 0 && s < m_sliceEntries.size();
        showChartToolTip(*m_chart, valid ? toolTipFor(m_model->entries().at(m_sliceEntries.at(s)).id) : QString());
    });
    connect(m_bars, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && index < m_barEntries.size())
            clickCategory(m_model->entries().at(m_barEntries.at(index)).id);
    });
    connect(m_bars, &QAbstractBarSeries::doubleClicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && index < m_barEntries.size())
            clickCategory(m_model->entries().at(m_barEntries.at(index)).id, true);
    });
    connect(m_bars, &QAbstractBarSeries::hovered, this, [this](bool state, int index, QBarSet *) {
        const bool valid = state && index >= 0 && index < m_barEntries.size();
        showChartToolTip(*m_chart, valid ? toolTipFor(m_model->entries().at(m_barEntries.at(index)).id) : QString());
    });
}

int NationalityShareChart::entryIndex(const QString &categoryId) const
{
    const QList<ShareTableModel::Entry> &entries = m_model->entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).id == categoryId)
            return i;
    }
    return -1;
}

QString NationalityShareChart::toolTipFor(const QString &categoryId) const
{
    const int e = entryIndex(categoryId);
    if (e < 0)
        return {};
    const ShareTableModel::Entry &entry = m_model->entries().at(e);
    MarkFacts facts{entry.id, entry.nameKo, entry.nameJa, m_model->year(), m_model->measure(), entry.cell, entry.isOther, {}};
    facts.extraLine = entry.isOther ? tr("Double-click to show its members") : tr("Click to filter to %1").arg(entryName(entry));
    return markToolTipText(facts, koreanUnits());
}

void NationalityShareChart::clickCategory(const QString &categoryId, bool doubleClick)
{
    const int e = entryIndex(categoryId);
    if (e < 0)
        return;
    const ShareTableModel::Entry &entry = m_model->entries().at(e);
    if (entry.isOther) {
        if (doubleClick)
            emit otherExpandRequested(m_model->dimension());
        return;  // a single click on "Other" filters to nothing
    }
    if (!doubleClick)
        emit categoryActivated(m_model->dimension(), entry.id);
}

QStringList NationalityShareChart::markIds() const
{
    QStringList ids;
    const QList<ShareTableModel::Entry> &entries = m_model->entries();
    if (!unavailableReason().isEmpty())
        return ids;
    if (m_mode == Mode::Donut) {
        for (int e : m_sliceEntries)
            ids.append(entries.at(e).id);
    } else {
        for (auto it = m_barEntries.crbegin(); it != m_barEntries.crend(); ++it)
            ids.append(entries.at(*it).id);  // bars bottom to top: rank order is reversed
    }
    return ids;
}

int NationalityShareChart::markCount() const
{
    return static_cast<int>(markIds().size());
}

QString NationalityShareChart::markToolTip(int index) const
{
    const QStringList ids = markIds();
    return index >= 0 && index < ids.size() ? toolTipFor(ids.at(index)) : QString();
}

void NationalityShareChart::activateMark(int index)
{
    const QStringList ids = markIds();
    if (index < 0 || index >= ids.size())
        return;
    const bool other = m_model->entries().at(entryIndex(ids.at(index))).isOther;
    clickCategory(ids.at(index), other);  // Enter on "Other" expands it
}

void NationalityShareChart::setHighlightedMark(int index)
{
    m_highlighted = index >= 0 && index < markCount() ? index : -1;
    applyHighlight();
}

void NationalityShareChart::applyHighlight()
{
    if (!m_chart)
        return;
    const QList<QPieSlice *> slices = m_pie->slices();
    for (int s = 0; s < slices.size(); ++s)
        slices.at(s)->setExploded(m_mode == Mode::Donut && s == m_highlighted);
    QRectF rect;
    if (m_mode == Mode::RankedBars && m_highlighted >= 0 && m_highlighted < m_barEntries.size())
        rect = barRect(*m_chart, *m_bars, 0, static_cast<int>(m_barEntries.size()) - 1 - m_highlighted);
    setFocusHighlight(*m_chart, rect);
}

QString NationalityShareChart::textDescription() const
{
    const QString reason = unavailableReason();
    if (!reason.isEmpty())
        return tr("%1: %2", "chart title: why it has no data").arg(title(), reason);
    QStringList parts;
    for (const ShareTableModel::Entry &e : m_model->entries()) {
        const QString name = entryName(e);
        const QString pct = formatPercent(e.cell.sharePct, isApproximate(e.cell.status));
        const QString count = formatCount(e.cell.value, e.cell.status);
        if (!e.cell.value)
            parts.append(tr("%1 %2 (count n/a)", "name, share").arg(name, pct));
        else if (m_model->measure() == Measure::RealPatients)
            parts.append(tr("%1 %2 (%3 patients)", "name, share, count").arg(name, pct, count));
        else
            parts.append(tr("%1 %2 (%3 counts)", "name, share, department-based count").arg(name, pct, count));
    }
    return tr("%1: %2.", "chart title: list of its marks").arg(title(), parts.join(tr(", ", "between the items of a list")));
}

}  // namespace medtour
