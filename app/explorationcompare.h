#pragma once

#include <model/comparisontablemodel.h>

#include <QObject>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace medtour {

class ComparisonView;
class DashboardModel;

// The "Compare" page: owns the ComparisonTableModel and its ComparisonView (a child of
// `viewParent`, placed by the window), recomputes the comparison whenever the dashboard's data
// or filter changes or another pair is picked. Starts with the two latest years of
// nationalities. The DashboardModel must outlive this object.
class ExplorationCompare : public QObject
{
    Q_OBJECT
public:
    ExplorationCompare(DashboardModel *model, QWidget *viewParent, QObject *parent);

    ComparisonTableModel *model() const { return m_table; }
    ComparisonView *view() const { return m_view; }
    void setSpec(const ComparisonSpec &spec);

private:
    void recompute();
    void onDatasetChanged();
    void retranslate();

    DashboardModel *m_model;
    ComparisonTableModel *m_table;
    ComparisonView *m_view;
    ComparisonSpec m_spec;
    const void *m_cubeSeen = nullptr;
};

}  // namespace medtour
