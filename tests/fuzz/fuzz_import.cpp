// libFuzzer target of the import layer: every input is fed to the import facade as a CSV file
// (encoding, delimiter and shape detected) and as an XLSX file, and to the delimited-text
// reader with each delimiter and each forced encoding. The readers must never crash, hang or
// touch memory they do not own, and must either give a table/cube or an Error that says what
// was wrong (checked below: a failure without a message aborts, so libFuzzer keeps the input).
// Built and run by scripts/fuzz.sh (clang, -fsanitize=fuzzer,address,undefined).

#include <model/import/delimitedtext.h>
#include <model/import/importer.h>
#include <model/import/textdecoding.h>
#include <model/import/xlsxreader.h>

#include <model/builtindataset.h>

#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace medtour;

// Aborts (a finding for libFuzzer) when `ok` is false; `call` names the reader call.
void check(bool ok, const char *what, const QString &call = QString())
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_import: invariant violated: %s (%s)\n", what, qPrintable(call));
        std::abort();
    }
}

constexpr QChar kBom(0xFEFF);

// A table never carries a byte-order mark in its header.
void checkTable(const std::optional<RawTable> &table, const Error &error, const QString &call)
{
    if (!table) {
        check(!error.message.isEmpty(), "a reader failed without an error message", call);
        return;
    }
    for (const QString &cell : table->header)
        check(!cell.contains(kBom), "a byte-order mark reached a header cell", call);
}

void checkImport(const ImportResult &result)
{
    if (!result.cube)
        check(!result.error.message.isEmpty(), "an import failed without an error message");
}

// Qt's warnings (QuaZip's "QBuffer::seek: Invalid pos" on truncated archives) are expected
// on fuzzed input; printing thousands of them only slows the fuzzer down.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

// A valid XLSX zip around fuzzed XML, so that mutations reach the XML readers instead of
// stopping at the zip's checksums: the input, split at "\n=====\n", gives the sheet part, the
// shared strings and the styles (a fixed workbook names one sheet "S"). Stored, not deflated.
// Seed: tests/fuzz/corpus/structured_sheet.xml.
QByteArray workbookAround(const QByteArray &bytes)
{
    const QList<QByteArray> parts = bytes.split('\n');
    QList<QByteArray> xml(3);
    int current = 0;
    for (const QByteArray &line : parts) {
        if (line == "=====" && current < 2) {
            ++current;
            continue;
        }
        xml[current] += line + '\n';
    }
    const QList<std::pair<const char *, QByteArray>> files = {
        {"[Content_Types].xml", QByteArrayLiteral("<Types/>")},
        {"_rels/.rels", QByteArrayLiteral(
             "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
             "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
             "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")},
        {"xl/workbook.xml", QByteArrayLiteral(
             "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
             "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")},
        {"xl/_rels/workbook.xml.rels", QByteArrayLiteral(
             "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
             "<Relationship Id=\"rId2\" Type=\"x/sharedStrings\" Target=\"sharedStrings.xml\"/>"
             "<Relationship Id=\"rId3\" Type=\"x/styles\" Target=\"styles.xml\"/></Relationships>")},
        {"xl/worksheets/sheet1.xml", xml.at(0)},
        {"xl/sharedStrings.xml", xml.at(1)},
        {"xl/styles.xml", xml.at(2)},
    };
    QByteArray zipBytes;
    QBuffer buffer(&zipBytes);
    QuaZip zip(&buffer);
    check(zip.open(QuaZip::mdCreate), "cannot create the zip of the structured XLSX input");
    for (const auto &[name, data] : files) {
        QuaZipFile file(&zip);
        check(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(name)), nullptr, 0, 0, 0),
              "cannot add a part to the zip of the structured XLSX input");
        file.write(data);
        file.close();
    }
    zip.close();
    return zipBytes;
}

}  // namespace

// No QCoreApplication is needed: the readers use Qt::Core classes only, and the built-in
// dataset that CategoryResolver maps names onto is a Qt resource, which works without one.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(quietMessages);
    const auto builtin = loadBuiltinDataset();
    check(builtin.cube.has_value() && builtin.cube->rowCount() > 0,
          "the built-in dataset did not load: CategoryResolver would resolve nothing");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Deep copy: Qt's implicit sharing must not keep a pointer into libFuzzer's buffer.
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    // (a) The facade as a text file: encoding, delimiter, spec and shape all detected.
    checkImport(importBytes(bytes, QStringLiteral("f.csv")));

    // (b) The facade as a workbook: the zip container, the workbook, shared strings, sheet XML.
    checkImport(importBytes(bytes, QStringLiteral("f.xlsx")));

    // (b') Input that starts like XML, as the parts of a well-formed zip (see workbookAround()).
    if (bytes.startsWith('<'))
        checkImport(importBytes(workbookAround(bytes), QStringLiteral("g.xlsx")));

    // (c) The text reader alone with each delimiter and each forced encoding, then detection.
    static const QString kEncodings[] = {QStringLiteral("UTF-8"), QStringLiteral("CP949"),
                                         QStringLiteral("UTF-16LE")};
    static const QChar kDelimiters[] = {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')};
    for (const QString &encoding : kEncodings) {
        for (QChar delimiter : kDelimiters) {
            TextReadOptions options;
            options.encoding = encoding;
            options.delimiter = delimiter;
            Error error;
            checkTable(readDelimitedText(bytes, options, QStringLiteral("f.txt"), &error), error,
                       encoding + QLatin1Char(' ') + delimiter);
        }
    }
    Error error;
    checkTable(readDelimitedText(bytes, TextReadOptions{}, QStringLiteral("f.txt"), &error), error,
               QStringLiteral("detected"));

    // Decoding alone: a decoded text never starts with a byte-order mark.
    Error decodeError;
    if (const auto decoded = decodeText(bytes, QString(), QStringLiteral("f.txt"), &decodeError))
        check(!decoded->text.startsWith(kBom), "a byte-order mark survived decoding");

    // Sheet listing of the workbook reader (readXlsx ran through (b)).
    Error sheetError;
    xlsxSheetNames(bytes, &sheetError, QStringLiteral("f.xlsx"));
    return 0;
}
