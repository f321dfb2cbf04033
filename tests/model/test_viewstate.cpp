#include <model/viewstate.h>

#include "fixtures.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

ViewState exampleView()
{
    ViewState v;
    v.filter = test::selecting(Dimension::Nationality, {QStringLiteral("Japan")}, 2023);
    v.filter.fromYear = 2015;
    v.filter.topN = 7;
    v.filter.setOtherExpanded(Dimension::Specialty, true);
    v.nationalityMode = ShareChartMode::RankedBars;
    v.specialtyMode = SpecialtyChartMode::GroupedYears;
    v.nationalityValueKind = ChartValueKind::Share;
    v.koreanUnits = true;
    v.growthLogScale = true;
    return v;
}

}  // namespace

TEST(ViewState, jsonRoundTripsThroughText)
{
    const ViewState v = exampleView();
    const QJsonObject json = v.toJson();
    EXPECT_EQ(json.value(QStringLiteral("format")).toString(), QStringLiteral("medtour-view"));
    EXPECT_EQ(json.value(QStringLiteral("version")).toInt(), 1);
    EXPECT_EQ(json.value(QStringLiteral("charts")).toObject().value(QStringLiteral("specialty_mode")).toString(),
              QStringLiteral("grouped_years"));
    QString error;
    const auto back = ViewState::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object(), &error);
    ASSERT_TRUE(back.has_value()) << error.toStdString();
    EXPECT_EQ(*back, v);
    EXPECT_EQ(back->focusYear(), 2023);
    EXPECT_NE(*back, ViewState{});
}

TEST(ViewState, rejectsOtherFormatsAndNewerVersions)
{
    QString error;
    EXPECT_FALSE(ViewState::fromJson(QJsonObject{{QStringLiteral("format"), QStringLiteral("other")}}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("medtour-view")));
    QJsonObject newer = ViewState{}.toJson();
    newer.insert(QStringLiteral("version"), 2);
    EXPECT_FALSE(ViewState::fromJson(newer, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("version 2")));
}

TEST(ViewState, unknownOptionSpellingsFallBackToDefaults)
{
    QJsonObject json = ViewState{}.toJson();
    json.insert(QStringLiteral("charts"), QJsonObject{{QStringLiteral("nationality_mode"), QStringLiteral("radar")}});
    const auto v = ViewState::fromJson(json, nullptr);
    ASSERT_TRUE(v.has_value());
    EXPECT_EQ(v->nationalityMode, ShareChartMode::Donut);
    EXPECT_FALSE(v->koreanUnits);
}

TEST(ViewState, resolveDropsMissingCategoriesWithAWarning)
{
    ViewState v;
    v.filter.selection(Dimension::Nationality) = {QStringLiteral("Japan"), QStringLiteral("Atlantis")};
    v.filter.selection(Dimension::Specialty) = {QStringLiteral("피부과")};  // Korean name
    QStringList warnings;
    const ViewState r = v.resolveAgainst(test::builtinCube(), &warnings);
    EXPECT_EQ(r.filter.selection(Dimension::Nationality), QStringList{QStringLiteral("Japan")});
    EXPECT_EQ(r.filter.selection(Dimension::Specialty), QStringList{QStringLiteral("Dermatology")});
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings.first(), QStringLiteral("Nationality \"Atlantis\" is not in the data; left out"));
}

TEST(ViewState, resolveClampsYearsIntoTheDataAndSaysSo)
{
    ViewState v;
    v.filter.focusYear = 2031;
    v.filter.toYear = 2031;
    QStringList warnings;
    const ViewState r = v.resolveAgainst(test::builtinCube(), &warnings);
    EXPECT_EQ(r.filter.focusYear, 2024);
    EXPECT_EQ(r.filter.toYear, 2024);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings.first().contains(QStringLiteral("2009–2024")));
    QStringList none;
    EXPECT_EQ(ViewState{}.resolveAgainst(test::builtinCube(), &none), ViewState{});
    EXPECT_TRUE(none.isEmpty());
}

// Values a view file cannot use fall back to their defaults, each with a warning; a valid view
// (also one that leaves keys out) has none.
TEST(ViewStateTest, unusableValuesAreWarnedAboutAndFallBack)
{
    const QJsonObject bad{
        {QStringLiteral("format"), QStringLiteral("medtour-view")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("filter"), QJsonObject{{QStringLiteral("nationality"), QStringLiteral("Japan")},
                                               {QStringLiteral("top_n"), 1000},
                                               {QStringLiteral("focus_year"), QStringLiteral("2024")}}},
        {QStringLiteral("charts"), QJsonObject{{QStringLiteral("korean_units"), QStringLiteral("yes")},
                                               {QStringLiteral("nationality_mode"), QStringLiteral("pie")}}}};
    QString error;
    QStringList warnings;
    const auto v = ViewState::fromJson(bad, &error, &warnings);
    ASSERT_TRUE(v.has_value()) << error.toStdString();
    EXPECT_TRUE(v->filter.selection(Dimension::Nationality).isEmpty());
    EXPECT_FALSE(v->koreanUnits);
    EXPECT_EQ(v->nationalityMode, ShareChartMode::Donut);
    ASSERT_EQ(warnings.size(), 5) << warnings.join(QLatin1Char('\n')).toStdString();
    const QString all = warnings.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("\"filter.nationality\": expected a list of names [\"Japan\", …], found \"Japan\"; ignored")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("\"filter.top_n\": 1000 is outside 1–50; 50 is used")));
    EXPECT_TRUE(all.contains(QStringLiteral("\"filter.focus_year\": expected a whole number, found \"2024\"")));
    EXPECT_TRUE(all.contains(QStringLiteral("\"charts.korean_units\": expected true / false, found \"yes\"")));
    EXPECT_TRUE(all.contains(QStringLiteral("\"charts.nationality_mode\": expected donut / ranked_bars, found \"pie\"")));

    // Fractional and huge numbers are not years or a top N either (toInt() would ignore them).
    warnings.clear();
    const QJsonObject fractional{{QStringLiteral("format"), QStringLiteral("medtour-view")},
                                 {QStringLiteral("version"), 1},
                                 {QStringLiteral("filter"), QJsonObject{{QStringLiteral("top_n"), 2.5},
                                                                        {QStringLiteral("focus_year"), 2023.5},
                                                                        {QStringLiteral("from_year"), 1e10}}}};
    const auto f = ViewState::fromJson(fractional, &error, &warnings);
    ASSERT_TRUE(f.has_value());
    EXPECT_EQ(f->filter.topN, FilterState{}.topN);
    ASSERT_EQ(warnings.size(), 3) << warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("\"filter.top_n\": expected a whole number, found 2.5; ignored")));
    EXPECT_FALSE(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("outside 1–50")));

    warnings.clear();
    ASSERT_TRUE(ViewState::fromJson(ViewState{}.toJson(), &error, &warnings).has_value());
    EXPECT_TRUE(warnings.isEmpty()) << warnings.join(QLatin1Char('\n')).toStdString();
    ASSERT_TRUE(ViewState::fromJson(QJsonObject{{QStringLiteral("format"), QStringLiteral("medtour-view")}, {QStringLiteral("version"), 1}},
                                    &error, &warnings)
                    .has_value());
    EXPECT_TRUE(warnings.isEmpty()) << "absent keys take their defaults silently";
}
