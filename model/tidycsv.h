#pragma once

#include "csvsplit.h"
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

/// Writes a cube in the tidy layout (UTF-8, LF, quoted where needed).
QByteArray writeTidyCsv(const ObservationCube &cube);

}  // namespace medtour
