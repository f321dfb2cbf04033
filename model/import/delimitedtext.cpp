#include "delimitedtext.h"

#include "importtext.h"
#include "textdecoding.h"

#include <model/csvsplit.h>

namespace medtour {

namespace {

constexpr int kSampleRecords = 50;
constexpr qsizetype kSampleChars = 64 * 1024;

bool isBlank(const CsvRecord &record)
{
    for (const QString &field : record.fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

bool isComment(const CsvRecord &record)
{
    return !record.fields.isEmpty() && record.fields.first().trimmed().startsWith(QLatin1Char('#'));
}

// The records that carry a table: neither blank nor '#' comments.
QList<CsvRecord> meaningful(const QList<CsvRecord> &records, qsizetype limit)
{
    QList<CsvRecord> kept;
    for (const CsvRecord &record : records) {
        if (kept.size() >= limit)
            break;
        if (!isBlank(record) && !isComment(record))
            kept.append(record);
    }
    return kept;
}

// Field count with a trailing delimiter's empty last field left out.
qsizetype effectiveCount(const QStringList &fields)
{
    return fields.size() > 1 && fields.last().trimmed().isEmpty() ? fields.size() - 1 : fields.size();
}

// The first lines of `text`, cut after a line break so that no record is split by the cut
// (unless a quoted field spans the cut: the caller then splits the whole text).
QString sampleOf(const QString &text)
{
    if (text.size() <= kSampleChars)
        return text;
    const qsizetype cut = std::max(text.lastIndexOf(QLatin1Char('\n'), kSampleChars),
                                   text.lastIndexOf(QLatin1Char('\r'), kSampleChars));
    return cut > 0 ? text.left(cut + 1) : text;
}

QString describe(QChar delimiter)
{
    return delimiter == QLatin1Char('\t') ? ImportText::tr("tab", "the tab delimiter") : QStringLiteral("'%1'").arg(delimiter);
}

}  // namespace

QChar detectDelimiter(const QString &text)
{
    const QString sample = sampleOf(text);
    QChar best = QLatin1Char(',');
    double bestScore = 0.0;
    qsizetype bestCount = 0;
    for (const QChar candidate : {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')}) {
        auto records = splitCsv(sample, candidate, QString(), nullptr);
        if (!records && sample.size() < text.size())
            records = splitCsv(text, candidate, QString(), nullptr);
        if (!records)
            continue;
        const QList<CsvRecord> sampleRecords = meaningful(*records, kSampleRecords);
        if (sampleRecords.isEmpty())
            continue;
        const QStringList &header = sampleRecords.first().fields;
        const qsizetype count = effectiveCount(header);
        if (count < 2)
            continue;
        int matching = 0;
        for (const CsvRecord &record : sampleRecords) {
            if (record.fields.size() == header.size() || effectiveCount(record.fields) == count)
                ++matching;
        }
        const double score = double(matching) / double(sampleRecords.size());
        if (score > bestScore || (score == bestScore && count > bestCount)) {
            best = candidate;
            bestScore = score;
            bestCount = count;
        }
    }
    return best;
}

std::optional<RawTable> readDelimitedText(const QByteArray &bytes, const TextReadOptions &options,
                                          const QString &fileName, Error *error)
{
    auto fail = [&](Error e) -> std::optional<RawTable> {
        if (error)
            *error = std::move(e);
        return std::nullopt;
    };
    const qint64 totalBytes = bytes.size();
    if (options.progress && !options.progress(0, totalBytes))
        return fail(Error{fileName, 0, 0, ImportText::tr("cancelled")});

    Error decodeError;
    const std::optional<DecodedText> decoded = decodeText(bytes, options.encoding, fileName, &decodeError);
    if (!decoded)
        return fail(decodeError);
    if (decoded->text.trimmed().isEmpty())
        return fail(Error{fileName, 0, 0, ImportText::tr("the file is empty: expected a header row and data rows")});

    const QChar delimiter = options.delimiter.isNull() ? detectDelimiter(decoded->text) : options.delimiter;
    std::function<bool(qint64, qint64)> charProgress;
    if (options.progress) {
        charProgress = [&options, totalBytes](qint64 done, qint64 total) {
            return options.progress(total > 0 ? done * totalBytes / total : 0, totalBytes);
        };
    }
    Error splitError;
    const auto records = splitCsv(decoded->text, delimiter, fileName, &splitError, charProgress);
    if (!records)
        return fail(splitError);
    const QList<CsvRecord> kept = meaningful(*records, records->size());
    if (kept.isEmpty())
        return fail(Error{fileName, 0, 0,
                          ImportText::tr("no header: the file has only blank or '#' comment lines; expected a "
                                         "header row and data rows")});

    RawTable table;
    table.fileName = fileName;
    table.encoding = decoded->encoding;
    if (decoded->hadBom && decoded->encoding == QLatin1String("UTF-8"))
        table.encoding = QStringLiteral("UTF-8 with BOM");
    table.delimiter = delimiter;
    table.headerLine = kept.first().line;
    QStringList header = kept.first().fields;
    if (header.size() > 1 && header.last().trimmed().isEmpty())
        header.removeLast();
    for (const QString &cell : header)
        table.header.append(cell.trimmed());

    const qsizetype width = table.header.size();
    int ragged = 0;
    QString firstRagged;
    table.rows.reserve(kept.size() - 1);
    table.columns.reserve(kept.size() - 1);
    for (qsizetype r = 1; r < kept.size(); ++r) {
        CsvRecord record = kept.at(r);
        if (record.fields.size() == width + 1 && record.fields.last().trimmed().isEmpty()) {
            record.fields.removeLast();
            record.columns.removeLast();
        }
        if (record.fields.size() != width && ragged++ == 0)
            firstRagged = ImportText::tr("line %1 has %2").arg(record.line).arg(record.fields.size());
        table.rows.append(RawTable::Row{record.line, record.fields});
        table.columns.append(record.columns);
    }
    if (ragged > 0)
        table.warnings << ImportText::tr("%1: %2 row(s) do not have the header's %3 cells (%4; delimiter %5)")
                              .arg(fileName, QString::number(ragged), QString::number(width), firstRagged,
                                   describe(delimiter));
    if (options.progress && !options.progress(totalBytes, totalBytes))
        return fail(Error{fileName, 0, 0, ImportText::tr("cancelled")});
    return table;
}

}  // namespace medtour
