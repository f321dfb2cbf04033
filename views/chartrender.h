#pragma once

#include <model/error.h>

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

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
    bool transparent = false;     // no background fill: alpha 0 outside the chart's ink
};

/// The logical size (96 dpi pixels) the chart of a PNG export is laid out at: the image size
/// scaled by 96 / dpi, less the source line under the chart. 1600 x 900 at 300 dpi gives
/// 512 x ~260.
QSizeF exportedChartSize(const PngOptions &options);

/// Renders a fresh export copy of `chart` (with the source line under it) into an image of
/// exactly options.pixelSize pixels, device pixel ratio 1, options.dpi as its dots per meter:
/// the picture of exportChartPng() and of "Copy chart". A null image for an empty size.
QImage renderChartImage(const DashboardChart &chart, const PngOptions &options);

/// Renders a fresh export copy of `chart` into a PNG of exactly options.pixelSize pixels with
/// options.dpi written in the file, independent of the screen's scale factor. Written
/// atomically (QSaveFile): on error the existing file is untouched and the error returned.
std::optional<Error> exportChartPng(const DashboardChart &chart, const QString &path, const PngOptions &options);

/// Same as exportChartPng() but as SVG (QSvgGenerator) with real text (<text> elements, the
/// chart's title as the document <title>); size in pixels at 96 dpi. `transparent` leaves the
/// background out. Written atomically.
std::optional<Error> exportChartSvg(const DashboardChart &chart, const QString &path, const QSize &size,
                                    bool transparent = false);

/// Default SVG size (the PNG default laid out at 96 dpi): 960 x 600.
inline constexpr QSize kDefaultSvgSize{960, 600};

/// "Export all charts": writes <fileStem>.png (with `png`) and <fileStem>.svg (at
/// kDefaultSvgSize, same background) for every chart into `dir` (created if missing). Stops at
/// the first error and returns it; files already written stay. `written` receives the paths.
std::optional<Error> exportAllCharts(const QList<const DashboardChart *> &charts, const QString &dir,
                                     const PngOptions &png, QStringList *written = nullptr);

/// Text as drawn in a laid-out chart, for tests and debugging: every visible text item (axis
/// labels and titles, chart title, legend, bar value labels) with the ink rectangle of its
/// glyphs (the union of its lines' tight bounding boxes) in chart coordinates.
struct ChartTextItem {
    QString text;
    QRectF rect;
};
QList<ChartTextItem> visibleChartTexts(const QChart &chart);

}  // namespace medtour
