#pragma once

#include "importer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace medtour {

// The bytes and layout of one record-level CSV file for readRegistry(). The caller owns the
// bytes (a file mapping or a buffer) and keeps them alive during the call.
struct RegistryInput {
    QString fileName;             // for messages: "file:line:column: ..."
    const char *data = nullptr;   // UTF-8 text without a byte-order mark
    qint64 size = 0;
    ImportSpec spec;              // Shape::RecordLevel; one mapping per header cell
    QStringList header;           // header cells (for the ignored-columns warning)
    char delimiter = ',';
    QString encoding = QStringLiteral("UTF-8");  // for the provenance
    bool fileMapping = false;     // `data` is a read-only file mapping: parsed pages are released
    int threads = 0;              // parsing threads; 0 = one per core
};

/// The record-level fast path: finds the header in `in.data` (after blank and '#' lines), splits
/// the data rows into one chunk per thread at line boundaries, parses the chunks in parallel
/// straight from the bytes (each distinct value of a mapped column decoded and resolved once;
/// no per-row QString) and counts every record into each combination of its categories and
/// Total (status exact), like interpretTable() does for Shape::RecordLevel. A chunk boundary
/// inside a quoted field is detected (the previous chunk ends past it) and that chunk is read
/// again from the right place. Progress (bytes done, total bytes) and cancel through
/// options.progress, called from the calling thread only. Errors as values with file, line and
/// column (bad year or date, invalid UTF-8, too many fields, unterminated quote): nothing is
/// applied. Returns std::nullopt when this path cannot read the file and the general reader
/// must (a mapping with other roles than year/date/category, a quote inside an unquoted field,
/// CR-only line ends, more than 4,095 distinct values in a category column).
std::optional<ImportResult> readRegistry(const RegistryInput &in, const ImportOptions &options);

/// Files at least this large go through readRegistry() when they are record-level.
inline constexpr qint64 kRegistryMinBytes = 4 * 1024 * 1024;

/// The importer's route: maps `path` (QFile::map), reads its first rows with the general reader
/// to detect encoding and delimiter and to guess the mapping (or takes options.spec), and, when
/// the file is text of at least `minBytes` and record-level, reads it with readRegistry() (UTF-8
/// straight from the mapping; other encodings are converted to UTF-8 first). std::nullopt means
/// "use the general reader" (small, not record-level, XLSX, or not readable by the fast path).
std::optional<ImportResult> importRegistryFile(const QString &path, const ImportOptions &options,
                                               qint64 minBytes = kRegistryMinBytes);

/// importRegistryFile() for bytes in memory, without the size threshold (tests, importBytes()).
std::optional<ImportResult> importRegistryBytes(const QByteArray &bytes, const QString &fileName,
                                                const ImportOptions &options);

}  // namespace medtour
