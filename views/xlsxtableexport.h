#pragma once

#include <model/error.h>

#include <QList>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
QT_END_NAMESPACE

namespace medtour {

// "Data beside the pictures": a chart's table as an Excel workbook (libxlsxwriter). Each
// sheet: a bold header row (the horizontal headerData, plus a leading column for text row
// headers such as category names), one row per model row with numbers as numbers from
// RawValueRole (counts "#,##0", percentages "0.0"; years plain), text as shown, missing cells
// (no RawValueRole, shown as "n/a") left empty, and the source line in a last row. The header
// row is frozen. Headers, category names and the workbook title are in the current language
// (the models' texts); sheet names are the caller's.
struct XlsxSheet {
    const QAbstractItemModel *model = nullptr;
    QString name;  // up to 31 characters, none of []:*?/\ (fixed up when needed)
};

/// Writes one workbook with one sheet per entry to `path`: produced in a temporary folder,
/// then copied through QSaveFile, so a failed export leaves an existing file unchanged.
/// Returns the error (file, message) on failure.
/// `source` is the last row of every sheet and the workbook's comment (sourceLineFor() of the
/// dataset); empty: the official statistics' sourceLine().
std::optional<Error> writeXlsxWorkbook(const QList<XlsxSheet> &sheets, const QString &path, const QString &source = {});

/// One model as a workbook with a single sheet `sheetName`.
std::optional<Error> writeXlsxFile(const QAbstractItemModel &model, const QString &path, const QString &sheetName);

}  // namespace medtour
