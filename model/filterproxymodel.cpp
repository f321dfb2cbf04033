#include "filterproxymodel.h"

#include "datasetmodel.h"
#include "modelroles.h"

namespace medtour {

FilterProxyModel::FilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
}

void FilterProxyModel::setFilter(const FilterState &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

bool FilterProxyModel::matchesSelection(int sourceRow, const QModelIndex &parent, int column, Dimension d) const
{
    if (!m_filter.hasSelection(d))
        return true;
    const QString id = sourceModel()->index(sourceRow, column, parent).data(CategoryIdRole).toString();
    return m_filter.selection(d).contains(id);
}

bool FilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    using Column = DatasetModel::Column;
    const int year = sourceModel()->index(sourceRow, static_cast<int>(Column::Year), sourceParent)
                         .data(RawValueRole).toInt();
    if (year < m_filter.fromYear || year > m_filter.toYear)
        return false;
    return matchesSelection(sourceRow, sourceParent, static_cast<int>(Column::Nationality), Dimension::Nationality)
        && matchesSelection(sourceRow, sourceParent, static_cast<int>(Column::Specialty), Dimension::Specialty)
        && matchesSelection(sourceRow, sourceParent, static_cast<int>(Column::InstitutionType),
                            Dimension::InstitutionType)
        && matchesSelection(sourceRow, sourceParent, static_cast<int>(Column::Region), Dimension::Region);
}

bool FilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (!l.isValid() || !r.isValid())
        return !l.isValid() && r.isValid();  // missing sorts before any value
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

}  // namespace medtour
