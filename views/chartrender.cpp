#include "chartrender.h"

#include "charttheme.h"
#include "dashboardchart.h"

#include <model/builtindataset.h>
#include <model/observation.h>

#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <model/outputfile.h>
#include <QSvgGenerator>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace medtour {

namespace {

constexpr double kInchesPerMeter = 1.0 / 0.0254;

Error saveError(const QString &path, const QString &what)
{
    return Error{path, 0, 0, what};
}

// Writes `bytes` atomically: the old file stays untouched unless everything succeeded.
std::optional<Error> writeAtomically(const QString &path, const QByteArray &bytes)
{
    OutputFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return saveError(path, QStringLiteral("cannot open for writing: %1").arg(file.errorString()));
    if (file.write(bytes) != bytes.size())
        return saveError(path, QStringLiteral("cannot write: %1").arg(file.errorString()));
    if (!file.commit())
        return saveError(path, QStringLiteral("cannot save: %1").arg(file.errorString()));
    return std::nullopt;
}

}  // namespace

namespace {

double footerHeight()
{
    return QFontMetricsF(chartFont(ChartText::Note)).height() + 8.0;
}

// Exported images stand alone on slides: the chart plus the source line under it, which the
// terms of use of the official statistics ask for (`source`: sourceLineFor() of the dataset,
// so a user's own file is named instead of the official statistics).
// The source line is in the current language (Korean and Japanese ones are longer than the
// English one); on a narrow export it is drawn smaller so that it fits, never cut off.
void renderChartWithSource(const DashboardChart &chart, QPainter &painter, const QRectF &target, const QString &source)
{
    QFont font = chartFont(ChartText::Note);
    const double footer = footerHeight();
    const QRectF chartRect(target.topLeft(), QSizeF(target.width(), target.height() - footer));
    renderChart(*chart.chart(), painter, chartRect, chart.unavailableReason());
    const QRectF footerRect(target.left() + 12.0, chartRect.bottom(), target.width() - 24.0, footer - 4.0);
    while (font.pixelSize() > 6 && QFontMetricsF(font).horizontalAdvance(source) > footerRect.width())
        font.setPixelSize(font.pixelSize() - 1);  // chartFont() is pixel-sized (charttheme.h)
    painter.save();
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, source);
    painter.restore();
}

}  // namespace

void renderChart(QChart &chart, QPainter &painter, const QRectF &target, const QString &unavailableReason)
{
    // A chart that is in no scene (never shown, or an export copy) is laid out in a scene
    // owned here; it is taken out again before the scene dies so the scene does not delete it.
    QGraphicsScene ownScene;
    QGraphicsScene *scene = chart.scene();
    if (!scene) {
        scene = &ownScene;
        scene->addItem(&chart);
    }
    const QChart::AnimationOptions animations = chart.animationOptions();
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.setGeometry(QRectF(chart.pos(), target.size()));
    // Charts adapt labels, ticks and legend to the plot area found by a pass (chartfit.h), which
    // may move the plot area again; a few passes settle it.
    for (int pass = 0; pass < 4; ++pass) {
        const QRectF plot = chart.plotArea();
        if (QGraphicsLayout *layout = chart.layout())
            layout->activate();
        if (pass > 0 && chart.plotArea() == plot)
            break;
    }

    painter.save();
    scene->render(&painter, target, chart.sceneBoundingRect(), Qt::IgnoreAspectRatio);
    if (!unavailableReason.isEmpty()) {
        const QRectF plot = chart.plotArea().translated(target.topLeft());
        painter.setFont(chartFont(ChartText::Note));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(plot.isValid() ? plot : target, Qt::AlignCenter | Qt::TextWordWrap, unavailableReason);
    }
    painter.restore();

    chart.setAnimationOptions(animations);
    if (scene == &ownScene)
        ownScene.removeItem(&chart);
}

QSizeF exportedChartSize(const PngOptions &options)
{
    const double scale = options.dpi / 96.0;
    return QSizeF(options.pixelSize.width() / scale, options.pixelSize.height() / scale - footerHeight());
}

QImage renderChartImage(const DashboardChart &chart, const PngOptions &options)
{
    if (options.pixelSize.isEmpty() || options.dpi <= 0)
        return QImage();
    const std::unique_ptr<DashboardChart> copy = chart.createExportCopy();
    QChart &exported = *copy->chart();
    if (options.transparent)
        exported.setBackgroundVisible(false);

    // Text scales with the DPI: the chart is laid out at pixelSize * 96 / dpi logical pixels and
    // painted scaled by dpi / 96. The image's own DPI is set after painting so fonts (pixel
    // sized anyway) never depend on it; the result is independent of the screen.
    QImage image(options.pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(1.0);
    image.fill(options.transparent ? QColor(Qt::transparent) : QColor(Qt::white));
    const double scale = options.dpi / 96.0;
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        painter.scale(scale, scale);
        const QRectF logical(0.0, 0.0, options.pixelSize.width() / scale, options.pixelSize.height() / scale);
        renderChartWithSource(*copy, painter, logical, sourceLineFor(chart.provenance()));
    }
    const int dotsPerMeter = static_cast<int>(std::lround(options.dpi * kInchesPerMeter));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

std::optional<Error> exportChartPng(const DashboardChart &chart, const QString &path, const PngOptions &options)
{
    const QImage image = renderChartImage(chart, options);
    if (image.isNull())
        return saveError(path, QStringLiteral("invalid image size or DPI"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return saveError(path, QStringLiteral("cannot encode PNG"));
    return writeAtomically(path, bytes);
}

std::optional<Error> exportChartSvg(const DashboardChart &chart, const QString &path, const QSize &size,
                                    bool transparent)
{
    if (size.isEmpty())
        return saveError(path, QStringLiteral("invalid SVG size"));
    const std::unique_ptr<DashboardChart> copy = chart.createExportCopy();
    if (transparent)
        copy->chart()->setBackgroundVisible(false);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    generator.setTitle(copy->title());
    generator.setDescription(sourceLineFor(chart.provenance()));
    {
        QPainter painter(&generator);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        if (!transparent)
            painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size)), Qt::white);
        renderChartWithSource(*copy, painter, QRectF(QPointF(0, 0), QSizeF(size)), sourceLineFor(chart.provenance()));
    }
    return writeAtomically(path, bytes);
}

std::optional<Error> exportAllCharts(const QList<const DashboardChart *> &charts, const QString &dir,
                                     const PngOptions &png, QStringList *written)
{
    if (!QDir().mkpath(dir))
        return saveError(dir, QStringLiteral("cannot create the folder"));
    for (const DashboardChart *chart : charts) {
        const QString stem = QDir(dir).filePath(chart->fileStem());
        if (auto e = exportChartPng(*chart, stem + QStringLiteral(".png"), png))
            return e;
        if (written)
            *written << stem + QStringLiteral(".png");
        if (auto e = exportChartSvg(*chart, stem + QStringLiteral(".svg"), kDefaultSvgSize, png.transparent))
            return e;
        if (written)
            *written << stem + QStringLiteral(".svg");
    }
    return std::nullopt;
}

namespace {

// The ink rectangles of the lines of a rich text item, in item coordinates.
QList<QRectF> inkRects(const QGraphicsTextItem &item)
{
    QList<QRectF> rects;
    const QTextDocument *doc = item.document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        for (int i = 0; layout && i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const QString text = block.text().mid(line.textStart(), line.textLength());
            QFont font = doc->defaultFont();
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.position() - block.position() <= line.textStart())
                    font = fragment.charFormat().font().resolve(doc->defaultFont());
            }
            const QRectF ink = QFontMetricsF(font).tightBoundingRect(text);
            if (!text.trimmed().isEmpty() && !ink.isEmpty())
                rects.append(ink.translated(layout->position() + QPointF(line.x(), line.y() + line.ascent())));
        }
    }
    return rects;
}

}  // namespace

QList<ChartTextItem> visibleChartTexts(const QChart &chart)
{
    QList<ChartTextItem> texts;
    QList<QGraphicsItem *> pending = chart.childItems();
    while (!pending.isEmpty()) {
        QGraphicsItem *item = pending.takeLast();
        if (!item->isVisible() || item->opacity() <= 0.0)
            continue;  // hidden, or Qt's own legend kept transparent (chartlegend.h)
        pending.append(item->childItems());
        QString text;
        QRectF rect;
        if (auto *rich = qgraphicsitem_cast<QGraphicsTextItem *>(item)) {
            text = rich->toPlainText();
            for (const QRectF &line : inkRects(*rich))
                rect |= line;
        } else if (auto *simple = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item)) {
            text = simple->text();
            const QFontMetricsF fm(simple->font());
            rect = fm.tightBoundingRect(text).translated(0.0, fm.ascent());
        }
        if (text.trimmed().isEmpty() || rect.isEmpty())
            continue;
        texts.append({text.trimmed(), chart.mapRectFromScene(item->mapRectToScene(rect))});
    }
    return texts;
}

}  // namespace medtour
