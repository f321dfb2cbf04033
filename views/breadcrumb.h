#pragma once

#include <model/filterstate.h>
#include <model/observation.h>

#include <QHash>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QHBoxLayout;
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace medtour {

class ObservationCube;

// The drill-down path above the charts: "All data ›" then one removable chip per active
// filter ("Nationality: Japan ✕", "Nationality: Other expanded ✕"). Clicking a chip (or
// Space/Enter on it) asks to remove that filter; "All data" asks to clear them all. Shows a
// FilterState, holds none: the app applies the removal and calls setFilter() again. Texts are
// in the current language, categories by their names from setCube() (ids without it); on a
// language switch the chips are rebuilt. Owns its chips (rebuilt on setFilter()).
class Breadcrumb : public QWidget
{
    Q_OBJECT
public:
    explicit Breadcrumb(QWidget *parent);

    void setFilter(const FilterState &filter);
    /// Takes the category names (nameKo, nameJa) of the cube's dictionaries for the chips, e.g.
    /// "국적: 일본" for the id "Japan" in Korean; copies them (the cube need not outlive this).
    void setCube(const ObservationCube &cube);
    /// The chip texts in display order (e.g. "Nationality: Japan ✕"), for tests.
    QStringList chipTexts() const;
    /// The chip buttons in display order (the "All data" button is not one of them).
    QList<QToolButton *> chips() const { return m_chips; }
    QToolButton *rootButton() const { return m_root; }

signals:
    /// Remove the selection on `dimension`.
    void selectionRemoved(medtour::Dimension dimension);
    /// Fold the members of `dimension` back into "Other".
    void expansionRemoved(medtour::Dimension dimension);
    /// Remove every selection and expansion.
    void clearAllRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QToolButton *addChip(const QString &text, const QString &accessibleName);
    void retranslateUi();
    QString displayName(Dimension d, const QString &id) const;

    QHBoxLayout *m_layout;
    QToolButton *m_root;
    QLabel *m_hint;
    QList<QToolButton *> m_chips;
    FilterState m_filter;  // shown
    QHash<int, QHash<QString, Category>> m_names;  // per dimension: id → category (names)
};

}  // namespace medtour
