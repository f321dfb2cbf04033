#pragma once

#include "error.h"
#include "observationcube.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace medtour {

// Reader of the tidy observation CSV layout documented in resources/data/FORMAT.md: UTF-8
// (a byte-order mark is dropped), RFC 4180 quoting, LF/CRLF/CR line ends, '#' comment lines
// before the header, one observation per row. All or nothing: on the first error no cube is
// returned.
class TidyCsvReader
{
public:
    struct Result {
        std::optional<ObservationCube> cube;  // set on success
        Error error;                          // set when cube is empty
        QStringList warnings;                 // e.g. share over 100, negative count
    };

    /// Parses `data`; `fileName` is used in error messages and as provenance.
    static Result parse(const QByteArray &data, const QString &fileName);
    /// Reads and parses the file at `path` (a Qt resource path such as ":/data/x.csv" works).
    static Result readFile(const QString &path);
};

// Splits RFC 4180 CSV text into records of fields, tracking the 1-based line on which each
// record starts. Quotes may contain delimiters, quotes ("") and line breaks.
struct CsvRecord {
    int line = 0;
    QStringList fields;
    QList<int> columns;  // 1-based column (character offset in its line) where each field starts
};
/// Parses `text` into records; on an unterminated quote returns std::nullopt and sets `error`.
std::optional<QList<CsvRecord>> splitCsv(const QString &text, QChar delimiter, const QString &fileName,
                                         Error *error);

/// Writes a cube in the tidy layout (UTF-8, LF, quoted where needed).
QByteArray writeTidyCsv(const ObservationCube &cube);

}  // namespace medtour
