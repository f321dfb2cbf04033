#pragma once

#include <model/error.h>

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

/// Renders a fresh export copy of `chart` into a PNG of exactly options.pixelSize pixels with
/// options.dpi written in the file, independent of the screen's scale factor. Written
/// atomically (QSaveFile): on error the existing file is untouched and the error returned.
std::optional<Error> exportChartPng(const DashboardChart &chart, const QString &path, const PngOptions &options);

/// Same as exportChartPng() but as SVG (QSvgGenerator) with real text; size in pixels at 96 dpi.
std::optional<Error> exportChartSvg(const DashboardChart &chart, const QString &path, const QSize &size);

}  // namespace medtour
