#include <model/import/numberparse.h>

#include "interp_fixtures.h"

#include <gtest/gtest.h>

using namespace medtour;

namespace {
double valueOf(const char *text, NumberLocale l)
{
    const ParsedNumber n = parseNumber(QString::fromUtf8(text), l);
    EXPECT_TRUE(n.isValue()) << text;
    return n.value;
}
}  // namespace

TEST(NumberParse, readsThousandsSeparatorsUnitsAndPercent)
{
    EXPECT_EQ(valueOf("1,170,467", NumberLocale::Dot), 1170467.0);
    EXPECT_EQ(valueOf("1170467", NumberLocale::Dot), 1170467.0);
    EXPECT_EQ(valueOf("441112명", NumberLocale::Dot), 441112.0);
    EXPECT_EQ(valueOf(" 441,112 명 ", NumberLocale::Dot), 441112.0);
    EXPECT_DOUBLE_EQ(valueOf("37.7%", NumberLocale::Dot), 37.7);
    EXPECT_EQ(valueOf("-5", NumberLocale::Dot), -5.0);
    EXPECT_EQ(valueOf("+12", NumberLocale::Dot), 12.0);
    EXPECT_EQ(valueOf("1.170467E6", NumberLocale::Dot), 1170467.0);
}

TEST(NumberParse, readsDecimalCommaWhenTheLocaleIsComma)
{
    EXPECT_EQ(valueOf("1.170.467", NumberLocale::Comma), 1170467.0);
    EXPECT_DOUBLE_EQ(valueOf("37,7", NumberLocale::Comma), 37.7);
    EXPECT_DOUBLE_EQ(valueOf("37,7%", NumberLocale::Comma), 37.7);
    EXPECT_DOUBLE_EQ(valueOf("1.234,5", NumberLocale::Comma), 1234.5);
}

TEST(NumberParse, autoDecidesFromTheTextAlone)
{
    EXPECT_EQ(valueOf("1.170.467", NumberLocale::Auto), 1170467.0);
    EXPECT_EQ(valueOf("1,170,467", NumberLocale::Auto), 1170467.0);
    EXPECT_DOUBLE_EQ(valueOf("37,7", NumberLocale::Auto), 37.7);
    EXPECT_DOUBLE_EQ(valueOf("37.7", NumberLocale::Auto), 37.7);
}

TEST(NumberParse, missingTokensAreMissingNeverZero)
{
    for (const char *t : {"", "  ", "-", "…", "n/a", "N/A", "#N/A", "–"}) {
        const ParsedNumber n = parseNumber(QString::fromUtf8(t), NumberLocale::Dot);
        EXPECT_TRUE(n.isMissing()) << t;
        EXPECT_FALSE(n.isValue()) << t;
        bool invalid = true;
        EXPECT_EQ(parseCount(QString::fromUtf8(t), NumberLocale::Dot, &invalid), std::nullopt) << t;
        EXPECT_FALSE(invalid) << t;
    }
}

TEST(NumberParse, anythingElseIsInvalid)
{
    for (const char *t : {"abc", "12abc", "1,17,0", "37,7", "1.170.467", "--5", "1..2", "%"}) {
        EXPECT_TRUE(parseNumber(QString::fromUtf8(t), NumberLocale::Dot).isInvalid()) << t;
    }
    EXPECT_TRUE(parseNumber(QStringLiteral("1,170,467"), NumberLocale::Comma).isInvalid());
}

TEST(NumberParse, countsMustBeWholeNumbers)
{
    bool invalid = false;
    EXPECT_EQ(parseCount(QStringLiteral("1,170,467"), NumberLocale::Dot, &invalid), 1170467);
    EXPECT_FALSE(invalid);
    EXPECT_EQ(parseCount(QStringLiteral("37.5"), NumberLocale::Dot, &invalid), std::nullopt);
    EXPECT_TRUE(invalid);
    EXPECT_EQ(parseCount(QStringLiteral("1.170.467"), NumberLocale::Comma, &invalid), 1170467);
    EXPECT_FALSE(invalid);
}

TEST(NumberParse, detectsTheLocaleOfAColumn)
{
    EXPECT_EQ(detectNumberLocale({QStringLiteral("1.170.467"), QStringLiteral("605.768")}), NumberLocale::Comma);
    EXPECT_EQ(detectNumberLocale({QStringLiteral("37,7"), QStringLiteral("12,1")}), NumberLocale::Comma);
    EXPECT_EQ(detectNumberLocale({QStringLiteral("605.768"), QStringLiteral("1.170.467")}), NumberLocale::Comma);
    EXPECT_EQ(detectNumberLocale({QStringLiteral("1,170,467"), QStringLiteral("-")}), NumberLocale::Dot);
    EXPECT_EQ(detectNumberLocale({QStringLiteral("37.7"), QStringLiteral("1,170")}), NumberLocale::Dot);
    EXPECT_EQ(detectNumberLocale({QStringLiteral("1,170")}), NumberLocale::Dot);  // undecided: Dot
    EXPECT_EQ(detectNumberLocale({QStringLiteral("1.170.467"), QStringLiteral("37.7")}), NumberLocale::Dot);  // conflict
}

TEST(NumberParse, localeIdsRoundTrip)
{
    for (NumberLocale l : {NumberLocale::Auto, NumberLocale::Dot, NumberLocale::Comma})
        EXPECT_EQ(numberLocaleFromId(numberLocaleId(l)), l);
    EXPECT_EQ(numberLocaleFromId(QStringLiteral("x")), std::nullopt);
}
