#include <model/tidycsv.h>

#include "fixtures.h"

#include <gtest/gtest.h>

using namespace medtour;
using test::kHeader;

namespace {
const QByteArray kTotal2024 = "2024,real_patients,_T,,_T,,_T,,_T,,1170467,,,exact,0,93.2,high,S01;S05,";
const QByteArray kJapan2024 =
    "2024,real_patients,Japan,일본,_T,,_T,,_T,,441112,37.7,nationality,exact,0,135.0,high,S02;S05,Rank 1.";
const QByteArray kUs2022 = "2022,real_patients,United States,미국,_T,,_T,,_T,,,17.8,nationality,share_only,0,,high,S33,";

QByteArray joinLines(const QList<QByteArray> &lines, const QByteArray &eol)
{
    QByteArray out;
    for (const QByteArray &l : lines)
        out += l + eol;
    return out;
}

TidyCsvReader::Result parse(const QByteArray &data)
{
    return TidyCsvReader::parse(data, QStringLiteral("user.csv"));
}

// Asserts a failed parse whose error sits at file:line:column.
void expectErrorAt(const TidyCsvReader::Result &r, int line, int column, const char *mentions)
{
    ASSERT_FALSE(r.cube.has_value()) << "expected an error";
    EXPECT_EQ(r.error.file, QStringLiteral("user.csv"));
    EXPECT_EQ(r.error.line, line) << r.error.toString().toStdString();
    EXPECT_EQ(r.error.column, column) << r.error.toString().toStdString();
    EXPECT_TRUE(r.error.message.contains(QString::fromUtf8(mentions))) << r.error.message.toStdString();
    EXPECT_TRUE(r.error.toString().startsWith(QStringLiteral("user.csv:%1:%2: ").arg(line).arg(column)));
}
}  // namespace

TEST(TidyCsvReader, readsTheOfficialRow)
{
    const auto r = parse(joinLines({kHeader, kJapan2024}, "\n"));
    ASSERT_TRUE(r.cube) << r.error.toString().toStdString();
    ASSERT_EQ(r.cube->rowCount(), 1);
    const auto row = r.cube->row(0);
    EXPECT_EQ(row.key.year, 2024);
    EXPECT_EQ(row.key.measure, Measure::RealPatients);
    EXPECT_EQ(r.cube->dictionary(Dimension::Nationality).category(row.key.codes[0]).id, QStringLiteral("Japan"));
    EXPECT_EQ(r.cube->dictionary(Dimension::Nationality).category(row.key.codes[0]).nameKo, QStringLiteral("일본"));
    EXPECT_EQ(row.value, 441112);
    EXPECT_EQ(row.sharePct, 37.7);
    EXPECT_EQ(row.shareBase, Dimension::Nationality);
    EXPECT_EQ(row.reportedYoyPct, 135.0);
    EXPECT_EQ(row.sourceIds, (QStringList{QStringLiteral("S02"), QStringLiteral("S05")}));
    EXPECT_EQ(row.note, QStringLiteral("Rank 1."));
    EXPECT_TRUE(r.warnings.isEmpty());
    EXPECT_EQ(r.cube->provenance(), QStringLiteral("user.csv"));
}

TEST(TidyCsvReader, byteOrderMarkIsDropped)
{
    const auto r = parse("\xEF\xBB\xBF" + joinLines({kHeader, kTotal2024}, "\n"));
    ASSERT_TRUE(r.cube) << r.error.toString().toStdString();
    EXPECT_EQ(r.cube->row(0).value, 1170467);
}

class TidyCsvLineEnds : public ::testing::TestWithParam<const char *> {};

TEST_P(TidyCsvLineEnds, parseRowsAndCountLines)
{
    const QByteArray eol = GetParam();
    const auto ok = parse(joinLines({"# comment", kHeader, kTotal2024, kJapan2024, kUs2022}, eol));
    ASSERT_TRUE(ok.cube) << ok.error.toString().toStdString();
    EXPECT_EQ(ok.cube->rowCount(), 3);
    EXPECT_EQ(ok.cube->row(1).note, QStringLiteral("Rank 1."));  // no stray '\r'
    EXPECT_FALSE(ok.cube->row(2).value.has_value());
    // The fifth physical line holds the bad value whatever the line end.
    const QByteArray bad = "2023,real_patients,_T,,_T,,_T,,_T,,12x,,,exact,0,,high,S01,";
    expectErrorAt(parse(joinLines({"# comment", kHeader, kTotal2024, kJapan2024, bad}, eol)), 5, 36, "12x");
}

INSTANTIATE_TEST_SUITE_P(TidyCsvReader, TidyCsvLineEnds, ::testing::Values("\n", "\r\n", "\r"));

TEST(TidyCsvReader, quotedFieldsKeepCommaQuoteAndNewline)
{
    const QByteArray note = "2024,real_patients,_T,,_T,,_T,,Seoul,서울,999642,85.4,region,exact,0,,high,\"S01;S02\","
                            "\"a, \"\"quoted\"\" note\nsecond line\"";
    const QByteArray bad = "2023,real_patients,_T,,_T,,_T,,_T,,12x,,,exact,0,,high,S01,";
    const auto r = parse(joinLines({kHeader, note, kTotal2024}, "\n"));
    ASSERT_TRUE(r.cube) << r.error.toString().toStdString();
    EXPECT_EQ(r.cube->row(0).note, QStringLiteral("a, \"quoted\" note\nsecond line"));
    EXPECT_EQ(r.cube->row(0).sourceIds.size(), 2);
    // The quoted line break counts: the row after the two-line record starts on line 4.
    expectErrorAt(parse(joinLines({kHeader, note, bad}, "\n")), 4, 36, "12x");
}

TEST(TidyCsvReader, quotedValueMayUseThousandsSeparators)
{
    const auto r = parse(joinLines({kHeader, "2024,real_patients,_T,,_T,,_T,,_T,,\"1,170,467\",,,exact,0,,high,S01,"}, "\n"));
    ASSERT_TRUE(r.cube) << r.error.toString().toStdString();
    EXPECT_EQ(r.cube->row(0).value, 1170467);
}

TEST(TidyCsvReader, commentLinesBeforeTheHeaderAreIgnored)
{
    const auto r = parse(joinLines({"# Source: MOHW / KHIDI", "#, a comment with commas", kHeader, kTotal2024}, "\n"));
    ASSERT_TRUE(r.cube) << r.error.toString().toStdString();
    EXPECT_EQ(r.cube->rowCount(), 1);
}

class TidyCsvMissingText : public ::testing::TestWithParam<const char *> {};

TEST_P(TidyCsvMissingText, isMissingNeverZero)
{
    const QByteArray row = "2017,real_patients,Russia,러시아,_T,,_T,,_T," + QByteArray(",") + GetParam()
                           + ",7.7,nationality,,0,,medium,S57,";
    const auto r = parse(joinLines({kHeader, row}, "\n"));
    ASSERT_TRUE(r.cube) << r.error.toString().toStdString();
    EXPECT_FALSE(r.cube->row(0).value.has_value());
    EXPECT_EQ(r.cube->row(0).status, ObservationStatus::ShareOnly);  // empty status, no count
}

INSTANTIATE_TEST_SUITE_P(TidyCsvReader, TidyCsvMissingText, ::testing::Values("", "-", "n/a", "N/A", " "));

TEST(TidyCsvReader, emptyStatusWithACountIsExact)
{
    const auto r = parse(joinLines({kHeader, "2009,real_patients,_T,,_T,,_T,,_T,,60201,,,,0,,high,S100,"}, "\n"));
    ASSERT_TRUE(r.cube) << r.error.toString().toStdString();
    EXPECT_EQ(r.cube->row(0).status, ObservationStatus::Exact);
}

TEST(TidyCsvReader, badYearNamesFileLineAndColumn)
{
    // Columns are found by name, so the year may stand second.
    expectErrorAt(parse("measure,year,value\nreal_patients,2024,1\nreal_patients,20x4,5\n"), 3, 15, "20x4");
    expectErrorAt(parse(joinLines({kHeader, "1800" + kTotal2024.mid(4)}, "\n")), 2, 1, "1800");
}

TEST(TidyCsvReader, unknownMeasureNamesItsColumn)
{
    expectErrorAt(parse(joinLines({kHeader, kTotal2024, "2024,real_patient,_T,,_T,,_T,,_T,,5,,,exact,0,,high,S01,"}, "\n")),
                  3, 6, "real_patient");
}

TEST(TidyCsvReader, badValueNamesItsColumn)
{
    expectErrorAt(parse(joinLines({"# c", kHeader, "2024,real_patients,_T,,_T,,_T,,_T,,12x,,,exact,0,,high,S01,"}, "\n")),
                  3, 36, "12x");
}

TEST(TidyCsvReader, badShareAndStatusNameTheirColumns)
{
    expectErrorAt(parse(joinLines({kHeader, "2024,real_patients,Japan,일본,_T,,_T,,_T,,441112,abc,nationality,exact,0,,high,S01,"}, "\n")),
                  2, 48, "abc");
    expectErrorAt(parse(joinLines({kHeader, "2024,real_patients,_T,,_T,,_T,,_T,,5,,,estimated,0,,high,S01,"}, "\n")),
                  2, 40, "estimated");
}

TEST(TidyCsvReader, unterminatedQuoteIsReportedWhereItStarts)
{
    const QByteArray open = "2024,real_patients,_T,,_T,,_T,,Seoul,서울,5,,,exact,0,,high,S01,\"never closed";
    expectErrorAt(parse(joinLines({"# c", kHeader, kTotal2024, open, kJapan2024, kUs2022}, "\n")), 4, 63, "unterminated");
}

TEST(TidyCsvReader, duplicateObservationIsAnError)
{
    expectErrorAt(parse(joinLines({kHeader, kTotal2024, kJapan2024, kTotal2024}, "\n")), 4, 1, "duplicate");
}

TEST(TidyCsvReader, missingRequiredColumnNamesTheHeaderLine)
{
    expectErrorAt(parse("# c\nyear,measure,nationality\n2024,real_patients,Japan\n"), 2, 1, "\"value\"");
    expectErrorAt(parse("year,value\n2024,5\n"), 1, 1, "\"measure\"");
}

TEST(TidyCsvReader, tooManyFieldsIsAnError)
{
    expectErrorAt(parse("year,measure,value\n2024,real_patients,5,extra\n"), 2, 22, "expected 3 fields");
}

TEST(TidyCsvReader, emptyInputsAreErrors)
{
    EXPECT_FALSE(parse("").cube);
    EXPECT_FALSE(parse("# only a comment\n").cube);
    expectErrorAt(parse(kHeader + "\n"), 2, 1, "at least one observation");
}

TEST(TidyCsvReader, invalidUtf8IsRejected)
{
    const auto r = parse(joinLines({kHeader, "2024,real_patients,\xff\xfe,,_T,,_T,,_T,,5,,,exact,0,,high,S01,"}, "\n"));
    EXPECT_FALSE(r.cube);
    EXPECT_TRUE(r.error.message.contains(QStringLiteral("UTF-8")));
}

TEST(TidyCsvReader, negativeCountAndShareOver100AreWarnings)
{
    const auto r = parse(joinLines({kHeader, "2024,real_patients,_T,,_T,,_T,,_T,,-5,,,exact,0,,high,S01,",
                                    "2024,real_patients,Japan,일본,_T,,_T,,_T,,,137.7,nationality,share_only,0,,high,S01,"},
                                   "\n"));
    ASSERT_TRUE(r.cube) << r.error.toString().toStdString();
    ASSERT_EQ(r.warnings.size(), 2);
    EXPECT_TRUE(r.warnings.at(0).startsWith(QStringLiteral("user.csv:2:")));
    EXPECT_TRUE(r.warnings.at(0).contains(QStringLiteral("negative count -5")));
    EXPECT_TRUE(r.warnings.at(1).startsWith(QStringLiteral("user.csv:3:")));
    EXPECT_TRUE(r.warnings.at(1).contains(QStringLiteral("137.7")));
    EXPECT_EQ(r.cube->row(0).value, -5);  // kept as published; the warning tells
}

TEST(TidyCsvReader, missingFileNamesThePath)
{
    const auto r = TidyCsvReader::readFile(QStringLiteral("/nonexistent/khidi.csv"));
    EXPECT_FALSE(r.cube);
    EXPECT_EQ(r.error.file, QStringLiteral("/nonexistent/khidi.csv"));
    EXPECT_TRUE(r.error.message.contains(QStringLiteral("cannot open")));
}

TEST(TidyCsvReader, builtinDatasetParsesWithoutWarnings)
{
    const auto r = loadBuiltinDataset();
    ASSERT_TRUE(r.cube) << r.error.toString().toStdString();
    EXPECT_TRUE(r.warnings.isEmpty()) << r.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(TidyCsvReader, writeThenParseRoundTripsTheBuiltinDataset)
{
    const ObservationCube &original = test::builtinCube();
    const auto r = TidyCsvReader::parse(writeTidyCsv(original), QStringLiteral("roundtrip.csv"));
    ASSERT_TRUE(r.cube) << r.error.toString().toStdString();
    const ObservationCube &copy = *r.cube;
    ASSERT_EQ(copy.rowCount(), original.rowCount());
    for (int i = 0; i < original.rowCount(); ++i) {
        const auto a = original.row(i);
        const auto b = copy.row(i);
        SCOPED_TRACE(i);
        EXPECT_EQ(a.key.year, b.key.year);
        EXPECT_EQ(a.key.measure, b.key.measure);
        for (Dimension d : kAllDimensions) {
            const Category &ca = original.dictionary(d).category(a.key.codes[static_cast<int>(d)]);
            const Category &cb = copy.dictionary(d).category(b.key.codes[static_cast<int>(d)]);
            EXPECT_EQ(ca.id, cb.id);
            EXPECT_EQ(ca.nameKo, cb.nameKo);
            EXPECT_EQ(ca.isAggregate, cb.isAggregate);
        }
        EXPECT_EQ(a.value, b.value);
        EXPECT_EQ(a.sharePct, b.sharePct);
        EXPECT_EQ(a.shareBase, b.shareBase);
        EXPECT_EQ(a.status, b.status);
        EXPECT_EQ(a.isAggregate, b.isAggregate);
        EXPECT_EQ(a.reportedYoyPct, b.reportedYoyPct);
        EXPECT_EQ(a.confidence, b.confidence);
        EXPECT_EQ(a.sourceIds, b.sourceIds);
        EXPECT_EQ(a.note, b.note);
    }
}

TEST(TidyCsvReader, writerQuotesOnlyWhereNeeded)
{
    const ObservationCube cube = test::cubeFromRows(
        "2024,real_patients,_T,,_T,,_T,,Seoul,서울,5,0.01,region,exact,0,,high,S01,\"a, \"\"b\"\"\"\n");
    const QString text = QString::fromUtf8(writeTidyCsv(cube));
    // The writer adds the Japanese name columns (*_ja) after the Korean ones.
    QString written = QString::fromUtf8(kHeader);
    for (const char *d : {"nationality", "specialty", "institution_type", "region"})
        written.replace(QStringLiteral("%1_ko,").arg(QLatin1String(d)), QStringLiteral("%1_ko,%1_ja,").arg(QLatin1String(d)));
    EXPECT_TRUE(text.startsWith(written + QLatin1Char('\n'))) << text.left(text.indexOf(QLatin1Char('\n'))).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(",Seoul,서울,,5,0.01,region,exact,0,,high,S01,\"a, \"\"b\"\"\"\n")));
}

TEST(SplitCsv, tracksRecordLinesAndFieldColumns)
{
    Error error;
    const auto records = splitCsv(QStringLiteral("a,bb,\"c\nd\"\n\nx,y\n"), QLatin1Char(','), QStringLiteral("f"), &error);
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 2);  // the blank line is skipped
    EXPECT_EQ(records->at(0).line, 1);
    EXPECT_EQ(records->at(0).fields, (QStringList{QStringLiteral("a"), QStringLiteral("bb"), QStringLiteral("c\nd")}));
    EXPECT_EQ(records->at(0).columns, (QList<int>{1, 3, 6}));
    EXPECT_EQ(records->at(1).line, 4);
    EXPECT_EQ(records->at(1).columns, (QList<int>{1, 3}));
}

TEST(SplitCsv, lastRecordWithoutLineEndIsKept)
{
    Error error;
    const auto records = splitCsv(QStringLiteral("a,b\nc,"), QLatin1Char(','), QStringLiteral("f"), &error);
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 2);
    EXPECT_EQ(records->at(1).fields, (QStringList{QStringLiteral("c"), QString()}));
}
