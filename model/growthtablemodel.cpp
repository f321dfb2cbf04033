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
                slice << filter.selection(d).join(QStringLiteral(" + "));
        }
        QString label = slice.isEmpty() ? QStringLiteral("All patients") : slice.join(QStringLiteral(", "));
        if (m_measure == Measure::DepartmentBased)
            label += QStringLiteral(" (department-based)");
        Series s{QStringLiteral("All"), QStringLiteral("전체"), label, {}};
        for (int y : m_years)
            s.points.append(query.sliceTotal(y, m_measure));
        m_series.append(s);
    } else {
        for (const QString &id : nationalities) {
            const auto code = cube.dictionary(Dimension::Nationality).find(id);
            Series s{id, code ? cube.dictionary(Dimension::Nationality).category(*code).nameKo : QString(), id, {}};
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
    if (!any)
        m_unavailable = QStringLiteral("No published counts for %1 in %2–%3")
                            .arg(nationalities.isEmpty() ? QStringLiteral("this selection")
                                                         : nationalities.join(QStringLiteral(", ")))
                            .arg(filter.fromYear).arg(filter.toYear);
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
        return raw ? QVariant(year) : QVariant(QString::number(year));
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
        return QStringLiteral("Year");
    const int s = (section - 1) / 2;
    if (s >= m_series.size())
        return {};
    const QString name = m_series.at(s).id;
    return (section - 1) % 2 == 0 ? QStringLiteral("%1 patients").arg(name) : QStringLiteral("%1 YoY").arg(name);
}

}  // namespace medtour
