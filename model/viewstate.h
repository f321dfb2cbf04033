#pragma once

#include "filterstate.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace medtour {

class ObservationCube;

// What the nationality share chart draws.
enum class ShareChartMode { Donut, RankedBars };
// What the specialty breakdown chart draws.
enum class SpecialtyChartMode { FocusYearBars, StackedYears, PercentYears, GroupedYears };
// Whether a chart plots counts (patients / department-based counts) or shares in percent.
enum class ChartValueKind { Count, Share };

// The whole state an analyst can save and reopen ("saved view"): the filter (with its focus
// year and expanded "Other"), the chart options and the series hidden through legends. A plain
// value; serialised as {"format": "medtour-view", "version": 1, "filter": {...},
// "charts": {...}}. Category ids are English ids; resolveAgainst() drops those the data lacks.
struct ViewState {
    FilterState filter;
    ShareChartMode nationalityMode = ShareChartMode::Donut;
    SpecialtyChartMode specialtyMode = SpecialtyChartMode::FocusYearBars;
    ChartValueKind nationalityValueKind = ChartValueKind::Count;
    ChartValueKind specialtyValueKind = ChartValueKind::Count;
    bool koreanUnits = false;  // 117만 instead of 1,170,467
    bool growthLogScale = false;

    int focusYear() const { return filter.focusYear; }

    static constexpr int kFormatVersion = 1;
    QJsonObject toJson() const;
    /// Reads toJson() output. Returns std::nullopt (and sets `error`) when "format" is not
    /// "medtour-view" or the version is newer than kFormatVersion. Values it cannot use fall
    /// back to the defaults (top N is clamped to 1–50), each with a line in `warnings` (when
    /// given) in the current language: a key of the wrong type ("\"filter.nationality\":
    /// expected a list of names [\"Japan\", …], found \"Japan\"; ignored"), top N out of
    /// range, an unknown option spelling. Absent keys take their defaults silently.
    static std::optional<ViewState> fromJson(const QJsonObject &json, QString *error, QStringList *warnings = nullptr);

    /// The view made valid for `cube`: selected categories the cube does not have are dropped,
    /// one warning each ("Nationality \"Atlantis\" is not in the data; left out"), categories
    /// given by Korean name are replaced by their English id, years are clamped into the data.
    ViewState resolveAgainst(const ObservationCube &cube, QStringList *warnings) const;

    friend bool operator==(const ViewState &a, const ViewState &b)
    {
        return a.filter == b.filter && a.nationalityMode == b.nationalityMode && a.specialtyMode == b.specialtyMode
            && a.nationalityValueKind == b.nationalityValueKind && a.specialtyValueKind == b.specialtyValueKind
            && a.koreanUnits == b.koreanUnits && a.growthLogScale == b.growthLogScale;
    }
    friend bool operator!=(const ViewState &a, const ViewState &b) { return !(a == b); }
};

}  // namespace medtour
