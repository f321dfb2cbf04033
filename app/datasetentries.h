#pragma once

#include <model/datasetregistry.h>

#include <memory>

namespace medtour {

/// The Datasets panel's entry of the built-in MOHW / KHIDI dataset (`cube`, never null): its
/// name and provenance lines in the current language ("%1 observations", counts in patients'
/// statistics rows). Called again after a language switch to relabel the entry.
DatasetEntry builtinDatasetEntry(std::shared_ptr<const ObservationCube> cube);

}  // namespace medtour
