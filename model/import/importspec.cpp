#include "importspec.h"

#include "numberparse.h"

#include <QJsonArray>

namespace medtour {

namespace {

const QList<QPair<ColumnRole, QString>> &roleIds()
{
    static const QList<QPair<ColumnRole, QString>> ids = {
        {ColumnRole::Ignore, QStringLiteral("ignore")},       {ColumnRole::Year, QStringLiteral("year")},
        {ColumnRole::Date, QStringLiteral("date")},           {ColumnRole::Measure, QStringLiteral("measure")},
        {ColumnRole::Category, QStringLiteral("category")},   {ColumnRole::CategoryKo, QStringLiteral("category_ko")},
        {ColumnRole::Patients, QStringLiteral("patients")},   {ColumnRole::Share, QStringLiteral("share")},
        {ColumnRole::Status, QStringLiteral("status")},       {ColumnRole::YearValue, QStringLiteral("year_value")},
        {ColumnRole::Other, QStringLiteral("other")},
    };
    return ids;
}

}  // namespace

QString shapeId(Shape s)
{
    switch (s) {
    case Shape::Long:
        return QStringLiteral("long");
    case Shape::Wide:
        return QStringLiteral("wide");
    case Shape::RecordLevel:
        return QStringLiteral("record-level");
    case Shape::Tidy:
        return QStringLiteral("tidy");
    }
    return QStringLiteral("long");
}

std::optional<Shape> shapeFromId(const QString &id)
{
    for (Shape s : {Shape::Long, Shape::Wide, Shape::RecordLevel, Shape::Tidy}) {
        if (shapeId(s) == id)
            return s;
    }
    return std::nullopt;
}

QString columnRoleId(ColumnRole r)
{
    for (const auto &p : roleIds()) {
        if (p.first == r)
            return p.second;
    }
    return QStringLiteral("ignore");
}

std::optional<ColumnRole> columnRoleFromId(const QString &id)
{
    for (const auto &p : roleIds()) {
        if (p.second == id)
            return p.first;
    }
    return std::nullopt;
}

bool ImportSpec::operator==(const ImportSpec &o) const
{
    return shape == o.shape && measure == o.measure && numberLocale == o.numberLocale && columns == o.columns;
}

QJsonObject ImportSpec::toJson() const
{
    QJsonArray cols;
    for (const ColumnMapping &c : columns) {
        QJsonObject o;
        o.insert(QStringLiteral("role"), columnRoleId(c.role));
        if (c.dimension)
            o.insert(QStringLiteral("dimension"), dimensionId(*c.dimension));
        if (c.role == ColumnRole::YearValue)
            o.insert(QStringLiteral("year"), c.year);
        cols.append(o);
    }
    QJsonObject json;
    json.insert(QStringLiteral("shape"), shapeId(shape));
    json.insert(QStringLiteral("measure"), measureId(measure));
    json.insert(QStringLiteral("number_locale"), numberLocaleId(numberLocale));
    json.insert(QStringLiteral("columns"), cols);
    return json;
}

std::optional<ImportSpec> ImportSpec::fromJson(const QJsonObject &json)
{
    ImportSpec spec;
    const auto shape = shapeFromId(json.value(QStringLiteral("shape")).toString());
    const auto measure = measureFromId(json.value(QStringLiteral("measure")).toString());
    const auto locale = numberLocaleFromId(json.value(QStringLiteral("number_locale")).toString(QStringLiteral("auto")));
    if (!shape || !measure || !locale)
        return std::nullopt;
    spec.shape = *shape;
    spec.measure = *measure;
    spec.numberLocale = *locale;
    for (const QJsonValue &v : json.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject o = v.toObject();
        ColumnMapping c;
        const auto role = columnRoleFromId(o.value(QStringLiteral("role")).toString());
        if (!role)
            return std::nullopt;
        c.role = *role;
        if (o.contains(QStringLiteral("dimension"))) {
            c.dimension = dimensionFromId(o.value(QStringLiteral("dimension")).toString());
            if (!c.dimension)
                return std::nullopt;
        }
        if ((c.role == ColumnRole::Category || c.role == ColumnRole::CategoryKo) && !c.dimension)
            return std::nullopt;
        c.year = o.value(QStringLiteral("year")).toInt();
        if (c.role == ColumnRole::YearValue && (c.year < 1900 || c.year > 2200))
            return std::nullopt;
        spec.columns.append(c);
    }
    return spec;
}

QString ImportSpec::headerSignature(const QStringList &header)
{
    QStringList cells;
    for (const QString &h : header)
        cells << h.trimmed().toLower();
    return cells.join(QChar(0x241F));
}

}  // namespace medtour
