#pragma once

#include <model/language.h>

#include <model/filterstate.h>
#include <views/reportpagesetup.h>

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

namespace medtour {

// The command line of medtour-dashboard, parsed. Category names are kept as typed (English
// or Korean); they are resolved against the dataset once it is loaded. Any output option
// (--export-png, --export-svg, --report-pdf, --summary-json) selects the batch mode: no window.
struct BatchOptions {
    QStringList dataFiles;               // --data FILE (repeatable: the files are combined)
    QString encoding;                    // --encoding NAME (empty = detect)
    QString sheet;                       // --sheet NAME (XLSX; empty = first sheet)
    QString numberLocale;                // --number-locale dot|comma (empty = detect)
    std::optional<int> year;             // --year Y: focus year
    std::optional<int> fromYear;         // --from Y
    std::optional<int> toYear;           // --to Y
    std::optional<int> topN;             // --top N
    std::array<QStringList, kDimensionCount> names;  // --nationality, --specialty, --institution-type, --region
    QString viewFile;                    // --view FILE: a saved view; explicit options above override it
    QString exportPngDir;                // --export-png DIR
    QSize pngSize{1600, 1000};           // --size WxH, pixels
    int dpi = 144;                       // --dpi N
    QString reportPdf;                   // --report-pdf FILE
    QString summaryJson;                 // --summary-json FILE or "-" for standard output
    QString exportSvgDir;                // --export-svg DIR
    bool transparent = false;            // --transparent: PNG/SVG without background
    ReportPageSetup pageSetup;           // --page-size A4|Letter, --orientation portrait|landscape
    bool reportObservations = false;     // --report-observations: append the data table to the PDF
    std::optional<Language> language;    // --lang en|ko|ja (unset: the system locale's, see main.cpp)

    bool isBatch() const
    {
        return !exportPngDir.isEmpty() || !reportPdf.isEmpty() || !summaryJson.isEmpty() || !exportSvgDir.isEmpty();
    }
};

/// Declares every option on `parser` (help and version included).
void addBatchOptions(QCommandLineParser &parser);
/// Reads the parsed options. On a usage error (bad number, bad size) returns std::nullopt and
/// sets `error` to a one-line message naming the option.
std::optional<BatchOptions> readBatchOptions(const QCommandLineParser &parser, QString *error);

}  // namespace medtour
