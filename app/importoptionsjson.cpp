#include "importoptionsjson.h"

#include <model/import/numberparse.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QSettings>
#include <QLocale>

namespace medtour {

namespace {

// Provenance lines are shown in the Datasets panel, in the language of the time of reading.
QString delimiterLabel(QChar d)
{
    if (d == QLatin1Char('\t'))
        return QCoreApplication::translate("medtour::ImportProvenance", "tab-separated");
    if (d == QLatin1Char(';'))
        return QCoreApplication::translate("medtour::ImportProvenance", "semicolon-separated");
    return QCoreApplication::translate("medtour::ImportProvenance", "comma-separated");
}

QString shapeLabel(Shape shape)
{
    switch (shape) {
    case Shape::Long: return QCoreApplication::translate("medtour::ImportProvenance", "long");
    case Shape::Wide: return QCoreApplication::translate("medtour::ImportProvenance", "wide");
    case Shape::RecordLevel: return QCoreApplication::translate("medtour::ImportProvenance", "record-level");
    case Shape::Tidy: return QCoreApplication::translate("medtour::ImportProvenance", "tidy");
    }
    return shapeId(shape);
}

QString settingsKey(const QStringList &header)
{
    const QByteArray hash = QCryptographicHash::hash(ImportSpec::headerSignature(header).toUtf8(),
                                                     QCryptographicHash::Sha1);
    return QStringLiteral("import/mappings/") + QString::fromLatin1(hash.toHex());
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

std::optional<ImportSpec> rememberedImportSpec(const QStringList &header)
{
    const QByteArray json = QSettings().value(settingsKey(header)).toByteArray();
    if (json.isEmpty())
        return std::nullopt;
    auto spec = ImportSpec::fromJson(QJsonDocument::fromJson(json).object());
    if (spec && spec->columns.size() != header.size())
        return std::nullopt;
    return spec;
}

void rememberImportSpec(const QStringList &header, const ImportSpec &spec)
{
    QSettings().setValue(settingsKey(header), QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact));
}

QStringList provenanceLines(const ImportProvenance &p)
{
    const QString how = p.sheet.isEmpty() && p.encoding != QLatin1String("XLSX")
                            ? QStringLiteral("%1 · %2").arg(p.encoding, delimiterLabel(p.delimiter))
                            : QCoreApplication::translate("medtour::ImportProvenance", "XLSX sheet “%1”").arg(p.sheet);
    const QLocale c(QLocale::English);
    return {QDir::toNativeSeparators(p.file), QStringLiteral("%1 · %2").arg(how, shapeLabel(p.shape)),
            QCoreApplication::translate("medtour::ImportProvenance", "%1 rows → %2 observations")
                .arg(c.toString(p.dataRows), c.toString(p.observations))};
}

}  // namespace medtour
