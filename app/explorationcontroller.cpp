#include "explorationcontroller.h"

#include "undoviewcommand.h"

#include <model/cubequery.h>
#include <model/dashboardmodel.h>
#include <model/language.h>
#include <views/chartviewoptions.h>
#include <views/growthchart.h>
#include <views/nationalitysharechart.h>
#include <views/specialtybreakdownchart.h>
#include <views/translations.h>

#include <QUndoStack>

#include <algorithm>

namespace medtour {

namespace {
// The dimension inside an undo text ("Filter nationality to Japan"), lower case in English.
QString dimensionWord(Dimension d)
{
    switch (d) {
    case Dimension::Nationality: return ExplorationController::tr("nationality", "dimension inside an undo text");
    case Dimension::Specialty: return ExplorationController::tr("specialty", "dimension inside an undo text");
    case Dimension::InstitutionType:
        return ExplorationController::tr("institution type", "dimension inside an undo text");
    case Dimension::Region: return ExplorationController::tr("region", "dimension inside an undo text");
    }
    return {};
}
}  // namespace

ExplorationController::ExplorationController(DashboardModel *model, QObject *parent)
    : QObject(parent), m_model(model), m_undo(new QUndoStack(this))
{
    m_state.view.filter = m_model->filter();
    connect(m_model, &DashboardModel::filterChanged, this, &ExplorationController::onModelFilterChanged);
    // Connected before ExplorationActions exists, so the Undo/Redo actions read renamed steps.
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this,
            &ExplorationController::retranslateUndoSteps);
}

void ExplorationController::retranslateUndoSteps()
{
    for (int i = 0; i < m_undo->count(); ++i) {
        // The stack hands out const pointers; the commands are ours (pushed by push()).
        if (auto *step = dynamic_cast<UndoViewCommand *>(const_cast<QUndoCommand *>(m_undo->command(i))))
            step->retranslate();
    }
}

void ExplorationController::setCharts(NationalityShareChart *shares, GrowthChart *growth,
                                      SpecialtyBreakdownChart *specialties)
{
    m_shares = shares;
    m_growth = growth;
    m_specialties = specialties;
    for (DashboardChart *chart : {static_cast<DashboardChart *>(shares), static_cast<DashboardChart *>(growth),
                                  static_cast<DashboardChart *>(specialties)}) {
        if (!chart)
            continue;
        connect(chart, &DashboardChart::categoryActivated, this, &ExplorationController::drillInto);
        connect(chart, &DashboardChart::otherExpandRequested, this, &ExplorationController::expandOther);
    }
    if (growth)
        connect(growth, &DashboardChart::yearActivated, this, &ExplorationController::setFocusYear);
    applyChartOptions();
}

QString ExplorationController::categoryName(Dimension dimension, const QString &categoryId) const
{
    const auto cube = m_model->cube();
    return cube ? localizedCategoryName(*cube, dimension, categoryId) : categoryId;
}

FilterState ExplorationController::normalized(const FilterState &f) const
{
    const auto cube = m_model->cube();
    return cube && cube->rowCount() > 0 ? f.normalized(cube->minYear(), cube->maxYear()) : f;
}

void ExplorationController::push(ExplorationState next, UndoViewCommand::TextFunction text)
{
    next.view.filter = normalized(next.view.filter);
    if (next == m_state)
        return;
    const QString field = UndoViewCommand::singleScalarChange(m_state, next);
    m_undo->push(new UndoViewCommand(this, m_state, std::move(next), std::move(text), field));
}

void ExplorationController::drillInto(Dimension dimension, const QString &categoryId)
{
    if (categoryId.isEmpty() || categoryId == QLatin1String("Other"))
        return;
    ExplorationState next = m_state;
    FilterState &f = next.view.filter;
    if (f.selection(dimension) == QStringList{categoryId})
        return;
    next.path.append(DrillStep{dimension, f.selection(dimension), f.isOtherExpanded(dimension)});
    f.selection(dimension) = QStringList{categoryId};
    f.setOtherExpanded(dimension, false);
    push(std::move(next), [this, dimension, categoryId] {
        return tr("Filter %1 to %2").arg(dimensionWord(dimension), categoryName(dimension, categoryId));
    });
}

void ExplorationController::expandOther(Dimension dimension)
{
    ExplorationState next = m_state;
    FilterState &f = next.view.filter;
    if (f.isOtherExpanded(dimension))
        return;
    next.path.append(DrillStep{dimension, f.selection(dimension), false});
    f.setOtherExpanded(dimension, true);
    push(std::move(next), [dimension] { return tr("Expand \"Other\" (%1)").arg(dimensionWord(dimension)); });
}

void ExplorationController::back()
{
    if (m_state.path.isEmpty())
        return;
    ExplorationState next = m_state;
    const DrillStep step = next.path.takeLast();
    next.view.filter.selection(step.dimension) = step.previousSelection;
    next.view.filter.setOtherExpanded(step.dimension, step.previousExpanded);
    push(std::move(next), [d = step.dimension] { return tr("Back (%1)").arg(dimensionWord(d)); });
}

namespace {
void dropSteps(QList<DrillStep> &path, Dimension d)
{
    path.erase(std::remove_if(path.begin(), path.end(), [d](const DrillStep &s) { return s.dimension == d; }),
               path.end());
}
}  // namespace

void ExplorationController::removeSelection(Dimension dimension)
{
    ExplorationState next = m_state;
    next.view.filter.selection(dimension).clear();
    dropSteps(next.path, dimension);
    push(std::move(next), [dimension] { return tr("Remove filter %1").arg(dimensionWord(dimension)); });
}

void ExplorationController::removeExpansion(Dimension dimension)
{
    ExplorationState next = m_state;
    next.view.filter.setOtherExpanded(dimension, false);
    dropSteps(next.path, dimension);
    push(std::move(next), [dimension] { return tr("Fold \"Other\" (%1)").arg(dimensionWord(dimension)); });
}

void ExplorationController::clearFilters()
{
    ExplorationState next = m_state;
    for (Dimension d : kAllDimensions) {
        next.view.filter.selection(d).clear();
        next.view.filter.setOtherExpanded(d, false);
    }
    next.path.clear();
    push(std::move(next), [] { return tr("Clear filters"); });
}

void ExplorationController::setPanelFilter(const FilterState &filter, bool isReset)
{
    ExplorationState next = m_state;
    FilterState f = filter;
    for (Dimension d : kAllDimensions) {
        f.setOtherExpanded(d, !isReset && m_state.view.filter.isOtherExpanded(d));
        if (f.selection(d) != m_state.view.filter.selection(d))
            dropSteps(next.path, d);  // edited by hand: no longer a drill level
    }
    if (isReset)
        next.path.clear();
    next.view.filter = f;
    push(std::move(next), [isReset] { return isReset ? tr("Reset filters") : tr("Change filter"); });
}

void ExplorationController::setFocusYear(int year)
{
    ExplorationState next = m_state;
    next.view.filter.focusYear = year;
    push(std::move(next), [year] { return tr("Focus on %1").arg(formatYear(year)); });
}

void ExplorationController::setView(const ViewState &view, UndoViewCommand::TextFunction text)
{
    push(ExplorationState{view, {}}, std::move(text));
}

void ExplorationController::resetView(const ViewState &view)
{
    m_undo->clear();
    ExplorationState s{view, {}};
    s.view.filter = normalized(s.view.filter);
    apply(s);
}

void ExplorationController::setNationalityMode(ShareChartMode mode)
{
    setOption(&ViewState::nationalityMode, mode, [mode] { return mode == ShareChartMode::Donut ? tr("Shares as donut") : tr("Shares as bars"); });
}

void ExplorationController::setSpecialtyMode(SpecialtyChartMode mode)
{
    setOption(&ViewState::specialtyMode, mode, [] { return tr("Specialty chart mode"); });
}

void ExplorationController::setNationalityValueKind(ChartValueKind kind)
{
    setOption(&ViewState::nationalityValueKind, kind, [] { return tr("Nationality values"); });
}

void ExplorationController::setSpecialtyValueKind(ChartValueKind kind)
{
    setOption(&ViewState::specialtyValueKind, kind, [] { return tr("Specialty values"); });
}

void ExplorationController::setKoreanUnits(bool on)
{
    setOption(&ViewState::koreanUnits, on, [on] { return on ? tr("Korean units") : tr("Plain numbers"); });
}

void ExplorationController::setGrowthLogScale(bool on)
{
    setOption(&ViewState::growthLogScale, on, [on] { return on ? tr("Log scale") : tr("Linear scale"); });
}

void ExplorationController::apply(const ExplorationState &state)
{
    m_state = state;
    m_applying = true;
    m_model->setFilter(m_state.view.filter);
    m_applying = false;
    m_state.view.filter = m_model->filter();  // normalized by the model
    applyChartOptions();
    emit stateChanged();
}

void ExplorationController::applyChartOptions() const
{
    applyViewToCharts(m_state.view, m_shares, m_growth, m_specialties);
}

void ExplorationController::onModelFilterChanged()
{
    // A new dataset clamps the filter without going through us: follow it silently.
    if (m_applying || m_model->filter() == m_state.view.filter)
        return;
    m_state.view.filter = m_model->filter();
    emit stateChanged();
}

}  // namespace medtour
