#include "observation.h"

#include <QCoreApplication>

namespace medtour {

namespace {

// The tr() context "medtour::Observation" of this file's texts for people.
struct ObservationText {
    Q_DECLARE_TR_FUNCTIONS(medtour::Observation)
};

}  // namespace

QString dimensionId(Dimension d)
{
    switch (d) {
    case Dimension::Nationality: return QStringLiteral("nationality");
    case Dimension::Specialty: return QStringLiteral("specialty");
    case Dimension::InstitutionType: return QStringLiteral("institution_type");
    case Dimension::Region: return QStringLiteral("region");
    }
    return {};
}

QString dimensionLabel(Dimension d)
{
    switch (d) {
    case Dimension::Nationality: return ObservationText::tr("Nationality");
    case Dimension::Specialty: return ObservationText::tr("Specialty");
    case Dimension::InstitutionType: return ObservationText::tr("Institution type");
    case Dimension::Region: return ObservationText::tr("Region");
    }
    return {};
}

std::optional<Dimension> dimensionFromId(const QString &id)
{
    for (Dimension d : kAllDimensions) {
        if (dimensionId(d) == id)
            return d;
    }
    return std::nullopt;
}

QString measureId(Measure m)
{
    switch (m) {
    case Measure::RealPatients: return QStringLiteral("real_patients");
    case Measure::DepartmentBased: return QStringLiteral("department_based");
    case Measure::CountriesOfOrigin: return QStringLiteral("countries_of_origin");
    }
    return {};
}

QString measureLabel(Measure m)
{
    switch (m) {
    case Measure::RealPatients: return ObservationText::tr("Real patients");
    case Measure::DepartmentBased: return ObservationText::tr("Department-based");
    case Measure::CountriesOfOrigin: return ObservationText::tr("Countries of origin");
    }
    return {};
}

std::optional<Measure> measureFromId(const QString &id)
{
    for (Measure m : {Measure::RealPatients, Measure::DepartmentBased, Measure::CountriesOfOrigin}) {
        if (measureId(m) == id)
            return m;
    }
    return std::nullopt;
}

QString statusId(ObservationStatus s)
{
    switch (s) {
    case ObservationStatus::Exact: return QStringLiteral("exact");
    case ObservationStatus::Rounded100: return QStringLiteral("rounded_100");
    case ObservationStatus::Rounded1000: return QStringLiteral("rounded_1000");
    case ObservationStatus::Rounded10000: return QStringLiteral("rounded_10000");
    case ObservationStatus::Approximate: return QStringLiteral("approx");
    case ObservationStatus::ShareOnly: return QStringLiteral("share_only");
    case ObservationStatus::Derived: return QStringLiteral("derived");
    case ObservationStatus::ReportedGrowthOnly: return QStringLiteral("reported_growth_only");
    case ObservationStatus::Summed: return QStringLiteral("summed");
    }
    return {};
}

std::optional<ObservationStatus> statusFromId(const QString &id)
{
    const QString key = id.trimmed().toLower();
    if (key == QLatin1String("approximate"))
        return ObservationStatus::Approximate;
    if (key == QLatin1String("rounded"))
        return ObservationStatus::Rounded1000;
    for (int i = 0; i <= static_cast<int>(ObservationStatus::Summed); ++i) {
        const auto s = static_cast<ObservationStatus>(i);
        if (statusId(s) == key)
            return s;
    }
    return std::nullopt;
}

bool isApproximate(ObservationStatus s)
{
    return s != ObservationStatus::Exact;
}

QString statusLabel(ObservationStatus s)
{
    switch (s) {
    case ObservationStatus::Exact: return ObservationText::tr("exact");
    case ObservationStatus::Rounded100: return ObservationText::tr("rounded to 100");
    case ObservationStatus::Rounded1000: return ObservationText::tr("rounded to 1,000");
    case ObservationStatus::Rounded10000: return ObservationText::tr("rounded to 10,000");
    case ObservationStatus::Approximate: return ObservationText::tr("approximate");
    case ObservationStatus::ShareOnly: return ObservationText::tr("share only");
    case ObservationStatus::Derived: return ObservationText::tr("derived");
    case ObservationStatus::ReportedGrowthOnly:
        return ObservationText::tr("reported growth only");
    case ObservationStatus::Summed: return ObservationText::tr("sum of published parts");
    }
    return {};
}

ObservationStatus combineStatus(ObservationStatus a, ObservationStatus b)
{
    // Exact < Derived/Summed < rounded < approximate < share-only: keep the weaker claim.
    auto rank = [](ObservationStatus s) {
        switch (s) {
        case ObservationStatus::Exact: return 0;
        case ObservationStatus::Summed: return 1;
        case ObservationStatus::Derived: return 2;
        case ObservationStatus::Rounded100: return 3;
        case ObservationStatus::Rounded1000: return 4;
        case ObservationStatus::Rounded10000: return 5;
        case ObservationStatus::Approximate: return 6;
        case ObservationStatus::ShareOnly: return 7;
        case ObservationStatus::ReportedGrowthOnly: return 8;
        }
        return 9;
    };
    return rank(a) >= rank(b) ? a : b;
}

QString sourceLine()
{
    // The English source line names the statistics by their Korean title on purpose.
    return ObservationText::tr("Source: MOHW / KHIDI, 외국인환자 유치실적");
}

}  // namespace medtour
