#pragma once

#include "observation.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace medtour {

// The category dictionary of one dimension: code 0 is the Total marker "_T", codes 1..n the
// categories in first-seen order. Lookups accept the English id or the Korean name.
class CategoryDictionary
{
public:
    CategoryDictionary();
    /// Returns the code of `id` (English), adding the category if new. "_T" maps to kTotalCode.
    /// Names given for a known category fill its names that are still empty.
    std::uint16_t intern(const QString &id, const QString &nameKo = {}, bool isAggregate = false,
                         const QString &nameJa = {});
    /// Code of a category by English id, Korean or Japanese name (case-insensitive for English).
    std::optional<std::uint16_t> find(const QString &idOrKoreanName) const;
    const Category &category(std::uint16_t code) const { return m_categories.at(code); }
    /// Number of codes including the Total marker.
    int size() const { return static_cast<int>(m_categories.size()); }

private:
    std::vector<Category> m_categories;
    QHash<QString, std::uint16_t> m_byKey;  // lower-case English id and Korean name
};

// Coordinates of one cell: year, measure and a code per dimension (kTotalCode = Total).
struct CellKey {
    int year = 0;
    Measure measure = Measure::RealPatients;
    std::array<std::uint16_t, kDimensionCount> codes{};
    friend bool operator==(const CellKey &a, const CellKey &b)
    {
        return a.year == b.year && a.measure == b.measure && a.codes == b.codes;
    }
};
size_t qHash(const CellKey &key, size_t seed = 0) noexcept;

// The observation cube: columnar, dictionary-encoded storage of observations (one small
// integer per dimension per row, one value array). Values are counts in patients (or
// department-based counts, or countries, per the measure); shares are in percent. A missing
// value is std::nullopt, never 0. Owns its data; cheap to move, copied only on purpose.
class ObservationCube
{
public:
    struct Row {
        CellKey key;
        std::optional<qint64> value;          // patients / counts / countries
        std::optional<double> sharePct;       // published share, percent
        std::optional<Dimension> shareBase;   // dimension whose Total is the share's base
        ObservationStatus status = ObservationStatus::Exact;
        bool isAggregate = false;
        std::optional<double> reportedYoyPct; // published growth vs previous year, percent
        QString confidence;
        QStringList sourceIds;
        QString note;
    };

    CategoryDictionary &dictionary(Dimension d) { return m_dicts[static_cast<int>(d)]; }
    const CategoryDictionary &dictionary(Dimension d) const { return m_dicts[static_cast<int>(d)]; }

    /// Appends a row. Returns false (and keeps the cube unchanged) when a row with the same
    /// coordinates exists already.
    bool append(const Row &row);
    int rowCount() const { return static_cast<int>(m_years.size()); }
    Row row(int index) const;
    const CellKey &key(int index) const { return m_keys[index]; }

    /// Row index of the cell at `key`, or -1 when nothing was published for it.
    int find(const CellKey &key) const;
    /// Years present in any row, ascending.
    std::vector<int> years() const;
    int minYear() const;
    int maxYear() const;

    /// Free text naming where the data came from (file path or "built-in").
    QString provenance() const { return m_provenance; }
    void setProvenance(const QString &p) { m_provenance = p; }

    /// Combines several cubes into one (categories matched by English id). Returns the merged
    /// cube, or std::nullopt when two cubes publish the same cell; `conflict` then names the
    /// cell and the two provenances.
    static std::optional<ObservationCube> merged(const QList<const ObservationCube *> &cubes, QString *conflict);

private:
    std::array<CategoryDictionary, kDimensionCount> m_dicts;
    std::vector<CellKey> m_keys;
    std::vector<int> m_years;
    std::vector<qint64> m_values;           // valid where m_hasValue
    std::vector<std::uint8_t> m_hasValue;
    std::vector<double> m_shares;           // NaN = missing
    std::vector<std::int8_t> m_shareBase;   // -1 = none
    std::vector<ObservationStatus> m_status;
    std::vector<std::uint8_t> m_aggregate;
    std::vector<double> m_reportedYoy;      // NaN = missing
    std::vector<QString> m_confidence;
    std::vector<QStringList> m_sources;
    std::vector<QString> m_notes;
    QHash<CellKey, int> m_index;
    QString m_provenance;
};

}  // namespace medtour
