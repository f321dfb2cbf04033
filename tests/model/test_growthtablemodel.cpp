#include <model/growthtablemodel.h>

#include <model/modelroles.h>

#include "fixtures.h"
#include "languageguard.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace medtour;

namespace {
QVariant at(const GrowthTableModel &m, int year, int s, bool yoy, int role = Qt::DisplayRole)
{
    const int row = static_cast<int>(m.years().indexOf(year));
    EXPECT_GE(row, 0) << year;
    return m.index(row, GrowthTableModel::columnOf(s, yoy)).data(role);
}
}  // namespace

TEST(GrowthTableModel, allPatientsSeriesOverTheOfficialYears)
{
    GrowthTableModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.recompute(test::builtinCube(), FilterState{});
    EXPECT_EQ(model.rowCount(), 16);
    EXPECT_EQ(model.columnCount(), 3);
    ASSERT_EQ(model.series().size(), 1);
    EXPECT_EQ(model.series().first().id, QStringLiteral("All"));
    EXPECT_EQ(model.measure(), Measure::RealPatients);
    EXPECT_EQ(at(model, 2024, 0, false).toString(), QStringLiteral("1,170,467"));
    EXPECT_EQ(at(model, 2024, 0, true).toString(), QStringLiteral("+93.2%"));
    EXPECT_EQ(at(model, 2023, 0, false).toString(), QStringLiteral("605,768"));
    EXPECT_EQ(at(model, 2024, 0, false, RawValueRole).toLongLong(), 1170467);
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("2009"));
    EXPECT_EQ(model.index(0, 0).data(RawValueRole).toInt(), 2009);
    EXPECT_EQ(at(model, 2009, 0, true).toString(), QStringLiteral("n/a"));  // no 2008
    EXPECT_TRUE(model.unavailableReason().isEmpty());
}

TEST(GrowthTableModel, derivedTotalIsShownApproximate)
{
    GrowthTableModel model(nullptr);
    model.recompute(test::builtinCube(), FilterState{});
    EXPECT_EQ(at(model, 2021, 0, false).toString(), QStringLiteral("≈145,842"));
    EXPECT_EQ(at(model, 2021, 0, false, StatusRole).toString(), QStringLiteral("derived"));
    EXPECT_TRUE(at(model, 2021, 0, true).toString().endsWith(QStringLiteral("+24.6%")));
}

TEST(GrowthTableModel, japanSeriesGrows135Percent)
{
    GrowthTableModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.recompute(test::builtinCube(), test::selecting(Dimension::Nationality, {QStringLiteral("Japan")}));
    ASSERT_EQ(model.series().size(), 1);
    EXPECT_EQ(model.series().first().id, QStringLiteral("Japan"));
    EXPECT_EQ(model.series().first().nameKo, QStringLiteral("일본"));
    EXPECT_EQ(at(model, 2023, 0, false).toString(), QStringLiteral("187,711"));
    EXPECT_EQ(at(model, 2024, 0, false).toString(), QStringLiteral("441,112"));
    EXPECT_EQ(at(model, 2024, 0, true).toString(), QStringLiteral("+135.0%"));
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Japan patients"));
    EXPECT_EQ(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Japan YoY"));
}

TEST(GrowthTableModel, missingYearIsNaNotZero)
{
    GrowthTableModel model(nullptr);
    model.recompute(test::builtinCube(), test::selecting(Dimension::Nationality, {QStringLiteral("Russia")}));
    EXPECT_EQ(at(model, 2024, 0, false).toString(), QStringLiteral("n/a"));
    EXPECT_FALSE(at(model, 2024, 0, false, RawValueRole).isValid());
    EXPECT_EQ(at(model, 2016, 0, false).toString(), QStringLiteral("25,533"));
    EXPECT_TRUE(model.unavailableReason().isEmpty());  // other years have counts
    const QJsonObject last = model.toJson().last().toObject();
    EXPECT_EQ(last.value(QStringLiteral("year")).toInt(), 2024);
    EXPECT_TRUE(last.value(QStringLiteral("patients")).isNull());
}

TEST(GrowthTableModel, reportedGrowthIsShownWithoutACount)
{
    GrowthTableModel model(nullptr);
    model.recompute(test::builtinCube(), test::selecting(Dimension::Nationality, {QStringLiteral("Canada")}));
    EXPECT_EQ(at(model, 2022, 0, false).toString(), QStringLiteral("n/a"));
    EXPECT_EQ(at(model, 2022, 0, true).toString(), QStringLiteral("+102.2%"));
    EXPECT_TRUE(model.series().first().points.at(model.years().indexOf(2022)).yoyReported);
}

TEST(GrowthTableModel, oneSeriesPerSelectedNationality)
{
    GrowthTableModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    FilterState f = test::selecting(Dimension::Nationality, {QStringLiteral("China"), QStringLiteral("Japan")});
    f.fromYear = 2023;
    model.recompute(test::builtinCube(), f.normalized(2009, 2024));
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), 5);
    EXPECT_EQ(model.series().at(0).id, QStringLiteral("China"));
    EXPECT_EQ(at(model, 2024, 0, false).toString(), QStringLiteral("260,641"));
    EXPECT_EQ(at(model, 2024, 1, false).toString(), QStringLiteral("441,112"));
    EXPECT_EQ(model.toJson().size(), 4);
}

TEST(GrowthTableModel, specialtyFilterUsesDepartmentBasedCounts)
{
    GrowthTableModel model(nullptr);
    model.recompute(test::builtinCube(), test::selecting(Dimension::Specialty, {QStringLiteral("Dermatology")}));
    EXPECT_EQ(model.measure(), Measure::DepartmentBased);
    EXPECT_EQ(at(model, 2024, 0, false).toString(), QStringLiteral("705,044"));
}

TEST(GrowthTableModel, unknownNationalityGivesAReason)
{
    GrowthTableModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.recompute(test::builtinCube(), test::selecting(Dimension::Nationality, {QStringLiteral("Atlantis")}));
    EXPECT_TRUE(model.unavailableReason().contains(QStringLiteral("Atlantis")));
    for (int y = 2009; y <= 2024; ++y)
        EXPECT_EQ(at(model, y, 0, false).toString(), QStringLiteral("n/a"));
}

TEST(GrowthTableModel, recomputePublishesModelResetOnly)
{
    GrowthTableModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    FilterState narrow;
    narrow.fromYear = 2020;
    const QList<FilterState> filters = {
        FilterState{}, narrow, test::selecting(Dimension::Nationality, {QStringLiteral("Japan"), QStringLiteral("China")}),
        test::selecting(Dimension::Nationality, {QStringLiteral("Atlantis")}), FilterState{}};
    for (const FilterState &f : filters)
        model.recompute(test::builtinCube(), f);
    EXPECT_EQ(reset.count(), filters.size());
    EXPECT_EQ(layout.count(), 0);
    EXPECT_EQ(model.rowCount(), 16);
}

TEST(GrowthTableModel, yearsAndSeriesNamesFollowTheLanguage)
{
    GrowthTableModel model(nullptr);
    FilterState f = test::selecting(Dimension::Nationality, {QStringLiteral("Japan")});
    f.fromYear = 2023;
    const FilterState filter = f.normalized(2009, 2024);
    model.recompute(test::builtinCube(), filter);
    EXPECT_EQ(model.index(1, 0).data().toString(), QStringLiteral("2024"));
    EXPECT_EQ(model.series().first().label, QStringLiteral("Japan"));
    EXPECT_EQ(model.series().first().nameJa, QStringLiteral("日本"));
    {
        const test::LanguageGuard japanese(Language::Japanese);
        model.recompute(test::builtinCube(), filter);
        EXPECT_EQ(model.index(1, 0).data().toString(), QStringLiteral("2024年"));
        EXPECT_EQ(model.index(1, 0).data(RawValueRole).toInt(), 2024);
        EXPECT_EQ(model.series().first().id, QStringLiteral("Japan"));
        EXPECT_EQ(model.series().first().label, QStringLiteral("日本"));
        EXPECT_TRUE(model.headerData(1, Qt::Horizontal).toString().contains(QStringLiteral("日本")));
    }
    {
        const test::LanguageGuard korean(Language::Korean);
        model.recompute(test::builtinCube(), filter);
        EXPECT_EQ(model.index(1, 0).data().toString(), QStringLiteral("2024년"));
        EXPECT_EQ(model.series().first().label, QStringLiteral("일본"));
        EXPECT_EQ(model.toJson().first().toObject().value(QStringLiteral("series")).toString(), QStringLiteral("Japan"));
    }
}

TEST(GrowthTableModel, sliceLabelNamesTheSelectionInTheCurrentLanguage)
{
    GrowthTableModel model(nullptr);
    const FilterState dermatology = test::selecting(Dimension::Specialty, {QStringLiteral("Dermatology")});
    model.recompute(test::builtinCube(), dermatology);
    EXPECT_EQ(model.series().first().id, QStringLiteral("All"));
    EXPECT_EQ(model.series().first().label, QStringLiteral("Dermatology (department-based)"));
    const test::LanguageGuard korean(Language::Korean);
    model.recompute(test::builtinCube(), dermatology);
    EXPECT_EQ(model.series().first().id, QStringLiteral("All"));
    EXPECT_TRUE(model.series().first().label.startsWith(QStringLiteral("피부과"))) << model.series().first().label.toStdString();
}
