#include <model/import/headersynonyms.h>
#include <model/import/importspec.h>

#include "interp_fixtures.h"

#include <gtest/gtest.h>

using namespace medtour;
using test::rawTable;

namespace {

struct Synonym {
    const char *header;
    ColumnRole role;
    std::optional<Dimension> dimension;
};

class HeaderSynonyms : public ::testing::TestWithParam<Synonym> {};

ImportSpec guess(const RawTable &t, bool *ambiguous, QStringList *notes = nullptr)
{
    QStringList n;
    const ImportSpec s = guessSpec(t, ambiguous, notes ? notes : &n);
    return s;
}

}  // namespace

TEST_P(HeaderSynonyms, recognisesEnglishAndKoreanHeaders)
{
    const auto m = headerMeaning(QString::fromUtf8(GetParam().header));
    ASSERT_TRUE(m.has_value()) << GetParam().header;
    EXPECT_EQ(m->role, GetParam().role) << GetParam().header;
    EXPECT_EQ(m->dimension, GetParam().dimension) << GetParam().header;
}

INSTANTIATE_TEST_SUITE_P(
    ImportSpec, HeaderSynonyms,
    ::testing::Values(
        Synonym{"연도", ColumnRole::Year, {}}, Synonym{"년도", ColumnRole::Year, {}}, Synonym{"Year", ColumnRole::Year, {}},
        Synonym{"방문일자", ColumnRole::Date, {}}, Synonym{"진료일자", ColumnRole::Date, {}},
        Synonym{"date", ColumnRole::Date, {}}, Synonym{"Visit date", ColumnRole::Date, {}},
        Synonym{"국적", ColumnRole::Category, Dimension::Nationality},
        Synonym{"Nationality", ColumnRole::Category, Dimension::Nationality},
        Synonym{"country", ColumnRole::Category, Dimension::Nationality},
        Synonym{"진료과", ColumnRole::Category, Dimension::Specialty},
        Synonym{"Specialty", ColumnRole::Category, Dimension::Specialty},
        Synonym{"department", ColumnRole::Category, Dimension::Specialty},
        Synonym{"종별", ColumnRole::Category, Dimension::InstitutionType},
        Synonym{"Institution type", ColumnRole::Category, Dimension::InstitutionType},
        Synonym{"institution_type", ColumnRole::Category, Dimension::InstitutionType},
        Synonym{"시도", ColumnRole::Category, Dimension::Region}, Synonym{"시·도", ColumnRole::Category, Dimension::Region},
        Synonym{"지역", ColumnRole::Category, Dimension::Region}, Synonym{"region", ColumnRole::Category, Dimension::Region},
        Synonym{"nationality_ko", ColumnRole::CategoryKo, Dimension::Nationality},
        Synonym{"환자수", ColumnRole::Patients, {}}, Synonym{"실환자수", ColumnRole::Patients, {}},
        Synonym{"환자수(명)", ColumnRole::Patients, {}}, Synonym{"patients", ColumnRole::Patients, {}},
        Synonym{"Count", ColumnRole::Patients, {}}, Synonym{"value", ColumnRole::Patients, {}},
        Synonym{"비중", ColumnRole::Share, {}}, Synonym{"점유율(%)", ColumnRole::Share, {}},
        Synonym{"share", ColumnRole::Share, {}}, Synonym{"share_pct", ColumnRole::Share, {}},
        Synonym{"measure", ColumnRole::Measure, {}}, Synonym{"status", ColumnRole::Status, {}},
        Synonym{"source_ids", ColumnRole::Other, {}}, Synonym{"note", ColumnRole::Other, {}}));

TEST(ImportSpec, readsYearHeadersOfWideTables)
{
    EXPECT_EQ(yearOfHeader(QStringLiteral("2022")), 2022);
    EXPECT_EQ(yearOfHeader(QStringLiteral("2023년")), 2023);
    EXPECT_EQ(yearOfHeader(QStringLiteral("2024 년")), 2024);
    EXPECT_EQ(yearOfHeader(QStringLiteral("2024年")), 2024);
    EXPECT_EQ(yearOfHeader(QStringLiteral("2024 (명)")), 2024);
    EXPECT_EQ(yearOfHeader(QStringLiteral("20245")), std::nullopt);
    EXPECT_EQ(yearOfHeader(QStringLiteral("연도")), std::nullopt);
}

TEST(ImportSpec, guessesAWideTableAndUnpivotsItsYearColumns)
{
    bool ambiguous = true;
    QStringList notes;
    const ImportSpec s = guess(rawTable("국적,2022,2023년,2024 년\n일본,1,2,3\n"), &ambiguous, &notes);
    EXPECT_FALSE(ambiguous) << notes.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(s.shape, Shape::Wide);
    EXPECT_EQ(s.measure, Measure::RealPatients);
    ASSERT_EQ(s.columns.size(), 4);
    EXPECT_EQ(s.columns[0], (ColumnMapping{ColumnRole::Category, Dimension::Nationality, 0}));
    EXPECT_EQ(s.columns[1], (ColumnMapping{ColumnRole::YearValue, std::nullopt, 2022}));
    EXPECT_EQ(s.columns[2], (ColumnMapping{ColumnRole::YearValue, std::nullopt, 2023}));
    EXPECT_EQ(s.columns[3], (ColumnMapping{ColumnRole::YearValue, std::nullopt, 2024}));
    EXPECT_TRUE(notes.contains(QStringLiteral("shape wide: 3 year columns (2022–2024)"))) << notes.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(notes.contains(QStringLiteral("column 1 \"국적\" = nationality")));
}

TEST(ImportSpec, guessesALongTable)
{
    bool ambiguous = true;
    const ImportSpec s = guess(rawTable("연도,국적,환자수,비중\n2024,일본,441112,37.7\n"), &ambiguous);
    EXPECT_FALSE(ambiguous);
    EXPECT_EQ(s.shape, Shape::Long);
    EXPECT_EQ(s.columns[0].role, ColumnRole::Year);
    EXPECT_EQ(s.columns[2].role, ColumnRole::Patients);
    EXPECT_EQ(s.columns[3].role, ColumnRole::Share);
}

TEST(ImportSpec, guessesTheTidyLayout)
{
    bool ambiguous = true;
    const ImportSpec s = guess(rawTable("year,measure,nationality,nationality_ko,value,share_pct,status,note\n"
                                        "2024,real_patients,Japan,일본,441112,37.7,exact,\n"),
                               &ambiguous);
    EXPECT_FALSE(ambiguous);
    EXPECT_EQ(s.shape, Shape::Tidy);
    EXPECT_EQ(s.columns[1].role, ColumnRole::Measure);
    EXPECT_EQ(s.columns[3], (ColumnMapping{ColumnRole::CategoryKo, Dimension::Nationality, 0}));
    EXPECT_EQ(s.columns[7].role, ColumnRole::Other);
}

TEST(ImportSpec, guessesRecordLevelRowsWithoutACountColumn)
{
    bool ambiguous = true;
    const ImportSpec s = guess(rawTable("방문일자,국적,종별\n2024-01-05,일본,의원\n"), &ambiguous);
    EXPECT_FALSE(ambiguous);
    EXPECT_EQ(s.shape, Shape::RecordLevel);
    EXPECT_EQ(s.columns[0].role, ColumnRole::Date);
    EXPECT_EQ(s.measure, Measure::RealPatients);
}

TEST(ImportSpec, specialtyCategoriesMeanDepartmentBasedCounts)
{
    bool ambiguous = true;
    QStringList notes;
    const ImportSpec s = guess(rawTable("연도,진료과,환자수\n2024,피부과,705044\n"), &ambiguous, &notes);
    EXPECT_FALSE(ambiguous);
    EXPECT_EQ(s.measure, Measure::DepartmentBased);
    // The count header says real patients while the categories are specialties: ask.
    guess(rawTable("연도,진료과,실환자수\n2024,피부과,705044\n"), &ambiguous);
    EXPECT_TRUE(ambiguous);
}

TEST(ImportSpec, isAmbiguousWithoutYearOrWithTwoCandidatesOrWithoutCount)
{
    bool ambiguous = false;
    guess(rawTable("국적,환자수\n일본,441112\n"), &ambiguous);
    EXPECT_TRUE(ambiguous) << "no year";
    ambiguous = false;
    const ImportSpec two = guess(rawTable("연도,국적,환자수,count\n2024,일본,1,2\n"), &ambiguous);
    EXPECT_TRUE(ambiguous) << "two count columns";
    EXPECT_EQ(two.columns[2].role, ColumnRole::Patients);
    EXPECT_EQ(two.columns[3].role, ColumnRole::Ignore);
    ambiguous = false;
    guess(rawTable("연도,년도,국적,환자수\n2024,2024,일본,1\n"), &ambiguous);
    EXPECT_TRUE(ambiguous) << "two year columns";
    ambiguous = false;
    guess(rawTable("연도,국적,비중\n2024,일본,37.7\n"), &ambiguous);
    EXPECT_TRUE(ambiguous) << "shares only, no count";
}

TEST(ImportSpec, aKoreanTwinOfACategoryColumnIsItsKoreanName)
{
    bool ambiguous = true;
    const ImportSpec s = guess(rawTable("year,nationality,국적,patients\n2024,Japan,일본,441112\n"), &ambiguous);
    EXPECT_FALSE(ambiguous);
    EXPECT_EQ(s.columns[1].role, ColumnRole::Category);
    EXPECT_EQ(s.columns[2], (ColumnMapping{ColumnRole::CategoryKo, Dimension::Nationality, 0}));
}

TEST(ImportSpec, unknownHeadersAreGuessedFromValuesOrIgnoredWithANote)
{
    bool ambiguous = true;
    QStringList notes;
    const ImportSpec s = guess(rawTable("구분,2023년,2024년,담당자\n일본,1,2,김\n중국,3,4,이\n"), &ambiguous, &notes);
    EXPECT_FALSE(ambiguous);
    EXPECT_EQ(s.columns[0], (ColumnMapping{ColumnRole::Category, Dimension::Nationality, 0}));
    EXPECT_EQ(s.columns[3].role, ColumnRole::Ignore);
    EXPECT_TRUE(notes.contains(QStringLiteral("column 1 \"구분\" = nationality (guessed from its values)")));
    EXPECT_TRUE(notes.contains(QStringLiteral("column 4 \"담당자\" ignored: not a known column")));
}

TEST(ImportSpec, roundTripsThroughJson)
{
    bool ambiguous = false;
    ImportSpec s = guess(rawTable("국적,진료과,2023년,2024년,비고\n일본,피부과,1,2,x\n"), &ambiguous);
    s.numberLocale = NumberLocale::Comma;
    const auto back = ImportSpec::fromJson(s.toJson());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, s);
    EXPECT_EQ(s.toJson().value(QStringLiteral("shape")).toString(), QStringLiteral("wide"));
    QJsonObject bad = s.toJson();
    bad.insert(QStringLiteral("shape"), QStringLiteral("round"));
    EXPECT_FALSE(ImportSpec::fromJson(bad).has_value());
}

TEST(ImportSpec, headerSignatureIgnoresCaseAndSpaces)
{
    EXPECT_EQ(ImportSpec::headerSignature({QStringLiteral(" Year"), QStringLiteral("국적 ")}),
              ImportSpec::headerSignature({QStringLiteral("year"), QStringLiteral("국적")}));
    EXPECT_NE(ImportSpec::headerSignature({QStringLiteral("year"), QStringLiteral("국적")}),
              ImportSpec::headerSignature({QStringLiteral("국적"), QStringLiteral("year")}));
}

TEST(ImportSpec, totalLabelsAreRecognised)
{
    for (const char *t : {"합계", "계", "총계", "전체", "Total", " TOTAL ", "All", "_T"})
        EXPECT_TRUE(isTotalLabel(QString::fromUtf8(t))) << t;
    for (const char *t : {"일본", "소계", "Totals"})
        EXPECT_FALSE(isTotalLabel(QString::fromUtf8(t))) << t;
}

TEST(ImportSpec, aTotalColumnOfAWideTableIsNotACategoryNorACount)
{
    bool ambiguous = true;
    QStringList notes;
    const ImportSpec s = guess(rawTable("국적,2023년,2024년,합계\n일본,1,2,3\n"), &ambiguous, &notes);
    EXPECT_FALSE(ambiguous);
    EXPECT_EQ(s.columns[3].role, ColumnRole::Ignore);
    EXPECT_TRUE(notes.contains(QStringLiteral("column 4 \"합계\" ignored: a total across columns")));
}

TEST(ImportSpec, asksWhenAWideTableHasNoRecognisableCategoryColumn)
{
    bool ambiguous = false;
    QStringList notes;
    guess(rawTable("구분,2023년,2024년\nA병원,1,2\nB병원,3,4\n"), &ambiguous, &notes);
    EXPECT_TRUE(ambiguous) << notes.join(QLatin1Char('\n')).toStdString();
}
