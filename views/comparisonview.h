#pragma once

#include <model/comparisontablemodel.h>

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class QChart;
class QComboBox;
class QHorizontalBarSeries;
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace medtour {

class ObservationCube;

// "Compare": two years (or two categories, e.g. Japan vs China) side by side. Combo boxes pick
// what to compare (kind, dimension, A, B) and emit specChanged(); a table shows the
// ComparisonTableModel (label, A, B, change, change %) and a grouped horizontal bar chart (A
// and B per category, the ten largest by B; or per year) is rebuilt in place on every model
// reset. Texts follow the current language (categories via localizedName(), years via
// formatYear(); the combo boxes keep ids as item data). Not the source of truth: the app
// recomputes the model. The model must outlive the view; the chart, series and axes are built
// once and owned by the view.
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxBars = 10;

    ComparisonView(ComparisonTableModel *model, QWidget *parent);
    ~ComparisonView() override;

    /// Fills the year and category combo boxes from the cube. Emits nothing.
    void setCube(const ObservationCube &cube);
    /// Shows `spec` in the combo boxes (no specChanged()).
    void setSpec(const ComparisonSpec &spec);
    ComparisonSpec currentSpec() const;

    QTableView *table() const { return m_table; }
    QChart *chart() const;
    QHorizontalBarSeries *barSeries() const { return m_bars; }
    QComboBox *comboA() const { return m_a; }
    QComboBox *comboB() const { return m_b; }
    /// Dark chart background and light text (the window follows the system palette).
    void setDarkMode(bool dark);
    /// Value axis ticks in myriad units ("40만"; Japanese "40万"), as the dashboard's charts
    /// with View > Korean units; the table keeps exact figures ("441,112").
    void setKoreanUnits(bool on);
    bool koreanUnits() const { return m_koreanUnits; }

signals:
    void specChanged(const medtour::ComparisonSpec &spec);

protected:
    /// On a language switch: labels, combo texts (the picked ids stay), chart texts and fonts.
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChoices();
    void refreshChart();
    void emitSpec();

    ComparisonTableModel *m_model;
    const ObservationCube *m_cube = nullptr;
    QComboBox *m_kind;
    QComboBox *m_dimension;
    QComboBox *m_a;
    QComboBox *m_b;
    QTableView *m_table;
    QLabel *m_unavailable;
    QPointer<QChart> m_chart;
    QHorizontalBarSeries *m_bars;
    QBarCategoryAxis *m_names;
    QCategoryAxis *m_values;
    QLabel *m_kindLabel;
    QLabel *m_dimensionLabel;
    QLabel *m_aLabel;
    QLabel *m_bLabel;
    QWidget *m_chartView = nullptr;
    bool m_dark = false;
    bool m_koreanUnits = false;
};

}  // namespace medtour
