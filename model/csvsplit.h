#pragma once

#include "error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace medtour {

// One record of delimited text as split by splitCsv(): its fields (quotes removed, doubled
// quotes undone, line breaks inside quotes kept), the 1-based physical line on which it starts
// and the 1-based column (character offset in its line) where each field starts.
struct CsvRecord {
    int line = 0;
    QStringList fields;
    QList<int> columns;
};

/// Splits RFC 4180 text into records of fields. `delimiter` is ',', '\t', ';' or any other
/// character; LF, CRLF and CR-only line ends; quotes may contain delimiters, quotes ("") and line
/// breaks. Empty lines give no record; comment lines are NOT recognised here (callers skip
/// records whose first field starts with '#').
/// On an unterminated quote returns std::nullopt and sets `error` to the line and column of the
/// opening quote. `progress`, when set, is called about every 64 Ki characters with (characters
/// done, characters in total); returning false stops the split: std::nullopt with the error
/// message "cancelled".
std::optional<QList<CsvRecord>> splitCsv(const QString &text, QChar delimiter, const QString &fileName,
                                         Error *error,
                                         const std::function<bool(qint64, qint64)> &progress = {});

}  // namespace medtour
