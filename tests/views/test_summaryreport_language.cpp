// The summary report in Korean and Japanese: texts, category names, numbers and the embedded
// CJK face of the language, read back from the PDF with poppler's pdftotext and pdffonts.
#include <views/growthchart.h>
#include <views/summaryreport.h>
#include <views/translations.h>

#include <model/dashboardmodel.h>
#include <model/language.h>

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "pdftools.h"

#include <optional>

using namespace medtour;
using test::runTool;

namespace {

// Switches the process to a language for one test and back to English at its end, also when
// an assertion returns early (the QApplication is shared by every test of the binary).
class SummaryReportLanguage : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty())
            GTEST_SKIP() << "poppler-utils are not installed";
        ASSERT_FALSE(m_model.loadBuiltin().has_value());
    }
    void TearDown() override { applyLanguage(Language::English); }

    // Exports the report of the built-in dataset (generated 1 March 2025) in `lang` to `name`.
    QString exportIn(Language lang, const QString &name)
    {
        applyLanguage(lang);
        m_model.retranslate();  // the app does this on every switch (summary tables, names)
        const QString path = QDir(outputDir()).filePath(name);
        const SummaryReport report(m_model, QDateTime(QDate(2025, 3, 1), QTime(9, 30)));
        const std::optional<Error> error = report.exportPdf(path);
        EXPECT_FALSE(error.has_value()) << qPrintable(error->toString());
        return path;
    }
    // MEDTOUR_REPORT_OUTPUT_DIR keeps the PDFs for a human to look at.
    QString outputDir() const
    {
        const QString keep = qEnvironmentVariable("MEDTOUR_REPORT_OUTPUT_DIR");
        return keep.isEmpty() ? m_dir.path() : keep;
    }
    static QString text(const QString &path)
    {
        return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}).value_or(QString());
    }
    static QString info(const QString &path) { return runTool(QStringLiteral("pdfinfo"), {path}).value_or(QString()); }

    QTemporaryDir m_dir;
    DashboardModel m_model{nullptr};
};

}  // namespace

TEST_F(SummaryReportLanguage, koreanReportShowsKoreanNamesAndTheSameNumbers)
{
    const QString t = text(exportIn(Language::Korean, QStringLiteral("report_ko.pdf")));
    EXPECT_TRUE(t.contains(QStringLiteral("1,170,467")));
    EXPECT_TRUE(t.contains(QStringLiteral("441,112")));
    EXPECT_TRUE(t.contains(QStringLiteral("일본 37.7%")));   // the top nationality card
    EXPECT_TRUE(t.contains(QStringLiteral("피부과 56.6%")));  // the top specialty card
    // One name per category: the Korean one, not "Japan 일본".
    EXPECT_TRUE(QRegularExpression(QStringLiteral("\\n\\s*1\\s+일본\\s+441,112\\s+37\\.7%\\s+\\+135\\.0%")).match(t).hasMatch()) << qPrintable(t.left(3000));
    EXPECT_FALSE(t.contains(QStringLiteral("Japan")));
    EXPECT_TRUE(t.contains(QStringLiteral("2025년 3월 1일")));  // the generated date
    EXPECT_FALSE(t.contains(QStringLiteral("built-in"))) << "the dataset is named in Korean on every page";
    EXPECT_TRUE(t.contains(QStringLiteral("한국 외국인환자 — 요약 보고서")));  // the title (after the .ts merge)
    EXPECT_TRUE(t.contains(QStringLiteral("1 / ")) && t.contains(QStringLiteral("페이지")));  // "Page %1 of %2" (after the merge)
}

TEST_F(SummaryReportLanguage, japaneseReportShowsJapaneseNamesAndEmbedsTheJapaneseFace)
{
    const QString path = exportIn(Language::Japanese, QStringLiteral("report_ja.pdf"));
    const QString t = text(path);
    EXPECT_TRUE(t.contains(QStringLiteral("1,170,467")));
    EXPECT_TRUE(t.contains(QStringLiteral("日本 37.7%")));
    EXPECT_TRUE(t.contains(QStringLiteral("皮膚科 56.6%")));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("\\n\\s*1\\s+日本\\s+441,112\\s+37\\.7%\\s+\\+135\\.0%")).match(t).hasMatch());
    EXPECT_FALSE(t.contains(QStringLiteral("Japan")));
    EXPECT_FALSE(t.contains(QStringLiteral("일본")));
    EXPECT_TRUE(t.contains(QStringLiteral("2025年3月1日")));
    EXPECT_TRUE(t.contains(QStringLiteral("2009年–2024年")));  // en dash, not the figure dash ‒
    EXPECT_FALSE(t.contains(QChar(0x2F47)));  // the Kangxi radical ⽇ (reportpdftext.h)
    EXPECT_FALSE(t.contains(QStringLiteral("built-in"))) << "the dataset is named in Japanese on every page";
    EXPECT_FALSE(t.contains(QStringLiteral("외국인환자")));
    EXPECT_TRUE(t.contains(QStringLiteral("韓国の外国人患者 — 概要レポート")));  // the title (after the .ts merge)

    const QString fonts = runTool(QStringLiteral("pdffonts"), {path}).value_or(QString());
    EXPECT_TRUE(fonts.contains(QStringLiteral("NotoSansCJKjp"))) << qPrintable(fonts);
    EXPECT_TRUE(info(path).contains(QStringLiteral("MedTour Dashboard 概要レポート 2024年")));  // after the merge
}

TEST_F(SummaryReportLanguage, englishReportShowsOneEnglishNamePerCategory)
{
    const QString t = text(exportIn(Language::English, QStringLiteral("report_en.pdf")));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("\\n\\s*1\\s+Japan\\s+441,112\\s+37\\.7%")).match(t).hasMatch());
    EXPECT_FALSE(t.contains(QStringLiteral("일본")));
    EXPECT_FALSE(t.contains(QStringLiteral("피부과")));
    EXPECT_TRUE(t.contains(QStringLiteral("1 March 2025")));
    EXPECT_TRUE(t.contains(QStringLiteral("Foreign patients in Korea — summary report")));
}

TEST_F(SummaryReportLanguage, aReportKeptAcrossALanguageSwitchLaysItselfOutAgain)
{
    applyLanguage(Language::English);
    const SummaryReport report(m_model);
    ASSERT_GE(report.pageCount(), 2);  // laid out in English
    applyLanguage(Language::Korean);
    m_model.retranslate();
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("switched.pdf"));
    ASSERT_FALSE(report.exportPdf(path).has_value());
    const QString t = text(path);
    EXPECT_TRUE(t.contains(QStringLiteral("일본 37.7%")));
    EXPECT_FALSE(t.contains(QStringLiteral("Japan 37.7%")));
}

TEST_F(SummaryReportLanguage, theChartsFollowTheChartOptionsOfTheView)
{
    applyLanguage(Language::Korean);
    m_model.retranslate();
    const QString defaults = QDir(m_dir.path()).filePath(QStringLiteral("defaults.pdf"));
    ASSERT_FALSE(SummaryReport(m_model).exportPdf(defaults).has_value());

    ViewState view;
    view.nationalityMode = ShareChartMode::RankedBars;
    view.koreanUnits = true;
    view.growthLogScale = true;
    SummaryReport report(m_model);
    report.setChartOptions(view);
    const QString withView = QDir(m_dir.path()).filePath(QStringLiteral("view.pdf"));
    ASSERT_FALSE(report.exportPdf(withView).has_value());

    const QString before = text(defaults);
    const QString after = text(withView);
    // The ranked bars' value label of Japan in Korean units; the donut draws no counts.
    EXPECT_FALSE(before.contains(QStringLiteral("44만 1,112")));
    EXPECT_TRUE(after.contains(QStringLiteral("44만 1,112"))) << qPrintable(after.left(4000));
    // The growth chart's axis title on a log scale.
    const QString logAxis = GrowthChart::tr("Patients (log scale)");
    EXPECT_NE(logAxis, QStringLiteral("Patients (log scale)")) << "translated";
    EXPECT_FALSE(before.contains(logAxis));
    EXPECT_TRUE(after.contains(logAxis));
    // The tables keep exact figures whatever the charts' units.
    EXPECT_TRUE(after.contains(QStringLiteral("1,170,467")));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("\\n\\s*1\\s+일본\\s+441,112\\s+37\\.7%")).match(after).hasMatch());
}
