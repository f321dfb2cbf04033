#pragma once

#include "dashboardchart.h"

#include <model/sharetablemodel.h>

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


// Nationality shares of the focus year (real patients) as a donut or as ranked horizontal
// bars, bound to a ShareTableModel (top N + "Other"). Series and axes are built once and
// updated in place on every model reset and after a language switch (names via
// localizedName(), years via formatYear()). Owns its QChart until a QChartView takes it; the
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
    /// Ranked bars show counts (default) or shares in percent. The donut always shows shares.
    void setValueKind(ValueKind kind);
    ValueKind valueKind() const { return m_valueKind; }

    QChart *chart() const override;
    QString fileStem() const override { return QStringLiteral("nationality-shares"); }
    QString title() const override;
    QString unavailableReason() const override;
    std::unique_ptr<DashboardChart> createExportCopy() const override;
    QString textDescription() const override;

    /// Marks are the model's entries drawn (rank order, "Other" last), in both modes.
    int markCount() const override;
    QString markToolTip(int index) const override;
    void activateMark(int index) override;
    void setHighlightedMark(int index) override;
    /// Tooltip of the slice / bar of category `categoryId` ("Japan", "Other"); empty if none.
    QString toolTipFor(const QString &categoryId) const;
    /// Same as a click on the slice / bar of `categoryId` (double click: `doubleClick` true).
    void clickCategory(const QString &categoryId, bool doubleClick = false);
    /// Category id of each mark, in mark order.
    QStringList markIds() const;

    QPieSeries *pieSeries() const { return m_pie; }
    QHorizontalBarSeries *barSeries() const { return m_bars; }

protected:
    void optionsChanged() override { refresh(); }

private:
    void refresh();
    void connectMarks();
    void applyHighlight();
    int entryIndex(const QString &categoryId) const;
    void fillDonut();
    void fillBars();
    void updateSliceLabels();
    static QString entryName(const ShareTableModel::Entry &entry);

    ShareTableModel *m_model;
    Mode m_mode;
    ValueKind m_valueKind = ValueKind::Count;
    QList<int> m_sliceEntries;  // per pie slice: index into the model's entries
    QList<int> m_barEntries;    // per bar (bottom to top): index into the model's entries
    QPointer<QChart> m_chart;  // null once a QChartView that took it deleted it
    QPieSeries *m_pie;
    QHorizontalBarSeries *m_bars;
    QBarCategoryAxis *m_barCategories;
    QCategoryAxis *m_barValues;
    QList<QGraphicsSimpleTextItem *> m_valueLabels;  // children of m_chart, reused
};

}  // namespace medtour
