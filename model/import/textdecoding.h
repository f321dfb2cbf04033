#pragma once

#include <model/error.h>

#include <QByteArray>
#include <QString>

#include <optional>

namespace medtour {

// Text of a file after decoding: never holds a byte-order mark (U+FEFF is stripped, at the start
// and anywhere inside, e.g. the mark of a second file appended to the first).
struct DecodedText {
    QString text;
    QString encoding;     // canonical name: "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE",
                          // "CP949", or another name Qt's ICU codecs know (e.g. "WINDOWS-1252")
    bool hadBom = false;  // the bytes began with a byte-order mark
};

/// Guesses the encoding of `bytes`: a byte-order mark first (UTF-8, UTF-16LE/BE, UTF-32LE/BE),
/// then valid UTF-8 (pure ASCII and empty input count as UTF-8; so does UTF-8 cut short in its
/// last character, so that the truncation is reported where it is), then uchardet. Korean answers
/// (EUC-KR, UHC, ISO-2022-KR) become "CP949", the superset Korean Excel writes; bytes whose high
/// bytes form Korean-looking lead/trail pairs are "CP949" too, whatever uchardet says. Returns one
/// of the canonical names of DecodedText::encoding, or an empty string when unknown (binary data
/// with NUL bytes, or no guess that Qt can decode).
QString detectEncoding(const QByteArray &bytes);

/// Maps a user-given encoding name to its canonical name ("utf8" -> "UTF-8", "EUC-KR", "UHC",
/// "MS949", "windows-949" -> "CP949", "UTF-16" stays "UTF-16" (endianness from the BOM));
/// returns an empty string when Qt cannot decode it.
QString canonicalEncoding(const QString &name);

/// Decodes `bytes` with `forcedEncoding` (any name canonicalEncoding() accepts), or with
/// detectEncoding() when it is empty. Errors (std::nullopt, `error` set with `fileName`):
/// an unknown forced encoding; undetectable or binary data; a byte that is invalid in the
/// encoding, reported at the 1-based line and column of the first bad character ("invalid
/// byte 0xFF: expected valid CP949 text").
std::optional<DecodedText> decodeText(const QByteArray &bytes, const QString &forcedEncoding,
                                      const QString &fileName, Error *error);

}  // namespace medtour
