#include <model/observationcube.h>

#include "fixtures.h"

#include <gtest/gtest.h>

using namespace medtour;

namespace {
ObservationCube::Row makeRow(int year, std::uint16_t nationality, std::optional<qint64> value)
{
    ObservationCube::Row r;
    r.key.year = year;
    r.key.codes[static_cast<int>(Dimension::Nationality)] = nationality;
    r.value = value;
    return r;
}
}  // namespace

TEST(CategoryDictionary, totalMarkerIsCodeZero)
{
    CategoryDictionary dict;
    EXPECT_EQ(dict.size(), 1);
    EXPECT_EQ(dict.intern(kTotalId), kTotalCode);
    EXPECT_EQ(dict.intern(QString()), kTotalCode);
    EXPECT_EQ(dict.find(QStringLiteral("_T")), kTotalCode);
    EXPECT_EQ(dict.category(kTotalCode).id, kTotalId);
    EXPECT_EQ(dict.size(), 1);
}

TEST(CategoryDictionary, internIsStableAndFirstSeenOrdered)
{
    CategoryDictionary dict;
    const auto japan = dict.intern(QStringLiteral("Japan"), QStringLiteral("일본"));
    const auto china = dict.intern(QStringLiteral("China"), QStringLiteral("중국"));
    EXPECT_EQ(japan, 1);
    EXPECT_EQ(china, 2);
    EXPECT_EQ(dict.intern(QStringLiteral(" Japan ")), japan);
    EXPECT_EQ(dict.size(), 3);
    EXPECT_EQ(dict.category(japan).nameKo, QStringLiteral("일본"));
}

TEST(CategoryDictionary, findsByEnglishIdCaseInsensitiveOrKoreanName)
{
    CategoryDictionary dict;
    const auto us = dict.intern(QStringLiteral("United States"), QStringLiteral("미국"));
    EXPECT_EQ(dict.find(QStringLiteral("united states")), us);
    EXPECT_EQ(dict.find(QStringLiteral("미국")), us);
    EXPECT_FALSE(dict.find(QStringLiteral("Atlantis")));
}

TEST(CategoryDictionary, koreanNameAndAggregateFlagAreFilledInLater)
{
    CategoryDictionary dict;
    const auto code = dict.intern(QStringLiteral("Seoul metropolitan area"));
    EXPECT_FALSE(dict.find(QStringLiteral("수도권")));
    dict.intern(QStringLiteral("Seoul metropolitan area"), QStringLiteral("수도권"), true);
    EXPECT_EQ(dict.find(QStringLiteral("수도권")), code);
    EXPECT_TRUE(dict.category(code).isAggregate);
    dict.intern(QStringLiteral("Seoul metropolitan area"), QString(), false);
    EXPECT_TRUE(dict.category(code).isAggregate);  // once combined, always combined
}

TEST(ObservationCube, rowRoundTripsEveryField)
{
    ObservationCube cube;
    ObservationCube::Row r = makeRow(2024, cube.dictionary(Dimension::Nationality).intern(QStringLiteral("Japan")), 441112);
    r.key.measure = Measure::RealPatients;
    r.sharePct = 37.7;
    r.shareBase = Dimension::Nationality;
    r.status = ObservationStatus::Exact;
    r.reportedYoyPct = 135.0;
    r.confidence = QStringLiteral("high");
    r.sourceIds = {QStringLiteral("S02"), QStringLiteral("S05")};
    r.note = QStringLiteral("Rank 1.");
    ASSERT_TRUE(cube.append(r));
    const ObservationCube::Row back = cube.row(0);
    EXPECT_EQ(back.key, r.key);
    EXPECT_EQ(back.value, 441112);
    EXPECT_EQ(back.sharePct, 37.7);
    EXPECT_EQ(back.shareBase, Dimension::Nationality);
    EXPECT_EQ(back.reportedYoyPct, 135.0);
    EXPECT_EQ(back.confidence, QStringLiteral("high"));
    EXPECT_EQ(back.sourceIds, r.sourceIds);
    EXPECT_EQ(back.note, r.note);
}

TEST(ObservationCube, missingValuesStayMissingNotZero)
{
    ObservationCube cube;
    ObservationCube::Row r = makeRow(2022, cube.dictionary(Dimension::Nationality).intern(QStringLiteral("United States")),
                                     std::nullopt);
    r.status = ObservationStatus::ShareOnly;
    ASSERT_TRUE(cube.append(r));
    const ObservationCube::Row back = cube.row(0);
    EXPECT_FALSE(back.value.has_value());
    EXPECT_FALSE(back.sharePct.has_value());
    EXPECT_FALSE(back.shareBase.has_value());
    EXPECT_FALSE(back.reportedYoyPct.has_value());
    EXPECT_EQ(back.status, ObservationStatus::ShareOnly);
}

TEST(ObservationCube, zeroIsAValueNotMissing)
{
    ObservationCube cube;
    ASSERT_TRUE(cube.append(makeRow(2020, kTotalCode, 0)));
    ASSERT_TRUE(cube.row(0).value.has_value());
    EXPECT_EQ(*cube.row(0).value, 0);
}

TEST(ObservationCube, duplicateCellIsRefusedAndCubeUnchanged)
{
    ObservationCube cube;
    ASSERT_TRUE(cube.append(makeRow(2024, kTotalCode, 1170467)));
    EXPECT_FALSE(cube.append(makeRow(2024, kTotalCode, 5)));
    EXPECT_EQ(cube.rowCount(), 1);
    EXPECT_EQ(cube.row(0).value, 1170467);
    ObservationCube::Row other = makeRow(2024, kTotalCode, 1245000);
    other.key.measure = Measure::DepartmentBased;  // another measure is another cell
    EXPECT_TRUE(cube.append(other));
    EXPECT_EQ(cube.rowCount(), 2);
}

TEST(ObservationCube, findReturnsRowOrMinusOne)
{
    ObservationCube cube;
    cube.append(makeRow(2023, kTotalCode, 605768));
    cube.append(makeRow(2024, kTotalCode, 1170467));
    EXPECT_EQ(cube.find(CellKey{2024, Measure::RealPatients, {}}), 1);
    EXPECT_EQ(cube.find(CellKey{2023, Measure::RealPatients, {}}), 0);
    EXPECT_EQ(cube.find(CellKey{2022, Measure::RealPatients, {}}), -1);
    EXPECT_EQ(cube.find(CellKey{2024, Measure::DepartmentBased, {}}), -1);
}

TEST(ObservationCube, yearsAreSortedAndUnique)
{
    ObservationCube cube;
    EXPECT_TRUE(cube.years().empty());
    EXPECT_EQ(cube.minYear(), 0);
    EXPECT_EQ(cube.maxYear(), 0);
    const auto jp = cube.dictionary(Dimension::Nationality).intern(QStringLiteral("Japan"));
    cube.append(makeRow(2024, kTotalCode, 1));
    cube.append(makeRow(2009, kTotalCode, 2));
    cube.append(makeRow(2024, jp, 3));
    EXPECT_EQ(cube.years(), (std::vector<int>{2009, 2024}));
    EXPECT_EQ(cube.minYear(), 2009);
    EXPECT_EQ(cube.maxYear(), 2024);
}

TEST(ObservationCube, builtinCoversTheOfficialYears)
{
    const ObservationCube &cube = test::builtinCube();
    EXPECT_EQ(cube.minYear(), 2009);
    EXPECT_EQ(cube.maxYear(), 2024);
    EXPECT_EQ(cube.years().size(), 16u);
    EXPECT_EQ(cube.rowCount(), 439);  // 441 file lines minus the comment and the header
    EXPECT_TRUE(cube.provenance().startsWith(QStringLiteral("built-in")));
}
