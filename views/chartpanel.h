#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QMenu;
QT_END_NAMESPACE

namespace medtour {

class DashboardChart;

// Shows one DashboardChart on screen: a chart view with antialiasing, an overlay that states
// why the chart cannot be drawn (instead of drawing zeros), and a context menu with
// "Export as PNG…" plus any actions the app adds (chart options). Takes ownership of the chart
// object. Never opens dialogs itself: it emits exportPngRequested(). Texts follow the current
// language.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    /// The smallest size (logical pixels) at which every chart, in every mode and language,
    /// shows all its texts without eliding ("…") or overlapping: Qt Charts gives each year of
    /// a bar axis only its category's width. The window keeps its chart panels at least this
    /// large and scrolls the dashboard instead (tests/views/test_chartlanguage.cpp).
    static constexpr QSize kLegibleMinimum{480, 300};

    /// Shows `chart` and takes ownership of it; the panel's minimum size is kLegibleMinimum.
    ChartPanel(DashboardChart *chart, QWidget *parent);

    DashboardChart *dashboardChart() const { return m_chart; }
    /// Adds an action to the chart's context menu (e.g. "Show as ranked bars").
    void addContextAction(QAction *action);
    /// The overlay text currently shown, empty when the chart shows data.
    QString overlayText() const;
    /// The view showing the chart (focusable; accessible name = title, accessible description =
    /// the chart's textDescription() or the highlighted mark's tooltip).
    QWidget *chartView() const { return m_view; }

signals:
    void exportPngRequested(medtour::DashboardChart *chart);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    /// Keyboard navigation of the focused chart: Left/Up and Right/Down move the highlighted
    /// mark, Home/End jump, Enter/Return/Space activate it (DashboardChart::activateMark()),
    /// Escape clears the highlight (and is passed on so the app can go up one level).
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    /// On a language switch: the overlay and the view's accessible texts are set again (the
    /// chart itself retranslates in place, see DashboardChart).
    void changeEvent(QEvent *event) override;

private:
    void refreshOverlay();
    void moveHighlight(int delta, bool absolute = false);

    DashboardChart *m_chart;
    QWidget *m_view;
    QLabel *m_overlay;
    QList<QAction *> m_extraActions;
};

}  // namespace medtour
