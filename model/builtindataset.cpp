#include "builtindataset.h"

namespace medtour {

QString builtinDatasetPath()
{
    return QStringLiteral(":/data/khidi_observations.csv");
}

TidyCsvReader::Result loadBuiltinDataset()
{
    auto result = TidyCsvReader::readFile(builtinDatasetPath());
    if (result.cube)
        result.cube->setProvenance(QStringLiteral("built-in: MOHW / KHIDI 외국인환자 유치실적 2009–2024"));
    return result;
}

}  // namespace medtour
