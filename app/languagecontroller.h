#pragma once

#include <model/language.h>

#include <QObject>

#include <optional>

class QActionGroup;
class QMenu;
class QWidget;

namespace medtour {

class DashboardModel;

// The View > Language menu and the remembered choice (QSettings "ui/language": "en", "ko",
// "ja"). Switching applies the language to the whole process (views/translations.h) and lets
// the dashboard model rebuild its translated labels; nothing restarts. Owned by the main window.
class LanguageController : public QObject
{
    Q_OBJECT
public:
    LanguageController(DashboardModel *model, QObject *parent);

    /// The language to start in: the command line's --lang, else the remembered choice, else
    /// the system locale (Korean and Japanese locales get their language, others English).
    static Language startupLanguage(std::optional<Language> commandLine);

    /// A "Language" submenu with one checkable action per language, named in its own language
    /// (English, 한국어, 日本語); the menu title retranslates. Owned by `parent`.
    QMenu *createMenu(QWidget *parent);

    /// Switches to `lang`, remembers it and checks its menu action. No-op when unchanged.
    void setLanguage(Language lang);

signals:
    void languageChanged(medtour::Language lang);

private:
    void syncActions();

    DashboardModel *m_model;
    QActionGroup *m_group = nullptr;
    QMenu *m_menu = nullptr;
};

}  // namespace medtour
