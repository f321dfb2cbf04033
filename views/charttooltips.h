#pragma once

#include <model/cubequery.h>

#include <QString>

#include <optional>

namespace medtour {

// Texts of chart marks shared by every chart: tooltips (category in English and Korean, the
// exact value with its status, share, YoY growth, source ids) and count texts that honour the
// Korean-units option. Plain text, several lines; never scientific notation; missing is "n/a".

/// Everything a tooltip states about one mark.
struct MarkFacts {
    QString categoryId;  // English id, e.g. "Japan"; "Other" for the remainder
    QString nameKo;      // Korean name, may be empty
    int year = 0;        // 0: no year line
    Measure measure = Measure::RealPatients;
    ResolvedValue cell;  // value, share, YoY, status, sources
    bool isOther = false;
    QString extraLine;   // optional last line, e.g. "Double-click to expand"
};

/// "1,170,467" / "≈146,000" / "n/a"; with `korean` "117만 467" / "≈14만 6,000".
QString countText(std::optional<qint64> value, ObservationStatus status, bool korean);

/// The tooltip of one mark, e.g.
///   Japan 일본 · 2024
///   Patients: 441,112 (exact)
///   Share: 37.7%
///   YoY growth: +135.0%
///   Source: S02
/// A rounded value reads "Patients: ≈146,000 (rounded to 1,000)", a share-only value
/// "Patients: n/a (share only)"; a derived one "(derived)".
QString markToolTipText(const MarkFacts &facts, bool koreanUnits);

/// "Patients" or "Department-based count" (the label of the count line of a tooltip).
QString measureCountLabel(Measure measure);

}  // namespace medtour
