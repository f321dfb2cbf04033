// Benchmarks of what a user waits for: start-up to the first painted window, one filter
// change until every view is updated, one PNG export, one report PDF. Run offscreen:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/medtour_bench
#include <app/mainwindow.h>
#include <model/builtindataset.h>
#include <model/dashboardmodel.h>
#include <views/chartpanel.h>
#include <views/chartrender.h>
#include <views/growthchart.h>
#include <views/nationalitysharechart.h>
#include <views/summaryreport.h>
#include <views/appfonts.h>

#include <QApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

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

static void BM_FilterChangeAllViewsUpdated(benchmark::State &state)
{
    QObject owner;
    auto *model = new DashboardModel(&owner);
    model->loadBuiltin();
    MainWindow window(model);
    window.resize(1440, 900);
    window.show();
    window.grab();
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

static void BM_ReportPdf(benchmark::State &state)
{
    QObject owner;
    auto *model = new DashboardModel(&owner);
    model->loadBuiltin();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    for (auto _ : state) {
        auto error = SummaryReport(*model).exportPdf(path);
        if (error)
            state.SkipWithError(error->message.toUtf8().constData());
    }
}
BENCHMARK(BM_ReportPdf)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    installApplicationFonts();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
