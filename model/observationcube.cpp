#include "observationcube.h"

#include <algorithm>
#include <set>

namespace medtour {

namespace {
const double kNaN = std::numeric_limits<double>::quiet_NaN();
}

CategoryDictionary::CategoryDictionary()
{
    m_categories.push_back(Category{kTotalId, {}, false, {}});
    m_byKey.insert(kTotalId.toLower(), kTotalCode);
}

std::uint16_t CategoryDictionary::intern(const QString &id, const QString &nameKo, bool isAggregate,
                                        const QString &nameJa)
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty() || trimmed == kTotalId)
        return kTotalCode;
    const QString key = trimmed.toLower();
    const QString ko = nameKo.trimmed();
    const QString ja = nameJa.trimmed();
    auto it = m_byKey.constFind(key);
    const bool isNew = it == m_byKey.constEnd();
    const auto code = isNew ? static_cast<std::uint16_t>(m_categories.size()) : it.value();
    if (isNew) {
        m_categories.push_back(Category{trimmed, {}, isAggregate, {}});
        m_byKey.insert(key, code);
    }
    Category &c = m_categories[code];
    // Names never replace one another: a lookup key, once given, keeps finding this category.
    if (c.nameKo.isEmpty() && !ko.isEmpty()) {
        c.nameKo = ko;
        m_byKey.insert(ko.toLower(), code);
    }
    if (c.nameJa.isEmpty() && !ja.isEmpty()) {
        c.nameJa = ja;
        if (!m_byKey.contains(ja.toLower()))
            m_byKey.insert(ja.toLower(), code);
    }
    c.isAggregate = c.isAggregate || isAggregate;
    return code;
}

std::optional<std::uint16_t> CategoryDictionary::find(const QString &idOrKoreanName) const
{
    auto it = m_byKey.constFind(idOrKoreanName.trimmed().toLower());
    if (it == m_byKey.constEnd())
        return std::nullopt;
    return it.value();
}

size_t qHash(const CellKey &key, size_t seed) noexcept
{
    size_t h = ::qHash(key.year, seed) ^ (static_cast<size_t>(key.measure) << 1);
    for (std::uint16_t c : key.codes)
        h = h * 1000003u ^ c;
    return h;
}

bool ObservationCube::append(const Row &row)
{
    if (m_index.contains(row.key))
        return false;
    m_index.insert(row.key, rowCount());
    m_keys.push_back(row.key);
    m_years.push_back(row.key.year);
    m_values.push_back(row.value.value_or(0));
    m_hasValue.push_back(row.value.has_value() ? 1 : 0);
    m_shares.push_back(row.sharePct.value_or(kNaN));
    m_shareBase.push_back(row.shareBase ? static_cast<std::int8_t>(*row.shareBase) : std::int8_t(-1));
    m_status.push_back(row.status);
    m_aggregate.push_back(row.isAggregate ? 1 : 0);
    m_reportedYoy.push_back(row.reportedYoyPct.value_or(kNaN));
    m_confidence.push_back(row.confidence);
    m_sources.push_back(row.sourceIds);
    m_notes.push_back(row.note);
    return true;
}

ObservationCube::Row ObservationCube::row(int i) const
{
    Row r;
    r.key = m_keys[i];
    if (m_hasValue[i])
        r.value = m_values[i];
    if (!std::isnan(m_shares[i]))
        r.sharePct = m_shares[i];
    if (m_shareBase[i] >= 0)
        r.shareBase = static_cast<Dimension>(m_shareBase[i]);
    r.status = m_status[i];
    r.isAggregate = m_aggregate[i] != 0;
    if (!std::isnan(m_reportedYoy[i]))
        r.reportedYoyPct = m_reportedYoy[i];
    r.confidence = m_confidence[i];
    r.sourceIds = m_sources[i];
    r.note = m_notes[i];
    return r;
}

int ObservationCube::find(const CellKey &key) const
{
    return m_index.value(key, -1);
}

std::vector<int> ObservationCube::years() const
{
    std::set<int> s(m_years.begin(), m_years.end());
    return {s.begin(), s.end()};
}

int ObservationCube::minYear() const
{
    return m_years.empty() ? 0 : *std::min_element(m_years.begin(), m_years.end());
}

int ObservationCube::maxYear() const
{
    return m_years.empty() ? 0 : *std::max_element(m_years.begin(), m_years.end());
}

std::optional<ObservationCube> ObservationCube::merged(const QList<const ObservationCube *> &cubes, QString *conflict)
{
    ObservationCube out;
    QHash<CellKey, QString> origin;
    QStringList provenances;
    for (const ObservationCube *cube : cubes) {
        provenances << cube->provenance();
        for (int i = 0; i < cube->rowCount(); ++i) {
            Row row = cube->row(i);
            for (Dimension d : kAllDimensions) {
                auto &code = row.key.codes[static_cast<int>(d)];
                const Category &c = cube->dictionary(d).category(code);
                code = out.dictionary(d).intern(c.id, c.nameKo, c.isAggregate, c.nameJa);
            }
            if (!out.append(row)) {
                if (conflict) {
                    QStringList cell;
                    for (Dimension d : kAllDimensions) {
                        const Category &c = out.dictionary(d).category(row.key.codes[static_cast<int>(d)]);
                        if (c.id != kTotalId)
                            cell << QStringLiteral("%1 %2").arg(dimensionId(d), c.id);
                    }
                    *conflict = QStringLiteral("%1 and %2 both give %3 %4%5")
                                    .arg(origin.value(row.key), cube->provenance())
                                    .arg(row.key.year)
                                    .arg(measureId(row.key.measure),
                                         cell.isEmpty() ? QStringLiteral(" (total)") : QStringLiteral(" for ") + cell.join(QStringLiteral(", ")));
                }
                return std::nullopt;
            }
            origin.insert(row.key, cube->provenance());
        }
    }
    out.setProvenance(provenances.join(QStringLiteral(" + ")));
    return out;
}

}  // namespace medtour
