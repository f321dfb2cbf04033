#include <model/import/tableinterpreter.h>

#include "interp_fixtures.h"

#include <gtest/gtest.h>

using namespace medtour;
using test::rawTable;
using test::warningsWith;

namespace {

InterpretResult interpret(const RawTable &t)
{
    bool ambiguous = false;
    QStringList notes;
    return interpretTable(t, guessSpec(t, &ambiguous, &notes));
}

InterpretResult interpretOk(const char *csv)
{
    InterpretResult r = interpret(rawTable(csv));
    EXPECT_TRUE(r.cube.has_value()) << r.error.toString().toStdString();
    return r;
}

// The value of the cell (year, measure, nationality, specialty, institution type) or nullopt.
std::optional<qint64> valueAt(const ObservationCube &cube, int year, Measure m, const QString &nat,
                              const QString &spec = {}, const QString &inst = {})
{
    CellKey key{year, m, {}};
    const QStringList ids{nat, spec, inst, QString()};
    for (Dimension d : kAllDimensions) {
        const QString &id = ids.at(static_cast<int>(d));
        if (id.isEmpty())
            continue;
        const auto code = cube.dictionary(d).find(id);
        if (!code)
            return std::nullopt;
        key.codes[static_cast<int>(d)] = *code;
    }
    const int r = cube.find(key);
    return r < 0 ? std::nullopt : cube.row(r).value;
}

void expectErrorAt(const InterpretResult &r, int line, int column, const char *mentions)
{
    ASSERT_FALSE(r.cube.has_value()) << "expected an error";
    EXPECT_EQ(r.error.file, QStringLiteral("t.csv"));
    EXPECT_EQ(r.error.line, line) << r.error.toString().toStdString();
    EXPECT_EQ(r.error.column, column) << r.error.toString().toStdString();
    EXPECT_TRUE(r.error.message.contains(QString::fromUtf8(mentions))) << r.error.message.toStdString();
}

const Measure RP = Measure::RealPatients;

}  // namespace

TEST(TableInterpreter, readsALongKoreanTableOntoTheBuiltInIds)
{
    const auto r = interpretOk("연도,국적,환자수\n2024,일본,\"441,112\"\n2024,합계,\"1,170,467\"\n2024,우간다,5\n");
    const ObservationCube &cube = *r.cube;
    ASSERT_EQ(cube.rowCount(), 3);
    EXPECT_EQ(valueAt(cube, 2024, RP, QStringLiteral("Japan")), 441112);
    EXPECT_EQ(valueAt(cube, 2024, RP, QString()), 1170467);  // 합계 = the Total code
    const auto japan = cube.dictionary(Dimension::Nationality).find(QStringLiteral("Japan"));
    EXPECT_EQ(cube.dictionary(Dimension::Nationality).category(*japan).nameKo, QStringLiteral("일본"));
    // A name the built-in dataset does not know stays as written, Korean name and id alike.
    const auto uganda = cube.dictionary(Dimension::Nationality).find(QStringLiteral("우간다"));
    ASSERT_TRUE(uganda.has_value());
    EXPECT_EQ(cube.dictionary(Dimension::Nationality).category(*uganda).id, QStringLiteral("우간다"));
    EXPECT_EQ(cube.dictionary(Dimension::Nationality).category(*uganda).nameKo, QStringLiteral("우간다"));
    EXPECT_EQ(cube.dictionary(Dimension::Nationality).size(), 3);  // _T, Japan, 우간다: no "합계" category
    EXPECT_TRUE(r.warnings.isEmpty()) << r.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(TableInterpreter, koreanAndEnglishFilesGiveIdenticalCubes)
{
    const auto ko = interpretOk("연도,국적,진료과,환자수\n2024,일본,피부과,100\n2024,미국,성형외과,50\n2024,전체,계,150\n");
    const auto en = interpretOk("Year,Nationality,Specialty,Patients\n2024,Japan,Dermatology,100\n"
                                "2024,United States,Plastic surgery,50\n2024,All,Total,150\n");
    EXPECT_EQ(writeTidyCsv(*ko.cube), writeTidyCsv(*en.cube));
    EXPECT_EQ(valueAt(*ko.cube, 2024, Measure::DepartmentBased, QStringLiteral("Japan"), QStringLiteral("Dermatology")), 100);
}

TEST(TableInterpreter, unpivotsWideYearColumns)
{
    const auto r = interpretOk("국적,2023년,2024 년\n합계,\"605,768\",\"1,170,467\"\n일본,187711명,-\n");
    const ObservationCube &cube = *r.cube;
    EXPECT_EQ(cube.rowCount(), 3);  // "-" is left out, never 0
    EXPECT_EQ(valueAt(cube, 2023, RP, QString()), 605768);
    EXPECT_EQ(valueAt(cube, 2024, RP, QString()), 1170467);
    EXPECT_EQ(valueAt(cube, 2023, RP, QStringLiteral("Japan")), 187711);
    EXPECT_EQ(valueAt(cube, 2024, RP, QStringLiteral("Japan")), std::nullopt);
}

TEST(TableInterpreter, readsDecimalCommaColumnsWhenAutoDetects)
{
    const auto r = interpretOk("국적,2023,2024\n합계,605.768,1.170.467\n일본,187.711,441.112\n");
    EXPECT_EQ(valueAt(*r.cube, 2024, RP, QString()), 1170467);
    EXPECT_EQ(valueAt(*r.cube, 2023, RP, QStringLiteral("Japan")), 187711);
    EXPECT_EQ(r.notes.size(), 2);
}

TEST(TableInterpreter, countsRecordLevelRowsIntoExactCellsAndTotals)
{
    const auto r = interpretOk("방문일자,국적,종별\n"
                               "2024-01-05,일본,의원\n2024-01-09,일본,의원\n2024-02-11,일본,병원\n"
                               "2024-03-02,중국,의원\n2024-03-15,중국,종합병원\n2024-04-20,미국,의원\n"
                               "2023-11-30,일본,의원\n2023-12-01,중국,병원\n2024.05.06,Japan,Clinic\n20240607,태국,의원\n");
    const ObservationCube &cube = *r.cube;
    EXPECT_EQ(r.records, 10);
    EXPECT_EQ(valueAt(cube, 2024, RP, QString()), 8);
    EXPECT_EQ(valueAt(cube, 2023, RP, QString()), 2);
    EXPECT_EQ(valueAt(cube, 2024, RP, QStringLiteral("Japan")), 4);
    EXPECT_EQ(valueAt(cube, 2024, RP, QStringLiteral("China")), 2);
    EXPECT_EQ(valueAt(cube, 2024, RP, QString(), QString(), QStringLiteral("Clinic")), 6);
    EXPECT_EQ(valueAt(cube, 2024, RP, QStringLiteral("Japan"), QString(), QStringLiteral("Clinic")), 3);
    EXPECT_EQ(valueAt(cube, 2024, RP, QStringLiteral("Japan"), QString(), QStringLiteral("Hospital")), 1);
    for (int i = 0; i < cube.rowCount(); ++i)
        EXPECT_EQ(cube.row(i).status, ObservationStatus::Exact);
    // Marginal totals are exact sums of their parts.
    qint64 nationalities = 0;
    for (const QString &n : {QStringLiteral("Japan"), QStringLiteral("China"), QStringLiteral("United States"),
                             QStringLiteral("Thailand")})
        nationalities += valueAt(cube, 2024, RP, n).value_or(0);
    EXPECT_EQ(nationalities, 8);
    EXPECT_TRUE(r.warnings.isEmpty()) << r.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(TableInterpreter, recordLevelTotalsAreRealPatientsAndSpecialtiesDepartmentBased)
{
    const auto r = interpretOk("진료일자,국적,진료과\n2024-01-01,일본,피부과\n2024-01-02,중국,피부과\n"
                               "2024-01-03,일본,성형외과\n2024-01-04,일본,\n");
    const auto DB = Measure::DepartmentBased;
    EXPECT_EQ(valueAt(*r.cube, 2024, DB, QString(), QStringLiteral("Dermatology")), 2);
    EXPECT_EQ(valueAt(*r.cube, 2024, DB, QStringLiteral("Japan"), QStringLiteral("Plastic surgery")), 1);
    EXPECT_EQ(valueAt(*r.cube, 2024, RP, QString()), 4);
    EXPECT_EQ(valueAt(*r.cube, 2024, RP, QStringLiteral("Japan")), 3);
    EXPECT_FALSE(valueAt(*r.cube, 2024, RP, QString(), QStringLiteral("Dermatology")).has_value());
    // The department-based totals are the sums of the cells by specialty (the base of their
    // shares): the record without a specialty is a real patient only.
    EXPECT_EQ(valueAt(*r.cube, 2024, DB, QString()), 3);
    EXPECT_EQ(valueAt(*r.cube, 2024, DB, QStringLiteral("Japan")), 2);
    EXPECT_TRUE(r.notes.contains(QStringLiteral("record-level: each row counted as one patient; cells by specialty are "
                                                "department-based counts")))
        << r.notes.join(QLatin1Char('\n')).toStdString();
}

TEST(TableInterpreter, warnsAboutIgnoredColumnsByName)
{
    const auto r = interpretOk("연도,국적,환자수,담당자,비고2\n2024,일본,1,김,x\n");
    const QStringList w = warningsWith(r.warnings, QStringLiteral("not in the cube"));
    ASSERT_EQ(w.size(), 1) << r.warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(w.first(), QStringLiteral("t.csv:1: columns not in the cube: \"담당자\" (column 4), \"비고2\" (column 5)"));
}

// A wide or long table without a 합계 row loads, but says that its totals, shares and growth
// cannot be computed (the dashboard never sums listed categories into a total).
TEST(TableInterpreter, warnsWhenTheFileHasNoGrandTotal)
{
    const auto wide = interpretOk("국적,2022년,2023년,2024년\n일본,1,2,3\n중국,4,5,6\n");
    EXPECT_EQ(warningsWith(wide.warnings, QStringLiteral("no total")),
              QStringList{QStringLiteral("t.csv: no total (합계 / Total) of real patients for 2022–2024: the key figures, "
                                         "shares and growth of those years cannot be computed; add a total row")})
        << wide.warnings.join(QLatin1Char('\n')).toStdString();
    const auto partly = interpretOk("연도,국적,환자수\n2023,합계,10\n2023,일본,4\n2024,일본,5\n");
    ASSERT_EQ(warningsWith(partly.warnings, QStringLiteral("no total")).size(), 1);
    EXPECT_TRUE(warningsWith(partly.warnings, QStringLiteral("no total")).first().contains(QStringLiteral("for 2024:")));
    const auto complete = interpretOk("국적,2023년,2024년\n합계,10,20\n일본,1,2\n");
    EXPECT_TRUE(warningsWith(complete.warnings, QStringLiteral("no total")).isEmpty());
}

TEST(TableInterpreter, warnsAboutNegativeCounts)
{
    const auto r = interpretOk("연도,국적,환자수\n2024,일본,-5\n");
    EXPECT_EQ(valueAt(*r.cube, 2024, RP, QStringLiteral("Japan")), -5);
    EXPECT_EQ(warningsWith(r.warnings, QStringLiteral("negative count")),
              QStringList{QStringLiteral("t.csv:2:9: negative count -5")});
}

TEST(TableInterpreter, keepsTheFirstOfDuplicateObservationsAndNamesBothLines)
{
    const auto r = interpretOk("연도,국적,환자수\n2024,일본,1\n2024,중국,2\n2024,Japan,3\n");
    EXPECT_EQ(r.cube->rowCount(), 2);
    EXPECT_EQ(valueAt(*r.cube, 2024, RP, QStringLiteral("Japan")), 1);
    const QStringList w = warningsWith(r.warnings, QStringLiteral("duplicate"));
    ASSERT_EQ(w.size(), 1);
    EXPECT_TRUE(w.first().startsWith(QStringLiteral("t.csv:4:"))) << w.first().toStdString();
    EXPECT_TRUE(w.first().contains(QStringLiteral("first on line 2"))) << w.first().toStdString();
}

TEST(TableInterpreter, warnsAboutSharesOver100)
{
    const auto r = interpretOk("연도,국적,환자수,비중\n2024,일본,1,120.5%\n");
    EXPECT_EQ(warningsWith(r.warnings, QStringLiteral("over 100")),
              QStringList{QStringLiteral("t.csv:2:11: share 120.5% over 100")});
    EXPECT_EQ(r.cube->row(0).sharePct, 120.5);
    EXPECT_EQ(r.cube->row(0).shareBase, Dimension::Nationality);
}

TEST(TableInterpreter, warnsWhenPartsExceedTheirPublishedTotal)
{
    const auto r = interpretOk("연도,국적,환자수\n2024,합계,100\n2024,일본,80\n2024,중국,30\n2024,일본+중국,110\n");
    const QStringList w = warningsWith(r.warnings, QStringLiteral("published total"));
    ASSERT_EQ(w.size(), 1) << r.warnings.join(QLatin1Char('\n')).toStdString();
    // The combined row (일본+중국) is not summed with its parts.
    EXPECT_EQ(w.first(), QStringLiteral("t.csv:2: the 2 nationality parts sum to 110, more than their published total "
                                        "100 (2024, real_patients, Total)"));
}

TEST(TableInterpreter, badNumberIsAnErrorWithLineAndColumn)
{
    expectErrorAt(interpret(rawTable("연도,국적,환자수\n2024,일본,1\n2024,중국,12x\n")), 3, 9, "expected a whole number");
    expectErrorAt(interpret(rawTable("연도,국적,환자수,비중\n2024,일본,1,abc\n")), 2, 11, "expected a share in percent");
}

TEST(TableInterpreter, badYearIsAnErrorWithLineAndColumn)
{
    expectErrorAt(interpret(rawTable("연도,국적,환자수\n2024,일본,1\n2O24,중국,2\n")), 3, 1, "expected a year such as 2024");
    expectErrorAt(interpret(rawTable("방문일자,국적\n2024-01-01,일본\nyesterday,중국\n")), 3, 1, "expected a date");
}

TEST(TableInterpreter, aRowLongerThanTheHeaderIsAnError)
{
    expectErrorAt(interpret(rawTable("연도,국적,환자수\n2024,일본,1,extra\n")), 2, 11, "expected at most 3 fields");
    // A trailing delimiter's empty cell is not an error.
    EXPECT_TRUE(interpret(rawTable("연도,국적,환자수\n2024,일본,1,\n")).cube.has_value());
}

TEST(TableInterpreter, noUsableRowsIsAnError)
{
    expectErrorAt(interpret(rawTable("연도,국적,환자수\n2024,일본,-\n2024,중국,\n")), 2, 1, "expected at least one data row");
    expectErrorAt(interpret(rawTable("연도,국적,환자수\n")), 2, 1, "expected at least one data row");
}

TEST(TableInterpreter, aMappingThatDoesNotFitTheHeaderIsAnError)
{
    ImportSpec spec;
    spec.columns = {ColumnMapping{ColumnRole::Year, std::nullopt, 0}};
    const auto r = interpretTable(rawTable("연도,환자수\n2024,1\n"), spec);
    expectErrorAt(r, 1, 1, "the column mapping has 1 columns");
}

TEST(TableInterpreter, readsTheTidyAttributes)
{
    const auto r = interpretOk("year,measure,nationality,nationality_ko,value,share_pct,share_base,status,is_aggregate,"
                               "reported_yoy_pct,confidence,source_ids,note\n"
                               "2024,real_patients,Japan,일본,441112,37.7,nationality,exact,0,135.0,high,S02;S05,Rank 1.\n"
                               "2022,real_patients,Australia,호주,,,,reported_growth_only,0,12.5,medium,S33,\n");
    ASSERT_EQ(r.cube->rowCount(), 2);
    const auto row = r.cube->row(0);
    EXPECT_EQ(row.sharePct, 37.7);
    EXPECT_EQ(row.shareBase, Dimension::Nationality);
    EXPECT_EQ(row.reportedYoyPct, 135.0);
    EXPECT_EQ(row.confidence, QStringLiteral("high"));
    EXPECT_EQ(row.sourceIds, (QStringList{QStringLiteral("S02"), QStringLiteral("S05")}));
    EXPECT_EQ(row.note, QStringLiteral("Rank 1."));
    EXPECT_EQ(r.cube->row(1).status, ObservationStatus::ReportedGrowthOnly);
    EXPECT_TRUE(r.warnings.isEmpty()) << r.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(TableInterpreter, cancelsThroughProgress)
{
    const RawTable t = rawTable("연도,국적,환자수\n2024,일본,1\n");
    bool ambiguous = false;
    const ImportSpec spec = guessSpec(t, &ambiguous, nullptr);
    const auto r = interpretTable(t, spec, [](qint64, qint64) { return false; });
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.cube.has_value());
}

TEST(TableInterpreter, recordLevelTotalRowsAreNotCountedAsRecords)
{
    const auto r = interpretOk("방문일자,국적\n2024-01-01,일본\n2024-01-02,중국\n2024-12-31,합계\n2024-03-01,\n");
    EXPECT_EQ(r.records, 3);
    EXPECT_EQ(valueAt(*r.cube, 2024, RP, QString()), 3);
    EXPECT_EQ(valueAt(*r.cube, 2024, RP, QStringLiteral("Japan")), 1);
    EXPECT_EQ(warningsWith(r.warnings, QStringLiteral("total row")),
              QStringList{QStringLiteral("t.csv: 1 total row (합계 / Total) not counted as records: line 4")});
    EXPECT_EQ(warningsWith(r.warnings, QStringLiteral("without a nationality")).size(), 1);
}

TEST(TableInterpreter, aBadMeasureOrStatusIsAnError)
{
    expectErrorAt(interpret(rawTable("year,measure,value\n2024,patients,1\n")), 2, 6, "expected real_patients");
    expectErrorAt(interpret(rawTable("year,measure,value,status\n2024,real_patients,1,maybe\n")), 2, 22, "expected exact");
}

TEST(TableInterpreter, japaneseNamesResolveToTheBuiltInIdsAndUnknownOnesAreKept)
{
    const auto r = interpretOk("Year,Nationality,Patients\n2024,日本,\"441,112\"\n2024,ウガンダ,5\n2024,Total,\"1,170,467\"\n");
    const CategoryDictionary &dict = r.cube->dictionary(Dimension::Nationality);
    EXPECT_EQ(valueAt(*r.cube, 2024, RP, QStringLiteral("Japan")), 441112);
    const Category &japan = dict.category(*dict.find(QStringLiteral("Japan")));
    EXPECT_EQ(japan.nameKo, QStringLiteral("일본"));
    EXPECT_EQ(japan.nameJa, QStringLiteral("日本"));
    // Kana mark a Japanese name the built-in dataset does not know: id and Japanese name alike.
    const auto uganda = dict.find(QStringLiteral("ウガンダ"));
    ASSERT_TRUE(uganda.has_value());
    EXPECT_EQ(dict.category(*uganda).nameJa, QStringLiteral("ウガンダ"));
    EXPECT_TRUE(dict.category(*uganda).nameKo.isEmpty());
}

TEST(TableInterpreter, tidyJapaneseNameColumnsNameCategoriesTheBuiltInDataLacks)
{
    const auto r = interpretOk("year,measure,nationality,nationality_ko,nationality_ja,value,status\n"
                               "2024,real_patients,Japan,일본,日本,441112,exact\n"
                               "2024,real_patients,Uganda,우간다,ウガンダ,5,exact\n");
    const CategoryDictionary &dict = r.cube->dictionary(Dimension::Nationality);
    const auto uganda = dict.find(QStringLiteral("Uganda"));
    ASSERT_TRUE(uganda.has_value());
    EXPECT_EQ(dict.category(*uganda).nameKo, QStringLiteral("우간다"));
    EXPECT_EQ(dict.category(*uganda).nameJa, QStringLiteral("ウガンダ"));
    EXPECT_EQ(dict.category(*dict.find(QStringLiteral("Japan"))).nameJa, QStringLiteral("日本"));
    for (int i = 0; i < r.cube->rowCount(); ++i)
        EXPECT_TRUE(r.cube->row(i).note.isEmpty()) << "the _ja column is a name, not a note";
    EXPECT_TRUE(r.warnings.isEmpty()) << r.warnings.join(QLatin1Char('\n')).toStdString();
}
