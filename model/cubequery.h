#pragma once

#include "filterstate.h"
#include "language.h"
#include "observationcube.h"

#include <QList>
#include <QString>

#include <optional>

namespace medtour {

// A value the dashboard shows, resolved from the cube with its provenance: count (patients,
// department-based count or countries, per the measure), share in percent, YoY growth in
// percent, and the observation status that decides the "≈" marker. Missing is std::nullopt.
struct ResolvedValue {
    std::optional<qint64> value;
    std::optional<double> sharePct;
    std::optional<double> yoyPct;
    ObservationStatus status = ObservationStatus::Exact;
    ObservationStatus yoyStatus = ObservationStatus::Exact;
    bool yoyReported = false;  // yoyPct is the published rate, not computed
    QStringList sourceIds;
    QString note;  // for people, in the language current when it was resolved
    bool hasData() const { return value.has_value() || sharePct.has_value(); }
};

// One category of a breakdown (e.g. Japan in the nationality shares of 2024).
// Show it with localizedName(id, nameKo, nameJa); the id stays the key.
struct BreakdownRow {
    QString id;      // stable English id
    QString nameKo;  // Korean name, may be empty
    ResolvedValue cell;
    QString nameJa;  // Japanese name, may be empty
};

// The rows of dimension `dimension` for one year under a filter, ranked by share (then
// count), aggregates (combined rows) left out, plus the slice total they are shares of.
struct Breakdown {
    Dimension dimension = Dimension::Nationality;
    Measure measure = Measure::RealPatients;
    int year = 0;
    ResolvedValue total;       // the published total of the slice (or a sum, marked Summed)
    QList<BreakdownRow> rows;  // ranked, only categories with a count or a share
    QString unavailableReason; // set when rows is empty: which filters have no breakdown (current language)
};

// The query rule of the cube (ARCHITECTURE.md): to chart dimension D under filter F, read the
// observations where D is a category, the filtered dimensions match F and every other
// dimension is Total. Several selected categories of a non-charted dimension are summed (and
// marked Summed); a share uses the total of the same measure; a published share or total is
// preferred to a computed one; missing stays missing. The cube must outlive the query.
class CubeQuery
{
public:
    CubeQuery(const ObservationCube &cube, const FilterState &filter);

    /// The measure the filter implies: department-based counts when a specialty is charted or
    /// selected (the specialty tables are department-based), real patients otherwise.
    Measure measureFor(std::optional<Dimension> charted) const;

    /// The filtered slice's total for `year` (all dimensions per the filter), with YoY growth
    /// against year-1. Falls back to the sum of parts only for cubes whose breakdowns are
    /// complete (record-level data).
    ResolvedValue sliceTotal(int year, Measure measure) const;

    /// The value of one category of `d` in `year`, other dimensions per the filter (the
    /// filter's own selection on `d` is replaced by `categoryId`). Unknown category → no data.
    ResolvedValue categoryValue(Dimension d, const QString &categoryId, int year, Measure measure) const;

    /// The ranked breakdown of `d` for `year`; the filter's selection on `d` restricts the
    /// rows, the total stays the slice total.
    Breakdown breakdown(Dimension d, int year) const;

    /// Countries of origin in `year`; no data when any dimension is filtered.
    ResolvedValue countriesOfOrigin(int year) const;

    const FilterState &filter() const { return m_filter; }
    const ObservationCube &cube() const { return m_cube; }

private:
    using Codes = std::array<QList<std::uint16_t>, kDimensionCount>;
    Codes filterCodes(std::optional<Dimension> except) const;
    ResolvedValue resolve(int year, Measure measure, const Codes &codes) const;
    ResolvedValue withYoy(ResolvedValue current, int year, Measure measure, const Codes &codes) const;
    std::optional<double> publishedShare(int year, Measure measure, const Codes &codes, Dimension charted) const;

    const ObservationCube &m_cube;
    FilterState m_filter;
    bool m_unknownSelection = false;  // a selected category is not in the cube
};

/// The name of the category `id` of `d` in `lang` (model/language.h), from the cube's name
/// columns; an id the cube does not know is returned as written.
QString localizedCategoryName(const ObservationCube &cube, Dimension d, const QString &id,
                              Language lang = currentLanguage());
/// localizedCategoryName() of each of `ids`. For filter descriptions and series labels.
QStringList localizedNames(const ObservationCube &cube, Dimension d, const QStringList &ids,
                           Language lang = currentLanguage());

}  // namespace medtour
