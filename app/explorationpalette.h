#pragma once

#include <QList>
#include <QObject>
#include <QPalette>

#include <functional>

namespace medtour {

// Light and dark palettes: follows the system (dark when the application palette's window
// colour has lightness < 128, re-checked on palette changes) and offers a manual toggle
// (View > Dark palette) that installs a dark or light Fusion palette. Every registered
// callback (charts, comparison view) is told the current mode. Child of the application
// object or the window.
class ExplorationPalette : public QObject
{
    Q_OBJECT
public:
    explicit ExplorationPalette(QObject *parent);

    bool isDark() const { return m_dark; }
    /// Installs the dark (or the light) palette for the whole application.
    void setDark(bool dark);
    /// `apply(dark)` is called now and on every change.
    void addListener(std::function<void(bool dark)> apply);
    /// True when `palette` is a dark one (window lightness < 128).
    static bool isDarkPalette(const QPalette &palette);
    static QPalette darkPalette();

signals:
    void darkChanged(bool dark);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update(bool dark);

    bool m_dark = false;
    bool m_installing = false;
    QPalette m_systemPalette;
    QList<std::function<void(bool)>> m_listeners;
};

}  // namespace medtour
