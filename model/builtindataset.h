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
/// The source line of a dataset with `provenance` (a cube's provenance()), in the current
/// language, for the status bar, exported pictures and tables, the report and JSON:
/// the official statistics' sourceLine() for the built-in dataset (and for an empty
/// provenance, a cube built in code); a loaded file is named as the source, so user data is
/// never credited to MOHW / KHIDI: "Source: clinic_2024.csv (user file)"; a merged dataset
/// lists its parts: "Source: MOHW / KHIDI, 외국인환자 유치실적 + clinic_2024.csv (user file)".
QString sourceLineFor(const QString &provenance);
/// True when every part of `provenance` is the built-in dataset (or it is empty): the data are
/// the official statistics and may be called so.
bool isOfficialData(const QString &provenance);
/// The sources of `provenance` by name, in the current language: "MOHW / KHIDI, 외국인환자
/// 유치실적", "clinic_2024.csv (user file)", joined by " + " for a merged dataset.
QString sourceNames(const QString &provenance);

}  // namespace medtour
