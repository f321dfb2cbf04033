#include "summaryreport.h"

#include "reportblock.h"
#include "reportcontent.h"

#include <model/dashboardmodel.h>
#include <model/observation.h>

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

#include <algorithm>

namespace medtour {

using namespace reportunits;

namespace {

constexpr qreal kFooterHeight = mm(9);

// Block indices per page: blocks flow top to bottom; a block that does not fit starts a new
// page, a heading (keepWithNext) moves along with the block after it. A block taller than a
// page gets a page of its own.
QList<QList<int>> paginate(const QList<ReportBlock> &blocks, qreal contentHeight)
{
    QList<QList<int>> pages{QList<int>{}};
    qreal y = 0;
    for (int i = 0; i < blocks.size(); ++i) {
        qreal needed = blocks.at(i).height;
        for (int j = i; blocks.at(j).keepWithNext && j + 1 < blocks.size(); ++j)
            needed += blocks.at(j + 1).height;
        if (y > 0 && y + needed > contentHeight) {
            pages.append(QList<int>{});
            y = 0;
        }
        pages.last().append(i);
        y += blocks.at(i).height;
    }
    return pages;
}

// Page height in report units for a page rectangle of the device (width maps to A4 width).
qreal pageHeightUnits(const QRectF &pageRect)
{
    return pageRect.height() * kPageWidth / pageRect.width();
}

qreal contentHeight(const QRectF &pageRect)
{
    return pageHeightUnits(pageRect) - 2 * kMargin - kFooterHeight;
}

void paintRunningHeader(QPainter &painter, const QString &text)
{
    painter.setFont(reportFont(7.5));
    painter.setPen(reportMutedColor());
    painter.drawText(QRectF(kMargin, kMargin - mm(8), kContentWidth, mm(5)), Qt::AlignLeft | Qt::AlignBottom, text);
}

void paintFooter(QPainter &painter, qreal pageHeight, int index, int count)
{
    const qreal top = pageHeight - kMargin - mm(6);
    painter.setPen(QPen(QColor(0xc0, 0xc6, 0xce), mm(0.25)));
    painter.drawLine(QPointF(kMargin, top), QPointF(kMargin + kContentWidth, top));
    painter.setFont(reportFont(8));
    painter.setPen(reportMutedColor());
    const QRectF line(kMargin, top + mm(1), kContentWidth, mm(5));
    const QString page = QStringLiteral("Page %1 of %2").arg(index + 1).arg(count);
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, page);
    const qreal pageWidth = QFontMetricsF(painter.font()).horizontalAdvance(page) + mm(5);
    const QString source = QFontMetricsF(painter.font()).elidedText(sourceLine(), Qt::ElideRight, line.width() - pageWidth);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, source);
}

}  // namespace

SummaryReport::SummaryReport(const DashboardModel &model, QDateTime generated)
    : m_model(model)
    , m_generated(std::move(generated))
{
}

int SummaryReport::pageCount(const QRectF &pageRect) const
{
    if (pageRect.width() <= 0 || pageRect.height() <= 0)
        return 0;
    return static_cast<int>(paginate(buildSummaryReportBlocks(m_model, m_generated), contentHeight(pageRect)).size());
}

void SummaryReport::paintPage(QPainter &painter, const QRectF &pageRect, int index) const
{
    if (pageRect.width() <= 0 || pageRect.height() <= 0)
        return;
    const QList<ReportBlock> blocks = buildSummaryReportBlocks(m_model, m_generated);
    const QList<QList<int>> pages = paginate(blocks, contentHeight(pageRect));
    if (index < 0 || index >= pages.size())
        return;

    painter.save();
    painter.translate(pageRect.topLeft());
    const qreal scale = pageRect.width() / kPageWidth;
    painter.scale(scale, scale);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    if (index > 0)
        paintRunningHeader(painter, QStringLiteral("%1 · %2").arg(summaryReportTitle()).arg(m_model.filter().focusYear));
    qreal y = kMargin;
    for (int i : pages.at(index)) {
        const ReportBlock &block = blocks.at(i);
        painter.save();
        block.paint(painter, QRectF(kMargin, y, kContentWidth, block.height));
        painter.restore();
        y += block.height;
    }
    paintFooter(painter, pageHeightUnits(pageRect), index, static_cast<int>(pages.size()));
    painter.restore();
}

void SummaryReport::print(QPrinter &printer) const
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    // The report draws its own 15 mm margins, so the painter covers the whole sheet.
    printer.setFullPage(true);
    QPainter painter;
    if (!painter.begin(&printer))
        return;
    const QRectF page(0, 0, printer.width(), printer.height());
    const int count = pageCount(page);
    const int first = printer.fromPage() > 0 ? std::min(printer.fromPage(), count) - 1 : 0;
    const int last = printer.toPage() > 0 ? std::min(printer.toPage(), count) - 1 : count - 1;
    for (int i = first; i <= last; ++i) {
        if (i > first)
            printer.newPage();
        paintPage(painter, page, i);
    }
    painter.end();
}

std::optional<Error> SummaryReport::exportPdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{path, 0, 0, QStringLiteral("cannot open for writing: %1").arg(file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(QStringLiteral("MedTour Dashboard summary report"));
        writer.setCreator(QStringLiteral("MedTour Dashboard"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return Error{path, 0, 0, QStringLiteral("cannot start the PDF writer")};
        }
        const QRectF page(0, 0, writer.width(), writer.height());
        const int count = pageCount(page);
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                writer.newPage();
            paintPage(painter, page, i);
        }
        if (!painter.end()) {
            file.cancelWriting();
            return Error{path, 0, 0, QStringLiteral("cannot finish the PDF")};
        }
    }
    if (!file.commit())
        return Error{path, 0, 0, QStringLiteral("cannot save: %1").arg(file.errorString())};
    return std::nullopt;
}

}  // namespace medtour
