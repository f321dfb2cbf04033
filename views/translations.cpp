#include "translations.h"

#include "appfonts.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace medtour {

namespace {
QPointer<QTranslator> g_ours;
QPointer<QTranslator> g_qt;

void removeInstalled()
{
    for (QPointer<QTranslator> *t : {&g_ours, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
}
}  // namespace

LanguageNotifier *LanguageNotifier::instance()
{
    static QPointer<LanguageNotifier> notifier;
    if (!notifier)
        notifier = new LanguageNotifier(QCoreApplication::instance());
    return notifier;
}

bool applyLanguage(Language lang)
{
    // The language and the font come first, so widgets that retranslate on LanguageChange
    // already read the new ones.
    setCurrentLanguage(lang);
    QLocale::setDefault(localeFor(lang));
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        installApplicationFonts();
    removeInstalled();
    bool ok = true;
    if (lang != Language::English) {
        const QString id = languageId(lang);
        auto *ours = new QTranslator(QCoreApplication::instance());
        if (ours->load(QStringLiteral(":/i18n/medtour_%1.qm").arg(id))) {
            QCoreApplication::installTranslator(ours);
            g_ours = ours;
        } else {
            delete ours;
            ok = false;
        }
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QStringLiteral("qtbase_%1").arg(id), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            g_qt = qt;
        } else {
            delete qt;
        }
    }
    // install/removeTranslator post LanguageChange to the top-level widgets; send it once more
    // for the cases where no translator changed hands (English to English: names, years and
    // fonts may still have changed), then deliver the posted events now, so callers and tests
    // see retranslated widgets on return.
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    emit LanguageNotifier::instance()->languageChanged(lang);
    return ok;
}

}  // namespace medtour
