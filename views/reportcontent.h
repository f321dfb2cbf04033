#pragma once

#include "reportblock.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace medtour {

class DashboardModel;

/// Title of the printed summary report as drawn on page 1 and in running headers.
QString summaryReportTitle();

/// The blocks of the summary report, top to bottom, in report units (reportblock.h): title,
/// generated date/time, dataset provenance, applied filters, KPI cards, the three charts
/// (drawn through renderChart() as vectors), the top-10 nationality table of the focus year
/// (CubeQuery with the model's filter) and the definitions. Values come from `model`, which
/// must outlive the blocks (the chart blocks read its summary models when painted).
QList<ReportBlock> buildSummaryReportBlocks(const DashboardModel &model, const QDateTime &generated);

}  // namespace medtour
