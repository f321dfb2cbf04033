#pragma once

#include <model/error.h>

#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
QT_END_NAMESPACE

namespace medtour {

class DashboardChart;

// The one paint path of charts: PNG, SVG, PDF, print preview and the printer all call
// renderChart(). Sizes are in the painter's logical pixels; the chart is laid out at the
// target size (not the size of any window) and painted without animations.

/// Lays `chart` out at target.size() and paints it into `target` on `painter`. When
/// `unavailableReason` is non-empty the reason is painted in the middle of the plot instead
/// of data (the chart never draws zeros for missing data).
void renderChart(QChart &chart, QPainter &painter, const QRectF &target, const QString &unavailableReason = {});

struct PngOptions {
    QSize pixelSize{1600, 1000};  // pixels of the written image
    int dpi = 144;                // dots per inch stored in the file; text scales with it
    bool transparent = false;
};

/// The logical size (96 dpi pixels) the chart of a PNG export is laid out at: the image size
/// scaled by 96 / dpi, less the source line under the chart. 1600 x 900 at 300 dpi gives
/// 512 x ~260.
QSizeF exportedChartSize(const PngOptions &options);

/// Renders a fresh export copy of `chart` into a PNG of exactly options.pixelSize pixels with
/// options.dpi written in the file, independent of the screen's scale factor. Written
/// atomically (QSaveFile): on error the existing file is untouched and the error returned.
std::optional<Error> exportChartPng(const DashboardChart &chart, const QString &path, const PngOptions &options);

/// Same as exportChartPng() but as SVG (QSvgGenerator) with real text; size in pixels at 96 dpi.
std::optional<Error> exportChartSvg(const DashboardChart &chart, const QString &path, const QSize &size);

/// Text as drawn in a laid-out chart, for tests and debugging: every visible text item (axis
/// labels and titles, chart title, legend, bar value labels) with the ink rectangle of its
/// glyphs (the union of its lines' tight bounding boxes) in chart coordinates.
struct ChartTextItem {
    QString text;
    QRectF rect;
};
QList<ChartTextItem> visibleChartTexts(const QChart &chart);

}  // namespace medtour
