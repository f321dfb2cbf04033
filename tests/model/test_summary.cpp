#include <model/summary.h>

#include <model/numberformat.h>

#include "fixtures.h"
#include "languageguard.h"

#include <gtest/gtest.h>

using namespace medtour;
using test::builtinCube;

TEST(Summary, kpisOf2024MatchTheOfficialFigures)
{
    const Summary s = computeSummary(builtinCube(), test::focusOn(2024));
    EXPECT_EQ(s.focusYear, 2024);
    EXPECT_EQ(s.totalMeasure, Measure::RealPatients);
    EXPECT_EQ(s.total.value, 1170467);
    EXPECT_EQ(formatGrowth(s.total.yoyPct), QStringLiteral("+93.2%"));
    ASSERT_TRUE(s.topNationality);
    EXPECT_EQ(s.topNationality->id, QStringLiteral("Japan"));
    EXPECT_EQ(s.topNationality->nameKo, QStringLiteral("일본"));
    EXPECT_EQ(s.topNationality->cell.value, 441112);
    EXPECT_EQ(formatPercent(s.topNationality->cell.sharePct), QStringLiteral("37.7%"));
    ASSERT_TRUE(s.topSpecialty);
    EXPECT_EQ(s.topSpecialty->id, QStringLiteral("Dermatology"));
    EXPECT_EQ(s.topSpecialty->cell.value, 705044);
    EXPECT_DOUBLE_EQ(*s.topSpecialty->cell.sharePct, 56.6);  // of department-based counts
    EXPECT_EQ(s.countriesOfOrigin.value, 202);
}

TEST(Summary, jsonCarriesRoundedValues)
{
    const QJsonObject o = computeSummary(builtinCube(), test::focusOn(2024)).toJson();
    EXPECT_EQ(o.value(QStringLiteral("total_patients")).toInteger(), 1170467);
    EXPECT_EQ(o.value(QStringLiteral("total_measure")).toString(), QStringLiteral("real_patients"));
    EXPECT_EQ(o.value(QStringLiteral("total_status")).toString(), QStringLiteral("exact"));
    EXPECT_DOUBLE_EQ(o.value(QStringLiteral("yoy_growth_pct")).toDouble(), 93.2);
    const QJsonObject nat = o.value(QStringLiteral("top_nationality")).toObject();
    EXPECT_EQ(nat.value(QStringLiteral("name")).toString(), QStringLiteral("Japan"));
    EXPECT_EQ(nat.value(QStringLiteral("patients")).toInteger(), 441112);
    EXPECT_DOUBLE_EQ(nat.value(QStringLiteral("share_pct")).toDouble(), 37.7);
    const QJsonObject spec = o.value(QStringLiteral("top_specialty")).toObject();
    EXPECT_EQ(spec.value(QStringLiteral("count")).toInteger(), 705044);
    EXPECT_DOUBLE_EQ(spec.value(QStringLiteral("share_pct")).toDouble(), 56.6);
    EXPECT_EQ(o.value(QStringLiteral("countries_of_origin")).toInteger(), 202);
}

TEST(Summary, firstYearHasNoGrowth)
{
    const Summary s = computeSummary(builtinCube(), test::focusOn(2009));
    EXPECT_TRUE(s.total.value.has_value());
    EXPECT_FALSE(s.total.yoyPct.has_value());
    EXPECT_TRUE(s.toJson().value(QStringLiteral("yoy_growth_pct")).isNull());
}

TEST(Summary, derivedTotalKeepsItsStatus)
{
    const Summary s = computeSummary(builtinCube(), test::focusOn(2021));
    EXPECT_EQ(s.total.value, 145842);
    EXPECT_EQ(s.toJson().value(QStringLiteral("total_status")).toString(), QStringLiteral("derived"));
}

TEST(Summary, nationalityFilterNarrowsTheTotalAndDropsCountries)
{
    const Summary s = computeSummary(builtinCube(), test::selecting(Dimension::Nationality, {QStringLiteral("Japan")}));
    EXPECT_EQ(s.total.value, 441112);
    EXPECT_EQ(formatGrowth(s.total.yoyPct), QStringLiteral("+135.0%"));
    EXPECT_FALSE(s.countriesOfOrigin.hasData());
    EXPECT_TRUE(s.toJson().value(QStringLiteral("countries_of_origin")).isNull());
}

TEST(Summary, specialtyFilterSwitchesToDepartmentBasedCounts)
{
    const Summary s = computeSummary(builtinCube(), test::selecting(Dimension::Specialty, {QStringLiteral("Dermatology")}));
    EXPECT_EQ(s.totalMeasure, Measure::DepartmentBased);
    EXPECT_EQ(s.total.value, 705044);
    EXPECT_EQ(s.toJson().value(QStringLiteral("total_measure")).toString(), QStringLiteral("department_based"));
}

TEST(Summary, unknownCategoryLeavesEveryKpiUnknown)
{
    const Summary s = computeSummary(builtinCube(), test::selecting(Dimension::Nationality, {QStringLiteral("Atlantis")}));
    EXPECT_FALSE(s.total.hasData());
    EXPECT_FALSE(s.topNationality);
    EXPECT_FALSE(s.topSpecialty);
    const QJsonObject o = s.toJson();
    EXPECT_TRUE(o.value(QStringLiteral("total_patients")).isNull());
    EXPECT_TRUE(o.value(QStringLiteral("top_nationality")).isNull());
    EXPECT_TRUE(o.value(QStringLiteral("top_specialty")).isNull());
}

TEST(Summary, jsonNamesTheTopCategoriesInEveryLanguageByIdFirst)
{
    const test::LanguageGuard japanese(Language::Japanese);
    const QJsonObject o = computeSummary(builtinCube(), test::focusOn(2024)).toJson();
    const QJsonObject nat = o.value(QStringLiteral("top_nationality")).toObject();
    EXPECT_EQ(nat.value(QStringLiteral("name")).toString(), QStringLiteral("Japan"));
    EXPECT_EQ(nat.value(QStringLiteral("name_ko")).toString(), QStringLiteral("일본"));
    EXPECT_EQ(nat.value(QStringLiteral("name_ja")).toString(), QStringLiteral("日本"));
    const QJsonObject spec = o.value(QStringLiteral("top_specialty")).toObject();
    EXPECT_EQ(spec.value(QStringLiteral("name")).toString(), QStringLiteral("Dermatology"));
    EXPECT_EQ(spec.value(QStringLiteral("name_ja")).toString(), QStringLiteral("皮膚科"));
    EXPECT_EQ(o.value(QStringLiteral("total_status")).toString(), QStringLiteral("exact"));
}
