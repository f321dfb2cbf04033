#include "datasetregistry.h"

namespace medtour {

DatasetRegistry::DatasetRegistry(QObject *parent) : QAbstractListModel(parent) {}

int DatasetRegistry::add(DatasetEntry entry)
{
    if (!entry.cube)
        return -1;
    int row = count();
    if (entry.builtin) {
        row = 0;
        if (!m_entries.empty() && m_entries.front().builtin) {
            replace(0, std::move(entry));
            return 0;
        }
        beginInsertRows({}, 0, 0);
        m_entries.insert(m_entries.begin(), std::move(entry));
        if (m_active >= 0)
            ++m_active;
        endInsertRows();
    } else {
        beginInsertRows({}, row, row);
        m_entries.push_back(std::move(entry));
        endInsertRows();
    }
    if (m_active < 0)
        setActive(row);
    return row;
}

bool DatasetRegistry::replace(int row, DatasetEntry entry)
{
    if (row < 0 || row >= count() || !entry.cube)
        return false;
    entry.builtin = m_entries[static_cast<size_t>(row)].builtin;
    m_entries[static_cast<size_t>(row)] = std::move(entry);
    emit dataChanged(index(row), index(row));
    if (row == m_active)
        emit activeChanged(m_entries[static_cast<size_t>(row)].cube);
    return true;
}

bool DatasetRegistry::remove(int row)
{
    if (row < 0 || row >= count() || m_entries[static_cast<size_t>(row)].builtin)
        return false;
    const bool wasActive = row == m_active;
    beginRemoveRows({}, row, row);
    m_entries.erase(m_entries.begin() + row);
    if (m_active > row)
        --m_active;
    else if (wasActive)
        m_active = -1;
    endRemoveRows();
    if (wasActive && !m_entries.empty())
        setActive(0);
    return true;
}

bool DatasetRegistry::setActive(int row)
{
    if (row < 0 || row >= count())
        return false;
    if (row == m_active)
        return true;
    const int old = m_active;
    m_active = row;
    emitActiveRowChanged(old);
    emit activeChanged(m_entries[static_cast<size_t>(row)].cube);
    return true;
}

void DatasetRegistry::emitActiveRowChanged(int oldRow)
{
    const QList<int> roles{IsActiveRole};
    if (oldRow >= 0 && oldRow < count())
        emit dataChanged(index(oldRow), index(oldRow), roles);
    emit dataChanged(index(m_active), index(m_active), roles);
}

int DatasetRegistry::rowOfPath(const QString &path) const
{
    for (int r = 0; r < count(); ++r) {
        if (!path.isEmpty() && m_entries[static_cast<size_t>(r)].path == path)
            return r;
    }
    return -1;
}

int DatasetRegistry::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant DatasetRegistry::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DatasetEntry &e = m_entries[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return e.name;
    case Qt::ToolTipRole:
        return e.warnings.isEmpty() ? e.provenance.join(QLatin1Char('\n'))
                                    : tr("Warnings (%1):").arg(e.warnings.size())
                                          + QLatin1Char('\n') + e.warnings.join(QLatin1Char('\n'));
    case ProvenanceRole: return e.provenance;
    case WarningsRole: return e.warnings;
    case WarningCountRole: return static_cast<int>(e.warnings.size());
    case IsActiveRole: return index.row() == m_active;
    case IsBuiltinRole: return e.builtin;
    case PathRole: return e.path;
    default: return {};
    }
}

QHash<int, QByteArray> DatasetRegistry::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(ProvenanceRole, "provenance");
    names.insert(WarningsRole, "warnings");
    names.insert(WarningCountRole, "warningCount");
    names.insert(IsActiveRole, "isActive");
    names.insert(IsBuiltinRole, "isBuiltin");
    names.insert(PathRole, "path");
    return names;
}

}  // namespace medtour
