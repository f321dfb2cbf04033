#include "reportpdftext.h"

#include <QFont>
#include <QList>
#include <QRawFont>

namespace medtour {

namespace {

// Code points nobody types in running text that CJK fonts draw with the glyph of a common one.
bool isRare(char16_t u)
{
    if (u >= 0x2E80 && u <= 0x2FDF)
        return true;  // CJK Radicals Supplement, Kangxi Radicals
    switch (u) {
    case 0x0009:  // tab (the space glyph)
    case 0x02BB:  // modifier letter turned comma (‘)
    case 0x2003:  // em space (ideographic space)
    case 0x2012:  // figure dash (en dash)
    case 0x2027:  // hyphenation point (katakana middle dot)
    case 0x2035:  // reversed prime (fullwidth grave)
    case 0x2215:  // division slash (fullwidth solidus)
    case 0x2329:  // deprecated angle brackets (〈 〉)
    case 0x232A: return true;
    default: return false;
    }
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

// Positions of the "<XXXX>" tokens (four hex digits) in pdf[begin, end).
QList<qsizetype> hexTokens(const QByteArray &pdf, qsizetype begin, qsizetype end)
{
    QList<qsizetype> tokens;
    for (qsizetype i = begin; i + 5 < end; ++i) {
        if (pdf.at(i) != '<' || pdf.at(i + 5) != '>')
            continue;
        if (isHexDigit(pdf.at(i + 1)) && isHexDigit(pdf.at(i + 2)) && isHexDigit(pdf.at(i + 3)) && isHexDigit(pdf.at(i + 4))) {
            tokens << i;
            i += 5;
        }
    }
    return tokens;
}

// Replaces the destination at token `pos` when it is a rare code point; 1 when replaced.
int replaceAt(QByteArray &pdf, qsizetype pos, const QHash<char16_t, char16_t> &replacements)
{
    bool ok = false;
    const auto code = static_cast<char16_t>(pdf.mid(pos + 1, 4).toUInt(&ok, 16));
    const auto it = replacements.constFind(code);
    if (!ok || it == replacements.constEnd())
        return 0;
    const QByteArray hex = QByteArray::number(static_cast<uint>(*it), 16).toUpper().rightJustified(4, '0');
    pdf.replace(pos + 1, 4, hex);
    return 1;
}

// One line of a bfrange section: "<a> <a> <u>" (one glyph) or "<a> <b> [<u> ...]".
int fixLine(QByteArray &pdf, qsizetype begin, qsizetype end, const QHash<char16_t, char16_t> &replacements)
{
    const QList<qsizetype> tokens = hexTokens(pdf, begin, end);
    if (tokens.size() < 3)
        return 0;
    const qsizetype bracket = pdf.indexOf('[', begin);
    const bool array = bracket >= 0 && bracket < end;
    int fixed = 0;
    if (array) {
        for (qsizetype t = 2; t < tokens.size(); ++t)
            fixed += replaceAt(pdf, tokens.at(t), replacements);
    } else if (tokens.size() == 3 && pdf.mid(tokens.at(0), 6) == pdf.mid(tokens.at(1), 6)) {
        fixed += replaceAt(pdf, tokens.at(2), replacements);
    }
    return fixed;
}

}  // namespace

QHash<char16_t, char16_t> sharedGlyphReplacements(const QStringList &families)
{
    // Every basic-plane character except the surrogates, in code point order.
    QList<QChar> chars;
    chars.reserve(0xF800);
    for (uint u = 1; u < 0x10000; ++u) {
        if (u < 0xD800 || u > 0xDFFF)
            chars << QChar(static_cast<char16_t>(u));
    }
    QHash<char16_t, char16_t> replacements;
    for (const QString &family : families) {
        QFont font(family);
        font.setPixelSize(32);
        const QRawFont raw = QRawFont::fromFont(font);
        if (!raw.isValid())
            continue;
        QList<quint32> glyphs(chars.size(), 0);
        int count = static_cast<int>(glyphs.size());
        if (!raw.glyphIndexesForChars(chars.constData(), static_cast<int>(chars.size()), glyphs.data(), &count))
            continue;
        QHash<quint32, char16_t> common;  // glyph -> lowest common code point drawn with it
        for (qsizetype i = 0; i < chars.size(); ++i) {
            const char16_t u = chars.at(i).unicode();
            if (glyphs.at(i) != 0 && !isRare(u) && !common.contains(glyphs.at(i)))
                common.insert(glyphs.at(i), u);
        }
        for (qsizetype i = 0; i < chars.size(); ++i) {
            const char16_t u = chars.at(i).unicode();
            if (glyphs.at(i) == 0 || !isRare(u) || replacements.contains(u))
                continue;
            if (const auto it = common.constFind(glyphs.at(i)); it != common.constEnd())
                replacements.insert(u, *it);
        }
    }
    return replacements;
}

int fixToUnicodeMaps(QByteArray &pdf, const QHash<char16_t, char16_t> &replacements)
{
    if (replacements.isEmpty())
        return 0;
    int fixed = 0;
    qsizetype from = 0;
    while ((from = pdf.indexOf("beginbfrange", from)) >= 0) {
        const qsizetype end = pdf.indexOf("endbfrange", from);
        if (end < 0)
            break;
        qsizetype line = pdf.indexOf('\n', from) + 1;
        while (line > 0 && line < end) {
            qsizetype lineEnd = pdf.indexOf('\n', line);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            fixed += fixLine(pdf, line, lineEnd, replacements);
            line = lineEnd + 1;
        }
        from = end;
    }
    return fixed;
}

}  // namespace medtour
