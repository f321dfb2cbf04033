#include "growthtablemodel.h"

#include "modelroles.h"
#include "numberformat.h"

namespace medtour {

GrowthTableModel::GrowthTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void GrowthTableModel::recompute(const ObservationCube &cube, const FilterState &filter)
{
    beginResetModel();
    m_years.clear();
    m_series.clear();
    m_unavailable.clear();
    const CubeQuery query(cube, filter);
    m_measure = query.measureFor(std::nullopt);
    for (int y = filter.fromYear; y <= filter.toYear; ++y)
        m_years.append(y);
    const QStringList nationalities = filter.selection(Dimension::Nationality);
    if (nationalities.isEmpty()) {
        // The slice the series counts: every patient, or the other filters' selections.
        QStringList slice;
        for (Dimension d : kAllDimensions) {
            if (filter.hasSelection(d))
                slice << localizedNames(cube, d, filter.selection(d)).join(QStringLiteral(" + "));
        }
        const bool department = m_measure == Measure::DepartmentBased;
        const QString selected = slice.join(QStringLiteral(", "));
        QString label;
        if (slice.isEmpty())
            label = department ? tr("All patients (department-based)") : tr("All patients");
        else
            label = department ? tr("%1 (department-based)").arg(selected) : selected;
        Series s{QStringLiteral("All"), QStringLiteral("전체"), label, {}, QStringLiteral("全体")};
        for (int y : m_years)
            s.points.append(query.sliceTotal(y, m_measure));
        m_series.append(s);
    } else {
        const CategoryDictionary &dict = cube.dictionary(Dimension::Nationality);
        for (const QString &id : nationalities) {
            const auto code = dict.find(id);
            const Category c = code ? dict.category(*code) : Category{id, {}, false, {}};
            Series s{id, c.nameKo, localizedName(id, c.nameKo, c.nameJa), {}, c.nameJa};
            for (int y : m_years)
                s.points.append(query.categoryValue(Dimension::Nationality, id, y, m_measure));
            m_series.append(s);
        }
    }
    bool any = false;
    for (const Series &s : m_series) {
        for (const ResolvedValue &p : s.points)
            any = any || p.value.has_value();
    }
    if (!any) {
        const QString from = formatYear(filter.fromYear);
        const QString to = formatYear(filter.toYear);
        m_unavailable = nationalities.isEmpty()
            ? tr("No published counts for this selection in %1–%2").arg(from, to)
            : tr("No published counts for %1 in %2–%3")
                  .arg(localizedNames(cube, Dimension::Nationality, nationalities).join(QStringLiteral(", ")), from,
                       to);
    }
    endResetModel();
}

QJsonArray GrowthTableModel::toJson() const
{
    QJsonArray rows;
    for (const Series &s : m_series) {
        for (int i = 0; i < m_years.size(); ++i) {
            const ResolvedValue &p = s.points.at(i);
            QJsonObject o;
            o.insert(QStringLiteral("series"), s.id);
            o.insert(QStringLiteral("year"), m_years.at(i));
            o.insert(QStringLiteral("patients"), p.value ? QJsonValue(static_cast<double>(*p.value)) : QJsonValue());
            o.insert(QStringLiteral("yoy_pct"), p.yoyPct ? QJsonValue(roundToOneDecimal(*p.yoyPct)) : QJsonValue());
            o.insert(QStringLiteral("status"), p.value ? QJsonValue(statusId(p.status)) : QJsonValue());
            o.insert(QStringLiteral("yoy_reported"), p.yoyReported);
            rows.append(o);
        }
    }
    return rows;
}

int GrowthTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_years.size());
}

int GrowthTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + 2 * static_cast<int>(m_series.size());
}

QVariant GrowthTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool raw = role == RawValueRole;
    if (!raw && role != Qt::DisplayRole && role != StatusRole)
        return {};
    const int year = m_years.at(index.row());
    if (index.column() == 0)
        return raw ? QVariant(year) : QVariant(formatYear(year));
    const int s = (index.column() - 1) / 2;
    const bool yoy = (index.column() - 1) % 2 == 1;
    const ResolvedValue &p = m_series.at(s).points.at(index.row());
    if (role == StatusRole)
        return statusId(yoy ? p.yoyStatus : p.status);
    if (yoy) {
        if (raw)
            return p.yoyPct ? QVariant(*p.yoyPct) : QVariant();
        return formatGrowth(p.yoyPct, isApproximate(p.yoyStatus) && !p.yoyReported);
    }
    if (raw)
        return p.value ? QVariant(*p.value) : QVariant();
    return formatCount(p.value, p.status);
}

QVariant GrowthTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Year");
    const int s = (section - 1) / 2;
    if (s >= m_series.size())
        return {};
    const Series &series = m_series.at(s);
    const QString name = localizedName(series.id, series.nameKo, series.nameJa);
    return (section - 1) % 2 == 0 ? tr("%1 patients", "column header: counts of a series").arg(name)
                                  : tr("%1 YoY", "column header: YoY growth of a series").arg(name);
}

}  // namespace medtour
