#include "dashboardmodel.h"

#include "builtindataset.h"

namespace medtour {

DashboardModel::DashboardModel(QObject *parent)
    : QObject(parent),
      m_dataset(new DatasetModel(this)),
      m_proxy(new FilterProxyModel(this)),
      m_nationalityShares(new ShareTableModel(Dimension::Nationality, this)),
      m_growth(new GrowthTableModel(this)),
      m_specialtyBreakdown(new BreakdownTableModel(Dimension::Specialty, this))
{
    m_proxy->setSourceModel(m_dataset);
}

void DashboardModel::setCube(std::shared_ptr<const ObservationCube> cube)
{
    // "All years" and "the latest year" of the old dataset mean the same in the new one: a
    // range clamped to a short file widens again when the built-in data comes back.
    const auto old = m_dataset->cube();
    const bool oldHasYears = old && old->rowCount() > 0;
    const bool wholePeriod = oldHasYears && m_filter.fromYear <= old->minYear() && m_filter.toYear >= old->maxYear();
    const bool latestYear = oldHasYears && m_filter.focusYear >= old->maxYear();
    m_dataset->setCube(std::move(cube));
    const auto c = m_dataset->cube();
    if (c->rowCount() > 0) {
        if (wholePeriod) {
            m_filter.fromYear = c->minYear();
            m_filter.toYear = c->maxYear();
        }
        if (latestYear)
            m_filter.focusYear = c->maxYear();
        m_filter = m_filter.normalized(c->minYear(), c->maxYear());
    }
    recompute();
}

std::optional<Error> DashboardModel::loadFile(const QString &path, QStringList *warnings)
{
    auto result = TidyCsvReader::readFile(path);
    if (warnings)
        *warnings << result.warnings;
    if (!result.cube)
        return result.error;
    setCube(std::make_shared<const ObservationCube>(std::move(*result.cube)));
    return std::nullopt;
}

std::optional<Error> DashboardModel::loadBuiltin()
{
    auto result = loadBuiltinDataset();
    if (!result.cube)
        return result.error;
    setCube(std::make_shared<const ObservationCube>(std::move(*result.cube)));
    return std::nullopt;
}

void DashboardModel::setFilter(const FilterState &filter)
{
    const auto c = m_dataset->cube();
    const FilterState normalized = c->rowCount() > 0 ? filter.normalized(c->minYear(), c->maxYear()) : filter;
    if (normalized == m_filter)
        return;
    m_filter = normalized;
    recompute();
    emit filterChanged(m_filter);
}

void DashboardModel::retranslate()
{
    m_dataset->retranslate();
    recompute();
}

void DashboardModel::recompute()
{
    const ObservationCube &cube = *m_dataset->cube();
    m_proxy->setFilter(m_filter);
    m_nationalityShares->recompute(cube, m_filter);
    m_growth->recompute(cube, m_filter);
    m_specialtyBreakdown->recompute(cube, m_filter);
    m_summary = computeSummary(cube, m_filter);
    emit changed();
}

QJsonObject DashboardModel::summaryJson() const
{
    QJsonObject charts;
    charts.insert(QStringLiteral("nationality_shares"), m_nationalityShares->toJson());
    charts.insert(QStringLiteral("yoy_growth"), m_growth->toJson());
    charts.insert(QStringLiteral("specialty_breakdown"), m_specialtyBreakdown->toJson());
    QJsonObject o;
    o.insert(QStringLiteral("focus_year"), m_filter.focusYear);
    o.insert(QStringLiteral("filter"), m_filter.toJson());
    o.insert(QStringLiteral("kpis"), m_summary.toJson());
    o.insert(QStringLiteral("charts"), charts);
    o.insert(QStringLiteral("source"), sourceLineFor(m_dataset->cube()->provenance()));
    o.insert(QStringLiteral("dataset"), m_dataset->cube()->provenance());
    return o;
}

}  // namespace medtour
