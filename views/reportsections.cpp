// The chart sections, definitions and observations of the summary report (reportparts.h).
// Texts are in the current language (context "medtour::ReportSections").
#include "reportparts.h"

#include "chartrender.h"
#include "chartviewoptions.h"
#include "growthchart.h"
#include "nationalitysharechart.h"
#include "reportmodeltable.h"
#include "reporttable.h"
#include "specialtybreakdownchart.h"

#include <model/builtindataset.h>
#include <model/cubequery.h>
#include <model/dashboardmodel.h>
#include <model/datasetmodel.h>
#include <model/filterproxymodel.h>
#include <model/language.h>
#include <model/modelroles.h>
#include <model/numberformat.h>
#include <model/sharetablemodel.h>

#include <QChart>
#include <QCoreApplication>
#include <QObject>
#include <QPainter>

namespace medtour {

using namespace reportunits;

namespace {

// One chart pixel in report units. The chart themes are designed for 96 px per inch; printing
// at 120 px per inch lays the chart out wider (about 850 px on the A4 content width) so axis
// labels of 16 years and long specialty names fit, with text at 80% of its screen size.
constexpr qreal kChartPixel = 25.4 / 120.0 * kPerMm;

// A reason from the model ("no published breakdown ...") as a sentence of the report.
QString asSentence(QString reason)
{
    if (!reason.isEmpty())
        reason[0] = reason.at(0).toUpper();
    return QCoreApplication::translate("medtour::ReportSections", "%1.", "a reason from the model as a sentence").arg(reason);
}

// A chart of type ChartT built on `summaryModel` with the chart options of `view` and painted
// through renderChart() into the block: vector output, laid out at the block's size in chart
// pixels.
template <typename ChartT, typename ModelT>
ReportBlock chartBlock(ModelT *summaryModel, const ViewState &view, qreal height)
{
    ReportBlock block;
    block.height = height + mm(4);
    block.paint = [summaryModel, view](QPainter &painter, const QRectF &rect) {
        QObject owner;
        auto *chart = new ChartT(summaryModel, &owner);
        // The chart is one of the three kinds; the other two arguments are null and skipped.
        applyViewToCharts(view, qobject_cast<NationalityShareChart *>(chart), qobject_cast<GrowthChart *>(chart),
                          qobject_cast<SpecialtyBreakdownChart *>(chart));
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
    blocks << headingBlock(QCoreApplication::translate("medtour::ReportSections", "Chart data"), width);
    if (model.rowCount() == 0) {
        blocks << noteBlock(unavailable.isEmpty() ? QCoreApplication::translate("medtour::ReportSections", "No rows for this filter.") : asSentence(unavailable),
                            width, mm(4));
        return blocks;
    }
    blocks << reportTableFromModel(model, width, columns).toBlock(mm(2));
    return blocks;
}

QList<ReportBlock> topNationalityBlocks(const ObservationCube &cube, const CubeQuery &query, int year, qreal width)
{
    QList<ReportBlock> blocks;
    blocks << headingBlock(QCoreApplication::translate("medtour::ReportSections", "Top 10 nationalities, %1").arg(formatYear(year)), width);
    const Breakdown breakdown = query.breakdown(Dimension::Nationality, year);
    if (breakdown.rows.isEmpty()) {
        blocks << noteBlock(breakdown.unavailableReason.isEmpty()
                                ? QCoreApplication::translate("medtour::ReportSections", "No published breakdown by nationality for this filter.")
                                : asSentence(breakdown.unavailableReason),
                            width, mm(4));
        return blocks;
    }
    ReportTable table({
        {QCoreApplication::translate("medtour::ReportSections", "Rank", "column header: position in the ranking"), 0.08, Qt::AlignRight},
        {QCoreApplication::translate("medtour::ReportSections", "Nationality", "column header"), 0.38, Qt::AlignLeft},
        {QCoreApplication::translate("medtour::ReportSections", "Patients", "column header: number of patients"), 0.20, Qt::AlignRight},
        {QCoreApplication::translate("medtour::ReportSections", "Share", "column header: percent of the total"), 0.16, Qt::AlignRight},
        {QCoreApplication::translate("medtour::ReportSections", "YoY growth", "column header: change against the previous year"), 0.18, Qt::AlignRight},
    });
    const int shown = std::min<int>(10, static_cast<int>(breakdown.rows.size()));
    for (int i = 0; i < shown; ++i) {
        const BreakdownRow &row = breakdown.rows.at(i);
        table.addRow({QString::number(i + 1), reportCategoryName(&cube, Dimension::Nationality, row.id),
                      formatCount(row.cell.value, row.cell.status),
                      formatPercent(row.cell.sharePct, isApproximate(row.cell.status)),
                      formatGrowth(row.cell.yoyPct, isApproximate(row.cell.yoyStatus))});
    }
    const ResolvedValue &total = breakdown.total;
    table.addRow({QString(), QCoreApplication::translate("medtour::ReportSections", "All nationalities", "total row of the table"),
                  formatCount(total.value, total.status),
                  total.value ? formatPercent(100.0) : formatCount(std::nullopt),
                  formatGrowth(total.yoyPct, isApproximate(total.yoyStatus))},
                 true);
    blocks << table.toBlock(mm(2));
    blocks.last().keepWithNext = true;  // with its note
    const QString note = breakdown.measure == Measure::DepartmentBased
        ? QCoreApplication::translate("medtour::ReportSections", "Patients: department-based counts in %1. Share: of the total of the same measure "
                                             "(published share where available). YoY growth: against %2; a published rate "
                                             "where %2 has no count. Ranked by share.")
        : QCoreApplication::translate("medtour::ReportSections", "Patients: real patients in %1. Share: of the total of the same measure (published "
                                             "share where available). YoY growth: against %2; a published rate where %2 has "
                                             "no count. Ranked by share.");
    blocks << noteBlock(note.arg(formatYear(year), formatYear(year - 1)), width, mm(4));
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
    QString note = QCoreApplication::translate("medtour::ReportSections", "Department-based counts: a patient is counted once per department "
                                                  "visited; specialty shares are shares of these counts, not of real patients.");
    if (fit < years && fit > 0)
        note += QLatin1Char(' ')
            + QCoreApplication::translate("medtour::ReportSections", "Years %1–%2 shown; every year is in the CSV and XLSX export.")
                  .arg(formatYear(model.years().at(years - fit)), formatYear(model.years().last()));
    blocks << noteBlock(note, width, mm(3));
    return blocks;
}

}  // namespace

QList<ReportBlock> reportChartSections(const DashboardModel &model, qreal width, qreal chartHeight,
                                       const ViewState &chartOptions)
{
    const FilterState &filter = model.filter();
    const int year = filter.focusYear;
    QList<ReportBlock> blocks;

    const ShareTableModel *shares = model.nationalityShares();
    blocks << headingBlock(QCoreApplication::translate("medtour::ReportSections", "Nationality shares, %1").arg(formatYear(year)), width);
    blocks.last().pageBreakBefore = true;
    blocks << chartBlock<NationalityShareChart>(model.nationalityShares(), chartOptions, chartHeight);
    // One name per category (the current language's, in the row headers): not the Korean column.
    QList<int> shareColumns;
    for (int c = 0; c < shares->columnCount(); ++c) {
        if (c != int(ShareTableModel::Column::CategoryKo))
            shareColumns << c;
    }
    blocks << chartTableBlocks(*shares, shares->unavailableReason(), width, shareColumns);
    if (const auto cube = model.cube())
        blocks << topNationalityBlocks(*cube, CubeQuery(*cube, filter), year, width);

    const GrowthTableModel *growth = model.growth();
    blocks << headingBlock(QCoreApplication::translate("medtour::ReportSections", "Year-over-year growth, %1–%2")
                               .arg(formatYear(filter.fromYear), formatYear(filter.toYear)),
                           width);
    blocks.last().pageBreakBefore = true;
    blocks << chartBlock<GrowthChart>(model.growth(), chartOptions, chartHeight);
    blocks << chartTableBlocks(*growth, growth->unavailableReason(), width);

    blocks << headingBlock(QCoreApplication::translate("medtour::ReportSections", "Specialties, %1").arg(formatYear(year)), width);
    blocks.last().pageBreakBefore = true;
    blocks << chartBlock<SpecialtyBreakdownChart>(model.specialtyBreakdown(), chartOptions, chartHeight);
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
        QCoreApplication::translate("medtour::ReportSections", "Real patients: de-duplicated foreign patients; each person is counted once per year "
                                                "(all foreign patients, %1: %2).")
            .arg(formatYear(year), formatCount(patients.value, patients.status)),
        QCoreApplication::translate("medtour::ReportSections", "Department-based counts: a patient is counted once per department visited, so "
                                                "their total (all specialties, %1: %2) is larger than the real-patient total. "
                                                "Specialty shares use the department-based total, not the real patients.")
            .arg(formatYear(year), departmentTotalText(query, year)),
        QCoreApplication::translate("medtour::ReportSections", "≈ marks rounded, approximate, share-only or derived values (computed from other "
                                                "official figures); %1 means not published. Missing values are never shown as zero.")
            .arg(formatCount(std::nullopt)),
        QCoreApplication::translate("medtour::ReportSections", "YoY growth: change against the previous year's value of the same measure, or the "
                                                "published growth rate where the previous count is not published."),
    };
    QList<ReportBlock> blocks;
    blocks << headingBlock(QCoreApplication::translate("medtour::ReportSections", "Definitions"), width);
    // Definitions and source stay together on one page (a lone bullet on a last page reads badly).
    for (const QString &item : items) {
        blocks << textBlock(QStringLiteral("•  ") + item, reportFont(9), reportInkColor(), mm(1.8), width);
        blocks.last().keepWithNext = true;
    }
    blocks << headingBlock(QCoreApplication::translate("medtour::ReportSections", "Source", "heading: where the data comes from"), width);
    blocks << textBlock(sourceLineFor(cube.provenance()), reportFont(9), reportInkColor(), mm(1.2), width);
    blocks.last().keepWithNext = true;
    blocks << noteBlock(QCoreApplication::translate("medtour::ReportSections", "Dataset: %1").arg(displayProvenance(cube.provenance())), width, mm(2));
    return blocks;
}

QList<ReportBlock> reportObservationBlocks(const DashboardModel &model, qreal width)
{
    using C = DatasetModel::Column;
    const FilterProxyModel *table = model.tableModel();
    // Institution type and region only when some row is not their Total (the page is narrow).
    const auto varies = [table](C column) {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->index(r, int(column)).data(CategoryIdRole).toString() != kTotalId)
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
    blocks << headingBlock(QCoreApplication::translate("medtour::ReportSections", "Observations under the applied filters (rows: %1)")
                               .arg(table->rowCount()),
                           width);
    blocks.last().pageBreakBefore = true;
    if (table->rowCount() == 0) {
        blocks << noteBlock(QCoreApplication::translate("medtour::ReportSections", "No observation matches the applied filters."), width);
        return blocks;
    }
    blocks << reportTableFromModel(*table, width, columns).toBlock(mm(2));
    return blocks;
}

}  // namespace medtour
