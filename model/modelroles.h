#pragma once

#include <Qt>

namespace medtour {

// Item-data roles shared by every model of the model layer. DisplayRole is formatted text
// ("1,170,467", "≈146,000", "37.7%", "n/a"); RawValueRole is the typed value (int year,
// qint64 count, double percent, QString id) or an invalid QVariant when missing, and is the
// sort role; StatusRole is the observation status id ("exact", "rounded_1000", ...).
enum ModelRole : int {
    RawValueRole = Qt::UserRole + 1,
    StatusRole,
    CategoryIdRole,  // stable English id of the row's category
    SourceIdsRole,   // QStringList of source ids
};

}  // namespace medtour
