// Batch mode with --view FILE: the saved view's filter applies, explicit options override it,
// a category the data lacks is a warning (not an error), a broken file is a data error.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct ViewRun {
    int exitCode = -1;
    QJsonObject json;
    QString err;
};

ViewRun runWithView(const QJsonObject &view, const QStringList &extra = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view.json"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(view).toJson());
    file.close();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MEDTOUR_DASHBOARD_BIN),
            QStringList{QStringLiteral("--summary-json"), QStringLiteral("-"), QStringLiteral("--view"), path} + extra);
    EXPECT_TRUE(p.waitForFinished(120000));
    return ViewRun{p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object(),
               QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject japan2023View()
{
    QJsonObject filter{{QStringLiteral("focus_year"), 2023},
                       {QStringLiteral("from_year"), 2015},
                       {QStringLiteral("to_year"), 2024},
                       {QStringLiteral("nationality"), QJsonArray{QStringLiteral("Japan"), QStringLiteral("Atlantis")}}};
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("medtour-view")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("filter"), filter},
                       {QStringLiteral("charts"), QJsonObject{{QStringLiteral("nationality_mode"), QStringLiteral("ranked_bars")}}}};
}


}  // namespace

TEST(BatchView, theViewsFilterGivesTheExpectedJson)
{
    const ViewRun r = runWithView(japan2023View());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject filter = r.json.value(QStringLiteral("filter")).toObject();
    EXPECT_EQ(filter.value(QStringLiteral("focus_year")).toInt(), 2023);
    EXPECT_EQ(filter.value(QStringLiteral("from_year")).toInt(), 2015);
    EXPECT_EQ(filter.value(QStringLiteral("nationality")).toArray(), QJsonArray{QStringLiteral("Japan")});
    EXPECT_EQ(r.json.value(QStringLiteral("focus_year")).toInt(), 2023);
    EXPECT_TRUE(r.json.value(QStringLiteral("charts")).toObject().value(QStringLiteral("yoy_growth")).isArray());
    // The missing category is named on standard error, and the run still succeeds.
    EXPECT_TRUE(r.err.contains(QStringLiteral("warning: Nationality \"Atlantis\" is not in the data"))) << r.err.toStdString();
    EXPECT_TRUE(r.json.contains(QStringLiteral("kpis")));
}

TEST(BatchView, explicitOptionsOverrideTheView)
{
    const ViewRun r = runWithView(japan2023View(), {QStringLiteral("--year"), QStringLiteral("2024"),
                                                QStringLiteral("--nationality"), QStringLiteral("China")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject filter = r.json.value(QStringLiteral("filter")).toObject();
    EXPECT_EQ(filter.value(QStringLiteral("focus_year")).toInt(), 2024);
    EXPECT_EQ(filter.value(QStringLiteral("from_year")).toInt(), 2015);  // still the view's
    EXPECT_EQ(filter.value(QStringLiteral("nationality")).toArray(), QJsonArray{QStringLiteral("China")});
}

TEST(BatchView, anExpandedOtherListsEveryNationality)
{
    QJsonObject view = japan2023View();
    view.insert(QStringLiteral("filter"), QJsonObject{{QStringLiteral("expand_other"), QJsonArray{QStringLiteral("nationality")}}});
    const ViewRun r = runWithView(view);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray shares =
        r.json.value(QStringLiteral("charts")).toObject().value(QStringLiteral("nationality_shares")).toArray();
    EXPECT_GT(shares.size(), 6);
    EXPECT_EQ(shares.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Japan"));
}

TEST(BatchView, aFileThatIsNotAViewIsADataError)
{
    const ViewRun r = runWithView(QJsonObject{{QStringLiteral("format"), QStringLiteral("something-else")}});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("medtour-view"))) << r.err.toStdString();
}

TEST(BatchView, theReportsChartsFollowTheViewsChartOptions)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("report.pdf"));
    QJsonObject view = japan2023View();
    view.insert(QStringLiteral("filter"), QJsonObject{{QStringLiteral("focus_year"), 2024}});
    view.insert(QStringLiteral("charts"), QJsonObject{{QStringLiteral("nationality_mode"), QStringLiteral("ranked_bars")},
                                                      {QStringLiteral("korean_units"), true}});
    const ViewRun r = runWithView(view, {QStringLiteral("--report-pdf"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString t = QString::fromUtf8(text.readAllStandardOutput());
    // Japan's bar in Korean units (the default donut draws no counts); the tables stay exact.
    EXPECT_TRUE(t.contains(QStringLiteral("44만 1,112"))) << qPrintable(t.left(3000));
    EXPECT_TRUE(t.contains(QStringLiteral("441,112")));
    EXPECT_TRUE(t.contains(QStringLiteral("1,170,467")));
}

TEST(BatchView, unusableValuesAreWarningsOnStandardError)
{
    QJsonObject view = japan2023View();
    view.insert(QStringLiteral("filter"), QJsonObject{{QStringLiteral("nationality"), QStringLiteral("Japan")},
                                                      {QStringLiteral("top_n"), -3}});
    view.insert(QStringLiteral("charts"), QJsonObject{{QStringLiteral("korean_units"), QStringLiteral("yes")}});
    const ViewRun r = runWithView(view);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("warning: \"filter.nationality\": expected a list of names"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("warning: \"filter.top_n\": -3 is outside 1–50; 1 is used"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("warning: \"charts.korean_units\": expected true / false"))) << r.err.toStdString();
    EXPECT_EQ(r.json.value(QStringLiteral("filter")).toObject().value(QStringLiteral("top_n")).toInt(), 1);
}
