#include "reporttable.h"

#include <QFontMetricsF>
#include <QPainter>

namespace medtour {

using namespace reportunits;

namespace {
QFont bodyFont() { return reportFont(9); }
QFont headerFont() { return reportFont(8.5, QFont::Bold); }
constexpr qreal kCellPadding = mm(1.8);
}  // namespace

ReportTable::ReportTable(QList<Column> columns)
    : m_columns(std::move(columns))
{
}

void ReportTable::addRow(const QStringList &cells, bool emphasised)
{
    m_rows.append(Row{cells, emphasised});
}

qreal ReportTable::rowHeight() const
{
    return QFontMetricsF(bodyFont()).height() * 1.7;
}

qreal ReportTable::height() const
{
    return rowHeight() * (1 + m_rows.size()) + mm(0.5);
}

void ReportTable::paintCells(QPainter &painter, const QStringList &cells, const QRectF &rowRect) const
{
    const QFontMetricsF metrics(painter.font());
    qreal x = rowRect.left();
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns.at(c);
        const qreal width = rowRect.width() * column.widthFraction;
        const QRectF cell(x + kCellPadding, rowRect.top(), width - 2 * kCellPadding, rowRect.height());
        const QString text = c < cells.size() ? cells.at(c) : QString();
        const QString shown = metrics.elidedText(text, Qt::ElideRight, cell.width());
        painter.drawText(cell, static_cast<int>(column.alignment | Qt::AlignVCenter), shown);
        x += width;
    }
}

void ReportTable::paint(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    const qreal h = rowHeight();
    const QColor ink(0x1f, 0x2d, 0x3d);
    QRectF row(rect.left(), rect.top(), rect.width(), h);

    painter.setFont(headerFont());
    painter.setPen(ink);
    QStringList titles;
    for (const Column &column : m_columns)
        titles << column.title;
    paintCells(painter, titles, row);
    painter.setPen(QPen(ink, mm(0.35)));
    painter.drawLine(row.bottomLeft(), row.bottomRight());

    for (int r = 0; r < m_rows.size(); ++r) {
        row.translate(0, h);
        const Row &data = m_rows.at(r);
        if (data.emphasised) {
            painter.setPen(QPen(ink, mm(0.25)));
            painter.drawLine(row.topLeft(), row.topRight());
        } else if (r % 2 == 1) {
            painter.fillRect(row, QColor(0xf3, 0xf5, 0xf8));
        }
        painter.setFont(data.emphasised ? reportFont(9, QFont::Bold) : bodyFont());
        painter.setPen(ink);
        paintCells(painter, data.cells, row);
    }
    painter.setPen(QPen(QColor(0xc0, 0xc6, 0xce), mm(0.25)));
    painter.drawLine(row.bottomLeft(), row.bottomRight());
    painter.restore();
}

ReportBlock ReportTable::toBlock(qreal spaceAfter) const
{
    ReportBlock block;
    block.height = height() + spaceAfter;
    const ReportTable table = *this;
    block.paint = [table](QPainter &painter, const QRectF &rect) { table.paint(painter, rect); };
    return block;
}

}  // namespace medtour
