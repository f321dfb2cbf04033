// The importer's route to the record-level fast path: a look at the first rows with the general
// reader decides (encoding, delimiter, mapping); the whole file is then read by readRegistry().

#include "registryreader.h"

#include "delimitedtext.h"
#include "importtext.h"
#include "textdecoding.h"

#include <QFile>

namespace medtour {

namespace {

constexpr qint64 kHeadBytes = 256 * 1024;  // enough for guessSpec()'s 200 sample rows

// What the first rows say: the header, encoding, delimiter and mapping; std::nullopt when the
// file is not record-level text for the fast path.
struct Head {
    RawTable table;
    ImportSpec spec;
    bool ambiguous = false;
    QStringList notes;
};

std::optional<Head> readHead(const char *data, qint64 size, const QString &fileName, const ImportOptions &options)
{
    if (size < 4 || std::memcmp(data, "PK\x03\x04", 4) == 0 || std::memcmp(data, "\xD0\xCF\x11\xE0", 4) == 0)
        return std::nullopt;
    QByteArray head = QByteArray::fromRawData(data, static_cast<qsizetype>(std::min(size, kHeadBytes)));
    if (head.size() < size) {
        const qsizetype cut = head.lastIndexOf('\n');
        if (cut <= 0)
            return std::nullopt;
        head.truncate(cut + 1);
    }
    TextReadOptions text;
    text.encoding = options.encoding;
    text.delimiter = options.delimiter;
    Error error;
    auto table = readDelimitedText(QByteArray(head.constData(), head.size()), text, fileName, &error);
    if (!table || table->rows.isEmpty())
        return std::nullopt;
    Head h{std::move(*table), {}, false, {}};
    if (options.spec) {
        h.spec = *options.spec;
        h.notes << ImportText::mappingGiven(shapeId(h.spec.shape));
    } else {
        h.spec = guessSpec(h.table, &h.ambiguous, &h.notes);
    }
    const QChar d = h.table.delimiter;
    if (h.spec.shape != Shape::RecordLevel || d.unicode() > 0x7F)
        return std::nullopt;
    return h;
}

std::optional<ImportResult> readWithHead(const char *data, qint64 size, bool mapping, const QString &fileName,
                                         const ImportOptions &options)
{
    auto head = readHead(data, size, fileName, options);
    if (!head)
        return std::nullopt;
    RegistryInput in;
    in.fileName = fileName;
    in.spec = head->spec;
    in.header = head->table.header;
    in.delimiter = static_cast<char>(head->table.delimiter.unicode());
    in.encoding = head->table.encoding;
    QByteArray converted;
    if (head->table.encoding.startsWith(QStringLiteral("UTF-8"))) {
        const bool bom = size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0;
        in.data = data + (bom ? 3 : 0);
        in.size = size - (bom ? 3 : 0);
        in.fileMapping = mapping;
    } else {
        Error error;
        auto decoded = decodeText(QByteArray::fromRawData(data, static_cast<qsizetype>(size)), head->table.encoding,
                                  fileName, &error);
        if (!decoded) {
            ImportResult failed;
            failed.provenance.file = fileName;
            failed.error = error;
            return failed;
        }
        converted = decoded->text.toUtf8();
        in.data = converted.constData();
        in.size = converted.size();
    }
    auto result = readRegistry(in, options);
    if (!result)
        return std::nullopt;
    result->ambiguous = head->ambiguous;
    QStringList guesses{ImportText::encodingLine(in.encoding, options.encoding.isEmpty()),
                        ImportText::delimiterLine(head->table.delimiter, options.delimiter.isNull())};
    result->provenance.guesses = guesses + head->notes + result->provenance.guesses;
    result->provenance.guesses.removeDuplicates();  // the record-level measure line, as importer.cpp
    return result;
}

}  // namespace

std::optional<ImportResult> importRegistryFile(const QString &path, const ImportOptions &options, qint64 minBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < minBytes || file.size() == 0)
        return std::nullopt;
    const qint64 size = file.size();
    uchar *map = file.map(0, size);
    if (!map)
        return std::nullopt;
    auto result = readWithHead(reinterpret_cast<const char *>(map), size, true, path, options);
    file.unmap(map);
    return result;
}

std::optional<ImportResult> importRegistryBytes(const QByteArray &bytes, const QString &fileName,
                                                const ImportOptions &options)
{
    if (bytes.isEmpty())
        return std::nullopt;
    return readWithHead(bytes.constData(), bytes.size(), false, fileName, options);
}

}  // namespace medtour
