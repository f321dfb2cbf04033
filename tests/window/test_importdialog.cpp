// The import dialog previews a CP949 file as Korean, re-reads on an encoding change, offers a
// role per column, returns the options with the spec, and remembers the mapping per header.
#include <app/importdialog.h>
#include <views/appfonts.h>

#include <QComboBox>
#include <QFile>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

// "국적,2023년,2024년 / 일본,"1,234","2,345" / 중국,100,200" in CP949.
const QByteArray kCp949Wide = "\xB1\xB9\xC0\xFB,2023\xB3\xE2,2024\xB3\xE2\n\xC0\xCF\xBA\xBB,\"1,234\",\"2,345\"\n"
                              "\xC1\xDF\xB1\xB9,100,200\n";

struct Fixture {
    QTemporaryDir dir;
    QString file = dir.filePath(QStringLiteral("국적별_환자수.csv"));
    Fixture()
    {
        QSettings().remove(QStringLiteral("import"));
        installApplicationFonts();
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(kCp949Wide);
    }
};

}  // namespace

TEST(ImportDialog, previewsCp949AsKorean)
{
    Fixture f;
    ImportDialog dialog(f.file, {}, std::nullopt, nullptr);
    EXPECT_EQ(dialog.encodingCombo()->currentText(), QStringLiteral("CP949"));
    EXPECT_EQ(dialog.delimiterCombo()->currentData().toChar(), QLatin1Char(','));
    EXPECT_EQ(dialog.header(), (QStringList{QStringLiteral("국적"), QStringLiteral("2023년"), QStringLiteral("2024년")}));
    ASSERT_EQ(dialog.previewTable()->rowCount(), 3) << "role row + 2 data rows";
    EXPECT_EQ(dialog.previewTable()->item(1, 0)->text(), QStringLiteral("일본"));
    EXPECT_EQ(dialog.previewTable()->item(1, 1)->text(), QStringLiteral("1,234"));
    EXPECT_TRUE(dialog.previewError().isEmpty());
}

TEST(ImportDialog, changingTheEncodingRereadsThePreview)
{
    Fixture f;
    ImportDialog dialog(f.file, {}, std::nullopt, nullptr);
    dialog.encodingCombo()->setCurrentText(QStringLiteral("UTF-8"));
    EXPECT_FALSE(dialog.previewError().isEmpty()) << "CP949 bytes are not valid UTF-8";
    EXPECT_TRUE(dialog.previewError().contains(QStringLiteral(":1:"))) << dialog.previewError().toStdString();
    dialog.encodingCombo()->setCurrentText(QStringLiteral("CP949"));
    EXPECT_TRUE(dialog.previewError().isEmpty());
    EXPECT_EQ(dialog.previewTable()->item(2, 0)->text(), QStringLiteral("중국"));
}

TEST(ImportDialog, returnsTheChosenMapping)
{
    Fixture f;
    ImportDialog dialog(f.file, {}, std::nullopt, nullptr);
    ASSERT_NE(dialog.roleCombo(0), nullptr);
    EXPECT_EQ(dialog.roleCombo(0)->currentText(), QStringLiteral("Nationality"));
    EXPECT_EQ(dialog.roleCombo(2)->currentText(), QStringLiteral("Year value (wide)"));
    const ImportOptions o = dialog.options();
    EXPECT_EQ(o.encoding, QStringLiteral("CP949"));
    ASSERT_TRUE(o.spec.has_value());
    EXPECT_EQ(o.spec->shape, Shape::Wide);
    ASSERT_EQ(o.spec->columns.size(), 3);
    EXPECT_EQ(o.spec->columns.at(0).dimension, Dimension::Nationality);
    EXPECT_EQ(o.spec->columns.at(2).role, ColumnRole::YearValue);
    EXPECT_EQ(o.spec->columns.at(2).year, 2024);
}

TEST(ImportDialog, remembersTheMappingPerHeader)
{
    Fixture f;
    {
        ImportDialog dialog(f.file, {}, std::nullopt, nullptr);
        dialog.roleCombo(1)->setCurrentText(QStringLiteral("Ignore"));
        dialog.numberLocaleCombo()->setCurrentIndex(dialog.numberLocaleCombo()->findData(int(NumberLocale::Dot)));
        dialog.accept();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    const auto remembered = ImportDialog::rememberedSpec(
        {QStringLiteral("국적"), QStringLiteral("2023년"), QStringLiteral("2024년")});
    ASSERT_TRUE(remembered.has_value());
    EXPECT_EQ(remembered->columns.at(1).role, ColumnRole::Ignore);
    ImportDialog again(f.file, {}, std::nullopt, nullptr);
    EXPECT_EQ(again.roleCombo(1)->currentText(), QStringLiteral("Ignore")) << "pre-selected next time";
    EXPECT_EQ(again.options().numberLocale, NumberLocale::Dot);
    EXPECT_FALSE(ImportDialog::rememberedSpec({QStringLiteral("other"), QStringLiteral("header")}).has_value());
}

TEST(ImportDialog, screenshot)
{
    Fixture f;
    ImportDialog dialog(f.file, {}, std::nullopt, nullptr);
    dialog.resize(900, 560);
    const QImage image = dialog.grab().toImage();
    EXPECT_EQ(image.width(), int(900 * image.devicePixelRatio()));
    if (!qEnvironmentVariableIsEmpty("MEDTOUR_SCREENSHOT_DIR"))
        image.save(qEnvironmentVariable("MEDTOUR_SCREENSHOT_DIR") + QStringLiteral("/importdialog.png"));
}
