// medtour-dashboard: the window, or the batch mode when an output option is given.
#include "batchoptions.h"
#include "batchrunner.h"
#include "explorationviewfiles.h"
#include "languagecontroller.h"
#include "mainwindow.h"

#include <model/dashboardmodel.h>
#include <views/appfonts.h>
#include <views/translations.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    using namespace medtour;
    // Without a display (and no platform chosen) everything renders offscreen, so --help,
    // --version, usage errors and the batch mode work on a headless machine; only the window
    // needs a display, and says so below instead of aborting in the platform plugin.
    const bool noDisplay = qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (noDisplay)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MedTour Dashboard"));
    QApplication::setOrganizationName(QStringLiteral("MedTour"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    installApplicationFonts();

    QTextStream err(stderr);
    QCommandLineParser parser;
    addBatchOptions(parser);
    if (!parser.parse(QApplication::arguments())) {
        err << "medtour-dashboard: " << parser.errorText() << "\nTry --help." << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QApplication::applicationName() << ' ' << QApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "medtour-dashboard: unexpected argument \"" << parser.positionalArguments().first()
            << "\"\nTry --help." << Qt::endl;
        return ExitUsage;
    }
    QString usage;
    const auto options = readBatchOptions(parser, &usage);
    if (!options) {
        err << "medtour-dashboard: " << usage << Qt::endl;
        return ExitUsage;
    }
    // Batch runs depend only on their arguments and the system locale, never on the window's
    // remembered choice.
    applyLanguage(options->isBatch() ? options->language.value_or(languageForLocale(QLocale::system()))
                                     : LanguageController::startupLanguage(options->language));
    if (options->isBatch())
        return runBatch(*options, err);
    if (noDisplay) {
        err << "medtour-dashboard: no display for the window (DISPLAY and WAYLAND_DISPLAY are not set).\n"
               "Give an output option for the batch mode (--export-png DIR, --report-pdf FILE, --summary-json FILE),\n"
               "run scripts/run.sh (it writes the charts and the report to a folder), or use xvfb-run."
            << Qt::endl;
        return ExitUsage;
    }

    DashboardModel model(&app);
    if (auto loadError = loadDataFromOptions(*options, model)) {
        err << "medtour-dashboard: data error: " << *loadError << Qt::endl;
        return ExitData;
    }
    const auto filter = filterFromOptions(*options, model, &usage);
    if (!filter) {
        err << "medtour-dashboard: " << usage << Qt::endl;
        return ExitUsage;
    }
    model.setFilter(*filter);
    MainWindow window(&model);
    // The last session's view comes back unless the command line asks for a filter or a view.
    bool explicitFilter = options->year || options->fromYear || options->toYear || options->topN;
    for (const QStringList &names : options->names)
        explicitFilter = explicitFilter || !names.isEmpty();
    if (!options->viewFile.isEmpty()) {
        QStringList warnings;
        if (auto viewError = window.viewFiles()->openView(options->viewFile, &warnings)) {
            err << "medtour-dashboard: " << viewError->toString() << Qt::endl;
            return ExitData;
        }
        for (const QString &warning : warnings)
            err << "medtour-dashboard: warning: " << warning << Qt::endl;
    } else if (!explicitFilter) {
        window.restoreLastView();
    }
    window.show();
    return QApplication::exec();
}
