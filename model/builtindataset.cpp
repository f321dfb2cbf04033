#include "builtindataset.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

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

bool isOfficialData(const QString &provenance)
{
    const QStringList parts = provenance.split(QStringLiteral(" + "), Qt::SkipEmptyParts);
    return std::all_of(parts.begin(), parts.end(), [](const QString &part) { return part == builtinProvenance(); });
}

QString sourceNames(const QString &provenance)
{
    QStringList names;
    for (const QString &part : provenance.split(QStringLiteral(" + "), Qt::SkipEmptyParts)) {
        names << (part == builtinProvenance()
                      ? QCoreApplication::translate("medtour::BuiltinDataset", "MOHW / KHIDI, 외국인환자 유치실적",
                                                    "the official statistics inside a source line")
                      : QCoreApplication::translate("medtour::BuiltinDataset", "%1 (user file)", "a loaded file inside a source line")
                            .arg(QFileInfo(part).fileName()));
    }
    return names.join(QStringLiteral(" + "));
}

QString sourceLineFor(const QString &provenance)
{
    if (isOfficialData(provenance))
        return sourceLine();
    return QCoreApplication::translate("medtour::BuiltinDataset", "Source: %1", "source line of loaded data")
        .arg(sourceNames(provenance));
}

QString displayProvenance(const QString &provenance)
{
    if (provenance == builtinProvenance())
        return QCoreApplication::translate("medtour::BuiltinDataset",
                                           "Built-in: MOHW / KHIDI foreign patient statistics 2009–2024");
    return provenance;
}

}  // namespace medtour
