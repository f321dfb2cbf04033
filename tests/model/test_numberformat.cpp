#include <model/numberformat.h>

#include "fixtures.h"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

using namespace medtour;

struct CountCase {
    std::optional<qint64> value;
    ObservationStatus status;
    const char *text;
};

class FormatCount : public ::testing::TestWithParam<CountCase> {};

TEST_P(FormatCount, groupsThousandsAndMarksApproximation)
{
    const CountCase c = GetParam();
    EXPECT_EQ(formatCount(c.value, c.status), QString::fromUtf8(c.text));
}

INSTANTIATE_TEST_SUITE_P(NumberFormat, FormatCount,
    ::testing::Values(CountCase{1170467, ObservationStatus::Exact, "1,170,467"},
                      CountCase{146000, ObservationStatus::Rounded1000, "≈146,000"},
                      CountCase{145842, ObservationStatus::Derived, "≈145,842"},
                      CountCase{25000, ObservationStatus::Approximate, "≈25,000"},
                      CountCase{701753, ObservationStatus::Summed, "701,753"},  // sum of exact parts
                      CountCase{std::nullopt, ObservationStatus::Exact, "n/a"},
                      CountCase{std::nullopt, ObservationStatus::ShareOnly, "n/a"},
                      CountCase{0, ObservationStatus::Exact, "0"},
                      CountCase{999, ObservationStatus::Exact, "999"},
                      CountCase{1000, ObservationStatus::Exact, "1,000"},
                      CountCase{100000, ObservationStatus::Exact, "100,000"},
                      CountCase{-1234, ObservationStatus::Exact, "−1,234"},
                      CountCase{1000000000000, ObservationStatus::Exact, "1,000,000,000,000"}));

struct PercentCase {
    std::optional<double> pct;
    bool approximate;
    const char *share;
    const char *growth;
};

class FormatPercent : public ::testing::TestWithParam<PercentCase> {};

TEST_P(FormatPercent, oneDecimalAndSignedGrowth)
{
    const PercentCase c = GetParam();
    if (c.share) {  // shares are never negative; their text is not pinned
        EXPECT_EQ(formatPercent(c.pct, c.approximate), QString::fromUtf8(c.share));
    }
    EXPECT_EQ(formatGrowth(c.pct, c.approximate), QString::fromUtf8(c.growth));
}

INSTANTIATE_TEST_SUITE_P(NumberFormat, FormatPercent,
    ::testing::Values(PercentCase{37.7, false, "37.7%", "+37.7%"},
                      PercentCase{37.687, false, "37.7%", "+37.7%"},
                      PercentCase{(1170467.0 / 605768.0 - 1.0) * 100.0, false, "93.2%", "+93.2%"},
                      PercentCase{-76.5, false, nullptr, "−76.5%"},
                      PercentCase{-76.54, false, nullptr, "−76.5%"},
                      PercentCase{56.6, true, "≈56.6%", "≈+56.6%"},
                      PercentCase{0.0, false, "0.0%", "+0.0%"},
                      PercentCase{-0.04, false, nullptr, "+0.0%"},  // no "−0.0%" growth
                      PercentCase{std::nullopt, false, "n/a", "n/a"},
                      PercentCase{std::nullopt, true, "n/a", "n/a"},
                      PercentCase{std::numeric_limits<double>::quiet_NaN(), false, "n/a", "n/a"},
                      PercentCase{std::numeric_limits<double>::infinity(), false, "n/a", "n/a"}));

TEST(NumberFormat, largeNumbersNeverUseExponents)
{
    EXPECT_EQ(formatCount(qint64(1e12)), QStringLiteral("1,000,000,000,000"));
    EXPECT_FALSE(formatPercent(1e12).contains(QLatin1Char('e')));
    EXPECT_FALSE(formatGrowth(1e12).contains(QLatin1Char('e')));
    EXPECT_EQ(formatGrowth(1e12), QStringLiteral("+1000000000000.0%"));
    EXPECT_FALSE(formatCount(std::numeric_limits<qint64>::max()).contains(QLatin1Char('e')));
}

TEST(NumberFormat, growthUsesTheTypographicMinus)
{
    const QString text = formatGrowth(-76.5);
    EXPECT_EQ(text.at(0), QChar(0x2212));
    EXPECT_FALSE(text.contains(QLatin1Char('-')));
}

class RoundToOneDecimal : public ::testing::TestWithParam<std::pair<double, double>> {};

TEST_P(RoundToOneDecimal, roundsHalfAwayFromZero)
{
    EXPECT_DOUBLE_EQ(roundToOneDecimal(GetParam().first), GetParam().second);
}

INSTANTIATE_TEST_SUITE_P(NumberFormat, RoundToOneDecimal,
    ::testing::Values(std::make_pair(37.687, 37.7), std::make_pair(56.6, 56.6), std::make_pair(2.25, 2.3),
                      std::make_pair(-2.25, -2.3), std::make_pair(93.2189, 93.2), std::make_pair(0.0, 0.0),
                      std::make_pair(134.9962, 135.0)));

TEST(NumberFormat, koreanUnitsSplitIntoManAndEok)
{
    EXPECT_EQ(formatKoreanUnits(1170467), QStringLiteral("117만 467"));
    EXPECT_EQ(formatKoreanUnits(605768), QStringLiteral("60만 5,768"));
    EXPECT_EQ(formatKoreanUnits(123456789), QStringLiteral("1억 2,345만 6,789"));
    EXPECT_EQ(formatKoreanUnits(10000), QStringLiteral("1만"));
    EXPECT_EQ(formatKoreanUnits(9999), QStringLiteral("9,999"));
    EXPECT_EQ(formatKoreanUnits(-20000), QStringLiteral("−2만"));
    EXPECT_EQ(formatCountKorean(146000, ObservationStatus::Rounded1000), QStringLiteral("≈14만 6,000"));
    EXPECT_EQ(formatCountKorean(std::nullopt), QStringLiteral("n/a"));
}

TEST(NumberFormat, compactKoreanUnitsForAxisTicks)
{
    EXPECT_EQ(formatKoreanUnitsCompact(1170467), QStringLiteral("117만"));
    EXPECT_EQ(formatKoreanUnitsCompact(250000), QStringLiteral("25만"));
    EXPECT_EQ(formatKoreanUnitsCompact(25000), QStringLiteral("2.5만"));
    EXPECT_EQ(formatKoreanUnitsCompact(150000000), QStringLiteral("1.5억"));
    EXPECT_EQ(formatKoreanUnitsCompact(1500), QStringLiteral("1,500"));
    EXPECT_EQ(formatKoreanUnitsCompact(0), QStringLiteral("0"));
    EXPECT_FALSE(formatKoreanUnitsCompact(1e15).contains(QStringLiteral("e+")));
}
