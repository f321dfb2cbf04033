#include "languagecontroller.h"

#include <model/dashboardmodel.h>
#include <views/translations.h>

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QMenu>
#include <QSettings>

namespace medtour {

namespace {
const QString kSettingsKey = QStringLiteral("ui/language");
}

LanguageController::LanguageController(DashboardModel *model, QObject *parent)
    : QObject(parent), m_model(model)
{
}

Language LanguageController::startupLanguage(std::optional<Language> commandLine)
{
    if (commandLine)
        return *commandLine;
    if (auto remembered = languageFromId(QSettings().value(kSettingsKey).toString()))
        return *remembered;
    return languageForLocale(QLocale::system());
}

QMenu *LanguageController::createMenu(QWidget *parent)
{
    m_menu = new QMenu(tr("&Language"), parent);
    m_menu->setObjectName(QStringLiteral("languageMenu"));
    m_group = new QActionGroup(m_menu);
    m_group->setExclusive(true);
    for (Language lang : {Language::English, Language::Korean, Language::Japanese}) {
        auto *action = m_menu->addAction(nativeLanguageName(lang));
        action->setObjectName(QStringLiteral("language_") + languageId(lang));
        action->setCheckable(true);
        action->setData(languageId(lang));
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, lang] { setLanguage(lang); });
    }
    connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, m_menu, [this] {
        m_menu->setTitle(tr("&Language"));
        syncActions();
    });
    syncActions();
    return m_menu;
}

void LanguageController::setLanguage(Language lang)
{
    QSettings().setValue(kSettingsKey, languageId(lang));
    if (lang == currentLanguage()) {
        syncActions();
        return;
    }
    applyLanguage(lang);
    m_model->retranslate();
    syncActions();
    emit languageChanged(lang);
}

void LanguageController::syncActions()
{
    if (!m_group)
        return;
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == languageId(currentLanguage()));
}

}  // namespace medtour
