// guessSpec(): the column mapping of a file guessed from its header (English and Korean
// synonyms, year headers of wide tables) and, for headers nobody knows, from the first rows.

#include "categoryresolver.h"
#include "headersynonyms.h"
#include "importspec.h"
#include "importtext.h"
#include "interpretcontext.h"
#include "numberparse.h"
#include "rawtable.h"

namespace medtour {

namespace {

constexpr int kSampleRows = 200;

QString roleText(const ColumnMapping &c)
{
    switch (c.role) {
    case ColumnRole::Year:
        return ImportText::tr("year", "column role");
    case ColumnRole::Date:
        return ImportText::tr("date (the year is taken from it)", "column role");
    case ColumnRole::Measure:
        return ImportText::tr("measure", "column role");
    case ColumnRole::Category:
        return ImportText::dimensionNoun(*c.dimension);
    case ColumnRole::CategoryKo:
        return ImportText::tr("%1 (Korean name)", "column role").arg(ImportText::dimensionNoun(*c.dimension));
    case ColumnRole::Patients:
        return ImportText::tr("count", "column role");
    case ColumnRole::Share:
        return ImportText::tr("share (%)", "column role");
    case ColumnRole::Status:
        return ImportText::tr("status", "column role");
    case ColumnRole::YearValue:
        return ImportText::tr("counts of %1", "column role").arg(c.year);
    case ColumnRole::Other:
        return ImportText::tr("attribute", "column role");
    case ColumnRole::Ignore:
        break;
    }
    return ImportText::tr("ignored", "column role");
}

// Guesses a dimension or role from the values of a column whose header is unknown.
class ValueGuesser
{
public:
    explicit ValueGuesser(const RawTable &t) : m_table(t) {}

    QStringList sample(int column) const
    {
        QStringList out;
        for (int r = 0; r < m_table.rows.size() && r < kSampleRows; ++r) {
            const QStringList &cells = m_table.rows.at(r).cells;
            const QString v = column < cells.size() ? cells.at(column).trimmed() : QString();
            if (!v.isEmpty() && !isTotalLabel(v))
                out << v;
        }
        return out;
    }
    std::optional<Dimension> dimension(const QStringList &values) const
    {
        std::optional<Dimension> best;
        int bestCount = 0;
        for (Dimension d : kAllDimensions) {
            const int n = m_resolver.knownCount(d, values);
            if (n > bestCount) {
                best = d;
                bestCount = n;
            }
        }
        return (bestCount > 0 && bestCount * 2 >= values.size()) ? best : std::nullopt;
    }
    static bool allYears(const QStringList &values)
    {
        for (const QString &v : values) {
            if (!parseYear(v))
                return false;
        }
        return !values.isEmpty();
    }
    static bool mostlyNumbers(const QStringList &values)
    {
        int numbers = 0;
        int present = 0;
        for (const QString &v : values) {
            if (isMissingNumberText(v))
                continue;
            ++present;
            numbers += parseNumber(v, NumberLocale::Auto).isValue() ? 1 : 0;
        }
        return present > 0 && numbers * 10 >= present * 8;
    }
    bool koreanMajority(int column) const
    {
        const QStringList values = sample(column);
        int korean = 0;
        for (const QString &v : values)
            korean += CategoryResolver::isKorean(v) ? 1 : 0;
        return !values.isEmpty() && korean * 2 > values.size();
    }

private:
    const RawTable &m_table;
    CategoryResolver m_resolver;
};

}  // namespace

ImportSpec guessSpec(const RawTable &table, bool *ambiguous, QStringList *notes)
{
    ImportSpec spec;
    bool unsure = false;
    QStringList lines;
    QStringList columnNotes;
    const ValueGuesser guesser(table);
    const int n = static_cast<int>(table.header.size());
    spec.columns.resize(n);
    columnNotes.resize(n);
    QList<HeaderMeaning> meanings(n);
    auto name = [&](int i) { return ImportText::tr("column %1 \"%2\"").arg(QString::number(i + 1), table.header.at(i)); };
    auto count = [&](ColumnRole role, std::optional<Dimension> d = std::nullopt) {
        int c = 0;
        for (const ColumnMapping &m : spec.columns)
            c += (m.role == role && (!d || m.dimension == d)) ? 1 : 0;
        return c;
    };
    QList<int> unknown;
    for (int i = 0; i < n; ++i) {
        if (auto y = yearOfHeader(table.header.at(i))) {
            spec.columns[i] = ColumnMapping{ColumnRole::YearValue, std::nullopt, *y};
        } else if (auto m = headerMeaning(table.header.at(i))) {
            meanings[i] = *m;
            spec.columns[i] = ColumnMapping{m->role, m->dimension, 0};
        } else {
            unknown << i;
        }
    }
    // Two columns for one role: a Korean-named twin of a category becomes its Korean name;
    // otherwise the first wins and the GUI asks.
    for (int i = 0; i < n; ++i) {
        ColumnMapping &c = spec.columns[i];
        if (c.role == ColumnRole::Ignore || c.role == ColumnRole::YearValue || c.role == ColumnRole::Other)
            continue;
        int first = -1;
        for (int j = 0; j < i && first < 0; ++j) {
            if (spec.columns.at(j).role == c.role && spec.columns.at(j).dimension == c.dimension)
                first = j;
        }
        if (first < 0)
            continue;
        if (c.role == ColumnRole::Category && count(ColumnRole::CategoryKo, c.dimension) == 0
            && guesser.koreanMajority(i) != guesser.koreanMajority(first)) {
            ColumnMapping &ko = guesser.koreanMajority(i) ? c : spec.columns[first];
            ko.role = ColumnRole::CategoryKo;
            continue;
        }
        unsure = true;
        columnNotes[i] = ImportText::tr("%1 ignored: %2 is the %3 column (two candidates)")
                     .arg(name(i), name(first), roleText(c));
        c = ColumnMapping{};
    }
    if (count(ColumnRole::Year) > 0 && count(ColumnRole::Date) > 0) {
        for (int i = 0; i < n; ++i) {
            if (spec.columns.at(i).role == ColumnRole::Date) {
                spec.columns[i] = ColumnMapping{};
                columnNotes[i] = ImportText::tr("%1 ignored: the year column is used").arg(name(i));
            }
        }
    }
    if (count(ColumnRole::Year) + count(ColumnRole::Date) > 0 && count(ColumnRole::YearValue) > 0) {
        unsure = true;
        for (int i = 0; i < n; ++i) {
            if (spec.columns.at(i).role == ColumnRole::YearValue) {
                spec.columns[i] = ColumnMapping{};
                columnNotes[i] = ImportText::tr("%1 ignored: the file has a year column").arg(name(i));
            }
        }
    }
    for (int i : unknown) {
        const QStringList values = guesser.sample(i);
        const bool noYear = count(ColumnRole::Year) + count(ColumnRole::Date) + count(ColumnRole::YearValue) == 0;
        if (isTotalLabel(table.header.at(i))) {
            columnNotes[i] = ImportText::tr("%1 ignored: a total across columns").arg(name(i));
        } else if (auto d = guesser.dimension(values); d && count(ColumnRole::Category, d) == 0) {
            spec.columns[i] = ColumnMapping{ColumnRole::Category, d, 0};
            columnNotes[i] = ImportText::tr("%1 = %2 (guessed from its values)").arg(name(i), ImportText::dimensionNoun(*d));
        } else if (noYear && ValueGuesser::allYears(values)) {
            spec.columns[i] = ColumnMapping{ColumnRole::Year, std::nullopt, 0};
            unsure = true;
            columnNotes[i] = ImportText::tr("%1 = year (guessed from its values)").arg(name(i));
        } else if (count(ColumnRole::Patients) == 0 && count(ColumnRole::YearValue) == 0
                   && ValueGuesser::mostlyNumbers(values)) {
            spec.columns[i] = ColumnMapping{ColumnRole::Patients, std::nullopt, 0};
            unsure = true;
            columnNotes[i] = ImportText::tr("%1 = count (guessed from its values)").arg(name(i));
        } else {
            columnNotes[i] = ImportText::tr("%1 ignored: not a known column").arg(name(i));
        }
    }
    for (int i = 0; i < n; ++i) {
        const ColumnMapping &c = spec.columns.at(i);
        if (columnNotes.at(i).isEmpty() && c.role != ColumnRole::Ignore && c.role != ColumnRole::YearValue)
            columnNotes[i] = c.role == ColumnRole::Other
                ? ImportText::tr("%1 = %2 (kept with each observation)").arg(name(i), meanings.at(i).key)
                : QStringLiteral("%1 = %2").arg(name(i), roleText(c));
    }
    columnNotes.removeAll(QString());

    const int years = count(ColumnRole::Year) + count(ColumnRole::Date);
    const int categories = count(ColumnRole::Category) + count(ColumnRole::CategoryKo);
    const int yearValues = count(ColumnRole::YearValue);
    if (count(ColumnRole::Measure) > 0) {
        spec.shape = Shape::Tidy;
        lines << ImportText::tr("shape tidy: the measure is a column (resources/data/FORMAT.md layout)");
        if (years == 0) {
            unsure = true;
            lines << ImportText::tr("no year: expected a column such as 연도 / year");
        }
    } else if (yearValues > 0) {
        spec.shape = Shape::Wide;
        int lo = 9999;
        int hi = 0;
        for (const ColumnMapping &c : spec.columns) {
            if (c.role == ColumnRole::YearValue) {
                lo = std::min(lo, c.year);
                hi = std::max(hi, c.year);
            }
        }
        const QString range = lo == hi ? QString::number(lo) : QStringLiteral("%1–%2").arg(lo).arg(hi);
        lines << (yearValues == 1 ? ImportText::tr("shape wide: 1 year column (%1)").arg(range)
                                  : ImportText::tr("shape wide: %1 year columns (%2)").arg(QString::number(yearValues), range));
    } else if (years > 0 && (count(ColumnRole::Patients) > 0 || count(ColumnRole::Share) > 0)) {
        spec.shape = Shape::Long;
        lines << ImportText::tr("shape long: one row per observation");
        if (count(ColumnRole::Patients) == 0) {
            unsure = true;
            lines << ImportText::tr("no count column: only shares are read");
        }
    } else if (years > 0) {
        spec.shape = Shape::RecordLevel;
        lines << ImportText::tr("shape record-level: no count column, each row counts 1");
        if (categories == 0) {
            unsure = true;
            lines << ImportText::tr("no category column: only yearly totals are counted");
        }
    } else {
        spec.shape = Shape::Long;
        unsure = true;
        lines << ImportText::tr("no year: expected a column such as 연도 / year / 방문일자, or years as column headers");
    }

    if (categories == 0 && (spec.shape == Shape::Long || spec.shape == Shape::Wide)) {
        for (int i : unknown) {
            if (spec.columns.at(i).role == ColumnRole::Ignore && !isTotalLabel(table.header.at(i))
                && !ValueGuesser::mostlyNumbers(guesser.sample(i)) && !guesser.sample(i).isEmpty()) {
                unsure = true;
                lines << ImportText::tr("no category column: is %1 a nationality, specialty, institution type or region?")
                             .arg(name(i));
                break;
            }
        }
    }
    bool realPatientsHeader = false;
    bool departmentHeader = false;
    for (int i = 0; i < n; ++i) {
        if (spec.columns.at(i).role == ColumnRole::Patients) {
            realPatientsHeader = realPatientsHeader || meanings.at(i).realPatients;
            departmentHeader = departmentHeader || meanings.at(i).departmentBased;
        }
    }
    if (spec.shape == Shape::RecordLevel) {
        // Each row is one record: Total cells count real patients, cells by specialty
        // department-based counts (detail::recordMeasure()); the importer repeats this line.
        spec.measure = Measure::RealPatients;
        lines << detail::recordMeasureNote(spec);
    } else if (spec.shape != Shape::Tidy) {
        const bool specialty = count(ColumnRole::Category, Dimension::Specialty) + count(ColumnRole::CategoryKo, Dimension::Specialty) > 0;
        if (specialty || departmentHeader) {
            spec.measure = Measure::DepartmentBased;
            lines << (specialty ? ImportText::tr("measure department_based: the categories are specialties (진료과 기준)")
                                : ImportText::tr("measure department_based: the count column says 진료과 기준"));
            if (specialty && realPatientsHeader) {
                unsure = true;
                lines << ImportText::tr("the count column says real patients (실환자) but the categories are specialties");
            }
        } else {
            lines << ImportText::tr("measure real_patients");
        }
    }
    if (ambiguous)
        *ambiguous = unsure;
    if (notes)
        *notes = columnNotes + lines;
    return spec;
}

}  // namespace medtour
