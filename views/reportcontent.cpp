#include "reportcontent.h"

#include "chartrender.h"
#include "growthchart.h"
#include "nationalitysharechart.h"
#include "reporttable.h"
#include "specialtybreakdownchart.h"

#include <model/cubequery.h>
#include <model/dashboardmodel.h>
#include <model/numberformat.h>

#include <QChart>
#include <QObject>
#include <QPainter>

#include <cmath>

namespace medtour {

using namespace reportunits;

namespace {

const QColor kInk(0x1f, 0x2d, 0x3d);
// One chart pixel in report units. The chart themes are designed for 96 px per inch; printing
// at 120 px per inch lays the chart out wider (about 850 px on the A4 content width) so axis
// labels of 16 years and long specialty names fit, with text at 80% of its screen size.
constexpr qreal kChartPixel = 25.4 / 120.0 * kPerMm;

QString withKorean(const QString &id, const QString &nameKo)
{
    return nameKo.isEmpty() ? id : QStringLiteral("%1  %2").arg(id, nameKo);
}

// A chart of type ChartT built on `summaryModel` and painted through renderChart() into the
// block: vector output, laid out at the block's size in chart pixels.
template <typename ChartT, typename ModelT>
ReportBlock chartBlock(ModelT *summaryModel, qreal height)
{
    ReportBlock block;
    block.height = height + mm(6);
    block.paint = [summaryModel](QPainter &painter, const QRectF &rect) {
        QObject owner;
        auto *chart = new ChartT(summaryModel, &owner);
        const QRectF frame(rect.left(), rect.top(), rect.width(), rect.height() - mm(6));
        painter.save();
        painter.setPen(QPen(QColor(0xd0, 0xd4, 0xda), mm(0.25)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(frame);
        painter.translate(frame.topLeft());
        painter.scale(kChartPixel, kChartPixel);
        const QRectF target(0, 0, frame.width() / kChartPixel, frame.height() / kChartPixel);
        renderChart(*chart->chart(), painter, target, chart->unavailableReason());
        painter.restore();
    };
    return block;
}

ReportBlock noteBlock(const QString &text, qreal spaceAfter = mm(2))
{
    return textBlock(text, reportFont(8), reportMutedColor(), spaceAfter);
}

// The department-based total of `year` under the query's filter as text: published, or else
// derived from the top specialty's count and published share (rounded to 1,000, marked "≈").
QString departmentTotalText(const CubeQuery &query, int year)
{
    const ResolvedValue published = query.sliceTotal(year, Measure::DepartmentBased);
    if (published.value)
        return formatCount(published.value, published.status);
    const Breakdown specialties = query.breakdown(Dimension::Specialty, year);
    if (specialties.rows.isEmpty())
        return formatCount(std::nullopt);
    const ResolvedValue &top = specialties.rows.first().cell;
    if (!top.value || !top.sharePct || *top.sharePct <= 0)
        return formatCount(std::nullopt);
    const double derived = static_cast<double>(*top.value) * 100.0 / *top.sharePct;
    return formatCount(std::llround(derived / 1000.0) * 1000, ObservationStatus::Derived);
}

QString specialtyNote(const BreakdownRow &top, const QString &departmentTotal)
{
    const QString count = formatCount(top.cell.value, top.cell.status);
    if (departmentTotal == formatCount(std::nullopt))
        return QStringLiteral("%1 · %2 department-based counts (진료과 기준); no published total for this filter")
            .arg(top.nameKo, count);
    return QStringLiteral("%1 · %2 of %3 department-based counts (진료과 기준), not of real patients")
        .arg(top.nameKo, count, departmentTotal);
}

QList<KpiCard> kpiCards(const DashboardModel &model, const CubeQuery &query)
{
    const Summary &s = model.summary();
    const int year = s.focusYear;
    const bool departmentTotal = s.totalMeasure == Measure::DepartmentBased;
    QList<KpiCard> cards;

    cards << KpiCard{departmentTotal ? QStringLiteral("Department-based counts, %1").arg(year)
                                     : QStringLiteral("Foreign patients, %1").arg(year),
                     formatCount(s.total.value, s.total.status),
                     departmentTotal ? QStringLiteral("department-based counts (진료과 기준) for the selected specialty")
                                     : QStringLiteral("real patients (실환자), de-duplicated")};

    const ResolvedValue previous = query.sliceTotal(year - 1, s.totalMeasure);
    QString growthNote = QStringLiteral("%1: %2").arg(year - 1).arg(formatCount(previous.value, previous.status));
    if (s.total.yoyReported)
        growthNote += QStringLiteral(" (published growth rate)");
    cards << KpiCard{QStringLiteral("Growth vs %1").arg(year - 1),
                     formatGrowth(s.total.yoyPct, isApproximate(s.total.yoyStatus)), growthNote};

    cards << KpiCard{QStringLiteral("Countries of origin"),
                     formatCount(s.countriesOfOrigin.value, s.countriesOfOrigin.status),
                     s.countriesOfOrigin.value ? QStringLiteral("countries patients came from in %1").arg(year)
                                               : QStringLiteral("not published for a filtered slice")};

    if (const auto &top = s.topNationality) {
        cards << KpiCard{QStringLiteral("Top nationality"),
                         QStringLiteral("%1 %2").arg(top->id, formatPercent(top->cell.sharePct, isApproximate(top->cell.status))),
                         QStringLiteral("%1 · %2 patients · share of real patients")
                             .arg(top->nameKo, formatCount(top->cell.value, top->cell.status))};
    } else {
        cards << KpiCard{QStringLiteral("Top nationality"), QStringLiteral("n/a"),
                         QStringLiteral("no published breakdown by nationality for this filter")};
    }

    if (const auto &top = s.topSpecialty) {
        cards << KpiCard{QStringLiteral("Top specialty"),
                         QStringLiteral("%1 %2").arg(top->id, formatPercent(top->cell.sharePct, isApproximate(top->cell.status))),
                         specialtyNote(*top, departmentTotalText(query, year))};
    } else {
        cards << KpiCard{QStringLiteral("Top specialty"), QStringLiteral("n/a"),
                         QStringLiteral("no published breakdown by specialty for this filter")};
    }
    return cards;
}

QList<ReportBlock> topNationalityBlocks(const CubeQuery &query, int year)
{
    QList<ReportBlock> blocks;
    blocks << headingBlock(QStringLiteral("Top 10 nationalities, %1").arg(year));
    const Breakdown breakdown = query.breakdown(Dimension::Nationality, year);
    if (breakdown.rows.isEmpty()) {
        QString reason = breakdown.unavailableReason.isEmpty()
            ? QStringLiteral("No published breakdown by nationality for this filter")
            : breakdown.unavailableReason;
        reason[0] = reason.at(0).toUpper();
        blocks << noteBlock(reason + QLatin1Char('.'), mm(4));
        return blocks;
    }
    ReportTable table({
        {QStringLiteral("Rank"), 0.08, Qt::AlignRight},
        {QStringLiteral("Nationality"), 0.38, Qt::AlignLeft},
        {QStringLiteral("Patients"), 0.20, Qt::AlignRight},
        {QStringLiteral("Share"), 0.16, Qt::AlignRight},
        {QStringLiteral("YoY growth"), 0.18, Qt::AlignRight},
    });
    const int shown = std::min<int>(10, static_cast<int>(breakdown.rows.size()));
    for (int i = 0; i < shown; ++i) {
        const BreakdownRow &row = breakdown.rows.at(i);
        table.addRow({QString::number(i + 1), withKorean(row.id, row.nameKo),
                      formatCount(row.cell.value, row.cell.status),
                      formatPercent(row.cell.sharePct, isApproximate(row.cell.status)),
                      formatGrowth(row.cell.yoyPct, isApproximate(row.cell.yoyStatus))});
    }
    const ResolvedValue &total = breakdown.total;
    table.addRow({QString(), QStringLiteral("All nationalities  전체"), formatCount(total.value, total.status),
                  total.value ? QStringLiteral("100.0%") : QStringLiteral("n/a"),
                  formatGrowth(total.yoyPct, isApproximate(total.yoyStatus))},
                 true);
    blocks << table.toBlock(mm(2));
    const QString measure = breakdown.measure == Measure::DepartmentBased
        ? QStringLiteral("department-based counts (진료과 기준)")
        : QStringLiteral("real patients (실환자)");
    blocks << noteBlock(QStringLiteral("Patients: %1 in %2. Share: of the total of the same measure (published share "
                                       "where available). YoY growth: against %3; a published rate where %3 has no "
                                       "count. Ranked by share.")
                            .arg(measure)
                            .arg(year)
                            .arg(year - 1),
                        mm(4));
    return blocks;
}

// The definitions, with the focus year's totals of the whole dataset (no category filter).
QList<ReportBlock> definitionBlocks(const ObservationCube &cube, const FilterState &filter)
{
    const int year = filter.focusYear;
    FilterState unfiltered = filter;
    for (QStringList &selection : unfiltered.selected)
        selection.clear();
    const CubeQuery query(cube, unfiltered);
    const ResolvedValue patients = query.sliceTotal(year, Measure::RealPatients);
    const QStringList items{
        QStringLiteral("Real patients (실환자): de-duplicated foreign patients; each person is counted once per year "
                       "(all foreign patients, %1: %2).")
            .arg(year)
            .arg(formatCount(patients.value, patients.status)),
        QStringLiteral("Department-based counts (진료과 기준): a patient is counted once per department visited, so "
                       "their total (all specialties, %1: %2) is larger than the real-patient total. Specialty shares use the "
                       "department-based total, not the real patients.")
            .arg(year)
            .arg(departmentTotalText(query, year)),
        QStringLiteral("≈ marks rounded, approximate, share-only or derived values (computed from other official "
                       "figures); n/a means not published. Missing values are never shown as zero."),
        QStringLiteral("YoY growth: change against the previous year's value of the same measure, or the published "
                       "growth rate where the previous count is not published."),
    };
    QList<ReportBlock> blocks;
    blocks << headingBlock(QStringLiteral("Definitions"));
    for (const QString &item : items)
        blocks << textBlock(QStringLiteral("•  ") + item, reportFont(9), kInk, mm(1.8));
    return blocks;
}

}  // namespace

QString summaryReportTitle()
{
    return QStringLiteral("Foreign patients in Korea — summary report");
}

QList<ReportBlock> buildSummaryReportBlocks(const DashboardModel &model, const QDateTime &generated)
{
    const FilterState &filter = model.filter();
    const int year = filter.focusYear;
    const auto cube = model.cube();
    QList<ReportBlock> blocks;
    blocks << textBlock(summaryReportTitle(), reportFont(20, QFont::Bold), kInk, mm(1));
    blocks << textBlock(QStringLiteral("외국인환자 유치실적 요약 · %1").arg(year), reportFont(13), kInk, mm(3));
    blocks << noteBlock(QStringLiteral("Generated %1\nDataset: %2")
                            .arg(generated.toString(QStringLiteral("yyyy-MM-dd HH:mm t")),
                                 cube ? cube->provenance() : QStringLiteral("none loaded")),
                        mm(1));
    blocks << headingBlock(QStringLiteral("Applied filters"));
    QStringList filterItems = filter.describe();
    for (QString &item : filterItems)
        item.replace(QLatin1Char(' '), QChar(0x00A0));  // wrap between filters, not inside one
    blocks << textBlock(filterItems.join(QStringLiteral("   ·   ")), reportFont(9), kInk, mm(1));
    if (!cube) {
        blocks << noteBlock(QStringLiteral("No dataset is loaded."));
        return blocks;
    }
    const CubeQuery query(*cube, filter);
    blocks << headingBlock(QStringLiteral("Key figures, %1").arg(year));
    blocks << kpiBlock(kpiCards(model, query), {3, 2});
    blocks << chartBlock<NationalityShareChart>(model.nationalityShares(), mm(112));
    blocks << chartBlock<GrowthChart>(model.growth(), mm(112));
    blocks << chartBlock<SpecialtyBreakdownChart>(model.specialtyBreakdown(), mm(112));
    blocks.last().keepWithNext = true;  // with its note on department-based counts
    blocks << noteBlock(QStringLiteral("Specialty shares are shares of department-based counts (진료과 기준), not of "
                                       "real patients."),
                        mm(3));
    blocks << topNationalityBlocks(query, year);
    blocks << definitionBlocks(*cube, filter);
    return blocks;
}

}  // namespace medtour
