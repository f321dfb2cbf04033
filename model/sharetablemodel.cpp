#include "sharetablemodel.h"

#include "modelroles.h"
#include "numberformat.h"

namespace medtour {

ShareTableModel::ShareTableModel(Dimension dimension, QObject *parent)
    : QAbstractTableModel(parent), m_dimension(dimension)
{
}

void ShareTableModel::recompute(const ObservationCube &cube, const FilterState &filter)
{
    beginResetModel();
    const CubeQuery query(cube, filter);
    m_breakdown = query.breakdown(m_dimension, filter.focusYear);
    m_entries.clear();
    const bool selectedOnly = filter.hasSelection(m_dimension) || filter.isOtherExpanded(m_dimension);
    const int shown = selectedOnly ? static_cast<int>(m_breakdown.rows.size())
                                   : std::min<int>(filter.topN, static_cast<int>(m_breakdown.rows.size()));
    qint64 shownValues = 0;
    double shownShares = 0.0;
    bool allValues = true;
    bool allShares = true;
    ObservationStatus status = m_breakdown.total.status;
    for (int i = 0; i < shown; ++i) {
        const BreakdownRow &row = m_breakdown.rows.at(i);
        m_entries.append(Entry{row.id, row.nameKo, row.cell, false, row.nameJa});
        allValues = allValues && row.cell.value.has_value();
        allShares = allShares && row.cell.sharePct.has_value();
        shownValues += row.cell.value.value_or(0);
        shownShares += row.cell.sharePct.value_or(0.0);
        status = combineStatus(status, row.cell.status);
    }
    if (!m_entries.isEmpty()) {
        Entry other{QStringLiteral("Other"), QStringLiteral("기타"), {}, true, QStringLiteral("その他")};
        if (allValues && m_breakdown.total.value && *m_breakdown.total.value >= shownValues) {
            other.cell.value = *m_breakdown.total.value - shownValues;
            other.cell.status = status;
        } else {
            other.cell.status = combineStatus(status, ObservationStatus::ShareOnly);
        }
        // From counts when there are counts (245,373 / 1,170,467 = 21.0%); 100% minus the shown
        // shares only when the shares are all that was published (their rounding adds up).
        if (other.cell.value && m_breakdown.total.value && *m_breakdown.total.value > 0)
            other.cell.sharePct = static_cast<double>(*other.cell.value) * 100.0 / static_cast<double>(*m_breakdown.total.value);
        else if (allShares && shownShares < 100.0)
            other.cell.sharePct = 100.0 - shownShares;
        other.cell.note = tr("published total minus the categories shown");
        if (other.cell.sharePct && *other.cell.sharePct > 0.05)
            m_entries.append(other);
    }
    endResetModel();
}

QJsonArray ShareTableModel::toJson() const
{
    QJsonArray rows;
    for (const Entry &e : m_entries) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), e.id);
        o.insert(QStringLiteral("name_ko"), e.nameKo);
        o.insert(QStringLiteral("name_ja"), e.nameJa);
        o.insert(QStringLiteral("patients"), e.cell.value ? QJsonValue(static_cast<double>(*e.cell.value)) : QJsonValue());
        o.insert(QStringLiteral("share_pct"), e.cell.sharePct ? QJsonValue(roundToOneDecimal(*e.cell.sharePct)) : QJsonValue());
        o.insert(QStringLiteral("yoy_pct"), e.cell.yoyPct ? QJsonValue(roundToOneDecimal(*e.cell.yoyPct)) : QJsonValue());
        o.insert(QStringLiteral("status"), statusId(e.cell.status));
        o.insert(QStringLiteral("is_other"), e.isOther);
        rows.append(o);
    }
    return rows;
}

int ShareTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ShareTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant ShareTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == StatusRole)
        return statusId(e.cell.status);
    if (role == CategoryIdRole)
        return e.id;
    if (role == SourceIdsRole)
        return e.cell.sourceIds;
    const bool raw = role == RawValueRole;
    if (!raw && role != Qt::DisplayRole)
        return {};
    const bool approx = isApproximate(e.cell.status) && e.cell.status != ObservationStatus::Summed;
    switch (static_cast<Column>(index.column())) {
    case Column::Category: return raw ? e.id : e.displayName();
    case Column::CategoryKo: return e.nameKo;
    case Column::Value:
        if (raw)
            return e.cell.value ? QVariant(*e.cell.value) : QVariant();
        return formatCount(e.cell.value, e.cell.status);
    case Column::Share:
        if (raw)
            return e.cell.sharePct ? QVariant(*e.cell.sharePct) : QVariant();
        return formatPercent(e.cell.sharePct, approx && !e.cell.value);
    case Column::Yoy:
        if (raw)
            return e.cell.yoyPct ? QVariant(*e.cell.yoyPct) : QVariant();
        return formatGrowth(e.cell.yoyPct, isApproximate(e.cell.yoyStatus) && !e.cell.yoyReported);
    case Column::Status: return raw ? statusId(e.cell.status) : statusLabel(e.cell.status);
    default: return {};
    }
}

QVariant ShareTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Category: return dimensionLabel(m_dimension);
    case Column::CategoryKo: return tr("Korean name");
    case Column::Value:
        return m_breakdown.measure == Measure::DepartmentBased ? tr("Department-based count") : tr("Patients");
    case Column::Share: return tr("Share", "column header: percent of the total");
    case Column::Yoy: return tr("YoY growth");
    case Column::Status: return tr("Status", "column header: observation status");
    default: return {};
    }
}

}  // namespace medtour
