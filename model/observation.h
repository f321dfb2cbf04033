#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>

namespace medtour {

// The breakdown dimensions of the observation cube (SDMX style). Year and measure are
// separate coordinates; every dimension value is a category or the Total marker.
enum class Dimension : std::uint8_t { Nationality, Specialty, InstitutionType, Region };
inline constexpr int kDimensionCount = 4;
inline constexpr std::array<Dimension, kDimensionCount> kAllDimensions{
    Dimension::Nationality, Dimension::Specialty, Dimension::InstitutionType, Dimension::Region};

// What a value counts. Real patients (실환자) are de-duplicated persons; department-based
// counts (진료과 기준) count a patient once per department visited, so their total exceeds the
// real-patient total; countries of origin is the number of countries patients came from.
enum class Measure : std::uint8_t { RealPatients, DepartmentBased, CountriesOfOrigin };

// Observation status (precision) as published. Everything but Exact is shown with "≈".
enum class ObservationStatus : std::uint8_t {
    Exact,
    Rounded100,
    Rounded1000,
    Rounded10000,
    Approximate,
    ShareOnly,           // only a share was published, no count
    Derived,             // computed from other official figures (documented in the note)
    ReportedGrowthOnly,  // only a YoY growth rate was published
    Summed,              // computed by the dashboard as a sum of published parts
};

// The code 0 of every dimension dictionary: the dimension is not broken down.
inline constexpr std::uint16_t kTotalCode = 0;
inline const QString kTotalId = QStringLiteral("_T");

/// Stable machine identifier of a dimension ("nationality", "specialty",
/// "institution_type", "region") as used in CSV headers, JSON and saved views.
QString dimensionId(Dimension d);
/// Display label in the current language (tr context "medtour::Observation"): "Nationality",
/// "Specialty", "Institution type", "Region" in English. Never a key: use dimensionId().
QString dimensionLabel(Dimension d);
/// Parses dimensionId() output; std::nullopt for anything else.
std::optional<Dimension> dimensionFromId(const QString &id);

/// "real_patients", "department_based", "countries_of_origin".
QString measureId(Measure m);
std::optional<Measure> measureFromId(const QString &id);
/// Display label in the current language: "Real patients", "Department-based", "Countries of
/// origin" in English. Never a key: use measureId().
QString measureLabel(Measure m);

/// CSV spelling: "exact", "rounded_100", "rounded_1000", "rounded_10000", "approx",
/// "share_only", "derived", "reported_growth_only", "summed".
QString statusId(ObservationStatus s);
/// Accepts statusId() spellings plus "approximate" and "rounded"; std::nullopt otherwise.
std::optional<ObservationStatus> statusFromId(const QString &id);
/// True for every status except Exact: the value is shown with the "≈" marker.
bool isApproximate(ObservationStatus s);
/// Short human text for tooltips and reports in the current language, e.g. "rounded to 1,000",
/// "share only" in English. Never a key: use statusId().
QString statusLabel(ObservationStatus s);
/// The less precise of two statuses, used when values are combined (sums, ratios).
ObservationStatus combineStatus(ObservationStatus a, ObservationStatus b);

/// One category of a dimension: the stable English identifier and its Korean and Japanese names.
struct Category {
    QString id;       // English name as published, e.g. "Japan"; stable key
    QString nameKo;   // Korean name, e.g. "일본"; may be empty
    bool isAggregate = false;  // combined row such as "USA+China": never stacked or summed
    QString nameJa;   // Japanese name, e.g. "日本"; may be empty
};

/// The source line every view and report shows, in the current language (English:
/// "Source: MOHW / KHIDI, 외국인환자 유치실적").
QString sourceLine();

}  // namespace medtour
