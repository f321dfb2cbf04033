#pragma once

// Fixture helpers of the interpreter tests: a RawTable from inline CSV text (line numbers and
// columns as a reader would give them), the KPIs of a cube, readable printing of Qt strings.

#include <model/filterstate.h>
#include <model/import/importspec.h>
#include <model/import/rawtable.h>
#include <model/summary.h>
#include <model/tidycsv.h>

#include <gtest/gtest.h>

#include <ostream>

inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace medtour::test {

/// A RawTable of `csv` (UTF-8, ',' separated, RFC 4180 quotes): the first record is the header.
inline RawTable rawTable(const char *csv, const QString &fileName = QStringLiteral("t.csv"))
{
    RawTable t;
    t.fileName = fileName;
    t.encoding = QStringLiteral("UTF-8");
    t.delimiter = QLatin1Char(',');
    Error error;
    const auto records = splitCsv(QString::fromUtf8(csv), QLatin1Char(','), fileName, &error);
    EXPECT_TRUE(records && !records->isEmpty()) << error.toString().toStdString();
    if (!records || records->isEmpty())
        return t;
    for (const QString &h : records->first().fields)
        t.header << h.trimmed();
    t.headerLine = records->first().line;
    for (int i = 1; i < records->size(); ++i) {
        t.rows.append(RawTable::Row{records->at(i).line, records->at(i).fields});
        t.columns.append(records->at(i).columns);
    }
    return t;
}

/// The dashboard's KPIs for 2024 (computeSummary() with the default filter) as JSON text.
inline QJsonObject kpis2024(const ObservationCube &cube)
{
    FilterState f;
    f.focusYear = 2024;
    return computeSummary(cube, f).toJson();
}

/// The warnings that contain `text`.
inline QStringList warningsWith(const QStringList &warnings, const QString &text)
{
    QStringList out;
    for (const QString &w : warnings) {
        if (w.contains(text))
            out << w;
    }
    return out;
}

}  // namespace medtour::test
