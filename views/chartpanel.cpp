#include "chartpanel.h"

#include "dashboardchart.h"

#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QVBoxLayout>

#include <algorithm>

namespace medtour {

ChartPanel::ChartPanel(DashboardChart *chart, QWidget *parent)
    : QWidget(parent), m_chart(chart)
{
    m_chart->setParent(this);
    setMinimumSize(kLegibleMinimum);
    auto *view = new QChartView(this);
    // The view shows the chart but the DashboardChart keeps ownership of it: the chart lives
    // in the view's scene only while both exist (the DashboardChart is destroyed first as it
    // was re-parented before the view was created).
    view->setChart(m_chart->chart());
    view->setRenderHint(QPainter::Antialiasing);
    // Repaint the whole chart on a change: a title re-laid out after a data change otherwise
    // left a stale glyph beside it until the next full repaint.
    view->setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    view->setContextMenuPolicy(Qt::NoContextMenu);
    view->setAccessibleName(m_chart->title());
    view->setFocusPolicy(Qt::StrongFocus);
    view->installEventFilter(this);
    setFocusProxy(view);
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
    // The highlighted mark's tooltip while the keyboard user steps through the marks, else the
    // chart's text description (which states the unavailable reason when there is no data).
    const QString mark = m_chart->markToolTip(m_chart->highlightedMark());
    m_view->setAccessibleDescription(!mark.isEmpty() ? mark : m_chart->textDescription());
    if (!reason.isEmpty()) {
        const QRect r = rect().adjusted(width() / 8, height() / 3, -width() / 8, -height() / 3);
        m_overlay->setGeometry(r);
        m_overlay->raise();
    }
}

void ChartPanel::moveHighlight(int delta, bool absolute)
{
    const int count = m_chart->markCount();
    if (count == 0)
        return;
    const int current = m_chart->highlightedMark();
    const int next = absolute ? delta : current < 0 ? (delta > 0 ? 0 : count - 1) : (current + delta + count) % count;
    m_chart->setHighlightedMark(std::clamp(next, 0, count - 1));
    refreshOverlay();
}

bool ChartPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        moveHighlight(-1);
        return true;
    case Qt::Key_Right:
    case Qt::Key_Down:
        moveHighlight(1);
        return true;
    case Qt::Key_Home:
        moveHighlight(0, true);
        return true;
    case Qt::Key_End:
        moveHighlight(m_chart->markCount() - 1, true);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_chart->highlightedMark() < 0)
            return false;
        m_chart->activateMark(m_chart->highlightedMark());
        return true;
    case Qt::Key_Escape:
        if (m_chart->highlightedMark() >= 0) {
            m_chart->setHighlightedMark(-1);
            refreshOverlay();
        }
        return false;  // passed on: the app goes up one level
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    refreshOverlay();
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
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
