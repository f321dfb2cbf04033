#include "language.h"

#include <atomic>

namespace medtour {

namespace {
std::atomic<int> g_current{static_cast<int>(Language::English)};
}

QString languageId(Language lang)
{
    switch (lang) {
    case Language::Korean: return QStringLiteral("ko");
    case Language::Japanese: return QStringLiteral("ja");
    case Language::English: break;
    }
    return QStringLiteral("en");
}

std::optional<Language> languageFromId(const QString &id)
{
    const QString code = id.trimmed().toLower().left(2);
    if (id.trimmed().size() != 2 && !(id.trimmed().size() >= 5 && (id[2] == QLatin1Char('_') || id[2] == QLatin1Char('-'))))
        return std::nullopt;
    if (code == QLatin1String("en"))
        return Language::English;
    if (code == QLatin1String("ko"))
        return Language::Korean;
    if (code == QLatin1String("ja"))
        return Language::Japanese;
    return std::nullopt;
}

Language languageForLocale(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Korean: return Language::Korean;
    case QLocale::Japanese: return Language::Japanese;
    default: return Language::English;
    }
}

QString nativeLanguageName(Language lang)
{
    switch (lang) {
    case Language::Korean: return QStringLiteral("한국어");
    case Language::Japanese: return QStringLiteral("日本語");
    case Language::English: break;
    }
    return QStringLiteral("English");
}

QLocale localeFor(Language lang)
{
    switch (lang) {
    case Language::Korean: return QLocale(QLocale::Korean, QLocale::SouthKorea);
    case Language::Japanese: return QLocale(QLocale::Japanese, QLocale::Japan);
    case Language::English: break;
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

Language currentLanguage()
{
    return static_cast<Language>(g_current.load(std::memory_order_relaxed));
}

void setCurrentLanguage(Language lang)
{
    g_current.store(static_cast<int>(lang), std::memory_order_relaxed);
}

QString localizedName(const QString &id, const QString &nameKo, const QString &nameJa, Language lang)
{
    if (lang == Language::Korean && !nameKo.isEmpty())
        return nameKo;
    if (lang == Language::Japanese && !nameJa.isEmpty())
        return nameJa;
    return id;
}

QString localizedName(const Category &category, Language lang)
{
    return localizedName(category.id, category.nameKo, category.nameJa, lang);
}

QString formatYear(int year, Language lang)
{
    switch (lang) {
    case Language::Korean: return QString::number(year) + QStringLiteral("년");
    case Language::Japanese: return QString::number(year) + QStringLiteral("年");
    case Language::English: break;
    }
    return QString::number(year);
}

QString formatDate(const QDate &date, Language lang)
{
    if (!date.isValid())
        return {};
    switch (lang) {
    case Language::Korean:
        return QStringLiteral("%1년 %2월 %3일").arg(date.year()).arg(date.month()).arg(date.day());
    case Language::Japanese:
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    case Language::English: break;
    }
    return localeFor(Language::English).toString(date, QStringLiteral("d MMMM yyyy"));
}

}  // namespace medtour
