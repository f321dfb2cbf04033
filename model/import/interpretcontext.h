#pragma once

// Internal to medtour_import: the column positions of an ImportSpec and the cell helpers
// shared by the table interpreter and the record counter.

#include "categoryresolver.h"
#include "importspec.h"
#include "rawtable.h"
#include "tableinterpreter.h"

#include <QHash>

#include <array>

namespace medtour::detail {

// Where each role of an ImportSpec sits in the row (-1 = no such column).
struct ColumnIndex {
    int year = -1;
    int date = -1;
    int measure = -1;
    int patients = -1;
    int share = -1;
    int status = -1;
    std::array<int, kDimensionCount> category{-1, -1, -1, -1};
    std::array<int, kDimensionCount> categoryKo{-1, -1, -1, -1};
    QList<int> yearValues;        // wide: the year columns
    QHash<QString, int> other;    // tidy attributes by key ("note", "share_base", ...)
    QList<int> otherUnknown;      // Other columns with no tidy meaning: appended to the note

    static ColumnIndex from(const ImportSpec &spec, const QStringList &header);
    bool hasCategory(Dimension d) const
    {
        return category[static_cast<int>(d)] >= 0 || categoryKo[static_cast<int>(d)] >= 0;
    }
};

// One interpretation run: the table, its mapping, the resolver and where observations came
// from (for duplicate and total warnings).
struct InterpretContext {
    const RawTable &table;
    const ImportSpec &spec;
    ColumnIndex columns;
    CategoryResolver resolver;
    const ImportProgress &progress;
    QHash<CellKey, int> lineOf;   // cell -> line of its first observation
    std::array<QHash<QString, CategoryResolver::Resolved>, kDimensionCount> resolved;  // names repeat

    /// resolver.resolve(), remembered per distinct name.
    const CategoryResolver::Resolved &resolve(Dimension d, const QString &text, const QString &ko,
                                              const QString &ja = {})
    {
        auto &cache = resolved[static_cast<int>(d)];
        QString key = ko.isEmpty() ? text : text + QChar(0x1F) + ko;
        if (!ja.isEmpty())
            key += QChar(0x1E) + ja;
        auto it = cache.find(key);
        if (it == cache.end())
            it = cache.insert(key, resolver.resolve(d, text, ko, ja));
        return it.value();
    }

    QString cell(int row, int column) const
    {
        const QStringList &cells = table.rows.at(row).cells;
        return column >= 0 && column < cells.size() ? cells.at(column).trimmed() : QString();
    }
    int line(int row) const { return table.rows.at(row).line; }
    Error errorAt(int row, int column, const QString &what) const
    {
        return Error{table.fileName, line(row), table.columnOf(row, column), what};
    }
    QString where(int row, int column) const
    {
        return QStringLiteral("%1:%2:%3").arg(table.fileName).arg(line(row)).arg(table.columnOf(row, column));
    }
    /// The year of row `row` from its year or date column; sets *error when unreadable.
    std::optional<int> yearOf(int row, Error *error) const;
    /// Human text of a cell's coordinates: "2024, real_patients, Japan × Dermatology".
    static QString describe(const ObservationCube &cube, const CellKey &key);
};

/// Record-level counting (Shape::RecordLevel) into `cube`; false on error or cancel.
bool countRecords(InterpretContext &ctx, ObservationCube *cube, InterpretResult *result);

/// The measure of a record-level cell (one row = one record), shared by countRecords() and the
/// fast path (registryreader.cpp): when `spec` maps a specialty column, a cell whose specialty
/// is Total counts each record once as a real patient and a cell with a specialty category is a
/// department-based count; without a specialty column, spec.measure.
Measure recordMeasure(const ImportSpec &spec, bool specialtyIsTotal);

/// The provenance line on how records are counted ("record-level: each row counted as one
/// patient; ..."; a file of visits overstates real patients), empty when the record-level
/// counts are not real patients (no specialty column and spec.measure is another measure).
QString recordMeasureNote(const ImportSpec &spec);

/// Warnings for parts (non-aggregate categories of one dimension, others fixed) whose sum
/// exceeds the published Total cell of the same year and measure.
QStringList checkPartsAgainstTotals(const InterpretContext &ctx, const ObservationCube &cube);

/// One warning per measure whose years lack the grand total (every dimension Total), e.g.
/// "t.csv: no total (합계 / Total) of real patients for 2022–2024: the key figures, shares and
/// growth of those years cannot be computed; add a total row". The dashboard never sums the
/// listed categories into a total itself (a file may list only some of them).
QStringList checkGrandTotals(const QString &fileName, const ObservationCube &cube);

}  // namespace medtour::detail
