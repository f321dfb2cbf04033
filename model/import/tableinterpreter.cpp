#include "tableinterpreter.h"

#include "headersynonyms.h"
#include "importtext.h"
#include "interpretcontext.h"
#include "numberparse.h"

#include <QRegularExpression>

namespace medtour {

namespace {

using detail::InterpretContext;

// Reads one observation row or (wide) one row's year columns into the cube.
class ObservationReader
{
public:
    ObservationReader(InterpretContext &ctx, ObservationCube &cube, InterpretResult &result)
        : m_ctx(ctx), m_cube(cube), m_result(result) {}

    void setLocale(int column, NumberLocale l) { m_locales.insert(column, l); }
    bool readRow(int r);

private:
    NumberLocale localeOf(int column) const { return m_locales.value(column, NumberLocale::Dot); }
    bool count(int r, int column, std::optional<qint64> *out);
    bool percent(int r, int column, bool share, std::optional<double> *out);
    void add(int r, int column, ObservationCube::Row row);

    InterpretContext &m_ctx;
    ObservationCube &m_cube;
    InterpretResult &m_result;
    QHash<int, NumberLocale> m_locales;
};

bool ObservationReader::count(int r, int column, std::optional<qint64> *out)
{
    bool invalid = false;
    const QString text = m_ctx.cell(r, column);
    *out = parseCount(text, localeOf(column), &invalid);
    if (invalid) {
        m_result.error = m_ctx.errorAt(r, column, ImportText::tr("expected a whole number such as %1 (empty, \"-\" "
                                                                 "or \"n/a\" if not published), found \"%2\"")
                                                      .arg(numberLocaleExample(localeOf(column)), text));
        return false;
    }
    if (*out && **out < 0)
        m_result.warnings << ImportText::tr("%1: negative count %2").arg(m_ctx.where(r, column), QString::number(**out));
    return true;
}

bool ObservationReader::percent(int r, int column, bool share, std::optional<double> *out)
{
    const QString text = m_ctx.cell(r, column);
    const ParsedNumber n = parseNumber(text, localeOf(column));
    if (n.isInvalid()) {
        const QString example = localeOf(column) == NumberLocale::Comma ? QStringLiteral("37,7") : QStringLiteral("37.7");
        const QString message = share ? ImportText::tr("expected a share in percent such as %1, found \"%2\"")
                                      : ImportText::tr("expected a growth in percent such as %1, found \"%2\"");
        m_result.error = m_ctx.errorAt(r, column, message.arg(example, text));
        return false;
    }
    if (n.isValue())
        *out = n.value;
    return true;
}

void ObservationReader::add(int r, int column, ObservationCube::Row row)
{
    if (row.sharePct && *row.sharePct > 100.0)
        m_result.warnings << ImportText::tr("%1: share %2% over 100")
                                 .arg(m_ctx.where(r, m_ctx.columns.share), QString::number(*row.sharePct));
    const int line = m_ctx.line(r);
    if (!m_cube.append(row)) {
        m_result.warnings << ImportText::tr("%1: duplicate observation (%2), first on line %3; the first is kept")
                                 .arg(m_ctx.where(r, column), InterpretContext::describe(m_cube, row.key),
                                      QString::number(m_ctx.lineOf.value(row.key)));
        return;
    }
    m_ctx.lineOf.insert(row.key, line);
}

bool ObservationReader::readRow(int r)
{
    const detail::ColumnIndex &ix = m_ctx.columns;
    const bool tidyAggregate = ix.other.contains(QStringLiteral("is_aggregate"));
    ObservationCube::Row row;
    auto other = [&](const char *key) { return m_ctx.cell(r, ix.other.value(QLatin1String(key), -1)); };
    row.isAggregate = tidyAggregate && other("is_aggregate") == QLatin1String("1");
    std::array<CategoryResolver::Resolved, kDimensionCount> cats;
    int brokenDown = 0;
    for (Dimension d : kAllDimensions) {
        const int di = static_cast<int>(d);
        if (!ix.hasCategory(d)) {
            cats[di].total = true;
            continue;
        }
        cats[di] = m_ctx.resolve(d, m_ctx.cell(r, ix.category[di]), m_ctx.cell(r, ix.categoryKo[di]),
                                 m_ctx.cell(r, ix.other.value(dimensionId(d) + QStringLiteral("_ja"), -1)));
        brokenDown += cats[di].total ? 0 : 1;
    }
    for (Dimension d : kAllDimensions) {
        const auto &c = cats[static_cast<int>(d)];
        if (c.total)
            continue;
        // As in the tidy reader: a combined row marks its category only when it breaks down one dimension.
        const bool aggregate = tidyAggregate ? (row.isAggregate && brokenDown == 1) : c.isAggregate;
        row.key.codes[static_cast<int>(d)] = m_cube.dictionary(d).intern(c.id, c.nameKo, aggregate, c.nameJa);
        if (!tidyAggregate)
            row.isAggregate = row.isAggregate || c.isAggregate;
    }
    row.key.measure = m_ctx.spec.measure;
    if (ix.measure >= 0) {
        const QString text = m_ctx.cell(r, ix.measure);
        const auto m = measureFromText(text);
        if (!m) {
            m_result.error = m_ctx.errorAt(r, ix.measure, ImportText::tr("expected real_patients, department_based or "
                                                                         "countries_of_origin, found \"%1\"").arg(text));
            return false;
        }
        row.key.measure = *m;
    }
    if (m_ctx.spec.shape == Shape::Wide) {
        for (int column : ix.yearValues) {
            ObservationCube::Row cell = row;
            cell.key.year = m_ctx.spec.columns.at(column).year;
            if (!count(r, column, &cell.value))
                return false;
            if (cell.value)
                add(r, column, cell);
        }
        return true;
    }
    Error error;
    const auto year = m_ctx.yearOf(r, &error);
    if (!year) {
        m_result.error = error;
        return false;
    }
    row.key.year = *year;
    if (ix.patients >= 0 && !count(r, ix.patients, &row.value))
        return false;
    if (ix.share >= 0 && !percent(r, ix.share, true, &row.sharePct))
        return false;
    const int yoyColumn = ix.other.value(QStringLiteral("reported_yoy_pct"), -1);
    if (yoyColumn >= 0 && !percent(r, yoyColumn, false, &row.reportedYoyPct))
        return false;
    const QString base = other("share_base");
    if (!base.isEmpty()) {
        row.shareBase = dimensionFromId(base);
        if (!row.shareBase) {
            m_result.error = m_ctx.errorAt(r, ix.other.value(QStringLiteral("share_base")),
                                           ImportText::tr("expected nationality, specialty, institution_type or region, "
                                                          "found \"%1\"").arg(base));
            return false;
        }
    } else if (row.sharePct && brokenDown == 1) {
        for (Dimension d : kAllDimensions) {
            if (!cats[static_cast<int>(d)].total)
                row.shareBase = d;
        }
    }
    const QString status = m_ctx.cell(r, ix.status);
    if (status.isEmpty()) {
        row.status = row.value ? ObservationStatus::Exact : ObservationStatus::ShareOnly;
    } else if (auto s = statusFromId(status)) {
        row.status = *s;
    } else {
        m_result.error = m_ctx.errorAt(r, ix.status, ImportText::tr("expected exact, rounded_100, rounded_1000, "
                                                                    "rounded_10000, approx, share_only or derived, "
                                                                    "found \"%1\"").arg(status));
        return false;
    }
    row.confidence = other("confidence");
    for (const QString &s : other("source_ids").split(QLatin1Char(';'), Qt::SkipEmptyParts))
        row.sourceIds << s.trimmed();
    QStringList note{other("note")};
    for (int column : ix.otherUnknown) {
        if (!m_ctx.cell(r, column).isEmpty())
            note << QStringLiteral("%1: %2").arg(m_ctx.table.header.value(column), m_ctx.cell(r, column));
    }
    note.removeAll(QString());
    row.note = note.join(QStringLiteral("; "));
    if (row.value || row.sharePct || row.reportedYoyPct)
        add(r, ix.patients >= 0 ? ix.patients : 0, row);
    return true;
}

// The columns holding numbers, whose locale Auto decides from their values.
QList<int> numberColumns(const detail::ColumnIndex &ix)
{
    QList<int> cols = ix.yearValues;
    for (int c : {ix.patients, ix.share, ix.other.value(QStringLiteral("reported_yoy_pct"), -1)}) {
        if (c >= 0)
            cols << c;
    }
    return cols;
}

}  // namespace

InterpretResult interpretTable(const RawTable &table, const ImportSpec &spec, const ImportProgress &progress)
{
    InterpretResult result;
    const QString &file = table.fileName;
    const int width = static_cast<int>(table.header.size());
    if (spec.columns.size() != width) {
        result.error = Error{file, table.headerLine, 1, ImportText::tr("the column mapping has %1 columns, expected %2 as in "
                                                                      "the header").arg(spec.columns.size()).arg(width)};
        return result;
    }
    InterpretContext ctx{table, spec, detail::ColumnIndex::from(spec, table.header), CategoryResolver(), progress, {}, {}};
    const auto &ix = ctx.columns;
    const bool wide = spec.shape == Shape::Wide;
    if ((wide && ix.yearValues.isEmpty()) || (!wide && ix.year < 0 && ix.date < 0)) {
        result.error = Error{file, table.headerLine, 1,
                             wide ? ImportText::tr("expected columns named by year, such as 2023 or 2024년")
                                  : ImportText::tr("expected a year or date column such as 연도, year or 방문일자")};
        return result;
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &cells = table.rows.at(r).cells;
        for (int c = width; c < cells.size(); ++c) {
            if (!cells.at(c).trimmed().isEmpty()) {
                result.error = ctx.errorAt(r, c, ImportText::tr("expected at most %1 fields as in the header, found %2")
                                                     .arg(width).arg(cells.size()));
                return result;
            }
        }
    }

    ObservationCube cube;
    cube.setProvenance(file);
    if (spec.shape == Shape::RecordLevel) {
        if (!detail::countRecords(ctx, &cube, &result))
            return result;
    } else {
        ObservationReader reader(ctx, cube, result);
        const QList<int> numbers = numberColumns(ix);
        QList<QStringList> values(numbers.size());
        QStringList pooled;
        for (int i = 0; i < numbers.size(); ++i) {
            for (int r = 0; r < table.rows.size(); ++r)
                values[i] << ctx.cell(r, numbers.at(i));
            pooled << values.at(i);
        }
        // A column its values do not decide follows the other number columns of the file.
        const auto fileLocale = decideNumberLocale(pooled);
        for (int i = 0; i < numbers.size(); ++i) {
            const int column = numbers.at(i);
            NumberLocale locale = spec.numberLocale;
            if (locale == NumberLocale::Auto) {
                const bool counts = column != ix.share && ix.other.value(QStringLiteral("reported_yoy_pct"), -1) != column;
                locale = decideNumberLocale(values.at(i))
                             .value_or(fileLocale.value_or(counts && hasDotThousandsGroup(values.at(i))
                                                               ? NumberLocale::Comma : NumberLocale::Dot));
                if (locale == NumberLocale::Comma)
                    result.notes << ImportText::tr("column %1 \"%2\": numbers written 1.170.467 / 37,7 (detected)")
                                        .arg(QString::number(column + 1), table.header.at(column));
            }
            reader.setLocale(column, locale);
        }
        for (int r = 0; r < table.rows.size(); ++r) {
            if (progress && r % 4096 == 0 && !progress(r, table.rows.size())) {
                result.cancelled = true;
                return result;
            }
            if (!reader.readRow(r))
                return result;
        }
    }
    if (cube.rowCount() == 0) {
        result.error = Error{file, table.headerLine + 1, 1, ImportText::tr("expected at least one data row with a year and a count")};
        return result;
    }
    QList<int> ignored;
    for (int i = 0; i < width; ++i) {
        const ColumnRole role = spec.columns.at(i).role;
        const bool unused = role == ColumnRole::Ignore
            || (spec.shape == Shape::RecordLevel && role != ColumnRole::Year && role != ColumnRole::Date
                && role != ColumnRole::Category && role != ColumnRole::CategoryKo);
        if (unused && !table.header.at(i).trimmed().isEmpty())
            ignored << i;
    }
    if (!ignored.isEmpty())
        result.warnings << ImportText::columnsNotInCube(file, table.headerLine, table.header, ignored);
    result.warnings << detail::checkPartsAgainstTotals(ctx, cube);
    if (spec.shape != Shape::Tidy)  // tidy files state their totals (_T) by design
        result.warnings << detail::checkGrandTotals(file, cube);
    result.cube = std::move(cube);
    return result;
}

}  // namespace medtour
