#include <model/import/importer.h>

#include <model/builtindataset.h>
#include <model/cubequery.h>

#include "../model/languageguard.h"
#include "interp_fixtures.h"

#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace medtour;
using test::kpis2024;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(MEDTOUR_TEST_DATA_DIR "/import/") + QString::fromUtf8(name);
}

ImportResult importOk(const char *name, const ImportOptions &options = {})
{
    ImportResult r = importFile(fixture(name), options);
    EXPECT_TRUE(r.cube.has_value()) << name << ": " << r.error.toString().toStdString();
    return r;
}

QString text(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

class ImporterKpis : public ::testing::TestWithParam<const char *> {};

}  // namespace

TEST(Importer, importsTheBuiltInTidyLayoutLikeTheTidyReader)
{
    const auto builtin = loadBuiltinDataset();
    ASSERT_TRUE(builtin.cube.has_value());
    const auto r = importFile(QStringLiteral(MEDTOUR_TEST_DATA_DIR "/../../resources/data/khidi_observations.csv"));
    ASSERT_TRUE(r.cube.has_value());
    EXPECT_EQ(r.provenance.shape, Shape::Tidy);
    EXPECT_FALSE(r.ambiguous);
    EXPECT_EQ(r.cube->rowCount(), builtin.cube->rowCount());
    FilterState f;
    const auto mine = CubeQuery(*r.cube, f).sliceTotal(2024, Measure::RealPatients);
    EXPECT_EQ(mine.value, 1170467);
    EXPECT_EQ(mine.value, CubeQuery(*builtin.cube, f).sliceTotal(2024, Measure::RealPatients).value);
    EXPECT_EQ(text(kpis2024(*r.cube)), text(kpis2024(*builtin.cube)));
    EXPECT_EQ(writeTidyCsv(*r.cube), writeTidyCsv(*builtin.cube));
}

TEST_P(ImporterKpis, giveTheOfficialKpisWhateverTheFormat)
{
    const auto r = importOk(GetParam());
    ASSERT_TRUE(r.cube.has_value());
    const QJsonObject k = kpis2024(*r.cube);
    EXPECT_EQ(k.value(QStringLiteral("total_patients")).toDouble(), 1170467.0) << text(k).toStdString();
    EXPECT_EQ(k.value(QStringLiteral("yoy_growth_pct")).toDouble(), 93.2);
    const QJsonObject top = k.value(QStringLiteral("top_nationality")).toObject();
    EXPECT_EQ(top.value(QStringLiteral("name")).toString(), QStringLiteral("Japan"));
    EXPECT_EQ(top.value(QStringLiteral("name_ko")).toString(), QStringLiteral("일본"));
    EXPECT_EQ(top.value(QStringLiteral("patients")).toDouble(), 441112.0);
    EXPECT_EQ(top.value(QStringLiteral("share_pct")).toDouble(), 37.7);
    // Every format gives exactly the same KPIs as the plain UTF-8 long file.
    EXPECT_EQ(text(k), text(kpis2024(*importOk("i_kpi_long.csv").cube)));
}

INSTANTIATE_TEST_SUITE_P(
    Formats, ImporterKpis,
    ::testing::Values("i_kpi_long.csv", "i_kpi_long_en.csv", "i_kpi_long_cp949.tsv", "i_kpi_wide.csv",
                      "i_kpi_wide_cp949_semicolon.csv", "i_kpi_wide.xlsx", "i_kpi_long.xlsx", "r_utf8.csv",
                      "r_utf8_bom.csv", "r_cp949.csv", "r_utf16le.tsv", "r_utf16be.csv", "r_cr_only.csv",
                      "r_semicolon.csv", "r_tab.tsv", "r_quoted.csv", "r_trailing.csv", "r_comments.csv",
                      "r_table.xlsx"));

TEST(Importer, longAndWideGiveTheSameCube)
{
    const auto longCube = importOk("i_kpi_long.csv");
    const auto wideCube = importOk("i_kpi_wide.csv");
    const auto wideXlsx = importOk("i_kpi_wide.xlsx");
    ASSERT_TRUE(longCube.cube && wideCube.cube && wideXlsx.cube);
    EXPECT_EQ(writeTidyCsv(*wideCube.cube), writeTidyCsv(*longCube.cube));
    EXPECT_EQ(writeTidyCsv(*wideXlsx.cube), writeTidyCsv(*longCube.cube));
}

TEST(Importer, describesWhatItGuessed)
{
    const auto r = importOk("i_kpi_wide_cp949_semicolon.csv");
    const ImportProvenance &p = r.provenance;
    EXPECT_EQ(p.encoding, QStringLiteral("CP949"));
    EXPECT_EQ(p.delimiter, QLatin1Char(';'));
    EXPECT_EQ(p.shape, Shape::Wide);
    EXPECT_EQ(p.dataRows, 7);
    EXPECT_EQ(p.observations, 12);
    EXPECT_TRUE(p.guesses.contains(QStringLiteral("encoding CP949 (detected)"))) << p.guesses.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(p.guesses.contains(QStringLiteral("delimiter ';' (semicolon) (detected)")));
    EXPECT_TRUE(p.guesses.contains(QStringLiteral("shape wide: 2 year columns (2023–2024)")));
    EXPECT_EQ(r.cube->provenance(), fixture("i_kpi_wide_cp949_semicolon.csv"));
}

TEST(Importer, countsARegistryAndWarnsAboutItsExtraColumn)
{
    const auto r = importOk("i_registry.csv");
    ASSERT_TRUE(r.cube.has_value());
    EXPECT_EQ(r.provenance.shape, Shape::RecordLevel);
    EXPECT_EQ(r.provenance.dataRows, 10);
    EXPECT_TRUE(r.provenance.guesses.contains(QStringLiteral("10 records counted")));
    FilterState f;
    EXPECT_EQ(CubeQuery(*r.cube, f).sliceTotal(2024, Measure::RealPatients).value, 8);
    EXPECT_EQ(test::warningsWith(r.warnings, QStringLiteral("\"담당자\" (column 4)")).size(), 1);
}

TEST(Importer, aGivenSpecAndNumberLocaleAreUsed)
{
    ImportOptions options;
    options.numberLocale = NumberLocale::Dot;  // wrong for "1.170.467": an error, not a silent 1.17
    const auto r = importFile(fixture("i_kpi_wide_cp949_semicolon.csv"), options);
    ASSERT_FALSE(r.cube.has_value());
    EXPECT_EQ(r.error.line, 2);
    EXPECT_EQ(r.error.column, 4);
    EXPECT_TRUE(r.error.message.contains(QStringLiteral("expected a whole number"))) << r.error.toString().toStdString();

    const auto guessed = importOk("i_kpi_long.csv");
    ImportOptions given;
    given.spec = guessed.spec;
    given.spec->measure = Measure::DepartmentBased;
    const auto r2 = importFile(fixture("i_kpi_long.csv"), given);
    ASSERT_TRUE(r2.cube.has_value());
    EXPECT_EQ(r2.cube->row(0).key.measure, Measure::DepartmentBased);
    EXPECT_FALSE(r2.ambiguous);
}

TEST(Importer, refusesEmptyMissingAndLegacyFiles)
{
    EXPECT_FALSE(importBytes(QByteArray(), QStringLiteral("e.csv")).cube.has_value());
    const auto missing = importFile(fixture("no_such_file.csv"));
    EXPECT_FALSE(missing.cube.has_value());
    EXPECT_TRUE(missing.error.message.contains(QStringLiteral("cannot open")));
    const auto xls = importBytes(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest", 13), QStringLiteral("old.xls"));
    EXPECT_FALSE(xls.cube.has_value());
    EXPECT_TRUE(xls.error.message.contains(QStringLiteral(".xls"))) << xls.error.toString().toStdString();
}

TEST(Importer, cancelsThroughProgress)
{
    ImportOptions options;
    options.progress = [](qint64, qint64) { return false; };
    const auto r = importFile(fixture("i_kpi_long.csv"), options);
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.cube.has_value());
}

TEST(Importer, errorsNameTheFileAndLine)
{
    const auto r = importBytes(QByteArray("연도,국적,환자수\n2024,일본,1\n2024,중국,many\n"), QStringLiteral("bad.csv"));
    ASSERT_FALSE(r.cube.has_value());
    EXPECT_TRUE(r.error.toString().startsWith(QStringLiteral("bad.csv:3:9: "))) << r.error.toString().toStdString();
}

TEST(Importer, koreanAndEnglishNamedFilesGetTheBuiltInJapaneseNames)
{
    for (const char *name : {"i_kpi_long.csv", "i_kpi_long_en.csv", "i_kpi_wide.xlsx"}) {
        const auto r = importOk(name);
        ASSERT_TRUE(r.cube.has_value()) << name;
        const CategoryDictionary &dict = r.cube->dictionary(Dimension::Nationality);
        const auto japan = dict.find(QStringLiteral("Japan"));
        ASSERT_TRUE(japan.has_value()) << name;
        const Category &c = dict.category(*japan);
        EXPECT_EQ(c.id, QStringLiteral("Japan")) << name;
        EXPECT_EQ(c.nameKo, QStringLiteral("일본")) << name;
        EXPECT_EQ(c.nameJa, QStringLiteral("日本")) << name;
        EXPECT_EQ(dict.find(QStringLiteral("日本")), japan) << name;
        const test::LanguageGuard japanese(Language::Japanese);
        EXPECT_EQ(localizedName(c), QStringLiteral("日本")) << name;
    }
    EXPECT_EQ(currentLanguage(), Language::English);
}
