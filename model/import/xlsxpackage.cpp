#include "xlsxpackage.h"

#include "importtext.h"

#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace medtour {

namespace {

constexpr qint64 kMaxPartBytes = 256LL * 1024 * 1024;

QString resolveTarget(const QString &sourcePart, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    const qsizetype slash = sourcePart.lastIndexOf(QLatin1Char('/'));
    return QDir::cleanPath((slash >= 0 ? sourcePart.left(slash + 1) : QString()) + target);
}

// Relationship type -> resolved target, from the .rels part that belongs to `sourcePart`.
using Relationships = QList<std::pair<QString, QString>>;
using Ids = QHash<QString, QString>;  // relationship id -> resolved target

QString targetOfType(const Relationships &rels, const QString &typeSuffix, const QString &fallback)
{
    for (const auto &[type, target] : rels) {
        if (type.endsWith(typeSuffix))
            return target;
    }
    return fallback;
}

// Excel's built-in number formats that show dates (ko-KR and other CJK locales use 27-36, 50-58).
bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

// A custom format shows a date when, outside quoted text, [sections] and \escapes, it has y or d.
bool isDateFormatCode(const QString &code)
{
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('['))
            bracket = true;
        else if (!quoted && c == QLatin1Char(']'))
            bracket = false;
        else if (!quoted && c == QLatin1Char('\\'))
            ++i;
        else if (!quoted && !bracket && (c == QLatin1Char('y') || c == QLatin1Char('d')))
            return true;
    }
    return false;
}

std::optional<std::pair<Relationships, Ids>> readRelationships(XlsxPackage &package, const QString &sourcePart,
                                                               Error *error)
{
    const qsizetype slash = sourcePart.lastIndexOf(QLatin1Char('/'));
    const QString relsPart = sourcePart.left(slash + 1) + QStringLiteral("_rels/") + sourcePart.mid(slash + 1)
        + QStringLiteral(".rels");
    std::pair<Relationships, Ids> rels;
    Error partError;
    const auto data = package.part(relsPart, false, &partError);
    if (!data)
        return rels;
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Relationship")) {
            const auto a = xml.attributes();
            const QString target = resolveTarget(sourcePart, a.value(QLatin1String("Target")).toString());
            rels.first.append({a.value(QLatin1String("Type")).toString(), target});
            rels.second.insert(a.value(QLatin1String("Id")).toString(), target);
        }
    }
    if (xml.hasError()) {
        *error = xlsxXmlError(xml, relsPart, package.fileName());
        return std::nullopt;
    }
    return rels;
}

}  // namespace

XlsxPackage::XlsxPackage(const QByteArray &bytes, const QString &fileName)
    : m_bytes(bytes), m_fileName(fileName), m_zip(std::make_unique<QuaZip>(&m_buffer))
{
    m_buffer.setBuffer(&m_bytes);
}

XlsxPackage::~XlsxPackage() = default;

std::optional<QByteArray> XlsxPackage::part(const QString &name, bool required, Error *error)
{
    if (!m_zip->setCurrentFile(name, QuaZip::csInsensitive)) {
        if (required)
            *error = Error{m_fileName, 0, 0, ImportText::tr("not an XLSX workbook: the part %1 is missing").arg(name)};
        return std::nullopt;
    }
    QuaZipFile file(m_zip.get());
    QByteArray data;
    if (file.open(QIODevice::ReadOnly) && file.usize() <= kMaxPartBytes) {
        data = file.readAll();
        file.close();
        if (file.getZipError() == UNZ_OK && data.size() <= kMaxPartBytes)
            return data;
    }
    *error = Error{m_fileName, 0, 0,
                   ImportText::tr("the zip archive is damaged: cannot unpack %1 (error %2)")
                       .arg(name, QString::number(file.getZipError()))};
    return std::nullopt;
}

bool XlsxPackage::open(Error *error)
{
    if (m_bytes.startsWith(QByteArray("\xD0\xCF\x11\xE0", 4))) {
        *error = Error{m_fileName, 0, 0,
                       ImportText::tr("an Excel 97-2003 (.xls) workbook: expected an .xlsx workbook (save it as "
                                      ".xlsx or CSV)")};
        return false;
    }
    if (!m_bytes.startsWith("PK") || !m_zip->open(QuaZip::mdUnzip)) {
        *error = Error{m_fileName, 0, 0, ImportText::tr("not an XLSX workbook: expected a zip archive (Office Open XML)")};
        return false;
    }
    const auto rootRels = readRelationships(*this, QString(), error);
    if (!rootRels)
        return false;
    const QString workbookPart =
        targetOfType(rootRels->first, QStringLiteral("/officeDocument"), QStringLiteral("xl/workbook.xml"));
    const auto data = part(workbookPart, true, error);
    const auto rels = data ? readRelationships(*this, workbookPart, error) : std::nullopt;
    if (!rels)
        return false;
    m_sharedStringsPart = targetOfType(rels->first, QStringLiteral("/sharedStrings"), QStringLiteral("xl/sharedStrings.xml"));
    m_stylesPart = targetOfType(rels->first, QStringLiteral("/styles"), QStringLiteral("xl/styles.xml"));
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            const QStringView v = xml.attributes().value(QLatin1String("date1904"));
            m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            XlsxSheetRef sheet;
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == QLatin1String("name"))
                    sheet.name = a.value().toString();
                else if (a.name() == QLatin1String("id") && !a.prefix().isEmpty())
                    sheet.part = rels->second.value(a.value().toString());
            }
            if (sheet.part.isEmpty())
                sheet.part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(m_sheets.size() + 1);
            m_sheets.append(sheet);
        }
    }
    if (xml.hasError()) {
        *error = xlsxXmlError(xml, workbookPart, m_fileName);
        return false;
    }
    if (m_sheets.isEmpty()) {
        *error = Error{m_fileName, 0, 0, ImportText::tr("the workbook has no sheets: expected at least one")};
        return false;
    }
    return true;
}

std::optional<QStringList> XlsxPackage::sharedStrings(Error *error)
{
    QStringList strings;
    Error partError;
    const auto data = part(m_sharedStringsPart, false, &partError);
    if (!data) {
        if (!partError.message.isEmpty())
            *error = partError;
        return partError.message.isEmpty() ? std::optional<QStringList>(strings) : std::nullopt;
    }
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            strings.append(readXlsxRichText(xml));
    }
    if (xml.hasError()) {
        *error = xlsxXmlError(xml, m_sharedStringsPart, m_fileName);
        return std::nullopt;
    }
    return strings;
}

std::optional<QSet<int>> XlsxPackage::dateStyles(Error *error)
{
    QSet<int> dates;
    Error partError;
    const auto data = part(m_stylesPart, false, &partError);
    if (!data)
        return dates;  // without styles every number is shown as a number
    QSet<int> customDateFormats;
    QXmlStreamReader xml(*data);
    bool inCellXfs = false;
    int xfIndex = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("numFmt")) {
            const auto a = xml.attributes();
            if (isDateFormatCode(a.value(QLatin1String("formatCode")).toString()))
                customDateFormats.insert(a.value(QLatin1String("numFmtId")).toInt());
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = xml.isStartElement();
        } else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf")) {
            const int format = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            if (isBuiltinDateFormat(format) || customDateFormats.contains(format))
                dates.insert(xfIndex);
            ++xfIndex;
        }
    }
    if (xml.hasError()) {
        *error = xlsxXmlError(xml, m_stylesPart, m_fileName);
        return std::nullopt;
    }
    return dates;
}

QString readXlsxRichText(QXmlStreamReader &xml)
{
    const QString element = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("rPh"))
            ++phonetic;
        else if (xml.isEndElement() && xml.name() == QLatin1String("rPh"))
            --phonetic;
        else if (xml.isStartElement() && xml.name() == QLatin1String("t") && phonetic == 0)
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.isEndElement() && xml.name() == element)
            break;
    }
    return text;
}

Error xlsxXmlError(const QXmlStreamReader &xml, const QString &part, const QString &fileName)
{
    return Error{fileName, int(xml.lineNumber()), int(xml.columnNumber()),
                 ImportText::tr("malformed XML in %1: %2").arg(part, xml.errorString())};
}

}  // namespace medtour
