#pragma once

#include "cubequery.h"

#include <QJsonObject>

namespace medtour {

// The KPI values of the dashboard for the focus year under a filter, computed by a pure
// function from the cube. Counts in patients (department-based counts for specialties),
// shares and growth in percent; missing values stay std::nullopt.
struct Summary {
    int focusYear = 0;
    Measure totalMeasure = Measure::RealPatients;
    ResolvedValue total;            // slice total with YoY growth vs focusYear-1
    std::optional<BreakdownRow> topNationality;   // share of the real-patient total
    std::optional<BreakdownRow> topSpecialty;     // share of department-based counts
    ResolvedValue countriesOfOrigin;              // only without filters
    QString provenance;                           // the cube's provenance(), for sourceLineFor()
    bool filtered = false;                        // some category of some dimension is selected

    /// {"total_patients", "yoy_growth_pct", "top_nationality": {name, name_ko, name_ja, patients,
    /// share_pct, status}, "top_specialty": {name, name_ko, name_ja, count, share_pct, status},
    /// "countries_of_origin"}; unknown values as null; percents rounded to one decimal.
    QJsonObject toJson() const;
};

/// Computes the KPIs for `filter.focusYear` from `cube`.
Summary computeSummary(const ObservationCube &cube, const FilterState &filter);

}  // namespace medtour
