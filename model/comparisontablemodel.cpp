#include "comparisontablemodel.h"

#include "modelroles.h"
#include "numberformat.h"

#include <cstdlib>

namespace medtour {

ComparisonTableModel::ComparisonTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

namespace {
Category categoryOf(const ObservationCube &cube, Dimension d, const QString &id)
{
    const auto code = cube.dictionary(d).find(id);
    return code && *code != kTotalCode ? cube.dictionary(d).category(*code) : Category{id, {}, false, {}};
}
}  // namespace

QString ComparisonTableModel::Row::displayName() const
{
    bool isYear = false;
    const int year = id.toInt(&isYear);
    if (isYear && nameKo.isEmpty() && nameJa.isEmpty())
        return formatYear(year);
    return localizedName(id, nameKo, nameJa);
}

ComparisonTableModel::Row ComparisonTableModel::makeRow(const QString &id, const QString &nameKo, const QString &nameJa,
                                                        const ResolvedValue &a, const ResolvedValue &b)
{
    Row r{id, nameKo, a, b, std::nullopt, std::nullopt, false, nameJa};
    if (a.value && b.value) {
        r.change = *b.value - *a.value;
        if (*a.value > 0)
            r.changePct = static_cast<double>(*r.change) * 100.0 / static_cast<double>(*a.value);
    }
    return r;
}

void ComparisonTableModel::recompute(const ObservationCube &cube, const FilterState &filter, const ComparisonSpec &spec)
{
    beginResetModel();
    m_spec = spec;
    m_rows.clear();
    m_unavailable.clear();
    const CubeQuery query(cube, filter);
    m_measure = query.measureFor(spec.dimension);
    m_categoryA = categoryOf(cube, spec.dimension, spec.categoryA);
    m_categoryB = categoryOf(cube, spec.dimension, spec.categoryB);
    if (spec.kind == ComparisonSpec::Kind::Years)
        fillYears(query);
    else
        fillCategories(query, filter);
    bool any = false;
    for (const Row &r : m_rows)
        any = any || (!r.isTotal && (r.a.hasData() || r.b.hasData()));
    if (!any) {
        m_unavailable = tr("No published %1 figures for %2 or %3 under this filter")
                            .arg(dimensionLabel(spec.dimension).toLower(), labelA(), labelB());
        m_rows.clear();
    }
    endResetModel();
}

void ComparisonTableModel::fillYears(const CubeQuery &query)
{
    const Breakdown a = query.breakdown(m_spec.dimension, m_spec.yearA);
    const Breakdown b = query.breakdown(m_spec.dimension, m_spec.yearB);
    auto findIn = [](const Breakdown &bd, const QString &id) {
        for (const BreakdownRow &r : bd.rows) {
            if (r.id == id)
                return r.cell;
        }
        return ResolvedValue{};
    };
    QStringList seen;
    for (const Breakdown *bd : {&b, &a}) {
        for (const BreakdownRow &r : bd->rows) {
            if (seen.contains(r.id))
                continue;
            seen << r.id;
            m_rows.append(makeRow(r.id, r.nameKo, r.nameJa, findIn(a, r.id), findIn(b, r.id)));
        }
    }
    Row total = makeRow(QStringLiteral("Total"), QStringLiteral("합계"), QStringLiteral("合計"), a.total, b.total);
    total.isTotal = true;
    m_rows.append(total);
}

void ComparisonTableModel::fillCategories(const CubeQuery &query, const FilterState &filter)
{
    for (int year = filter.fromYear; year <= filter.toYear; ++year) {
        m_rows.append(makeRow(QString::number(year), {}, {},
                              query.categoryValue(m_spec.dimension, m_spec.categoryA, year, m_measure),
                              query.categoryValue(m_spec.dimension, m_spec.categoryB, year, m_measure)));
    }
}

QString ComparisonTableModel::labelA() const
{
    return m_spec.kind == ComparisonSpec::Kind::Years ? formatYear(m_spec.yearA) : localizedName(m_categoryA);
}

QString ComparisonTableModel::labelB() const
{
    return m_spec.kind == ComparisonSpec::Kind::Years ? formatYear(m_spec.yearB) : localizedName(m_categoryB);
}

QString ComparisonTableModel::formatChange(std::optional<qint64> change, ObservationStatus status)
{
    if (!change)
        return formatCount(std::nullopt);
    const QString digits = formatCount(std::llabs(*change), ObservationStatus::Exact);
    const QString sign = *change < 0 ? QStringLiteral("−") : QStringLiteral("+");
    return (isApproximate(status) ? QStringLiteral("≈") : QString()) + sign + digits;
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const ObservationStatus changeStatus = combineStatus(r.a.status, r.b.status);
    if (role == CategoryIdRole)
        return r.id;
    if (role == Qt::ToolTipRole && column == Column::Label)
        return r.displayName();
    if (role == StatusRole) {
        switch (column) {
        case Column::A: return statusId(r.a.status);
        case Column::B: return statusId(r.b.status);
        case Column::Change:
        case Column::ChangePct: return statusId(changeStatus);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return column == Column::Label ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const bool raw = role == RawValueRole;
    if (!raw && role != Qt::DisplayRole)
        return {};
    auto count = [raw](const ResolvedValue &v) -> QVariant {
        if (raw)
            return v.value ? QVariant(*v.value) : QVariant();
        return formatCount(v.value, v.status);
    };
    switch (column) {
    case Column::Label:
        if (raw && m_spec.kind == ComparisonSpec::Kind::Categories)
            return r.id.toInt();
        return raw ? r.id : r.displayName();
    case Column::A: return count(r.a);
    case Column::B: return count(r.b);
    case Column::Change:
        if (raw)
            return r.change ? QVariant(*r.change) : QVariant();
        return formatChange(r.change, changeStatus);
    case Column::ChangePct:
        if (raw)
            return r.changePct ? QVariant(*r.changePct) : QVariant();
        return formatGrowth(r.changePct, isApproximate(changeStatus));
    default: return {};
    }
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Label:
        return m_spec.kind == ComparisonSpec::Kind::Years ? dimensionLabel(m_spec.dimension) : tr("Year");
    case Column::A: return labelA();
    case Column::B: return labelB();
    case Column::Change: return tr("Change", "column header: B minus A");
    case Column::ChangePct: return tr("Change %", "column header: change in percent of A");
    default: return {};
    }
}

}  // namespace medtour
