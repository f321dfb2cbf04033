#pragma once

#include "tidycsv.h"

namespace medtour {

/// Resource path of the built-in dataset (resources/data/khidi_observations.csv, compiled in):
/// MOHW / KHIDI 외국인환자 유치실적 2009–2024, converted by scripts/build_dataset.py.
QString builtinDatasetPath();
/// Loads the built-in dataset; its provenance is builtinProvenance().
TidyCsvReader::Result loadBuiltinDataset();
/// The provenance id of the built-in dataset, as written to JSON:
/// "built-in: MOHW / KHIDI 외국인환자 유치실적 2009–2024".
QString builtinProvenance();
/// A cube's provenance for people, in the current language: the built-in dataset is named
/// ("Built-in: MOHW / KHIDI foreign patient statistics 2009–2024"); a file path is shown as is.
QString displayProvenance(const QString &provenance);

}  // namespace medtour
