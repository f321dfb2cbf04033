#pragma once

#include <model/observation.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace medtour {

struct RawTable;

// How numbers in a file are written, chosen apart from the display locale:
// Dot = "1,170,467" / "37.7"; Comma = "1.170.467" / "37,7"; Auto = decide from the column.
enum class NumberLocale { Auto, Dot, Comma };

// The shape of a table: Long (one row per observation: category columns and a count column),
// Wide (one column per year: "2022", "2023년", "2024 년"), RecordLevel (one row per patient or
// visit with a year or date; counted into the cube), Tidy (the built-in layout of FORMAT.md).
enum class Shape { Long, Wide, RecordLevel, Tidy };

/// "long", "wide", "record-level", "tidy".
QString shapeId(Shape s);
std::optional<Shape> shapeFromId(const QString &id);

// What one column of the file means.
enum class ColumnRole {
    Ignore,        // kept out of the cube (with a warning if nobody asked for it)
    Year,          // 연도 / 년도 / year
    Date,          // 방문일자 / 진료일자 / date: the year is taken from it (record-level)
    Measure,       // tidy layout: real_patients / department_based / countries_of_origin
    Category,      // a dimension's category (English or Korean name): see `dimension`
    CategoryKo,    // the Korean name of the dimension in `dimension` (tidy layout)
    Patients,      // 환자수 / 실환자수 / patients / value
    Share,         // 비중 / 점유율 / share (percent)
    Status,        // observation status (tidy layout)
    YearValue,     // wide shape: this column holds the counts of year `year`
    Other,         // tidy extras kept as attributes (source_ids, note, ...)
};

struct ColumnMapping {
    ColumnRole role = ColumnRole::Ignore;
    std::optional<Dimension> dimension;  // for Category / CategoryKo
    int year = 0;                        // for YearValue
    bool operator==(const ColumnMapping &o) const
    {
        return role == o.role && dimension == o.dimension && year == o.year;
    }
};

/// "ignore", "year", "date", "measure", "category", "category_ko", "patients", "share",
/// "status", "year_value", "other".
QString columnRoleId(ColumnRole r);
std::optional<ColumnRole> columnRoleFromId(const QString &id);

// The mapping of a file's columns onto the cube: one ColumnMapping per header cell, the shape
// and the measure the counts are in. Remembered per header by the GUI (QSettings).
struct ImportSpec {
    Shape shape = Shape::Long;
    Measure measure = Measure::RealPatients;
    NumberLocale numberLocale = NumberLocale::Auto;
    QList<ColumnMapping> columns;
    bool operator==(const ImportSpec &o) const;
    bool operator!=(const ImportSpec &o) const { return !(*this == o); }

    /// {"shape": "wide", "measure": "real_patients", "number_locale": "auto",
    ///  "columns": [{"role": "category", "dimension": "nationality"}, {"role": "year_value",
    ///  "year": 2024}, ...]} — for remembering a mapping (QSettings) per headerSignature().
    QJsonObject toJson() const;
    /// Reads toJson() output; std::nullopt when a shape, measure, role or dimension is unknown.
    static std::optional<ImportSpec> fromJson(const QJsonObject &json);
    /// A stable key of a header for remembering its mapping: the trimmed, lower-case cells
    /// joined by U+241F.
    static QString headerSignature(const QStringList &header);
};

/// Guesses the mapping from the header (English and Korean synonyms) and the first rows.
/// Sets `ambiguous` when the GUI should ask (e.g. no count column, two year columns); `notes`
/// gets one line per guess ("column 3 \"국적\" = nationality").
ImportSpec guessSpec(const RawTable &table, bool *ambiguous, QStringList *notes);

}  // namespace medtour
