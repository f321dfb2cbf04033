#include "undoviewcommand.h"

#include "explorationcontroller.h"

namespace medtour {

namespace {
constexpr int kScalarEditId = 0x4d54;  // "MT": all mergeable scalar edits share one id
}

UndoViewCommand::UndoViewCommand(ExplorationController *controller, ExplorationState before, ExplorationState after,
                                 TextFunction text, const QString &mergeField)
    : QUndoCommand(text()),
      m_controller(controller),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_mergeField(mergeField),
      m_text(std::move(text))
{
}

void UndoViewCommand::undo()
{
    m_controller->apply(m_before);
}

void UndoViewCommand::redo()
{
    m_controller->apply(m_after);
}

int UndoViewCommand::id() const
{
    return m_mergeField.isEmpty() ? -1 : kScalarEditId;
}

bool UndoViewCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const UndoViewCommand *>(other);
    if (!next || next->m_mergeField != m_mergeField || next->m_before != m_after)
        return false;
    m_after = next->m_after;
    setText(next->text());
    setObsolete(m_after == m_before);  // stepped back to where it started: nothing to undo
    return true;
}

QString UndoViewCommand::singleScalarChange(const ExplorationState &a, const ExplorationState &b)
{
    if (a.path != b.path)
        return {};
    ViewState va = a.view;
    const ViewState &vb = b.view;
    QString field;
    int changes = 0;
    auto take = [&](int &x, int y, const char *name) {
        if (x != y) {
            x = y;
            field = QString::fromLatin1(name);
            ++changes;
        }
    };
    take(va.filter.fromYear, vb.filter.fromYear, "from_year");
    take(va.filter.toYear, vb.filter.toYear, "to_year");
    take(va.filter.topN, vb.filter.topN, "top_n");
    take(va.filter.focusYear, vb.filter.focusYear, "focus_year");
    return changes == 1 && va == vb ? field : QString();
}

}  // namespace medtour
