#include "builtindataset.h"

#include <QCoreApplication>

namespace medtour {

QString builtinDatasetPath()
{
    return QStringLiteral(":/data/khidi_observations.csv");
}

TidyCsvReader::Result loadBuiltinDataset()
{
    auto result = TidyCsvReader::readFile(builtinDatasetPath());
    if (result.cube)
        result.cube->setProvenance(builtinProvenance());
    return result;
}

QString builtinProvenance()
{
    return QStringLiteral("built-in: MOHW / KHIDI 외국인환자 유치실적 2009–2024");
}

QString displayProvenance(const QString &provenance)
{
    if (provenance == builtinProvenance())
        return QCoreApplication::translate("medtour::BuiltinDataset",
                                           "Built-in: MOHW / KHIDI foreign patient statistics 2009–2024");
    return provenance;
}

}  // namespace medtour
