// The source line follows the dataset: the official statistics for the built-in data, the
// file's name for a user's own file, both for a merged dataset (model/builtindataset.h).
#include <model/builtindataset.h>
#include <model/observation.h>

#include <gtest/gtest.h>

using namespace medtour;

TEST(SourceLine, theBuiltinDatasetCreditsTheOfficialStatistics)
{
    EXPECT_EQ(sourceLineFor(builtinProvenance()), sourceLine());
    EXPECT_EQ(sourceLine(), QStringLiteral("Source: MOHW / KHIDI, 외국인환자 유치실적"));
    EXPECT_EQ(sourceLineFor(QString()), sourceLine()) << "a cube built in code";
}

TEST(SourceLine, aUserFileIsItsOwnSource)
{
    EXPECT_EQ(sourceLineFor(QStringLiteral("/home/analyst/data/clinic_2024.csv")),
              QStringLiteral("Source: clinic_2024.csv (user file)"));
    EXPECT_EQ(sourceLineFor(builtinProvenance() + QStringLiteral(" + /tmp/clinic_2024.csv")),
              QStringLiteral("Source: MOHW / KHIDI, 외국인환자 유치실적 + clinic_2024.csv (user file)"));
}
