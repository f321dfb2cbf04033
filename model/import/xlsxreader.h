#pragma once

#include "rawtable.h"

#include <model/error.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace medtour {

/// The sheet names of an XLSX workbook (`bytes`: the whole .xlsx file), in workbook order.
/// Errors (empty list, `error` set): not a zip archive, no workbook part, malformed XML.
QStringList xlsxSheetNames(const QByteArray &bytes, Error *error, const QString &fileName = QString());

/// Reads one worksheet of an XLSX workbook (`bytes`: the whole .xlsx file; zip via QuaZip, XML
/// via QXmlStreamReader) into a RawTable: `sheetName` (exact, else case-insensitive; empty = the
/// first sheet). Cells are placed by their reference (A1, AB7), gaps filled with empty cells and
/// trailing empty cells dropped. Shared strings (rich-text runs concatenated, phonetic runs left
/// out), inline strings, formula strings, booleans ("TRUE"/"FALSE"), errors ("#N/A") as written;
/// numbers as shortest decimal text, never in exponent form ("1170467", "37.7").
/// The first row with a non-empty cell is the header (cells trimmed); empty rows are skipped;
/// Row::line is the sheet's 1-based row number; columns stays empty. encoding = "XLSX",
/// sheet = the sheet's name. Errors (std::nullopt, `error` set with `fileName`): not a zip
/// (or an old .xls), no such sheet (the message lists the sheets), malformed XML (line and column
/// within the named part), a shared-string index out of range, an empty sheet.
std::optional<RawTable> readXlsx(const QByteArray &bytes, const QString &sheetName, const QString &fileName,
                                 Error *error);

}  // namespace medtour
