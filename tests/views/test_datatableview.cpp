#include <model/dashboardmodel.h>
#include <model/modelroles.h>
#include <views/appfonts.h>
#include <views/datatableview.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace medtour;
using Column = DatasetModel::Column;

namespace {

class DataTableViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        installApplicationFonts();
        ASSERT_FALSE(model.loadBuiltin().has_value());
        view.setModel(model.tableModel());
    }

    void setYears(int from, int to)
    {
        FilterState f = model.filter();
        f.fromYear = from;
        f.toYear = to;
        model.setFilter(f);
    }

    QModelIndex cell(int row, Column c) const { return model.tableModel()->index(row, static_cast<int>(c)); }

    DashboardModel model{nullptr};
    DataTableView view{nullptr};
};

}  // namespace

TEST_F(DataTableViewTest, countsShownAndTotalObservations)
{
    EXPECT_EQ(view.rowCountText(), QStringLiteral("439 observations"));
    setYears(2024, 2024);
    const int shown = model.tableModel()->rowCount();
    ASSERT_GT(shown, 0);
    ASSERT_LT(shown, 439);
    EXPECT_EQ(view.rowCountText(), QStringLiteral("%1 of 439 observations").arg(shown));
}

TEST_F(DataTableViewTest, clickingPatientsHeaderSortsNumerically)
{
    setYears(2024, 2024);
    view.resize(1400, 500);
    view.show();
    QHeaderView *header = view.tableView()->horizontalHeader();
    const int patients = static_cast<int>(Column::Value);
    view.tableView()->sortByColumn(patients, Qt::AscendingOrder);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(patients) + header->sectionSize(patients) / 2,
                             header->height() / 2));
    ASSERT_EQ(header->sortIndicatorSection(), patients);
    ASSERT_EQ(header->sortIndicatorOrder(), Qt::DescendingOrder);

    EXPECT_EQ(cell(0, Column::Value).data().toString(), QStringLiteral("1,170,467"));
    EXPECT_EQ(cell(1, Column::Value).data().toString(), QStringLiteral("999,642"));  // Seoul
    qint64 previous = std::numeric_limits<qint64>::max();
    bool missingSeen = false;
    for (int r = 0; r < model.tableModel()->rowCount(); ++r) {
        const QVariant raw = cell(r, Column::Value).data(RawValueRole);
        if (!raw.isValid()) {
            missingSeen = true;  // missing sorts after every value when descending
            continue;
        }
        EXPECT_FALSE(missingSeen) << "value after n/a at row " << r;
        EXPECT_LE(raw.toLongLong(), previous) << "row " << r;
        previous = raw.toLongLong();
    }
}

TEST_F(DataTableViewTest, proxyStaysConsistentThroughFilterChangesAndSorting)
{
    QAbstractItemModelTester tester(model.tableModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.tableView()->sortByColumn(static_cast<int>(Column::Share), Qt::DescendingOrder);
    setYears(2020, 2024);
    FilterState f = model.filter();
    f.selection(Dimension::Nationality) = QStringList{QStringLiteral("Japan"), QStringLiteral("China")};
    model.setFilter(f);
    const int japanChina = model.tableModel()->rowCount();
    EXPECT_GT(japanChina, 0);
    for (int r = 0; r < japanChina; ++r) {
        const QString id = cell(r, Column::Nationality).data(CategoryIdRole).toString();
        EXPECT_TRUE(id == QStringLiteral("Japan") || id == QStringLiteral("China")) << qPrintable(id);
    }
    view.tableView()->sortByColumn(static_cast<int>(Column::Year), Qt::AscendingOrder);
    model.setFilter(FilterState{});
    EXPECT_EQ(model.tableModel()->rowCount(), 439);
    EXPECT_EQ(view.rowCountText(), QStringLiteral("439 observations"));
}

TEST_F(DataTableViewTest, noteColumnStretchesAndCarriesTooltip)
{
    EXPECT_TRUE(view.tableView()->horizontalHeader()->stretchLastSection());
    EXPECT_EQ(view.tableView()->textElideMode(), Qt::ElideRight);
    for (int r = 0; r < model.tableModel()->rowCount(); ++r) {
        const QModelIndex note = cell(r, Column::Note);
        if (note.data().toString().isEmpty())
            continue;
        EXPECT_EQ(note.data(Qt::ToolTipRole).toString(), note.data().toString());
        return;
    }
    FAIL() << "the built-in dataset has notes";
}

TEST_F(DataTableViewTest, columnsAreWideEnoughForTheirValues)
{
    const QFontMetrics fm = view.tableView()->fontMetrics();
    const QHeaderView *header = view.tableView()->horizontalHeader();
    EXPECT_GT(header->sectionSize(static_cast<int>(Column::Value)), fm.horizontalAdvance(QStringLiteral("1,170,467")));
    EXPECT_GT(header->sectionSize(static_cast<int>(Column::Nationality)),
              fm.horizontalAdvance(QStringLiteral("Japan (일본)")));
    EXPECT_LT(header->sectionSize(static_cast<int>(Column::Year)), 120);

    view.resize(1400, 600);
    view.show();
    const QImage image = view.grab().toImage();
    ASSERT_FALSE(image.isNull());
    if (qEnvironmentVariableIsSet("MEDTOUR_VIEW_PNG_DIR"))
        image.save(QDir(qEnvironmentVariable("MEDTOUR_VIEW_PNG_DIR")).filePath(QStringLiteral("datatableview.png")));
}
