#include "summary.h"

#include "numberformat.h"

namespace medtour {

namespace {
QJsonValue jsonCount(const std::optional<qint64> &v)
{
    return v ? QJsonValue(static_cast<double>(*v)) : QJsonValue(QJsonValue::Null);
}
QJsonValue jsonPct(const std::optional<double> &v)
{
    return v ? QJsonValue(roundToOneDecimal(*v)) : QJsonValue(QJsonValue::Null);
}
QJsonValue jsonTop(const std::optional<BreakdownRow> &row, const QString &countKey)
{
    if (!row)
        return QJsonValue(QJsonValue::Null);
    QJsonObject o;
    o.insert(QStringLiteral("name"), row->id);
    o.insert(QStringLiteral("name_ko"), row->nameKo);
    o.insert(QStringLiteral("name_ja"), row->nameJa);
    o.insert(countKey, jsonCount(row->cell.value));
    o.insert(QStringLiteral("share_pct"), jsonPct(row->cell.sharePct));
    o.insert(QStringLiteral("status"), statusId(row->cell.status));
    return o;
}
}  // namespace

QJsonObject Summary::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("total_patients"), jsonCount(total.value));
    o.insert(QStringLiteral("total_measure"), measureId(totalMeasure));
    o.insert(QStringLiteral("total_status"), total.value ? QJsonValue(statusId(total.status)) : QJsonValue());
    o.insert(QStringLiteral("yoy_growth_pct"), jsonPct(total.yoyPct));
    o.insert(QStringLiteral("top_nationality"), jsonTop(topNationality, QStringLiteral("patients")));
    o.insert(QStringLiteral("top_specialty"), jsonTop(topSpecialty, QStringLiteral("count")));
    o.insert(QStringLiteral("countries_of_origin"), jsonCount(countriesOfOrigin.value));
    return o;
}

Summary computeSummary(const ObservationCube &cube, const FilterState &filter)
{
    const CubeQuery query(cube, filter);
    Summary s;
    s.focusYear = filter.focusYear;
    s.provenance = cube.provenance();
    for (Dimension d : kAllDimensions)
        s.filtered = s.filtered || filter.hasSelection(d);
    s.totalMeasure = query.measureFor(std::nullopt);
    s.total = query.sliceTotal(filter.focusYear, s.totalMeasure);
    const Breakdown nationalities = query.breakdown(Dimension::Nationality, filter.focusYear);
    if (!nationalities.rows.isEmpty())
        s.topNationality = nationalities.rows.first();
    const Breakdown specialties = query.breakdown(Dimension::Specialty, filter.focusYear);
    if (!specialties.rows.isEmpty())
        s.topSpecialty = specialties.rows.first();
    s.countriesOfOrigin = query.countriesOfOrigin(filter.focusYear);
    return s;
}

}  // namespace medtour
