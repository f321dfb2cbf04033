#include <model/import/textdecoding.h>

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

struct EncodingCase {
    const char *file;
    const char *encoding;
    bool hadBom;
};

class TextDecodingFixture : public ::testing::TestWithParam<EncodingCase> {};

}  // namespace

TEST_P(TextDecodingFixture, detectsAndDecodesWithoutBom)
{
    const EncodingCase c = GetParam();
    const QByteArray bytes = readerFixture(QString::fromLatin1(c.file));
    EXPECT_EQ(detectEncoding(bytes), QString::fromLatin1(c.encoding));

    Error error;
    const auto decoded = decodeText(bytes, QString(), QStringLiteral("f"), &error);
    ASSERT_TRUE(decoded) << qPrintable(error.toString());
    EXPECT_EQ(decoded->encoding, QString::fromLatin1(c.encoding));
    EXPECT_EQ(decoded->hadBom, c.hadBom);
    EXPECT_FALSE(decoded->text.contains(QChar(0xFEFF)));
    EXPECT_TRUE(decoded->text.startsWith(QStringLiteral("# 출처: KHIDI")));
    EXPECT_TRUE(decoded->text.contains(QStringLiteral("CP949 전용 음절: 똠")));
    EXPECT_TRUE(decoded->text.contains(QStringLiteral("합계")));
    EXPECT_TRUE(decoded->text.contains(QStringLiteral("1170467")));
}

INSTANTIATE_TEST_SUITE_P(EachEncoding, TextDecodingFixture,
                         ::testing::Values(EncodingCase{"r_utf8.csv", "UTF-8", false},
                                           EncodingCase{"r_utf8_bom.csv", "UTF-8", true},
                                           EncodingCase{"r_utf16le.tsv", "UTF-16LE", true},
                                           EncodingCase{"r_utf16be.csv", "UTF-16BE", true},
                                           EncodingCase{"r_cp949.csv", "CP949", false}));

TEST(TextDecoding, decodesCp949SyllablesOutsideEucKr)
{
    // 똠 = 0x8C63 and 햏 = 0xC164 exist only in CP949 (Microsoft's extension of EUC-KR).
    const QByteArray bytes("\x8c\x63,\xc1\x64,\xc7\xd1\n");
    Error error;
    const auto decoded = decodeText(bytes, QStringLiteral("CP949"), QStringLiteral("f"), &error);
    ASSERT_TRUE(decoded) << qPrintable(error.toString());
    EXPECT_EQ(decoded->text, QStringLiteral("똠,햏,한\n"));
}

TEST(TextDecoding, detectsShortCp949ThatUchardetMistakesForLatin)
{
    EXPECT_EQ(detectEncoding(QByteArray("\x8c\x63,a\n")), QStringLiteral("CP949"));
    EXPECT_EQ(detectEncoding(QByteArray("\xbf\xac\xb5\xb5,\xb1\xb9\xc0\xfb\n2024,\xc0\xcf\xba\xbb\n")),
              QStringLiteral("CP949"));
}

TEST(TextDecoding, treatsAsciiAndEmptyInputAsUtf8)
{
    EXPECT_EQ(detectEncoding(QByteArray("year,patients\n2024,1170467\n")), QStringLiteral("UTF-8"));
    Error error;
    const auto decoded = decodeText(QByteArray(), QString(), QStringLiteral("f"), &error);
    ASSERT_TRUE(decoded);
    EXPECT_TRUE(decoded->text.isEmpty());
    EXPECT_EQ(decoded->encoding, QStringLiteral("UTF-8"));
}

TEST(TextDecoding, detectsUtf32ByteOrderMarks)
{
    const QByteArray le("\xff\xfe\x00\x00" "a\x00\x00\x00", 8);
    EXPECT_EQ(detectEncoding(le), QStringLiteral("UTF-32LE"));
    Error error;
    const auto decoded = decodeText(le, QString(), QStringLiteral("f"), &error);
    ASSERT_TRUE(decoded) << qPrintable(error.toString());
    EXPECT_EQ(decoded->text, QStringLiteral("a"));
}

TEST(TextDecoding, forcedEncodingOverridesDetection)
{
    const QByteArray cp949 = readerFixture(QStringLiteral("r_cp949.csv"));
    Error error;
    const auto asUhc = decodeText(cp949, QStringLiteral("euc-kr"), QStringLiteral("f"), &error);
    ASSERT_TRUE(asUhc) << qPrintable(error.toString());
    EXPECT_EQ(asUhc->encoding, QStringLiteral("CP949"));
    EXPECT_TRUE(asUhc->text.contains(QStringLiteral("똠")));

    const auto asUtf8 = decodeText(cp949, QStringLiteral("utf8"), QStringLiteral("data.csv"), &error);
    EXPECT_FALSE(asUtf8);
    EXPECT_EQ(error.file, QStringLiteral("data.csv"));
    EXPECT_EQ(error.line, 1);
    EXPECT_EQ(error.column, 3);  // "# " then 출 = C3 E2 in CP949: 0xC3 lacks its UTF-8 continuation
    EXPECT_EQ(error.message, QStringLiteral("invalid byte 0xC3: expected valid UTF-8 text"));
}

TEST(TextDecoding, reportsFirstInvalidUtf8ByteWithLineAndColumn)
{
    const QByteArray bytes = readerFixture(QStringLiteral("r_bad_utf8.csv"));
    for (const QString &forced : {QStringLiteral("UTF-8"), QString()}) {
        Error error;
        EXPECT_FALSE(decodeText(bytes, forced, QStringLiteral("r_bad_utf8.csv"), &error));
        EXPECT_EQ(error.line, 3);
        EXPECT_EQ(error.column, 9);
        EXPECT_EQ(error.message, QStringLiteral("invalid byte 0xFF: expected valid UTF-8 text"));
        EXPECT_EQ(error.toString(),
                  QStringLiteral("r_bad_utf8.csv:3:9: invalid byte 0xFF: expected valid UTF-8 text"));
    }
}

TEST(TextDecoding, reportsInvalidCp949ByteWithLineAndColumn)
{
    // 0xFE 0x41 is no CP949 character (0x80 and 0xFF would be: Windows maps them to U+0080, U+F8F7).
    const QByteArray bytes("a,b\r\n1,\xc7\xd1,\xfe\x41\r\n");
    Error error;
    EXPECT_FALSE(decodeText(bytes, QStringLiteral("CP949"), QStringLiteral("f"), &error));
    EXPECT_EQ(error.line, 2);
    EXPECT_EQ(error.column, 5);
    EXPECT_EQ(error.message, QStringLiteral("invalid byte 0xFE: expected valid CP949 text"));
}

TEST(TextDecoding, reportsTruncatedCp949AtTheEnd)
{
    Error error;
    EXPECT_FALSE(decodeText(QByteArray("a\n\xc7\xd1\xb0"), QStringLiteral("CP949"), QStringLiteral("f"), &error));
    EXPECT_EQ(error.line, 2);
    EXPECT_EQ(error.column, 2);
    EXPECT_TRUE(error.message.contains(QStringLiteral("ends inside a character")));
}

TEST(TextDecoding, reportsTruncatedUtf8AtTheEnd)
{
    QByteArray bytes = QStringLiteral("연도\n2024,일").toUtf8();
    bytes.chop(1);
    EXPECT_EQ(detectEncoding(bytes), QStringLiteral("UTF-8"));
    Error error;
    EXPECT_FALSE(decodeText(bytes, QString(), QStringLiteral("f"), &error));
    EXPECT_EQ(error.line, 2);
    EXPECT_EQ(error.column, 6);
    EXPECT_TRUE(error.message.contains(QStringLiteral("ends inside a character")));
}

TEST(TextDecoding, refusesBinaryData)
{
    const QByteArray bytes("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16);
    EXPECT_TRUE(detectEncoding(bytes).isEmpty());
    Error error;
    EXPECT_FALSE(decodeText(bytes, QString(), QStringLiteral("f"), &error));
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("binary data")));
}

TEST(TextDecoding, refusesUnknownForcedEncoding)
{
    Error error;
    EXPECT_FALSE(decodeText(QByteArray("a"), QStringLiteral("klingon-8"), QStringLiteral("f"), &error));
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("unknown encoding \"klingon-8\"")));
}

TEST(TextDecoding, canonicalNamesCoverKoreanAliases)
{
    EXPECT_EQ(canonicalEncoding(QStringLiteral("EUC-KR")), QStringLiteral("CP949"));
    EXPECT_EQ(canonicalEncoding(QStringLiteral("uhc")), QStringLiteral("CP949"));
    EXPECT_EQ(canonicalEncoding(QStringLiteral("MS949")), QStringLiteral("CP949"));
    EXPECT_EQ(canonicalEncoding(QStringLiteral("utf8")), QStringLiteral("UTF-8"));
    EXPECT_EQ(canonicalEncoding(QStringLiteral("utf-16le")), QStringLiteral("UTF-16LE"));
    EXPECT_TRUE(canonicalEncoding(QStringLiteral("no-such-codec")).isEmpty());
}
