#pragma once

#include <QString>

namespace medtour {

/// Font family used for every text the dashboard draws (screen, PNG, SVG, PDF). A CJK face
/// so Korean renders as glyphs: "Noto Sans CJK KR" (Debian's fonts-noto-cjk), with the
/// platform's sans-serif as fallback for Latin text when the CJK face is absent.
QString dashboardFontFamily();

/// Sets the application font to dashboardFontFamily() and registers a CJK substitution for the
/// generic families, so widgets, charts and printed pages find Korean glyphs. Call once after
/// the QApplication exists. Safe to call again.
void installApplicationFonts();

}  // namespace medtour
