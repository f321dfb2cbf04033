#include "interpretcontext.h"

#include "headersynonyms.h"
#include "importtext.h"

#include <algorithm>
#include <map>
#include <set>

namespace medtour::detail {

ColumnIndex ColumnIndex::from(const ImportSpec &spec, const QStringList &header)
{
    ColumnIndex ix;
    for (int i = 0; i < spec.columns.size(); ++i) {
        const ColumnMapping &c = spec.columns.at(i);
        auto setOnce = [i](int &slot) {
            if (slot < 0)
                slot = i;
        };
        switch (c.role) {
        case ColumnRole::Year:
            setOnce(ix.year);
            break;
        case ColumnRole::Date:
            setOnce(ix.date);
            break;
        case ColumnRole::Measure:
            setOnce(ix.measure);
            break;
        case ColumnRole::Patients:
            setOnce(ix.patients);
            break;
        case ColumnRole::Share:
            setOnce(ix.share);
            break;
        case ColumnRole::Status:
            setOnce(ix.status);
            break;
        case ColumnRole::Category:
            if (c.dimension)
                setOnce(ix.category[static_cast<int>(*c.dimension)]);
            break;
        case ColumnRole::CategoryKo:
            if (c.dimension)
                setOnce(ix.categoryKo[static_cast<int>(*c.dimension)]);
            break;
        case ColumnRole::YearValue:
            ix.yearValues << i;
            break;
        case ColumnRole::Other: {
            const auto m = headerMeaning(i < header.size() ? header.at(i) : QString());
            if (m && m->role == ColumnRole::Other && !ix.other.contains(m->key))
                ix.other.insert(m->key, i);
            else
                ix.otherUnknown << i;
            break;
        }
        case ColumnRole::Ignore:
            break;
        }
    }
    return ix;
}

std::optional<int> InterpretContext::yearOf(int row, Error *error) const
{
    if (columns.year >= 0) {
        const QString text = cell(row, columns.year);
        if (auto y = parseYear(text))
            return y;
        *error = errorAt(row, columns.year, ImportText::tr("expected a year such as 2024, found \"%1\"").arg(text));
        return std::nullopt;
    }
    const QString text = cell(row, columns.date);
    if (auto y = yearOfDate(text))
        return y;
    *error = errorAt(row, columns.date,
                     ImportText::tr("expected a date such as 2024-03-05, found \"%1\"").arg(text));
    return std::nullopt;
}

QString InterpretContext::describe(const ObservationCube &cube, const CellKey &key)
{
    QStringList cats;
    for (Dimension d : kAllDimensions) {
        const auto code = key.codes[static_cast<int>(d)];
        if (code != kTotalCode)
            cats << cube.dictionary(d).category(code).id;
    }
    return QStringLiteral("%1, %2, %3")
        .arg(key.year)
        .arg(measureId(key.measure), cats.isEmpty() ? QStringLiteral("Total") : cats.join(QStringLiteral(" × ")));
}

QStringList checkGrandTotals(const QString &fileName, const ObservationCube &cube)
{
    // measure -> years with rows, years with the grand total
    std::map<int, std::pair<std::set<int>, std::set<int>>> years;
    for (int i = 0; i < cube.rowCount(); ++i) {
        const auto row = cube.row(i);
        auto &[all, withTotal] = years[static_cast<int>(row.key.measure)];
        all.insert(row.key.year);
        if (std::all_of(row.key.codes.begin(), row.key.codes.end(), [](std::uint16_t c) { return c == kTotalCode; }))
            withTotal.insert(row.key.year);
    }
    QStringList warnings;
    for (const auto &[measure, sets] : years) {
        QList<int> missing;
        for (int y : sets.first) {
            if (!sets.second.count(y))
                missing << y;
        }
        if (missing.isEmpty())
            continue;
        // "2022–2024" for a run of years, else "2019, 2021"
        const bool run = missing.last() - missing.first() == missing.size() - 1 && missing.size() > 1;
        QStringList names;
        for (int y : missing)
            names << QString::number(y);
        const QString span = run ? QStringLiteral("%1–%2").arg(missing.first()).arg(missing.last()) : names.join(QStringLiteral(", "));
        warnings << ImportText::tr("%1: no total (합계 / Total) of %2 for %3: the key figures, shares and growth of those "
                                   "years cannot be computed; add a total row")
                        .arg(fileName, measureLabel(static_cast<Measure>(measure)).toLower(), span);
    }
    return warnings;
}

QStringList checkPartsAgainstTotals(const InterpretContext &ctx, const ObservationCube &cube)
{
    struct Sum {
        qint64 sum = 0;
        int parts = 0;
    };
    // (dimension, total cell) -> sum of its parts; ordered for stable messages.
    std::map<std::pair<int, int>, Sum> sums;
    for (int i = 0; i < cube.rowCount(); ++i) {
        const auto row = cube.row(i);
        if (!row.value || row.isAggregate)
            continue;
        for (Dimension d : kAllDimensions) {
            const auto code = row.key.codes[static_cast<int>(d)];
            if (code == kTotalCode || cube.dictionary(d).category(code).isAggregate)
                continue;
            CellKey totalKey = row.key;
            totalKey.codes[static_cast<int>(d)] = kTotalCode;
            const int total = cube.find(totalKey);
            if (total < 0)
                continue;
            Sum &s = sums[{static_cast<int>(d), total}];
            s.sum += *row.value;
            ++s.parts;
        }
    }
    QStringList warnings;
    for (const auto &[k, s] : sums) {
        const auto total = cube.row(k.second);
        if (!total.value || s.sum <= *total.value)
            continue;
        const Dimension d = static_cast<Dimension>(k.first);
        const QString where = QStringLiteral("%1:%2").arg(ctx.table.fileName).arg(ctx.lineOf.value(total.key));
        warnings << ImportText::tr("%1: the %2 %3 parts sum to %4, more than their published total %5 (%6)")
                        .arg(where, QString::number(s.parts), ImportText::dimensionNoun(d), QString::number(s.sum),
                             QString::number(*total.value), InterpretContext::describe(cube, total.key));
    }
    return warnings;
}

}  // namespace medtour::detail
