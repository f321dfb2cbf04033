#pragma once

#include "observation.h"

#include <QString>

#include <optional>

namespace medtour {

// Display formatting shared by tables, charts, reports and JSON-less text: thousands
// separators (1,170,467), one decimal for percent, signed growth (+93.2%), "≈" for every
// non-exact status and "n/a" for missing. Never scientific notation.

/// The text for a missing figure in the current language: "n/a", "자료 없음", "データなし".
QString notAvailableText();
/// "1,170,467"; "≈146,000" when `status` is not exact; "n/a" when missing.
QString formatCount(std::optional<qint64> value, ObservationStatus status = ObservationStatus::Exact);
/// "37.7%" (one decimal); "≈37.7%" when approximate; "n/a" when missing.
QString formatPercent(std::optional<double> pct, bool approximate = false);
/// "+93.2%" / "−76.5%" with a sign; "n/a" when missing.
QString formatGrowth(std::optional<double> pct, bool approximate = false);
/// Korean myriad units for tooltips and labels: 1,170,467 → "117만 467", 605,768 →
/// "60만 5,768", 123,456,789 → "1억 2,345만 6,789", 10,000 → "1만", below 10,000 "9,999";
/// negative values get "−". No "명" (the unit is in the axis / tooltip label). In Japanese
/// (currentLanguage()) 万/億, no spaces and no comma inside a group: "117万467", "70万5044".
QString formatKoreanUnits(qint64 value);
/// Compact Korean units for axis ticks: 1,170,467 → "117만", 250,000 → "25만", 25,000 →
/// "2.5만", 150,000,000 → "1.5억", below 10,000 "9,999". At most two decimals, never "e+".
/// Japanese: "117万", "1.5億".
QString formatKoreanUnitsCompact(double value);
/// formatCount() in Korean units: "117만 467", "≈14만 6,000", "n/a".
QString formatCountKorean(std::optional<qint64> value, ObservationStatus status = ObservationStatus::Exact);
/// formatCountKorean() with the counter word of `measure` in the current language, as Korean
/// and Japanese write counts in prose: Korean "117만 467명" (real patients), "70만 5,044건"
/// (department-based counts), "201개국" (countries); Japanese "117万467人", "70万5044件",
/// "201か国"; English adds none ("117만 467"). "n/a" (no counter) when missing. For KPI values
/// and tooltips; axes and tables name their unit in their title instead.
QString formatCountKoreanWithCounter(std::optional<qint64> value, ObservationStatus status, Measure measure);
/// Rounds half away from zero to one decimal, as published figures are (37.687 → 37.7).
double roundToOneDecimal(double v);

}  // namespace medtour
