#pragma once

#include <model/language.h>

#include <QObject>

namespace medtour {

/// Switches the whole process to `lang`: removes the translators of the previous language,
/// installs ours (":/i18n/medtour_<ko|ja>.qm", built from resources/translations by
/// qt_add_translations) and Qt's own (qtbase_<ko|ja>.qm from QLibraryInfo::TranslationsPath,
/// for standard dialogs and buttons), sets currentLanguage(), QLocale::setDefault(localeFor())
/// and the language's CJK application font. Qt then sends QEvent::LanguageChange to every
/// widget. English installs no translator (it is the source language). Needs a
/// QCoreApplication. Returns false when our .qm for `lang` is missing (texts then stay English);
/// Qt's own file being absent is not an error.
/// Widgets have retranslated (the LanguageChange events are delivered) when this returns;
/// then LanguageNotifier::languageChanged() is emitted for objects that are not widgets.
bool applyLanguage(Language lang);

// Tells objects that are not widgets (controllers owning QActions, models with translated
// headers) that applyLanguage() switched the language. One process-wide instance, owned by
// the QCoreApplication.
class LanguageNotifier : public QObject
{
    Q_OBJECT
public:
    static LanguageNotifier *instance();

signals:
    void languageChanged(medtour::Language lang);

private:
    using QObject::QObject;
};

}  // namespace medtour
