#pragma once

#include "reportblock.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace medtour {

// A simple ruled table for the printed report: a bold header row, body rows with light zebra
// shading and an optional emphasised last row (totals). Column widths are fractions of the
// content width; cells are elided, never wrapped, so every row has the same height. A table
// breaks across pages between rows, and every part repeats the header row.
// A plain value; toBlock() copies it into a ReportBlock.
class ReportTable
{
public:
    struct Column {
        QString title;
        qreal widthFraction = 0.2;  // of the table width; fractions should sum to 1
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    explicit ReportTable(QList<Column> columns);

    /// Appends a row (one text per column; missing cells are left empty).
    void addRow(const QStringList &cells, bool emphasised = false);
    int rowCount() const { return static_cast<int>(m_rows.size()); }

    /// Height in report units (header and rows) at any width.
    qreal height() const;
    /// Paints the table into `rect` (report units; rect.height() >= height()).
    void paint(QPainter &painter, const QRectF &rect) const;
    /// The table as a report block with `spaceAfter` report units below it. Tables of
    /// 2 * kMinRowsPerPart rows or more can split across pages (ReportBlock::split), at least
    /// kMinRowsPerPart rows on each part.
    ReportBlock toBlock(qreal spaceAfter) const;
    /// Rows [first, last) with the same columns.
    ReportTable slice(int first, int last) const;

    /// Width in report units a cell needs to show `text` unelided (header or body font).
    static qreal cellWidth(const QString &text, bool header);
    static constexpr int kMinRowsPerPart = 3;

private:
    struct Row {
        QStringList cells;
        bool emphasised = false;
    };
    qreal rowHeight() const;
    void paintCells(QPainter &painter, const QStringList &cells, const QRectF &rowRect) const;

    QList<Column> m_columns;
    QList<Row> m_rows;
};

}  // namespace medtour
