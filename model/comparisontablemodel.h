#pragma once

#include "cubequery.h"

#include <QAbstractTableModel>

namespace medtour {

// What to compare side by side. Years: the categories of `dimension` in yearA (column A) and
// yearB (column B), e.g. nationalities 2023 vs 2024. Categories: two categories of
// `dimension` (e.g. Japan vs China), one row per year of the filter's range.
struct ComparisonSpec {
    enum class Kind { Years, Categories };
    Kind kind = Kind::Years;
    Dimension dimension = Dimension::Nationality;
    int yearA = 2023;
    int yearB = 2024;
    QString categoryA;  // English ids, Kind::Categories only
    QString categoryB;

    friend bool operator==(const ComparisonSpec &a, const ComparisonSpec &b)
    {
        return a.kind == b.kind && a.dimension == b.dimension && a.yearA == b.yearA && a.yearB == b.yearB
            && a.categoryA == b.categoryA && a.categoryB == b.categoryB;
    }
    friend bool operator!=(const ComparisonSpec &a, const ComparisonSpec &b) { return !(a == b); }
};

// Two columns of counts side by side with the change: rows = categories (Kind::Years, ranked
// by B, then a final "Total" row with the slice totals) or years (Kind::Categories); columns
// = label, A, B, change (B − A, in patients or department-based counts per the measure) and
// change in percent of A. A change is only computed when both counts were published; missing
// stays "n/a". Other dimensions follow the filter. Model reset on every recompute. Parent owns it.
class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Label, A, B, Change, ChangePct, Count };
    // Label column: DisplayRole = displayName() in the current language (a year via
    // formatYear()); CategoryIdRole = the id; RawValueRole = the year (Kind::Categories).
    struct Row {
        QString id;       // category id, "Total", or the year as text
        QString nameKo;
        ResolvedValue a;
        ResolvedValue b;
        std::optional<qint64> change;
        std::optional<double> changePct;
        bool isTotal = false;
        QString nameJa;
        /// The label shown in the current language ("Japan" / "일본" / "日本", "2024년").
        QString displayName() const;
    };

    explicit ComparisonTableModel(QObject *parent);

    void recompute(const ObservationCube &cube, const FilterState &filter, const ComparisonSpec &spec);

    const ComparisonSpec &spec() const { return m_spec; }
    const QList<Row> &rows() const { return m_rows; }
    Measure measure() const { return m_measure; }
    /// Column titles of A and B in the current language, e.g. "2023" / "2024" (formatYear()) or
    /// "Japan" / "China" (localizedName()).
    QString labelA() const;
    QString labelB() const;
    /// Non-empty when no row has data in either column.
    QString unavailableReason() const { return m_unavailable; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "+253,401" / "−1,200" with grouping; "n/a" when missing.
    static QString formatChange(std::optional<qint64> change, ObservationStatus status);

private:
    void fillYears(const CubeQuery &query);
    void fillCategories(const CubeQuery &query, const FilterState &filter);
    static Row makeRow(const QString &id, const QString &nameKo, const QString &nameJa, const ResolvedValue &a,
                       const ResolvedValue &b);

    ComparisonSpec m_spec;
    Measure m_measure = Measure::RealPatients;
    QList<Row> m_rows;
    QString m_unavailable;
    Category m_categoryA;  // Kind::Categories: names of spec.categoryA / categoryB
    Category m_categoryB;
};

}  // namespace medtour
