#pragma once

#include "filterstate.h"

#include <QSortFilterProxyModel>

namespace medtour {

// Filters the DatasetModel for the data table: rows inside the year range whose categories
// match every dimension with a selection (a Total row of a selected dimension is left out).
// Sorts by the typed RawValueRole, so "1,170,467" sorts as a number and n/a sorts first.
class FilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FilterProxyModel(QObject *parent);

    void setFilter(const FilterState &filter);
    const FilterState &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matchesSelection(int sourceRow, const QModelIndex &parent, int column, Dimension d) const;
    FilterState m_filter;
};

}  // namespace medtour
