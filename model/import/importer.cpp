#include "importer.h"

#include "delimitedtext.h"
#include "importtext.h"
#include "registryreader.h"
#include "tableinterpreter.h"
#include "xlsxreader.h"

#include <QFile>

namespace medtour {

namespace {

bool isXlsx(const QByteArray &bytes, const QString &fileName)
{
    return bytes.startsWith(QByteArrayLiteral("PK\x03\x04")) || fileName.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
}

// The OLE2 signature of old binary .xls workbooks, which are not read.
bool isLegacyXls(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

}  // namespace

ImportResult importBytes(const QByteArray &bytes, const QString &fileName, const ImportOptions &options)
{
    ImportResult result;
    ImportProvenance &p = result.provenance;
    p.file = fileName;
    if (bytes.isEmpty()) {
        result.error = Error{fileName, 0, 0, ImportText::tr("the file is empty: expected a table with a header row")};
        return result;
    }
    if (isLegacyXls(bytes)) {
        result.error = Error{fileName, 0, 0, ImportText::tr("old binary Excel (.xls) workbooks are not read: expected "
                                                            "CSV, TSV or XLSX (save the file as .xlsx or CSV)")};
        return result;
    }
    bool cancelled = false;
    auto progress = [&](qint64 done, qint64 total) {
        if (cancelled || (options.progress && !options.progress(done, total)))
            cancelled = true;
        return !cancelled;
    };

    Error error;
    std::optional<RawTable> table;
    const bool xlsx = isXlsx(bytes, fileName);
    if (xlsx) {
        table = readXlsx(bytes, options.sheet, fileName, &error);
        if (table && options.progress)
            progress(bytes.size(), bytes.size());
    } else {
        TextReadOptions text;
        text.encoding = options.encoding;
        text.delimiter = options.delimiter;
        text.progress = progress;
        table = readDelimitedText(bytes, text, fileName, &error);
    }
    if (cancelled) {
        result.cancelled = true;
        result.error = Error{fileName, 0, 0, ImportText::tr("import cancelled")};
        return result;
    }
    if (!table) {
        result.error = error;
        return result;
    }
    result.warnings << table->warnings;
    p.encoding = table->encoding;
    p.delimiter = table->delimiter;
    p.sheet = table->sheet;
    p.dataRows = static_cast<int>(table->rows.size());
    if (xlsx) {
        p.guesses << (options.sheet.isEmpty() ? ImportText::tr("XLSX workbook, sheet \"%1\" (the first)")
                                              : ImportText::tr("XLSX workbook, sheet \"%1\""))
                         .arg(table->sheet);
    } else {
        p.guesses << ImportText::encodingLine(table->encoding, options.encoding.isEmpty());
        p.guesses << ImportText::delimiterLine(table->delimiter, options.delimiter.isNull());
    }

    QStringList notes;
    if (options.spec) {
        result.spec = *options.spec;
        notes << ImportText::mappingGiven(shapeId(result.spec.shape));
    } else {
        result.spec = guessSpec(*table, &result.ambiguous, &notes);
    }
    if (options.numberLocale != NumberLocale::Auto)
        result.spec.numberLocale = options.numberLocale;
    p.shape = result.spec.shape;

    InterpretResult interpreted = interpretTable(*table, result.spec, progress);
    p.guesses << notes << interpreted.notes;
    p.guesses.removeDuplicates();  // the record-level measure line comes from guessSpec() and the counter
    if (result.spec.shape == Shape::RecordLevel)
        p.guesses << ImportText::recordsCounted(interpreted.records);
    result.warnings << interpreted.warnings;
    if (interpreted.cancelled || cancelled) {
        result.cancelled = true;
        result.error = Error{fileName, 0, 0, ImportText::tr("import cancelled")};
        return result;
    }
    if (!interpreted.cube) {
        result.error = interpreted.error;
        return result;
    }
    p.observations = interpreted.cube->rowCount();
    result.cube = std::move(interpreted.cube);
    return result;
}

ImportResult importFile(const QString &path, const ImportOptions &options)
{
    // Large record-level text: the parallel, memory-mapped reader (registryreader.h).
    if (auto registry = importRegistryFile(path, options))
        return std::move(*registry);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.provenance.file = path;
        result.error = Error{path, 0, 0, ImportText::tr("cannot open the file: %1").arg(file.errorString())};
        return result;
    }
    return importBytes(file.readAll(), path, options);
}

}  // namespace medtour
