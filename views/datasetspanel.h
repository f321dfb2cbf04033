#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QListView;
class QPushButton;
QT_END_NAMESPACE

namespace medtour {

class DatasetRegistry;

// The "Datasets" dock: lists the DatasetRegistry (name in bold, provenance lines below, the
// warning count with the warnings in the tooltip, the active one marked) and asks for
// actions through signals (make active, reload, remove); shows no dialogs and changes
// nothing itself. Texts follow the current language (the provenance lines are the
// registry's). The registry is not owned and must outlive the panel.
class DatasetsPanel : public QWidget
{
    Q_OBJECT
public:
    DatasetsPanel(DatasetRegistry *registry, QWidget *parent);

    /// Row selected in the list, or -1.
    int currentRow() const;
    void setCurrentRow(int row);
    QListView *listView() const { return m_list; }
    QPushButton *activateButton() const { return m_activate; }
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    void activateRequested(int row);
    void reloadRequested(int row);
    void removeRequested(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    DatasetRegistry *m_registry;
    QListView *m_list;
    QPushButton *m_activate;
    QPushButton *m_reload;
    QPushButton *m_remove;
};

}  // namespace medtour
