#include "breakdowntablemodel.h"

#include "modelroles.h"
#include "numberformat.h"

#include <QHash>

namespace medtour {

BreakdownTableModel::BreakdownTableModel(Dimension dimension, QObject *parent)
    : QAbstractTableModel(parent), m_dimension(dimension)
{
}

void BreakdownTableModel::recompute(const ObservationCube &cube, const FilterState &filter)
{
    beginResetModel();
    m_years.clear();
    m_categories.clear();
    m_categoriesKo.clear();
    m_categoriesJa.clear();
    m_cells.clear();
    m_totals.clear();
    m_unavailable.clear();
    m_focusYear = filter.focusYear;
    const CubeQuery query(cube, filter);
    m_measure = query.measureFor(m_dimension);
    QList<Breakdown> perYear;
    for (int y = filter.fromYear; y <= filter.toYear; ++y) {
        m_years.append(y);
        perYear.append(query.breakdown(m_dimension, y));
        m_totals.append(perYear.last().total);
    }
    // Rank: the focus year's order first, then categories by their best rank in other years.
    QHash<QString, QString> korean;
    QHash<QString, QString> japanese;
    auto addRanked = [&](const Breakdown &b, int limit) {
        for (int i = 0; i < b.rows.size() && i < limit; ++i) {
            const BreakdownRow &r = b.rows.at(i);
            if (!m_categories.contains(r.id)) {
                m_categories.append(r.id);
                korean.insert(r.id, r.nameKo);
                japanese.insert(r.id, r.nameJa);
            }
        }
    };
    const int focusIndex = static_cast<int>(m_years.indexOf(filter.focusYear));
    const int limit = filter.hasSelection(m_dimension) || filter.isOtherExpanded(m_dimension) ? 1000 : filter.topN;
    if (focusIndex >= 0)
        addRanked(perYear.at(focusIndex), limit);
    for (const Breakdown &b : perYear)
        addRanked(b, limit);
    for (const QString &id : m_categories) {
        m_categoriesKo.append(korean.value(id));
        m_categoriesJa.append(japanese.value(id));
        QList<ResolvedValue> row;
        for (const Breakdown &b : perYear) {
            ResolvedValue v;
            for (const BreakdownRow &r : b.rows) {
                if (r.id == id)
                    v = r.cell;
            }
            row.append(v);
        }
        m_cells.append(row);
    }
    if (m_categories.isEmpty())
        m_unavailable = focusIndex >= 0 ? perYear.at(focusIndex).unavailableReason
                                        : tr("No published breakdown by %1 in %2–%3")
                                              .arg(dimensionLabel(m_dimension).toLower(), formatYear(filter.fromYear),
                                                   formatYear(filter.toYear));
    endResetModel();
}

QJsonArray BreakdownTableModel::toJson() const
{
    QJsonArray rows;
    for (int r = 0; r < m_categories.size(); ++r) {
        for (int c = 0; c < m_years.size(); ++c) {
            const ResolvedValue &v = m_cells.at(r).at(c);
            if (!v.hasData())
                continue;
            QJsonObject o;
            o.insert(QStringLiteral("name"), m_categories.at(r));
            o.insert(QStringLiteral("name_ko"), m_categoriesKo.at(r));
            o.insert(QStringLiteral("name_ja"), m_categoriesJa.at(r));
            o.insert(QStringLiteral("year"), m_years.at(c));
            o.insert(QStringLiteral("count"), v.value ? QJsonValue(static_cast<double>(*v.value)) : QJsonValue());
            o.insert(QStringLiteral("share_pct"), v.sharePct ? QJsonValue(roundToOneDecimal(*v.sharePct)) : QJsonValue());
            o.insert(QStringLiteral("status"), statusId(v.status));
            o.insert(QStringLiteral("measure"), measureId(m_measure));
            rows.append(o);
        }
    }
    return rows;
}

QString BreakdownTableModel::categoryName(int row) const
{
    return localizedName(m_categories.at(row), m_categoriesKo.at(row), m_categoriesJa.at(row));
}

int BreakdownTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_categories.size());
}

int BreakdownTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_years.size());
}

QVariant BreakdownTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResolvedValue &v = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return v.value ? formatCount(v.value, v.status) : formatPercent(v.sharePct, true);
    case RawValueRole: return v.value ? QVariant(*v.value) : QVariant();
    case StatusRole: return statusId(v.status);
    case CategoryIdRole: return m_categories.at(index.row());
    case Qt::ToolTipRole: return formatPercent(v.sharePct, isApproximate(v.status));
    default: return {};
    }
}

QVariant BreakdownTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool horizontal = orientation == Qt::Horizontal;
    const bool inRange = section >= 0 && section < (horizontal ? m_years.size() : m_categories.size());
    if (role == CategoryIdRole && !horizontal)
        return inRange ? QVariant(m_categories.at(section)) : QVariant();
    if (role == RawValueRole && horizontal)
        return inRange ? QVariant(m_years.at(section)) : QVariant();
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (!inRange)
        return {};
    return horizontal ? formatYear(m_years.at(section)) : categoryName(section);
}

}  // namespace medtour
