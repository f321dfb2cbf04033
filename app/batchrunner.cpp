#include "batchrunner.h"

#include <model/dashboardmodel.h>
#include <views/chartrender.h>
#include <views/growthchart.h>
#include <views/nationalitysharechart.h>
#include <views/specialtybreakdownchart.h>
#include <views/summaryreport.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

namespace medtour {

std::optional<QString> loadDataFromOptions(const BatchOptions &options, DashboardModel &model)
{
    QStringList warnings;
    std::optional<Error> error = options.dataFiles.isEmpty()
        ? model.loadBuiltin()
        : model.loadFile(options.dataFiles.last(), &warnings);
    if (error)
        return error->toString();
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
                *error = QStringLiteral("unknown %1 \"%2\"; the dataset has: %3")
                             .arg(dimensionLabel(d).toLower(), name, known.join(QStringLiteral(", ")));
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
    return std::nullopt;
}

}  // namespace

int runBatch(const BatchOptions &options, QTextStream &err)
{
    QObject owner;
    DashboardModel model(&owner);
    if (auto loadError = loadDataFromOptions(options, model)) {
        err << "medtour-dashboard: data error: " << *loadError << Qt::endl;
        return ExitData;
    }
    QString usage;
    const auto filter = filterFromOptions(options, model, &usage);
    if (!filter) {
        err << "medtour-dashboard: " << usage << Qt::endl;
        return ExitUsage;
    }
    model.setFilter(*filter);

    if (!options.summaryJson.isEmpty()) {
        if (auto e = writeJson(model.summaryJson(), options.summaryJson)) {
            err << "medtour-dashboard: " << *e << Qt::endl;
            return ExitOutput;
        }
    }
    if (!options.exportPngDir.isEmpty()) {
        if (!QDir().mkpath(options.exportPngDir)) {
            err << "medtour-dashboard: cannot create folder " << options.exportPngDir << Qt::endl;
            return ExitOutput;
        }
        NationalityShareChart shares(model.nationalityShares(), &owner);
        GrowthChart growth(model.growth(), &owner);
        SpecialtyBreakdownChart specialties(model.specialtyBreakdown(), &owner);
        const PngOptions png{options.pngSize, options.dpi, false};
        for (const DashboardChart *chart : {static_cast<DashboardChart *>(&shares), static_cast<DashboardChart *>(&growth),
                                            static_cast<DashboardChart *>(&specialties)}) {
            const QString path = QDir(options.exportPngDir).filePath(chart->fileStem() + QStringLiteral(".png"));
            if (auto e = exportChartPng(*chart, path, png)) {
                err << "medtour-dashboard: " << e->toString() << Qt::endl;
                return ExitOutput;
            }
            err << "wrote " << path << Qt::endl;
        }
    }
    if (!options.reportPdf.isEmpty()) {
        const QFileInfo info(options.reportPdf);
        QDir().mkpath(info.absolutePath());
        if (auto e = SummaryReport(model).exportPdf(options.reportPdf)) {
            err << "medtour-dashboard: " << e->toString() << Qt::endl;
            return ExitOutput;
        }
        err << "wrote " << options.reportPdf << Qt::endl;
    }
    return ExitOk;
}

}  // namespace medtour
