// The cover of the summary report and the KPI cards on it (reportparts.h).
#include "reportcontent.h"
#include "reportparts.h"

#include <model/cubequery.h>
#include <model/dashboardmodel.h>
#include <model/numberformat.h>

#include <cmath>

namespace medtour {

using namespace reportunits;

namespace {

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

}  // namespace

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

QList<ReportBlock> reportCoverBlocks(const DashboardModel &model, const QDateTime &generated, qreal width)
{
    const FilterState &filter = model.filter();
    const int year = filter.focusYear;
    const auto cube = model.cube();
    QList<ReportBlock> blocks;
    blocks << textBlock(summaryReportTitle(), reportFont(20, QFont::Bold), reportInkColor(), mm(1), width);
    blocks << textBlock(QStringLiteral("외국인환자 유치실적 요약 · %1").arg(year), reportFont(13), reportInkColor(), mm(3), width);
    blocks << noteBlock(QStringLiteral("Generated %1\nDataset: %2")
                            .arg(generated.toString(QStringLiteral("yyyy-MM-dd HH:mm t")),
                                 cube ? cube->provenance() : QStringLiteral("none loaded")),
                        width, mm(1));
    blocks << headingBlock(QStringLiteral("Applied filters"), width);
    QStringList filterItems = filter.describe();
    for (QString &item : filterItems)
        item.replace(QLatin1Char(' '), QChar(0x00A0));  // wrap between filters, not inside one
    blocks << textBlock(filterItems.join(QStringLiteral("   ·   ")), reportFont(9), reportInkColor(), mm(1), width);
    if (!cube) {
        blocks << noteBlock(QStringLiteral("No dataset is loaded."), width);
        return blocks;
    }
    const CubeQuery query(*cube, filter);
    blocks << headingBlock(QStringLiteral("Key figures, %1").arg(year), width);
    blocks << kpiBlock(kpiCards(model, query), {3, 2}, width);
    blocks << noteBlock(QStringLiteral("Inside: nationality shares, year-over-year growth and the specialty breakdown, "
                                       "each chart with its table; the top 10 nationalities; definitions and source."),
                        width, mm(2));
    return blocks;
}

}  // namespace medtour
