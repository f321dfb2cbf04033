// The cover of the summary report and the KPI cards on it (reportparts.h). Texts are in the
// current language (context "medtour::ReportCover"); category names come from the dataset.
#include "reportcontent.h"
#include "reportparts.h"

#include <model/builtindataset.h>
#include <model/cubequery.h>
#include <model/dashboardmodel.h>
#include <model/language.h>
#include <model/numberformat.h>

#include <QCoreApplication>
#include <QFontMetricsF>

#include <cmath>

namespace medtour {

using namespace reportunits;

namespace {

QString specialtyNote(const QString &name, const BreakdownRow &top, const QString &departmentTotal)
{
    const QString count = formatCount(top.cell.value, top.cell.status);
    if (departmentTotal == formatCount(std::nullopt))
        return QCoreApplication::translate("medtour::ReportCover",
                                           "%1 · %2 department-based counts; no published total for this filter")
            .arg(name, count);
    return QCoreApplication::translate("medtour::ReportCover",
                                       "%1 · %2 of %3 department-based counts, not of real patients")
        .arg(name, count, departmentTotal);
}

QList<KpiCard> kpiCards(const DashboardModel &model, const CubeQuery &query)
{
    const Summary &s = model.summary();
    const ObservationCube *cube = model.cube().get();
    const int year = s.focusYear;
    const bool departmentTotal = s.totalMeasure == Measure::DepartmentBased;
    QList<KpiCard> cards;

    cards << KpiCard{departmentTotal
                         ? QCoreApplication::translate("medtour::ReportCover", "Department-based counts, %1").arg(formatYear(year))
                         : QCoreApplication::translate("medtour::ReportCover", "Foreign patients, %1").arg(formatYear(year)),
                     formatCount(s.total.value, s.total.status),
                     departmentTotal
                         ? QCoreApplication::translate("medtour::ReportCover", "department-based counts for the selected specialty")
                         : QCoreApplication::translate("medtour::ReportCover", "real patients, de-duplicated")};

    const ResolvedValue previous = query.sliceTotal(year - 1, s.totalMeasure);
    const QString previousCount = formatCount(previous.value, previous.status);
    const QString growthNote = s.total.yoyReported
        ? QCoreApplication::translate("medtour::ReportCover", "%1: %2 (published growth rate)").arg(formatYear(year - 1), previousCount)
        : QCoreApplication::translate("medtour::ReportCover", "%1: %2", "previous year: its count").arg(formatYear(year - 1), previousCount);
    cards << KpiCard{QCoreApplication::translate("medtour::ReportCover", "Growth vs %1").arg(formatYear(year - 1)),
                     formatGrowth(s.total.yoyPct, isApproximate(s.total.yoyStatus)), growthNote};

    cards << KpiCard{QCoreApplication::translate("medtour::ReportCover", "Countries of origin"),
                     formatCount(s.countriesOfOrigin.value, s.countriesOfOrigin.status),
                     s.countriesOfOrigin.value
                         ? QCoreApplication::translate("medtour::ReportCover", "countries patients came from in %1").arg(formatYear(year))
                         : s.filtered ? QCoreApplication::translate("medtour::ReportCover", "not published for a filtered slice")
                                      : QCoreApplication::translate("medtour::ReportCover", "not in this dataset",
                                                                    "no countries-of-origin figure in the loaded data")};

    const QString topNationality = QCoreApplication::translate("medtour::ReportCover", "Top nationality");
    if (const auto &top = s.topNationality) {
        const QString name = reportCategoryName(cube, Dimension::Nationality, top->id);
        cards << KpiCard{topNationality,
                         QStringLiteral("%1 %2").arg(name, formatPercent(top->cell.sharePct, isApproximate(top->cell.status))),
                         QCoreApplication::translate("medtour::ReportCover", "%1 patients · share of real patients")
                             .arg(formatCount(top->cell.value, top->cell.status))};
    } else {
        cards << KpiCard{topNationality, formatCount(std::nullopt),
                         QCoreApplication::translate("medtour::ReportCover",
                                                     "no published breakdown by nationality for this filter")};
    }

    const QString topSpecialty = QCoreApplication::translate("medtour::ReportCover", "Top specialty");
    if (const auto &top = s.topSpecialty) {
        const QString name = reportCategoryName(cube, Dimension::Specialty, top->id);
        cards << KpiCard{topSpecialty,
                         QStringLiteral("%1 %2").arg(name, formatPercent(top->cell.sharePct, isApproximate(top->cell.status))),
                         specialtyNote(name, *top, departmentTotalText(query, year))};
    } else {
        cards << KpiCard{topSpecialty, formatCount(std::nullopt),
                         QCoreApplication::translate("medtour::ReportCover",
                                                     "no published breakdown by specialty for this filter")};
    }
    return cards;
}

QString dimensionName(Dimension d)
{
    switch (d) {
    case Dimension::Nationality: return QCoreApplication::translate("medtour::ReportCover", "Nationality");
    case Dimension::Specialty: return QCoreApplication::translate("medtour::ReportCover", "Specialty");
    case Dimension::InstitutionType: return QCoreApplication::translate("medtour::ReportCover", "Institution type");
    case Dimension::Region: return QCoreApplication::translate("medtour::ReportCover", "Region");
    }
    return {};
}

// The applied filters as the cover shows them, one item per filter, category names in the
// current language (FilterState::describe() keeps the ids for logs and batch output).
QStringList filterItems(const FilterState &filter, const ObservationCube *cube)
{
    QStringList items;
    items << QCoreApplication::translate("medtour::ReportCover", "Focus year: %1").arg(formatYear(filter.focusYear))
          << QCoreApplication::translate("medtour::ReportCover", "Years: %1–%2")
                 .arg(formatYear(filter.fromYear), formatYear(filter.toYear));
    QStringList expanded;
    for (Dimension d : kAllDimensions) {
        QStringList names;
        for (const QString &id : filter.selection(d))
            names << reportCategoryName(cube, d, id);
        const QString value = names.isEmpty() ? QCoreApplication::translate("medtour::ReportCover", "all", "no filter on a dimension")
                                              : names.join(QStringLiteral(", "));
        items << QCoreApplication::translate("medtour::ReportCover", "%1: %2", "filter: its categories").arg(dimensionName(d), value);
        if (filter.isOtherExpanded(d))
            expanded << dimensionName(d);
    }
    items << QCoreApplication::translate("medtour::ReportCover", "Top N: %1").arg(filter.topN);
    if (!expanded.isEmpty())
        items << QCoreApplication::translate("medtour::ReportCover", "Other expanded: %1").arg(expanded.join(QStringLiteral(", ")));
    return items;
}

// `items` joined by " · " into lines that fit `width` at `font`, broken between items only
// (Japanese text may otherwise break inside an item, "上|位N: 5"); an item wider than a line
// keeps a line of its own and wraps.
QString packedLines(const QStringList &items, const QFont &font, qreal width)
{
    const QString separator = QStringLiteral("   ·   ");
    const QFontMetricsF metrics(font);
    QStringList lines;
    for (const QString &item : items) {
        const QString joined = lines.isEmpty() ? QString() : lines.last() + separator + item;
        if (!lines.isEmpty() && metrics.horizontalAdvance(joined) <= width - mm(1))
            lines.last() = joined;
        else
            lines << item;
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

QString reportCategoryName(const ObservationCube *cube, Dimension dimension, const QString &id)
{
    return cube ? localizedCategoryName(*cube, dimension, id) : id;
}

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
    // Only the built-in data are the official statistics; a user's file is named instead.
    const QString provenance = cube ? cube->provenance() : QString();
    const QString subtitle = isOfficialData(provenance)
        ? QCoreApplication::translate("medtour::ReportCover", "Official statistics of foreign patients (MOHW / KHIDI) · %1")
              .arg(formatYear(year))
        : QCoreApplication::translate("medtour::ReportCover", "Data from %1 · %2", "report subtitle for loaded data")
              .arg(sourceNames(provenance), formatYear(year));
    blocks << textBlock(subtitle, reportFont(13), reportInkColor(), mm(3), width);
    const QString time = generated.toString(QStringLiteral("HH:mm t"));
    blocks << noteBlock(QCoreApplication::translate("medtour::ReportCover", "Generated %1, %2\nDataset: %3")
                            .arg(formatDate(generated.date()), time,
                                 cube ? displayProvenance(cube->provenance())
                                      : QCoreApplication::translate("medtour::ReportCover", "none loaded")),
                        width, mm(1));
    blocks << headingBlock(QCoreApplication::translate("medtour::ReportCover", "Applied filters"), width);
    blocks << textBlock(packedLines(filterItems(filter, cube.get()), reportFont(9), width), reportFont(9), reportInkColor(),
                        mm(1), width);
    if (!cube) {
        blocks << noteBlock(QCoreApplication::translate("medtour::ReportCover", "No dataset is loaded."), width);
        return blocks;
    }
    const CubeQuery query(*cube, filter);
    blocks << headingBlock(QCoreApplication::translate("medtour::ReportCover", "Key figures, %1").arg(formatYear(year)), width);
    blocks << kpiBlock(kpiCards(model, query), {3, 2}, width);
    blocks << noteBlock(QCoreApplication::translate("medtour::ReportCover",
                                                    "Inside: nationality shares, year-over-year growth and the specialty "
                                                    "breakdown, each chart with its table; the top 10 nationalities; "
                                                    "definitions and source."),
                        width, mm(2));
    return blocks;
}

}  // namespace medtour
