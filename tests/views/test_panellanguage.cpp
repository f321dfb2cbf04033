// The dashboard's panels (KPI strip, filter panel, breadcrumb) in Korean and Japanese:
// labels, category names and years follow a run-time switch; ids and numbers stay.
#include <views/breadcrumb.h>
#include <views/categorychecklist.h>
#include <views/filterpanel.h>
#include <views/kpistrip.h>
#include <views/translations.h>

#include <model/dashboardmodel.h>
#include <model/modelroles.h>

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

#include <gtest/gtest.h>

#include "builtinmodeltest.h"

using namespace medtour;
using Kpi = KpiStrip::Kpi;

namespace {

using PanelLanguage = test::BuiltinModelTest;

}  // namespace

TEST_F(PanelLanguage, kpiLabelsAndNamesChangeNumbersStay)
{
    KpiStrip strip(nullptr);
    strip.setSummary(model.summary());
    applyLanguage(Language::Korean);
    EXPECT_EQ(strip.titleText(Kpi::Total), QStringLiteral("외국인환자 2024년"));
    EXPECT_EQ(strip.valueText(Kpi::Total), QStringLiteral("1,170,467"));
    EXPECT_EQ(strip.titleText(Kpi::Growth), QStringLiteral("전년 대비 증감률 2024년"));
    EXPECT_EQ(strip.valueText(Kpi::Growth), QStringLiteral("+93.2%"));
    EXPECT_EQ(strip.valueText(Kpi::TopNationality), QStringLiteral("일본 37.7%"));
    EXPECT_EQ(strip.detailText(Kpi::TopNationality), QStringLiteral("441,112명"));
    // The dataset's English note is quoted as such, not shown as if it were interface text.
    EXPECT_TRUE(strip.toolTipText(Kpi::Total).contains(QStringLiteral("데이터셋 메모 (원문): First year above 1 million")))
        << strip.toolTipText(Kpi::Total).toStdString();
    EXPECT_EQ(strip.valueText(Kpi::TopSpecialty), QStringLiteral("피부과 56.6%"));

    applyLanguage(Language::Japanese);
    EXPECT_EQ(strip.titleText(Kpi::Total), QStringLiteral("外国人患者 2024年"));
    EXPECT_EQ(strip.titleText(Kpi::TopNationality), QStringLiteral("最多国籍 2024年"));
    EXPECT_EQ(strip.valueText(Kpi::TopNationality), QStringLiteral("日本 37.7%"));
    EXPECT_EQ(strip.detailText(Kpi::TopNationality), QStringLiteral("441,112人"));

    applyLanguage(Language::English);
    EXPECT_EQ(strip.titleText(Kpi::Total), QStringLiteral("Foreign patients 2024"));
    EXPECT_EQ(strip.valueText(Kpi::TopNationality), QStringLiteral("Japan 37.7%"));
}

TEST_F(PanelLanguage, filterPanelShowsNamesAndYearsInTheLanguageAndKeepsIds)
{
    FilterPanel panel(nullptr);
    panel.setCube(*model.cube());
    FilterState f = model.filter();
    f.selection(Dimension::Nationality) = {QStringLiteral("Japan")};
    panel.setFilter(f);
    const FilterState before = panel.currentFilter();
    auto *focus = panel.findChild<QComboBox *>(QStringLiteral("focusYear"));
    ASSERT_NE(focus, nullptr);
    QSignalSpy spy(&panel, &FilterPanel::filterChanged);

    applyLanguage(Language::Korean);
    EXPECT_EQ(focus->currentText(), QStringLiteral("2024년"));
    EXPECT_EQ(focus->currentData().toInt(), 2024);
    EXPECT_EQ(panel.findChild<QPushButton *>(QStringLiteral("resetFilters"))->text(), QStringLiteral("필터 초기화(&R)"));
    QAbstractItemModel *items = panel.checklist(Dimension::Nationality)->listView()->model();
    QString japan;
    for (int r = 0; r < items->rowCount(); ++r) {
        if (items->index(r, 0).data(CategoryIdRole).toString() == QStringLiteral("Japan"))
            japan = items->index(r, 0).data().toString();
    }
    EXPECT_EQ(japan, QStringLiteral("일본"));

    applyLanguage(Language::Japanese);
    EXPECT_EQ(focus->currentText(), QStringLiteral("2024年"));
    CategoryChecklist *list = panel.checklist(Dimension::Nationality);
    list->searchField()->setText(QStringLiteral("日本"));
    list->applySearch();
    ASSERT_EQ(list->visibleCount(), 1);
    EXPECT_EQ(items->index(0, 0).data().toString(), QStringLiteral("日本"));
    EXPECT_EQ(items->index(0, 0).data(CategoryIdRole).toString(), QStringLiteral("Japan"));
    EXPECT_EQ(items->index(0, 0).data(Qt::CheckStateRole).toInt(), Qt::Checked);  // still selected
    list->clearSearch();

    EXPECT_EQ(panel.currentFilter(), before);  // ids and years unchanged
    EXPECT_EQ(panel.currentFilter().selection(Dimension::Nationality), QStringList{QStringLiteral("Japan")});
    EXPECT_EQ(spy.count(), 0);  // a language switch is no filter edit
}

TEST_F(PanelLanguage, breadcrumbChipsNameTheSelectionInTheLanguage)
{
    Breadcrumb crumb(nullptr);
    crumb.setCube(*model.cube());
    FilterState f;
    f.selection(Dimension::Nationality) = {QStringLiteral("Japan")};
    crumb.setFilter(f);
    EXPECT_EQ(crumb.chipTexts(), QStringList{QStringLiteral("Nationality: Japan ✕")});
    applyLanguage(Language::Korean);
    ASSERT_EQ(crumb.chipTexts().size(), 1);
    EXPECT_EQ(crumb.chipTexts().constFirst(), QStringLiteral("국적: 일본 ✕"));
    EXPECT_EQ(crumb.rootButton()->text(), QStringLiteral("전체 데이터 ›"));
    applyLanguage(Language::Japanese);
    ASSERT_EQ(crumb.chipTexts().size(), 1);
    EXPECT_TRUE(crumb.chipTexts().constFirst().contains(QStringLiteral("日本"))) << crumb.chipTexts().constFirst().toStdString();
    QSignalSpy removed(&crumb, &Breadcrumb::selectionRemoved);
    crumb.chips().constFirst()->click();
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.first().first().value<Dimension>(), Dimension::Nationality);
}
