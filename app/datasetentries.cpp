#include "datasetentries.h"

#include "datasetcontroller.h"

#include <QLocale>

namespace medtour {

DatasetEntry builtinDatasetEntry(std::shared_ptr<const ObservationCube> cube)
{
    DatasetEntry e;
    e.builtin = true;
    e.name = DatasetController::builtinName();
    e.cube = std::move(cube);
    e.provenance = {DatasetController::tr("Foreign patient statistics, MOHW / KHIDI (compiled in)"),
                    DatasetController::tr("%1 observations").arg(QLocale(QLocale::English).toString(e.cube->rowCount()))};
    return e;
}

}  // namespace medtour
