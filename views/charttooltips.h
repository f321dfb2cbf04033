#pragma once

#include <model/cubequery.h>

#include <QString>

#include <optional>

namespace medtour {

// Texts of chart marks shared by every chart: tooltips (the category's name in the current
// language, the exact value with its status, share, YoY growth, source ids) and count texts
// that honour the Korean-units option. Plain text, several lines; never scientific notation;
// missing is "n/a" (in the current language). Translated in the context "medtour::ChartToolTips".

/// Everything a tooltip states about one mark.
struct MarkFacts {
    QString categoryId;  // English id, e.g. "Japan"; "Other" for the remainder
    QString nameKo;      // Korean name, may be empty
    QString nameJa;      // Japanese name, may be empty
    int year = 0;        // 0: no year line
    Measure measure = Measure::RealPatients;
    ResolvedValue cell;  // value, share, YoY, status, sources
    bool isOther = false;
    QString extraLine;   // optional last line, e.g. "Double-click to expand"
};

/// "1,170,467" / "≈146,000" / "n/a"; with `korean` myriad units: "117만 467" / "≈14만 6,000"
/// (Japanese: "117万467").
QString countText(std::optional<qint64> value, ObservationStatus status, bool korean);

/// The name of a mark's category as shown: "Other" (translated) for the remainder, else
/// localizedName(categoryId, nameKo, nameJa) in the current language.
QString markName(const MarkFacts &facts);

/// The tooltip of one mark, e.g. in English
///   Japan · 2024
///   Patients: 441,112 (exact)
///   Share: 37.7%
///   YoY growth: +135.0%
///   Source: S02
/// and in Korean "일본 (Japan) · 2024년", "환자 수: 441,112 (정확)", …: the id follows in
/// parentheses when the shown name differs from it. A rounded value reads "Patients: ≈146,000
/// (rounded to 1,000)", a share-only value "Patients: n/a (share only)"; a derived one "(derived)".
/// With `koreanUnits` the count has myriad units and its counter word
/// (formatCountKoreanWithCounter): "환자 수: 44만 1,112명 (정확)", "患者数: 44万1112人 (確定)".
QString markToolTipText(const MarkFacts &facts, bool koreanUnits);

/// "Patients" or "Department-based count" (the label of the count line of a tooltip), translated.
QString measureCountLabel(Measure measure);

}  // namespace medtour
