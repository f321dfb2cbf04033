#include "importoptionsjson.h"

#include <model/import/numberparse.h>

#include <QDir>
#include <QLocale>

namespace medtour {

namespace {

QString delimiterLabel(QChar d)
{
    if (d == QLatin1Char('\t'))
        return QStringLiteral("tab-separated");
    if (d == QLatin1Char(';'))
        return QStringLiteral("semicolon-separated");
    return QStringLiteral("comma-separated");
}

}  // namespace

QJsonObject importOptionsToJson(const ImportOptions &options)
{
    QJsonObject json;
    QString encoding = options.encoding;
    encoding.remove(QStringLiteral(" with BOM"));
    json.insert(QStringLiteral("encoding"), encoding);
    json.insert(QStringLiteral("delimiter"), options.delimiter.isNull() ? QString() : QString(options.delimiter));
    json.insert(QStringLiteral("sheet"), options.sheet);
    json.insert(QStringLiteral("number_locale"), numberLocaleId(options.numberLocale));
    if (options.spec)
        json.insert(QStringLiteral("spec"), options.spec->toJson());
    return json;
}

ImportOptions importOptionsFromJson(const QJsonObject &json)
{
    ImportOptions o;
    o.encoding = json.value(QStringLiteral("encoding")).toString();
    const QString delimiter = json.value(QStringLiteral("delimiter")).toString();
    if (delimiter.size() == 1)
        o.delimiter = delimiter.front();
    o.sheet = json.value(QStringLiteral("sheet")).toString();
    o.numberLocale = numberLocaleFromId(json.value(QStringLiteral("number_locale")).toString()).value_or(NumberLocale::Auto);
    if (json.contains(QStringLiteral("spec")))
        o.spec = ImportSpec::fromJson(json.value(QStringLiteral("spec")).toObject());
    return o;
}

QStringList provenanceLines(const ImportProvenance &p)
{
    const QString how = p.sheet.isEmpty() && p.encoding != QLatin1String("XLSX")
                            ? QStringLiteral("%1 · %2").arg(p.encoding, delimiterLabel(p.delimiter))
                            : QStringLiteral("XLSX sheet “%1”").arg(p.sheet);
    const QLocale c(QLocale::English);
    return {QDir::toNativeSeparators(p.file), QStringLiteral("%1 · %2").arg(how, shapeId(p.shape)),
            QStringLiteral("%1 rows → %2 observations").arg(c.toString(p.dataRows), c.toString(p.observations))};
}

}  // namespace medtour
