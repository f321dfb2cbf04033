#pragma once

#include <model/import/importer.h>

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace medtour {

/// What a reload needs of ImportOptions, as JSON: {"encoding": "CP949", "delimiter": ";",
/// "sheet": "", "number_locale": "comma", "spec": ImportSpec::toJson()}. The progress callback
/// is not stored. Stored per dataset in DatasetRegistry (the model layer knows no import types).
QJsonObject importOptionsToJson(const ImportOptions &options);
/// Reads importOptionsToJson() output; unknown or missing members stay "detect".
ImportOptions importOptionsFromJson(const QJsonObject &json);

/// The import's provenance as the datasets panel shows it, one line each: the file,
/// "CP949 · ';' · wide" (or "XLSX sheet “Sheet1” · wide"), "48 rows → 192 observations".
QStringList provenanceLines(const ImportProvenance &provenance);

/// The column mapping last accepted for a file with this header (QSettings
/// "import/mappings/<SHA-1 of the header signature>"), if any and if it has as many columns.
std::optional<ImportSpec> rememberedImportSpec(const QStringList &header);
void rememberImportSpec(const QStringList &header, const ImportSpec &spec);

}  // namespace medtour
