#pragma once

#include "rawtable.h"

#include <model/error.h>

#include <QByteArray>
#include <QChar>
#include <QString>

#include <functional>
#include <optional>

namespace medtour {

// How to read delimited text; empty/null members mean "detect".
struct TextReadOptions {
    QString encoding;  // "UTF-8", "CP949", "UTF-16LE", ... (see canonicalEncoding()); empty = detect
    QChar delimiter;   // ',', '\t' or ';'; null = detectDelimiter()
    /// Called about every 64 KiB with (bytes done, bytes in total); return false to cancel.
    /// May be called from a worker thread.
    std::function<bool(qint64, qint64)> progress;
};

/// Picks the delimiter of decoded text among ',', '\t' and ';': the one that splits the header
/// (first non-blank, non-'#' record) into two or more fields and gives the same number of fields
/// in most of the first 50 records (quotes respected; a trailing delimiter is tolerated). Ties go
/// to the larger field count, then to ',' before '\t' before ';'. Returns ',' when none fits.
QChar detectDelimiter(const QString &text);

/// Reads CSV, TSV or semicolon text into a RawTable: decodes `bytes` (decodeText()), splits
/// RFC 4180 records (splitCsv(): quoted delimiters, doubled quotes and line breaks; LF, CRLF and
/// CR-only line ends), skips blank, all-empty (",,,") and '#' comment records, takes the first
/// remaining record as the header (cells trimmed) and drops a trailing delimiter's empty last cell
/// (when the header ends with one, or from a row that has exactly one cell more than the header).
/// Rows keep their physical start line and the 1-based start column of each cell; rows longer
/// than the header give a warning. RawTable.encoding is "UTF-8 with BOM" for UTF-8 with a mark.
/// Errors (std::nullopt, `error` set with `fileName`, line and column): decoding errors, an
/// unterminated quote (at the opening quote), no header, and "cancelled" from `progress`.
std::optional<RawTable> readDelimitedText(const QByteArray &bytes, const TextReadOptions &options,
                                          const QString &fileName, Error *error);

}  // namespace medtour
