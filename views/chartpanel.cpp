#include "chartpanel.h"

#include "dashboardchart.h"

#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QVBoxLayout>

namespace medtour {

ChartPanel::ChartPanel(DashboardChart *chart, QWidget *parent)
    : QWidget(parent), m_chart(chart)
{
    m_chart->setParent(this);
    auto *view = new QChartView(this);
    // The view shows the chart but the DashboardChart keeps ownership of it: the chart lives
    // in the view's scene only while both exist (the DashboardChart is destroyed first as it
    // was re-parented before the view was created).
    view->setChart(m_chart->chart());
    view->setRenderHint(QPainter::Antialiasing);
    view->setContextMenuPolicy(Qt::NoContextMenu);
    view->setAccessibleName(m_chart->title());
    view->setFocusPolicy(Qt::StrongFocus);
    m_view = view;
    m_overlay = new QLabel(this);
    m_overlay->setAlignment(Qt::AlignCenter);
    m_overlay->setWordWrap(true);
    m_overlay->setStyleSheet(QStringLiteral("QLabel { color: #555; background: rgba(255,255,255,210); padding: 12px; }"));
    m_overlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    connect(m_chart, &DashboardChart::updated, this, &ChartPanel::refreshOverlay);
    refreshOverlay();
}

void ChartPanel::addContextAction(QAction *action)
{
    m_extraActions.append(action);
}

QString ChartPanel::overlayText() const
{
    return m_overlay->isVisibleTo(this) ? m_overlay->text() : QString();
}

void ChartPanel::refreshOverlay()
{
    const QString reason = m_chart->unavailableReason();
    m_overlay->setText(reason);
    m_overlay->setVisible(!reason.isEmpty());
    m_view->setAccessibleName(m_chart->title());
    m_view->setAccessibleDescription(reason.isEmpty() ? m_chart->title() : reason);
    if (!reason.isEmpty()) {
        const QRect r = rect().adjusted(width() / 8, height() / 3, -width() / 8, -height() / 3);
        m_overlay->setGeometry(r);
        m_overlay->raise();
    }
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    refreshOverlay();
}

void ChartPanel::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Export as PNG…"), this, [this] { emit exportPngRequested(m_chart); });
    if (!m_extraActions.isEmpty()) {
        menu.addSeparator();
        for (QAction *a : m_extraActions)
            menu.addAction(a);
    }
    menu.exec(event->globalPos());
}

}  // namespace medtour
