#include <model/filterproxymodel.h>

#include <model/datasetmodel.h>
#include <model/modelroles.h>

#include "fixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace medtour;
using Column = DatasetModel::Column;

namespace {
// The data table as the dashboard builds it: builtin cube -> DatasetModel -> proxy, with a
// Fatal-mode tester watching the proxy for the whole test.
class FilterProxyModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_source.setCube(test::builtinCubePtr());
        m_proxy.setSourceModel(&m_source);
        m_tester = std::make_unique<QAbstractItemModelTester>(&m_proxy,
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    QVariant at(int row, Column c, int role = Qt::DisplayRole) const
    {
        return m_proxy.index(row, static_cast<int>(c)).data(role);
    }
    int rowsWhere(const std::function<bool(const ObservationCube::Row &)> &pred) const
    {
        int n = 0;
        for (int i = 0; i < test::builtinCube().rowCount(); ++i)
            n += pred(test::builtinCube().row(i)) ? 1 : 0;
        return n;
    }

    DatasetModel m_source{nullptr};
    FilterProxyModel m_proxy{nullptr};
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};
}  // namespace

TEST_F(FilterProxyModelTest, defaultFilterShowsEveryRow)
{
    EXPECT_EQ(m_proxy.rowCount(), m_source.rowCount());
    EXPECT_EQ(m_proxy.sortRole(), RawValueRole);
}

class FilterProxyYears : public FilterProxyModelTest, public ::testing::WithParamInterface<std::pair<int, int>> {};

TEST_P(FilterProxyYears, yearRangeIsInclusive)
{
    const auto [from, to] = GetParam();
    FilterState f;
    f.fromYear = from;
    f.toYear = to;
    m_proxy.setFilter(f);
    EXPECT_EQ(m_proxy.rowCount(), rowsWhere([&](const auto &r) { return r.key.year >= from && r.key.year <= to; }));
    bool sawFrom = false;
    bool sawTo = false;
    for (int r = 0; r < m_proxy.rowCount(); ++r) {
        const int year = at(r, Column::Year, RawValueRole).toInt();
        EXPECT_GE(year, from);
        EXPECT_LE(year, to);
        sawFrom = sawFrom || year == from;
        sawTo = sawTo || year == to;
    }
    EXPECT_TRUE(sawFrom);
    EXPECT_TRUE(sawTo);
}

INSTANTIATE_TEST_SUITE_P(FilterProxyModel, FilterProxyYears,
    ::testing::Values(std::make_pair(2024, 2024), std::make_pair(2023, 2024), std::make_pair(2009, 2009),
                      std::make_pair(2015, 2019), std::make_pair(2009, 2024)));

TEST_F(FilterProxyModelTest, selectionKeepsOnlyMatchingCategories)
{
    m_proxy.setFilter(test::selecting(Dimension::Nationality, {QStringLiteral("Japan")}));
    const int japanRows = rowsWhere([](const auto &r) {
        return r.key.codes[0] == *test::builtinCube().dictionary(Dimension::Nationality).find(QStringLiteral("Japan"));
    });
    ASSERT_GT(japanRows, 0);
    EXPECT_EQ(m_proxy.rowCount(), japanRows);
    for (int r = 0; r < m_proxy.rowCount(); ++r)  // Total rows of the selected dimension are left out
        EXPECT_EQ(at(r, Column::Nationality, CategoryIdRole).toString(), QStringLiteral("Japan"));
}

TEST_F(FilterProxyModelTest, selectionsOfTwoDimensionsAreCombined)
{
    FilterState f = test::selecting(Dimension::Nationality, {QStringLiteral("Japan"), QStringLiteral("China")});
    f.selection(Dimension::Specialty) = {QStringLiteral("Dermatology")};
    f.fromYear = 2024;
    m_proxy.setFilter(f);
    EXPECT_EQ(m_proxy.rowCount(), 2);  // 2024 Japan and China × Dermatology
    for (int r = 0; r < m_proxy.rowCount(); ++r) {
        EXPECT_EQ(at(r, Column::Specialty, CategoryIdRole).toString(), QStringLiteral("Dermatology"));
        EXPECT_EQ(at(r, Column::Year, RawValueRole).toInt(), 2024);
    }
}

TEST_F(FilterProxyModelTest, unknownCategoryShowsNothing)
{
    m_proxy.setFilter(test::selecting(Dimension::Region, {QStringLiteral("Atlantis")}));
    EXPECT_EQ(m_proxy.rowCount(), 0);
}

TEST_F(FilterProxyModelTest, sortsCountsNumericallyWithMissingFirst)
{
    m_proxy.sort(static_cast<int>(Column::Value), Qt::AscendingOrder);
    const int n = m_proxy.rowCount();
    ASSERT_GT(n, 0);
    int missing = 0;
    while (missing < n && !at(missing, Column::Value, RawValueRole).isValid()) {
        EXPECT_EQ(at(missing, Column::Value).toString(), QStringLiteral("n/a"));
        ++missing;
    }
    EXPECT_EQ(missing, rowsWhere([](const auto &r) { return !r.value.has_value(); }));
    for (int r = missing + 1; r < n; ++r) {
        ASSERT_TRUE(at(r, Column::Value, RawValueRole).isValid()) << "n/a after a number at row " << r;
        EXPECT_LE(at(r - 1, Column::Value, RawValueRole).toLongLong(), at(r, Column::Value, RawValueRole).toLongLong());
    }
    EXPECT_EQ(at(n - 1, Column::Value).toString(), QStringLiteral("1,170,467"));  // the largest count

    m_proxy.sort(static_cast<int>(Column::Value), Qt::DescendingOrder);
    EXPECT_EQ(at(0, Column::Value).toString(), QStringLiteral("1,170,467"));
    EXPECT_FALSE(at(n - 1, Column::Value, RawValueRole).isValid());  // n/a last when descending
}

TEST_F(FilterProxyModelTest, sortsSharesAndYearsNumerically)
{
    m_proxy.sort(static_cast<int>(Column::Share), Qt::DescendingOrder);
    double maxShare = 0.0;
    for (int i = 0; i < test::builtinCube().rowCount(); ++i)
        maxShare = std::max(maxShare, test::builtinCube().row(i).sharePct.value_or(0.0));
    EXPECT_DOUBLE_EQ(at(0, Column::Share, RawValueRole).toDouble(), maxShare);
    for (int r = 1; r < m_proxy.rowCount() && at(r, Column::Share, RawValueRole).isValid(); ++r)
        EXPECT_GE(at(r - 1, Column::Share, RawValueRole).toDouble(), at(r, Column::Share, RawValueRole).toDouble());
    m_proxy.sort(static_cast<int>(Column::Year), Qt::AscendingOrder);
    EXPECT_EQ(at(0, Column::Year, RawValueRole).toInt(), 2009);
    EXPECT_EQ(at(m_proxy.rowCount() - 1, Column::Year, RawValueRole).toInt(), 2024);
}

TEST_F(FilterProxyModelTest, sortSurvivesRepeatedFilterChanges)
{
    m_proxy.sort(static_cast<int>(Column::Value), Qt::DescendingOrder);
    const QList<FilterState> filters = {
        test::selecting(Dimension::Nationality, {QStringLiteral("Japan")}),
        test::selecting(Dimension::Specialty, {QStringLiteral("Dermatology"), QStringLiteral("Plastic surgery")}),
        test::selecting(Dimension::Region, {QStringLiteral("Atlantis")}),
        FilterState{},
        test::selecting(Dimension::InstitutionType, {QStringLiteral("Clinic")}),
    };
    for (int round = 0; round < 2; ++round) {
        for (const FilterState &f : filters) {
            m_proxy.setFilter(f);
            for (int r = 1; r < m_proxy.rowCount() && at(r, Column::Value, RawValueRole).isValid(); ++r)
                EXPECT_GE(at(r - 1, Column::Value, RawValueRole).toLongLong(),
                          at(r, Column::Value, RawValueRole).toLongLong());
        }
    }
    EXPECT_EQ(m_proxy.rowCount(), rowsWhere([](const auto &r) {
                  return r.key.codes[2] == *test::builtinCube().dictionary(Dimension::InstitutionType).find(QStringLiteral("Clinic"));
              }));
}

TEST_F(FilterProxyModelTest, unchangedFilterDoesNotInvalidate)
{
    const FilterState f = test::selecting(Dimension::Nationality, {QStringLiteral("Japan")});
    m_proxy.setFilter(f);
    QSignalSpy removed(&m_proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&m_proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(&m_proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&m_proxy, &QAbstractItemModel::modelReset);
    m_proxy.setFilter(f);
    EXPECT_EQ(removed.count() + inserted.count() + layout.count() + reset.count(), 0);
    EXPECT_EQ(m_proxy.filter(), f);
}

TEST_F(FilterProxyModelTest, followsASourceReset)
{
    m_proxy.setFilter(test::selecting(Dimension::Nationality, {QStringLiteral("Japan")}));
    m_source.setCube(std::make_shared<const ObservationCube>(test::cubeFromRows(
        "2024,real_patients,Japan,일본,_T,,_T,,_T,,441112,37.7,nationality,exact,0,,high,S02,\n"
        "2024,real_patients,China,중국,_T,,_T,,_T,,260641,22.3,nationality,exact,0,,high,S02,\n")));
    EXPECT_EQ(m_proxy.rowCount(), 1);
    EXPECT_EQ(at(0, Column::Value).toString(), QStringLiteral("441,112"));
}
