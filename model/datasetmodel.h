#pragma once

#include "observationcube.h"

#include <QAbstractTableModel>

#include <memory>

namespace medtour {

// The loaded dataset as a table: one row per observation of the cube. Holds the cube shared
// with the summary models; replacing it publishes a model reset. Columns are DatasetColumn.
// DisplayRole is for people, in the current language: category names via localizedName()
// (the Total marker as "Total"), years via formatYear(), measures via measureLabel(); the
// Status column shows the status id (ToolTipRole: statusLabel()). RawValueRole and
// CategoryIdRole keep the ids (filtering, sorting, raw CSV export).
class DatasetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Year, Measure, Nationality, Specialty, InstitutionType, Region, Value, Share, Status,
                        Sources, Note, Count };

    explicit DatasetModel(QObject *parent);

    /// Replaces the dataset (never null; an empty cube is allowed).
    void setCube(std::shared_ptr<const ObservationCube> cube);
    std::shared_ptr<const ObservationCube> cube() const { return m_cube; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Announces that every header and cell text changed (the display language switched).
    void retranslate();

private:
    std::shared_ptr<const ObservationCube> m_cube;
};

}  // namespace medtour
