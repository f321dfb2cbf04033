// Language ids, category names per language, years, dates and myriad units per language.
#include "languageguard.h"

#include <model/language.h>
#include <model/numberformat.h>

#include <gtest/gtest.h>

using namespace medtour;
using medtour::test::LanguageGuard;

TEST(Language, idsRoundTripAndAcceptLocaleNames)
{
    for (Language lang : {Language::English, Language::Korean, Language::Japanese})
        EXPECT_EQ(languageFromId(languageId(lang)), lang);
    EXPECT_EQ(languageFromId(QStringLiteral("KO")), Language::Korean);
    EXPECT_EQ(languageFromId(QStringLiteral("ja_JP")), Language::Japanese);
    EXPECT_EQ(languageFromId(QStringLiteral("en-GB")), Language::English);
    EXPECT_FALSE(languageFromId(QStringLiteral("zh")).has_value());
    EXPECT_FALSE(languageFromId(QStringLiteral("korean")).has_value());
    EXPECT_FALSE(languageFromId(QString()).has_value());
}

TEST(Language, systemLocaleChoosesKoreanJapaneseOrEnglish)
{
    EXPECT_EQ(languageForLocale(QLocale(QLocale::Korean, QLocale::SouthKorea)), Language::Korean);
    EXPECT_EQ(languageForLocale(QLocale(QLocale::Japanese, QLocale::Japan)), Language::Japanese);
    EXPECT_EQ(languageForLocale(QLocale(QLocale::German, QLocale::Germany)), Language::English);
    EXPECT_EQ(languageForLocale(QLocale::c()), Language::English);
}

TEST(Language, categoryNameFollowsTheLanguageAndFallsBackToTheId)
{
    const Category japan{QStringLiteral("Japan"), QStringLiteral("일본"), false, QStringLiteral("日本")};
    EXPECT_EQ(localizedName(japan, Language::English), QStringLiteral("Japan"));
    EXPECT_EQ(localizedName(japan, Language::Korean), QStringLiteral("일본"));
    EXPECT_EQ(localizedName(japan, Language::Japanese), QStringLiteral("日本"));
    const Category onlyEnglish{QStringLiteral("Atlantis"), {}, false, {}};
    EXPECT_EQ(localizedName(onlyEnglish, Language::Korean), QStringLiteral("Atlantis"));
    EXPECT_EQ(localizedName(onlyEnglish, Language::Japanese), QStringLiteral("Atlantis"));
    LanguageGuard guard(Language::Japanese);
    EXPECT_EQ(localizedName(japan), QStringLiteral("日本"));
}

TEST(Language, yearsAndDatesPerLanguage)
{
    EXPECT_EQ(formatYear(2024, Language::English), QStringLiteral("2024"));
    EXPECT_EQ(formatYear(2024, Language::Korean), QStringLiteral("2024년"));
    EXPECT_EQ(formatYear(2024, Language::Japanese), QStringLiteral("2024年"));
    const QDate date(2026, 11, 29);
    EXPECT_EQ(formatDate(date, Language::English), QStringLiteral("29 November 2026"));
    EXPECT_EQ(formatDate(date, Language::Korean), QStringLiteral("2026년 11월 29일"));
    EXPECT_EQ(formatDate(date, Language::Japanese), QStringLiteral("2026年11月29日"));
    EXPECT_TRUE(formatDate(QDate(), Language::Korean).isEmpty());
}

TEST(Language, myriadUnitsAreKoreanOrJapanese)
{
    {
        LanguageGuard guard(Language::Korean);
        EXPECT_EQ(formatKoreanUnits(1170467), QStringLiteral("117만 467"));
        EXPECT_EQ(formatKoreanUnitsCompact(1170467), QStringLiteral("117만"));
    }
    {
        LanguageGuard guard(Language::Japanese);
        EXPECT_EQ(formatKoreanUnits(1170467), QStringLiteral("117万467"));
        EXPECT_EQ(formatKoreanUnits(123456789), QStringLiteral("1億2345万6789"));
        EXPECT_EQ(formatKoreanUnits(705044), QStringLiteral("70万5044"));
        EXPECT_EQ(formatKoreanUnitsCompact(150000000), QStringLiteral("1.5億"));
        EXPECT_EQ(formatCountKorean(146000, ObservationStatus::Rounded1000), QStringLiteral("≈14万6000"));
    }
    // Plain counts never change with the language.
    for (Language lang : {Language::English, Language::Korean, Language::Japanese}) {
        LanguageGuard guard(lang);
        EXPECT_EQ(formatCount(1170467), QStringLiteral("1,170,467"));
        EXPECT_EQ(formatGrowth(93.2), QStringLiteral("+93.2%"));
        EXPECT_EQ(formatPercent(37.7), QStringLiteral("37.7%"));
    }
}
