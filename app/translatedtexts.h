#pragma once

#include <QAction>
#include <QList>
#include <QMenu>
#include <QPointer>
#include <QRegularExpression>

#include <functional>
#include <utility>

namespace medtour {

/// A menu text as a toolbar shows it: without the accelerator, also the trailing "(&F)" of
/// Korean and Japanese texts ("뒤로(&B)" -> "뒤로", "&Back" -> "Back").
inline QString withoutMnemonic(QString text)
{
    static const QRegularExpression cjkMnemonic(QStringLiteral("\\(&[^&)]\\)"));
    text.remove(cjkMnemonic);
    text.replace(QLatin1String("&&"), QStringLiteral("\u0001"));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(0x0001), QLatin1Char('&'));
    return text;
}

// The texts of a controller's actions, menus and docks that follow the display language: each
// is set when added and again by retranslate() (which the controller calls on
// LanguageNotifier::languageChanged). Does not own the objects; ones deleted meanwhile are
// skipped. A plain value member of its controller.
class TranslatedTexts
{
public:
    /// Calls `apply` now and on every retranslate() while `target` lives.
    void addSetter(QObject *target, std::function<void()> apply)
    {
        apply();
        m_entries.append({QPointer<QObject>(target), std::move(apply)});
    }
    QAction *add(QAction *action, std::function<QString()> text)
    {
        addSetter(action, [action, text = std::move(text)] { action->setText(text()); });
        return action;
    }
    QMenu *add(QMenu *menu, std::function<QString()> text)
    {
        addSetter(menu, [menu, text = std::move(text)] { menu->setTitle(text()); });
        return menu;
    }
    void retranslate() const
    {
        for (const auto &[target, apply] : m_entries) {
            if (target)
                apply();
        }
    }

private:
    QList<std::pair<QPointer<QObject>, std::function<void()>>> m_entries;
};

}  // namespace medtour
