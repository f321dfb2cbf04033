#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace medtour {

// Geometry of the printed report in its own logical units: 0.1 mm on an A4 portrait page,
// whatever the device (QPdfWriter at 300 dpi, a printer, a preview). paintPage() scales the
// painter from these units to the device, so layout and pagination never depend on DPI.
namespace reportunits {
inline constexpr qreal kPerMm = 10.0;
inline constexpr qreal kPageWidth = 210.0 * kPerMm;
inline constexpr qreal kMargin = 15.0 * kPerMm;
inline constexpr qreal kContentWidth = kPageWidth - 2 * kMargin;
constexpr qreal mm(qreal millimetres) { return millimetres * kPerMm; }
/// Typographic points (1/72 inch) in report units.
constexpr qreal pt(qreal points) { return points * 25.4 / 72.0 * kPerMm; }
}  // namespace reportunits

/// The report's font ("Noto Sans CJK KR" stack) at `points`, pixel-sized in report units so
/// text measures the same on every device; Korean renders as glyphs.
QFont reportFont(qreal points, QFont::Weight weight = QFont::Normal);
/// Colour of secondary text (labels, notes, footer).
QColor reportMutedColor();

// One vertical piece of a report page (title, paragraph, KPI cards, chart, table): its height
// in report units at the content width and how to paint it into a rectangle of that height.
// A plain value; `paint` may capture data by value only (blocks are rebuilt per call).
struct ReportBlock {
    qreal height = 0;       // report units, including the space below the block
    bool keepWithNext = false;  // a heading: moved to the next page with its block
    std::function<void(QPainter &, const QRectF &)> paint;
};

/// Word-wrapped text over the content width, followed by `spaceAfter` report units.
ReportBlock textBlock(const QString &text, const QFont &font, const QColor &color, qreal spaceAfter);
/// A section heading (bold, keeps with the next block).
ReportBlock headingBlock(const QString &text);

// A KPI card: a small label, a large value and a wrapped note below it.
struct KpiCard {
    QString label;
    QString value;
    QString note;
};
/// Cards laid out in rows (`perRow[i]` cards in row i, each row spanning the content width).
ReportBlock kpiBlock(const QList<KpiCard> &cards, const QList<int> &perRow);

}  // namespace medtour
