// Benchmarks of what a user waits for: start-up to the first painted window, one filter
// change until every view is updated, and each export format (PNG, SVG, report PDF on A4
// portrait and landscape, the tables as XLSX). Run offscreen:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/medtour_bench
#include <app/languagecontroller.h>
#include <app/mainwindow.h>
#include <model/builtindataset.h>
#include <model/dashboardmodel.h>
#include <views/chartpanel.h>
#include <views/chartrender.h>
#include <views/growthchart.h>
#include <views/nationalitysharechart.h>
#include <views/specialtybreakdownchart.h>
#include <views/summaryreport.h>
#include <views/appfonts.h>
#include <views/xlsxtableexport.h>

#include <QApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace medtour;

static void BM_LoadBuiltinDataset(benchmark::State &state)
{
    for (auto _ : state) {
        auto result = loadBuiltinDataset();
        benchmark::DoNotOptimize(result.cube);
    }
}
BENCHMARK(BM_LoadBuiltinDataset)->Unit(benchmark::kMillisecond);

static void BM_StartupToFirstPaintedWindow(benchmark::State &state)
{
    for (auto _ : state) {
        QObject owner;
        auto *model = new DashboardModel(&owner);
        model->loadBuiltin();
        MainWindow window(model);
        window.resize(1440, 900);
        window.show();
        // grab() paints the whole window synchronously, like its first expose.
        const QPixmap pixels = window.grab();
        benchmark::DoNotOptimize(pixels.cacheKey());
    }
}
BENCHMARK(BM_StartupToFirstPaintedWindow)->Unit(benchmark::kMillisecond)->Iterations(5);

namespace {
// The window on the built-in dataset, shown at 1440 × 900 and painted once.
struct PaintedWindow {
    QObject owner;
    DashboardModel *model = new DashboardModel(&owner);
    std::unique_ptr<MainWindow> window;
    PaintedWindow()
    {
        model->loadBuiltin();
        window = std::make_unique<MainWindow>(model);
        window->resize(1440, 900);
        window->show();
        window->grab();
    }
};
}  // namespace

static void BM_FilterChangeAllViewsUpdated(benchmark::State &state)
{
    PaintedWindow painted;
    DashboardModel *model = painted.model;
    MainWindow &window = *painted.window;
    FilterState a = model->filter();
    FilterState b = a;
    b.selection(Dimension::Nationality) = {QStringLiteral("Japan"), QStringLiteral("China")};
    b.focusYear = 2023;
    bool flip = false;
    for (auto _ : state) {
        model->setFilter(flip ? a : b);
        flip = !flip;
        // Include the repaint of every view, not only the model recompute.
        const QPixmap pixels = window.grab();
        benchmark::DoNotOptimize(pixels.cacheKey());
    }
}
BENCHMARK(BM_FilterChangeAllViewsUpdated)->Unit(benchmark::kMillisecond);

static void BM_FilterChangeModelsOnly(benchmark::State &state)
{
    QObject owner;
    auto *model = new DashboardModel(&owner);
    model->loadBuiltin();
    FilterState a = model->filter();
    FilterState b = a;
    b.selection(Dimension::Nationality) = {QStringLiteral("Japan")};
    bool flip = false;
    for (auto _ : state) {
        model->setFilter(flip ? a : b);
        flip = !flip;
    }
}
BENCHMARK(BM_FilterChangeModelsOnly)->Unit(benchmark::kMicrosecond);

static void BM_ExportPng1600x1000(benchmark::State &state)
{
    QObject owner;
    auto *model = new DashboardModel(&owner);
    model->loadBuiltin();
    NationalityShareChart chart(model->nationalityShares(), &owner);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    for (auto _ : state) {
        auto error = exportChartPng(chart, path, PngOptions{});
        if (error)
            state.SkipWithError(error->message.toUtf8().constData());
    }
}
BENCHMARK(BM_ExportPng1600x1000)->Unit(benchmark::kMillisecond);

static void BM_ExportPng300dpi(benchmark::State &state)
{
    QObject owner;
    auto *model = new DashboardModel(&owner);
    model->loadBuiltin();
    SpecialtyBreakdownChart chart(model->specialtyBreakdown(), &owner);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    for (auto _ : state) {
        if (auto error = exportChartPng(chart, path, PngOptions{QSize(2480, 1754), 300, false}))
            state.SkipWithError(error->message.toUtf8().constData());
    }
}
BENCHMARK(BM_ExportPng300dpi)->Unit(benchmark::kMillisecond);

static void BM_ExportSvg(benchmark::State &state)
{
    QObject owner;
    auto *model = new DashboardModel(&owner);
    model->loadBuiltin();
    NationalityShareChart chart(model->nationalityShares(), &owner);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.svg"));
    for (auto _ : state) {
        if (auto error = exportChartSvg(chart, path, kDefaultSvgSize))
            state.SkipWithError(error->message.toUtf8().constData());
    }
}
BENCHMARK(BM_ExportSvg)->Unit(benchmark::kMillisecond);

// Arg 0: A4 portrait; 1: A4 landscape; 2: A4 portrait with the observations appendix.
static void BM_ReportPdf(benchmark::State &state)
{
    QObject owner;
    auto *model = new DashboardModel(&owner);
    model->loadBuiltin();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    ReportPageSetup setup;
    if (state.range(0) == 1)
        setup.orientation = QPageLayout::Landscape;
    int pages = 0;
    for (auto _ : state) {
        SummaryReport report(*model);
        report.setPageSetup(setup);
        report.setIncludeObservations(state.range(0) == 2);
        pages = report.pageCount();
        if (auto error = report.exportPdf(path))
            state.SkipWithError(error->message.toUtf8().constData());
    }
    state.counters["pages"] = pages;
}
BENCHMARK(BM_ReportPdf)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

static void BM_ExportTablesXlsx(benchmark::State &state)
{
    QObject owner;
    auto *model = new DashboardModel(&owner);
    model->loadBuiltin();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tables.xlsx"));
    const QList<XlsxSheet> sheets{{model->nationalityShares(), QStringLiteral("Nationality shares")},
                                  {model->growth(), QStringLiteral("YoY growth")},
                                  {model->specialtyBreakdown(), QStringLiteral("Specialties")},
                                  {model->tableModel(), QStringLiteral("Observations")}};
    for (auto _ : state) {
        if (auto error = writeXlsxWorkbook(sheets, path))
            state.SkipWithError(error->message.toUtf8().constData());
    }
}
BENCHMARK(BM_ExportTablesXlsx)->Unit(benchmark::kMillisecond);

// View > Language on the real window: translators swapped, every widget, chart, menu and
// model retranslated, and the window repainted. Alternates Korean and Japanese.
static void BM_LanguageSwitchWholeWindow(benchmark::State &state)
{
    PaintedWindow painted;
    MainWindow &window = *painted.window;
    bool flip = false;
    for (auto _ : state) {
        window.languageController()->setLanguage(flip ? Language::Korean : Language::Japanese);
        flip = !flip;
        const QPixmap pixels = window.grab();
        benchmark::DoNotOptimize(pixels.cacheKey());
    }
    window.languageController()->setLanguage(Language::English);
}
BENCHMARK(BM_LanguageSwitchWholeWindow)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The language benchmark remembers its choice (QSettings): never in the user's settings.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    installApplicationFonts();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
