#include "reporttable.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

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
    return QFontMetricsF(bodyFont()).height() * 1.35;
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

ReportTable ReportTable::slice(int first, int last) const
{
    ReportTable part(m_columns);
    part.m_rows = m_rows.mid(first, last - first);
    return part;
}

qreal ReportTable::cellWidth(const QString &text, bool header)
{
    return QFontMetricsF(header ? headerFont() : bodyFont()).horizontalAdvance(text) + 2 * kCellPadding + mm(0.5);
}

ReportBlock ReportTable::toBlock(qreal spaceAfter) const
{
    ReportBlock block;
    block.height = height() + spaceAfter;
    const ReportTable table = *this;
    block.paint = [table](QPainter &painter, const QRectF &rect) { table.paint(painter, rect); };
    if (m_rows.size() < 2 * kMinRowsPerPart)
        return block;
    block.minSplitHeight = rowHeight() * (1 + kMinRowsPerPart) + mm(0.5);
    block.split = [table, spaceAfter](qreal available, ReportBlock *first, ReportBlock *rest) {
        const int rows = table.rowCount();
        const int fit = static_cast<int>(std::floor((available - mm(0.5)) / table.rowHeight())) - 1;
        if (fit < kMinRowsPerPart || fit >= rows)
            return false;
        const int cut = std::min(fit, rows - kMinRowsPerPart);
        *first = table.slice(0, cut).toBlock(0);
        *rest = table.slice(cut, rows).toBlock(spaceAfter);
        return true;
    };
    return block;
}

}  // namespace medtour
