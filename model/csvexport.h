#pragma once

#include "error.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QAbstractItemModel;

namespace medtour {

/// The table `model` (top-level rows and columns) as CSV for spreadsheets: UTF-8 with a BOM
/// (so Excel reads Korean), CRLF line ends, RFC 4180 quoting, a header row from the
/// horizontal headerData() and, when the model has text vertical headers (category names),
/// a leading column with them. `rawValues` writes RawValueRole numbers (1170467, 37.687;
/// missing = empty cell) where the model has them, otherwise the DisplayRole text
/// ("1,170,467", "≈146,000", "n/a"). Text starting with = + - @ tab or CR is prefixed with '
/// against formula injection; plain numbers such as -12.5 or +93.2% are left as they are.
QByteArray tableToCsv(const QAbstractItemModel &model, bool rawValues);

/// Writes tableToCsv() to `path` atomically (QSaveFile). Returns the error (file, message).
std::optional<Error> writeCsvFile(const QAbstractItemModel &model, const QString &path, bool rawValues);

}  // namespace medtour
