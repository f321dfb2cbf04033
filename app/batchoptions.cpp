#include "batchoptions.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace medtour {

namespace {

QString optionFor(Dimension d)
{
    return dimensionId(d).replace(QLatin1Char('_'), QLatin1Char('-'));
}

std::optional<int> readInt(const QCommandLineParser &parser, const QString &name, int min, int max, QString *error)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = QStringLiteral("--%1: expected a whole number from %2 to %3, got \"%4\"")
                     .arg(name).arg(min).arg(max).arg(parser.value(name));
        return std::nullopt;
    }
    return v;
}
}  // namespace

void addBatchOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "MedTour Dashboard: Korea's official foreign-patient statistics (MOHW / KHIDI).\n"
        "Without output options the window opens; with any of --export-png, --export-svg,\n"
        "--report-pdf or --summary-json it runs in batch mode and writes files instead. Exit codes:\n"
        "0 success, 2 usage error, 3 data error, 4 output error."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("data"), QStringLiteral("Load a dataset instead of the built-in statistics: CSV, TSV, "
                                                "semicolon text or XLSX; long, wide or record-level (repeatable: "
                                                "the files are combined)."), QStringLiteral("FILE")},
        {QStringLiteral("encoding"), QStringLiteral("Text encoding of --data files: UTF-8, UTF-16LE, UTF-16BE or "
                                                    "CP949 (default: detected)."), QStringLiteral("NAME")},
        {QStringLiteral("sheet"), QStringLiteral("XLSX sheet to read (default: the first)."), QStringLiteral("NAME")},
        {QStringLiteral("number-locale"), QStringLiteral("How numbers in --data files are written: dot "
                                                         "(1,170,467 / 37.7) or comma (1.170.467 / 37,7); default: "
                                                         "detected."), QStringLiteral("dot|comma")},
        {QStringLiteral("year"), QStringLiteral("Focus year (default: the latest year)."), QStringLiteral("Y")},
        {QStringLiteral("from"), QStringLiteral("First year of the range (default: the earliest)."), QStringLiteral("Y")},
        {QStringLiteral("to"), QStringLiteral("Last year of the range (default: the latest)."), QStringLiteral("Y")},
        {QStringLiteral("nationality"), QStringLiteral("Select a nationality by its English, Korean or Japanese name (repeatable)."),
         QStringLiteral("NAME")},
        {QStringLiteral("specialty"), QStringLiteral("Select a specialty (진료과) by its English, Korean or Japanese name (repeatable)."),
         QStringLiteral("NAME")},
        {QStringLiteral("institution-type"), QStringLiteral("Select an institution type (종별) (repeatable)."),
         QStringLiteral("NAME")},
        {QStringLiteral("region"), QStringLiteral("Select a region (시도) (repeatable)."), QStringLiteral("NAME")},
        {QStringLiteral("top"), QStringLiteral("Categories shown before \"Other\" (1-50, default 5)."), QStringLiteral("N")},
        {QStringLiteral("view"), QStringLiteral("Start from a saved view (File > Save view…): its filter and chart "
                                                "options; --year, --from, --to, --top and the category options given "
                                                "override it."), QStringLiteral("FILE")},
        {QStringLiteral("export-png"), QStringLiteral("Write nationality-shares.png, yoy-growth.png and "
                                                      "specialty-breakdown.png into DIR."), QStringLiteral("DIR")},
        {QStringLiteral("size"), QStringLiteral("PNG size in pixels (default 1600x1000)."), QStringLiteral("WxH")},
        {QStringLiteral("dpi"), QStringLiteral("PNG resolution written in the file (default 144)."), QStringLiteral("N")},
        {QStringLiteral("report-pdf"), QStringLiteral("Write the A4 summary report as PDF."), QStringLiteral("FILE")},
        {QStringLiteral("summary-json"), QStringLiteral("Write the KPIs and each chart's rows as JSON "
                                                        "(\"-\" for standard output)."), QStringLiteral("FILE")},
        {QStringLiteral("export-svg"), QStringLiteral("Write nationality-shares.svg, yoy-growth.svg and "
                                                      "specialty-breakdown.svg (vector, real text) into DIR."),
         QStringLiteral("DIR")},
        {QStringLiteral("transparent"), QStringLiteral("PNG and SVG without a background (transparent).")},
        {QStringLiteral("page-size"), QStringLiteral("Paper of --report-pdf: A4 (default) or Letter."),
         QStringLiteral("A4|Letter")},
        {QStringLiteral("orientation"), QStringLiteral("Orientation of --report-pdf: portrait (default) or landscape."),
         QStringLiteral("portrait|landscape")},
        {QStringLiteral("report-observations"), QStringLiteral("Append the filtered observations table to --report-pdf.")},
        {QStringLiteral("lang"), QStringLiteral("Language of the window, charts, exports and report: en (English), "
                                                "ko (한국어) or ja (日本語); default: the one chosen in View > "
                                                "Language, else the system's (batch mode: the system's)."),
         QStringLiteral("en|ko|ja")},
    });
}

std::optional<BatchOptions> readBatchOptions(const QCommandLineParser &parser, QString *error)
{
    BatchOptions o;
    o.dataFiles = parser.values(QStringLiteral("data"));
    o.encoding = parser.value(QStringLiteral("encoding"));
    o.sheet = parser.value(QStringLiteral("sheet"));
    o.numberLocale = parser.value(QStringLiteral("number-locale")).toLower();
    if (!o.numberLocale.isEmpty() && o.numberLocale != QLatin1String("dot") && o.numberLocale != QLatin1String("comma")) {
        *error = QStringLiteral("--number-locale: expected dot or comma, got \"%1\"").arg(o.numberLocale);
        return std::nullopt;
    }
    static const QStringList kEncodings = {QStringLiteral("UTF-8"), QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE"),
                                           QStringLiteral("CP949"), QStringLiteral("EUC-KR")};
    if (!o.encoding.isEmpty()) {
        bool known = false;
        for (const QString &e : kEncodings)
            known = known || e.compare(o.encoding, Qt::CaseInsensitive) == 0;
        if (!known) {
            *error = QStringLiteral("--encoding: expected one of %1, got \"%2\"")
                         .arg(kEncodings.join(QStringLiteral(", ")), o.encoding);
            return std::nullopt;
        }
    }
    QString err;
    o.year = readInt(parser, QStringLiteral("year"), 1900, 2200, &err);
    o.fromYear = readInt(parser, QStringLiteral("from"), 1900, 2200, &err);
    o.toYear = readInt(parser, QStringLiteral("to"), 1900, 2200, &err);
    o.topN = readInt(parser, QStringLiteral("top"), 1, 50, &err);
    if (auto dpi = readInt(parser, QStringLiteral("dpi"), 36, 1200, &err))
        o.dpi = *dpi;
    if (!err.isEmpty()) {
        *error = err;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("size"))) {
        static const QRegularExpression re(QStringLiteral("^(\\d{1,5})[xX×](\\d{1,5})$"));
        const auto m = re.match(parser.value(QStringLiteral("size")).trimmed());
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < 100 || h < 100 || w > 20000 || h > 20000) {
            *error = QStringLiteral("--size: expected WIDTHxHEIGHT in pixels between 100 and 20000, e.g. 1600x900, "
                                    "got \"%1\"").arg(parser.value(QStringLiteral("size")));
            return std::nullopt;
        }
        o.pngSize = QSize(w, h);
    }
    for (Dimension d : kAllDimensions)
        o.names[static_cast<int>(d)] = parser.values(optionFor(d));
    o.exportPngDir = parser.value(QStringLiteral("export-png"));
    o.reportPdf = parser.value(QStringLiteral("report-pdf"));
    o.summaryJson = parser.value(QStringLiteral("summary-json"));
    o.viewFile = parser.value(QStringLiteral("view"));
    o.exportSvgDir = parser.value(QStringLiteral("export-svg"));
    o.transparent = parser.isSet(QStringLiteral("transparent"));
    o.reportObservations = parser.isSet(QStringLiteral("report-observations"));
    // Report options alone would silently open the window instead of writing a report.
    for (const char *reportOption : {"report-observations", "page-size", "orientation"}) {
        if (parser.isSet(QString::fromLatin1(reportOption)) && o.reportPdf.isEmpty()) {
            *error = QStringLiteral("--%1 needs --report-pdf FILE").arg(QString::fromLatin1(reportOption));
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("lang"))) {
        o.language = languageFromId(parser.value(QStringLiteral("lang")));
        if (!o.language) {
            *error = QStringLiteral("--lang: expected en, ko or ja, got \"%1\"").arg(parser.value(QStringLiteral("lang")));
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("page-size"))) {
        const auto paper = ReportPageSetup::paperFromName(parser.value(QStringLiteral("page-size")));
        if (!paper) {
            *error = QStringLiteral("--page-size: expected A4 or Letter, got \"%1\"").arg(parser.value(QStringLiteral("page-size")));
            return std::nullopt;
        }
        o.pageSetup.paper = *paper;
    }
    if (parser.isSet(QStringLiteral("orientation"))) {
        const auto orientation = ReportPageSetup::orientationFromName(parser.value(QStringLiteral("orientation")));
        if (!orientation) {
            *error = QStringLiteral("--orientation: expected portrait or landscape, got \"%1\"")
                         .arg(parser.value(QStringLiteral("orientation")));
            return std::nullopt;
        }
        o.pageSetup.orientation = *orientation;
    }
    return o;
}

}  // namespace medtour
