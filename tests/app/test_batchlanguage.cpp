// End-to-end tests of --lang (issue 7): the real binary writes the report and the charts in
// Korean or Japanese; filters given on the command line keep their stable ids.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct RunResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

RunResult run(const QStringList &args, const QString &locale = QStringLiteral("C.UTF-8"))
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    e.insert(QStringLiteral("LANG"), locale);  // by default --lang, not the locale, decides
    for (const QString &name : e.keys()) {
        if (name.startsWith(QLatin1String("LC_")) || name == QLatin1String("LANGUAGE"))
            e.remove(name);
    }
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(MEDTOUR_DASHBOARD_BIN), args);
    EXPECT_TRUE(p.waitForFinished(120000));
    return RunResult{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                     p.readAllStandardError()};
}

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct LanguageCase {
    const char *lang;
    const char *title;           // the report title in that language
    QStringList categories;      // category names the report must show in that language
    const char *fontName;        // the CJK face embedded for that language (pdffonts)
};

class BatchLanguage : public ::testing::TestWithParam<LanguageCase> {};

}  // namespace

TEST_P(BatchLanguage, reportPdfIsInTheChosenLanguage)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const LanguageCase &c = GetParam();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const RunResult r = run({QStringLiteral("--lang"), QString::fromLatin1(c.lang), QStringLiteral("--report-pdf"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QString::fromUtf8(c.title))) << c.lang << ": no title in\n" << text.left(600).toStdString();
    for (const QString &name : c.categories)
        EXPECT_TRUE(text.contains(name)) << c.lang << ": no " << name.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1,170,467")));
    EXPECT_TRUE(text.contains(QStringLiteral("+93.2%")));
    EXPECT_TRUE(text.contains(QStringLiteral("37.7%")));
    const QString fonts = tool(QStringLiteral("pdffonts"), {pdf});
    EXPECT_TRUE(fonts.contains(QString::fromLatin1(c.fontName))) << fonts.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Languages, BatchLanguage,
    ::testing::Values(
        LanguageCase{"en", "Foreign patients in Korea — summary report",
                     {QStringLiteral("Japan"), QStringLiteral("Dermatology")}, "NotoSansCJKkr"},
        LanguageCase{"ko", "한국 외국인환자 — 요약 보고서",
                     {QStringLiteral("일본"), QStringLiteral("중국"), QStringLiteral("피부과")}, "NotoSansCJKkr"},
        LanguageCase{"ja", "韓国の外国人患者 — 概要レポート",
                     {QStringLiteral("日本"), QStringLiteral("中国"), QStringLiteral("皮膚科")}, "NotoSansCJKjp"}),
    [](const ::testing::TestParamInfo<LanguageCase> &info) { return std::string(info.param.lang); });

TEST(BatchLanguageOptions, unknownLanguageIsAUsageError)
{
    const RunResult r = run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--summary-json"), QStringLiteral("-")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("--lang: expected en, ko or ja")) << r.err.toStdString();
}

TEST(BatchLanguageOptions, japaneseCategoryNameSelectsTheSameIdAsEnglish)
{
    const RunResult ja = run({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--nationality"),
                              QStringLiteral("日本"), QStringLiteral("--summary-json"), QStringLiteral("-")});
    ASSERT_EQ(ja.exitCode, 0) << ja.err.toStdString();
    const RunResult en = run({QStringLiteral("--nationality"), QStringLiteral("Japan"), QStringLiteral("--summary-json"),
                              QStringLiteral("-")});
    ASSERT_EQ(en.exitCode, 0) << en.err.toStdString();
    const QJsonObject a = QJsonDocument::fromJson(ja.out).object();
    const QJsonObject b = QJsonDocument::fromJson(en.out).object();
    EXPECT_EQ(a.value(QStringLiteral("filter")), b.value(QStringLiteral("filter")));
    EXPECT_EQ(a.value(QStringLiteral("filter")).toObject().value(QStringLiteral("nationality")).toArray(),
              QJsonArray{QStringLiteral("Japan")});
    EXPECT_EQ(a.value(QStringLiteral("kpis")).toObject().value(QStringLiteral("total_patients")).toInteger(), 441112);
}

TEST(BatchLanguageOptions, withoutLangTheSystemLocaleDecidesAndLangOverridesIt)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QTemporaryDir dir;
    const auto titleOf = [&dir](const QStringList &args, const QString &locale) {
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        const RunResult r = run(QStringList{QStringLiteral("--report-pdf"), pdf} + args, locale);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return tool(QStringLiteral("pdftotext"), {QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
    };
    EXPECT_TRUE(titleOf({}, QStringLiteral("ko_KR.UTF-8")).contains(QStringLiteral("한국 외국인환자 — 요약 보고서")));
    EXPECT_TRUE(titleOf({}, QStringLiteral("ja_JP.UTF-8")).contains(QStringLiteral("韓国の外国人患者 — 概要レポート")));
    EXPECT_TRUE(titleOf({}, QStringLiteral("de_DE.UTF-8")).contains(QStringLiteral("Foreign patients in Korea — summary report")));
    EXPECT_TRUE(titleOf({QStringLiteral("--lang"), QStringLiteral("en")}, QStringLiteral("ko_KR.UTF-8"))
                    .contains(QStringLiteral("Foreign patients in Korea — summary report")));
}
