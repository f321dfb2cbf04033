#pragma once

#include "dashboardchart.h"

#include <QList>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QHorizontalBarSeries;
class QPieSeries;
QT_END_NAMESPACE

namespace medtour {

class ShareTableModel;

// Nationality shares of the focus year (real patients) as a donut or as ranked horizontal
// bars, bound to a ShareTableModel (top N + "Other"). Series and axes are built once and
// updated in place on every model reset. Owns its QChart until a QChartView takes it; the
// model must outlive this object.
class NationalityShareChart : public DashboardChart
{
    Q_OBJECT
public:
    enum class Mode { Donut, RankedBars };

    NationalityShareChart(ShareTableModel *model, QObject *parent, Mode mode = Mode::Donut);
    ~NationalityShareChart() override;

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    QChart *chart() const override;
    QString fileStem() const override { return QStringLiteral("nationality-shares"); }
    QString title() const override;
    QString unavailableReason() const override;
    std::unique_ptr<DashboardChart> createExportCopy() const override;

    QPieSeries *pieSeries() const { return m_pie; }
    QHorizontalBarSeries *barSeries() const { return m_bars; }

private:
    void refresh();
    void fillDonut();
    void fillBars();
    void updateSliceLabels();

    ShareTableModel *m_model;
    Mode m_mode;
    QPointer<QChart> m_chart;  // null once a QChartView that took it deleted it
    QPieSeries *m_pie;
    QHorizontalBarSeries *m_bars;
    QBarCategoryAxis *m_barCategories;
    QCategoryAxis *m_barValues;
    QList<QGraphicsSimpleTextItem *> m_valueLabels;  // children of m_chart, reused
};

}  // namespace medtour
