#pragma once

#include "observation.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>

namespace medtour {

class ObservationCube;

// The analyst's filter as a plain value: year range (inclusive), focus year, the selected
// categories per dimension (English ids; empty = all) and top N for ranked charts.
// Serialisable to JSON for saved views, QSettings and the command line.
struct FilterState {
    int fromYear = 2009;
    int toYear = 2024;
    int focusYear = 2024;
    int topN = 5;  // categories shown before "Other", 1..50
    std::array<QStringList, kDimensionCount> selected;
    /// Per dimension: "Other" expanded into its members (ranked charts list every category
    /// instead of the top N + "Other"). Saved as "expand_other": ["nationality", ...].
    std::array<bool, kDimensionCount> expandOther{};

    const QStringList &selection(Dimension d) const { return selected[static_cast<int>(d)]; }
    QStringList &selection(Dimension d) { return selected[static_cast<int>(d)]; }
    bool isSelected(Dimension d, const QString &id) const;
    bool hasSelection(Dimension d) const { return !selection(d).isEmpty(); }
    bool isOtherExpanded(Dimension d) const { return expandOther[static_cast<int>(d)]; }
    void setOtherExpanded(Dimension d, bool expanded) { expandOther[static_cast<int>(d)] = expanded; }

    /// Clamps the years into [minYear, maxYear], orders from <= to, keeps focus in range and
    /// topN in 1..50.
    FilterState normalized(int minYear, int maxYear) const;
    /// One line per applied filter in the current language, e.g. "Years: 2009–2024",
    /// "Nationality: Japan, China"; a line "Other expanded: Nationality" only when some "Other"
    /// is expanded. With `cube`, selected categories are shown by their localized names (the
    /// cube's name columns), otherwise by id.
    QStringList describe(const ObservationCube *cube = nullptr) const;

    QJsonObject toJson() const;
    static FilterState fromJson(const QJsonObject &json);

    friend bool operator==(const FilterState &a, const FilterState &b)
    {
        return a.fromYear == b.fromYear && a.toYear == b.toYear && a.focusYear == b.focusYear
            && a.topN == b.topN && a.selected == b.selected && a.expandOther == b.expandOther;
    }
    friend bool operator!=(const FilterState &a, const FilterState &b) { return !(a == b); }
};

}  // namespace medtour
