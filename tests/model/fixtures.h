#pragma once

// Small fixture helpers shared by the model tests: the built-in dataset (parsed once), an
// inline-CSV parser that fails the test on error, and readable printing of Qt strings.

#include <model/builtindataset.h>
#include <model/filterstate.h>
#include <model/tidycsv.h>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>

inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace medtour::test {

/// The 19-column header of the tidy layout (resources/data/FORMAT.md), without a line end.
inline const QByteArray kHeader =
    "year,measure,nationality,nationality_ko,specialty,specialty_ko,institution_type,"
    "institution_type_ko,region,region_ko,value,share_pct,share_base,status,is_aggregate,"
    "reported_yoy_pct,confidence,source_ids,note";

/// The built-in MOHW / KHIDI cube, parsed once per test run.
inline std::shared_ptr<const ObservationCube> builtinCubePtr()
{
    static const std::shared_ptr<const ObservationCube> cube = [] {
        auto r = loadBuiltinDataset();
        EXPECT_TRUE(r.cube.has_value()) << r.error.toString().toStdString();
        return std::make_shared<const ObservationCube>(r.cube ? std::move(*r.cube) : ObservationCube{});
    }();
    return cube;
}
inline const ObservationCube &builtinCube() { return *builtinCubePtr(); }

/// Parses inline CSV (kHeader is prepended) and fails the current test on error.
inline ObservationCube cubeFromRows(const QByteArray &rows)
{
    auto r = TidyCsvReader::parse(kHeader + '\n' + rows, QStringLiteral("inline.csv"));
    EXPECT_TRUE(r.cube.has_value()) << r.error.toString().toStdString();
    return r.cube ? std::move(*r.cube) : ObservationCube{};
}

/// The default filter (2009–2024, no selection) with another focus year.
inline FilterState focusOn(int year)
{
    FilterState f;
    f.focusYear = year;
    return f;
}

/// The default filter with one dimension's selection set.
inline FilterState selecting(Dimension d, const QStringList &ids, int focusYear = 2024)
{
    FilterState f = focusOn(focusYear);
    f.selection(d) = ids;
    return f;
}

}  // namespace medtour::test
