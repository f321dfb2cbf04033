#pragma once

// Sets the display language (model/language.h) for one test and restores English when the
// scope ends, so a failing assertion cannot leak a language into the next test. The model
// tests install no translator: tr() texts stay English; only category names, years and
// numbers follow the language.

#include <model/language.h>

namespace medtour::test {

class LanguageGuard
{
public:
    explicit LanguageGuard(Language lang) { setCurrentLanguage(lang); }
    ~LanguageGuard() { setCurrentLanguage(Language::English); }
    LanguageGuard(const LanguageGuard &) = delete;
    LanguageGuard &operator=(const LanguageGuard &) = delete;
};

}  // namespace medtour::test
