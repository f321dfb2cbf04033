#include "builtindataset.h"

#include <QCoreApplication>
#include <QFileInfo>

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

QString sourceLineFor(const QString &provenance)
{
    const QStringList parts = provenance.split(QStringLiteral(" + "), Qt::SkipEmptyParts);
    QStringList names;
    bool userData = false;
    for (const QString &part : parts) {
        if (part == builtinProvenance()) {
            names << QCoreApplication::translate("medtour::BuiltinDataset", "MOHW / KHIDI, 외국인환자 유치실적",
                                                 "the official statistics inside a source line");
        } else {
            userData = true;
            names << QCoreApplication::translate("medtour::BuiltinDataset", "%1 (user file)", "a loaded file inside a source line")
                         .arg(QFileInfo(part).fileName());
        }
    }
    if (!userData)
        return sourceLine();
    return QCoreApplication::translate("medtour::BuiltinDataset", "Source: %1", "source line of loaded data")
        .arg(names.join(QStringLiteral(" + ")));
}

QString displayProvenance(const QString &provenance)
{
    if (provenance == builtinProvenance())
        return QCoreApplication::translate("medtour::BuiltinDataset",
                                           "Built-in: MOHW / KHIDI foreign patient statistics 2009–2024");
    return provenance;
}

}  // namespace medtour
