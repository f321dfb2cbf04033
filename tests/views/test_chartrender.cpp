#include <views/chartrender.h>
#include <views/charttheme.h>
#include <views/growthchart.h>
#include <views/nationalitysharechart.h>
#include <views/specialtybreakdownchart.h>
#include <views/translations.h>

#include <model/dashboardmodel.h>

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFontInfo>
#include <QGuiApplication>
#include <QImageReader>
#include <QPainter>
#include <QProcess>
#include <QRawFont>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace medtour;

namespace {

struct Loaded {
    DashboardModel model{nullptr};
    Loaded() { EXPECT_FALSE(model.loadBuiltin().has_value()); }
};

const PngOptions kPrint{QSize(1600, 900), 300, false};

QImage readPng(const QString &path)
{
    QImageReader reader(path);
    return reader.read();
}

int nonWhitePixels(const QImage &image, const QRect &area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            count += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    }
    return count;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

}  // namespace

TEST(ChartRender, pngHasTheExactPixelSizeAndDpi)
{
    Loaded data;
    NationalityShareChart chart(data.model.nationalityShares(), nullptr);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shares.png"));
    ASSERT_FALSE(exportChartPng(chart, path, kPrint).has_value());
    const QImage image = readPng(path);
    ASSERT_EQ(image.size(), QSize(1600, 900));
    EXPECT_EQ(image.dotsPerMeterX(), std::lround(300 / 0.0254));
    EXPECT_EQ(image.dotsPerMeterY(), std::lround(300 / 0.0254));
    EXPECT_GT(distinctColours(image), 50);
    EXPECT_GT(nonWhitePixels(image, image.rect()), 1600 * 900 / 20);
}

TEST(ChartRender, everyChartAndModeRendersSomething)
{
    Loaded data;
    QObject owner;
    QList<DashboardChart *> charts;
    for (auto mode : {NationalityShareChart::Mode::Donut, NationalityShareChart::Mode::RankedBars})
        charts << new NationalityShareChart(data.model.nationalityShares(), &owner, mode);
    charts << new GrowthChart(data.model.growth(), &owner);
    using SMode = SpecialtyBreakdownChart::Mode;
    for (auto mode : {SMode::FocusYearBars, SMode::StackedYears, SMode::PercentYears})
        charts << new SpecialtyBreakdownChart(data.model.specialtyBreakdown(), &owner, mode);
    // MEDTOUR_CHART_OUTPUT_DIR keeps the images for a human to look at.
    QTemporaryDir tmp;
    const QString outDir = qEnvironmentVariableIsSet("MEDTOUR_CHART_OUTPUT_DIR")
        ? qEnvironmentVariable("MEDTOUR_CHART_OUTPUT_DIR") : tmp.path();
    for (int i = 0; i < charts.size(); ++i) {
        for (const PngOptions &options : {kPrint, PngOptions{}}) {
            const QString path = QDir(outDir).filePath(QStringLiteral("%1-%2-%3dpi.png").arg(charts.at(i)->fileStem()).arg(i).arg(options.dpi));
            ASSERT_FALSE(exportChartPng(*charts.at(i), path, options).has_value());
            const QImage image = readPng(path);
            EXPECT_EQ(image.size(), options.pixelSize);
            EXPECT_GT(distinctColours(image), 30) << path.toStdString();
        }
    }
}

TEST(ChartRender, liveChartShownInAViewExportsLikeANeverShownOne)
{
    Loaded data;
    GrowthChart live(data.model.growth(), nullptr);
    QChartView view(live.chart());
    view.resize(333, 222);
    view.show();
    GrowthChart hidden(data.model.growth(), nullptr);
    QTemporaryDir dir;
    const PngOptions small{QSize(800, 500), 96, false};
    ASSERT_FALSE(exportChartPng(live, dir.filePath(QStringLiteral("a.png")), small).has_value());
    ASSERT_FALSE(exportChartPng(hidden, dir.filePath(QStringLiteral("b.png")), small).has_value());
    EXPECT_EQ(readPng(dir.filePath(QStringLiteral("a.png"))), readPng(dir.filePath(QStringLiteral("b.png"))));
    EXPECT_EQ(live.chart()->size(), view.chart()->size());  // the live chart was not resized for export
}

TEST(ChartRender, transparentPngKeepsTheBackgroundClear)
{
    Loaded data;
    GrowthChart chart(data.model.growth(), nullptr);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.png"));
    ASSERT_FALSE(exportChartPng(chart, path, PngOptions{QSize(400, 300), 96, true}).has_value());
    const QImage image = readPng(path);
    EXPECT_EQ(qAlpha(image.pixel(1, 1)), 0);
}

TEST(ChartRender, unwritablePathIsAnErrorNamingTheFile)
{
    Loaded data;
    GrowthChart chart(data.model.growth(), nullptr);
    const QString path = QStringLiteral("/nonexistent-dir/x/chart.png");
    const std::optional<Error> error = exportChartPng(chart, path, kPrint);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->file, path);
    EXPECT_FALSE(error->message.isEmpty());
    EXPECT_FALSE(QFile::exists(path));
}

TEST(ChartRender, svgHasTitleAndRealText)
{
    Loaded data;
    NationalityShareChart chart(data.model.nationalityShares(), nullptr);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shares.svg"));
    ASSERT_FALSE(exportChartSvg(chart, path, QSize(960, 600)).has_value());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(svg.contains(QStringLiteral("<title>Nationality shares, 2024 (real patients)</title>")));
    EXPECT_TRUE(svg.contains(QStringLiteral("Japan 37.7%")));
}

TEST(ChartRender, svgInKoreanHasKoreanNamesAsRealText)
{
    Loaded data;
    applyLanguage(Language::Korean);
    data.model.retranslate();
    NationalityShareChart chart(data.model.nationalityShares(), nullptr);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shares_ko.svg"));
    const std::optional<Error> error = exportChartSvg(chart, path, QSize(960, 600));
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    const QString svg = QString::fromUtf8(file.readAll());
    applyLanguage(Language::English);
    ASSERT_FALSE(error.has_value());
    ASSERT_TRUE(opened);
    EXPECT_TRUE(svg.contains(QStringLiteral("일본")));
    EXPECT_TRUE(svg.contains(QStringLiteral("37.7%")));
}

TEST(ChartRender, unavailableReasonIsPaintedInsteadOfData)
{
    QChart chart;
    QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        renderChart(chart, painter, QRectF(0, 0, 400, 300), QStringLiteral("No published breakdown"));
    }
    EXPECT_GT(nonWhitePixels(image, QRect(100, 120, 200, 60)), 50);
    EXPECT_EQ(chart.scene(), nullptr);  // the temporary scene let go of the chart
}

TEST(ChartTheme, fontCoversKoreanAndRendersGlyphs)
{
    const QFont font = chartFont(ChartText::Legend);
    EXPECT_EQ(font.pixelSize(), 12);
    EXPECT_TRUE(QFontInfo(font).family().contains(QStringLiteral("CJK")));
    EXPECT_TRUE(QRawFont::fromFont(font).supportsCharacter(U'일'));
    EXPECT_TRUE(QFontMetrics(font).inFontUcs4(U'일'));
    QImage image(200, 60, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setFont(font);
        painter.drawText(image.rect(), Qt::AlignCenter, QStringLiteral("일본"));
    }
    EXPECT_GT(nonWhitePixels(image, image.rect()), 40);
}

// Runs in a child process (see the next test) with QT_SCALE_FACTOR set; skipped otherwise.
TEST(ChartRenderChild, writesPngUnderScaleFactor)
{
    const QString out = qEnvironmentVariable("MEDTOUR_SCALE_CHILD_OUT");
    if (out.isEmpty())
        GTEST_SKIP() << "only run as a child of pngIsIndependentOfTheScreenScaleFactor";
    EXPECT_DOUBLE_EQ(qGuiApp->devicePixelRatio(), qEnvironmentVariable("QT_SCALE_FACTOR").toDouble());
    Loaded data;
    GrowthChart chart(data.model.growth(), nullptr);
    ASSERT_FALSE(exportChartPng(chart, out, kPrint).has_value());
}

class ChartRenderScale : public ::testing::TestWithParam<const char *> {};

// The same PNG, pixel for pixel, whatever the screen's scale factor (1, 1.25 and 2 here: the
// fractional factor is the one that used to round sizes).
TEST_P(ChartRenderScale, pngIsIndependentOfTheScreenScaleFactor)
{
    Loaded data;
    GrowthChart chart(data.model.growth(), nullptr);
    QTemporaryDir dir;
    const QString here = dir.filePath(QStringLiteral("here.png"));
    const QString child = dir.filePath(QStringLiteral("child.png"));
    ASSERT_FALSE(exportChartPng(chart, here, kPrint).has_value());
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_SCALE_FACTOR"), QString::fromLatin1(GetParam()));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("MEDTOUR_SCALE_CHILD_OUT"), child);
    process.setProcessEnvironment(env);
    process.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--gtest_filter=ChartRenderChild.writesPngUnderScaleFactor")});
    ASSERT_TRUE(process.waitForFinished(120000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardOutput().toStdString();
    const QImage a = readPng(here);
    const QImage b = readPng(child);
    ASSERT_EQ(b.size(), QSize(1600, 900));
    EXPECT_EQ(b.dotsPerMeterX(), a.dotsPerMeterX());
    EXPECT_EQ(b.dotsPerMeterX(), std::lround(300 / 0.0254));
    EXPECT_EQ(a, b);
}

INSTANTIATE_TEST_SUITE_P(ScaleFactors, ChartRenderScale, ::testing::Values("1", "1.25", "2"));

namespace {

// Every chart in every mode, bound to `model`.
QList<DashboardChart *> allChartModes(DashboardModel &model, QObject *owner)
{
    QList<DashboardChart *> charts;
    for (auto mode : {NationalityShareChart::Mode::Donut, NationalityShareChart::Mode::RankedBars})
        charts << new NationalityShareChart(model.nationalityShares(), owner, mode);
    charts << new GrowthChart(model.growth(), owner);
    using SMode = SpecialtyBreakdownChart::Mode;
    for (auto mode : {SMode::FocusYearBars, SMode::StackedYears, SMode::PercentYears})
        charts << new SpecialtyBreakdownChart(model.specialtyBreakdown(), owner, mode);
    return charts;
}

// Lays `chart` out as a PNG export with `options` does and returns its visible texts.
QList<ChartTextItem> textsAsExported(DashboardChart &chart, const PngOptions &options)
{
    const QSizeF size = exportedChartSize(options);
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderChart(*chart.chart(), painter, QRectF(QPointF(0, 0), size), chart.unavailableReason());
    return visibleChartTexts(*chart.chart());
}

std::string describe(const ChartTextItem &t)
{
    return QStringLiteral("\"%1\" at %2,%3 %4x%5").arg(t.text).arg(t.rect.x()).arg(t.rect.y())
        .arg(t.rect.width()).arg(t.rect.height()).toStdString();
}

}  // namespace

TEST(ChartRender, noTwoTextsOverlapInPrintAndWindowSizes)
{
    const QList<FilterState> filters = [] {
        FilterState all;
        FilterState two;
        two.selection(Dimension::Nationality) = QStringList{QStringLiteral("Japan"), QStringLiteral("China")};
        FilterState y2022;
        y2022.focusYear = 2022;
        FilterState derm;
        derm.selection(Dimension::Specialty) = QStringList{QStringLiteral("Dermatology")};
        return QList<FilterState>{all, two, y2022, derm};
    }();
    const QString keep = qEnvironmentVariable("MEDTOUR_CHART_OUTPUT_DIR");
    for (int f = 0; f < filters.size(); ++f) {
        Loaded data;
        data.model.setFilter(filters.at(f));
        QObject owner;
        const QList<DashboardChart *> charts = allChartModes(data.model, &owner);
        for (const PngOptions &options : {kPrint, PngOptions{QSize(530, 330), 96, false}}) {
            for (int i = 0; i < charts.size(); ++i) {
                const QString name = QStringLiteral("fit-%1-%2-%3x%4@%5.png").arg(f).arg(i).arg(options.pixelSize.width())
                                         .arg(options.pixelSize.height()).arg(options.dpi);
                if (!keep.isEmpty()) {
                    ASSERT_FALSE(exportChartPng(*charts.at(i), QDir(keep).filePath(name), options).has_value());
                }
                const QList<ChartTextItem> texts = textsAsExported(*charts.at(i), options);
                EXPECT_GT(texts.size(), 3) << name.toStdString();
                for (const ChartTextItem &t : texts)
                    EXPECT_FALSE(t.text.contains(QChar(0x2026)) || t.text.contains(QStringLiteral("..."))) << name.toStdString() << ": " << describe(t);
                for (int a = 0; a < texts.size(); ++a) {
                    for (int b = a + 1; b < texts.size(); ++b) {
                        // Ink boxes at least 2 px apart.
                        EXPECT_FALSE(texts.at(a).rect.adjusted(-1, -1, 1, 1).intersects(texts.at(b).rect.adjusted(-1, -1, 1, 1)))
                            << name.toStdString() << ": " << describe(texts.at(a)) << " overlaps " << describe(texts.at(b));
                    }
                }
            }
        }
    }
}

TEST(ChartRender, noTextIsElidedAtTheDefaultExportSize)
{
    Loaded data;
    QObject owner;
    for (DashboardChart *chart : allChartModes(data.model, &owner)) {
        const QList<ChartTextItem> texts = textsAsExported(*chart, PngOptions{});
        EXPECT_GT(texts.size(), 3);
        for (const ChartTextItem &t : texts) {
            EXPECT_FALSE(t.text.contains(QChar(0x2026)) || t.text.contains(QStringLiteral("...")))
                << chart->fileStem().toStdString() << ": " << describe(t);
        }
    }
}
