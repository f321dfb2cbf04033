#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace medtour {

// The observations table: a sortable QTableView over DashboardModel::tableModel() (the
// FilterProxyModel, which sorts numerically by RawValueRole) with a row-count line such as
// "84 of 439 observations" in the current language. Does not own the model. Owns its table
// and label.
class DataTableView : public QWidget
{
    Q_OBJECT
public:
    explicit DataTableView(QWidget *parent);

    /// Shows `model`, a proxy whose source is the DatasetModel (DatasetModel::Column order).
    /// Sets column widths, enables header sorting (initially by year, ascending).
    void setModel(QAbstractItemModel *model);

    QTableView *tableView() const { return m_table; }
    /// "84 of 439 observations"; "439 observations" when nothing is filtered out.
    QString rowCountText() const;

protected:
    /// On a language switch: the row-count line, accessible names and column widths.
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateRowCount();
    void applyColumnWidths();

    QTableView *m_table;
    QLabel *m_rowCount;
    QAbstractItemModel *m_model = nullptr;
};

}  // namespace medtour
