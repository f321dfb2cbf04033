#pragma once

#include <model/language.h>

#include <QString>

namespace medtour {

/// Font family for every text the dashboard draws (screen, PNG, SVG, PDF) in `lang`: the CJK
/// face of that language, so Korean shows Korean glyph forms and Japanese Japanese ones —
/// "Noto Sans CJK KR" for English and Korean, "Noto Sans CJK JP" for Japanese (Debian's
/// fonts-noto-cjk). Falls back to other Korean/Japanese faces, then the platform sans-serif.
QString dashboardFontFamily(Language lang = currentLanguage());

/// Sets the application font to dashboardFontFamily() of the current language and registers it
/// as the substitution for the generic families, so widgets, charts and printed pages find CJK
/// glyphs. Call after the QApplication exists and again after the language changed.
void installApplicationFonts();

}  // namespace medtour
