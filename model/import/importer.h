#pragma once

#include "importspec.h"
#include "rawtable.h"

#include <model/error.h>
#include <model/observationcube.h>

#include <QString>

#include <functional>
#include <optional>

namespace medtour {

// Options of one import; empty/unset means "detect".
struct ImportOptions {
    QString encoding;          // e.g. "UTF-8", "CP949", "UTF-16LE"; empty = detect (BOM, uchardet)
    QChar delimiter;           // ',', '\t', ';'; null = detect
    QString sheet;             // XLSX sheet name; empty = first sheet
    NumberLocale numberLocale = NumberLocale::Auto;  // how "1.170.467" / "1,170,467" read
    std::optional<ImportSpec> spec;  // column mapping; unset = guessSpec()
    /// Called now and then with (bytes or rows done, total); return false to cancel. May be
    /// called from a worker thread.
    std::function<bool(qint64 done, qint64 total)> progress;
};

// What the import did, for the datasets panel and the batch mode's messages.
struct ImportProvenance {
    QString file;
    QString encoding;          // as detected or forced
    QChar delimiter;
    QString sheet;
    Shape shape = Shape::Long;
    int dataRows = 0;          // rows read from the file
    int observations = 0;      // cells in the resulting cube
    QStringList guesses;       // what was guessed, one line each ("delimiter ';' (detected)")
};

struct ImportResult {
    std::optional<ObservationCube> cube;   // set on success; nothing is applied otherwise
    Error error;                           // set when cube is empty (file, line, column, what)
    QStringList warnings;                  // negative counts, duplicates, shares > 100, ...
    ImportProvenance provenance;
    ImportSpec spec;                       // the mapping used (guessed or given)
    bool ambiguous = false;                // guessSpec() was unsure: the GUI asks the user
    bool cancelled = false;
};

/// Reads `path` (CSV, TSV, semicolon text or XLSX, any supported encoding and shape) into an
/// observation cube. All or nothing: on any error no cube is returned. Thread-safe (no GUI,
/// no shared state); meant to run off the UI thread for large files.
ImportResult importFile(const QString &path, const ImportOptions &options = {});

/// Same as importFile() for bytes already in memory (`fileName` names them in messages).
ImportResult importBytes(const QByteArray &bytes, const QString &fileName, const ImportOptions &options = {});

}  // namespace medtour
