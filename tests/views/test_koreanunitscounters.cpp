// Korean units with the counter word of the language (issue 7: "117만 467명" in Korean): the
// KPI strip and the chart tooltips, in Korean, Japanese and English, and back to plain numbers.
#include <views/charttooltips.h>
#include <views/kpistrip.h>
#include <views/translations.h>

#include <model/dashboardmodel.h>
#include <model/numberformat.h>

#include <gtest/gtest.h>

#include "builtinmodeltest.h"

using namespace medtour;
using Kpi = KpiStrip::Kpi;

namespace {

using KoreanUnitsCounters = test::BuiltinModelTest;

MarkFacts japan2024()
{
    MarkFacts facts;
    facts.categoryId = QStringLiteral("Japan");
    facts.nameKo = QStringLiteral("일본");
    facts.nameJa = QStringLiteral("日本");
    facts.year = 2024;
    facts.measure = Measure::RealPatients;
    facts.cell.value = 441112;
    facts.cell.sharePct = 37.7;
    return facts;
}

}  // namespace

TEST_F(KoreanUnitsCounters, theCounterWordFollowsTheMeasureAndTheLanguage)
{
    applyLanguage(Language::Korean);
    EXPECT_EQ(formatCountKoreanWithCounter(1170467, ObservationStatus::Exact, Measure::RealPatients), QStringLiteral("117만 467명"));
    EXPECT_EQ(formatCountKoreanWithCounter(705044, ObservationStatus::Exact, Measure::DepartmentBased), QStringLiteral("70만 5,044건"));
    EXPECT_EQ(formatCountKoreanWithCounter(202, ObservationStatus::Exact, Measure::CountriesOfOrigin), QStringLiteral("202개국"));
    EXPECT_EQ(formatCountKoreanWithCounter(146000, ObservationStatus::Rounded1000, Measure::RealPatients), QStringLiteral("≈14만 6,000명"));
    EXPECT_EQ(formatCountKoreanWithCounter(std::nullopt, ObservationStatus::ShareOnly, Measure::RealPatients), notAvailableText())
        << "a missing figure gets no counter";

    applyLanguage(Language::Japanese);
    EXPECT_EQ(formatCountKoreanWithCounter(1170467, ObservationStatus::Exact, Measure::RealPatients), QStringLiteral("117万467人"));
    EXPECT_EQ(formatCountKoreanWithCounter(705044, ObservationStatus::Exact, Measure::DepartmentBased), QStringLiteral("70万5044件"));
    EXPECT_EQ(formatCountKoreanWithCounter(202, ObservationStatus::Exact, Measure::CountriesOfOrigin), QStringLiteral("202か国"));

    applyLanguage(Language::English);
    EXPECT_EQ(formatCountKoreanWithCounter(1170467, ObservationStatus::Exact, Measure::RealPatients), QStringLiteral("117만 467"));
}

TEST_F(KoreanUnitsCounters, kpiStripShowsKoreanUnitsWithTheCounterAndPlainNumbersWhenOff)
{
    KpiStrip strip(nullptr);
    strip.setSummary(model.summary());
    applyLanguage(Language::Korean);
    EXPECT_EQ(strip.valueText(Kpi::Total), QStringLiteral("1,170,467")) << "off by default";

    strip.setKoreanUnits(true);
    EXPECT_EQ(strip.valueText(Kpi::Total), QStringLiteral("117만 467명"));
    EXPECT_EQ(strip.detailText(Kpi::TopNationality), QStringLiteral("44만 1,112명"));
    EXPECT_TRUE(strip.detailText(Kpi::TopSpecialty).contains(QStringLiteral("70만 5,044"))) << qPrintable(strip.detailText(Kpi::TopSpecialty));
    EXPECT_EQ(strip.valueText(Kpi::CountriesOfOrigin), QStringLiteral("202개국"));
    EXPECT_EQ(strip.valueText(Kpi::Growth), QStringLiteral("+93.2%")) << "percent never changes";
    EXPECT_EQ(strip.valueText(Kpi::TopNationality), QStringLiteral("일본 37.7%"));

    applyLanguage(Language::Japanese);
    EXPECT_EQ(strip.valueText(Kpi::Total), QStringLiteral("117万467人"));
    EXPECT_EQ(strip.detailText(Kpi::TopNationality), QStringLiteral("44万1112人"));

    applyLanguage(Language::English);
    EXPECT_EQ(strip.valueText(Kpi::Total), QStringLiteral("117만 467"));

    strip.setKoreanUnits(false);
    EXPECT_EQ(strip.valueText(Kpi::Total), QStringLiteral("1,170,467"));
    EXPECT_EQ(strip.detailText(Kpi::TopNationality), QStringLiteral("441,112 patients"));
}

TEST_F(KoreanUnitsCounters, tooltipsCountWithTheCounterOnlyInKoreanUnits)
{
    applyLanguage(Language::Korean);
    const QString korean = markToolTipText(japan2024(), true);
    EXPECT_TRUE(korean.contains(QStringLiteral("44만 1,112명"))) << qPrintable(korean);
    const QString plain = markToolTipText(japan2024(), false);
    EXPECT_TRUE(plain.contains(QStringLiteral("441,112"))) << qPrintable(plain);
    EXPECT_FALSE(plain.contains(QStringLiteral("441,112명"))) << "plain numbers name their unit in the label";

    applyLanguage(Language::Japanese);
    const QString japanese = markToolTipText(japan2024(), true);
    EXPECT_TRUE(japanese.contains(QStringLiteral("44万1112人"))) << qPrintable(japanese);
}
