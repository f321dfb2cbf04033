#include <model/datasetmodel.h>

#include <model/modelroles.h>

#include "fixtures.h"
#include "languageguard.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace medtour;
using Column = DatasetModel::Column;

namespace {
QModelIndex cellOf(const DatasetModel &m, const CellKey &key, Column c)
{
    const int row = m.cube()->find(key);
    EXPECT_GE(row, 0);
    return m.index(row, static_cast<int>(c));
}
CellKey key(const ObservationCube &cube, int year, Measure m, const QString &nationality = kTotalId,
            const QString &specialty = kTotalId)
{
    CellKey k{year, m, {}};
    k.codes[0] = *cube.dictionary(Dimension::Nationality).find(nationality);
    k.codes[1] = *cube.dictionary(Dimension::Specialty).find(specialty);
    return k;
}
}  // namespace

TEST(DatasetModel, startsEmpty)
{
    DatasetModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), static_cast<int>(Column::Count));
    ASSERT_TRUE(model.cube());
}

TEST(DatasetModel, oneRowPerObservationAndResetOnReplace)
{
    DatasetModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setCube(test::builtinCubePtr());
    EXPECT_EQ(model.rowCount(), test::builtinCube().rowCount());
    EXPECT_EQ(reset.count(), 1);
    model.setCube(std::make_shared<const ObservationCube>(test::cubeFromRows(
        "2024,real_patients,_T,,_T,,_T,,_T,,1170467,,,exact,0,,high,S01,\n")));
    EXPECT_EQ(model.rowCount(), 1);
    model.setCube(nullptr);  // never null: an empty cube instead
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_TRUE(model.cube());
    EXPECT_EQ(reset.count(), 3);
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 0);
}

TEST(DatasetModel, officialTotalIsFormattedAndTyped)
{
    DatasetModel model(nullptr);
    model.setCube(test::builtinCubePtr());
    const CellKey k = key(test::builtinCube(), 2024, Measure::RealPatients);
    EXPECT_EQ(cellOf(model, k, Column::Value).data().toString(), QStringLiteral("1,170,467"));
    EXPECT_EQ(cellOf(model, k, Column::Value).data(RawValueRole).toLongLong(), 1170467);
    EXPECT_EQ(cellOf(model, k, Column::Year).data().toString(), QStringLiteral("2024"));
    EXPECT_EQ(cellOf(model, k, Column::Year).data(RawValueRole).typeId(), QMetaType::Int);
    EXPECT_EQ(cellOf(model, k, Column::Nationality).data().toString(), QStringLiteral("Total"));
    EXPECT_EQ(cellOf(model, k, Column::Nationality).data(CategoryIdRole).toString(), QStringLiteral("_T"));
    EXPECT_EQ(cellOf(model, k, Column::Measure).data().toString(), QStringLiteral("Real patients"));
    EXPECT_EQ(cellOf(model, k, Column::Measure).data(RawValueRole).toString(), QStringLiteral("real_patients"));
    EXPECT_EQ(cellOf(model, k, Column::Status).data().toString(), QStringLiteral("exact"));
    EXPECT_EQ(cellOf(model, k, Column::Share).data().toString(), QStringLiteral("n/a"));
    EXPECT_TRUE(cellOf(model, k, Column::Sources).data().toString().startsWith(QStringLiteral("S01; S05")));
    EXPECT_TRUE(cellOf(model, k, Column::Value).data(SourceIdsRole).toStringList().contains(QStringLiteral("S01")));
    EXPECT_TRUE(cellOf(model, k, Column::Value).data(Qt::TextAlignmentRole).isValid());
}

TEST(DatasetModel, categoryShowsOneNameInTheCurrentLanguage)
{
    DatasetModel model(nullptr);
    model.setCube(test::builtinCubePtr());
    const CellKey k = key(test::builtinCube(), 2024, Measure::RealPatients, QStringLiteral("Japan"));
    const QModelIndex japan = cellOf(model, k, Column::Nationality);
    EXPECT_EQ(japan.data().toString(), QStringLiteral("Japan"));
    {
        const test::LanguageGuard korean(Language::Korean);
        EXPECT_EQ(japan.data().toString(), QStringLiteral("일본"));
        EXPECT_EQ(cellOf(model, k, Column::Year).data().toString(), QStringLiteral("2024년"));
    }
    {
        const test::LanguageGuard japanese(Language::Japanese);
        EXPECT_EQ(japan.data().toString(), QStringLiteral("日本"));
        EXPECT_EQ(cellOf(model, k, Column::Year).data().toString(), QStringLiteral("2024年"));
        EXPECT_EQ(japan.data(CategoryIdRole).toString(), QStringLiteral("Japan"));
        EXPECT_EQ(japan.data(RawValueRole).toString(), QStringLiteral("Japan"));
        EXPECT_EQ(cellOf(model, k, Column::Year).data(RawValueRole).toInt(), 2024);
    }
    EXPECT_EQ(japan.data(CategoryIdRole).toString(), QStringLiteral("Japan"));
    EXPECT_EQ(cellOf(model, k, Column::Share).data().toString(), QStringLiteral("37.7%"));
    EXPECT_DOUBLE_EQ(cellOf(model, k, Column::Share).data(RawValueRole).toDouble(), 37.7);
}

TEST(DatasetModel, missingCountIsNaNotZero)
{
    DatasetModel model(nullptr);
    model.setCube(test::builtinCubePtr());
    const CellKey k = key(test::builtinCube(), 2022, Measure::RealPatients, QStringLiteral("United States"));
    EXPECT_EQ(cellOf(model, k, Column::Value).data().toString(), QStringLiteral("n/a"));
    EXPECT_FALSE(cellOf(model, k, Column::Value).data(RawValueRole).isValid());
    EXPECT_EQ(cellOf(model, k, Column::Status).data(StatusRole).toString(), QStringLiteral("share_only"));
}

TEST(DatasetModel, derivedTotalIsMarkedApproximate)
{
    DatasetModel model(nullptr);
    model.setCube(test::builtinCubePtr());
    const CellKey k = key(test::builtinCube(), 2021, Measure::RealPatients);
    EXPECT_EQ(cellOf(model, k, Column::Value).data().toString(), QStringLiteral("≈145,842"));
    EXPECT_EQ(cellOf(model, k, Column::Status).data().toString(), QStringLiteral("derived"));
}

TEST(DatasetModel, retranslateAnnouncesEveryHeaderAndCell)
{
    DatasetModel model(nullptr);
    model.setCube(test::builtinCubePtr());
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    ASSERT_EQ(headers.size(), 1);
    EXPECT_EQ(headers.first().at(2).toInt(), model.columnCount() - 1);
    ASSERT_EQ(cells.size(), 1);
    EXPECT_EQ(cells.first().at(1).toModelIndex().row(), model.rowCount() - 1);
}

TEST(DatasetModel, headersNameEveryColumn)
{
    DatasetModel model(nullptr);
    for (int c = 0; c < model.columnCount(); ++c)
        EXPECT_FALSE(model.headerData(c, Qt::Horizontal).toString().isEmpty()) << c;
    EXPECT_EQ(model.headerData(static_cast<int>(Column::Value), Qt::Horizontal).toString(), QStringLiteral("Patients"));
}
