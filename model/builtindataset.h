#pragma once

#include "tidycsv.h"

namespace medtour {

/// Resource path of the built-in dataset (resources/data/khidi_observations.csv, compiled in):
/// MOHW / KHIDI 외국인환자 유치실적 2009–2024, converted by scripts/build_dataset.py.
QString builtinDatasetPath();
/// Loads the built-in dataset; provenance "built-in: MOHW / KHIDI 2009–2024".
TidyCsvReader::Result loadBuiltinDataset();

}  // namespace medtour
