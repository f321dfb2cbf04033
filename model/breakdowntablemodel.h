#pragma once

#include "cubequery.h"

#include <QAbstractTableModel>
#include <QJsonArray>

namespace medtour {

// Categories of one dimension (specialty by default) x years of the filter's range: row =
// category (the top N of the focus year, then those that rank in other years), column =
// year. DisplayRole shows the count; ShareRole-like access through cell(). For specialties
// the counts are department-based (a patient counted once per department visited). Combined
// rows are left out. Headers: years via formatYear() (horizontal), category names in the
// current language (vertical); CategoryIdRole gives the id. Model reset on every recompute.
// Parent owns it.
class BreakdownTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    BreakdownTableModel(Dimension dimension, QObject *parent);

    void recompute(const ObservationCube &cube, const FilterState &filter);

    Dimension dimension() const { return m_dimension; }
    Measure measure() const { return m_measure; }
    int focusYear() const { return m_focusYear; }
    const QList<int> &years() const { return m_years; }
    /// Category ids in row order (the keys) and their Korean and Japanese names.
    const QStringList &categories() const { return m_categories; }
    const QStringList &categoriesKo() const { return m_categoriesKo; }
    const QStringList &categoriesJa() const { return m_categoriesJa; }
    /// The name of row `row`'s category in the current language (localizedName()).
    QString categoryName(int row) const;
    /// The value at (category row, year column); no data when not published.
    const ResolvedValue &cell(int row, int column) const { return m_cells.at(row).at(column); }
    /// Index of `year` in years(), or -1.
    int columnOfYear(int year) const { return static_cast<int>(m_years.indexOf(year)); }
    /// Published totals of the measure per year (department-based totals are rarely published).
    const QList<ResolvedValue> &totals() const { return m_totals; }
    QString unavailableReason() const { return m_unavailable; }
    /// [{name, name_ko, name_ja, year, count, share_pct, status, measure}] for every published
    /// cell; "name" is the id.
    QJsonArray toJson() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Dimension m_dimension;
    Measure m_measure = Measure::DepartmentBased;
    int m_focusYear = 0;
    QList<int> m_years;
    QStringList m_categories;
    QStringList m_categoriesKo;
    QStringList m_categoriesJa;
    QList<QList<ResolvedValue>> m_cells;
    QList<ResolvedValue> m_totals;
    QString m_unavailable;
};

}  // namespace medtour
