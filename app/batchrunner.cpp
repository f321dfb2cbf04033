#include "batchrunner.h"

#include "explorationviewfiles.h"

#include <model/dashboardmodel.h>
#include <model/import/importer.h>
#include <views/chartrender.h>
#include <views/chartviewoptions.h>
#include <views/growthchart.h>
#include <views/nationalitysharechart.h>
#include <views/specialtybreakdownchart.h>
#include <views/summaryreport.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <model/outputfile.h>

#include <cstdio>

namespace medtour {

std::optional<QString> loadDataFromOptions(const BatchOptions &options, DashboardModel &model, QStringList *notes)
{
    if (options.dataFiles.isEmpty()) {
        if (auto error = model.loadBuiltin())
            return error->toString();
        return std::nullopt;
    }
    ImportOptions importOptions;
    importOptions.encoding = options.encoding;
    importOptions.sheet = options.sheet;
    if (options.numberLocale == QLatin1String("dot"))
        importOptions.numberLocale = NumberLocale::Dot;
    else if (options.numberLocale == QLatin1String("comma"))
        importOptions.numberLocale = NumberLocale::Comma;
    std::vector<ObservationCube> cubes;
    for (const QString &path : options.dataFiles) {
        ImportResult result = importFile(path, importOptions);
        if (!result.cube)
            return result.error.toString();
        if (notes) {
            for (const QString &guess : result.provenance.guesses)
                *notes << QStringLiteral("%1: %2").arg(path, guess);
            if (result.ambiguous)
                *notes << QStringLiteral("%1: the column mapping was a best guess; check it in the window's import "
                                         "dialog").arg(path);
            for (const QString &warning : result.warnings)
                *notes << QStringLiteral("warning: %1").arg(warning);
        }
        cubes.push_back(std::move(*result.cube));
    }
    if (cubes.size() == 1) {
        model.setCube(std::make_shared<const ObservationCube>(std::move(cubes.front())));
        return std::nullopt;
    }
    QList<const ObservationCube *> parts;
    for (const ObservationCube &c : cubes)
        parts << &c;
    QString conflict;
    auto combined = ObservationCube::merged(parts, &conflict);
    if (!combined)
        return conflict;
    model.setCube(std::make_shared<const ObservationCube>(std::move(*combined)));
    return std::nullopt;
}

std::optional<FilterState> filterFromOptions(const BatchOptions &options, const DashboardModel &model, QString *error)
{
    const auto cube = model.cube();
    FilterState f;
    f.fromYear = options.fromYear.value_or(cube->minYear());
    f.toYear = options.toYear.value_or(cube->maxYear());
    f.focusYear = options.year.value_or(cube->maxYear());
    if (options.topN)
        f.topN = *options.topN;
    for (int year : {f.fromYear, f.toYear, f.focusYear}) {
        if (year < cube->minYear() || year > cube->maxYear()) {
            *error = QStringLiteral("year %1 is outside the dataset, which covers %2–%3")
                         .arg(year).arg(cube->minYear()).arg(cube->maxYear());
            return std::nullopt;
        }
    }
    if (f.fromYear > f.toYear) {
        *error = QStringLiteral("--from %1 is after --to %2").arg(f.fromYear).arg(f.toYear);
        return std::nullopt;
    }
    for (Dimension d : kAllDimensions) {
        const CategoryDictionary &dict = cube->dictionary(d);
        for (const QString &name : options.names[static_cast<int>(d)]) {
            const auto code = dict.find(name);
            if (!code || *code == kTotalCode) {
                QStringList known;
                for (int c = 1; c < dict.size(); ++c)
                    known << dict.category(static_cast<std::uint16_t>(c)).id;
                // Command-line diagnostics stay English (README): the dimension by its id.
                *error = QStringLiteral("unknown %1 \"%2\"; the dataset has: %3")
                             .arg(dimensionId(d).replace(QLatin1Char('_'), QLatin1Char(' ')), name,
                                  known.join(QStringLiteral(", ")));
                return std::nullopt;
            }
            f.selection(d) << dict.category(*code).id;
        }
    }
    return f;
}

namespace {

std::optional<QString> writeJson(const QJsonObject &json, const QString &path)
{
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (path == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return std::nullopt;
    }
    OutputFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
    return std::nullopt;
}

}  // namespace

int runBatch(const BatchOptions &options, QTextStream &err)
{
    QObject owner;
    DashboardModel model(&owner);
    QStringList notes;
    const auto loadError = loadDataFromOptions(options, model, &notes);
    for (const QString &note : notes)
        err << "medtour-dashboard: " << note << Qt::endl;
    if (loadError) {
        err << "medtour-dashboard: data error: " << *loadError << Qt::endl;
        return ExitData;
    }
    QString usage;
    const auto filter = filterFromOptions(options, model, &usage);
    if (!filter) {
        err << "medtour-dashboard: " << usage << Qt::endl;
        return ExitUsage;
    }
    ViewState view;  // --view: its filter under the explicit options, and its chart options
    view.filter = *filter;
    if (!options.viewFile.isEmpty()) {
        QStringList warnings;
        Error viewError;
        const auto opened = viewFromOptions(options, *model.cube(), *filter, &warnings, &viewError);
        for (const QString &warning : warnings)
            err << "medtour-dashboard: warning: " << warning << Qt::endl;
        if (!opened) {
            err << "medtour-dashboard: " << viewError.toString() << Qt::endl;
            return ExitData;
        }
        view = *opened;
    }
    model.setFilter(view.filter);

    if (!options.summaryJson.isEmpty()) {
        if (auto e = writeJson(model.summaryJson(), options.summaryJson)) {
            err << "medtour-dashboard: " << *e << Qt::endl;
            return ExitOutput;
        }
    }
    if (!options.exportPngDir.isEmpty() || !options.exportSvgDir.isEmpty()) {
        NationalityShareChart shares(model.nationalityShares(), &owner);
        GrowthChart growth(model.growth(), &owner);
        SpecialtyBreakdownChart specialties(model.specialtyBreakdown(), &owner);
        applyViewToCharts(view, &shares, &growth, &specialties);
        for (DashboardChart *chart : std::initializer_list<DashboardChart *>{&shares, &growth, &specialties})
            chart->setProvenance(model.cube()->provenance());  // a loaded file is its own source
        const QList<const DashboardChart *> charts{&shares, &growth, &specialties};
        const PngOptions png{options.pngSize, options.dpi, options.transparent};
        // Each format goes to its folder with the same files as the window's exports.
        for (const bool svg : {false, true}) {
            const QString dir = svg ? options.exportSvgDir : options.exportPngDir;
            if (dir.isEmpty())
                continue;
            if (!QDir().mkpath(dir)) {
                err << "medtour-dashboard: cannot create folder " << dir << Qt::endl;
                return ExitOutput;
            }
            for (const DashboardChart *chart : charts) {
                const QString path = QDir(dir).filePath(chart->fileStem() + (svg ? QStringLiteral(".svg") : QStringLiteral(".png")));
                const auto e = svg ? exportChartSvg(*chart, path, kDefaultSvgSize, options.transparent)
                                   : exportChartPng(*chart, path, png);
                if (e) {
                    err << "medtour-dashboard: " << e->toString() << Qt::endl;
                    return ExitOutput;
                }
                err << "wrote " << path << Qt::endl;
            }
        }
    }
    if (!options.reportPdf.isEmpty()) {
        const QFileInfo info(options.reportPdf);
        QDir().mkpath(info.absolutePath());
        SummaryReport report(model);
        report.setPageSetup(options.pageSetup);
        report.setIncludeObservations(options.reportObservations);
        report.setChartOptions(view);  // --view's chart options, as for the PNGs
        if (auto e = report.exportPdf(options.reportPdf)) {
            err << "medtour-dashboard: " << e->toString() << Qt::endl;
            return ExitOutput;
        }
        err << "wrote " << options.reportPdf << Qt::endl;
    }
    return ExitOk;
}

}  // namespace medtour
