// The record-level fast path (registryreader.h): counts equal the generator's marginals
// exactly, cells equal the general reader's, chunk boundaries inside quotes are handled, bad
// lines are reported with line and column and nothing is applied.
#include <model/import/importer.h>
#include "../common/generatedregistry.h"
#include <model/import/registryreader.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

using namespace medtour;

namespace {

const QString kFastPath = QStringLiteral("parallel record-level reader");

bool usedFastPath(const ImportResult &r)
{
    return r.provenance.guesses.join(QLatin1Char('\n')).contains(kFastPath);
}

// Every cell of a cube as "year|measure|nationality|specialty|institution_type|region" -> value.
std::map<QString, qint64> cells(const ObservationCube &cube)
{
    std::map<QString, qint64> out;
    for (int i = 0; i < cube.rowCount(); ++i) {
        const ObservationCube::Row row = cube.row(i);
        QStringList key{QString::number(row.key.year), measureId(row.key.measure)};
        for (Dimension d : kAllDimensions)
            key << cube.dictionary(d).category(row.key.codes[static_cast<int>(d)]).id;
        out[key.join(QLatin1Char('|'))] = row.value.value_or(-1);
    }
    return out;
}

// A registry written in C++: `rows` records with dates, four categories, a quoted note that
// holds the delimiter, quotes and (every `multiline` rows) a line break, and CRLF line ends.
QByteArray registry(int rows, int multiline = 0)
{
    const char *nat[] = {"Japan", "China", "United States", "일본", "Mongolia"};
    const char *spec[] = {"Dermatology", "Plastic surgery", "피부과"};
    const char *region[] = {"Seoul", "Busan", "Jeju", "\"Gyeonggi\""};
    QByteArray csv = "\xEF\xBB\xBFvisit_date,nationality,specialty,region,note\r\n";
    for (int i = 0; i < rows; ++i) {
        csv += QByteArray::number(2020 + i % 5) + "-0" + QByteArray::number(1 + i % 9) + "-1" + QByteArray::number(i % 10);
        csv += ',';
        csv += nat[i % 5];
        csv += ',';
        csv += spec[(i / 5) % 3];
        csv += ',';
        csv += region[(i / 7) % 4];
        csv += multiline && i % multiline == 0 ? ",\"a, \"\"b\"\"\nsecond line\"\r\n" : ",plain\r\n";
    }
    return csv;
}

}  // namespace

TEST(RegistryReader, countsEqualTheGeneratorsMarginalsExactly)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("registry.csv"));
    QString generatorError;
    const auto generated = test::generateRegistry(file, 200000, 11, &generatorError);
    ASSERT_TRUE(generated) << generatorError.toStdString();
    const QJsonObject marginals = *generated;

    const ImportResult result = importFile(file);
    ASSERT_TRUE(result.cube) << result.error.message.toStdString();
    EXPECT_TRUE(usedFastPath(result)) << "a 13 MB record-level file takes the fast path";
    EXPECT_EQ(result.provenance.dataRows, 200000);
    EXPECT_TRUE(result.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("\"sex\" (column 6)")));
    // Expected: every (year, category-or-Total per dimension) sum of the generator's full cells;
    // cells with a specialty are department-based counts, the others real patients and (every
    // record has a specialty) department-based totals of the same value.
    const QStringList dims{QStringLiteral("nationality"), QStringLiteral("specialty"),
                           QStringLiteral("institution_type"), QStringLiteral("region")};
    std::map<QString, qint64> expected;
    const QJsonObject full = marginals.value(QStringLiteral("cells")).toObject();
    for (auto it = full.begin(); it != full.end(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('|'));
        for (int mask = 0; mask < 16; ++mask) {
            QStringList key{parts.at(0), measureId((mask & 2) ? Measure::DepartmentBased : Measure::RealPatients)};
            for (int d = 0; d < 4; ++d)
                key << ((mask & (1 << d)) ? parts.at(d + 1) : kTotalId);
            expected[key.join(QLatin1Char('|'))] += it.value().toInteger();
            if (!(mask & 2)) {
                key[1] = measureId(Measure::DepartmentBased);
                expected[key.join(QLatin1Char('|'))] += it.value().toInteger();
            }
        }
    }
    EXPECT_EQ(cells(*result.cube), expected);

    // And the one-dimensional marginals the generator reports directly.
    const QJsonObject byYear = marginals.value(QStringLiteral("by_year")).toObject();
    qint64 total = 0;
    for (auto y = byYear.begin(); y != byYear.end(); ++y) {
        const int year = y.key().toInt();
        CellKey yearTotal{year, Measure::RealPatients, {}};
        const int row = result.cube->find(yearTotal);
        ASSERT_GE(row, 0);
        EXPECT_EQ(result.cube->row(row).value, marginals.value(QStringLiteral("years")).toObject().value(y.key()).toInteger());
        total += *result.cube->row(row).value;
        const QJsonObject nationality = y.value().toObject().value(QStringLiteral("nationality")).toObject();
        for (auto c = nationality.begin(); c != nationality.end(); ++c) {
            CellKey key = yearTotal;
            key.codes[0] = *result.cube->dictionary(Dimension::Nationality).find(c.key());
            EXPECT_EQ(result.cube->row(result.cube->find(key)).value, c.value().toInteger()) << year << c.key().toStdString();
        }
    }
    EXPECT_EQ(total, 200000);
}

TEST(RegistryReader, givesTheSameCellsAsTheGeneralReader)
{
    const QByteArray csv = registry(5000, 7);
    ImportOptions options;
    const auto fast = importRegistryBytes(csv, QStringLiteral("r.csv"), options);
    const ImportResult general = importBytes(csv, QStringLiteral("r.csv"), options);
    ASSERT_TRUE(fast && fast->cube) << (fast ? fast->error.message.toStdString() : "not read");
    ASSERT_TRUE(general.cube) << general.error.message.toStdString();
    EXPECT_EQ(cells(*fast->cube), cells(*general.cube));
    EXPECT_EQ(fast->provenance.dataRows, general.provenance.dataRows);
    EXPECT_EQ(fast->provenance.encoding, QStringLiteral("UTF-8 with BOM"));
    EXPECT_EQ(fast->warnings, general.warnings);
}

TEST(RegistryReader, givesTheSameMeasuresAsTheGeneralReaderWhenSpecialtiesAreBlank)
{
    // Records without a specialty: real patients in the totals, not in the department-based ones.
    const QByteArray csv = registry(3000).replace(",Plastic surgery,", ",,");
    const auto fast = importRegistryBytes(csv, QStringLiteral("r.csv"), ImportOptions());
    const ImportResult general = importBytes(csv, QStringLiteral("r.csv"), ImportOptions());
    ASSERT_TRUE(fast && fast->cube) << (fast ? fast->error.message.toStdString() : "not read");
    ASSERT_TRUE(general.cube) << general.error.message.toStdString();
    EXPECT_EQ(cells(*fast->cube), cells(*general.cube));
    const auto c = cells(*fast->cube);
    const qint64 real = c.at(QStringLiteral("2024|real_patients|_T|_T|_T|_T"));
    const qint64 department = c.at(QStringLiteral("2024|department_based|_T|_T|_T|_T"));
    EXPECT_EQ(real, 600);
    EXPECT_EQ(department, 400) << "every third record has no specialty";
    const QString note = QStringLiteral("record-level: each row counted as one patient; cells by specialty are "
                                        "department-based counts");
    EXPECT_EQ(fast->provenance.guesses.count(note), 1) << fast->provenance.guesses.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(general.provenance.guesses.count(note), 1) << general.provenance.guesses.join(QLatin1Char('\n')).toStdString();
}

TEST(RegistryReader, givesKoreanAndEnglishNamedCategoriesTheBuiltInJapaneseNames)
{
    const auto fast = importRegistryBytes(registry(500), QStringLiteral("r.csv"), ImportOptions());
    ASSERT_TRUE(fast && fast->cube) << (fast ? fast->error.message.toStdString() : "not read");
    const CategoryDictionary &nat = fast->cube->dictionary(Dimension::Nationality);
    const Category &japan = nat.category(*nat.find(QStringLiteral("Japan")));  // "Japan" and "일본" rows
    EXPECT_EQ(japan.nameKo, QStringLiteral("일본"));
    EXPECT_EQ(japan.nameJa, QStringLiteral("日本"));
    const CategoryDictionary &spec = fast->cube->dictionary(Dimension::Specialty);
    EXPECT_EQ(spec.category(*spec.find(QStringLiteral("Dermatology"))).nameJa, QStringLiteral("皮膚科"));
}

TEST(RegistryReader, readsAChunkAgainWhenItsBoundaryFallsInsideAQuotedField)
{
    // Every row carries a multi-line quoted note, so most raw boundaries land inside quotes.
    const QByteArray csv = registry(2000, 1);
    RegistryInput in;
    in.fileName = QStringLiteral("q.csv");
    const QByteArray body = csv.mid(3);  // without the BOM
    in.data = body.constData();
    in.size = body.size();
    in.spec = importBytes(csv, in.fileName).spec;
    in.header = QStringList{QStringLiteral("visit_date"), QStringLiteral("nationality"), QStringLiteral("specialty"),
                            QStringLiteral("region"), QStringLiteral("note")};
    const ImportResult general = importBytes(csv, in.fileName);
    for (int threads : {1, 2, 3, 8, 64}) {
        in.threads = threads;
        const auto fast = readRegistry(in, {});
        ASSERT_TRUE(fast && fast->cube) << threads;
        EXPECT_EQ(cells(*fast->cube), cells(*general.cube)) << threads << " threads";
    }
}

TEST(RegistryReader, reportsABadDateWithItsLineAndColumnAndAppliesNothing)
{
    QByteArray csv = registry(3000);
    // Physical line 2,001 (the header is line 1): the 2,000th record.
    int pos = 0;
    for (int line = 1; line < 2001; ++line)
        pos = static_cast<int>(csv.indexOf('\n', pos)) + 1;
    csv.replace(pos, 10, "2024-13-xx");
    const auto fast = importRegistryBytes(csv, QStringLiteral("bad.csv"), {});
    ASSERT_TRUE(fast);
    EXPECT_FALSE(fast->cube);
    EXPECT_EQ(fast->error.line, 2001);
    EXPECT_EQ(fast->error.column, 1);
    EXPECT_TRUE(fast->error.message.contains(QStringLiteral("2024-13-xx"))) << fast->error.message.toStdString();
}

TEST(RegistryReader, reportsTooManyFieldsInvalidUtf8AndAnUnterminatedQuote)
{
    const QByteArray header = "year,nationality,specialty\n";
    QByteArray rows;  // past the 256 KiB the general reader looks at first
    for (int i = 0; i < 12000; ++i)
        rows += "2024,Japan,Dermatology\n";
    struct Case { QByteArray line; int column; const char *what; };
    const Case cases[] = {
        {"2024,Japan,Dermatology,extra\n", 24, "expected at most 3 fields"},
        {"2024,일본,Derm\xFF\n", 13, "invalid byte 0xFF"},
        {"2024,\"Japan,Dermatology\n", 6, "unterminated quoted field"},
    };
    for (const Case &c : cases) {
        const auto result = importRegistryBytes(header + rows + c.line + rows, QStringLiteral("x.csv"), {});
        ASSERT_TRUE(result) << c.what;
        EXPECT_FALSE(result->cube) << c.what;
        EXPECT_EQ(result->error.line, 12002) << c.what;
        EXPECT_EQ(result->error.column, c.column) << c.what;
        EXPECT_TRUE(result->error.message.contains(QLatin1String(c.what))) << result->error.message.toStdString();
    }
}

TEST(RegistryReader, leavesFilesItCannotReadToTheGeneralReader)
{
    // A quote inside an unquoted field, and a long table (with a count column).
    EXPECT_FALSE(importRegistryBytes("year,nationality\n2024,Ja\"pan\n", QStringLiteral("a.csv"), {}));
    EXPECT_FALSE(importRegistryBytes("연도,국적,환자수\n2024,Japan,100\n", QStringLiteral("b.csv"), {}));
}

TEST(RegistryReader, readsUtf16AfterConvertingIt)
{
    const QString text = QString::fromUtf8(registry(500).mid(3));
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray utf16 = encoder.encode(text);
    const auto fast = importRegistryBytes(utf16, QStringLiteral("u.csv"), {});
    const ImportResult general = importBytes(utf16, QStringLiteral("u.csv"));
    ASSERT_TRUE(fast && fast->cube);
    EXPECT_EQ(fast->provenance.encoding, QStringLiteral("UTF-16LE"));
    EXPECT_EQ(cells(*fast->cube), cells(*general.cube));
}

TEST(RegistryReader, stopsWhenProgressSaysCancel)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("big.csv"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(registry(200000));
    f.close();
    int calls = 0;
    ImportOptions options;
    options.progress = [&calls](qint64 done, qint64 total) {
        EXPECT_LE(done, total);
        ++calls;
        return false;
    };
    const auto result = importRegistryFile(file, options, 0);
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->cancelled);
    EXPECT_FALSE(result->cube);
    EXPECT_EQ(calls, 1);
}
