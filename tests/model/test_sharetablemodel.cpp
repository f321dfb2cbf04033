#include <model/sharetablemodel.h>

#include <model/modelroles.h>
#include <model/numberformat.h>

#include "fixtures.h"
#include "languageguard.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace medtour;
using Column = ShareTableModel::Column;

namespace {
QVariant at(const ShareTableModel &m, int row, Column c, int role = Qt::DisplayRole)
{
    return m.index(row, static_cast<int>(c)).data(role);
}
QStringList ids(const ShareTableModel &m)
{
    QStringList out;
    for (const auto &e : m.entries())
        out << e.id;
    return out;
}
}  // namespace

TEST(ShareTableModel, topFiveOf2024PlusOther)
{
    ShareTableModel model(Dimension::Nationality, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.recompute(test::builtinCube(), test::focusOn(2024));
    EXPECT_EQ(ids(model), (QStringList{QStringLiteral("Japan"), QStringLiteral("China"), QStringLiteral("United States"),
                                       QStringLiteral("Taiwan"), QStringLiteral("Thailand"), QStringLiteral("Other")}));
    EXPECT_EQ(model.measure(), Measure::RealPatients);
    EXPECT_EQ(model.year(), 2024);
    EXPECT_EQ(model.total().value, 1170467);
    EXPECT_EQ(at(model, 0, Column::Value).toString(), QStringLiteral("441,112"));
    EXPECT_EQ(at(model, 0, Column::Share).toString(), QStringLiteral("37.7%"));
    EXPECT_EQ(at(model, 0, Column::CategoryKo).toString(), QStringLiteral("일본"));
    EXPECT_EQ(at(model, 0, Column::Yoy).toString(), QStringLiteral("+135.0%"));
    EXPECT_EQ(at(model, 0, Column::Value, RawValueRole).toLongLong(), 441112);
    EXPECT_EQ(at(model, 0, Column::Value, CategoryIdRole).toString(), QStringLiteral("Japan"));
    // Other = the published total minus the five shown; its share is computed from the counts
    // (245,373 / 1,170,467 = 21.0%), not 100 minus the rounded published shares (20.9%).
    const auto &other = model.entries().last();
    EXPECT_TRUE(other.isOther);
    EXPECT_EQ(other.cell.value, 1170467 - (441112 + 260641 + 101733 + 83456 + 38152));
    EXPECT_NEAR(*other.cell.sharePct, 245373.0 * 100.0 / 1170467.0, 1e-9);
    EXPECT_EQ(at(model, 5, Column::Value).toString(), QStringLiteral("245,373"));
    EXPECT_EQ(at(model, 5, Column::Share).toString(), QStringLiteral("21.0%"));
}

TEST(ShareTableModel, shareOnlyYearKeepsCountsMissing)
{
    ShareTableModel model(Dimension::Nationality, nullptr);
    model.recompute(test::builtinCube(), test::focusOn(2022));
    ASSERT_EQ(model.rowCount(), 6);
    const auto &us = model.entries().first();
    EXPECT_EQ(us.id, QStringLiteral("United States"));
    EXPECT_FALSE(us.cell.value.has_value());
    EXPECT_DOUBLE_EQ(*us.cell.sharePct, 17.8);
    EXPECT_EQ(us.cell.status, ObservationStatus::ShareOnly);
    EXPECT_EQ(at(model, 0, Column::Value).toString(), QStringLiteral("n/a"));
    EXPECT_FALSE(at(model, 0, Column::Value, RawValueRole).isValid());
    EXPECT_DOUBLE_EQ(at(model, 0, Column::Share, RawValueRole).toDouble(), 17.8);
    EXPECT_TRUE(at(model, 0, Column::Share).toString().endsWith(QStringLiteral("17.8%")));
    EXPECT_EQ(at(model, 0, Column::Status, RawValueRole).toString(), QStringLiteral("share_only"));
    EXPECT_EQ(at(model, 0, Column::Status).toString(), QStringLiteral("share only"));  // shown in the language
    // Other: share = 100 − shown shares; count unknown (nullopt), never 0.
    const auto &other = model.entries().last();
    EXPECT_TRUE(other.isOther);
    EXPECT_FALSE(other.cell.value.has_value());
    EXPECT_NEAR(*other.cell.sharePct, 100.0 - (17.8 + 17.7 + 8.8 + 8.2 + 5.9), 1e-9);
    EXPECT_EQ(at(model, 5, Column::Value).toString(), QStringLiteral("n/a"));
    EXPECT_FALSE(at(model, 5, Column::Value, RawValueRole).isValid());
    EXPECT_TRUE(at(model, 5, Column::Share).toString().endsWith(QStringLiteral("41.6%")));
    EXPECT_TRUE(model.toJson().last().toObject().value(QStringLiteral("patients")).isNull());
}

TEST(ShareTableModel, combinedRowsAreLeftOut)
{
    ShareTableModel model(Dimension::Nationality, nullptr);
    for (int year : {2022, 2023, 2024}) {
        model.recompute(test::builtinCube(), test::focusOn(year));
        for (const auto &e : model.entries())
            EXPECT_FALSE(e.id.contains(QStringLiteral("combined"))) << year;
    }
}

TEST(ShareTableModel, selectedCategoriesReplaceTopN)
{
    ShareTableModel model(Dimension::Nationality, nullptr);
    FilterState f = test::selecting(Dimension::Nationality, {QStringLiteral("China"), QStringLiteral("Japan")});
    f.topN = 1;  // ignored when categories are selected
    model.recompute(test::builtinCube(), f);
    EXPECT_EQ(ids(model), (QStringList{QStringLiteral("Japan"), QStringLiteral("China"), QStringLiteral("Other")}));
    EXPECT_EQ(model.entries().last().cell.value, 1170467 - 701753);
    EXPECT_NEAR(*model.entries().last().cell.sharePct, (1170467.0 - 701753.0) * 100.0 / 1170467.0, 1e-9);
}

TEST(ShareTableModel, topNLimitsTheRows)
{
    ShareTableModel model(Dimension::Nationality, nullptr);
    FilterState f = test::focusOn(2024);
    f.topN = 1;
    model.recompute(test::builtinCube(), f);
    EXPECT_EQ(ids(model), (QStringList{QStringLiteral("Japan"), QStringLiteral("Other")}));
    EXPECT_EQ(model.entries().last().cell.value, 1170467 - 441112);
}

TEST(ShareTableModel, expandedOtherListsEveryCategory)
{
    ShareTableModel model(Dimension::Nationality, nullptr);
    FilterState f = test::focusOn(2024);
    model.recompute(test::builtinCube(), f);
    const int collapsedRows = model.rowCount();
    ASSERT_EQ(collapsedRows, 6);  // top 5 + Other
    f.setOtherExpanded(Dimension::Nationality, true);
    model.recompute(test::builtinCube(), f);
    EXPECT_GT(model.rowCount(), collapsedRows);
    EXPECT_EQ(model.entries().first().id, QStringLiteral("Japan"));
    qint64 listed = 0;
    for (const auto &e : model.entries())
        listed += e.cell.value.value_or(0);
    EXPECT_EQ(listed, 1170467);  // the members plus the unlisted remainder make the total
    for (int i = 0; i + 1 < model.rowCount(); ++i)
        EXPECT_FALSE(model.entries().at(i).isOther);
}

TEST(ShareTableModel, specialtySharesAreDepartmentBased)
{
    ShareTableModel model(Dimension::Specialty, nullptr);
    model.recompute(test::builtinCube(), test::focusOn(2024));
    EXPECT_EQ(model.measure(), Measure::DepartmentBased);
    EXPECT_EQ(model.headerData(static_cast<int>(Column::Value), Qt::Horizontal).toString(),
              QStringLiteral("Department-based count"));
    ASSERT_GT(model.rowCount(), 0);
    EXPECT_EQ(at(model, 0, Column::Category).toString(), QStringLiteral("Dermatology"));
    EXPECT_EQ(at(model, 0, Column::Value).toString(), QStringLiteral("705,044"));
    EXPECT_EQ(at(model, 0, Column::Share).toString(), QStringLiteral("56.6%"));
    // No department-based total for 2024: Other has a share but no count.
    EXPECT_FALSE(model.entries().last().cell.value.has_value());
    EXPECT_NEAR(*model.entries().last().cell.sharePct, 100.0 - (56.6 + 11.4 + 10.0 + 4.5 + 2.7), 1e-9);
}

TEST(ShareTableModel, unknownCategoryGivesNoRowsAndAReason)
{
    ShareTableModel model(Dimension::Nationality, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.recompute(test::builtinCube(), test::selecting(Dimension::Nationality, {QStringLiteral("Atlantis")}));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.unavailableReason().isEmpty());
    EXPECT_TRUE(model.toJson().isEmpty());
}

TEST(ShareTableModel, recomputePublishesModelResetOnly)
{
    ShareTableModel model(Dimension::Nationality, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    const QList<FilterState> filters = {
        test::focusOn(2024), test::focusOn(2022), test::selecting(Dimension::Nationality, {QStringLiteral("Japan")}),
        test::selecting(Dimension::Nationality, {QStringLiteral("Atlantis")}), test::focusOn(2009),
        test::selecting(Dimension::Region, {QStringLiteral("Busan")}), test::focusOn(2024)};
    for (const FilterState &f : filters)
        model.recompute(test::builtinCube(), f);
    EXPECT_EQ(reset.count(), filters.size());
    EXPECT_EQ(layout.count(), 0);
    EXPECT_EQ(data.count(), 0);
    EXPECT_EQ(model.rowCount(), 6);
}

TEST(ShareTableModel, jsonMatchesTheRows)
{
    ShareTableModel model(Dimension::Nationality, nullptr);
    model.recompute(test::builtinCube(), test::focusOn(2024));
    const QJsonArray rows = model.toJson();
    ASSERT_EQ(rows.size(), model.rowCount());
    const QJsonObject japan = rows.first().toObject();
    EXPECT_EQ(japan.value(QStringLiteral("name")).toString(), QStringLiteral("Japan"));
    EXPECT_EQ(japan.value(QStringLiteral("patients")).toInteger(), 441112);
    EXPECT_DOUBLE_EQ(japan.value(QStringLiteral("share_pct")).toDouble(), 37.7);
    EXPECT_DOUBLE_EQ(japan.value(QStringLiteral("yoy_pct")).toDouble(), 135.0);
    EXPECT_FALSE(japan.value(QStringLiteral("is_other")).toBool());
    EXPECT_TRUE(rows.last().toObject().value(QStringLiteral("is_other")).toBool());
}

TEST(ShareTableModel, headersNameEveryColumn)
{
    ShareTableModel model(Dimension::Nationality, nullptr);
    EXPECT_EQ(model.columnCount(), static_cast<int>(Column::Count));
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Nationality"));
    EXPECT_EQ(model.headerData(static_cast<int>(Column::Value), Qt::Horizontal).toString(), QStringLiteral("Patients"));
}

TEST(ShareTableModel, categoryColumnShowsTheNameInTheCurrentLanguageAndKeepsTheId)
{
    ShareTableModel model(Dimension::Nationality, nullptr);
    model.recompute(test::builtinCube(), test::focusOn(2024));
    ASSERT_EQ(model.entries().first().id, QStringLiteral("Japan"));
    const int other = static_cast<int>(model.rowCount()) - 1;
    ASSERT_TRUE(model.entries().at(other).isOther);
    const struct {
        Language lang;
        const char *japan;
        const char *other;
    } cases[] = {{Language::English, "Japan", "Other"},
                 {Language::Korean, "일본", "기타"},
                 {Language::Japanese, "日本", "その他"}};
    for (const auto &c : cases) {
        const test::LanguageGuard guard(c.lang);
        EXPECT_EQ(at(model, 0, Column::Category).toString(), QString::fromUtf8(c.japan)) << languageId(c.lang).toStdString();
        EXPECT_EQ(at(model, other, Column::Category).toString(), QString::fromUtf8(c.other));
        EXPECT_EQ(at(model, 0, Column::Category, RawValueRole).toString(), QStringLiteral("Japan"));
        EXPECT_EQ(at(model, 0, Column::Category, CategoryIdRole).toString(), QStringLiteral("Japan"));
        EXPECT_EQ(at(model, other, Column::Category, CategoryIdRole).toString(), QStringLiteral("Other"));
        EXPECT_EQ(at(model, 0, Column::CategoryKo).toString(), QStringLiteral("일본"));
        EXPECT_EQ(ids(model).first(), QStringLiteral("Japan"));
    }
    EXPECT_EQ(currentLanguage(), Language::English);
}

TEST(ShareTableModel, entriesAndJsonCarryTheJapaneseName)
{
    ShareTableModel model(Dimension::Nationality, nullptr);
    model.recompute(test::builtinCube(), test::focusOn(2024));
    EXPECT_EQ(model.entries().first().nameJa, QStringLiteral("日本"));
    EXPECT_EQ(model.entries().last().nameJa, QStringLiteral("その他"));
    const QJsonObject japan = model.toJson().first().toObject();
    EXPECT_EQ(japan.value(QStringLiteral("name")).toString(), QStringLiteral("Japan"));
    EXPECT_EQ(japan.value(QStringLiteral("name_ko")).toString(), QStringLiteral("일본"));
    EXPECT_EQ(japan.value(QStringLiteral("name_ja")).toString(), QStringLiteral("日本"));
}
