#pragma once

#include <model/error.h>

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QuaZip;
class QXmlStreamReader;

namespace medtour {

struct XlsxSheetRef {
    QString name;
    QString part;  // path inside the zip, e.g. "xl/worksheets/sheet1.xml"
};

// An XLSX file opened from memory (QuaZip over a QBuffer): its workbook's sheets in order and
// the parts that hold shared strings and cell styles. Owns a copy of the bytes; not copyable.
// Internal to readXlsx() / xlsxSheetNames().
class XlsxPackage
{
public:
    XlsxPackage(const QByteArray &bytes, const QString &fileName);
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage &) = delete;
    XlsxPackage &operator=(const XlsxPackage &) = delete;

    /// Opens the zip and reads the workbook (sheet names and parts). Errors: an old .xls, not a
    /// zip, no workbook part, no sheet, malformed XML (line and column within the part).
    bool open(Error *error);

    const QString &fileName() const { return m_fileName; }
    const QList<XlsxSheetRef> &sheets() const { return m_sheets; }
    /// True when serial dates count from 1904-01-01 (old Mac workbooks), else from 1899-12-30.
    bool date1904() const { return m_date1904; }

    /// The bytes of part `name` (case-insensitive); std::nullopt when absent (error set only when
    /// `required`) or damaged (error set).
    std::optional<QByteArray> part(const QString &name, bool required, Error *error);
    /// The shared-string table (rich-text runs concatenated, phonetic runs left out); empty
    /// when the workbook has none.
    std::optional<QStringList> sharedStrings(Error *error);
    /// Indexes of the cell formats (a cell's s="N") that show numbers as dates.
    std::optional<QSet<int>> dateStyles(Error *error);

private:
    QByteArray m_bytes;
    QString m_fileName;
    QBuffer m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    QList<XlsxSheetRef> m_sheets;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    bool m_date1904 = false;
};

/// The text of the current <si> or <is> element: its <t> runs, without phonetic (<rPh>) runs.
QString readXlsxRichText(QXmlStreamReader &xml);

/// "malformed XML in <part>: <reason>" at the reader's line and column.
Error xlsxXmlError(const QXmlStreamReader &xml, const QString &part, const QString &fileName);

}  // namespace medtour
