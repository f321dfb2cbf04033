#include <model/breakdowntablemodel.h>

#include <model/modelroles.h>

#include "fixtures.h"
#include "languageguard.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace medtour;

namespace {
QModelIndex cell(const BreakdownTableModel &m, const QString &category, int year)
{
    const int row = static_cast<int>(m.categories().indexOf(category));
    EXPECT_GE(row, 0) << category.toStdString();
    return m.index(row, m.columnOfYear(year));
}
}  // namespace

TEST(BreakdownTableModel, specialtiesRankedByTheFocusYear)
{
    BreakdownTableModel model(Dimension::Specialty, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.recompute(test::builtinCube(), FilterState{});
    EXPECT_EQ(model.measure(), Measure::DepartmentBased);
    EXPECT_EQ(model.focusYear(), 2024);
    EXPECT_EQ(model.columnCount(), 16);
    EXPECT_EQ(model.categories().mid(0, 5),
              (QStringList{QStringLiteral("Dermatology"), QStringLiteral("Plastic surgery"),
                           QStringLiteral("Internal medicine (integrated)"), QStringLiteral("Health screening center"),
                           QStringLiteral("Korean medicine (integrated)")}));
    EXPECT_EQ(model.categoriesKo().first(), QStringLiteral("피부과"));
    EXPECT_EQ(cell(model, QStringLiteral("Dermatology"), 2024).data().toString(), QStringLiteral("705,044"));
    EXPECT_EQ(cell(model, QStringLiteral("Dermatology"), 2024).data(RawValueRole).toLongLong(), 705044);
    EXPECT_DOUBLE_EQ(*model.cell(0, model.columnOfYear(2024)).sharePct, 56.6);
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Dermatology"));
    EXPECT_EQ(model.headerData(15, Qt::Horizontal).toString(), QStringLiteral("2024"));
    EXPECT_EQ(model.columnOfYear(2030), -1);
}

TEST(BreakdownTableModel, combinedCategoriesAreLeftOut)
{
    BreakdownTableModel model(Dimension::Specialty, nullptr);
    FilterState f;
    f.topN = 50;
    model.recompute(test::builtinCube(), f);
    EXPECT_FALSE(model.categories().contains(QStringLiteral("Dermatology + plastic surgery (combined)")));
    EXPECT_TRUE(model.categories().contains(QStringLiteral("Family medicine")));  // a 2010-only part is kept
}

TEST(BreakdownTableModel, shareOnlyAndMissingCells)
{
    BreakdownTableModel model(Dimension::Specialty, nullptr);
    model.recompute(test::builtinCube(), FilterState{});
    const QModelIndex screening2009 = cell(model, QStringLiteral("Health screening center"), 2009);
    EXPECT_EQ(screening2009.data().toString(), QStringLiteral("≈13.9%"));  // a share, no count
    EXPECT_FALSE(screening2009.data(RawValueRole).isValid());
    EXPECT_EQ(screening2009.data(StatusRole).toString(), QStringLiteral("share_only"));
    const QModelIndex derm2009 = cell(model, QStringLiteral("Dermatology"), 2009);
    EXPECT_EQ(derm2009.data().toString(), QStringLiteral("6,015"));
    EXPECT_EQ(derm2009.data(Qt::ToolTipRole).toString(), QStringLiteral("9.3%"));
    const QModelIndex plastic2010 = cell(model, QStringLiteral("Plastic surgery"), 2010);
    EXPECT_FALSE(model.cell(plastic2010.row(), plastic2010.column()).hasData());  // only the combined row
    EXPECT_EQ(plastic2010.data().toString(), QStringLiteral("n/a"));
}

TEST(BreakdownTableModel, jsonSkipsMissingCells)
{
    BreakdownTableModel model(Dimension::Specialty, nullptr);
    model.recompute(test::builtinCube(), FilterState{});
    const QJsonArray rows = model.toJson();
    int published = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            published += model.cell(r, c).hasData() ? 1 : 0;
    EXPECT_EQ(rows.size(), published);
    for (const QJsonValue &v : rows)
        EXPECT_EQ(v.toObject().value(QStringLiteral("measure")).toString(), QStringLiteral("department_based"));
}

TEST(BreakdownTableModel, nationalitiesAreRealPatients)
{
    BreakdownTableModel model(Dimension::Nationality, nullptr);
    FilterState f;
    f.fromYear = 2023;
    model.recompute(test::builtinCube(), f);
    EXPECT_EQ(model.measure(), Measure::RealPatients);
    EXPECT_EQ(model.categories().first(), QStringLiteral("Japan"));
    EXPECT_EQ(cell(model, QStringLiteral("Japan"), 2023).data().toString(), QStringLiteral("187,711"));
    ASSERT_EQ(model.totals().size(), 2);
    EXPECT_EQ(model.totals().last().value, 1170467);
}

TEST(BreakdownTableModel, emptySelectionResultSaysWhy)
{
    BreakdownTableModel model(Dimension::Specialty, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    FilterState canada = test::selecting(Dimension::Nationality, {QStringLiteral("Canada")});
    model.recompute(test::builtinCube(), canada);
    EXPECT_EQ(model.categories(), QStringList{QStringLiteral("Plastic surgery")});  // 2018 cross tab only
    canada.fromYear = 2019;
    model.recompute(test::builtinCube(), canada);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.unavailableReason(), QStringLiteral("No published breakdown by specialty for 2024 in Nationality = Canada"));
    model.recompute(test::builtinCube(), test::selecting(Dimension::Specialty, {QStringLiteral("Atlantis")}));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.unavailableReason().isEmpty());
    EXPECT_TRUE(model.toJson().isEmpty());
}

TEST(BreakdownTableModel, focusOutsideTheRangeStillRanksOtherYears)
{
    BreakdownTableModel model(Dimension::Specialty, nullptr);
    FilterState f;
    f.fromYear = 2016;
    f.toYear = 2018;
    f.focusYear = 2024;
    model.recompute(test::builtinCube(), f);
    EXPECT_EQ(model.columnCount(), 3);
    EXPECT_GT(model.rowCount(), 0);
    EXPECT_EQ(model.totals().first().value, 425380);  // the published 2016 department-based total
}

TEST(BreakdownTableModel, recomputePublishesModelResetOnly)
{
    BreakdownTableModel model(Dimension::Specialty, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    FilterState narrow;
    narrow.fromYear = 2020;
    narrow.toYear = 2022;
    const QList<FilterState> filters = {
        FilterState{}, narrow, test::selecting(Dimension::Specialty, {QStringLiteral("Dermatology")}),
        test::selecting(Dimension::Nationality, {QStringLiteral("Japan"), QStringLiteral("China")}),
        test::selecting(Dimension::Nationality, {QStringLiteral("Atlantis")}), FilterState{}};
    for (const FilterState &f : filters)
        model.recompute(test::builtinCube(), f);
    EXPECT_EQ(reset.count(), filters.size());
    EXPECT_EQ(layout.count(), 0);
    EXPECT_GT(model.rowCount(), 0);
}

TEST(BreakdownTableModel, headersShowLocalizedNamesAndYearsAndKeepIds)
{
    BreakdownTableModel model(Dimension::Specialty, nullptr);
    model.recompute(test::builtinCube(), test::focusOn(2024));
    ASSERT_GT(model.rowCount(), 0);
    ASSERT_EQ(model.categories().first(), QStringLiteral("Dermatology"));
    const int last = model.columnCount() - 1;
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Dermatology"));
    EXPECT_EQ(model.headerData(last, Qt::Horizontal).toString(), QStringLiteral("2024"));
    EXPECT_EQ(model.categoriesJa().size(), model.categories().size());
    {
        const test::LanguageGuard japanese(Language::Japanese);
        EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), model.categoriesJa().first());
        EXPECT_FALSE(model.categoriesJa().first().isEmpty());
        EXPECT_EQ(model.headerData(last, Qt::Horizontal).toString(), QStringLiteral("2024年"));
        EXPECT_EQ(model.headerData(last, Qt::Horizontal, RawValueRole).toInt(), 2024);
        EXPECT_EQ(model.headerData(0, Qt::Vertical, CategoryIdRole).toString(), QStringLiteral("Dermatology"));
        EXPECT_EQ(model.index(0, last).data(CategoryIdRole).toString(), QStringLiteral("Dermatology"));
    }
    {
        const test::LanguageGuard korean(Language::Korean);
        EXPECT_EQ(model.categoryName(0), model.categoriesKo().first());
        EXPECT_EQ(model.headerData(last, Qt::Horizontal).toString(), QStringLiteral("2024년"));
    }
    EXPECT_EQ(model.toJson().first().toObject().value(QStringLiteral("name_ja")).toString(), model.categoriesJa().first());
}
