#pragma once

#include "explorationstate.h"

#include <QUndoCommand>

#include <functional>

namespace medtour {

class ExplorationController;

// One undoable exploration step: the whole state before and after (filter, chart options,
// drill path), applied through ExplorationController::apply(). Consecutive edits of the same
// scalar field (a year or top-N spin box stepped or typed) merge into one step. The
// controller must outlive the command (the QUndoStack it owns holds the commands).
class UndoViewCommand : public QUndoCommand
{
public:
    /// Makes the step's text in the current language (called again by retranslate()).
    using TextFunction = std::function<QString()>;

    /// `mergeField` names the single scalar field this step changed ("from_year", "to_year",
    /// "top_n", "focus_year"), or is empty when the step must never merge.
    UndoViewCommand(ExplorationController *controller, ExplorationState before, ExplorationState after,
                    TextFunction text, const QString &mergeField = {});

    /// Re-makes the text after the language changed.
    void retranslate() { setText(m_text()); }

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const ExplorationState &before() const { return m_before; }
    const ExplorationState &after() const { return m_after; }

    /// The scalar field that alone differs between two filters ("from_year", "to_year",
    /// "top_n", "focus_year"), empty when none or several differ or anything else changed.
    static QString singleScalarChange(const ExplorationState &a, const ExplorationState &b);

private:
    ExplorationController *m_controller;
    ExplorationState m_before;
    ExplorationState m_after;
    QString m_mergeField;
    TextFunction m_text;
};

}  // namespace medtour
