// The chart sections, definitions and observations of the summary report (reportparts.h).
#include "reportparts.h"

#include "chartrender.h"
#include "growthchart.h"
#include "nationalitysharechart.h"
#include "reportmodeltable.h"
#include "reporttable.h"
#include "specialtybreakdownchart.h"

#include <model/cubequery.h>
#include <model/dashboardmodel.h>
#include <model/datasetmodel.h>
#include <model/filterproxymodel.h>
#include <model/numberformat.h>

#include <QChart>
#include <QObject>
#include <QPainter>

namespace medtour {

using namespace reportunits;

namespace {

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
    block.height = height + mm(4);
    block.paint = [summaryModel](QPainter &painter, const QRectF &rect) {
        QObject owner;
        auto *chart = new ChartT(summaryModel, &owner);
        const QRectF frame(rect.left(), rect.top(), rect.width(), rect.height() - mm(4));
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

// "Chart data" heading and the summary model's rows; a note instead when it has none.
QList<ReportBlock> chartTableBlocks(const QAbstractItemModel &model, const QString &unavailable, qreal width,
                                    const QList<int> &columns = {})
{
    QList<ReportBlock> blocks;
    blocks << headingBlock(QStringLiteral("Chart data"), width);
    if (model.rowCount() == 0) {
        blocks << noteBlock(unavailable.isEmpty() ? QStringLiteral("No rows for this filter.") : unavailable + QLatin1Char('.'),
                            width, mm(4));
        return blocks;
    }
    blocks << reportTableFromModel(model, width, columns).toBlock(mm(2));
    return blocks;
}

QList<ReportBlock> topNationalityBlocks(const CubeQuery &query, int year, qreal width)
{
    QList<ReportBlock> blocks;
    blocks << headingBlock(QStringLiteral("Top 10 nationalities, %1").arg(year), width);
    const Breakdown breakdown = query.breakdown(Dimension::Nationality, year);
    if (breakdown.rows.isEmpty()) {
        QString reason = breakdown.unavailableReason.isEmpty()
            ? QStringLiteral("No published breakdown by nationality for this filter")
            : breakdown.unavailableReason;
        reason[0] = reason.at(0).toUpper();
        blocks << noteBlock(reason + QLatin1Char('.'), width, mm(4));
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
    blocks.last().keepWithNext = true;  // with its note
    const QString measure = breakdown.measure == Measure::DepartmentBased
        ? QStringLiteral("department-based counts (진료과 기준)")
        : QStringLiteral("real patients (실환자)");
    blocks << noteBlock(QStringLiteral("Patients: %1 in %2. Share: of the total of the same measure (published share "
                                       "where available). YoY growth: against %3; a published rate where %3 has no "
                                       "count. Ranked by share.")
                            .arg(measure)
                            .arg(year)
                            .arg(year - 1),
                        width, mm(4));
    return blocks;
}

// The specialty table: the category column and the last years that fit the width.
QList<ReportBlock> specialtyTableBlocks(const BreakdownTableModel &model, qreal width)
{
    const int years = static_cast<int>(model.years().size());
    const int fit = std::min(years, trailingColumnsThatFit(model, width));
    QList<int> columns;
    for (int c = years - fit; c < years; ++c)
        columns << c;
    QList<ReportBlock> blocks = chartTableBlocks(model, model.unavailableReason(), width, columns);
    blocks.last().keepWithNext = true;  // with the note on department-based counts
    QString note = QStringLiteral("Department-based counts (진료과 기준): a patient is counted once per department "
                                  "visited; specialty shares are shares of these counts, not of real patients.");
    if (fit < years && fit > 0)
        note += QStringLiteral(" Years %1–%2 shown; every year is in the CSV and XLSX export.")
                    .arg(model.years().at(years - fit))
                    .arg(model.years().last());
    blocks << noteBlock(note, width, mm(3));
    return blocks;
}

}  // namespace

QList<ReportBlock> reportChartSections(const DashboardModel &model, qreal width, qreal chartHeight)
{
    const FilterState &filter = model.filter();
    const int year = filter.focusYear;
    QList<ReportBlock> blocks;

    const ShareTableModel *shares = model.nationalityShares();
    blocks << headingBlock(QStringLiteral("Nationality shares, %1").arg(year), width);
    blocks.last().pageBreakBefore = true;
    blocks << chartBlock<NationalityShareChart>(model.nationalityShares(), chartHeight);
    blocks << chartTableBlocks(*shares, shares->unavailableReason(), width);
    if (const auto cube = model.cube())
        blocks << topNationalityBlocks(CubeQuery(*cube, filter), year, width);

    const GrowthTableModel *growth = model.growth();
    blocks << headingBlock(QStringLiteral("Year-over-year growth, %1–%2").arg(filter.fromYear).arg(filter.toYear), width);
    blocks.last().pageBreakBefore = true;
    blocks << chartBlock<GrowthChart>(model.growth(), chartHeight);
    blocks << chartTableBlocks(*growth, growth->unavailableReason(), width);

    blocks << headingBlock(QStringLiteral("Specialties (진료과), %1").arg(year), width);
    blocks.last().pageBreakBefore = true;
    blocks << chartBlock<SpecialtyBreakdownChart>(model.specialtyBreakdown(), chartHeight);
    blocks << specialtyTableBlocks(*model.specialtyBreakdown(), width);
    return blocks;
}

QList<ReportBlock> reportDefinitionBlocks(const ObservationCube &cube, const FilterState &filter, qreal width)
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
    blocks << headingBlock(QStringLiteral("Definitions"), width);
    // Definitions and source stay together on one page (a lone bullet on a last page reads badly).
    for (const QString &item : items) {
        blocks << textBlock(QStringLiteral("•  ") + item, reportFont(9), reportInkColor(), mm(1.8), width);
        blocks.last().keepWithNext = true;
    }
    blocks << headingBlock(QStringLiteral("Source"), width);
    blocks << textBlock(sourceLine(), reportFont(9), reportInkColor(), mm(1.2), width);
    blocks.last().keepWithNext = true;
    blocks << noteBlock(QStringLiteral("Dataset: %1").arg(cube.provenance()), width, mm(2));
    return blocks;
}

QList<ReportBlock> reportObservationBlocks(const DashboardModel &model, qreal width)
{
    using C = DatasetModel::Column;
    const FilterProxyModel *table = model.tableModel();
    // Institution type and region only when some row is not their Total (the page is narrow).
    const auto varies = [table](C column) {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->index(r, int(column)).data().toString() != QLatin1String("Total"))
                return true;
        }
        return false;
    };
    QList<int> columns{int(C::Year), int(C::Measure), int(C::Nationality), int(C::Specialty)};
    for (C optional : {C::InstitutionType, C::Region}) {
        if (varies(optional))
            columns << int(optional);
    }
    columns << int(C::Value) << int(C::Share) << int(C::Status);
    QList<ReportBlock> blocks;
    blocks << headingBlock(QStringLiteral("Observations (%1 rows under the applied filters)").arg(table->rowCount()), width);
    blocks.last().pageBreakBefore = true;
    if (table->rowCount() == 0) {
        blocks << noteBlock(QStringLiteral("No observation matches the applied filters."), width);
        return blocks;
    }
    blocks << reportTableFromModel(*table, width, columns).toBlock(mm(2));
    return blocks;
}

}  // namespace medtour
