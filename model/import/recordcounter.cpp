// Record-level counting: one row per patient or visit, counted into every combination of its
// categories and Total, so every marginal total is the exact sum of its parts.

#include "headersynonyms.h"
#include "importtext.h"
#include "interpretcontext.h"

#include <vector>

namespace medtour::detail {

namespace {

bool mapsSpecialty(const ImportSpec &spec)
{
    for (const ColumnMapping &c : spec.columns) {
        if ((c.role == ColumnRole::Category || c.role == ColumnRole::CategoryKo) && c.dimension == Dimension::Specialty)
            return true;
    }
    return false;
}

}  // namespace

Measure recordMeasure(const ImportSpec &spec, bool specialtyIsTotal)
{
    if (!mapsSpecialty(spec))
        return spec.measure;
    return specialtyIsTotal ? Measure::RealPatients : Measure::DepartmentBased;
}

QString recordMeasureNote(const ImportSpec &spec)
{
    if (mapsSpecialty(spec))
        return ImportText::tr("record-level: each row counted as one patient; cells by specialty are department-based counts");
    if (spec.measure == Measure::RealPatients)
        return ImportText::tr("record-level: each row counted as one patient");
    return QString();
}

bool countRecords(InterpretContext &ctx, ObservationCube *cube, InterpretResult *result)
{
    const RawTable &t = ctx.table;
    QHash<CellKey, qint64> counts;
    std::vector<CellKey> order;
    std::array<int, kDimensionCount> withoutCategory{};
    QList<int> totalRows;
    const qint64 rows = t.rows.size();
    constexpr int kSpecialty = static_cast<int>(Dimension::Specialty);
    const Measure totalMeasure = recordMeasure(ctx.spec, true);
    const Measure specialtyMeasure = recordMeasure(ctx.spec, false);
    for (int r = 0; r < t.rows.size(); ++r) {
        if (ctx.progress && r % 4096 == 0 && !ctx.progress(r, rows)) {
            result->cancelled = true;
            return false;
        }
        Error error;
        const auto year = ctx.yearOf(r, &error);
        if (!year) {
            result->error = error;
            return false;
        }
        CellKey full{*year, ctx.spec.measure, {}};
        QList<int> broken;  // dimensions this record names a category of
        bool isTotalRow = false;
        for (Dimension d : kAllDimensions) {
            const int di = static_cast<int>(d);
            if (!ctx.columns.hasCategory(d))
                continue;
            const QString text = ctx.cell(r, ctx.columns.category[di]);
            const QString ko = ctx.cell(r, ctx.columns.categoryKo[di]);
            if (text.isEmpty() && ko.isEmpty()) {
                ++withoutCategory[di];
                continue;
            }
            const auto &c = ctx.resolve(d, text, ko);
            if (c.total) {
                isTotalRow = true;
                break;
            }
            full.codes[di] = cube->dictionary(d).intern(c.id, c.nameKo, c.isAggregate, c.nameJa);
            broken << di;
        }
        if (isTotalRow) {
            totalRows << t.rows.at(r).line;
            continue;
        }
        ++result->records;
        for (int mask = 0; mask < (1 << broken.size()); ++mask) {
            CellKey key = full;
            for (int b = 0; b < broken.size(); ++b) {
                if (!(mask & (1 << b)))
                    key.codes[broken.at(b)] = kTotalCode;
            }
            key.measure = key.codes[kSpecialty] == kTotalCode ? totalMeasure : specialtyMeasure;
            auto it = counts.find(key);
            if (it == counts.end()) {
                counts.insert(key, 1);
                order.push_back(key);
                ctx.lineOf.insert(key, t.rows.at(r).line);
            } else {
                ++it.value();
            }
        }
    }
    if (specialtyMeasure != totalMeasure) {
        // The department-based total of the other coordinates: the sum of their cells by
        // specialty (records without a specialty are not in it), so specialty shares have a base.
        const std::size_t cellsBySpecialty = order.size();
        for (std::size_t i = 0; i < cellsBySpecialty; ++i) {
            if (order[i].codes[kSpecialty] == kTotalCode)
                continue;
            CellKey total = order[i];
            total.codes[kSpecialty] = kTotalCode;
            const qint64 n = counts.value(order[i]);
            auto it = counts.find(total);
            if (it == counts.end()) {
                counts.insert(total, n);
                ctx.lineOf.insert(total, ctx.lineOf.value(order[i]));
                order.push_back(total);
            } else {
                it.value() += n;
            }
        }
    }
    for (const CellKey &key : order) {
        ObservationCube::Row row;
        row.key = key;
        row.value = counts.value(key);
        row.status = ObservationStatus::Exact;
        for (Dimension d : kAllDimensions) {
            const auto code = key.codes[static_cast<int>(d)];
            row.isAggregate = row.isAggregate || (code != kTotalCode && cube->dictionary(d).category(code).isAggregate);
        }
        cube->append(row);
    }
    if (const QString note = recordMeasureNote(ctx.spec); !note.isEmpty())
        result->notes << note;
    for (Dimension d : kAllDimensions) {
        if (const int n = withoutCategory[static_cast<int>(d)])
            result->warnings << ImportText::recordsWithoutCategory(t.fileName, n, d);
    }
    if (!totalRows.isEmpty()) {
        QStringList lines;
        for (int l : totalRows)
            lines << QString::number(l);
        result->warnings << ImportText::totalRowsNotCounted(t.fileName, lines);
    }
    return true;
}

}  // namespace medtour::detail
