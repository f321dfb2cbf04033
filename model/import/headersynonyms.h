#pragma once

#include "importspec.h"

#include <QString>

#include <optional>

namespace medtour {

// What a column header means, recognised from English and Korean synonyms (연도/year,
// 국적/nationality/country, 환자수/patients, ...) and the tidy layout's column names
// (resources/data/FORMAT.md).
struct HeaderMeaning {
    ColumnRole role = ColumnRole::Ignore;
    std::optional<Dimension> dimension;  // Category / CategoryKo
    QString key;                         // Other: the tidy attribute ("share_base", "note", ...)
    bool realPatients = false;           // the header says 실환자 / real patients
    bool departmentBased = false;        // the header says 진료과 기준 / department-based
};

/// Lower-case, without text in brackets ("환자수(명)" -> "환자수") and without spaces, '_',
/// '-', '.', '·' and '/'.
QString normalizeHeader(const QString &header);

/// The meaning of a header, or std::nullopt when it is none we know.
std::optional<HeaderMeaning> headerMeaning(const QString &header);

/// The year a wide table's column header names: "2024", "2023년", "2024 년", "2024年",
/// "2024 (명)"; std::nullopt otherwise. Years 1900..2200.
std::optional<int> yearOfHeader(const QString &header);

/// Reads a year cell: "2024", "2024년", "2024 년", "2024年", "2024.0"; std::nullopt otherwise.
std::optional<int> parseYear(const QString &text);

/// The year of a date cell: "2024-03-05", "2024.3.5", "2024/03/05", "20240305",
/// "2024년 3월 5일", or an Excel serial day number (e.g. "45356"); std::nullopt otherwise.
std::optional<int> yearOfDate(const QString &text);

/// True for the labels of a published total: 합계, 계, 총계, 전체, Total, All, Grand total,
/// "_T" (trimmed, case-insensitive).
bool isTotalLabel(const QString &text);

/// A measure cell: measureId() spellings plus 실환자, 진료과 기준, 국가수 (and English
/// labels "real patients", "department-based"); std::nullopt otherwise.
std::optional<Measure> measureFromText(const QString &text);

}  // namespace medtour
