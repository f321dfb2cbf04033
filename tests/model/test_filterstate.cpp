#include <model/filterstate.h>

#include "fixtures.h"
#include "languageguard.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

#include <gtest/gtest.h>

using namespace medtour;

TEST(FilterState, defaultsCoverTheOfficialSeries)
{
    const FilterState f;
    EXPECT_EQ(f.fromYear, 2009);
    EXPECT_EQ(f.toYear, 2024);
    EXPECT_EQ(f.focusYear, 2024);
    EXPECT_EQ(f.topN, 5);
    for (Dimension d : kAllDimensions) {
        EXPECT_FALSE(f.hasSelection(d));
        EXPECT_TRUE(f.isSelected(d, QStringLiteral("anything")));  // empty selection = all
    }
}

TEST(FilterState, isSelectedFollowsTheSelection)
{
    const FilterState f = test::selecting(Dimension::Nationality, {QStringLiteral("Japan")});
    EXPECT_TRUE(f.isSelected(Dimension::Nationality, QStringLiteral("Japan")));
    EXPECT_FALSE(f.isSelected(Dimension::Nationality, QStringLiteral("China")));
    EXPECT_TRUE(f.isSelected(Dimension::Specialty, QStringLiteral("Dermatology")));
}

class FilterStateEquality : public ::testing::TestWithParam<std::function<void(FilterState &)>> {};

TEST_P(FilterStateEquality, everyFieldTakesPart)
{
    FilterState a;
    FilterState b;
    EXPECT_TRUE(a == b);
    EXPECT_FALSE(a != b);
    GetParam()(b);
    EXPECT_FALSE(a == b);
    EXPECT_TRUE(a != b);
}

INSTANTIATE_TEST_SUITE_P(FilterState, FilterStateEquality,
    ::testing::Values([](FilterState &f) { f.fromYear = 2010; }, [](FilterState &f) { f.toYear = 2023; },
                      [](FilterState &f) { f.focusYear = 2023; }, [](FilterState &f) { f.topN = 6; },
                      [](FilterState &f) { f.selection(Dimension::Nationality) << QStringLiteral("Japan"); },
                      [](FilterState &f) { f.selection(Dimension::Specialty) << QStringLiteral("Dermatology"); },
                      [](FilterState &f) { f.selection(Dimension::InstitutionType) << QStringLiteral("Clinic"); },
                      [](FilterState &f) { f.selection(Dimension::Region) << QStringLiteral("Seoul"); },
                      [](FilterState &f) { f.setOtherExpanded(Dimension::Nationality, true); },
                      [](FilterState &f) { f.setOtherExpanded(Dimension::Specialty, true); }));

struct ClampCase {
    int from, to, focus, topN;
    int wantFrom, wantTo, wantFocus, wantTopN;
};

class FilterStateNormalized : public ::testing::TestWithParam<ClampCase> {};

TEST_P(FilterStateNormalized, clampsIntoTheDatasetYears)
{
    const ClampCase c = GetParam();
    FilterState f;
    f.fromYear = c.from;
    f.toYear = c.to;
    f.focusYear = c.focus;
    f.topN = c.topN;
    const FilterState n = f.normalized(2009, 2024);
    EXPECT_EQ(n.fromYear, c.wantFrom);
    EXPECT_EQ(n.toYear, c.wantTo);
    EXPECT_EQ(n.focusYear, c.wantFocus);
    EXPECT_EQ(n.topN, c.wantTopN);
    EXPECT_EQ(n.normalized(2009, 2024), n);  // idempotent
}

INSTANTIATE_TEST_SUITE_P(FilterState, FilterStateNormalized,
    ::testing::Values(ClampCase{2009, 2024, 2024, 5, 2009, 2024, 2024, 5},
                      ClampCase{2000, 2030, 2030, 5, 2009, 2024, 2024, 5},
                      ClampCase{2020, 2015, 2018, 5, 2015, 2020, 2018, 5},   // from/to swapped
                      ClampCase{2030, 2001, 1999, 0, 2009, 2024, 2009, 1},
                      ClampCase{2024, 2024, 2024, 51, 2024, 2024, 2024, 50},
                      ClampCase{2015, 2015, 2015, -3, 2015, 2015, 2015, 1}));

TEST(FilterState, normalizedSortsAndDeduplicatesSelections)
{
    FilterState f;
    f.selection(Dimension::Nationality) = {QStringLiteral("Japan"), QStringLiteral("China"), QStringLiteral("Japan")};
    const FilterState n = f.normalized(2009, 2024);
    EXPECT_EQ(n.selection(Dimension::Nationality), (QStringList{QStringLiteral("China"), QStringLiteral("Japan")}));
    // Same selection in another order is the same filter once normalized.
    FilterState g;
    g.selection(Dimension::Nationality) = {QStringLiteral("China"), QStringLiteral("Japan")};
    EXPECT_EQ(g.normalized(2009, 2024), n);
}

TEST(FilterState, normalizedIgnoresAnEmptyYearRange)
{
    FilterState f;
    f.fromYear = 1990;
    EXPECT_EQ(f.normalized(0, -1), f);  // an empty dataset has no years to clamp to
}

TEST(FilterState, jsonRoundTrip)
{
    FilterState f;
    f.fromYear = 2015;
    f.toYear = 2023;
    f.focusYear = 2022;
    f.topN = 8;
    f.selection(Dimension::Nationality) = {QStringLiteral("Japan"), QStringLiteral("United States")};
    f.selection(Dimension::Region) = {QStringLiteral("Seoul")};
    const QJsonObject json = f.toJson();
    EXPECT_EQ(json.value(QStringLiteral("from_year")).toInt(), 2015);
    EXPECT_EQ(json.value(QStringLiteral("top_n")).toInt(), 8);
    EXPECT_EQ(json.value(QStringLiteral("nationality")).toArray().size(), 2);
    EXPECT_TRUE(json.value(QStringLiteral("specialty")).toArray().isEmpty());
    EXPECT_EQ(FilterState::fromJson(json), f);
    // Through text too, as saved views are stored.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    EXPECT_EQ(FilterState::fromJson(reread), f);
}

TEST(FilterState, fromJsonFillsMissingKeysWithDefaults)
{
    QJsonObject o;
    o.insert(QStringLiteral("focus_year"), 2019);
    const FilterState f = FilterState::fromJson(o);
    EXPECT_EQ(f.focusYear, 2019);
    EXPECT_EQ(f.fromYear, 2009);
    EXPECT_EQ(f.toYear, 2024);
    EXPECT_EQ(f.topN, 5);
    EXPECT_FALSE(f.hasSelection(Dimension::Nationality));
    EXPECT_EQ(FilterState::fromJson(QJsonObject{}), FilterState{});
}

TEST(FilterState, describeListsEveryFilter)
{
    const FilterState f = test::selecting(Dimension::Nationality, {QStringLiteral("Japan"), QStringLiteral("China")});
    const QStringList lines = f.describe();
    EXPECT_TRUE(lines.contains(QStringLiteral("Years: 2009–2024")));
    EXPECT_TRUE(lines.contains(QStringLiteral("Focus year: 2024")));
    EXPECT_TRUE(lines.contains(QStringLiteral("Nationality: Japan, China")));
    EXPECT_TRUE(lines.contains(QStringLiteral("Specialty: all")));
    EXPECT_TRUE(lines.contains(QStringLiteral("Top N: 5")));
}

TEST(FilterState, expandedOtherRoundTripsAndIsDescribed)
{
    FilterState f;
    EXPECT_FALSE(f.isOtherExpanded(Dimension::Nationality));
    EXPECT_TRUE(f.toJson().value(QStringLiteral("expand_other")).toArray().isEmpty());
    f.setOtherExpanded(Dimension::Nationality, true);
    const QJsonObject json = f.toJson();
    EXPECT_EQ(json.value(QStringLiteral("expand_other")).toArray(), QJsonArray{QStringLiteral("nationality")});
    const FilterState back = FilterState::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
    EXPECT_TRUE(back.isOtherExpanded(Dimension::Nationality));
    EXPECT_FALSE(back.isOtherExpanded(Dimension::Specialty));
    EXPECT_EQ(back, f);
    EXPECT_TRUE(f.describe().contains(QStringLiteral("Other expanded: Nationality")));
    EXPECT_FALSE(FilterState{}.describe().join(QLatin1Char('\n')).contains(QStringLiteral("Other expanded")));
}

TEST(FilterState, fromJsonIgnoresUnknownExpandedDimensions)
{
    QJsonObject o;
    o.insert(QStringLiteral("expand_other"), QJsonArray{QStringLiteral("planet"), QStringLiteral("specialty")});
    const FilterState f = FilterState::fromJson(o);
    EXPECT_TRUE(f.isOtherExpanded(Dimension::Specialty));
    EXPECT_FALSE(f.isOtherExpanded(Dimension::Nationality));
}

TEST(FilterState, describeNamesSelectedCategoriesFromTheCube)
{
    const FilterState f = test::selecting(Dimension::Nationality, {QStringLiteral("Japan"), QStringLiteral("China")});
    EXPECT_TRUE(f.describe(&test::builtinCube()).contains(QStringLiteral("Nationality: Japan, China")));
    const test::LanguageGuard japanese(Language::Japanese);
    const QStringList lines = f.describe(&test::builtinCube());
    EXPECT_TRUE(lines.join(QLatin1Char('\n')).contains(QStringLiteral("日本, 中国"))) << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(lines.join(QLatin1Char('\n')).contains(QStringLiteral("2024年")));
    EXPECT_TRUE(f.describe().join(QLatin1Char('\n')).contains(QStringLiteral("Japan, China"))) << "without a cube: ids";
    EXPECT_EQ(f.selection(Dimension::Nationality), (QStringList{QStringLiteral("Japan"), QStringLiteral("China")}));
}
