#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace medtour {

// Keeps the text of exported PDFs searchable and copyable. Qt's PDF writer (QFontSubset in
// Qt 6.4) maps each embedded glyph back to the LOWEST code point the font gives it, and CJK
// fonts share glyphs between common characters and rare ones: 日 U+65E5 with the Kangxi
// radical ⽇ U+2F47, 皮 with ⽪, – U+2013 with the figure dash ‒ U+2012, ・ U+30FB with ‧ U+2027,
// the space with the tab. Readers then find "⽇本" instead of "日本". These functions rewrite the
// PDF's ToUnicode maps to the common character instead. Plain functions, no state.

/// The rare code points that share a glyph with a common one in the fonts `families` (the first
/// family that has the glyph wins), mapped to that common character: the Kangxi radicals and
/// CJK radical supplements, U+2012, U+2027, U+2003, U+2329/U+232A, U+2215, U+2035, U+02BB and the
/// tab. Only basic-plane characters; empty for fonts without such shared glyphs.
QHash<char16_t, char16_t> sharedGlyphReplacements(const QStringList &families);

/// Rewrites, in place, the destinations of every uncompressed ToUnicode CMap in `pdf` (as Qt's
/// PDF writer emits them: "<gid> <gid> <u>" and "<first> <last> [<u> ...]" lines inside
/// beginbfrange/endbfrange) by `replacements`. Each replacement has the same length, so the
/// file's offsets stay valid. Incremental ranges ("<first> <last> <u>" over several glyphs) are
/// left alone. Returns the number of code points replaced.
int fixToUnicodeMaps(QByteArray &pdf, const QHash<char16_t, char16_t> &replacements);

}  // namespace medtour
