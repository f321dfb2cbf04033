#pragma once

#include "reportblock.h"

#include <model/viewstate.h>

#include <QDateTime>
#include <QList>
#include <QString>

namespace medtour {

class DashboardModel;

/// Title of the printed summary report as drawn on page 1 and in running headers, in the
/// current language (translated at each call).
QString summaryReportTitle();

/// What the report contains beyond the fixed parts.
struct ReportContentOptions {
    bool includeObservations = false;  // append the filtered data table ("Observations")
    /// How the charts are drawn (modes, value kinds, Korean units, log scale), as in the
    /// window; the defaults draw what a fresh window draws. Its filter is not read.
    ViewState chartOptions;
};

/// The blocks of the summary report, top to bottom, for a sheet of `geometry` (reportblock.h):
/// the cover (title, generated date/time, dataset provenance, applied filters, KPI cards);
/// a section per chart on its own page with the chart (drawn through renderChart() as
/// vectors) and its table; the top-10 nationality table of the focus year; definitions and
/// source; optionally the observations. Values come from `model`, which must outlive the
/// blocks (the chart blocks read its summary models when painted).
QList<ReportBlock> buildSummaryReportBlocks(const DashboardModel &model, const QDateTime &generated,
                                            const ReportGeometry &geometry, const ReportContentOptions &options = {});

/// Height of the page footer (rule, source line, "Page n of N") in report units.
qreal reportFooterHeight();

}  // namespace medtour
