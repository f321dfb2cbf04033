#include "textdecoding.h"

#include "importtext.h"

#include <QStringDecoder>
#include <QStringList>
#include <QStringEncoder>

#include <uchardet/uchardet.h>

#include <memory>

namespace medtour {

namespace {

const QString kUtf8 = QStringLiteral("UTF-8");
const QString kCp949 = QStringLiteral("CP949");

// Qt 6.4's ICU maps "CP949" to IBM-949, which lacks the extended syllables (0x8C63 "똠");
// "windows-949" is Microsoft's code page, the one Korean Excel writes.
constexpr const char *kCp949IcuName = "windows-949";

struct Bom {
    const char *bytes;
    int size;
    const char *encoding;
};
// UTF-32LE before UTF-16LE: FF FE 00 00 starts with the UTF-16LE mark.
constexpr Bom kBoms[] = {{"\xEF\xBB\xBF", 3, "UTF-8"},
                         {"\xFF\xFE\x00\x00", 4, "UTF-32LE"},
                         {"\x00\x00\xFE\xFF", 4, "UTF-32BE"},
                         {"\xFF\xFE", 2, "UTF-16LE"},
                         {"\xFE\xFF", 2, "UTF-16BE"}};

const Bom *bomOf(const QByteArray &bytes)
{
    for (const Bom &bom : kBoms) {
        if (bytes.startsWith(QByteArray::fromRawData(bom.bytes, bom.size)))
            return &bom;
    }
    return nullptr;
}

// Where UTF-8 validation stopped: offset of the first bad byte (-1 when valid), whether the bad
// sequence is merely cut off by the end of the data, and how many multi-byte characters were valid.
struct Utf8Scan {
    qsizetype badOffset = -1;
    bool truncatedAtEnd = false;
    qsizetype badBytes = 0;
    qsizetype multiByte = 0;
};

Utf8Scan scanUtf8(const QByteArray &bytes)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = p[i];
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
        if (b < 0x80) {
            ++i;
            continue;
        } else if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            lo = b == 0xE0 ? 0xA0 : 0x80;
            hi = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            lo = b == 0xF0 ? 0x90 : 0x80;
            hi = b == 0xF4 ? 0x8F : 0xBF;
        }
        int good = len > 0 ? 1 : 0;
        while (good > 0 && good < len && i + good < n) {
            const unsigned char c = p[i + good];
            if (c < (good == 1 ? lo : 0x80) || c > (good == 1 ? hi : 0xBF))
                break;
            ++good;
        }
        if (len > 0 && good == len) {
            ++scan.multiByte;
            i += len;
            continue;
        }
        if (scan.badOffset < 0) {
            scan.badOffset = i;
            scan.truncatedAtEnd = len > 0 && i + good == n;
        }
        ++scan.badBytes;
        i += good > 0 ? good : 1;
    }
    return scan;
}

// High bytes of CP949 come in lead/trail pairs: lead 0x81-0xFE, trail A-Z, a-z or 0x81-0xFE.
struct KoreanPairs {
    qsizetype pairs = 0;
    qsizetype bad = 0;
};

KoreanPairs countKoreanPairs(const QByteArray &bytes)
{
    KoreanPairs k;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    for (qsizetype i = 0, n = bytes.size(); i < n; ++i) {
        if (p[i] < 0x80)
            continue;
        const unsigned char t = i + 1 < n ? p[i + 1] : 0;
        const bool trail = (t >= 'A' && t <= 'Z') || (t >= 'a' && t <= 'z') || (t >= 0x81 && t <= 0xFE);
        if (p[i] >= 0x81 && p[i] <= 0xFE && trail) {
            ++k.pairs;
            ++i;
        } else {
            ++k.bad;
        }
    }
    return k;
}

QString uchardetGuess(const QByteArray &bytes)
{
    const std::unique_ptr<uchardet, decltype(&uchardet_delete)> ud(uchardet_new(), &uchardet_delete);
    if (!ud || uchardet_handle_data(ud.get(), bytes.constData(), static_cast<size_t>(bytes.size())) != 0)
        return {};
    uchardet_data_end(ud.get());
    return QString::fromLatin1(uchardet_get_charset(ud.get())).toUpper();
}

bool isKoreanCharset(const QString &upper)
{
    return upper == QLatin1String("EUC-KR") || upper == QLatin1String("UHC") || upper == QLatin1String("ISO-2022-KR")
        || upper == QLatin1String("CP949") || upper == QLatin1String("WINDOWS-949");
}

QStringDecoder decoderFor(const QString &canonical)
{
    const auto flags = QStringConverter::Flag::Stateless;
    if (canonical == kUtf8)
        return QStringDecoder(QStringConverter::Utf8, flags);
    if (canonical == kCp949)
        return QStringDecoder(kCp949IcuName, flags);
    return QStringDecoder(canonical.toLatin1().constData(), flags);
}

QStringEncoder encoderFor(const QString &canonical)
{
    if (canonical == kCp949)
        return QStringEncoder(kCp949IcuName);
    return QStringEncoder(canonical.toLatin1().constData());
}

// 1-based line and column of the character after `prefix` (LF, CRLF and CR end a line).
std::pair<int, int> lineColumnAfter(const QString &prefix)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        const QChar c = prefix.at(i);
        if (c == QLatin1Char('\r') && i + 1 < prefix.size() && prefix.at(i + 1) == QLatin1Char('\n'))
            continue;
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

// Removes the leading byte-order mark and any stray U+FEFF inside (e.g. the mark of a second
// file appended with `cat`, or FF FE read as UTF-16): it is never data in a table.
QString withoutBom(QString text)
{
    text.remove(QChar(0xFEFF));
    return text;
}

// The error for the first byte that `encoding` cannot decode; `text` is the whole decoded text.
Error invalidByteError(const QByteArray &bytes, const QString &text, const QString &encoding, int bomSize,
                       const QString &fileName)
{
    qsizetype offset = -1;
    QString prefix;
    if (encoding == kUtf8) {
        offset = scanUtf8(bytes).badOffset;
        if (offset >= 0)
            prefix = QString::fromUtf8(bytes.mid(bomSize, offset - bomSize));
    } else {
        // No replacement character: the decoder dropped an incomplete sequence at the end.
        const qsizetype at = text.indexOf(QChar(QChar::ReplacementCharacter));
        prefix = withoutBom(at >= 0 ? text.left(at) : text);
        QStringEncoder encoder = encoderFor(encoding);
        offset = at < 0 ? bytes.size()
                        : (encoder.isValid() ? bomSize + QByteArray(encoder.encode(prefix)).size() : -1);
    }
    if (offset < 0)
        return Error{fileName, 0, 0, ImportText::tr("invalid bytes: expected valid %1 text").arg(encoding)};
    const auto [line, column] = lineColumnAfter(prefix);
    if (offset >= bytes.size() || (encoding == kUtf8 && scanUtf8(bytes).truncatedAtEnd))
        return Error{fileName, line, column,
                     ImportText::tr("the data ends inside a character (truncated file?): expected valid %1 text")
                         .arg(encoding)};
    const QString hex = QString::number(static_cast<unsigned char>(bytes.at(offset)), 16).toUpper();
    return Error{fileName, line, column,
                 ImportText::tr("invalid byte 0x%1: expected valid %2 text")
                     .arg(hex.rightJustified(2, QLatin1Char('0')), encoding)};
}

}  // namespace

QString canonicalEncoding(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (key.isEmpty())
        return {};
    static const QStringList korean = {QStringLiteral("cp949"), QStringLiteral("euckr"), QStringLiteral("uhc"),
                                       QStringLiteral("ms949"), QStringLiteral("windows949"),
                                       QStringLiteral("xwindows949"), QStringLiteral("ksc5601"),
                                       QStringLiteral("ksc56011987"), QStringLiteral("iso2022kr")};
    if (korean.contains(key))
        return kCp949;
    if (key == QLatin1String("utf8"))
        return kUtf8;
    for (const char *u : {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "UTF-32LE", "UTF-32BE"}) {
        QString k = QString::fromLatin1(u).toLower();
        if (k.remove(QLatin1Char('-')) == key)
            return QString::fromLatin1(u);
    }
    const QString upper = name.trimmed().toUpper();
    return QStringDecoder(upper.toLatin1().constData()).isValid() ? upper : QString();
}

QString detectEncoding(const QByteArray &bytes)
{
    if (const Bom *bom = bomOf(bytes))
        return QString::fromLatin1(bom->encoding);
    const Utf8Scan utf8 = scanUtf8(bytes);
    if (utf8.badOffset < 0 || (utf8.truncatedAtEnd && utf8.badBytes == 1))
        return kUtf8;
    if (bytes.contains('\0'))
        return {};
    const QString guess = uchardetGuess(bytes);
    if (isKoreanCharset(guess))
        return kCp949;
    const KoreanPairs korean = countKoreanPairs(bytes);
    if (korean.pairs > 0 && korean.bad == 0)
        return kCp949;
    // Mostly valid UTF-8 with a stray bad byte: decode as UTF-8 so that the byte is reported.
    if (utf8.multiByte >= 4 && utf8.badBytes * 10 <= utf8.multiByte)
        return kUtf8;
    if (!guess.isEmpty() && guess != QLatin1String("ASCII")) {
        const QString canonical = canonicalEncoding(guess);
        if (!canonical.isEmpty())
            return canonical;
    }
    if (korean.pairs > 0 && korean.bad * 10 <= korean.pairs)
        return kCp949;
    return {};
}

std::optional<DecodedText> decodeText(const QByteArray &bytes, const QString &forcedEncoding,
                                      const QString &fileName, Error *error)
{
    auto fail = [&](Error e) -> std::optional<DecodedText> {
        if (error)
            *error = std::move(e);
        return std::nullopt;
    };
    QString encoding;
    if (forcedEncoding.trimmed().isEmpty()) {
        encoding = detectEncoding(bytes);
        if (encoding.isEmpty()) {
            const qsizetype nul = bytes.indexOf('\0');
            if (nul >= 0) {
                const auto [line, column] = lineColumnAfter(QString::fromLatin1(bytes.left(nul)));
                return fail(Error{fileName, line, column,
                                  ImportText::tr("binary data (a NUL byte): expected a text file (CSV, TSV) or an "
                                                 "XLSX workbook")});
            }
            return fail(Error{fileName, 0, 0,
                              ImportText::tr("cannot tell the text encoding: expected UTF-8, UTF-16 with a "
                                             "byte-order mark or CP949 (choose the encoding explicitly)")});
        }
    } else {
        encoding = canonicalEncoding(forcedEncoding);
        if (encoding.isEmpty())
            return fail(Error{fileName, 0, 0,
                              ImportText::tr("unknown encoding \"%1\": expected UTF-8, UTF-16LE, UTF-16BE or CP949")
                                  .arg(forcedEncoding)});
    }
    const Bom *bom = bomOf(bytes);
    // A mark of another encoding than the forced one is data, not a mark (e.g. FF FE under CP949).
    const bool hadBom = bom && QString::fromLatin1(bom->encoding).startsWith(encoding);
    const int bomSize = hadBom ? bom->size : 0;
    if (hadBom && (encoding == QLatin1String("UTF-16") || encoding == QLatin1String("UTF-32")))
        encoding = QString::fromLatin1(bom->encoding);

    QStringDecoder decoder = decoderFor(encoding);
    if (!decoder.isValid())
        return fail(Error{fileName, 0, 0, ImportText::tr("no decoder for encoding \"%1\"").arg(encoding)});
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return fail(invalidByteError(bytes, text, encoding, bomSize, fileName));
    return DecodedText{withoutBom(text), encoding, hadBom};
}

}  // namespace medtour
