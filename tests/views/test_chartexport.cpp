// Chart exports beyond the single PNG: sizes and DPI of never-shown charts, the clipboard
// image, SVG with real text, transparent backgrounds, "Export all charts" and failed writes.
#include <views/chartrender.h>
#include <views/growthchart.h>
#include <views/nationalitysharechart.h>
#include <views/specialtybreakdownchart.h>
#include <views/translations.h>

#include <model/dashboardmodel.h>

#include <QChart>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace medtour;

namespace {

struct Loaded {
    DashboardModel model{nullptr};
    Loaded() { EXPECT_FALSE(model.loadBuiltin().has_value()); }
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every <text> element's character content of an SVG document.
QStringList svgTexts(const QByteArray &svg, bool *wellFormed)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    *wellFormed = !xml.hasError();
    return texts;
}

// A path whose save cannot succeed, even for root: a name of the maximum length (255 bytes)
// can exist, but QSaveFile's temporary file next to it (name + suffix) cannot be created.
QString pathWhoseSaveFails(const QTemporaryDir &dir, const QString &suffix)
{
    return dir.filePath(QString(255 - suffix.size(), QLatin1Char('c')) + suffix);
}

}  // namespace

struct PngCase {
    QSize size;
    int dpi;
};

class ChartExportNeverShown : public ::testing::TestWithParam<PngCase> {};

TEST_P(ChartExportNeverShown, pngHasTheRequestedSizeAndDpi)
{
    Loaded data;
    QObject owner;
    const QList<DashboardChart *> charts{new NationalityShareChart(data.model.nationalityShares(), &owner),
                                         new GrowthChart(data.model.growth(), &owner),
                                         new SpecialtyBreakdownChart(data.model.specialtyBreakdown(), &owner)};
    QTemporaryDir dir;
    for (DashboardChart *chart : charts) {
        const QString path = dir.filePath(chart->fileStem() + QStringLiteral(".png"));
        ASSERT_FALSE(exportChartPng(*chart, path, PngOptions{GetParam().size, GetParam().dpi, false}).has_value());
        QImageReader reader(path);
        const QImage image = reader.read();
        EXPECT_EQ(image.size(), GetParam().size) << chart->fileStem().toStdString();
        EXPECT_EQ(image.dotsPerMeterX(), std::lround(GetParam().dpi / 0.0254));
        EXPECT_EQ(image.dotsPerMeterY(), std::lround(GetParam().dpi / 0.0254));
        EXPECT_EQ(chart->chart()->scene(), nullptr) << "the live chart was put in a scene";
    }
}

INSTANTIATE_TEST_SUITE_P(Presets, ChartExportNeverShown,
                         ::testing::Values(PngCase{QSize(1920, 1080), 144}, PngCase{QSize(2480, 1754), 300},
                                           PngCase{QSize(1200, 1200), 144}, PngCase{QSize(800, 500), 72}));

TEST(ChartExport, clipboardImageHasTheDefaultExportSizeAndRatio1)
{
    Loaded data;
    GrowthChart chart(data.model.growth(), nullptr);
    const QImage image = renderChartImage(chart, PngOptions{});
    EXPECT_EQ(image.size(), QSize(1600, 1000));
    EXPECT_DOUBLE_EQ(image.devicePixelRatio(), 1.0);
    EXPECT_EQ(image.pixel(2, 2), qRgb(255, 255, 255));
    EXPECT_TRUE(renderChartImage(chart, PngOptions{QSize(), 144, false}).isNull());
}

TEST(ChartExport, transparentBackgroundHasAlphaAndTheChartStillHasInk)
{
    Loaded data;
    NationalityShareChart chart(data.model.nationalityShares(), nullptr);
    const QImage image = renderChartImage(chart, PngOptions{QSize(800, 500), 96, true});
    ASSERT_TRUE(image.hasAlphaChannel());
    int clear = 0;
    int opaque = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const int a = qAlpha(image.pixel(x, y));
            clear += a == 0 ? 1 : 0;
            opaque += a == 255 ? 1 : 0;
        }
    }
    EXPECT_GT(clear, (800 / 3) * (500 / 3) / 3) << "the background is not transparent";
    EXPECT_GT(opaque, 500) << "the chart itself vanished";
}

TEST(ChartExport, svgParsesAndHasTheTitleAsRealText)
{
    Loaded data;
    QObject owner;
    QTemporaryDir dir;
    const QList<DashboardChart *> charts{new NationalityShareChart(data.model.nationalityShares(), &owner),
                                         new GrowthChart(data.model.growth(), &owner),
                                         new SpecialtyBreakdownChart(data.model.specialtyBreakdown(), &owner)};
    for (DashboardChart *chart : charts) {
        const QString path = dir.filePath(chart->fileStem() + QStringLiteral(".svg"));
        ASSERT_FALSE(exportChartSvg(*chart, path, kDefaultSvgSize).has_value());
        const QByteArray svg = readAll(path);
        bool wellFormed = false;
        const QStringList texts = svgTexts(svg, &wellFormed);
        EXPECT_TRUE(wellFormed) << chart->fileStem().toStdString();
        EXPECT_TRUE(QSvgRenderer(svg).isValid());
        const QString title = chart->title();
        const bool hasTitle = std::any_of(texts.begin(), texts.end(), [&](const QString &t) {
            return t.contains(title.section(QLatin1Char(','), 0, 0));
        });
        EXPECT_TRUE(hasTitle) << "no <text> with " << title.toStdString();
        EXPECT_TRUE(texts.join(QLatin1Char(' ')).contains(QStringLiteral("Source: MOHW / KHIDI")));
        EXPECT_FALSE(svg.contains("<image")) << "raster image in the SVG";
    }
}

TEST(ChartExport, exportAllChartsWritesPngAndSvgOfEveryChart)
{
    Loaded data;
    QObject owner;
    const QList<const DashboardChart *> charts{new NationalityShareChart(data.model.nationalityShares(), &owner),
                                               new GrowthChart(data.model.growth(), &owner),
                                               new SpecialtyBreakdownChart(data.model.specialtyBreakdown(), &owner)};
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("new/charts"));
    QStringList written;
    ASSERT_FALSE(exportAllCharts(charts, folder, PngOptions{QSize(640, 400), 96, false}, &written).has_value());
    EXPECT_EQ(written.size(), 6);
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(files, (QStringList{"nationality-shares.png", "nationality-shares.svg", "specialty-breakdown.png",
                                  "specialty-breakdown.svg", "yoy-growth.png", "yoy-growth.svg"}));
    EXPECT_EQ(QImage(QDir(folder).filePath(QStringLiteral("yoy-growth.png"))).size(), QSize(640, 400));
}

TEST(ChartExport, failedSaveLeavesTheOldFileAndSaysWhy)
{
    Loaded data;
    GrowthChart chart(data.model.growth(), nullptr);
    QTemporaryDir dir;
    const QByteArray original("previous picture, must survive");
    for (const QString &suffix : {QStringLiteral(".png"), QStringLiteral(".svg")}) {
        const QString path = pathWhoseSaveFails(dir, suffix);
        {
            QFile existing(path);
            ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
            existing.write(original);
        }
        const std::optional<Error> error = suffix == QLatin1String(".png")
            ? exportChartPng(chart, path, PngOptions{})
            : exportChartSvg(chart, path, kDefaultSvgSize);
        ASSERT_TRUE(error.has_value()) << suffix.toStdString();
        EXPECT_EQ(error->file, path);
        EXPECT_TRUE(error->message.startsWith(QStringLiteral("cannot"))) << error->message.toStdString();
        EXPECT_EQ(readAll(path), original);
    }
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 2);  // no temporary file left behind
}

TEST(ChartExport, exportAllIntoAFileUsedAsFolderFails)
{
    Loaded data;
    GrowthChart chart(data.model.growth(), nullptr);
    QTemporaryDir dir;
    // A regular file where the folder should be: nobody, not even root, can create it.
    const QString blocker = dir.filePath(QStringLiteral("charts"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    const auto error = exportAllCharts({&chart}, blocker, PngOptions{});
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->file, blocker);
}

// The source line under an exported chart is in the current language; Korean and Japanese
// lines are longer than the English one, and on a narrow export the line is drawn smaller
// instead of running off the image.
TEST(ChartExport, sourceLineFitsTheImageInEveryLanguage)
{
    Loaded data;
    const PngOptions narrow{QSize(260, 220), 96, false};
    for (Language lang : {Language::English, Language::Korean, Language::Japanese}) {
        applyLanguage(lang);
        data.model.retranslate();
        GrowthChart chart(data.model.growth(), nullptr);
        const QImage image = renderChartImage(chart, narrow);
        ASSERT_EQ(image.size(), narrow.pixelSize);
        // The footer band: below the chart, only the source line has ink there.
        const int footerTop = static_cast<int>(std::ceil(exportedChartSize(narrow).height())) + 2;
        int inked = 0;
        int rightmost = -1;
        for (int y = footerTop; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qGray(image.pixel(x, y)) < 160) {
                    ++inked;
                    rightmost = std::max(rightmost, x);
                }
            }
        }
        EXPECT_GT(inked, 40) << "no source line, language " << qPrintable(languageId(lang));
        // The line is clipped to its rectangle (12 px margins): ink up to that edge means cut off.
        EXPECT_LT(rightmost, image.width() - 13) << "source line cut off, language " << qPrintable(languageId(lang));
    }
    applyLanguage(Language::English);
}
