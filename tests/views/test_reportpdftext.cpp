// The ToUnicode correction of exported PDFs: rare code points that share a glyph with common
// characters in the CJK faces are mapped back to the common characters, in place.
#include <views/reportpdftext.h>

#include <views/appfonts.h>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

// A ToUnicode CMap as Qt's PDF writer emits it, inside some other PDF bytes.
const QByteArray kCmap =
    "5 0 obj\n<< /Length 300 >>\nstream\n"
    "begincmap\n"
    "3 beginbfrange\n"
    "<0000> <0000> <0000>\n"
    "<0001> <0004> [<2F47> <0009> <2012> <AD6D> ]\n"
    "<0005> <0005> <2F6A>\n"
    "<0010> <0019> <2F00>\n"
    "endbfrange\n"
    "endcmap\nendstream\nendobj\n";

}  // namespace

TEST(ReportPdfText, cjkFacesShareRadicalGlyphsWithTheIdeographs)
{
    const QHash<char16_t, char16_t> map = sharedGlyphReplacements({dashboardFontFamily(Language::Japanese)});
    ASSERT_FALSE(map.isEmpty()) << "Noto Sans CJK JP (fonts-noto-cjk) is not installed";
    EXPECT_EQ(map.value(0x2F47), char16_t(0x65E5));  // ⽇ -> 日
    EXPECT_EQ(map.value(0x2F6A), char16_t(0x76AE));  // ⽪ -> 皮
    EXPECT_EQ(map.value(0x2012), char16_t(0x2013));  // figure dash -> en dash
    EXPECT_EQ(map.value(0x2027), char16_t(0x30FB));  // hyphenation point -> katakana middle dot
    EXPECT_EQ(map.value(0x0009), char16_t(0x0020));  // tab -> space
    EXPECT_FALSE(map.contains(0x65E5));               // common characters stay as they are
    EXPECT_FALSE(map.contains(0xAD6D));
}

TEST(ReportPdfText, rewritesSingleAndArrayDestinationsInPlace)
{
    const QHash<char16_t, char16_t> map{{0x2F47, 0x65E5}, {0x0009, 0x0020}, {0x2012, 0x2013}, {0x2F6A, 0x76AE},
                                        {0x2F00, 0x4E00}};
    QByteArray pdf = QByteArray("%PDF-1.4\n") + kCmap;
    const qsizetype size = pdf.size();
    EXPECT_EQ(fixToUnicodeMaps(pdf, map), 4);
    EXPECT_EQ(pdf.size(), size);  // offsets of the file stay valid
    EXPECT_TRUE(pdf.contains("<0001> <0004> [<65E5> <0020> <2013> <AD6D> ]"));
    EXPECT_TRUE(pdf.contains("<0005> <0005> <76AE>"));
    // An incremental range maps ten glyphs to ten code points; it is left alone.
    EXPECT_TRUE(pdf.contains("<0010> <0019> <2F00>"));
}

TEST(ReportPdfText, leavesPdfsWithoutCmapsOrReplacementsUnchanged)
{
    QByteArray plain("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n<2F47> <2F47> <2F47>\n");
    const QByteArray before = plain;
    EXPECT_EQ(fixToUnicodeMaps(plain, {{0x2F47, 0x65E5}}), 0);  // outside any bfrange
    EXPECT_EQ(plain, before);
    QByteArray cmap = kCmap;
    EXPECT_EQ(fixToUnicodeMaps(cmap, {}), 0);
    EXPECT_EQ(cmap, kCmap);
}
