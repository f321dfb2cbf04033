#include "datasetmodel.h"

#include "language.h"
#include "modelroles.h"
#include "numberformat.h"

namespace medtour {

namespace {
using Column = DatasetModel::Column;

std::optional<Dimension> dimensionOf(Column c)
{
    switch (c) {
    case Column::Nationality: return Dimension::Nationality;
    case Column::Specialty: return Dimension::Specialty;
    case Column::InstitutionType: return Dimension::InstitutionType;
    case Column::Region: return Dimension::Region;
    default: return std::nullopt;
    }
}
}  // namespace

DatasetModel::DatasetModel(QObject *parent)
    : QAbstractTableModel(parent), m_cube(std::make_shared<ObservationCube>())
{
}

void DatasetModel::setCube(std::shared_ptr<const ObservationCube> cube)
{
    beginResetModel();
    m_cube = cube ? std::move(cube) : std::make_shared<ObservationCube>();
    endResetModel();
}

int DatasetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_cube->rowCount();
}

int DatasetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant DatasetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto column = static_cast<Column>(index.column());
    const ObservationCube::Row row = m_cube->row(index.row());
    if (role == StatusRole)
        return statusId(row.status);
    if (role == SourceIdsRole)
        return row.sourceIds;
    if (role == Qt::TextAlignmentRole) {
        if (column == Column::Year || column == Column::Value || column == Column::Share)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole && role != CategoryIdRole)
        return {};
    if (auto d = dimensionOf(column)) {
        const Category &c = m_cube->dictionary(*d).category(row.key.codes[static_cast<int>(*d)]);
        if (role == CategoryIdRole || role == RawValueRole)
            return c.id;
        if (c.id == kTotalId)
            return tr("Total", "the dimension is not broken down");
        return localizedName(c);
    }
    if (role == CategoryIdRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (column) {
    case Column::Year: return raw ? QVariant(row.key.year) : QVariant(formatYear(row.key.year));
    case Column::Measure: return raw ? measureId(row.key.measure) : measureLabel(row.key.measure);
    case Column::Value:
        if (raw)
            return row.value ? QVariant(*row.value) : QVariant();
        return formatCount(row.value, row.status);
    case Column::Share:
        if (raw)
            return row.sharePct ? QVariant(*row.sharePct) : QVariant();
        return formatPercent(row.sharePct);
    case Column::Status: return raw ? statusId(row.status) : statusLabel(row.status);
    case Column::Sources: return row.sourceIds.join(QStringLiteral("; "));
    case Column::Note: return row.note;
    default: return {};
    }
}

QVariant DatasetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Year: return tr("Year");
    case Column::Measure: return tr("Measure", "column header: what a value counts");
    case Column::Nationality: return dimensionLabel(Dimension::Nationality);
    case Column::Specialty: return dimensionLabel(Dimension::Specialty);
    case Column::InstitutionType: return dimensionLabel(Dimension::InstitutionType);
    case Column::Region: return dimensionLabel(Dimension::Region);
    case Column::Value: return tr("Patients");
    case Column::Share: return tr("Share", "column header: percent of the total");
    case Column::Status: return tr("Status", "column header: observation status");
    case Column::Sources: return tr("Sources");
    case Column::Note: return tr("Note");
    default: return {};
    }
}

void DatasetModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

}  // namespace medtour
