#include "specialtybreakdownchart.h"

#include "chartfit.h"
#include "chartinteraction.h"
#include "chartlegend.h"
#include "charttheme.h"
#include "charttooltips.h"

#include <model/breakdowntablemodel.h>
#include <model/language.h>
#include <model/numberformat.h>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QStackedBarSeries>

#include <algorithm>
#include <array>
#include <tuple>

namespace medtour {

namespace {

// Per year: true when it has no published value (its label then says "n/a"; its bar is empty).
QList<bool> missingYears(const QList<bool> &hasData)
{
    QList<bool> missing;
    for (bool has : hasData)
        missing.append(!has);
    return missing;
}

QBarSet *newSet(const QString &label, const QColor &color, QObject *parent)
{
    auto *set = new QBarSet(label, parent);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

}  // namespace

SpecialtyBreakdownChart::SpecialtyBreakdownChart(BreakdownTableModel *model, QObject *parent, Mode mode)
    : DashboardChart(parent), m_model(model), m_mode(mode), m_chart(new QChart),
      m_focusBars(new QHorizontalBarSeries(m_chart)), m_stacked(new QStackedBarSeries(m_chart)),
      m_percent(new QStackedBarSeries(m_chart)), m_specialtyAxis(new QBarCategoryAxis(m_chart)),
      m_focusCountAxis(new QCategoryAxis(m_chart)), m_yearAxis(new QBarCategoryAxis(m_chart)),
      m_stackedCountAxis(new QCategoryAxis(m_chart)), m_percentAxis(new QCategoryAxis(m_chart))
{
    m_grouped = new QBarSeries(m_chart);
    m_groupedAxis = new QCategoryAxis(m_chart);
    m_grouped->setBarWidth(0.8);
    m_focusBars->append(newSet(tr("Department-based count"), chartColor(0), m_focusBars));
    m_focusBars->setBarWidth(0.7);
    m_chart->addAxis(m_specialtyAxis, Qt::AlignLeft);
    m_chart->addAxis(m_focusCountAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yearAxis, Qt::AlignBottom);
    m_chart->addAxis(m_stackedCountAxis, Qt::AlignLeft);
    m_chart->addAxis(m_percentAxis, Qt::AlignLeft);
    m_chart->addAxis(m_groupedAxis, Qt::AlignLeft);
    m_specialtyAxis->setGridLineVisible(false);
    m_yearAxis->setGridLineVisible(false);
    m_stacked->setBarWidth(0.7);
    m_percent->setBarWidth(0.7);
    // The value axis range follows the plot size (chartfit.h): re-place on either change.
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { placeBarValueLabels(*m_chart, *m_focusBars, m_valueLabels); });
    connect(m_focusCountAxis, &QValueAxis::rangeChanged, this,
            [this] { placeBarValueLabels(*m_chart, *m_focusBars, m_valueLabels); });
    applyChartTheme(*m_chart);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SpecialtyBreakdownChart::refresh);
    connect(m_chart, &QChart::plotAreaChanged, this, &SpecialtyBreakdownChart::applyHighlight);
    setLegendClickHandler(*m_chart, [this](const QString &id) { toggleSeries(id); });
    for (QAbstractBarSeries *series : {static_cast<QAbstractBarSeries *>(m_focusBars), static_cast<QAbstractBarSeries *>(m_stacked),
                                       static_cast<QAbstractBarSeries *>(m_percent), static_cast<QAbstractBarSeries *>(m_grouped)})
        connectBars(series);
    refresh();
}

SpecialtyBreakdownChart::~SpecialtyBreakdownChart()
{
    // A QChartView that took the chart deletes it with its scene.
    if (m_chart && !m_chart->scene())
        delete m_chart.data();
}

void SpecialtyBreakdownChart::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_highlighted = -1;
    refresh();
}

void SpecialtyBreakdownChart::setValueKind(ValueKind kind)
{
    if (kind == m_valueKind)
        return;
    m_valueKind = kind;
    refresh();
}

QChart *SpecialtyBreakdownChart::chart() const
{
    return m_chart.data();
}

QString SpecialtyBreakdownChart::heading() const
{
    const QList<int> &years = m_model->years();
    const QString when = m_mode == Mode::FocusYearBars || years.isEmpty()
        ? formatYear(m_model->focusYear())
        : QStringLiteral("%1–%2").arg(formatYear(years.constFirst()), formatYear(years.constLast()));
    return tr("Specialty breakdown, %1", "%1 = a year or a range of years").arg(when);
}

QString SpecialtyBreakdownChart::note()
{
    return tr("department-based counts: a patient may count in several departments");
}

QString SpecialtyBreakdownChart::title() const
{
    return tr("%1 (%2)", "chart heading (its note)").arg(heading(), note());
}

QString SpecialtyBreakdownChart::unavailableReason() const
{
    if (!m_model->unavailableReason().isEmpty())
        return m_model->unavailableReason();
    if (m_model->categories().isEmpty())
        return tr("No published specialty breakdown under this filter");
    const int focus = m_model->columnOfYear(m_model->focusYear());
    if (m_mode == Mode::FocusYearBars) {
        bool any = false;
        for (int r = 0; focus >= 0 && r < m_model->rowCount(); ++r)
            any = any || m_model->cell(r, focus).value.has_value();
        if (!any)
            return tr("No published specialty counts for %1 under this filter").arg(formatYear(m_model->focusYear()));
    }
    return {};
}

std::unique_ptr<DashboardChart> SpecialtyBreakdownChart::createExportCopy() const
{
    auto copy = std::make_unique<SpecialtyBreakdownChart>(m_model, nullptr, m_mode);
    copy->m_valueKind = m_valueKind;
    copy->setHiddenSeries(hiddenSeries());
    copy->setKoreanUnits(koreanUnits());
    copy->refresh();
    return copy;
}

void SpecialtyBreakdownChart::refresh()
{
    if (!m_chart)
        return;
    const QString reason = unavailableReason();
    const bool available = reason.isEmpty();
    // Two lines keep the title readable at small export sizes.
    setChartTitle(*m_chart, heading() + QStringLiteral("<br><span style=\"font-size:12px; font-weight:normal\">")
                      + note().toHtmlEscaped() + QStringLiteral("</span>"),
                  m_mode == Mode::FocusYearBars ? 0 : 6);
    m_focusBars->barSets().constFirst()->setLabel(tr("Department-based count"));
    setValueAxisTitle(*m_chart, *m_stackedCountAxis, tr("Department-based count"), tr("Count"));
    setValueAxisTitle(*m_chart, *m_percentAxis, tr("Share of department-based counts (%)"), tr("Share (%)"));
    fillFocusYear();
    fillYears();
    fillShares();
    fillGrouped();
    const bool focus = available && m_mode == Mode::FocusYearBars;
    const bool stacked = available && m_mode == Mode::StackedYears;
    const bool percent = available && m_mode == Mode::PercentYears;
    const bool grouped = available && m_mode == Mode::GroupedYears;
    showOnly(focus ? static_cast<QAbstractBarSeries *>(m_focusBars)
                   : stacked ? static_cast<QAbstractBarSeries *>(m_stacked)
                   : percent ? static_cast<QAbstractBarSeries *>(m_percent)
                   : grouped ? static_cast<QAbstractBarSeries *>(m_grouped) : nullptr);
    m_specialtyAxis->setVisible(focus);
    m_focusCountAxis->setVisible(focus);
    m_stackedCountAxis->setVisible(stacked);
    m_percentAxis->setVisible(percent);
    m_groupedAxis->setVisible(grouped);
    m_yearAxis->setVisible(stacked || percent || grouped);
    // The legend lists every specialty, hidden ones greyed (a click shows them again).
    QList<LegendEntry> legend;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString &id = m_model->categories().at(r);
        legend.append({id, m_model->categoryName(r), chartColor(r), hiddenSeries().contains(id)});
    }
    if (percent)
        legend.append({QString(), notItemised(), otherColor(), false});
    setLegendEntries(*m_chart, legend);
    // Right margin: room for the last count label. A legend beside the plot must leave room for
    // every year's label ("’24" in 10 px is ~28 px a year with Qt Charts' padding); short
    // (Korean, Japanese) names would otherwise squeeze the years into "…".
    const double yearsWidth = 28.0 * static_cast<double>(m_model->years().size() + 1) + 60.0;
    setReadableLegend(*m_chart, stacked || percent || grouped, Qt::AlignRight, QMargins(8, 6, focus ? 36 : 8, 6),
                      focus ? 0.0 : yearsWidth);
    placeBarValueLabels(*m_chart, *m_focusBars, m_valueLabels);
    if (m_highlighted >= markCount())
        m_highlighted = -1;
    applyHighlight();
    emit updated();
}

void SpecialtyBreakdownChart::fillFocusYear()
{
    QBarSet *set = m_focusBars->barSets().constFirst();
    set->remove(0, set->count());
    const int focus = m_model->columnOfYear(m_model->focusYear());
    QStringList names;
    QStringList texts;
    QList<double> values;
    double maxValue = 0.0;
    const bool shares = m_valueKind == ValueKind::Share;
    m_focusRows.clear();
    // Largest on top: a horizontal bar series draws category 0 at the bottom.
    for (int r = m_model->rowCount() - 1; focus >= 0 && r >= 0; --r) {
        const ResolvedValue &cell = m_model->cell(r, focus);
        if (shares ? !cell.sharePct : !cell.value)
            continue;  // missing is left out, never drawn as zero
        QString text = countText(cell.value, cell.status, koreanUnits());
        if (cell.sharePct)
            text = shares ? formatPercent(*cell.sharePct, isApproximate(cell.status))
                          : text + QStringLiteral(" · %1").arg(formatPercent(*cell.sharePct, isApproximate(cell.status)));
        m_focusRows.append(r);
        names.append(m_model->categoryName(r));
        texts.append(text);
        values.append(shares ? *cell.sharePct : static_cast<double>(*cell.value));
        maxValue = std::max(maxValue, values.constLast());
    }
    setNameLabels(*m_chart, *m_specialtyAxis, names);
    set->append(values);
    setBarValueLabels(*m_chart, m_valueLabels, texts);
    setBarEndRoom(*m_chart, *m_focusCountAxis, values, texts);
    setValueAxisTitle(*m_chart, *m_focusCountAxis, shares ? tr("Share of department-based counts (%)") : tr("Department-based count"),
                      shares ? tr("Share (%)") : tr("Count"));
    setValueTicks(*m_chart, *m_focusCountAxis, shares ? TickFormat::Percent : koreanUnits() ? TickFormat::KoreanCount : TickFormat::Count,
                  0.0, maxValue, 5);
}

void SpecialtyBreakdownChart::fillYears()
{
    m_stacked->clear();
    const QList<int> &years = m_model->years();
    const int rows = m_model->rowCount();
    QList<double> yearSums(years.size(), 0.0);
    QList<bool> anyCount(years.size(), false);
    for (int c = 0; c < years.size(); ++c) {
        for (int r = 0; r < rows; ++r) {
            anyCount[c] = anyCount.at(c) || m_model->cell(r, c).value.has_value();
            yearSums[c] += static_cast<double>(m_model->cell(r, c).value.value_or(0));
        }
    }
    // A stacked bar needs a value per year: missing cells are 0 (nothing drawn).
    for (int r = 0; r < rows; ++r) {
        QBarSet *set = newSet(m_model->categoryName(r), chartColor(r), m_stacked);
        const bool hidden = hiddenSeries().contains(m_model->categories().at(r));
        for (int c = 0; c < years.size(); ++c)
            set->append(hidden ? 0.0 : static_cast<double>(m_model->cell(r, c).value.value_or(0)));
        m_stacked->append(set);
    }
    setValueTicks(*m_chart, *m_stackedCountAxis, koreanUnits() ? TickFormat::KoreanCount : TickFormat::Count, 0.0,
                  yearSums.isEmpty() ? 0.0 : *std::max_element(yearSums.cbegin(), yearSums.cend()));
    if (m_mode == Mode::StackedYears || m_mode == Mode::GroupedYears)
        setYearLabels(*m_chart, *m_yearAxis, years, missingYears(anyCount));
}

void SpecialtyBreakdownChart::fillShares()
{
    m_percent->clear();
    const QList<int> &years = m_model->years();
    const int rows = m_model->rowCount();
    // Shares as published (or of a published total), never re-normalised over the specialties
    // that happen to be itemised; the rest up to 100% is "Not itemised".
    QList<double> sums(years.size(), 0.0);
    QList<bool> anyShare(years.size(), false);
    for (int r = 0; r < rows; ++r) {
        QBarSet *set = newSet(m_model->categoryName(r), chartColor(r), m_percent);
        // A hidden specialty joins the remainder: the bars still add up to 100%.
        const bool hidden = hiddenSeries().contains(m_model->categories().at(r));
        for (int c = 0; c < years.size(); ++c) {
            const std::optional<double> share = m_model->cell(r, c).sharePct;
            set->append(hidden ? 0.0 : share.value_or(0.0));
            sums[c] += hidden ? 0.0 : share.value_or(0.0);
            anyShare[c] = anyShare.at(c) || share.has_value();
        }
        m_percent->append(set);
    }
    QBarSet *rest = newSet(notItemised(), otherColor(), m_percent);
    double top = 100.0;
    for (int c = 0; c < years.size(); ++c) {
        rest->append(anyShare.at(c) ? std::max(0.0, 100.0 - sums.at(c)) : 0.0);
        top = std::max(top, sums.at(c));
    }
    m_percent->append(rest);
    setValueTicks(*m_chart, *m_percentAxis, TickFormat::Percent, 0.0, top, 4);
    if (m_mode == Mode::PercentYears)
        setYearLabels(*m_chart, *m_yearAxis, years, missingYears(anyShare));
}

QString SpecialtyBreakdownChart::notItemised()
{
    return tr("Not itemised", "share of the department-based total not broken down by specialty");
}

void SpecialtyBreakdownChart::showOnly(QAbstractBarSeries *active)
{
    const std::array<std::tuple<QAbstractBarSeries *, QAbstractAxis *, QAbstractAxis *>, 4> modes{{
        {m_focusBars, m_specialtyAxis, m_focusCountAxis},
        {m_stacked, m_yearAxis, m_stackedCountAxis},
        {m_percent, m_yearAxis, m_percentAxis},
        {m_grouped, m_yearAxis, m_groupedAxis},
    }};
    for (const auto &[series, x, y] : modes) {
        const bool inChart = m_chart->series().contains(series);
        if (series == active && !inChart) {
            m_chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
        } else if (series != active && inChart) {
            m_chart->removeSeries(series);
            series->setParent(m_chart);  // removeSeries() hands ownership back: keep it with the chart
        }
    }
}

}  // namespace medtour
