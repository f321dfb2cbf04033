#include <model/comparisontablemodel.h>
#include <model/modelroles.h>

#include "fixtures.h"
#include "languageguard.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

int rowOf(const ComparisonTableModel &m, const QString &id)
{
    for (int r = 0; r < m.rowCount(); ++r) {
        if (m.rows().at(r).id == id)
            return r;
    }
    return -1;
}

QString text(const ComparisonTableModel &m, int row, ComparisonTableModel::Column c)
{
    return m.index(row, static_cast<int>(c)).data().toString();
}

}  // namespace

TEST(ComparisonTableModel, nationalities2023Versus2024MatchTheOfficialFigures)
{
    ComparisonTableModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.recompute(test::builtinCube(), FilterState{}, ComparisonSpec{});
    const int japan = rowOf(model, QStringLiteral("Japan"));
    ASSERT_EQ(japan, 0);  // ranked by 2024
    using C = ComparisonTableModel::Column;
    EXPECT_EQ(text(model, japan, C::A), QStringLiteral("187,711"));
    EXPECT_EQ(text(model, japan, C::B), QStringLiteral("441,112"));
    EXPECT_EQ(text(model, japan, C::Change), QStringLiteral("+253,401"));
    EXPECT_EQ(text(model, japan, C::ChangePct), QStringLiteral("+135.0%"));
    EXPECT_EQ(model.index(japan, static_cast<int>(C::Change)).data(RawValueRole).toLongLong(), 253401);
    const int total = model.rowCount() - 1;
    EXPECT_TRUE(model.rows().at(total).isTotal);
    EXPECT_EQ(text(model, total, C::A), QStringLiteral("605,768"));
    EXPECT_EQ(text(model, total, C::B), QStringLiteral("1,170,467"));
    EXPECT_EQ(text(model, total, C::ChangePct), QStringLiteral("+93.2%"));
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("2023"));
    EXPECT_EQ(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("2024"));
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Nationality"));
}

TEST(ComparisonTableModel, twoNationalitiesGiveOneRowPerYear)
{
    ComparisonTableModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    FilterState f;
    f.fromYear = 2023;
    ComparisonSpec spec;
    spec.kind = ComparisonSpec::Kind::Categories;
    spec.categoryA = QStringLiteral("Japan");
    spec.categoryB = QStringLiteral("China");
    model.recompute(test::builtinCube(), f, spec);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rows().at(1).id, QStringLiteral("2024"));
    EXPECT_EQ(model.rows().at(1).a.value, 441112);
    EXPECT_EQ(model.rows().at(1).change, *model.rows().at(1).b.value - 441112);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Japan"));
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Year"));
}

TEST(ComparisonTableModel, missingCountsGiveNoChange)
{
    ComparisonTableModel model(nullptr);
    ComparisonSpec spec;
    spec.kind = ComparisonSpec::Kind::Categories;
    spec.categoryA = QStringLiteral("Japan");
    spec.categoryB = QStringLiteral("Atlantis");
    FilterState f;
    f.fromYear = 2024;
    model.recompute(test::builtinCube(), f, spec);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_FALSE(model.rows().first().change.has_value());
    EXPECT_EQ(text(model, 0, ComparisonTableModel::Column::Change), QStringLiteral("n/a"));
    EXPECT_EQ(text(model, 0, ComparisonTableModel::Column::B), QStringLiteral("n/a"));
}

TEST(ComparisonTableModel, noDataAnywhereSaysWhy)
{
    ComparisonTableModel model(nullptr);
    ComparisonSpec spec;
    spec.yearA = 1990;
    spec.yearB = 1991;
    model.recompute(test::builtinCube(), FilterState{}, spec);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(model.unavailableReason().contains(QStringLiteral("1990")));
}

TEST(ComparisonTableModel, recomputePublishesOneModelReset)
{
    ComparisonTableModel model(nullptr);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    model.recompute(test::builtinCube(), FilterState{}, ComparisonSpec{});
    EXPECT_EQ(resets.count(), 1);
    EXPECT_EQ(layouts.count(), 0);
    EXPECT_EQ(ComparisonTableModel::formatChange(-1200, ObservationStatus::Exact), QStringLiteral("−1,200"));
    EXPECT_EQ(ComparisonTableModel::formatChange(1000, ObservationStatus::Rounded1000), QStringLiteral("≈+1,000"));
}

TEST(ComparisonTableModel, labelsFollowTheLanguageAndIdsStay)
{
    ComparisonTableModel model(nullptr);
    model.recompute(test::builtinCube(), FilterState{}, ComparisonSpec{});
    const int japan = rowOf(model, QStringLiteral("Japan"));
    ASSERT_GE(japan, 0);
    using C = ComparisonTableModel::Column;
    const int total = model.rowCount() - 1;
    EXPECT_EQ(text(model, japan, C::Label), QStringLiteral("Japan"));
    EXPECT_EQ(text(model, total, C::Label), QStringLiteral("Total"));
    {
        const test::LanguageGuard japanese(Language::Japanese);
        EXPECT_EQ(text(model, japan, C::Label), QStringLiteral("日本"));
        EXPECT_EQ(text(model, total, C::Label), QStringLiteral("合計"));
        EXPECT_EQ(model.index(japan, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("日本"));
        EXPECT_EQ(model.index(japan, 0).data(CategoryIdRole).toString(), QStringLiteral("Japan"));
        EXPECT_EQ(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("2024年"));
        EXPECT_EQ(model.labelA(), QStringLiteral("2023年"));
    }
    ComparisonSpec categories;
    categories.kind = ComparisonSpec::Kind::Categories;
    categories.categoryA = QStringLiteral("Japan");
    categories.categoryB = QStringLiteral("China");
    FilterState f;
    f.fromYear = 2023;
    const test::LanguageGuard korean(Language::Korean);
    model.recompute(test::builtinCube(), f, categories);
    EXPECT_EQ(model.labelA(), QStringLiteral("일본"));
    EXPECT_EQ(model.labelB(), QStringLiteral("중국"));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(text(model, 1, C::Label), QStringLiteral("2024년"));
    EXPECT_EQ(model.index(1, 0).data(RawValueRole).toInt(), 2024);
    EXPECT_EQ(model.rows().at(1).id, QStringLiteral("2024"));
}
