#pragma once

#include "observationcube.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <vector>

namespace medtour {

// One loaded dataset: its cube and where it came from. `importOptions` is what a reload needs
// to read the file again with the same mapping (encoding, delimiter, sheet, number locale,
// column spec), stored as JSON so the model layer stays free of the import library.
struct DatasetEntry {
    QString name;                                   // shown in bold: file name or "Built-in …"
    std::shared_ptr<const ObservationCube> cube;    // never null in the registry
    QStringList provenance;                         // one line each: file, encoding, shape, rows…
    QStringList warnings;                           // import warnings, one per line
    QString path;                                   // empty for the built-in dataset
    QJsonObject importOptions;                      // opaque to the registry (see app/)
    bool builtin = false;
};

// The datasets the user has loaded, as a list model: the built-in dataset first, then each
// loaded file in load order. Exactly one entry is active (it drives the dashboard); the
// built-in entry cannot be removed. Owns the entries (values sharing their cubes).
class DatasetRegistry : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role : int {
        NameRole = Qt::UserRole + 100,  // QString
        ProvenanceRole,                 // QStringList
        WarningsRole,                   // QStringList
        WarningCountRole,               // int
        IsActiveRole,                   // bool
        IsBuiltinRole,                  // bool
        PathRole,                       // QString, empty for built-in
    };

    explicit DatasetRegistry(QObject *parent);

    /// Adds a dataset and returns its row. A built-in entry goes to row 0 (replacing an
    /// existing built-in one); others are appended. The first entry added becomes active
    /// (activeChanged is emitted). Returns -1 when `entry.cube` is null.
    int add(DatasetEntry entry);
    /// Replaces the entry at `row` (a reload); re-emits activeChanged when it is active.
    bool replace(int row, DatasetEntry entry);
    /// Removes a loaded file. The built-in entry cannot be removed (returns false). Removing
    /// the active entry activates the built-in one (or row 0).
    bool remove(int row);
    /// Makes `row` the active dataset and emits activeChanged(cube). No-op when already active.
    bool setActive(int row);

    int activeRow() const { return m_active; }
    /// Row of the entry loaded from `path`, or -1.
    int rowOfPath(const QString &path) const;
    const DatasetEntry &entry(int row) const { return m_entries.at(static_cast<size_t>(row)); }
    int count() const { return static_cast<int>(m_entries.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    /// The active dataset changed (set, removed or reloaded); `cube` is never null.
    void activeChanged(std::shared_ptr<const medtour::ObservationCube> cube);

private:
    void emitActiveRowChanged(int oldRow);

    std::vector<DatasetEntry> m_entries;
    int m_active = -1;
};

}  // namespace medtour
