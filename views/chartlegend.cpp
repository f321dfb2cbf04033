#include "chartlegend.h"

#include "charttheme.h"

#include <QBrush>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QCursor>
#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QPen>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace medtour {

namespace {

const QString kLegendName = QStringLiteral("medtourReadableLegend");
constexpr double kSwatch = 10.0;     // px, the colour square
constexpr double kSwatchGap = 5.0;   // px between square and name
constexpr double kColumnGap = 16.0;  // px between columns

using Entry = LegendEntry;

// The clickable area of one drawn entry (swatch and name); invisible, above the text.
class HitArea : public QGraphicsRectItem
{
public:
    explicit HitArea(QGraphicsItem *parent) : QGraphicsRectItem(parent)
    {
        setPen(Qt::NoPen);
        setBrush(Qt::NoBrush);
        setZValue(11);
        setCursor(Qt::PointingHandCursor);
        setAcceptedMouseButtons(Qt::LeftButton);
    }
    QString key;
    std::function<void(const QString &)> *handler = nullptr;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override
    {
        event->accept();
        if (handler && *handler)
            (*handler)(key);
    }
};

// The drawn legend of one chart; a child of the chart, found by name. Text and swatch items
// are children of the chart, kept in pools that only grow and are reused.
class ReadableLegend : public QObject
{
public:
    explicit ReadableLegend(QChart &chart) : QObject(&chart), m_chart(chart)
    {
        setObjectName(kLegendName);
        connect(&chart, &QGraphicsWidget::geometryChanged, this, [this] { layOut(); });
    }

    static ReadableLegend &of(QChart &chart)
    {
        auto *legend = static_cast<ReadableLegend *>(chart.findChild<QObject *>(kLegendName, Qt::FindDirectChildrenOnly));
        return legend ? *legend : *new ReadableLegend(chart);
    }

    bool shown = false;
    QList<Entry> explicitEntries;
    std::function<void(const QString &)> handler;
    Qt::Alignment preferred = Qt::AlignRight;
    QMargins base;
    double minPlotWidth = 0.0;

    void layOut()
    {
        hideOwnLegend();
        const QList<Entry> entries = visibleEntries();
        const QSizeF size = m_chart.size();
        if (!shown || entries.isEmpty() || size.width() <= 0.0) {
            hideFrom(0);
            setMargins(base);
            return;
        }
        ensureItems(entries.size());
        if (preferred == Qt::AlignRight && layOutRight(entries))
            return;
        layOutBottom(entries);
    }

private:
    // QLegend stays "visible" (a hidden legend reports every marker as hidden, and the charts
    // hide markers on purpose) but detached, tiny, transparent and deaf to the mouse.
    void hideOwnLegend()
    {
        QLegend *legend = m_chart.legend();
        if (legend->isAttachedToChart())
            legend->detachFromChart();
        legend->setVisible(true);
        legend->setOpacity(0.0);
        legend->setAcceptedMouseButtons(Qt::NoButton);
        legend->setAcceptHoverEvents(false);
        if (legend->geometry() != QRectF(0, 0, 1, 1))
            legend->setGeometry(QRectF(0, 0, 1, 1));
    }

    QList<Entry> visibleEntries() const
    {
        if (!explicitEntries.isEmpty())
            return explicitEntries;
        QList<Entry> entries;
        const auto markers = m_chart.legend()->markers();
        for (const QLegendMarker *marker : markers) {
            if (!marker->isVisible() || marker->label().isEmpty())
                continue;
            const QBrush brush = marker->brush();
            entries.append({marker->label(), marker->label(),
                            brush.style() == Qt::NoBrush ? marker->pen().color() : brush.color(), false});
        }
        return entries;
    }

    void ensureItems(qsizetype count)
    {
        while (m_texts.size() < count) {
            auto *swatch = new QGraphicsRectItem(&m_chart);
            swatch->setPen(Qt::NoPen);
            swatch->setZValue(10);
            auto *text = new QGraphicsSimpleTextItem(&m_chart);
            text->setBrush(QColor(0x33, 0x33, 0x33));
            text->setZValue(10);
            m_swatches.append(swatch);
            m_texts.append(text);
            auto *hit = new HitArea(&m_chart);
            hit->handler = &handler;
            m_hits.append(hit);
        }
    }

    void hideFrom(qsizetype first)
    {
        for (qsizetype i = first; i < m_texts.size(); ++i) {
            m_texts.at(i)->setVisible(false);
            m_swatches.at(i)->setVisible(false);
            m_hits.at(i)->setVisible(false);
        }
    }

    void setMargins(const QMargins &margins)
    {
        if (m_chart.margins() != margins)
            m_chart.setMargins(margins);
    }

    static double widestEntry(const QFont &font, const QList<Entry> &entries)
    {
        const QFontMetricsF fm(font);
        double widest = 0.0;
        for (const Entry &e : entries)
            widest = std::max(widest, kSwatch + kSwatchGap + fm.horizontalAdvance(e.label) + 2.0);
        return widest;
    }

    void place(qsizetype i, const Entry &entry, const QFont &font, QPointF topLeft, double rowHeight)
    {
        QGraphicsSimpleTextItem *text = m_texts.at(i);
        QGraphicsRectItem *swatch = m_swatches.at(i);
        text->setFont(font);
        text->setText(entry.label);
        // A hidden series keeps its entry, greyed out, so it can be shown again.
        text->setBrush(entry.hidden ? QColor(0xaa, 0xaa, 0xaa) : QColor(0x33, 0x33, 0x33));
        text->setPos(topLeft.x() + kSwatch + kSwatchGap, topLeft.y() + (rowHeight - text->boundingRect().height()) / 2.0);
        swatch->setBrush(entry.hidden ? QColor(0xdd, 0xdd, 0xdd) : entry.color);
        swatch->setRect(topLeft.x(), topLeft.y() + (rowHeight - kSwatch) / 2.0, kSwatch, kSwatch);
        text->setVisible(true);
        swatch->setVisible(true);
        HitArea *hit = m_hits.at(i);
        hit->key = entry.key;
        hit->setRect(QRectF(topLeft, QSizeF(kSwatch + kSwatchGap + text->boundingRect().width(), rowHeight)));
        hit->setToolTip(entry.hidden ? QCoreApplication::translate("medtour::ChartLegend", "Click to show")
                                     : QCoreApplication::translate("medtour::ChartLegend", "Click to hide"));
        hit->setVisible(true);
    }

    bool layOutRight(const QList<Entry> &entries)
    {
        const QFont font = chartFont(ChartText::Legend);
        const double rowHeight = QFontMetricsF(font).height() + 5.0;
        const double width = widestEntry(font, entries);
        const QSizeF size = m_chart.size();
        const double height = rowHeight * static_cast<double>(entries.size());
        if (width + kColumnGap > size.width() / 3.0 || height > size.height() - base.top() - base.bottom() - 60.0
            || size.width() - base.left() - base.right() - width - kColumnGap < minPlotWidth)
            return false;
        // The title spans the width left by the margins: never squeeze it for the legend (Qt
        // Charts truncates a rich-text title a little before its ideal width: keep 24 px spare).
        QTextDocument title;
        title.setDocumentMargin(0.0);
        title.setDefaultFont(m_chart.titleFont());
        title.setHtml(m_chart.title());
        if (title.idealWidth() > size.width() - base.left() - base.right() - width - kColumnGap - 24.0)
            return false;
        setMargins(base + QMargins(0, 0, static_cast<int>(std::ceil(width + kColumnGap)), 0));
        const double x = size.width() - base.right() - width;
        const double top = std::max<double>(base.top() + 50.0, (size.height() - height) / 2.0);
        for (qsizetype i = 0; i < entries.size(); ++i)
            place(i, entries.at(i), font, QPointF(x, top + rowHeight * static_cast<double>(i)), rowHeight);
        hideFrom(entries.size());
        return true;
    }

    void layOutBottom(const QList<Entry> &entries)
    {
        const QSizeF size = m_chart.size();
        const double available = size.width() - base.left() - base.right();
        const auto n = static_cast<int>(entries.size());
        QFont font = chartFont(ChartText::Legend);
        double rowHeight = 0.0;
        double columnWidth = 0.0;
        int columns = 1;
        int rows = n;
        // The largest font that keeps the legend within a quarter of the chart height.
        for (int px : {12, 11, 10}) {
            font.setPixelSize(px);
            rowHeight = QFontMetricsF(font).height() + 3.0;
            columnWidth = widestEntry(font, entries) + kColumnGap;
            columns = std::clamp(static_cast<int>((available + kColumnGap) / columnWidth), 1, n);
            rows = (n + columns - 1) / columns;
            if (rows * rowHeight <= size.height() / 4.0)
                break;
        }
        const double legendHeight = rows * rowHeight + 4.0;
        setMargins(base + QMargins(0, 0, 0, static_cast<int>(std::ceil(legendHeight))));
        const double top = size.height() - base.bottom() - legendHeight + 4.0;
        if (rows == 1) {
            // One row: entries at their own widths, centred.
            const QFontMetricsF fm(font);
            double total = -kColumnGap;
            for (const Entry &e : entries)
                total += kSwatch + kSwatchGap + fm.horizontalAdvance(e.label) + 2.0 + kColumnGap;
            double x = base.left() + std::max(0.0, (available - total) / 2.0);
            for (qsizetype i = 0; i < entries.size(); ++i) {
                place(i, entries.at(i), font, QPointF(x, top), rowHeight);
                x += kSwatch + kSwatchGap + fm.horizontalAdvance(entries.at(i).label) + 2.0 + kColumnGap;
            }
        } else {
            const double left = base.left() + std::max(0.0, (available - columns * columnWidth + kColumnGap) / 2.0);
            for (int i = 0; i < n; ++i)
                place(i, entries.at(i), font, QPointF(left + (i % columns) * columnWidth, top + (i / columns) * rowHeight), rowHeight);
        }
        hideFrom(entries.size());
    }

    QChart &m_chart;
    QList<QGraphicsSimpleTextItem *> m_texts;  // children of m_chart
    QList<QGraphicsRectItem *> m_swatches;     // children of m_chart
    QList<HitArea *> m_hits;                   // children of m_chart

public:
    QList<QPair<QString, QRectF>> hitRects() const
    {
        QList<QPair<QString, QRectF>> rects;
        for (const HitArea *hit : m_hits) {
            if (hit->isVisible())
                rects.append({hit->key, hit->rect()});
        }
        return rects;
    }
};

}  // namespace

void setReadableLegend(QChart &chart, bool shown, Qt::Alignment preferred, const QMargins &base, double minPlotWidth)
{
    ReadableLegend &legend = ReadableLegend::of(chart);
    legend.shown = shown;
    legend.preferred = preferred;
    legend.base = base;
    legend.minPlotWidth = minPlotWidth;
    legend.layOut();
}

void setLegendEntries(QChart &chart, const QList<LegendEntry> &entries)
{
    ReadableLegend::of(chart).explicitEntries = entries;
}

void setLegendClickHandler(QChart &chart, std::function<void(const QString &key)> handler)
{
    ReadableLegend::of(chart).handler = std::move(handler);
}

QList<QPair<QString, QRectF>> legendEntryRects(const QChart &chart)
{
    const auto *legend = static_cast<const ReadableLegend *>(
        chart.findChild<QObject *>(kLegendName, Qt::FindDirectChildrenOnly));
    return legend ? legend->hitRects() : QList<QPair<QString, QRectF>>();
}

}  // namespace medtour
