#include "nationalitysharechart.h"

#include "chartfit.h"
#include "chartinteraction.h"
#include "chartlegend.h"
#include "charttheme.h"
#include "charttooltips.h"

#include <model/language.h>
#include <model/numberformat.h>
#include <model/sharetablemodel.h>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>

namespace medtour {

namespace {

constexpr double kMinLabelledShare = 2.0;  // percent; smaller slices are named in the legend only

// What a slice or bar of `entry` measures: its share when every entry has one, else its count.
std::optional<double> quantity(const ShareTableModel::Entry &entry, bool useShares)
{
    if (useShares)
        return entry.cell.sharePct;
    if (entry.cell.value)
        return static_cast<double>(*entry.cell.value);
    return std::nullopt;
}

bool allHaveShares(const QList<ShareTableModel::Entry> &entries)
{
    return std::all_of(entries.cbegin(), entries.cend(),
                       [](const ShareTableModel::Entry &e) { return e.cell.sharePct.has_value(); });
}

}  // namespace

// The name of `entry` as drawn: "Other" (translated) or the category in the current language.
QString NationalityShareChart::entryName(const ShareTableModel::Entry &entry)
{
    return entry.isOther ? tr("Other", "remainder after the top N nationalities")
                         : localizedName(entry.id, entry.nameKo, entry.nameJa);
}

NationalityShareChart::NationalityShareChart(ShareTableModel *model, QObject *parent, Mode mode)
    : DashboardChart(parent), m_model(model), m_mode(mode), m_chart(new QChart),
      m_pie(new QPieSeries(m_chart)), m_bars(new QHorizontalBarSeries(m_chart)),
      m_barCategories(new QBarCategoryAxis(m_chart)), m_barValues(new QCategoryAxis(m_chart))
{
    m_pie->setHoleSize(0.42);
    m_pie->setPieSize(0.68);
    m_chart->addSeries(m_pie);

    auto *set = new QBarSet(tr("Patients"), m_bars);
    set->setColor(chartColor(0));
    set->setBorderColor(Qt::transparent);
    set->setSelectedColor(otherColor());
    m_bars->append(set);
    m_bars->setBarWidth(0.7);
    m_chart->addSeries(m_bars);
    m_chart->addAxis(m_barCategories, Qt::AlignLeft);
    m_chart->addAxis(m_barValues, Qt::AlignBottom);
    m_bars->attachAxis(m_barCategories);
    m_bars->attachAxis(m_barValues);
    m_barCategories->setGridLineVisible(false);

    applyChartTheme(*m_chart);
    // Slice labels need room beside the donut; in a small chart the legend alone names the
    // slices with their shares.
    connect(m_chart, &QGraphicsWidget::geometryChanged, this, &NationalityShareChart::updateSliceLabels);
    // The value axis range follows the plot size (chartfit.h): re-place on either change.
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { placeBarValueLabels(*m_chart, *m_bars, m_valueLabels); });
    connect(m_barValues, &QValueAxis::rangeChanged, this, [this] { placeBarValueLabels(*m_chart, *m_bars, m_valueLabels); });
    connect(m_chart, &QChart::plotAreaChanged, this, &NationalityShareChart::applyHighlight);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NationalityShareChart::refresh);
    connectMarks();
    setLegendClickHandler(*m_chart, [this](const QString &id) { toggleSeries(id); });
    refresh();
}

NationalityShareChart::~NationalityShareChart()
{
    // A QChartView that took the chart deletes it with its scene.
    if (m_chart && !m_chart->scene())
        delete m_chart.data();
}

void NationalityShareChart::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_highlighted = -1;
    refresh();
}

void NationalityShareChart::setValueKind(ValueKind kind)
{
    if (kind == m_valueKind)
        return;
    m_valueKind = kind;
    refresh();
}

QChart *NationalityShareChart::chart() const
{
    return m_chart.data();
}

QString NationalityShareChart::title() const
{
    const QString year = formatYear(m_model->year());
    return m_model->measure() == Measure::DepartmentBased ? tr("Nationality shares, %1 (department-based counts)").arg(year)
                                                          : tr("Nationality shares, %1 (real patients)").arg(year);
}

QString NationalityShareChart::unavailableReason() const
{
    if (!m_model->unavailableReason().isEmpty())
        return m_model->unavailableReason();
    if (m_model->entries().isEmpty())
        return tr("No published nationality breakdown for %1 under this filter").arg(formatYear(m_model->year()));
    return {};
}

std::unique_ptr<DashboardChart> NationalityShareChart::createExportCopy() const
{
    auto copy = std::make_unique<NationalityShareChart>(m_model, nullptr, m_mode);
    copy->m_valueKind = m_valueKind;
    copy->setHiddenSeries(hiddenSeries());
    copy->setKoreanUnits(koreanUnits());  // each setter re-renders the copy
    return copy;
}

void NationalityShareChart::refresh()
{
    if (!m_chart)
        return;
    const QString reason = unavailableReason();
    const bool available = reason.isEmpty();
    setChartTitle(*m_chart, title());
    m_bars->barSets().constFirst()->setLabel(tr("Patients"));
    fillDonut();
    fillBars();
    const bool donut = available && m_mode == Mode::Donut;
    const bool bars = available && m_mode == Mode::RankedBars;
    m_pie->setVisible(donut);
    m_bars->setVisible(bars);
    m_barCategories->setVisible(bars);
    m_barValues->setVisible(bars);
    placeBarValueLabels(*m_chart, *m_bars, m_valueLabels);
    if (m_highlighted >= markCount())
        m_highlighted = -1;
    applyHighlight();
    const auto barMarkers = m_chart->legend()->markers(m_bars);
    for (QLegendMarker *marker : barMarkers)
        marker->setVisible(false);
    // Right margin: room for the last count label.
    setReadableLegend(*m_chart, donut, Qt::AlignRight, QMargins(8, 6, bars ? 36 : 8, 6));
    emit updated();
}

void NationalityShareChart::fillDonut()
{
    m_pie->clear();
    const QList<ShareTableModel::Entry> &entries = m_model->entries();
    const bool useShares = allHaveShares(entries);
    QList<const ShareTableModel::Entry *> shown;
    QList<LegendEntry> legend;
    m_sliceEntries.clear();
    int colour = 0;
    for (int e = 0; e < entries.size(); ++e) {
        const ShareTableModel::Entry &entry = entries.at(e);
        const std::optional<double> value = quantity(entry, useShares);
        if (!value || *value <= 0.0)
            continue;
        // Colours by rank, so hiding a slice never recolours the others.
        const QColor color = entry.isOther ? otherColor() : chartColor(colour++);
        const double pct = useShares ? *entry.cell.sharePct : 0.0;
        const QString pctText = useShares ? formatPercent(roundToOneDecimal(pct), isApproximate(entry.cell.status)) : QString();
        legend.append({entry.id, (entryName(entry) + QStringLiteral("  ") + pctText).trimmed(), color,
                       hiddenSeries().contains(entry.id)});
        if (legend.constLast().hidden)
            continue;  // hidden through the legend: no slice, the entry stays (greyed)
        auto *slice = new QPieSlice(m_pie);
        slice->setValue(*value);
        m_sliceEntries.append(e);
        slice->setColor(color);
        slice->setBorderColor(Qt::white);
        slice->setLabelFont(chartFont(ChartText::DataLabel));
        slice->setLabelColor(QColor(0x33, 0x33, 0x33));
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelArmLengthFactor(0.12);
        m_pie->append(slice);
        shown.append(&entry);
    }
    const QList<QPieSlice *> slices = m_pie->slices();
    for (int i = 0; i < slices.size(); ++i) {
        const ShareTableModel::Entry &entry = *shown.at(i);
        const double pct = useShares ? *entry.cell.sharePct : slices.at(i)->percentage() * 100.0;
        slices.at(i)->setLabel(entryName(entry) + QLatin1Char(' ') + formatPercent(roundToOneDecimal(pct), isApproximate(entry.cell.status)));
    }
    updateSliceLabels();
    // The legend names each slice with its share; without published shares the percentages are
    // of the slices drawn.
    for (LegendEntry &item : legend) {
        const int s = static_cast<int>(std::find_if(shown.cbegin(), shown.cend(), [&](const ShareTableModel::Entry *e) {
                                           return e->id == item.key;
                                       }) - shown.cbegin());
        if (!useShares && s < slices.size())
            item.label += QStringLiteral("  ") + slices.at(s)->label().section(QLatin1Char(' '), -1);
    }
    setLegendEntries(*m_chart, legend);
}

void NationalityShareChart::updateSliceLabels()
{
    constexpr double kMinWidthForLabels = 640.0;  // logical pixels
    const bool roomy = m_chart->size().width() <= 0.0 || m_chart->size().width() >= kMinWidthForLabels;
    const auto slices = m_pie->slices();
    for (QPieSlice *slice : slices)
        slice->setLabelVisible(roomy && slice->percentage() * 100.0 >= kMinLabelledShare);
}

void NationalityShareChart::fillBars()
{
    QBarSet *set = m_bars->barSets().constFirst();
    set->remove(0, set->count());
    const QList<ShareTableModel::Entry> &entries = m_model->entries();
    const bool useShares = m_valueKind == ValueKind::Share
        || !std::all_of(entries.cbegin(), entries.cend(), [](const ShareTableModel::Entry &e) { return e.cell.value.has_value(); });
    m_barEntries.clear();
    // Largest on top: a horizontal bar series draws category 0 at the bottom, so "Other" first.
    QStringList names;
    QStringList texts;
    QList<double> values;
    QList<bool> other;
    double maxValue = 0.0;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const std::optional<double> value = quantity(*it, useShares);
        if (!value)
            continue;  // missing is left out, never drawn as zero
        m_barEntries.append(static_cast<int>(entries.crend() - it) - 1);
        const QString number = useShares ? formatPercent(*value, isApproximate(it->cell.status))
                                         : countText(it->cell.value, it->cell.status, koreanUnits());
        const QString share = !useShares && it->cell.sharePct
            ? QStringLiteral(" · %1").arg(formatPercent(*it->cell.sharePct, isApproximate(it->cell.status)))
            : QString();
        names.append(entryName(*it));
        texts.append(number + share);
        values.append(*value);
        other.append(it->isOther);
        maxValue = std::max(maxValue, *value);
    }
    setNameLabels(*m_chart, *m_barCategories, names);
    set->append(values);
    setBarValueLabels(*m_chart, m_valueLabels, texts);
    set->deselectAllBars();
    for (int i = 0; i < other.size(); ++i) {
        if (other.at(i))
            set->selectBar(i);
    }
    setBarEndRoom(*m_chart, *m_barValues, values, texts);
    const QString measure = m_model->measure() == Measure::DepartmentBased ? tr("Department-based count") : tr("Patients");
    setValueAxisTitle(*m_chart, *m_barValues, useShares ? tr("Share (%)") : measure,
                      useShares ? tr("Share (%)") : tr("Count"));
    setValueTicks(*m_chart, *m_barValues, useShares ? TickFormat::Percent : koreanUnits() ? TickFormat::KoreanCount : TickFormat::Count, 0.0, maxValue, 5);
}

}  // namespace medtour
