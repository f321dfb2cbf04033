#pragma once

#include "reportpagesetup.h"

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

// The printed report is laid out in its own logical units: 0.1 mm on the sheet, whatever the
// device (QPdfWriter at 300 dpi, a printer, a preview). paintPage() scales the painter from
// these units to the device, so layout and pagination never depend on DPI.
namespace reportunits {
inline constexpr qreal kPerMm = 10.0;
constexpr qreal mm(qreal millimetres) { return millimetres * kPerMm; }
/// Typographic points (1/72 inch) in report units.
constexpr qreal pt(qreal points) { return points * 25.4 / 72.0 * kPerMm; }
}  // namespace reportunits

// One sheet of a ReportPageSetup in report units: its size and the margins around the content.
struct ReportGeometry {
    QSizeF page;          // whole sheet
    QMarginsF margins;    // left, top, right, bottom
    qreal contentWidth() const { return page.width() - margins.left() - margins.right(); }
    static ReportGeometry from(const ReportPageSetup &setup);
};

/// The report's font (dashboardFontFamily() of the current language, then Noto Sans) at
/// `points`, pixel-sized in report units so text measures the same on every device; Korean and
/// Japanese render as glyphs in their own glyph forms.
QFont reportFont(qreal points, QFont::Weight weight = QFont::Normal);
/// Colour of secondary text (labels, notes, footer).
QColor reportMutedColor();
/// Colour of body text, headings and table rules.
QColor reportInkColor();

// One vertical piece of a report page (title, paragraph, KPI cards, chart, table): its height
// in report units at the content width and how to paint it into a rectangle of that height.
// A plain value; `paint` may capture data by value only (blocks are rebuilt per call).
struct ReportBlock {
    qreal height = 0;              // report units, including the space below the block
    bool keepWithNext = false;     // a heading: moved to the next page with its block
    bool pageBreakBefore = false;  // starts a new page (a section after the cover)
    qreal minSplitHeight = 0;      // > 0 for a block that can break across pages (a table)
    std::function<void(QPainter &, const QRectF &)> paint;
    /// Splittable blocks only: sets `first` to the part that fits into `available` report units
    /// and `rest` to the remainder (a table repeats its header row in the rest); returns false
    /// when not even minSplitHeight fits.
    std::function<bool(qreal available, ReportBlock *first, ReportBlock *rest)> split;
};

/// Word-wrapped text over `width` report units, followed by `spaceAfter` report units.
ReportBlock textBlock(const QString &text, const QFont &font, const QColor &color, qreal spaceAfter, qreal width);
/// A section heading (bold, keeps with the next block).
ReportBlock headingBlock(const QString &text, qreal width);
/// A small muted note (8 pt) over `width`, followed by `spaceAfter`.
ReportBlock noteBlock(const QString &text, qreal width, qreal spaceAfter = reportunits::mm(2));

// A KPI card: a small label, a large value and a wrapped note below it.
struct KpiCard {
    QString label;
    QString value;
    QString note;
};
/// Cards laid out in rows (`perRow[i]` cards in row i, each row spanning `width`).
ReportBlock kpiBlock(const QList<KpiCard> &cards, const QList<int> &perRow, qreal width);

}  // namespace medtour
