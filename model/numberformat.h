#pragma once

#include "observation.h"

#include <QString>

#include <optional>

namespace medtour {

// Display formatting shared by tables, charts, reports and JSON-less text: thousands
// separators (1,170,467), one decimal for percent, signed growth (+93.2%), "≈" for every
// non-exact status and "n/a" for missing. Never scientific notation.

/// "1,170,467"; "≈146,000" when `status` is not exact; "n/a" when missing.
QString formatCount(std::optional<qint64> value, ObservationStatus status = ObservationStatus::Exact);
/// "37.7%" (one decimal); "≈37.7%" when approximate; "n/a" when missing.
QString formatPercent(std::optional<double> pct, bool approximate = false);
/// "+93.2%" / "−76.5%" with a sign; "n/a" when missing.
QString formatGrowth(std::optional<double> pct, bool approximate = false);
/// Rounds half away from zero to one decimal, as published figures are (37.687 → 37.7).
double roundToOneDecimal(double v);

}  // namespace medtour
