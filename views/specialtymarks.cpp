// SpecialtyBreakdownChart, part 2: the grouped-years mode and the chart's marks (bars and
// stacked segments) — tooltips, clicks, keyboard highlight and the text description. Part 1
// (the other modes) is specialtybreakdownchart.cpp.
#include "specialtybreakdownchart.h"

#include "chartfit.h"
#include "chartinteraction.h"
#include "charttheme.h"
#include "charttooltips.h"

#include <model/breakdowntablemodel.h>
#include <model/language.h>
#include <model/numberformat.h>

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QStackedBarSeries>

#include <algorithm>

namespace medtour {

void SpecialtyBreakdownChart::fillGrouped()
{
    m_grouped->clear();
    const QList<int> &years = m_model->years();
    const bool shares = m_valueKind == ValueKind::Share;
    double high = 0.0;
    // One set per specialty, one group per year; a missing cell is 0 (no bar drawn).
    for (int r = 0; r < m_model->rowCount(); ++r) {
        auto *set = new QBarSet(m_model->categoryName(r), m_grouped);
        set->setColor(chartColor(r));
        set->setBorderColor(chartColor(r));
        const bool hidden = hiddenSeries().contains(m_model->categories().at(r));
        for (int c = 0; c < years.size(); ++c) {
            const ResolvedValue &cell = m_model->cell(r, c);
            const double v = hidden ? 0.0 : shares ? cell.sharePct.value_or(0.0) : static_cast<double>(cell.value.value_or(0));
            set->append(v);
            high = std::max(high, v);
        }
        m_grouped->append(set);
    }
    setValueAxisTitle(*m_chart, *m_groupedAxis, shares ? tr("Share of department-based counts (%)") : tr("Department-based count"),
                      shares ? tr("Share (%)") : tr("Count"));
    setValueTicks(*m_chart, *m_groupedAxis,
                  shares ? TickFormat::Percent : koreanUnits() ? TickFormat::KoreanCount : TickFormat::Count, 0.0, high);
    applyAxisTheme(*m_groupedAxis);
}

void SpecialtyBreakdownChart::connectBars(QAbstractBarSeries *series)
{
    // (bar index, set) → (model row, year column) of the mark under the mouse; -1 when none.
    const auto locate = [this, series](int index, QBarSet *set) -> QPair<int, int> {
        if (series == m_focusBars)
            return index >= 0 && index < m_focusRows.size() ? qMakePair(m_focusRows.at(index), m_model->columnOfYear(m_model->focusYear()))
                                                            : qMakePair(-1, -1);
        const int row = static_cast<int>(series->barSets().indexOf(set));
        return row >= 0 && row < m_model->rowCount() ? qMakePair(row, index) : qMakePair(-1, -1);
    };
    connect(series, &QAbstractBarSeries::hovered, this, [this, locate](bool state, int index, QBarSet *set) {
        const QPair<int, int> at = locate(index, set);
        showChartToolTip(*m_chart, state && at.first >= 0 ? toolTipFor(at.first, at.second) : QString());
    });
    connect(series, &QAbstractBarSeries::clicked, this, [this, locate](int index, QBarSet *set) {
        const QPair<int, int> at = locate(index, set);
        if (at.first >= 0)
            emit categoryActivated(m_model->dimension(), m_model->categories().at(at.first));
    });
}

QString SpecialtyBreakdownChart::toolTipFor(int row, int column) const
{
    if (row < 0 || row >= m_model->rowCount() || column < 0 || column >= m_model->years().size())
        return {};
    MarkFacts facts{m_model->categories().at(row), m_model->categoriesKo().at(row), m_model->categoriesJa().at(row),
                    m_model->years().at(column), m_model->measure(), m_model->cell(row, column), false, {}};
    facts.extraLine = tr("Click to filter to %1").arg(markName(facts));
    return markToolTipText(facts, koreanUnits());
}

QList<QPair<int, int>> SpecialtyBreakdownChart::marks() const
{
    QList<QPair<int, int>> list;
    if (!unavailableReason().isEmpty())
        return list;
    if (m_mode == Mode::FocusYearBars) {
        const int focus = m_model->columnOfYear(m_model->focusYear());
        for (auto it = m_focusRows.crbegin(); it != m_focusRows.crend(); ++it)
            list.append({*it, focus});  // bars bottom to top: rank order is reversed
        return list;
    }
    const bool shares = m_mode == Mode::PercentYears || (m_mode == Mode::GroupedYears && m_valueKind == ValueKind::Share);
    for (int c = 0; c < m_model->years().size(); ++c) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const ResolvedValue &cell = m_model->cell(r, c);
            if ((shares ? cell.sharePct.has_value() : cell.value.has_value()) && !hiddenSeries().contains(m_model->categories().at(r)))
                list.append({r, c});
        }
    }
    return list;
}

int SpecialtyBreakdownChart::markCount() const
{
    return static_cast<int>(marks().size());
}

QString SpecialtyBreakdownChart::markToolTip(int index) const
{
    const QList<QPair<int, int>> all = marks();
    return index >= 0 && index < all.size() ? toolTipFor(all.at(index).first, all.at(index).second) : QString();
}

void SpecialtyBreakdownChart::activateMark(int index)
{
    const QList<QPair<int, int>> all = marks();
    if (index >= 0 && index < all.size())
        emit categoryActivated(m_model->dimension(), m_model->categories().at(all.at(index).first));
}

void SpecialtyBreakdownChart::clickCategory(const QString &categoryId)
{
    if (m_model->categories().contains(categoryId))
        emit categoryActivated(m_model->dimension(), categoryId);
}

void SpecialtyBreakdownChart::setHighlightedMark(int index)
{
    m_highlighted = index >= 0 && index < markCount() ? index : -1;
    applyHighlight();
}

void SpecialtyBreakdownChart::applyHighlight()
{
    if (!m_chart)
        return;
    const QList<QPair<int, int>> all = marks();
    QRectF rect;
    if (m_highlighted >= 0 && m_highlighted < all.size()) {
        const auto [row, column] = all.at(m_highlighted);
        if (m_mode == Mode::FocusYearBars)
            rect = barRect(*m_chart, *m_focusBars, 0, static_cast<int>(m_focusRows.indexOf(row)));
        else
            rect = barRect(*m_chart, m_mode == Mode::StackedYears ? *static_cast<QAbstractBarSeries *>(m_stacked)
                                     : m_mode == Mode::PercentYears ? *static_cast<QAbstractBarSeries *>(m_percent)
                                                                    : *static_cast<QAbstractBarSeries *>(m_grouped),
                           row, column);
    }
    setFocusHighlight(*m_chart, rect);
}

QString SpecialtyBreakdownChart::textDescription() const
{
    const QString reason = unavailableReason();
    if (!reason.isEmpty())
        return tr("%1: %2", "chart title: why it has no data").arg(heading(), reason);
    const int focus = m_model->columnOfYear(m_model->focusYear());
    QStringList parts;
    for (int r = 0; focus >= 0 && r < m_model->rowCount(); ++r) {
        const ResolvedValue &cell = m_model->cell(r, focus);
        if (!cell.hasData())
            continue;
        const QString count = formatCount(cell.value, cell.status);
        parts.append(cell.sharePct ? tr("%1 %2 (%3)", "name, count (share)")
                                         .arg(m_model->categoryName(r), count, formatPercent(*cell.sharePct, isApproximate(cell.status)))
                                   : tr("%1 %2", "name, count").arg(m_model->categoryName(r), count));
    }
    return tr("Specialty breakdown, department-based counts in %1: %2.")
        .arg(formatYear(m_model->focusYear()), parts.join(tr(", ", "between the items of a list")));
}

}  // namespace medtour
