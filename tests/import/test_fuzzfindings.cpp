// Regression tests of what the import fuzzer (tests/fuzz/fuzz_import.cpp) found: each crashing
// or invariant-breaking input is kept as a fixture in tests/data/import/fuzz/ and must now read
// cleanly (a table, or an Error with a message).

#include <model/import/delimitedtext.h>
#include <model/import/textdecoding.h>

#include <QFile>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

QByteArray fuzzFixture(const QString &name)
{
    QFile file(QStringLiteral(MEDTOUR_TEST_DATA_DIR "/import/fuzz/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
    return file.readAll();
}

bool anyCellHasBom(const RawTable &table)
{
    const QChar bom(0xFEFF);
    for (const QString &cell : table.header) {
        if (cell.contains(bom))
            return true;
    }
    for (const RawTable::Row &row : table.rows) {
        for (const QString &cell : row.cells) {
            if (cell.contains(bom))
                return true;
        }
    }
    return false;
}

}  // namespace

TEST(FuzzFindings, strayByteOrderMarkInsideForcedUtf16NeverReachesACell)
{
    // CP949 text with FF FE inside, read as UTF-16LE: FF FE decodes to U+FEFF in the header.
    TextReadOptions options;
    options.encoding = QStringLiteral("UTF-16LE");
    options.delimiter = QLatin1Char(',');
    Error error;
    const auto table = readDelimitedText(fuzzFixture(QStringLiteral("crash_bom_inside_utf16le.csv")), options,
                                         QStringLiteral("f.csv"), &error);
    ASSERT_TRUE(table.has_value()) << qPrintable(error.toString());
    EXPECT_FALSE(anyCellHasBom(*table));
}

TEST(FuzzFindings, byteOrderMarkOfAnAppendedFileNeverReachesAValue)
{
    const QByteArray part = QByteArrayLiteral("\xEF\xBB\xBF" "year,patients\n2024,1170467\n");
    Error error;
    const auto decoded = decodeText(part + part, QString(), QStringLiteral("f.csv"), &error);
    ASSERT_TRUE(decoded.has_value()) << qPrintable(error.toString());
    EXPECT_EQ(decoded->encoding, QStringLiteral("UTF-8"));
    EXPECT_TRUE(decoded->hadBom);
    EXPECT_EQ(decoded->text, QStringLiteral("year,patients\n2024,1170467\nyear,patients\n2024,1170467\n"));

    const auto table = readDelimitedText(part + part, TextReadOptions{}, QStringLiteral("f.csv"), &error);
    ASSERT_TRUE(table.has_value()) << qPrintable(error.toString());
    ASSERT_EQ(table->rows.size(), 3);
    EXPECT_EQ(table->rows.at(1).cells.first(), QStringLiteral("year"));
    EXPECT_FALSE(anyCellHasBom(*table));
}
