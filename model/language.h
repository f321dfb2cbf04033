#pragma once

#include "observation.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace medtour {

// The display languages of the dashboard. English is the source language of every tr() text;
// Korean and Japanese come from resources/translations/medtour_{ko,ja}.ts. The current language
// is process-wide (like the installed QTranslator), read from any thread, and set only by the
// language switch (views/translations.h) or by tests.
enum class Language { English, Korean, Japanese };

/// "en", "ko", "ja": the --lang value, the settings value and the .qm file suffix.
QString languageId(Language lang);
/// Accepts "en", "ko", "ja" (any case, also "en_US", "ko-KR", "ja_JP"); std::nullopt otherwise.
std::optional<Language> languageFromId(const QString &id);
/// Korean for a Korean locale, Japanese for a Japanese one, English for every other locale.
Language languageForLocale(const QLocale &locale);
/// The language's own name for the language menu: "English", "한국어", "日本語".
QString nativeLanguageName(Language lang);
/// QLocale of the language (en_US, ko_KR, ja_JP), for dates and the system dialogs.
QLocale localeFor(Language lang);

/// The language texts are shown in now; English until setCurrentLanguage() is called.
Language currentLanguage();
/// Sets the current language (thread-safe). Callers then retranslate (QEvent::LanguageChange).
void setCurrentLanguage(Language lang);

/// The name of a category in `lang` from the dataset's name columns: English = the stable id,
/// Korean = nameKo, Japanese = nameJa; falls back to the id when the dataset has no name in
/// that language. The id stays the key for filters, saved views and the command line.
QString localizedName(const QString &id, const QString &nameKo, const QString &nameJa,
                      Language lang = currentLanguage());
QString localizedName(const Category &category, Language lang = currentLanguage());

/// A year as a label: "2024" (English), "2024년" (Korean), "2024年" (Japanese).
QString formatYear(int year, Language lang = currentLanguage());
/// A date in long form: "29 November 2026", "2026년 11월 29일", "2026年11月29日".
QString formatDate(const QDate &date, Language lang = currentLanguage());

}  // namespace medtour
