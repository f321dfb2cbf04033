#include <model/dashboardmodel.h>
#include <model/modelroles.h>
#include <views/appfonts.h>
#include <views/categorychecklist.h>
#include <views/filterpanel.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QDir>
#include <QImage>

#include <gtest/gtest.h>

using namespace medtour;

namespace {

class FilterPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        installApplicationFonts();
        ASSERT_FALSE(model.loadBuiltin().has_value());
        panel.setCube(*model.cube());
        panel.setFilter(model.filter());
    }

    QListView *list(Dimension d) const { return panel.checklist(d)->listView(); }

    // The list row whose English id is `id`, or an invalid index.
    QModelIndex rowOf(Dimension d, const QString &id) const
    {
        QAbstractItemModel *m = list(d)->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data(CategoryIdRole).toString() == id)
                return m->index(r, 0);
        }
        return {};
    }

    FilterState lastEmitted(const QSignalSpy &spy) const { return spy.last().at(0).value<FilterState>(); }

    DashboardModel model{nullptr};
    FilterPanel panel{nullptr};
};

}  // namespace

TEST_F(FilterPanelTest, offersCategoriesByKoreanAndEnglishNameKeyedByEnglishId)
{
    const QModelIndex japan = rowOf(Dimension::Nationality, QStringLiteral("Japan"));
    ASSERT_TRUE(japan.isValid());
    EXPECT_EQ(japan.data().toString(), QStringLiteral("Japan"));  // one name, in the current language
    EXPECT_EQ(japan.data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    EXPECT_FALSE(rowOf(Dimension::Nationality, QStringLiteral("Japan+Taiwan (combined)")).isValid());
    EXPECT_FALSE(rowOf(Dimension::Region, QStringLiteral("Non-capital regions")).isValid());
    EXPECT_TRUE(rowOf(Dimension::Specialty, QStringLiteral("Dermatology")).isValid());
    EXPECT_TRUE(rowOf(Dimension::InstitutionType, QStringLiteral("Clinic")).isValid());
}

TEST_F(FilterPanelTest, checkingANationalityByKeyboardEmitsFilterWithItsEnglishId)
{
    qRegisterMetaType<FilterState>();
    QSignalSpy spy(&panel, &FilterPanel::filterChanged);
    const QModelIndex japan = rowOf(Dimension::Nationality, QStringLiteral("Japan"));
    list(Dimension::Nationality)->setCurrentIndex(japan);
    QTest::keyClick(list(Dimension::Nationality), Qt::Key_Space);

    ASSERT_EQ(spy.count(), 1);
    const FilterState emitted = lastEmitted(spy);
    EXPECT_EQ(emitted.selection(Dimension::Nationality), QStringList{QStringLiteral("Japan")});
    EXPECT_EQ(emitted.focusYear, model.filter().focusYear);
    EXPECT_EQ(emitted.fromYear, model.filter().fromYear);
    EXPECT_FALSE(emitted.hasSelection(Dimension::Specialty));
}

TEST_F(FilterPanelTest, togglingASpecialtyCheckboxEmitsIt)
{
    QSignalSpy spy(&panel, &FilterPanel::filterChanged);
    const QModelIndex derm = rowOf(Dimension::Specialty, QStringLiteral("Dermatology"));
    list(Dimension::Specialty)->model()->setData(derm, Qt::Checked, Qt::CheckStateRole);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(lastEmitted(spy).selection(Dimension::Specialty), QStringList{QStringLiteral("Dermatology")});

    list(Dimension::Specialty)->model()->setData(derm, Qt::Unchecked, Qt::CheckStateRole);
    ASSERT_EQ(spy.count(), 2);
    EXPECT_FALSE(lastEmitted(spy).hasSelection(Dimension::Specialty));
}

TEST_F(FilterPanelTest, changingFocusYearEmitsIt)
{
    QSignalSpy spy(&panel, &FilterPanel::filterChanged);
    auto *focus = panel.findChild<QComboBox *>(QStringLiteral("focusYear"));
    ASSERT_NE(focus, nullptr);
    EXPECT_EQ(focus->currentText(), QStringLiteral("2024"));
    focus->setCurrentIndex(focus->findData(2019));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(lastEmitted(spy).focusYear, 2019);
}

TEST_F(FilterPanelTest, yearRangeKeepsFromNotAfterTo)
{
    auto *from = panel.findChild<QSpinBox *>(QStringLiteral("fromYear"));
    auto *to = panel.findChild<QSpinBox *>(QStringLiteral("toYear"));
    ASSERT_TRUE(from && to);
    EXPECT_EQ(from->minimum(), 2009);
    EXPECT_EQ(to->maximum(), 2024);
    FilterState f = model.filter();
    f.toYear = 2015;
    panel.setFilter(f);

    QSignalSpy spy(&panel, &FilterPanel::filterChanged);
    from->setValue(2020);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(lastEmitted(spy).fromYear, 2020);
    EXPECT_EQ(lastEmitted(spy).toYear, 2020);

    to->setValue(2012);
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(lastEmitted(spy).fromYear, 2012);
    EXPECT_EQ(lastEmitted(spy).toYear, 2012);
}

TEST_F(FilterPanelTest, setFilterShowsTheFilterWithoutEmitting)
{
    QSignalSpy spy(&panel, &FilterPanel::filterChanged);
    FilterState f = model.filter();
    f.focusYear = 2020;
    f.fromYear = 2015;
    f.toYear = 2022;
    f.topN = 7;
    f.selection(Dimension::Nationality) = QStringList{QStringLiteral("China"), QStringLiteral("Japan")};
    f.selection(Dimension::Region) = QStringList{QStringLiteral("Seoul")};
    panel.setFilter(f);

    EXPECT_EQ(spy.count(), 0);
    EXPECT_EQ(panel.currentFilter(), f);
    EXPECT_EQ(rowOf(Dimension::Nationality, QStringLiteral("Japan")).data(Qt::CheckStateRole).toInt(), Qt::Checked);
}

TEST_F(FilterPanelTest, roundTripThroughDashboardModelLeavesPanelAndModelEqual)
{
    QObject::connect(&panel, &FilterPanel::filterChanged, &model, &DashboardModel::setFilter);
    QObject::connect(&model, &DashboardModel::filterChanged, &panel, &FilterPanel::setFilter);
    QSignalSpy spy(&panel, &FilterPanel::filterChanged);
    list(Dimension::Nationality)->model()->setData(rowOf(Dimension::Nationality, QStringLiteral("Thailand")),
                                                  Qt::Checked, Qt::CheckStateRole);
    list(Dimension::Nationality)->model()->setData(rowOf(Dimension::Nationality, QStringLiteral("China")),
                                                  Qt::Checked, Qt::CheckStateRole);

    EXPECT_EQ(spy.count(), 2);  // one per user edit, no echo from the model's answer
    const QStringList expected{QStringLiteral("China"), QStringLiteral("Thailand")};
    EXPECT_EQ(model.filter().selection(Dimension::Nationality), expected);
    EXPECT_EQ(panel.currentFilter(), model.filter());
}

TEST_F(FilterPanelTest, searchFiltersTheNationalityListOnlyAfterTheDebounce)
{
    CategoryChecklist *nationalities = panel.checklist(Dimension::Nationality);
    ASSERT_NE(nationalities->searchField(), nullptr);
    const int all = nationalities->visibleCount();
    ASSERT_GT(all, 10);

    QTest::keyClicks(nationalities->searchField(), QStringLiteral("jap"));
    EXPECT_TRUE(nationalities->isSearchPending());
    EXPECT_EQ(nationalities->visibleCount(), all);  // not yet: the debounce is running

    nationalities->applySearch();  // what the timer's timeout runs
    EXPECT_FALSE(nationalities->isSearchPending());
    ASSERT_EQ(nationalities->visibleCount(), 1);
    EXPECT_EQ(list(Dimension::Nationality)->model()->index(0, 0).data(CategoryIdRole).toString(),
              QStringLiteral("Japan"));

    nationalities->searchField()->setText(QStringLiteral("중국"));
    nationalities->applySearch();
    ASSERT_EQ(nationalities->visibleCount(), 1);
    EXPECT_EQ(list(Dimension::Nationality)->model()->index(0, 0).data(CategoryIdRole).toString(),
              QStringLiteral("China"));
}

TEST_F(FilterPanelTest, searchDebounceIs200Milliseconds)
{
    auto *timer = panel.findChild<QTimer *>(QStringLiteral("nationalitySearchDebounce"));
    ASSERT_NE(timer, nullptr);
    EXPECT_EQ(timer->interval(), 200);
    EXPECT_TRUE(timer->isSingleShot());
}

TEST_F(FilterPanelTest, hiddenCheckedItemsStayInTheFilter)
{
    QSignalSpy spy(&panel, &FilterPanel::filterChanged);
    list(Dimension::Nationality)->model()->setData(rowOf(Dimension::Nationality, QStringLiteral("China")),
                                                  Qt::Checked, Qt::CheckStateRole);
    panel.checklist(Dimension::Nationality)->searchField()->setText(QStringLiteral("japan"));
    panel.checklist(Dimension::Nationality)->applySearch();
    list(Dimension::Nationality)->model()->setData(rowOf(Dimension::Nationality, QStringLiteral("Japan")),
                                                  Qt::Checked, Qt::CheckStateRole);
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(lastEmitted(spy).selection(Dimension::Nationality),
              (QStringList{QStringLiteral("China"), QStringLiteral("Japan")}));
}

TEST_F(FilterPanelTest, resetEmitsAllYearsNoSelectionTopFive)
{
    FilterState f = model.filter();
    f.focusYear = 2015;
    f.topN = 9;
    f.selection(Dimension::Specialty) = QStringList{QStringLiteral("Dermatology")};
    panel.setFilter(f);
    QSignalSpy spy(&panel, &FilterPanel::filterChanged);
    auto *reset = panel.findChild<QPushButton *>(QStringLiteral("resetFilters"));
    ASSERT_NE(reset, nullptr);
    QTest::mouseClick(reset, Qt::LeftButton);

    ASSERT_EQ(spy.count(), 1);
    const FilterState emitted = lastEmitted(spy);
    EXPECT_EQ(emitted.fromYear, 2009);
    EXPECT_EQ(emitted.toYear, 2024);
    EXPECT_EQ(emitted.focusYear, 2024);
    EXPECT_EQ(emitted.topN, 5);
    for (Dimension d : kAllDimensions)
        EXPECT_FALSE(emitted.hasSelection(d)) << qPrintable(dimensionId(d));
}

TEST_F(FilterPanelTest, topNRangesFromOneToTwenty)
{
    auto *topN = panel.findChild<QSpinBox *>(QStringLiteral("topN"));
    ASSERT_NE(topN, nullptr);
    EXPECT_EQ(topN->minimum(), 1);
    EXPECT_EQ(topN->maximum(), 20);
    QSignalSpy spy(&panel, &FilterPanel::filterChanged);
    topN->setValue(12);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(lastEmitted(spy).topN, 12);
}

TEST_F(FilterPanelTest, everyControlHasAnAccessibleNameAndTakesKeyboardFocus)
{
    const QList<QWidget *> controls = panel.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *w : controls) {
        if (!qobject_cast<QComboBox *>(w) && !qobject_cast<QSpinBox *>(w) && !qobject_cast<QLineEdit *>(w)
            && !qobject_cast<QListView *>(w) && !qobject_cast<QPushButton *>(w))
            continue;
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QSpinBox *>(w->parentWidget()))
            continue;  // the spin box's own editor
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        ++checked;
        EXPECT_FALSE(w->accessibleName().isEmpty()) << qPrintable(w->objectName());
        EXPECT_TRUE(w->focusPolicy() & Qt::TabFocus) << qPrintable(w->objectName());
    }
    EXPECT_GE(checked, 10);  // focus, from, to, top N, search, 4 lists, reset
}

TEST_F(FilterPanelTest, rendersAtDockSizeWithoutCollapsingTheLists)
{
    panel.resize(300, 900);
    panel.show();
    for (Dimension d : kAllDimensions)
        EXPECT_GE(list(d)->height(), 3 * list(d)->sizeHintForRow(0)) << qPrintable(dimensionId(d));
    const QImage image = panel.grab().toImage();
    ASSERT_EQ(image.size(), panel.size());
    if (qEnvironmentVariableIsSet("MEDTOUR_VIEW_PNG_DIR"))
        image.save(QDir(qEnvironmentVariable("MEDTOUR_VIEW_PNG_DIR")).filePath(QStringLiteral("filterpanel.png")));
}
