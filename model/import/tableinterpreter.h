#pragma once

#include "importspec.h"
#include "rawtable.h"

#include <model/error.h>
#include <model/observationcube.h>

#include <QStringList>

#include <functional>
#include <optional>

namespace medtour {

/// Called now and then with (rows done, rows in total); returns false to cancel.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

// What interpretTable() made of a table: the cube (all or nothing), validation warnings and
// notes on what was detected (e.g. a decimal-comma column).
struct InterpretResult {
    std::optional<ObservationCube> cube;  // set on success
    Error error;                          // set when cube is empty and not cancelled
    QStringList warnings;                 // "file:line:column: ..." where a line is known
    QStringList notes;                    // detections, one line each
    int records = 0;                      // record-level rows counted
    bool cancelled = false;
};

/// Builds the observation cube of `table` under the column mapping `spec`:
/// - Long / Tidy: one observation per row (year or date, measure column or spec.measure,
///   categories, count, share, status and the tidy attributes);
/// - Wide: one observation per row and year column (unpivoted);
/// - RecordLevel: each row counts 1 into every combination of its categories and Total, so
///   marginal totals are exact sums (status exact).
/// Category names are mapped onto the built-in dataset's English ids where known (Korean and
/// English files give the same ids); 합계 / 계 / 총계 / 전체 / Total / All are the Total code.
/// Counts are patients (or department-based counts, or countries, per the measure); shares
/// percent. Warnings: negative counts, duplicate cells (the first is kept), shares over 100,
/// parts that exceed their published total, ignored columns. Errors (file, line, column, what
/// was expected): bad numbers, bad years, rows with more cells than the header, a mapping that
/// does not fit the header, no usable rows.
InterpretResult interpretTable(const RawTable &table, const ImportSpec &spec, const ImportProgress &progress = {});

}  // namespace medtour
