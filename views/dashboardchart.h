#pragma once

#include <QObject>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace medtour {

// Common interface of the dashboard's charts. Each chart owns one QChart, builds its series
// and axes once and updates them in place when its summary model resets (never a new QChart
// per change). The live chart is shown by a QChartView; exports and the report use a fresh
// instance from createExportCopy() so the live view is never changed for printing.
class DashboardChart : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~DashboardChart() override = default;

    /// The chart this object owns (owned by this object until a QChartView takes it).
    virtual QChart *chart() const = 0;
    /// File name stem for exports: "nationality-shares", "yoy-growth", "specialty-breakdown".
    virtual QString fileStem() const = 0;
    /// Human title of the chart as drawn, e.g. "Nationality shares, 2024".
    virtual QString title() const = 0;
    /// Non-empty when the chart cannot be computed from the data: drawn instead of zeros.
    virtual QString unavailableReason() const = 0;
    /// A new chart bound to the same summary model with the same options and animations off,
    /// for export and printing. Caller owns it.
    virtual std::unique_ptr<DashboardChart> createExportCopy() const = 0;

signals:
    /// Emitted after the chart updated itself from its model.
    void updated();
};

}  // namespace medtour
