#pragma once

// Internal to medtour_import: the translation context of every text the import library writes
// for people (errors, warnings, provenance notes) and the sentences several readers share.

#include <model/observation.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace medtour {

// Texts of the import library in the current language (tr context "medtour::Import"). The
// English texts are the source; "file:line:column: " prefixes stay outside the translated
// sentence. Ids (dimension ids, shape ids, status ids) in messages name what the file must
// contain and stay as written. Stateless; safe from any thread.
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(medtour::Import)

public:
    /// The dimension as a noun in messages: English "nationality", "specialty",
    /// "institution_type", "region" (the ids, as before); Korean/Japanese names.
    static QString dimensionNoun(Dimension d);
    /// "',' (comma)", "';' (semicolon)", "tab", "'|'".
    static QString delimiterName(QChar d);
    /// "encoding CP949 (detected)" / "encoding CP949 (given)".
    static QString encodingLine(const QString &encoding, bool detected);
    /// "delimiter ',' (comma) (detected)" / "... (given)".
    static QString delimiterLine(QChar delimiter, bool detected);
    /// "shape long, column mapping given".
    static QString mappingGiven(const QString &shapeId);
    /// "%1 records counted".
    static QString recordsCounted(qint64 records);
    /// "t.csv: 3 records without a specialty counted only in the totals".
    static QString recordsWithoutCategory(const QString &file, qint64 count, Dimension d);
    /// "t.csv: 1 total row (합계 / Total) not counted as records: line 4" (plural: "rows", "lines").
    static QString totalRowsNotCounted(const QString &file, const QStringList &lines);
    /// "t.csv:1: columns not in the cube: \"담당자\" (column 4), ..." from the column names.
    static QString columnsNotInCube(const QString &file, int headerLine, const QStringList &headers,
                                    const QList<int> &columns);
};

}  // namespace medtour
