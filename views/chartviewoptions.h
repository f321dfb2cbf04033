#pragma once

#include <model/viewstate.h>

namespace medtour {

class GrowthChart;
class NationalityShareChart;
class SpecialtyBreakdownChart;

/// Sets the chart options of `view` (modes, value kinds, Korean units, log scale) on the
/// charts; null charts are skipped; `view.filter` is not read (the charts' models are already
/// filtered). Used by the window, the batch mode (--view) and the summary report, so all three
/// draw the same pictures.
void applyViewToCharts(const ViewState &view, NationalityShareChart *shares, GrowthChart *growth,
                       SpecialtyBreakdownChart *specialties);

}  // namespace medtour
