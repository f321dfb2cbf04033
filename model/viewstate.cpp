#include "viewstate.h"

#include "observationcube.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace medtour {

namespace {

// The tr() context "medtour::ViewState" of this file's texts for people.
struct ViewText {
    Q_DECLARE_TR_FUNCTIONS(medtour::ViewState)
};

const QString kFormat = QStringLiteral("medtour-view");

template<typename E, std::size_t N>
QString idOf(E value, const std::array<std::pair<E, const char *>, N> &table)
{
    for (const auto &[e, id] : table) {
        if (e == value)
            return QString::fromLatin1(id);
    }
    return {};
}

template<typename E, std::size_t N>
E fromId(const QString &id, E fallback, const std::array<std::pair<E, const char *>, N> &table)
{
    for (const auto &[e, name] : table) {
        if (id == QLatin1String(name))
            return e;
    }
    return fallback;
}

constexpr std::array<std::pair<ShareChartMode, const char *>, 2> kShareModes{{
    {ShareChartMode::Donut, "donut"}, {ShareChartMode::RankedBars, "ranked_bars"}}};
constexpr std::array<std::pair<SpecialtyChartMode, const char *>, 4> kSpecialtyModes{{
    {SpecialtyChartMode::FocusYearBars, "focus_year"},
    {SpecialtyChartMode::StackedYears, "stacked_years"},
    {SpecialtyChartMode::PercentYears, "percent_years"},
    {SpecialtyChartMode::GroupedYears, "grouped_years"}}};
constexpr std::array<std::pair<ChartValueKind, const char *>, 2> kValueKinds{{
    {ChartValueKind::Count, "count"}, {ChartValueKind::Share, "share"}}};

// How a JSON value reads in a warning: "\"yes\"", "5", "true", "an array", "an object", "null".
QString describeJson(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return QStringLiteral("\"%1\"").arg(v.toString());
    case QJsonValue::Double: return QString::number(v.toDouble());
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: return ViewText::tr("an array");
    case QJsonValue::Object: return ViewText::tr("an object");
    default: return QStringLiteral("null");
    }
}

// Warnings for the values of a view file that fromJson() cannot use and replaces by a default
// or a clamped value: a key of the wrong type, top N outside 1–50, an unknown option spelling.
// Keys that are absent are not warned about (their defaults are meant).
QStringList checkViewJson(const QJsonObject &o)
{
    QStringList warnings;
    const auto wrongType = [&warnings](const QString &key, const QString &expected, const QJsonValue &v) {
        warnings << ViewText::tr("\"%1\": expected %2, found %3; ignored").arg(key, expected, describeJson(v));
    };
    const QJsonValue filterValue = o.value(QStringLiteral("filter"));
    const QJsonObject filter = filterValue.toObject();
    if (!filterValue.isUndefined() && !filterValue.isObject())
        wrongType(QStringLiteral("filter"), ViewText::tr("an object"), filterValue);
    // Years and top N are whole numbers (QJsonValue::toInt() ignores 2023.5 and 1e10, so they
    // would silently fall back to the default).
    const auto wholeNumber = [](const QJsonValue &v) {
        return v.isDouble() && std::abs(v.toDouble()) <= 1e9 && v.toDouble() == std::floor(v.toDouble());
    };
    for (const char *key : {"from_year", "to_year", "focus_year", "top_n"}) {
        const QJsonValue v = filter.value(QLatin1String(key));
        if (!v.isUndefined() && !wholeNumber(v))
            wrongType(QStringLiteral("filter.") + QLatin1String(key), ViewText::tr("a whole number"), v);
    }
    const QJsonValue topN = filter.value(QStringLiteral("top_n"));
    if (wholeNumber(topN) && (topN.toInt() < 1 || topN.toInt() > 50))
        warnings << ViewText::tr("\"filter.top_n\": %1 is outside 1–50; %2 is used")
                        .arg(describeJson(topN)).arg(std::clamp(topN.toInt(), 1, 50));
    QStringList listKeys;
    for (Dimension d : kAllDimensions)
        listKeys << dimensionId(d);
    listKeys << QStringLiteral("expand_other");
    for (const QString &key : std::as_const(listKeys)) {
        const QJsonValue v = filter.value(key);
        if (!v.isUndefined() && !v.isArray())
            wrongType(QStringLiteral("filter.") + key, ViewText::tr("a list of names [\"Japan\", …]"), v);
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                wrongType(QStringLiteral("filter.") + key, ViewText::tr("names"), item);
        }
    }
    const QJsonValue chartsValue = o.value(QStringLiteral("charts"));
    if (!chartsValue.isUndefined() && !chartsValue.isObject())
        wrongType(QStringLiteral("charts"), ViewText::tr("an object"), chartsValue);
    const QJsonObject charts = chartsValue.toObject();
    for (const char *key : {"korean_units", "growth_log_scale"}) {
        const QJsonValue v = charts.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isBool())
            wrongType(QStringLiteral("charts.") + QLatin1String(key), QStringLiteral("true / false"), v);
    }
    const auto checkId = [&](const char *key, const QStringList &ids) {
        const QJsonValue v = charts.value(QLatin1String(key));
        if (!v.isUndefined() && !ids.contains(v.toString()))
            wrongType(QStringLiteral("charts.") + QLatin1String(key), ids.join(QStringLiteral(" / ")), v);
    };
    const auto idsOf = [](const auto &table) {
        QStringList ids;
        for (const auto &entry : table)
            ids << QString::fromLatin1(entry.second);
        return ids;
    };
    checkId("nationality_mode", idsOf(kShareModes));
    checkId("specialty_mode", idsOf(kSpecialtyModes));
    checkId("nationality_values", idsOf(kValueKinds));
    checkId("specialty_values", idsOf(kValueKinds));
    return warnings;
}

}  // namespace

QJsonObject ViewState::toJson() const
{
    QJsonObject charts;
    charts.insert(QStringLiteral("nationality_mode"), idOf(nationalityMode, kShareModes));
    charts.insert(QStringLiteral("specialty_mode"), idOf(specialtyMode, kSpecialtyModes));
    charts.insert(QStringLiteral("nationality_values"), idOf(nationalityValueKind, kValueKinds));
    charts.insert(QStringLiteral("specialty_values"), idOf(specialtyValueKind, kValueKinds));
    charts.insert(QStringLiteral("korean_units"), koreanUnits);
    charts.insert(QStringLiteral("growth_log_scale"), growthLogScale);
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("version"), kFormatVersion);
    o.insert(QStringLiteral("filter"), filter.toJson());
    o.insert(QStringLiteral("charts"), charts);
    return o;
}

std::optional<ViewState> ViewState::fromJson(const QJsonObject &o, QString *error, QStringList *warnings)
{
    if (o.value(QStringLiteral("format")).toString() != kFormat) {
        if (error)
            *error = ViewText::tr("not a MedTour view (expected \"format\": \"%1\")")
                         .arg(kFormat);
        return std::nullopt;
    }
    const int version = o.value(QStringLiteral("version")).toInt(0);
    if (version < 1 || version > kFormatVersion) {
        if (error)
            *error = ViewText::tr("view format version %1 is not supported (this program reads version %2)")
                         .arg(version).arg(kFormatVersion);
        return std::nullopt;
    }
    if (warnings)
        *warnings << checkViewJson(o);
    ViewState v;
    v.filter = FilterState::fromJson(o.value(QStringLiteral("filter")).toObject());
    const QJsonObject charts = o.value(QStringLiteral("charts")).toObject();
    v.nationalityMode = fromId(charts.value(QStringLiteral("nationality_mode")).toString(), v.nationalityMode, kShareModes);
    v.specialtyMode = fromId(charts.value(QStringLiteral("specialty_mode")).toString(), v.specialtyMode, kSpecialtyModes);
    v.nationalityValueKind =
        fromId(charts.value(QStringLiteral("nationality_values")).toString(), v.nationalityValueKind, kValueKinds);
    v.specialtyValueKind =
        fromId(charts.value(QStringLiteral("specialty_values")).toString(), v.specialtyValueKind, kValueKinds);
    v.koreanUnits = charts.value(QStringLiteral("korean_units")).toBool(false);
    v.growthLogScale = charts.value(QStringLiteral("growth_log_scale")).toBool(false);
    return v;
}

ViewState ViewState::resolveAgainst(const ObservationCube &cube, QStringList *warnings) const
{
    ViewState v = *this;
    for (Dimension d : kAllDimensions) {
        const CategoryDictionary &dict = cube.dictionary(d);
        QStringList kept;
        for (const QString &name : filter.selection(d)) {
            const auto code = dict.find(name);
            if (!code || *code == kTotalCode) {
                if (warnings)
                    *warnings << ViewText::tr("%1 \"%2\" is not in the data; left out")
                                     .arg(dimensionLabel(d), name);
                continue;
            }
            kept << dict.category(*code).id;
        }
        v.filter.selection(d) = kept;
    }
    if (cube.rowCount() > 0) {
        v.filter = v.filter.normalized(cube.minYear(), cube.maxYear());
        if (warnings && (v.filter.focusYear != filter.focusYear || v.filter.fromYear != filter.fromYear
                         || v.filter.toYear != filter.toYear))
            *warnings << ViewText::tr("years %1–%2 (focus %3) moved into the data's %4–%5")
                             .arg(filter.fromYear).arg(filter.toYear).arg(filter.focusYear)
                             .arg(cube.minYear()).arg(cube.maxYear());
    }
    return v;
}

}  // namespace medtour
