#include <model/dashboardmodel.h>
#include <model/modelroles.h>

#include "fixtures.h"
#include "languageguard.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace medtour;

namespace {
class DashboardModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(m_model.loadBuiltin().has_value());
        ASSERT_TRUE(m_dir.isValid());
    }
    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(data);
        return path;
    }

    DashboardModel m_model{nullptr};
    QTemporaryDir m_dir;
};
}  // namespace

TEST_F(DashboardModelTest, builtinDatasetFeedsEveryModel)
{
    EXPECT_EQ(m_model.datasetModel()->rowCount(), test::builtinCube().rowCount());
    EXPECT_EQ(m_model.tableModel()->rowCount(), test::builtinCube().rowCount());
    EXPECT_EQ(m_model.summary().total.value, 1170467);
    EXPECT_EQ(m_model.nationalityShares()->entries().first().id, QStringLiteral("Japan"));
    EXPECT_EQ(m_model.growth()->rowCount(), 16);
    EXPECT_EQ(m_model.specialtyBreakdown()->categories().first(), QStringLiteral("Dermatology"));
    EXPECT_EQ(m_model.filter(), FilterState{});
    EXPECT_EQ(m_model.datasetModel()->parent(), &m_model);
    EXPECT_EQ(m_model.tableModel()->sourceModel(), m_model.datasetModel());
}

TEST_F(DashboardModelTest, changedFiresOncePerSetFilter)
{
    QSignalSpy changed(&m_model, &DashboardModel::changed);
    QSignalSpy filterChanged(&m_model, &DashboardModel::filterChanged);
    const FilterState japan = test::selecting(Dimension::Nationality, {QStringLiteral("Japan")});
    m_model.setFilter(japan);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(filterChanged.count(), 1);
    EXPECT_EQ(m_model.summary().total.value, 441112);
    m_model.setFilter(japan);  // unchanged: nothing
    EXPECT_EQ(changed.count(), 1);
    m_model.setFilter(test::focusOn(2023));
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(m_model.summary().total.value, 605768);
    EXPECT_EQ(filterChanged.count(), 2);
    EXPECT_EQ(filterChanged.last().first().value<FilterState>().focusYear, 2023);
}

TEST_F(DashboardModelTest, filterThatNormalizesToTheCurrentOneIsUnchanged)
{
    QSignalSpy changed(&m_model, &DashboardModel::changed);
    FilterState f;
    f.toYear = 2030;
    f.fromYear = 1990;
    m_model.setFilter(f);  // clamps to 2009–2024 = the current filter
    EXPECT_EQ(changed.count(), 0);
    FilterState reordered;
    reordered.selection(Dimension::Nationality) = {QStringLiteral("Japan"), QStringLiteral("China")};
    m_model.setFilter(reordered);
    EXPECT_EQ(changed.count(), 1);
    reordered.selection(Dimension::Nationality) = {QStringLiteral("China"), QStringLiteral("Japan")};
    m_model.setFilter(reordered);  // same selection, other order
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(DashboardModelTest, summaryModelsResetOncePerRecompute)
{
    QList<QAbstractItemModel *> models{m_model.nationalityShares(), m_model.growth(), m_model.specialtyBreakdown()};
    QList<std::shared_ptr<QSignalSpy>> resets;
    QList<std::shared_ptr<QSignalSpy>> layouts;
    for (QAbstractItemModel *m : models) {
        resets << std::make_shared<QSignalSpy>(m, &QAbstractItemModel::modelReset);
        layouts << std::make_shared<QSignalSpy>(m, &QAbstractItemModel::layoutChanged);
    }
    m_model.setFilter(test::focusOn(2022));
    m_model.setFilter(test::focusOn(2022));  // unchanged
    m_model.setFilter(test::selecting(Dimension::Specialty, {QStringLiteral("Dermatology")}));
    for (int i = 0; i < models.size(); ++i) {
        EXPECT_EQ(resets.at(i)->count(), 2) << i;
        EXPECT_EQ(layouts.at(i)->count(), 0) << i;
    }
}

TEST_F(DashboardModelTest, everyModelStaysConsistentWhileFiltersChange)
{
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *m : QList<QAbstractItemModel *>{m_model.datasetModel(), m_model.tableModel(),
                                                             m_model.nationalityShares(), m_model.growth(),
                                                             m_model.specialtyBreakdown()})
        testers.push_back(std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::Fatal));
    m_model.tableModel()->sort(static_cast<int>(DatasetModel::Column::Value), Qt::DescendingOrder);
    FilterState narrow;
    narrow.fromYear = 2019;
    narrow.toYear = 2021;
    narrow.focusYear = 2021;
    FilterState two = test::selecting(Dimension::Nationality, {QStringLiteral("Japan"), QStringLiteral("China")});
    two.selection(Dimension::Specialty) = {QStringLiteral("Dermatology")};
    const QList<FilterState> filters = {
        test::selecting(Dimension::Nationality, {QStringLiteral("Japan")}), narrow, two,
        test::selecting(Dimension::Nationality, {QStringLiteral("Atlantis")}),
        test::selecting(Dimension::Region, {QStringLiteral("Busan")}, 2023), test::focusOn(2009), FilterState{}};
    QSignalSpy changed(&m_model, &DashboardModel::changed);
    for (int round = 0; round < 3; ++round) {
        for (const FilterState &f : filters)
            m_model.setFilter(f);
    }
    EXPECT_EQ(changed.count(), 3 * filters.size());
    EXPECT_EQ(m_model.tableModel()->rowCount(), test::builtinCube().rowCount());
    // A dataset swap under the testers too.
    ASSERT_FALSE(m_model.loadBuiltin().has_value());
    EXPECT_EQ(m_model.summary().total.value, 1170467);
}

TEST_F(DashboardModelTest, failedLoadKeepsThePreviousDataset)
{
    const FilterState japan = test::selecting(Dimension::Nationality, {QStringLiteral("Japan")}, 2023);
    m_model.setFilter(japan);
    const auto cubeBefore = m_model.cube();
    const int rowsBefore = m_model.datasetModel()->rowCount();
    QSignalSpy changed(&m_model, &DashboardModel::changed);
    QSignalSpy reset(m_model.datasetModel(), &QAbstractItemModel::modelReset);
    const QString path = writeFile(QStringLiteral("bad.csv"),
                                   test::kHeader + "\n2024,real_patients,_T,,_T,,_T,,_T,,12x,,,exact,0,,high,S01,\n");
    const std::optional<Error> error = m_model.loadFile(path);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->file, path);
    EXPECT_EQ(error->line, 2);
    EXPECT_EQ(error->column, 36);
    EXPECT_EQ(m_model.datasetModel()->rowCount(), rowsBefore);
    EXPECT_EQ(m_model.cube(), cubeBefore);
    EXPECT_EQ(m_model.filter(), japan.normalized(2009, 2024));
    EXPECT_EQ(m_model.summary().total.value, 187711);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_TRUE(m_model.loadFile(m_dir.filePath(QStringLiteral("missing.csv"))).has_value());
    EXPECT_EQ(m_model.cube(), cubeBefore);
}

TEST_F(DashboardModelTest, loadedFileReplacesDatasetAndClampsTheFilter)
{
    const QString path = writeFile(QStringLiteral("small.csv"),
                                   test::kHeader + "\n"
                                   "2020,real_patients,_T,,_T,,_T,,_T,,117069,,,exact,0,,high,S1,\n"
                                   "2021,real_patients,_T,,_T,,_T,,_T,,-1,,,exact,0,,high,S1,\n");
    QSignalSpy changed(&m_model, &DashboardModel::changed);
    QStringList warnings;
    ASSERT_FALSE(m_model.loadFile(path, &warnings).has_value());
    EXPECT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings.first().contains(QStringLiteral("negative count")));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(m_model.datasetModel()->rowCount(), 2);
    EXPECT_EQ(m_model.cube()->provenance(), path);
    EXPECT_EQ(m_model.filter().fromYear, 2020);
    EXPECT_EQ(m_model.filter().toYear, 2021);
    EXPECT_EQ(m_model.filter().focusYear, 2021);
    EXPECT_EQ(m_model.growth()->rowCount(), 2);
    EXPECT_EQ(m_model.summaryJson().value(QStringLiteral("dataset")).toString(), path);

    // Back to the built-in data: "all years" and "the latest year" widen again.
    m_model.setCube(test::builtinCubePtr());
    EXPECT_EQ(m_model.filter().fromYear, 2009);
    EXPECT_EQ(m_model.filter().toYear, 2024);
    EXPECT_EQ(m_model.filter().focusYear, 2024);
}

TEST_F(DashboardModelTest, aNarrowedRangeStaysNarrowAcrossADatasetSwitch)
{
    FilterState f = m_model.filter();
    f.fromYear = 2015;
    f.toYear = 2020;
    f.focusYear = 2019;
    m_model.setFilter(f);
    m_model.setCube(test::builtinCubePtr());
    EXPECT_EQ(m_model.filter().fromYear, 2015);
    EXPECT_EQ(m_model.filter().toYear, 2020);
    EXPECT_EQ(m_model.filter().focusYear, 2019);
}

TEST_F(DashboardModelTest, summaryJsonHasTheBatchShape)
{
    const QJsonObject o = m_model.summaryJson();
    EXPECT_EQ(o.value(QStringLiteral("focus_year")).toInt(), 2024);
    EXPECT_EQ(o.value(QStringLiteral("kpis")).toObject().value(QStringLiteral("total_patients")).toInteger(), 1170467);
    const QJsonObject charts = o.value(QStringLiteral("charts")).toObject();
    EXPECT_EQ(charts.value(QStringLiteral("nationality_shares")).toArray().size(), 6);
    EXPECT_EQ(charts.value(QStringLiteral("yoy_growth")).toArray().size(), 16);
    EXPECT_FALSE(charts.value(QStringLiteral("specialty_breakdown")).toArray().isEmpty());
    EXPECT_EQ(o.value(QStringLiteral("source")).toString(), sourceLine());
    EXPECT_TRUE(o.value(QStringLiteral("dataset")).toString().startsWith(QStringLiteral("built-in")));
    EXPECT_EQ(FilterState::fromJson(o.value(QStringLiteral("filter")).toObject()), m_model.filter());
}

TEST_F(DashboardModelTest, retranslateResetsEverySummaryModelInTheNewLanguage)
{
    QList<QAbstractItemModel *> models{m_model.nationalityShares(), m_model.growth(), m_model.specialtyBreakdown()};
    QList<std::shared_ptr<QSignalSpy>> resets;
    for (QAbstractItemModel *m : models)
        resets << std::make_shared<QSignalSpy>(m, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&m_model, &DashboardModel::changed);
    QSignalSpy headers(m_model.datasetModel(), &QAbstractItemModel::headerDataChanged);
    const FilterState before = m_model.filter();
    const test::LanguageGuard korean(Language::Korean);
    m_model.retranslate();
    for (int i = 0; i < models.size(); ++i)
        EXPECT_EQ(resets.at(i)->count(), 1) << i;
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(headers.count(), 1);
    EXPECT_EQ(m_model.filter(), before);
    const QModelIndex japan = m_model.nationalityShares()->index(0, 0);
    EXPECT_EQ(japan.data().toString(), QStringLiteral("일본"));
    EXPECT_EQ(japan.data(CategoryIdRole).toString(), QStringLiteral("Japan"));
    EXPECT_EQ(m_model.growth()->index(m_model.growth()->rowCount() - 1, 0).data().toString(), QStringLiteral("2024년"));
    const QJsonObject kpis = m_model.summaryJson().value(QStringLiteral("kpis")).toObject();
    EXPECT_EQ(kpis.value(QStringLiteral("top_nationality")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Japan"));
}
