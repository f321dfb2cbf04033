#pragma once

#include <model/viewstate.h>

#include <QList>

namespace medtour {

// One drill-down step: the filter on `dimension` as it was before the user clicked into it
// (its selection and whether "Other" was expanded). Going back restores exactly that.
struct DrillStep {
    Dimension dimension = Dimension::Nationality;
    QStringList previousSelection;
    bool previousExpanded = false;
    friend bool operator==(const DrillStep &a, const DrillStep &b)
    {
        return a.dimension == b.dimension && a.previousSelection == b.previousSelection
            && a.previousExpanded == b.previousExpanded;
    }
};

// Everything an undo step restores: the saved-view state plus the drill path (so undo and
// Back never disagree about what "one level up" is). A plain value.
struct ExplorationState {
    ViewState view;
    QList<DrillStep> path;
    friend bool operator==(const ExplorationState &a, const ExplorationState &b)
    {
        return a.view == b.view && a.path == b.path;
    }
    friend bool operator!=(const ExplorationState &a, const ExplorationState &b) { return !(a == b); }
};

}  // namespace medtour
