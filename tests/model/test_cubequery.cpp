#include <model/builtindataset.h>
#include <model/cubequery.h>
#include <model/numberformat.h>

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
