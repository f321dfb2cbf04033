// The charts' tables as XLSX (libxlsxwriter): numbers as numbers, bold header, missing cells
// empty, the source line last; atomic writes. The workbook is read back with `unzip -p`.
#include <views/xlsxtableexport.h>
#include <views/translations.h>

#include <model/dashboardmodel.h>
#include <model/growthtablemodel.h>
#include <model/sharetablemodel.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A member of the workbook's zip archive; empty when unzip is missing or the member is absent.
QString zipMember(const QString &path, const QString &member)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, member});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return {};
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

}  // namespace

TEST(XlsxTableExport, writesNumbersAsNumbersAndTextAsSharedStrings)
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        GTEST_SKIP() << "unzip is not installed";
    DashboardModel model(nullptr);
    ASSERT_FALSE(model.loadBuiltin().has_value());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tables.xlsx"));
    ASSERT_FALSE(writeXlsxWorkbook({{model.nationalityShares(), QStringLiteral("Nationality shares")},
                                    {model.growth(), QStringLiteral("YoY growth")},
                                    {model.specialtyBreakdown(), QStringLiteral("Specialties: [all]")}},
                                   path)
                     .has_value());
    EXPECT_TRUE(readAll(path).startsWith("PK"));
    const QString workbook = zipMember(path, QStringLiteral("xl/workbook.xml"));
    EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"Nationality shares\"")));
    EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"Specialties   all\"")));  // []: replaced
    const QString strings = zipMember(path, QStringLiteral("xl/sharedStrings.xml"));
    for (const char *text : {"Patients", "Share", "Japan", "Source: MOHW / KHIDI"})
        EXPECT_TRUE(strings.contains(QString::fromUtf8(text))) << text;
    EXPECT_FALSE(strings.contains(QStringLiteral("441,112"))) << "a count was written as text";
    EXPECT_FALSE(strings.contains(QStringLiteral(">n/a<"))) << "missing must be an empty cell";
    const QString shares = zipMember(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    EXPECT_TRUE(shares.contains(QStringLiteral("<v>441112</v>"))) << "Japan's patients as a number";
    EXPECT_TRUE(QRegularExpression(QStringLiteral("<v>37\\.\\d+</v>")).match(shares).hasMatch()) << "share as a number";
    const QString growth = zipMember(path, QStringLiteral("xl/worksheets/sheet2.xml"));
    EXPECT_TRUE(growth.contains(QStringLiteral("<v>1170467</v>")));
    EXPECT_TRUE(growth.contains(QStringLiteral("<v>2024</v>")));
    const QString styles = zipMember(path, QStringLiteral("xl/styles.xml"));
    EXPECT_TRUE(styles.contains(QStringLiteral("<b/>"))) << "bold header font";
    const QString core = zipMember(path, QStringLiteral("docProps/core.xml"));
    EXPECT_TRUE(core.contains(QStringLiteral("MedTour Dashboard")));
}

TEST(XlsxTableExport, missingValuesAreEmptyCellsNotZero)
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        GTEST_SKIP() << "unzip is not installed";
    DashboardModel model(nullptr);
    ASSERT_FALSE(model.loadBuiltin().has_value());
    FilterState filter = model.filter();
    filter.focusYear = 2022;  // nationality figures published as shares only
    model.setFilter(filter);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shares.xlsx"));
    ASSERT_FALSE(writeXlsxFile(*model.nationalityShares(), path, QStringLiteral("Shares 2022")).has_value());
    const QString sheet = zipMember(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    // Row 2 (the first category): the Patients cell (column C) is absent, the share is a number.
    const QRegularExpression row2(QStringLiteral("<row r=\"2\"[^>]*>(.*?)</row>"));
    const QString cells = row2.match(sheet).captured(1);
    ASSERT_FALSE(cells.isEmpty()) << sheet.toStdString();
    EXPECT_FALSE(cells.contains(QStringLiteral("r=\"C2\""))) << cells.toStdString();
    EXPECT_TRUE(cells.contains(QStringLiteral("r=\"D2\""))) << cells.toStdString();
}

TEST(XlsxTableExport, failedSaveLeavesTheOldFileUnchanged)
{
    DashboardModel model(nullptr);
    ASSERT_FALSE(model.loadBuiltin().has_value());
    QTemporaryDir dir;
    // Root ignores permissions, so read-only folders do not fail here. A name of the maximum
    // length (255 bytes) can exist, but QSaveFile's temporary file beside it cannot be created.
    const QString path = dir.filePath(QString(250, QLatin1Char('x')) + QStringLiteral(".xlsx"));
    const QByteArray original("previous workbook, must survive");
    {
        QFile existing(path);
        ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
        existing.write(original);
    }
    const auto error = writeXlsxFile(*model.growth(), path, QStringLiteral("Growth"));
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->file, path);
    EXPECT_TRUE(error->message.contains(QStringLiteral("cannot"))) << error->message.toStdString();
    EXPECT_EQ(readAll(path), original);

    // A regular file where the folder should be: no user can write below it.
    const QString blocked = dir.filePath(QString(250, QLatin1Char('x')) + QStringLiteral(".xlsx/tables.xlsx"));
    const auto blockedError = writeXlsxFile(*model.growth(), blocked, QStringLiteral("Growth"));
    ASSERT_TRUE(blockedError.has_value());
    EXPECT_FALSE(QFile::exists(blocked));
}

TEST(XlsxTableExport, koreanWorkbookHasKoreanNamesAndStillWritesNumbersAsNumbers)
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        GTEST_SKIP() << "unzip is not installed";
    DashboardModel model(nullptr);
    ASSERT_FALSE(model.loadBuiltin().has_value());
    applyLanguage(Language::Korean);
    model.retranslate();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tables_ko.xlsx"));
    const std::optional<Error> error = writeXlsxWorkbook({{model.nationalityShares(), QStringLiteral("국적별 비중")},
                                                         {model.growth(), QStringLiteral("전년 대비 증감률")}},
                                                        path);
    applyLanguage(Language::English);
    ASSERT_FALSE(error.has_value());
    EXPECT_TRUE(zipMember(path, QStringLiteral("xl/workbook.xml")).contains(QStringLiteral("name=\"국적별 비중\"")));
    const QString strings = zipMember(path, QStringLiteral("xl/sharedStrings.xml"));
    EXPECT_TRUE(strings.contains(QStringLiteral("일본")));
    EXPECT_FALSE(strings.contains(QStringLiteral(">자료 없음<"))) << "missing must be an empty cell in Korean too";
    EXPECT_FALSE(strings.contains(QStringLiteral(">n/a<")));
    EXPECT_TRUE(zipMember(path, QStringLiteral("xl/worksheets/sheet1.xml")).contains(QStringLiteral("<v>441112</v>")));
    EXPECT_TRUE(zipMember(path, QStringLiteral("xl/worksheets/sheet2.xml")).contains(QStringLiteral("<v>1170467</v>")));
}
