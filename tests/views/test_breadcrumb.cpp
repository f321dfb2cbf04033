#include <views/breadcrumb.h>

#include <QSignalSpy>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace medtour;

TEST(Breadcrumb, showsOneRemovableChipPerActiveFilter)
{
    Breadcrumb crumb(nullptr);
    EXPECT_TRUE(crumb.chipTexts().isEmpty());
    EXPECT_FALSE(crumb.rootButton()->isEnabled());  // nothing to clear
    FilterState f;
    f.selection(Dimension::Nationality) = {QStringLiteral("Japan")};
    f.selection(Dimension::Region) = {QStringLiteral("Seoul"), QStringLiteral("Busan")};
    f.setOtherExpanded(Dimension::Specialty, true);
    crumb.setFilter(f);
    EXPECT_EQ(crumb.chipTexts(), (QStringList{QStringLiteral("Nationality: Japan ✕"),
                                              QStringLiteral("Specialty: Other expanded ✕"),
                                              QStringLiteral("Region: Seoul, Busan ✕")}));
    EXPECT_TRUE(crumb.rootButton()->isEnabled());
    for (QToolButton *chip : crumb.chips()) {
        EXPECT_FALSE(chip->accessibleName().isEmpty());
        EXPECT_TRUE(chip->focusPolicy() & Qt::TabFocus);
    }
    EXPECT_EQ(crumb.chips().first()->accessibleName(), QStringLiteral("Remove filter Nationality: Japan"));
}

TEST(Breadcrumb, clickingAChipAsksToRemoveItsFilter)
{
    Breadcrumb crumb(nullptr);
    FilterState f;
    f.selection(Dimension::Nationality) = {QStringLiteral("Japan")};
    f.setOtherExpanded(Dimension::Specialty, true);
    crumb.setFilter(f);
    QSignalSpy removed(&crumb, &Breadcrumb::selectionRemoved);
    QSignalSpy folded(&crumb, &Breadcrumb::expansionRemoved);
    QSignalSpy cleared(&crumb, &Breadcrumb::clearAllRequested);
    crumb.chips().at(0)->click();
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.first().first().value<Dimension>(), Dimension::Nationality);
    crumb.chips().at(1)->click();
    ASSERT_EQ(folded.count(), 1);
    EXPECT_EQ(folded.first().first().value<Dimension>(), Dimension::Specialty);
    crumb.rootButton()->click();
    EXPECT_EQ(cleared.count(), 1);
}

TEST(Breadcrumb, rebuildingKeepsNoStaleChips)
{
    Breadcrumb crumb(nullptr);
    FilterState f;
    f.selection(Dimension::Nationality) = {QStringLiteral("Japan")};
    for (int i = 0; i < 20; ++i)
        crumb.setFilter(i % 2 ? f : FilterState{});
    crumb.setFilter(f);
    EXPECT_EQ(crumb.chips().size(), 1);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(crumb.findChildren<QToolButton *>().size(), 2);  // root + one chip
}
