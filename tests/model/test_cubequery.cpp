#include <model/builtindataset.h>
#include <model/cubequery.h>
#include <model/numberformat.h>

#include "fixtures.h"

#include <gtest/gtest.h>

using namespace medtour;

namespace {
const ObservationCube &builtin()
{
    static const ObservationCube cube = [] {
        auto r = loadBuiltinDataset();
        EXPECT_TRUE(r.cube.has_value()) << r.error.toString().toStdString();
        return r.cube ? std::move(*r.cube) : ObservationCube{};
    }();
    return cube;
}
FilterState focus(int year)
{
    FilterState f;
    f.focusYear = year;
    return f;
}
}  // namespace

TEST(CubeQuery, total2024IsPublishedFigureWithYoy)
{
    const CubeQuery q(builtin(), focus(2024));
    const ResolvedValue total = q.sliceTotal(2024, Measure::RealPatients);
    ASSERT_TRUE(total.value);
    EXPECT_EQ(*total.value, 1170467);
    EXPECT_EQ(total.status, ObservationStatus::Exact);
    ASSERT_TRUE(total.yoyPct);
    EXPECT_DOUBLE_EQ(roundToOneDecimal(*total.yoyPct), 93.2);
    EXPECT_FALSE(total.yoyReported);
}

TEST(CubeQuery, japanLeadsNationalitiesWith37_7Percent)
{
    const Breakdown b = CubeQuery(builtin(), focus(2024)).breakdown(Dimension::Nationality, 2024);
    ASSERT_FALSE(b.rows.isEmpty());
    EXPECT_EQ(b.rows.first().id, QStringLiteral("Japan"));
    EXPECT_EQ(*b.rows.first().cell.value, 441112);
    EXPECT_DOUBLE_EQ(roundToOneDecimal(*b.rows.first().cell.sharePct), 37.7);
    EXPECT_EQ(b.measure, Measure::RealPatients);
}

TEST(CubeQuery, dermatologyShareUsesDepartmentBasedBase)
{
    const Breakdown b = CubeQuery(builtin(), focus(2024)).breakdown(Dimension::Specialty, 2024);
    ASSERT_FALSE(b.rows.isEmpty());
    EXPECT_EQ(b.measure, Measure::DepartmentBased);
    EXPECT_EQ(b.rows.first().id, QStringLiteral("Dermatology"));
    EXPECT_EQ(*b.rows.first().cell.value, 705044);
    EXPECT_DOUBLE_EQ(*b.rows.first().cell.sharePct, 56.6);
    // 705,044 / 1,170,467 real patients would be 60.2%: the wrong base must not be used.
    EXPECT_NE(roundToOneDecimal(*b.rows.first().cell.sharePct), 60.2);
}

namespace {
// A small cube with a combined row: Total 100, A 60 (60%), B 30, A+B combined 90, plus a
// specialty cross tab where only A has a count.
const QByteArray kSmall =
    "2023,real_patients,_T,,_T,,_T,,_T,,80,,,exact,0,,high,S1,\n"
    "2023,real_patients,A,에이,_T,,_T,,_T,,50,,,exact,0,,high,S1,\n"
    "2023,real_patients,B,비,_T,,_T,,_T,,20,,,exact,0,,high,S1,\n"
    "2024,real_patients,_T,,_T,,_T,,_T,,100,,,exact,0,,high,S1,\n"
    "2024,real_patients,A,에이,_T,,_T,,_T,,60,60.0,nationality,exact,0,,high,S1,\n"
    "2024,real_patients,B,비,_T,,_T,,_T,,30,,,rounded_1000,0,,high,S2,\n"
    "2024,real_patients,A+B (combined),에이+비,_T,,_T,,_T,,90,90.0,nationality,exact,1,,high,S3,\n"
    "2024,department_based,_T,,X,엑스,_T,,_T,,70,,,exact,0,,high,S1,\n"
    "2024,department_based,A,에이,X,엑스,_T,,_T,,40,,,exact,0,,high,S1,\n";

const ObservationCube &small()
{
    static const ObservationCube cube = test::cubeFromRows(kSmall);
    return cube;
}
}  // namespace

TEST(CubeQuery, total2024YoyIsComputedAgainst605768)
{
    const ResolvedValue total = CubeQuery(builtin(), focus(2024)).sliceTotal(2024, Measure::RealPatients);
    ASSERT_TRUE(total.yoyPct);
    EXPECT_NEAR(*total.yoyPct, (1170467.0 / 605768.0 - 1.0) * 100.0, 1e-9);
    EXPECT_EQ(formatGrowth(total.yoyPct), QStringLiteral("+93.2%"));
    const ResolvedValue base = CubeQuery(builtin(), focus(2023)).sliceTotal(2023, Measure::RealPatients);
    EXPECT_EQ(base.value, 605768);
}

TEST(CubeQuery, total2021IsDerivedAndShownApproximate)
{
    const ResolvedValue total = CubeQuery(builtin(), focus(2021)).sliceTotal(2021, Measure::RealPatients);
    ASSERT_TRUE(total.value);
    EXPECT_EQ(*total.value, 145842);
    EXPECT_EQ(total.status, ObservationStatus::Derived);
    EXPECT_EQ(formatCount(total.value, total.status), QStringLiteral("≈145,842"));
    ASSERT_TRUE(total.yoyPct);
    EXPECT_DOUBLE_EQ(roundToOneDecimal(*total.yoyPct), 24.6);  // the published growth
}

TEST(CubeQuery, japan2024IsPublishedShareNotRecomputed)
{
    const ResolvedValue v = CubeQuery(builtin(), focus(2024))
                                .categoryValue(Dimension::Nationality, QStringLiteral("Japan"), 2024, Measure::RealPatients);
    EXPECT_EQ(v.value, 441112);
    ASSERT_TRUE(v.sharePct);
    EXPECT_DOUBLE_EQ(*v.sharePct, 37.7);  // as published, not 37.687
    ASSERT_TRUE(v.yoyPct);
    EXPECT_EQ(formatGrowth(v.yoyPct), QStringLiteral("+135.0%"));
    EXPECT_FALSE(v.yoyReported);  // both years exact: computed
}

TEST(CubeQuery, shareOnlyYearHasShareButNoCount)
{
    const CubeQuery q(builtin(), focus(2022));
    const ResolvedValue us = q.categoryValue(Dimension::Nationality, QStringLiteral("United States"), 2022,
                                             Measure::RealPatients);
    EXPECT_FALSE(us.value.has_value());
    ASSERT_TRUE(us.sharePct);
    EXPECT_DOUBLE_EQ(*us.sharePct, 17.8);
    EXPECT_EQ(us.status, ObservationStatus::ShareOnly);
    EXPECT_TRUE(us.hasData());
    const Breakdown b = q.breakdown(Dimension::Nationality, 2022);
    ASSERT_FALSE(b.rows.isEmpty());
    EXPECT_EQ(b.rows.first().id, QStringLiteral("United States"));
    EXPECT_FALSE(b.rows.first().cell.value.has_value());
}

TEST(CubeQuery, missingCellIsNoDataNeverZero)
{
    const CubeQuery q(builtin(), focus(2024));
    const ResolvedValue russia = q.categoryValue(Dimension::Nationality, QStringLiteral("Russia"), 2024,
                                                 Measure::RealPatients);
    EXPECT_FALSE(russia.hasData());
    EXPECT_FALSE(russia.value.has_value());
    for (const BreakdownRow &r : q.breakdown(Dimension::Nationality, 2024).rows)
        EXPECT_NE(r.id, QStringLiteral("Russia"));
    // 2024 has no department-based total: missing, not 0.
    EXPECT_FALSE(q.sliceTotal(2024, Measure::DepartmentBased).value.has_value());
}

TEST(CubeQuery, reportedGrowthIsUsedWhenNoCountExists)
{
    const ResolvedValue canada = CubeQuery(builtin(), focus(2022))
                                     .categoryValue(Dimension::Nationality, QStringLiteral("Canada"), 2022,
                                                    Measure::RealPatients);
    EXPECT_FALSE(canada.value.has_value());
    ASSERT_TRUE(canada.yoyPct);
    EXPECT_DOUBLE_EQ(*canada.yoyPct, 102.2);
    EXPECT_TRUE(canada.yoyReported);
}

TEST(CubeQuery, measureFollowsSpecialty)
{
    EXPECT_EQ(CubeQuery(builtin(), focus(2024)).measureFor(std::nullopt), Measure::RealPatients);
    EXPECT_EQ(CubeQuery(builtin(), focus(2024)).measureFor(Dimension::Nationality), Measure::RealPatients);
    EXPECT_EQ(CubeQuery(builtin(), focus(2024)).measureFor(Dimension::Specialty), Measure::DepartmentBased);
    const FilterState derm = test::selecting(Dimension::Specialty, {QStringLiteral("Dermatology")});
    EXPECT_EQ(CubeQuery(builtin(), derm).measureFor(Dimension::Nationality), Measure::DepartmentBased);
}

TEST(CubeQuery, specialtyRanking2024)
{
    const Breakdown b = CubeQuery(builtin(), focus(2024)).breakdown(Dimension::Specialty, 2024);
    QStringList ids;
    for (const BreakdownRow &r : b.rows)
        ids << r.id;
    EXPECT_EQ(ids, (QStringList{QStringLiteral("Dermatology"), QStringLiteral("Plastic surgery"),
                                QStringLiteral("Internal medicine (integrated)"), QStringLiteral("Health screening center"),
                                QStringLiteral("Korean medicine (integrated)")}));
    EXPECT_FALSE(b.total.value.has_value());  // department-based totals were only published 2016–2018
}

class CubeQueryAggregates : public ::testing::TestWithParam<Dimension> {};

TEST_P(CubeQueryAggregates, combinedRowsNeverAppearInBreakdowns)
{
    const Dimension d = GetParam();
    const CategoryDictionary &dict = builtin().dictionary(d);
    int rows = 0;
    for (int year = 2009; year <= 2024; ++year) {
        for (const BreakdownRow &r : CubeQuery(builtin(), focus(year)).breakdown(d, year).rows) {
            ++rows;
            const auto code = dict.find(r.id);
            ASSERT_TRUE(code);
            EXPECT_FALSE(dict.category(*code).isAggregate) << r.id.toStdString() << " in " << year;
        }
    }
    EXPECT_GT(rows, 0);
}

INSTANTIATE_TEST_SUITE_P(CubeQuery, CubeQueryAggregates, ::testing::ValuesIn(kAllDimensions));

TEST(CubeQuery, combinedRowIsNotSummedWithItsParts)
{
    const FilterState f = test::selecting(Dimension::Nationality,
                                          {QStringLiteral("Japan"), QStringLiteral("Japan+China (combined)")});
    const ResolvedValue total = CubeQuery(builtin(), f).sliceTotal(2024, Measure::RealPatients);
    EXPECT_FALSE(total.value.has_value());  // not 441,112 + 701,753
    EXPECT_TRUE(total.note.contains(QStringLiteral("combined")));
    // In the small cube the same: A + (A+B) is refused, A + B is summed.
    const FilterState g = test::selecting(Dimension::Nationality, {QStringLiteral("A"), QStringLiteral("A+B (combined)")});
    EXPECT_FALSE(CubeQuery(small(), g).sliceTotal(2024, Measure::RealPatients).value.has_value());
    const Breakdown b = CubeQuery(small(), test::focusOn(2024)).breakdown(Dimension::Nationality, 2024);
    ASSERT_EQ(b.rows.size(), 2);
    EXPECT_EQ(b.rows.at(0).id, QStringLiteral("A"));
    EXPECT_EQ(b.rows.at(1).id, QStringLiteral("B"));
}

TEST(CubeQuery, twoSelectedCategoriesAreSummed)
{
    const FilterState f = test::selecting(Dimension::Nationality, {QStringLiteral("Japan"), QStringLiteral("China")});
    const ResolvedValue total = CubeQuery(builtin(), f).sliceTotal(2024, Measure::RealPatients);
    ASSERT_TRUE(total.value);
    EXPECT_EQ(*total.value, 441112 + 260641);
    EXPECT_EQ(total.status, ObservationStatus::Summed);
    EXPECT_EQ(formatCount(total.value, total.status), QStringLiteral("701,753"));
    ASSERT_TRUE(total.yoyPct);  // 2023: 187,711 + 112,135
    EXPECT_NEAR(*total.yoyPct, (701753.0 / 299846.0 - 1.0) * 100.0, 1e-9);
    // A rounded part makes the sum rounded, not Summed-exact.
    const FilterState g = test::selecting(Dimension::Nationality, {QStringLiteral("A"), QStringLiteral("B")});
    const ResolvedValue sum = CubeQuery(small(), g).sliceTotal(2024, Measure::RealPatients);
    EXPECT_EQ(sum.value, 90);
    EXPECT_EQ(sum.status, ObservationStatus::Rounded1000);
}

TEST(CubeQuery, sumWithAMissingPartIsMissing)
{
    const FilterState f = test::selecting(Dimension::Nationality, {QStringLiteral("Japan"), QStringLiteral("Russia")});
    const ResolvedValue total = CubeQuery(builtin(), f).sliceTotal(2024, Measure::RealPatients);
    EXPECT_FALSE(total.value.has_value());  // never Japan + 0
    EXPECT_FALSE(total.note.isEmpty());
}

TEST(CubeQuery, computedShareUsesTheSameMeasureAndSlice)
{
    const CubeQuery q(small(), test::focusOn(2024));
    const Breakdown b = q.breakdown(Dimension::Nationality, 2024);
    EXPECT_DOUBLE_EQ(*b.rows.at(0).cell.sharePct, 60.0);  // published
    EXPECT_DOUBLE_EQ(*b.rows.at(1).cell.sharePct, 30.0);  // 30 / 100
    const FilterState x = test::selecting(Dimension::Specialty, {QStringLiteral("X")});
    const ResolvedValue a = CubeQuery(small(), x).categoryValue(Dimension::Nationality, QStringLiteral("A"), 2024,
                                                                Measure::DepartmentBased);
    EXPECT_EQ(a.value, 40);
    ASSERT_TRUE(a.sharePct);
    EXPECT_NEAR(*a.sharePct, 40.0 * 100.0 / 70.0, 1e-9);  // of specialty X's department-based count
}

TEST(CubeQuery, unknownCategoryYieldsNoDataWithAReason)
{
    const FilterState f = test::selecting(Dimension::Nationality, {QStringLiteral("Atlantis")});
    const CubeQuery q(builtin(), f);
    EXPECT_FALSE(q.sliceTotal(2024, Measure::RealPatients).hasData());
    EXPECT_FALSE(q.categoryValue(Dimension::Specialty, QStringLiteral("Dermatology"), 2024, Measure::DepartmentBased).hasData());
    for (Dimension d : kAllDimensions) {
        const Breakdown b = q.breakdown(d, 2024);
        EXPECT_TRUE(b.rows.isEmpty());
        EXPECT_FALSE(b.unavailableReason.isEmpty());
    }
    EXPECT_FALSE(CubeQuery(builtin(), focus(2024))
                     .categoryValue(Dimension::Nationality, QStringLiteral("Atlantis"), 2024, Measure::RealPatients)
                     .hasData());
}

TEST(CubeQuery, emptyBreakdownNamesTheFilterAndYear)
{
    const FilterState f = test::selecting(Dimension::Nationality, {QStringLiteral("Canada")});
    const Breakdown b = CubeQuery(builtin(), f).breakdown(Dimension::Specialty, 2024);
    EXPECT_TRUE(b.rows.isEmpty());
    EXPECT_EQ(b.unavailableReason,
              QStringLiteral("No published breakdown by specialty for 2024 in Nationality = Canada"));
    const Breakdown none = CubeQuery(small(), focus(2024)).breakdown(Dimension::Region, 2024);
    EXPECT_TRUE(none.rows.isEmpty());
    EXPECT_EQ(none.unavailableReason, QStringLiteral("No published breakdown by region for 2024"));
}

TEST(CubeQuery, countriesOfOriginOnlyWithoutFilters)
{
    EXPECT_EQ(CubeQuery(builtin(), focus(2024)).countriesOfOrigin(2024).value, 202);
    EXPECT_FALSE(CubeQuery(builtin(), focus(2014)).countriesOfOrigin(2014).hasData());  // not published
    const FilterState f = test::selecting(Dimension::Nationality, {QStringLiteral("Japan")});
    EXPECT_FALSE(CubeQuery(builtin(), f).countriesOfOrigin(2024).hasData());
}
