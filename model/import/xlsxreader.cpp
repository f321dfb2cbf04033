#include "xlsxreader.h"

#include "importtext.h"
#include "xlsxpackage.h"

#include <QDate>
#include <QTime>
#include <QLocale>
#include <QSet>
#include <QXmlStreamReader>

#include <cmath>

namespace medtour {

namespace {

constexpr int kMaxColumns = 16384;  // XFD, the last column Excel allows

// "AB7" -> 27 (0-based column); -1 when the reference has no letters or lies beyond XFD.
int columnOfReference(QStringView ref)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : ref) {
        const char16_t u = c.toUpper().unicode();
        if (u < 'A' || u > 'Z')
            break;
        column = column * 26 + (u - 'A' + 1);
        if (++letters > 3)
            return -1;
    }
    return letters == 0 || column > kMaxColumns ? -1 : column - 1;
}

// A number cell as the shortest decimal text that reads back the same ("1170467", "37.7").
QString numberText(const QString &raw)
{
    bool ok = false;
    const double v = raw.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return raw.trimmed();
    if (v == std::floor(v) && std::fabs(v) < 9007199254740992.0)  // 2^53: exact as an integer
        return QString::number(static_cast<qint64>(v));
    return QString::number(v, 'f', QLocale::FloatingPointShortest);
}

// A serial date (days since 1899-12-30, or since 1904-01-01) as "2024-03-15" or
// "2024-03-15 13:45:00"; the raw number when it is no date Excel can show.
QString dateText(const QString &raw, bool date1904)
{
    bool ok = false;
    const double serial = raw.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(serial) || serial < 0 || serial > 2958465)  // 9999-12-31
        return numberText(raw);
    const double days = std::floor(serial);
    // Excel's 1900 system counts a 29 February 1900 that never was: serials below 60 start a day later.
    const QDate base = date1904 ? QDate(1904, 1, 1) : (days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30));
    const QString date = base.addDays(static_cast<qint64>(days)).toString(Qt::ISODate);
    const auto seconds = static_cast<int>(std::lround((serial - days) * 86400.0));
    if (seconds == 0)
        return date;
    return date + QLatin1Char(' ') + QTime(0, 0).addSecs(std::min(seconds, 86399)).toString(Qt::ISODate);
}

// What turns a cell's stored value into its text.
struct CellContext {
    QStringList sharedStrings;
    QSet<int> dateStyles;  // cell format indexes that show dates
    bool date1904 = false;
};

struct SheetRow {
    int number = 0;
    QStringList cells;
};

std::optional<QList<SheetRow>> readSheetRows(XlsxPackage &package, const QString &part, const CellContext &context,
                                             Error *error)
{
    const auto data = package.part(part, true, error);
    if (!data)
        return std::nullopt;
    QList<SheetRow> rows;
    QXmlStreamReader xml(*data);
    SheetRow row;
    int nextColumn = 0;
    auto fail = [&](const QString &message) {
        *error = Error{package.fileName(), int(xml.lineNumber()), int(xml.columnNumber()),
                       ImportText::tr("in %1: %2", "in an XLSX part: message").arg(part, message)};
        return std::nullopt;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            const int r = xml.attributes().value(QLatin1String("r")).toInt();
            row = SheetRow{r > 0 ? r : (rows.isEmpty() ? 1 : rows.last().number + 1), {}};
            nextColumn = 0;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            while (!row.cells.isEmpty() && row.cells.last().trimmed().isEmpty())
                row.cells.removeLast();
            rows.append(row);
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            const auto attributes = xml.attributes();
            const QString ref = attributes.value(QLatin1String("r")).toString();
            const QString type = attributes.value(QLatin1String("t")).toString();
            const int style = attributes.value(QLatin1String("s")).toInt();
            const int column = ref.isEmpty() ? nextColumn : columnOfReference(ref);
            if (column < 0 || column >= kMaxColumns)
                return fail(ImportText::tr("cell reference \"%1\": expected a column from A to XFD").arg(ref));
            nextColumn = column + 1;
            QString value;
            while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == QLatin1String("c"))) {
                if (xml.isStartElement() && xml.name() == QLatin1String("v"))
                    value = xml.readElementText();
                else if (xml.isStartElement() && xml.name() == QLatin1String("is"))
                    value = readXlsxRichText(xml);
                else if (xml.isStartElement() && xml.name() == QLatin1String("f"))
                    xml.skipCurrentElement();
            }
            if (type == QLatin1String("s") && !value.isEmpty()) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= context.sharedStrings.size())
                    return fail(ImportText::tr("cell %1: shared string %2 does not exist (the workbook has %3)")
                                    .arg(ref, value, QString::number(context.sharedStrings.size())));
                value = context.sharedStrings.at(index);
            } else if (type == QLatin1String("b")) {
                value = value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if ((type.isEmpty() || type == QLatin1String("n")) && !value.isEmpty()) {
                value = context.dateStyles.contains(style) ? dateText(value, context.date1904) : numberText(value);
            }
            while (row.cells.size() <= column)
                row.cells.append(QString());
            row.cells[column] = value;
        }
    }
    if (xml.hasError()) {
        *error = xlsxXmlError(xml, part, package.fileName());
        return std::nullopt;
    }
    return rows;
}

const XlsxSheetRef *findSheet(const QList<XlsxSheetRef> &sheets, const QString &name)
{
    if (name.isEmpty())
        return &sheets.first();
    for (const XlsxSheetRef &s : sheets) {
        if (s.name == name)
            return &s;
    }
    for (const XlsxSheetRef &s : sheets) {
        if (s.name.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

}  // namespace

QStringList xlsxSheetNames(const QByteArray &bytes, Error *error, const QString &fileName)
{
    Error local;
    XlsxPackage package(bytes, fileName);
    if (!package.open(error ? error : &local))
        return {};
    QStringList names;
    for (const XlsxSheetRef &sheet : package.sheets())
        names.append(sheet.name);
    return names;
}

std::optional<RawTable> readXlsx(const QByteArray &bytes, const QString &sheetName, const QString &fileName,
                                 Error *error)
{
    Error local;
    Error *err = error ? error : &local;
    XlsxPackage package(bytes, fileName);
    if (!package.open(err))
        return std::nullopt;
    const XlsxSheetRef *sheet = findSheet(package.sheets(), sheetName);
    if (!sheet) {
        QStringList names;
        for (const XlsxSheetRef &s : package.sheets())
            names << QLatin1Char('"') + s.name + QLatin1Char('"');
        *err = Error{fileName, 0, 0, ImportText::tr("no sheet named \"%1\"; the workbook has: %2")
                                         .arg(sheetName, names.join(QStringLiteral(", ")))};
        return std::nullopt;
    }
    CellContext context;
    context.date1904 = package.date1904();
    const auto strings = package.sharedStrings(err);
    const auto dates = strings ? package.dateStyles(err) : std::nullopt;
    if (!dates)
        return std::nullopt;
    context.sharedStrings = *strings;
    context.dateStyles = *dates;
    const auto rows = readSheetRows(package, sheet->part, context, err);
    if (!rows)
        return std::nullopt;

    RawTable table;
    table.fileName = fileName;
    table.encoding = QStringLiteral("XLSX");
    table.sheet = sheet->name;
    bool haveHeader = false;
    for (const SheetRow &row : *rows) {
        if (row.cells.isEmpty())
            continue;
        if (!haveHeader) {
            for (const QString &cell : row.cells)
                table.header.append(cell.trimmed());
            table.headerLine = row.number;
            haveHeader = true;
        } else {
            table.rows.append(RawTable::Row{row.number, row.cells});
        }
    }
    if (!haveHeader) {
        *err = Error{fileName, 0, 0, ImportText::tr("sheet \"%1\" is empty: expected a header row and data rows")
                                         .arg(sheet->name)};
        return std::nullopt;
    }
    return table;
}

}  // namespace medtour
