#include <model/observation.h>

#include "fixtures.h"

#include <gtest/gtest.h>

using namespace medtour;

namespace {
const std::array<ObservationStatus, 9> kAllStatuses{
    ObservationStatus::Exact,        ObservationStatus::Rounded100, ObservationStatus::Rounded1000,
    ObservationStatus::Rounded10000, ObservationStatus::Approximate, ObservationStatus::ShareOnly,
    ObservationStatus::Derived,      ObservationStatus::ReportedGrowthOnly, ObservationStatus::Summed};
}  // namespace

class DimensionIds : public ::testing::TestWithParam<std::tuple<Dimension, const char *, const char *>> {};

TEST_P(DimensionIds, idAndLabelRoundTrip)
{
    const auto [d, id, label] = GetParam();
    EXPECT_EQ(dimensionId(d), QString::fromLatin1(id));
    EXPECT_EQ(dimensionLabel(d), QString::fromLatin1(label));
    EXPECT_EQ(dimensionFromId(QString::fromLatin1(id)), d);
}

INSTANTIATE_TEST_SUITE_P(Observation, DimensionIds,
    ::testing::Values(std::make_tuple(Dimension::Nationality, "nationality", "Nationality"),
                      std::make_tuple(Dimension::Specialty, "specialty", "Specialty"),
                      std::make_tuple(Dimension::InstitutionType, "institution_type", "Institution type"),
                      std::make_tuple(Dimension::Region, "region", "Region")));

TEST(Observation, unknownDimensionIdIsRejected)
{
    EXPECT_FALSE(dimensionFromId(QStringLiteral("Nationality")));  // ids are exact, lower case
    EXPECT_FALSE(dimensionFromId(QStringLiteral("country")));
    EXPECT_FALSE(dimensionFromId(QString()));
}

TEST(Observation, measureIdsRoundTrip)
{
    for (Measure m : {Measure::RealPatients, Measure::DepartmentBased, Measure::CountriesOfOrigin})
        EXPECT_EQ(measureFromId(measureId(m)), m) << measureId(m).toStdString();
    EXPECT_EQ(measureId(Measure::DepartmentBased), QStringLiteral("department_based"));
    EXPECT_FALSE(measureFromId(QStringLiteral("real_patient")));
    EXPECT_FALSE(measureFromId(QStringLiteral("patients")));
}

TEST(Observation, everyStatusIdRoundTrips)
{
    for (ObservationStatus s : kAllStatuses) {
        EXPECT_EQ(statusFromId(statusId(s)), s) << statusId(s).toStdString();
        EXPECT_FALSE(statusLabel(s).isEmpty());
    }
}

TEST(Observation, statusParsingAcceptsAliasesAndCase)
{
    EXPECT_EQ(statusFromId(QStringLiteral("approximate")), ObservationStatus::Approximate);
    EXPECT_EQ(statusFromId(QStringLiteral("rounded")), ObservationStatus::Rounded1000);
    EXPECT_EQ(statusFromId(QStringLiteral(" EXACT ")), ObservationStatus::Exact);
    EXPECT_FALSE(statusFromId(QStringLiteral("estimated")));
    EXPECT_FALSE(statusFromId(QString()));
}

TEST(Observation, onlyExactIsNotApproximate)
{
    for (ObservationStatus s : kAllStatuses)
        EXPECT_EQ(isApproximate(s), s != ObservationStatus::Exact) << statusId(s).toStdString();
}

class CombineStatus : public ::testing::TestWithParam<std::tuple<ObservationStatus, ObservationStatus, ObservationStatus>> {};

TEST_P(CombineStatus, keepsTheWeakerClaimInEitherOrder)
{
    const auto [a, b, expected] = GetParam();
    EXPECT_EQ(combineStatus(a, b), expected);
    EXPECT_EQ(combineStatus(b, a), expected);
}

INSTANTIATE_TEST_SUITE_P(Observation, CombineStatus,
    ::testing::Values(
        std::make_tuple(ObservationStatus::Exact, ObservationStatus::Exact, ObservationStatus::Exact),
        std::make_tuple(ObservationStatus::Exact, ObservationStatus::Summed, ObservationStatus::Summed),
        std::make_tuple(ObservationStatus::Summed, ObservationStatus::Derived, ObservationStatus::Derived),
        std::make_tuple(ObservationStatus::Summed, ObservationStatus::Rounded1000, ObservationStatus::Rounded1000),
        std::make_tuple(ObservationStatus::Rounded100, ObservationStatus::Rounded10000, ObservationStatus::Rounded10000),
        std::make_tuple(ObservationStatus::Rounded10000, ObservationStatus::Approximate, ObservationStatus::Approximate),
        std::make_tuple(ObservationStatus::Approximate, ObservationStatus::ShareOnly, ObservationStatus::ShareOnly),
        std::make_tuple(ObservationStatus::ShareOnly, ObservationStatus::ReportedGrowthOnly,
                        ObservationStatus::ReportedGrowthOnly)));

TEST(Observation, sourceLineNamesTheOfficialSource)
{
    EXPECT_TRUE(sourceLine().contains(QStringLiteral("MOHW / KHIDI")));
    EXPECT_TRUE(sourceLine().contains(QStringLiteral("외국인환자 유치실적")));
}
