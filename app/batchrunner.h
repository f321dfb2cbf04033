#pragma once

#include "batchoptions.h"

#include <QTextStream>

namespace medtour {

class DashboardModel;

// Exit codes of the batch mode (and of the GUI's start-up on bad options).
enum ExitCode : int { ExitOk = 0, ExitUsage = 2, ExitData = 3, ExitOutput = 4 };

/// Builds the FilterState from the options against the loaded dataset: names resolved in
/// English or Korean, years defaulting to the dataset's range and its latest year. On an
/// unknown name or a year outside the data, returns std::nullopt with a message in `error`.
std::optional<FilterState> filterFromOptions(const BatchOptions &options, const DashboardModel &model, QString *error);

/// Loads the datasets named by the options (or the built-in one) into `model`: each --data file
/// through the importer (format, encoding, delimiter and shape detected unless given), the
/// files combined into one cube. What was guessed and any warnings go to `notes` (one line
/// each). On a data error returns the message ("file:line:column: what was expected").
std::optional<QString> loadDataFromOptions(const BatchOptions &options, DashboardModel &model, QStringList *notes = nullptr);

/// Runs the batch mode: loads data, applies the filter, writes the requested JSON, PNGs and
/// PDF exactly as the GUI would. Messages go to `err`; JSON to standard output for "-".
/// Returns an ExitCode.
int runBatch(const BatchOptions &options, QTextStream &err);

}  // namespace medtour
