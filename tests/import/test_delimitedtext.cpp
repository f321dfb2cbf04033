#include <model/import/delimitedtext.h>

#include <QFile>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

QByteArray readerFixture(const QString &name)
{
    QFile file(QStringLiteral(MEDTOUR_TEST_DATA_DIR "/import/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
    return file.readAll();
}

std::optional<RawTable> readText(const QByteArray &bytes, Error *error, const TextReadOptions &options = {})
{
    return readDelimitedText(bytes, options, QStringLiteral("t.csv"), error);
}

const QStringList kHeader = {QStringLiteral("연도"), QStringLiteral("국적"), QStringLiteral("환자수")};

struct FixtureCase {
    const char *file;
    const char *encoding;
    char delimiter;
    int headerLine;
    QList<int> lines;  // physical line of each data row
};

class DelimitedTextFixture : public ::testing::TestWithParam<FixtureCase> {};

}  // namespace

TEST_P(DelimitedTextFixture, givesTheSameTableInEveryFormat)
{
    const FixtureCase c = GetParam();
    Error error;
    const auto table = readDelimitedText(readerFixture(QString::fromLatin1(c.file)), {},
                                         QString::fromLatin1(c.file), &error);
    ASSERT_TRUE(table) << qPrintable(error.toString());
    EXPECT_EQ(table->fileName, QString::fromLatin1(c.file));
    EXPECT_EQ(table->header, kHeader);  // no byte-order mark in header[0]
    EXPECT_EQ(table->encoding, QString::fromLatin1(c.encoding));
    EXPECT_EQ(table->delimiter, QLatin1Char(c.delimiter));
    EXPECT_EQ(table->headerLine, c.headerLine);
    ASSERT_EQ(table->rows.size(), 6);
    QList<int> lines;
    for (const RawTable::Row &row : table->rows) {
        lines << row.line;
        EXPECT_EQ(row.cells.size(), 3) << row.line;
    }
    EXPECT_EQ(lines, c.lines);
    EXPECT_EQ(table->rows.at(3).cells,
              QStringList({QStringLiteral("2024"), QStringLiteral("일본"), QStringLiteral("441112")}));
    EXPECT_EQ(table->rows.at(5).cells,
              QStringList({QStringLiteral("2024"), QStringLiteral("합계"), QStringLiteral("1170467")}));
    EXPECT_EQ(table->columnOf(5, 2), 9);
    EXPECT_TRUE(table->warnings.isEmpty()) << qPrintable(table->warnings.join(QLatin1Char('\n')));
}

INSTANTIATE_TEST_SUITE_P(
    EachFormat, DelimitedTextFixture,
    ::testing::Values(FixtureCase{"r_utf8.csv", "UTF-8", ',', 2, {3, 4, 5, 6, 7, 8}},
                      FixtureCase{"r_utf8_bom.csv", "UTF-8 with BOM", ',', 2, {3, 4, 5, 6, 7, 8}},
                      FixtureCase{"r_utf16le.tsv", "UTF-16LE", '\t', 2, {3, 4, 5, 6, 7, 8}},
                      FixtureCase{"r_utf16be.csv", "UTF-16BE", ',', 2, {3, 4, 5, 6, 7, 8}},
                      FixtureCase{"r_cp949.csv", "CP949", ',', 2, {3, 4, 5, 6, 7, 8}},
                      FixtureCase{"r_cr_only.csv", "UTF-8", ',', 2, {3, 4, 5, 6, 7, 8}},
                      FixtureCase{"r_tab.tsv", "UTF-8", '\t', 2, {3, 4, 5, 6, 7, 8}},
                      FixtureCase{"r_semicolon.csv", "UTF-8", ';', 2, {3, 4, 5, 6, 7, 8}},
                      FixtureCase{"r_trailing.csv", "UTF-8", ',', 2, {3, 4, 5, 6, 7, 8}},
                      FixtureCase{"r_comments.csv", "UTF-8", ',', 5, {7, 8, 9, 13, 14, 15}}));

TEST(DelimitedText, keepsQuotedCommasQuotesAndLineBreaks)
{
    Error error;
    const auto table = readText(readerFixture(QStringLiteral("r_quoted.csv")), &error);
    ASSERT_TRUE(table) << qPrintable(error.toString());
    EXPECT_EQ(table->header.size(), 4);
    ASSERT_EQ(table->rows.size(), 6);
    EXPECT_EQ(table->rows.at(5).cells.at(2), QStringLiteral("1,170,467"));
    EXPECT_EQ(table->rows.at(1).cells.at(3), QStringLiteral("추정, 반올림"));
    EXPECT_EQ(table->rows.at(3).cells.at(3), QStringLiteral("일본 \"의료관광\"\n증가"));
    EXPECT_EQ(table->rows.at(3).line, 6);
    EXPECT_EQ(table->rows.at(4).line, 8);  // the quoted line break moved it down a line
    EXPECT_EQ(table->columnOf(1, 2), 11);
    EXPECT_EQ(table->columnOf(1, 3), 21);
}

TEST(DelimitedText, dropsTrailingDelimiterOnlyWhereItIsOne)
{
    Error error;
    // Rows end with a delimiter, the header does not: the empty last cell goes.
    auto table = readText("a,b\n1,2,\n3,4,\n", &error);
    ASSERT_TRUE(table);
    EXPECT_EQ(table->header, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(table->rows.at(1).cells, QStringList({QStringLiteral("3"), QStringLiteral("4")}));
    // Header and rows end with one; a row whose last value is missing keeps its empty cell.
    table = readText("a,b,c,\n1,2,3,\n4,5,,\n", &error);
    ASSERT_TRUE(table);
    EXPECT_EQ(table->header.size(), 3);
    EXPECT_EQ(table->rows.at(1).cells, QStringList({QStringLiteral("4"), QStringLiteral("5"), QString()}));
    EXPECT_EQ(table->columns.at(1).size(), 3);
}

TEST(DelimitedText, detectsEachDelimiter)
{
    EXPECT_EQ(detectDelimiter(QStringLiteral("year,nationality,patients\n2024,Japan,441112\n")), QLatin1Char(','));
    EXPECT_EQ(detectDelimiter(QStringLiteral("year\tpatients\n2024\t\"1,170,467\"\n")), QLatin1Char('\t'));
    EXPECT_EQ(detectDelimiter(QStringLiteral("year;share\n2024;37,7\n2023;30,99\n")), QLatin1Char(';'));
    // Quotes respected: the semicolons are inside quoted fields.
    EXPECT_EQ(detectDelimiter(QStringLiteral("# a;b;c\n\"x;y\",z\n\"1;2\",3\n")), QLatin1Char(','));
    EXPECT_EQ(detectDelimiter(QStringLiteral("justonecolumn\n1\n")), QLatin1Char(','));
}

TEST(DelimitedText, honoursForcedDelimiterAndEncoding)
{
    Error error;
    TextReadOptions options;
    options.delimiter = QLatin1Char(';');
    options.encoding = QStringLiteral("CP949");
    const auto table = readText("a,b;c\n\xb1\xb9,1;2\n", &error, options);
    ASSERT_TRUE(table) << qPrintable(error.toString());
    EXPECT_EQ(table->header, QStringList({QStringLiteral("a,b"), QStringLiteral("c")}));
    EXPECT_EQ(table->rows.at(0).cells.at(0), QStringLiteral("국,1"));
    EXPECT_EQ(table->encoding, QStringLiteral("CP949"));
}

TEST(DelimitedText, reportsUnterminatedQuoteAtTheOpeningQuote)
{
    Error error;
    EXPECT_FALSE(readDelimitedText(readerFixture(QStringLiteral("r_unterminated.csv")), {},
                                   QStringLiteral("r_unterminated.csv"), &error));
    EXPECT_EQ(error.file, QStringLiteral("r_unterminated.csv"));
    EXPECT_EQ(error.line, 4);
    EXPECT_EQ(error.column, 6);
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("unterminated quoted field")));
}

TEST(DelimitedText, passesDecodingErrorsOn)
{
    Error error;
    TextReadOptions options;
    options.encoding = QStringLiteral("UTF-8");
    EXPECT_FALSE(readDelimitedText(readerFixture(QStringLiteral("r_bad_utf8.csv")), options,
                                   QStringLiteral("r_bad_utf8.csv"), &error));
    EXPECT_EQ(error.toString(), QStringLiteral("r_bad_utf8.csv:3:9: invalid byte 0xFF: expected valid UTF-8 text"));
}

TEST(DelimitedText, refusesEmptyAndCommentOnlyFiles)
{
    Error error;
    EXPECT_FALSE(readText(QByteArray(), &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("empty")));
    EXPECT_FALSE(readText("# only a comment\n\n,,\n", &error));
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("no header")));
}

TEST(DelimitedText, warnsAboutRaggedRows)
{
    Error error;
    const auto table = readText("a,b,c\n1,2,3\n4,5,6,7\n", &error);
    ASSERT_TRUE(table);
    ASSERT_EQ(table->warnings.size(), 1);
    EXPECT_TRUE(table->warnings.first().contains(QStringLiteral("line 3 has 4")));
}

TEST(DelimitedText, reportsProgressAndCancels)
{
    QByteArray bytes("year,nationality,patients\n");
    while (bytes.size() < 300 * 1024)
        bytes += "2024,Japan,441112\n";
    QList<qint64> done;
    TextReadOptions options;
    options.progress = [&](qint64 d, qint64 total) {
        EXPECT_EQ(total, bytes.size());
        done << d;
        return true;
    };
    Error error;
    const auto table = readText(bytes, &error, options);
    ASSERT_TRUE(table);
    ASSERT_GE(done.size(), 5);
    EXPECT_TRUE(std::is_sorted(done.cbegin(), done.cend()));
    EXPECT_EQ(done.last(), bytes.size());

    int calls = 0;
    options.progress = [&](qint64, qint64) { return ++calls < 3; };
    EXPECT_FALSE(readText(bytes, &error, options));
    EXPECT_EQ(error.message, QStringLiteral("cancelled"));
    EXPECT_EQ(calls, 3);
}
