#include <model/import/xlsxreader.h>

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

QByteArray readerFixture(const QString &name)
{
    QFile file(QStringLiteral(MEDTOUR_TEST_DATA_DIR "/import/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
    return file.readAll();
}

std::optional<RawTable> readSheet(const char *file, const QString &sheet, Error *error)
{
    return readXlsx(readerFixture(QString::fromLatin1(file)), sheet, QString::fromLatin1(file), error);
}

QStringList cells(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *t : texts)
        list << QString::fromUtf8(t);
    return list;
}

}  // namespace

TEST(XlsxReader, readsTheFirstSheetByDefault)
{
    Error error;
    const auto table = readSheet("r_table.xlsx", QString(), &error);
    ASSERT_TRUE(table) << qPrintable(error.toString());
    EXPECT_EQ(table->sheet, QStringLiteral("Summary"));
    EXPECT_EQ(table->encoding, QStringLiteral("XLSX"));
    EXPECT_TRUE(table->delimiter.isNull());
    EXPECT_EQ(table->fileName, QStringLiteral("r_table.xlsx"));
    // Row 1 holds only styled empty cells; "국적" is two rich-text runs; "환자수" is inline.
    EXPECT_EQ(table->headerLine, 2);
    EXPECT_EQ(table->header, cells({"연도", "국적", "환자수"}));
    ASSERT_EQ(table->rows.size(), 6);
    QList<int> lines;
    for (const RawTable::Row &row : table->rows)
        lines << row.line;
    EXPECT_EQ(lines, QList<int>({3, 4, 6, 7, 8, 9}));  // row 5 does not exist
    EXPECT_EQ(table->rows.at(0).cells, cells({"2023", "일본", "187711"}));
    EXPECT_EQ(table->rows.at(2).cells, cells({"2023", "합계", "605768"}));
    EXPECT_EQ(table->rows.at(3).cells, cells({"2024", "일본", "441112"}));
    EXPECT_EQ(table->rows.at(5).cells, cells({"2024", "합계", "1170467"}));  // stored as 1.170467E6
    EXPECT_EQ(table->columnOf(5, 2), 3);
}

TEST(XlsxReader, readsASheetByItsKoreanNameAndFillsGaps)
{
    Error error;
    const auto table = readSheet("r_table.xlsx", QStringLiteral("국적별"), &error);
    ASSERT_TRUE(table) << qPrintable(error.toString());
    EXPECT_EQ(table->sheet, QStringLiteral("국적별"));
    EXPECT_EQ(table->headerLine, 1);
    EXPECT_EQ(table->header, cells({"연도", "국적", "", "환자수", "비중(%)"}));  // column C is empty
    ASSERT_EQ(table->rows.size(), 6);
    EXPECT_EQ(table->rows.at(3).cells, cells({"2024", "일본", "", "441112", "37.7"}));
    EXPECT_EQ(table->rows.at(5).cells, cells({"2024", "합계", "", "1170467", "100"}));
}

TEST(XlsxReader, matchesSheetNamesCaseInsensitivelyAsAFallback)
{
    Error error;
    const auto table = readSheet("r_table.xlsx", QStringLiteral("summary"), &error);
    ASSERT_TRUE(table) << qPrintable(error.toString());
    EXPECT_EQ(table->sheet, QStringLiteral("Summary"));
}

TEST(XlsxReader, listsSheetNamesInWorkbookOrder)
{
    Error error;
    EXPECT_EQ(xlsxSheetNames(readerFixture(QStringLiteral("r_table.xlsx")), &error),
              cells({"Summary", "국적별"}));
}

TEST(XlsxReader, namesTheSheetsWhenTheAskedOneIsMissing)
{
    Error error;
    EXPECT_FALSE(readSheet("r_table.xlsx", QStringLiteral("2024년"), &error));
    EXPECT_EQ(error.toString(),
              QStringLiteral("r_table.xlsx: no sheet named \"2024년\"; the workbook has: \"Summary\", \"국적별\""));
}

TEST(XlsxReader, readsEveryCellType)
{
    Error error;
    const auto table = readSheet("r_types.xlsx", QString(), &error);
    ASSERT_TRUE(table) << qPrintable(error.toString());
    QHash<QString, QString> value;
    for (const RawTable::Row &row : table->rows)
        value.insert(row.cells.at(0), row.cells.value(1));
    EXPECT_EQ(value.value(QStringLiteral("bool")), QStringLiteral("TRUE"));
    EXPECT_EQ(value.value(QStringLiteral("str")), QStringLiteral("kindx"));
    EXPECT_EQ(value.value(QStringLiteral("error")), QStringLiteral("#N/A"));
    EXPECT_EQ(value.value(QStringLiteral("phonetic")), QStringLiteral("日本"));  // the reading is left out
    EXPECT_EQ(value.value(QStringLiteral("small")), QStringLiteral("0.001"));
    EXPECT_EQ(value.value(QStringLiteral("negative")), QStringLiteral("-0.5"));
    EXPECT_EQ(value.value(QStringLiteral("big")), QStringLiteral("123456789012"));
    EXPECT_EQ(value.value(QStringLiteral("rich")), QStringLiteral("a b"));
    EXPECT_EQ(value.value(QStringLiteral("date")), QStringLiteral("2024-03-15"));  // serial 45366, format 14
    EXPECT_EQ(value.value(QStringLiteral("kdate")), QStringLiteral("2024-03-15 12:00:00"));  // yyyy"년" m"월" d"일"
    EXPECT_EQ(value.value(QStringLiteral("thousands")), QStringLiteral("1170467"));  // #,##0"명" is no date
    const RawTable::Row &far = table->rows.at(8);
    ASSERT_EQ(far.cells.size(), 28);  // A..AB
    EXPECT_EQ(far.cells.at(27), QStringLiteral("AB"));
    EXPECT_TRUE(far.cells.at(1).isEmpty());
}

TEST(XlsxReader, neverWritesNumbersInExponentForm)
{
    const QRegularExpression exponent(QStringLiteral("^-?[0-9.]+[eE][-+]?[0-9]+$"));
    for (const QString &sheet : {QStringLiteral("Summary"), QStringLiteral("국적별")}) {
        Error error;
        const auto table = readSheet("r_table.xlsx", sheet, &error);
        ASSERT_TRUE(table) << qPrintable(error.toString());
        for (const RawTable::Row &row : table->rows) {
            for (const QString &cell : row.cells)
                EXPECT_FALSE(exponent.match(cell).hasMatch()) << qPrintable(cell);
        }
    }
}

TEST(XlsxReader, refusesWhatIsNotAZip)
{
    Error error;
    EXPECT_FALSE(readSheet("r_not_zip.xlsx", QString(), &error));
    EXPECT_EQ(error.toString(),
              QStringLiteral("r_not_zip.xlsx: not an XLSX workbook: expected a zip archive (Office Open XML)"));
    EXPECT_FALSE(readXlsx(QByteArray(), QString(), QStringLiteral("empty.xlsx"), &error));
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("not an XLSX workbook")));
    EXPECT_FALSE(readXlsx(QByteArray("PK\x03\x04truncated"), QString(), QStringLiteral("cut.xlsx"), &error));
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("not an XLSX workbook")));
    EXPECT_TRUE(xlsxSheetNames(QByteArray("plain text"), &error).isEmpty());
}

TEST(XlsxReader, refusesOldExcelWorkbooks)
{
    Error error;
    EXPECT_FALSE(readXlsx(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), QString(), QStringLiteral("old.xls"), &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral(".xls")));
}

TEST(XlsxReader, reportsMalformedXmlWithItsLine)
{
    Error error;
    EXPECT_FALSE(readSheet("r_bad_xml.xlsx", QString(), &error));
    EXPECT_EQ(error.file, QStringLiteral("r_bad_xml.xlsx"));
    EXPECT_EQ(error.line, 4);
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("malformed XML in xl/worksheets/sheet1.xml")))
        << qPrintable(error.message);
}
