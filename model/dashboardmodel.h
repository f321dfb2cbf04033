#pragma once

#include "breakdowntablemodel.h"
#include "datasetmodel.h"
#include "error.h"
#include "filterproxymodel.h"
#include "growthtablemodel.h"
#include "sharetablemodel.h"
#include "summary.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace medtour {

// The single source of truth of the dashboard: the active dataset, the filter, and the models
// derived from them (data table proxy, one summary model per chart, the KPI Summary). Data
// flows one way: setCube()/setFilter() recompute everything, then changed() is emitted once.
// Owns its models (children). Loading a file that fails leaves the previous dataset in place.
class DashboardModel : public QObject
{
    Q_OBJECT
public:
    explicit DashboardModel(QObject *parent);

    /// Replaces the dataset; the filter is kept where it still fits (years clamped). A filter
    /// over all years of the old dataset covers all years of the new one, and a focus on the
    /// old latest year moves to the new latest year (2023–2024 of a file → 2009–2024 built in).
    void setCube(std::shared_ptr<const ObservationCube> cube);
    /// Loads a tidy CSV (resources/data/FORMAT.md). On error returns it and keeps the current
    /// dataset; warnings (if any) are appended to `warnings`.
    std::optional<Error> loadFile(const QString &path, QStringList *warnings = nullptr);
    /// Loads the built-in MOHW / KHIDI dataset.
    std::optional<Error> loadBuiltin();

    /// Applies a filter (normalized to the dataset's years). No-op when unchanged.
    void setFilter(const FilterState &filter);
    const FilterState &filter() const { return m_filter; }

    std::shared_ptr<const ObservationCube> cube() const { return m_dataset->cube(); }
    DatasetModel *datasetModel() const { return m_dataset; }
    FilterProxyModel *tableModel() const { return m_proxy; }
    ShareTableModel *nationalityShares() const { return m_nationalityShares; }
    GrowthTableModel *growth() const { return m_growth; }
    BreakdownTableModel *specialtyBreakdown() const { return m_specialtyBreakdown; }
    const Summary &summary() const { return m_summary; }

    /// The batch-mode JSON: {"focus_year", "filter", "kpis", "charts": {"nationality_shares",
    /// "yoy_growth", "specialty_breakdown"}, "source", "dataset"}.
    QJsonObject summaryJson() const;

    /// Rebuilds every model after the display language changed (model/language.h): the
    /// summary models reset, so headers, category names and series labels are re-read in the
    /// new language; then changed() is emitted. The data and the filter stay as they are.
    void retranslate();

signals:
    /// Emitted once after the dataset or the filter changed and every model was recomputed.
    void changed();
    void filterChanged(const medtour::FilterState &filter);

private:
    void recompute();

    DatasetModel *m_dataset;
    FilterProxyModel *m_proxy;
    ShareTableModel *m_nationalityShares;
    GrowthTableModel *m_growth;
    BreakdownTableModel *m_specialtyBreakdown;
    FilterState m_filter;
    Summary m_summary;
};

}  // namespace medtour
