// A record-level registry with a specialty column gives the dashboard its KPIs: the total
// (one row = one real patient) with YoY growth, the top nationality's share of it, and the top
// specialty on department-based counts (the cells by specialty).
#include <model/dashboardmodel.h>
#include "../common/generatedregistry.h"
#include <model/import/importer.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

const QString kRecordNote =
    QStringLiteral("record-level: each row counted as one patient; cells by specialty are department-based counts");

// The category of `dimension` with the most records in `year` of the generator's marginals.
std::pair<QString, qint64> topOf(const QJsonObject &marginals, int year, const QString &dimension)
{
    const QJsonObject counts = marginals.value(QStringLiteral("by_year")).toObject()
                                   .value(QString::number(year)).toObject().value(dimension).toObject();
    std::pair<QString, qint64> best{QString(), -1};
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (!it.key().contains(QStringLiteral("not published")) && it.value().toInteger() > best.second)
            best = {it.key(), it.value().toInteger()};
    }
    return best;
}

}  // namespace

TEST(RegistrySummary, recordLevelFileGivesTotalGrowthNationalityShareAndTopSpecialty)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("registry.csv"));
    QString generatorError;
    const auto generated = test::generateRegistry(file, 200000, 11, &generatorError);
    ASSERT_TRUE(generated) << generatorError.toStdString();
    const QJsonObject marginals = *generated;
    const QJsonObject years = marginals.value(QStringLiteral("years")).toObject();
    const qint64 rows2024 = years.value(QStringLiteral("2024")).toInteger();
    const qint64 rows2023 = years.value(QStringLiteral("2023")).toInteger();
    ASSERT_GT(rows2023, 0);

    ImportResult imported = importFile(file);
    ASSERT_TRUE(imported.cube) << imported.error.message.toStdString();
    EXPECT_EQ(imported.provenance.guesses.count(kRecordNote), 1) << imported.provenance.guesses.join(QLatin1Char('\n')).toStdString();

    QObject owner;
    auto *model = new DashboardModel(&owner);
    model->setCube(std::make_shared<const ObservationCube>(std::move(*imported.cube)));
    const Summary &s = model->summary();
    ASSERT_EQ(s.focusYear, 2024);
    EXPECT_EQ(s.totalMeasure, Measure::RealPatients);
    ASSERT_TRUE(s.total.value.has_value()) << "a record-level file has a real-patient total";
    EXPECT_EQ(*s.total.value, rows2024);
    ASSERT_TRUE(s.total.yoyPct.has_value());
    EXPECT_NEAR(*s.total.yoyPct, (double(rows2024) / double(rows2023) - 1.0) * 100.0, 1e-6);

    const auto [nationality, natCount] = topOf(marginals, 2024, QStringLiteral("nationality"));
    ASSERT_TRUE(s.topNationality.has_value());
    EXPECT_EQ(s.topNationality->id, nationality);
    EXPECT_EQ(s.topNationality->cell.value, natCount);
    ASSERT_TRUE(s.topNationality->cell.sharePct.has_value());
    EXPECT_NEAR(*s.topNationality->cell.sharePct, 100.0 * double(natCount) / double(rows2024), 1e-6);

    const auto [specialty, specCount] = topOf(marginals, 2024, QStringLiteral("specialty"));
    ASSERT_TRUE(s.topSpecialty.has_value());
    EXPECT_EQ(s.topSpecialty->id, specialty);
    EXPECT_EQ(s.topSpecialty->cell.value, specCount);
    ASSERT_TRUE(s.topSpecialty->cell.sharePct.has_value());
    EXPECT_NEAR(*s.topSpecialty->cell.sharePct, 100.0 * double(specCount) / double(rows2024), 1e-6)
        << "each record has one specialty: the department-based counts sum to the records";
    // The top specialty's count is the department-based cell; no real-patient cell by specialty.
    const ObservationCube &cube = *model->cube();
    CellKey key{2024, Measure::DepartmentBased, {}};
    key.codes[static_cast<int>(Dimension::Specialty)] = *cube.dictionary(Dimension::Specialty).find(specialty);
    ASSERT_GE(cube.find(key), 0);
    EXPECT_EQ(cube.row(cube.find(key)).value, specCount);
    key.measure = Measure::RealPatients;
    EXPECT_LT(cube.find(key), 0);
}
