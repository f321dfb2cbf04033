#include <app/explorationcontroller.h>
#include <app/undoviewcommand.h>
#include <model/dashboardmodel.h>

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace medtour;

namespace {
ExplorationState withFrom(int year)
{
    ExplorationState s;
    s.view.filter.fromYear = year;
    return s;
}
}  // namespace

TEST(UndoViewCommand, namesTheSingleScalarFieldThatChanged)
{
    EXPECT_EQ(UndoViewCommand::singleScalarChange(withFrom(2009), withFrom(2010)), QStringLiteral("from_year"));
    ExplorationState both = withFrom(2010);
    both.view.filter.toYear = 2020;
    EXPECT_TRUE(UndoViewCommand::singleScalarChange(withFrom(2009), both).isEmpty());
    ExplorationState selection = withFrom(2009);
    selection.view.filter.selection(Dimension::Nationality) << QStringLiteral("Japan");
    EXPECT_TRUE(UndoViewCommand::singleScalarChange(withFrom(2009), selection).isEmpty());
}

TEST(UndoViewCommand, stepsOfOneSpinBoxMergeAndABackAndForthIsDropped)
{
    QObject owner;
    auto *model = new DashboardModel(&owner);
    ASSERT_FALSE(model->loadBuiltin().has_value());
    ExplorationController controller(model, &owner);
    QUndoStack *stack = controller.undoStack();
    FilterState f = model->filter();
    for (int year : {2010, 2011, 2012}) {
        f.fromYear = year;
        controller.setPanelFilter(f);
    }
    EXPECT_EQ(stack->count(), 1);
    EXPECT_EQ(model->filter().fromYear, 2012);
    f.topN = 7;  // another field: a new step
    controller.setPanelFilter(f);
    EXPECT_EQ(stack->count(), 2);
    f.topN = 5;  // and back where it was: the merged step is obsolete and goes away
    controller.setPanelFilter(f);
    EXPECT_EQ(stack->count(), 1);
    stack->undo();
    EXPECT_EQ(model->filter().fromYear, 2009);
}

TEST(UndoViewCommand, panelEditsKeepAnExpandedOtherUnlessReset)
{
    QObject owner;
    auto *model = new DashboardModel(&owner);
    ASSERT_FALSE(model->loadBuiltin().has_value());
    ExplorationController controller(model, &owner);
    controller.expandOther(Dimension::Nationality);
    FilterState fromPanel = model->filter();
    fromPanel.setOtherExpanded(Dimension::Nationality, false);  // the panel does not know it
    fromPanel.focusYear = 2023;
    controller.setPanelFilter(fromPanel);
    EXPECT_TRUE(model->filter().isOtherExpanded(Dimension::Nationality));
    controller.setPanelFilter(FilterState{}, true);
    EXPECT_FALSE(model->filter().isOtherExpanded(Dimension::Nationality));
    EXPECT_FALSE(controller.canGoBack());
}
