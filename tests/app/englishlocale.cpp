// The binary picks its language from the locale when --lang is not given (README, Languages).
// The batch tests expect English unless they ask for another language, so every process they
// start inherits an English locale, whatever the developer's own is.
#include <QByteArray>
#include <QtGlobal>

namespace {
const bool kEnglishLocale = [] {
    qputenv("LC_ALL", QByteArrayLiteral("C.UTF-8"));
    return true;
}();
}  // namespace
