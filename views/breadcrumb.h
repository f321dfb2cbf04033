#pragma once

#include <model/filterstate.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QHBoxLayout;
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace medtour {

// The drill-down path above the charts: "All data ›" then one removable chip per active
// filter ("Nationality: Japan ✕", "Nationality: Other expanded ✕"). Clicking a chip (or
// Space/Enter on it) asks to remove that filter; "All data" asks to clear them all. Shows a
// FilterState, holds none: the app applies the removal and calls setFilter() again. Owns its
// chips (rebuilt on setFilter()).
class Breadcrumb : public QWidget
{
    Q_OBJECT
public:
    explicit Breadcrumb(QWidget *parent);

    void setFilter(const FilterState &filter);
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

private:
    QToolButton *addChip(const QString &text, const QString &accessibleName);

    QHBoxLayout *m_layout;
    QToolButton *m_root;
    QLabel *m_hint;
    QList<QToolButton *> m_chips;
};

}  // namespace medtour
