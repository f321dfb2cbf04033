#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace medtour {

// A table as read from a file, before any interpretation: the header cells and the data rows
// as text, each row with the 1-based physical line (CSV) or row number (XLSX) it came from,
// plus how the file was read. Produced by readDelimitedText() and readXlsx(); interpreted by
// interpretTable(). No byte-order mark ever reaches a cell.
struct RawTable {
    struct Row {
        int line = 0;         // 1-based line (text) or row number (XLSX) of the row's start
        QStringList cells;    // as written; a quoted field keeps its delimiters and line breaks
    };

    QString fileName;         // for messages: "file:line:column: ..."
    QStringList header;       // header cells, trimmed
    int headerLine = 1;       // 1-based line of the header
    QList<Row> rows;          // data rows; blank and '#' comment lines are left out
    QList<QList<int>> columns;  // per row, the 1-based column (character) where each cell starts; may be empty for XLSX

    QString encoding;         // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "CP949", "XLSX"
    QChar delimiter;          // ',', '\t' or ';'; null for XLSX
    QString sheet;            // XLSX sheet name, empty for text
    QStringList warnings;     // reader-level warnings (e.g. ragged rows)

    /// 1-based column of cell `cell` in data row `row`, or cell + 1 when unknown (XLSX).
    int columnOf(int row, int cell) const
    {
        if (row >= 0 && row < columns.size() && cell >= 0 && cell < columns.at(row).size())
            return columns.at(row).at(cell);
        return cell + 1;
    }
};

}  // namespace medtour
