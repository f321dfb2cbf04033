#include "explorationcompare.h"

#include <model/dashboardmodel.h>
#include <views/comparisonview.h>
#include <views/translations.h>

#include <QWidget>

#include <algorithm>

namespace medtour {

ExplorationCompare::ExplorationCompare(DashboardModel *model, QWidget *viewParent, QObject *parent)
    : QObject(parent),
      m_model(model),
      m_table(new ComparisonTableModel(this)),
      m_view(new ComparisonView(m_table, viewParent))
{
    retranslate();
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this, &ExplorationCompare::retranslate);
    connect(m_view, &ComparisonView::specChanged, this, &ExplorationCompare::setSpec);
    connect(m_model, &DashboardModel::changed, this, &ExplorationCompare::onDatasetChanged);
    onDatasetChanged();
}

void ExplorationCompare::retranslate()
{
    m_view->setAccessibleName(tr("Compare two years or two categories"));
}

void ExplorationCompare::onDatasetChanged()
{
    const auto cube = m_model->cube();
    if (cube.get() != m_cubeSeen) {
        m_cubeSeen = cube.get();
        m_view->setCube(*cube);
        if (cube->rowCount() > 0) {
            m_spec.yearB = cube->maxYear();
            m_spec.yearA = std::max(cube->minYear(), cube->maxYear() - 1);
        }
        m_view->setSpec(m_spec);
    }
    recompute();
}

void ExplorationCompare::setSpec(const ComparisonSpec &spec)
{
    m_spec = spec;
    m_view->setSpec(spec);
    recompute();
}

void ExplorationCompare::recompute()
{
    m_table->recompute(*m_model->cube(), m_model->filter(), m_spec);
}

}  // namespace medtour
