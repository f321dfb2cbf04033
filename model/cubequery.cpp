#include "cubequery.h"

#include "language.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <functional>

namespace medtour {

namespace {

// The tr() context "medtour::CubeQuery" of this file's texts for people.
struct QueryText {
    Q_DECLARE_TR_FUNCTIONS(medtour::CubeQuery)
};

bool isExactOrDerived(ObservationStatus s)
{
    return s == ObservationStatus::Exact || s == ObservationStatus::Derived || s == ObservationStatus::Summed;
}

// Every combination of one code per dimension (the cartesian product of the selections).
void forEachCombination(const std::array<QList<std::uint16_t>, kDimensionCount> &codes,
                        const std::function<void(const std::array<std::uint16_t, kDimensionCount> &)> &fn)
{
    std::array<int, kDimensionCount> idx{};
    while (true) {
        std::array<std::uint16_t, kDimensionCount> combo{};
        for (int d = 0; d < kDimensionCount; ++d)
            combo[d] = codes[d].at(idx[d]);
        fn(combo);
        int d = kDimensionCount - 1;
        while (d >= 0 && ++idx[d] == codes[d].size()) {
            idx[d] = 0;
            --d;
        }
        if (d < 0)
            return;
    }
}

}  // namespace

CubeQuery::CubeQuery(const ObservationCube &cube, const FilterState &filter)
    : m_cube(cube), m_filter(filter)
{
    for (Dimension d : kAllDimensions) {
        for (const QString &id : filter.selection(d)) {
            if (!cube.dictionary(d).find(id))
                m_unknownSelection = true;
        }
    }
}

Measure CubeQuery::measureFor(std::optional<Dimension> charted) const
{
    if (charted == Dimension::Specialty || m_filter.hasSelection(Dimension::Specialty))
        return Measure::DepartmentBased;
    return Measure::RealPatients;
}

CubeQuery::Codes CubeQuery::filterCodes(std::optional<Dimension> except) const
{
    Codes codes;
    for (Dimension d : kAllDimensions) {
        auto &list = codes[static_cast<int>(d)];
        if (d != except) {
            for (const QString &id : m_filter.selection(d)) {
                if (auto code = m_cube.dictionary(d).find(id))
                    list.append(*code);
            }
        }
        if (list.isEmpty())
            list.append(kTotalCode);
    }
    return codes;
}

ResolvedValue CubeQuery::resolve(int year, Measure measure, const Codes &codes) const
{
    ResolvedValue out;
    int cells = 0;
    int found = 0;
    bool anyAggregate = false;
    qint64 sum = 0;
    bool allValues = true;
    ObservationStatus status = ObservationStatus::Exact;
    int lastRow = -1;
    forEachCombination(codes, [&](const std::array<std::uint16_t, kDimensionCount> &combo) {
        ++cells;
        const int r = m_cube.find(CellKey{year, measure, combo});
        if (r < 0) {
            allValues = false;
            return;
        }
        ++found;
        lastRow = r;
        const auto row = m_cube.row(r);
        anyAggregate = anyAggregate || row.isAggregate;
        status = combineStatus(status, row.status);
        if (row.value)
            sum += *row.value;
        else
            allValues = false;
        for (const QString &s : row.sourceIds) {
            if (!out.sourceIds.contains(s))
                out.sourceIds << s;
        }
    });
    if (cells == 1) {
        if (lastRow >= 0) {
            const auto row = m_cube.row(lastRow);
            out.value = row.value;
            out.status = row.status;
            out.note = row.note;
        }
        return out;
    }
    if (anyAggregate) {
        out.note = QueryText::tr("combined rows are not summed with their parts");
        return out;
    }
    if (found == cells && allValues) {
        out.value = sum;
        out.status = combineStatus(ObservationStatus::Summed, status);
        out.note = QueryText::tr("sum of %1 published values").arg(cells);
    } else if (found > 0) {
        out.note = QueryText::tr("not all selected categories have a published value");
    }
    return out;
}

ResolvedValue CubeQuery::withYoy(ResolvedValue current, int year, Measure measure, const Codes &codes) const
{
    const ResolvedValue previous = resolve(year - 1, measure, codes);
    std::optional<double> reported;
    int cells = 1;
    for (const auto &c : codes)
        cells *= static_cast<int>(c.size());
    if (cells == 1) {
        std::array<std::uint16_t, kDimensionCount> combo{};
        for (int d = 0; d < kDimensionCount; ++d)
            combo[d] = codes[d].first();
        const int r = m_cube.find(CellKey{year, measure, combo});
        if (r >= 0)
            reported = m_cube.row(r).reportedYoyPct;
    }
    const bool computable = current.value && previous.value && *previous.value > 0;
    const bool bothExact = computable && isExactOrDerived(current.status) && isExactOrDerived(previous.status);
    if (bothExact || (computable && !reported)) {
        current.yoyPct = (static_cast<double>(*current.value) / static_cast<double>(*previous.value) - 1.0) * 100.0;
        current.yoyStatus = combineStatus(current.status, previous.status);
        current.yoyReported = false;
    } else if (reported) {
        current.yoyPct = reported;
        current.yoyStatus = ObservationStatus::Exact;
        current.yoyReported = true;
    }
    return current;
}

std::optional<double> CubeQuery::publishedShare(int year, Measure measure, const Codes &codes, Dimension charted) const
{
    std::array<std::uint16_t, kDimensionCount> combo{};
    int brokenDown = 0;
    for (int d = 0; d < kDimensionCount; ++d) {
        if (codes[d].size() != 1)
            return std::nullopt;  // a sum of cells has no published share
        combo[d] = codes[d].first();
        brokenDown += combo[d] == kTotalCode ? 0 : 1;
    }
    const int r = m_cube.find(CellKey{year, measure, combo});
    if (r < 0)
        return std::nullopt;
    const auto row = m_cube.row(r);
    if (!row.sharePct)
        return std::nullopt;
    if (row.shareBase ? *row.shareBase == charted : brokenDown == 1)
        return row.sharePct;
    return std::nullopt;
}

ResolvedValue CubeQuery::sliceTotal(int year, Measure measure) const
{
    if (m_unknownSelection)
        return ResolvedValue{};
    const Codes codes = filterCodes(std::nullopt);
    return withYoy(resolve(year, measure, codes), year, measure, codes);
}

ResolvedValue CubeQuery::categoryValue(Dimension d, const QString &categoryId, int year, Measure measure) const
{
    const auto code = m_cube.dictionary(d).find(categoryId);
    if (!code || m_unknownSelection)
        return ResolvedValue{};
    Codes codes = filterCodes(d);
    codes[static_cast<int>(d)] = {*code};
    ResolvedValue v = withYoy(resolve(year, measure, codes), year, measure, codes);
    v.sharePct = publishedShare(year, measure, codes, d);
    if (!v.sharePct && v.value) {
        Codes totalCodes = codes;
        totalCodes[static_cast<int>(d)] = {kTotalCode};
        const ResolvedValue total = resolve(year, measure, totalCodes);
        if (total.value && *total.value > 0)
            v.sharePct = static_cast<double>(*v.value) * 100.0 / static_cast<double>(*total.value);
    }
    return v;
}

Breakdown CubeQuery::breakdown(Dimension d, int year) const
{
    Breakdown b;
    b.dimension = d;
    b.year = year;
    b.measure = measureFor(d);
    if (m_unknownSelection) {
        b.unavailableReason =
            QueryText::tr("a selected category is not in this dataset");
        return b;
    }
    Codes totalCodes = filterCodes(d);
    b.total = withYoy(resolve(year, b.measure, totalCodes), year, b.measure, totalCodes);
    const CategoryDictionary &dict = m_cube.dictionary(d);
    for (int code = 1; code < dict.size(); ++code) {
        const Category &c = dict.category(static_cast<std::uint16_t>(code));
        if (c.isAggregate || !m_filter.isSelected(d, c.id))
            continue;
        Codes codes = totalCodes;
        codes[static_cast<int>(d)] = {static_cast<std::uint16_t>(code)};
        ResolvedValue v = resolve(year, b.measure, codes);
        if (!v.hasData() && !v.value) {
            // resolve() gives no share; check the published share before dropping the row.
            if (!publishedShare(year, b.measure, codes, d))
                continue;
        }
        // Rows flagged as combined in a cross table are never stacked with their parts.
        bool aggregateRow = false;
        forEachCombination(codes, [&](const std::array<std::uint16_t, kDimensionCount> &combo) {
            const int r = m_cube.find(CellKey{year, b.measure, combo});
            if (r >= 0 && m_cube.row(r).isAggregate)
                aggregateRow = true;
        });
        if (aggregateRow)
            continue;
        v = withYoy(v, year, b.measure, codes);
        v.sharePct = publishedShare(year, b.measure, codes, d);
        if (!v.sharePct && v.value && b.total.value && *b.total.value > 0)
            v.sharePct = static_cast<double>(*v.value) * 100.0 / static_cast<double>(*b.total.value);
        if (!v.hasData())
            continue;
        b.rows.append(BreakdownRow{c.id, c.nameKo, v, c.nameJa});
    }
    std::stable_sort(b.rows.begin(), b.rows.end(), [](const BreakdownRow &x, const BreakdownRow &y) {
        const double xs = x.cell.sharePct.value_or(-1.0);
        const double ys = y.cell.sharePct.value_or(-1.0);
        if (xs != ys)
            return xs > ys;
        return x.cell.value.value_or(-1) > y.cell.value.value_or(-1);
    });
    if (b.rows.isEmpty()) {
        QStringList filters;
        for (Dimension other : kAllDimensions) {
            if (other != d && m_filter.hasSelection(other))
                filters << QStringLiteral("%1 = %2").arg(dimensionLabel(other),
                                                         localizedNames(m_cube, other, m_filter.selection(other))
                                                             .join(QStringLiteral(", ")));
        }
        b.unavailableReason = filters.isEmpty()
            ? QueryText::tr("No published breakdown by %1 for %2")
                  .arg(dimensionLabel(d).toLower(), formatYear(year))
            : QueryText::tr("No published breakdown by %1 for %2 in %3")
                  .arg(dimensionLabel(d).toLower(), formatYear(year), filters.join(QStringLiteral("; ")));
    }
    return b;
}

ResolvedValue CubeQuery::countriesOfOrigin(int year) const
{
    for (Dimension d : kAllDimensions) {
        if (m_filter.hasSelection(d))
            return ResolvedValue{};
    }
    Codes codes = filterCodes(std::nullopt);
    return resolve(year, Measure::CountriesOfOrigin, codes);
}

QString localizedCategoryName(const ObservationCube &cube, Dimension d, const QString &id, Language lang)
{
    const CategoryDictionary &dict = cube.dictionary(d);
    const auto code = dict.find(id);
    return code ? localizedName(dict.category(*code), lang) : id;
}

QStringList localizedNames(const ObservationCube &cube, Dimension d, const QStringList &ids, Language lang)
{
    QStringList names;
    for (const QString &id : ids)
        names << localizedCategoryName(cube, d, id, lang);
    return names;
}

}  // namespace medtour
