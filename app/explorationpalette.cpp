#include "explorationpalette.h"

#include <QApplication>
#include <QEvent>

namespace medtour {

ExplorationPalette::ExplorationPalette(QObject *parent)
    : QObject(parent), m_systemPalette(QGuiApplication::palette())
{
    m_dark = isDarkPalette(m_systemPalette);
    qApp->installEventFilter(this);
}

bool ExplorationPalette::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette ExplorationPalette::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1f, 0x1f, 0x1f), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

void ExplorationPalette::setDark(bool dark)
{
    m_installing = true;
    QApplication::setPalette(dark ? darkPalette() : (isDarkPalette(m_systemPalette) ? QPalette() : m_systemPalette));
    m_installing = false;
    update(dark);
}

void ExplorationPalette::addListener(std::function<void(bool)> apply)
{
    apply(m_dark);
    m_listeners.append(std::move(apply));
}

bool ExplorationPalette::eventFilter(QObject *watched, QEvent *event)
{
    // The system switched light/dark (or a style installed another palette): follow it.
    if (event->type() == QEvent::ApplicationPaletteChange && watched == qApp && !m_installing)
        update(isDarkPalette(QGuiApplication::palette()));
    return QObject::eventFilter(watched, event);
}

void ExplorationPalette::update(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    for (const auto &apply : std::as_const(m_listeners))
        apply(dark);
    emit darkChanged(dark);
}

}  // namespace medtour
