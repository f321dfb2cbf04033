#pragma once

#include "reportblock.h"

#include <model/observation.h>

#include <QDateTime>
#include <QList>
#include <QString>

namespace medtour {

class CubeQuery;
class DashboardModel;
class ObservationCube;
struct FilterState;
struct ViewState;

// The parts of the summary report, each a list of blocks over `width` report units
// (reportcontent.h assembles them). Internal to the report; values come from the model.
// Every text is translated when the blocks are built (currentLanguage(), model/language.h);
// blocks are built at the moment of painting or export, so nothing needs retranslation.

/// Cover: title, generated date, dataset provenance, applied filters, KPI cards.
QList<ReportBlock> reportCoverBlocks(const DashboardModel &model, const QDateTime &generated, qreal width);

/// One section per chart, each starting a page: heading, the chart (vector, `chartHeight`
/// report units) and its table (the chart's summary model rows). The nationality section adds
/// the top-10 table, the specialty section the note on department-based counts. The charts
/// are drawn with the chart options of `chartOptions` (chartviewoptions.h); the tables always
/// show exact figures ("1,170,467"), whatever the units of the charts.
QList<ReportBlock> reportChartSections(const DashboardModel &model, qreal width, qreal chartHeight,
                                       const ViewState &chartOptions);

/// Definitions (real patients vs department-based counts, ≈, n/a, YoY) and the source line.
QList<ReportBlock> reportDefinitionBlocks(const ObservationCube &cube, const FilterState &filter, qreal width);

/// Appendix starting a page: the filtered observations (the data table) as a table that
/// breaks across pages with its header repeated.
QList<ReportBlock> reportObservationBlocks(const DashboardModel &model, qreal width);

/// The name of category `id` of `dimension` in the current language (localizedName() of the
/// cube's category: "Japan", "일본", "日本"); `id` itself when `cube` is null or lacks it.
QString reportCategoryName(const ObservationCube *cube, Dimension dimension, const QString &id);

/// The department-based total of `year` under the query's filter as text: published, or else
/// derived from the top specialty's count and published share (rounded to 1,000, marked "≈").
QString departmentTotalText(const CubeQuery &query, int year);

}  // namespace medtour
