#pragma once

#include <model/viewstate.h>

namespace medtour {

class GrowthChart;
class NationalityShareChart;
class SpecialtyBreakdownChart;

/// Sets the chart options of `view` (modes, value kinds, Korean units, log scale) on the
/// charts; null charts are skipped. Used by the window and by the batch mode (--view), so
/// both draw the same pictures.
void applyViewToCharts(const ViewState &view, NationalityShareChart *shares, GrowthChart *growth,
                       SpecialtyBreakdownChart *specialties);

}  // namespace medtour
