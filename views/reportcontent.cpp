#include "reportcontent.h"

#include "reportparts.h"

#include <model/dashboardmodel.h>

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>

namespace medtour {

using namespace reportunits;

QString summaryReportTitle()
{
    return QCoreApplication::translate("medtour::SummaryReport", "Foreign patients in Korea — summary report");
}

qreal reportFooterHeight()
{
    return mm(9);
}

QList<ReportBlock> buildSummaryReportBlocks(const DashboardModel &model, const QDateTime &generated,
                                            const ReportGeometry &geometry, const ReportContentOptions &options)
{
    const qreal width = geometry.contentWidth();
    QList<ReportBlock> blocks = reportCoverBlocks(model, generated, width);
    const auto cube = model.cube();
    if (!cube)
        return blocks;
    // A chart takes 40% of the content height on portrait sheets (103 mm on A4), so it shares
    // its page with its table; 55% on landscape sheets (94 mm on A4), where the table follows
    // on the next page anyway.
    const qreal contentHeight = geometry.page.height() - geometry.margins.top() - geometry.margins.bottom()
        - reportFooterHeight();
    const bool landscape = geometry.page.width() > geometry.page.height();
    const qreal chartHeight = std::clamp(contentHeight * (landscape ? 0.55 : 0.40), mm(60), mm(112));
    blocks << reportChartSections(model, width, chartHeight, options.chartOptions);
    blocks << reportDefinitionBlocks(*cube, model.filter(), width);
    if (options.includeObservations)
        blocks << reportObservationBlocks(model, width);
    return blocks;
}

}  // namespace medtour
