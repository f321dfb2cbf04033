#pragma once

#include "importspec.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace medtour {

// The outcome of reading one number cell of an imported file: a value, "not published"
// (empty, "-", "…", "n/a": never 0), or text that is not a number.
struct ParsedNumber {
    enum class State { Value, Missing, Invalid };
    State state = State::Missing;
    double value = 0.0;

    bool isValue() const { return state == State::Value; }
    bool isMissing() const { return state == State::Missing; }
    bool isInvalid() const { return state == State::Invalid; }
};

/// True for the texts that mean "not published": empty, "-", "–", "—", "…", "...", "n/a",
/// "N/A", "na", "n.a." (trimmed, case-insensitive).
bool isMissingNumberText(const QString &text);

/// Reads a number as written in analysts' files: "1,170,467", "1170467", "441112명", "37.7%",
/// "+5", "-3", "1.2E+06"; with NumberLocale::Comma "1.170.467" and "37,7". Thousands groups
/// must have three digits ("37,7" is invalid with Dot). A trailing unit (%, 명, 건, 개국, 人)
/// and inner spaces are dropped. Auto decides from the text alone (detectNumberLocale({text})).
ParsedNumber parseNumber(const QString &text, NumberLocale locale);

/// Decides how a column's numbers are written from its values: Comma when some value can only
/// be read with a decimal comma ("1.170.467", "37,7", "1.234,5") and none only with a decimal
/// point; Dot otherwise (also when nothing decides). Never returns Auto.
NumberLocale detectNumberLocale(const QStringList &values);

/// detectNumberLocale() that says when nothing decides (every value is plain or ambiguous, e.g.
/// "1,170" or "605.768"): std::nullopt then.
std::optional<NumberLocale> decideNumberLocale(const QStringList &values);

/// True when some value is written like "605.768": digits, one dot, three digits. As a count
/// it can only be 605,768 with a decimal comma.
bool hasDotThousandsGroup(const QStringList &values);

/// parseNumber() for counts: a whole number (patients, department-based counts, countries).
/// std::nullopt when missing; sets *invalid when the text is not a whole number.
std::optional<qint64> parseCount(const QString &text, NumberLocale locale, bool *invalid);

/// "1,170,467" / "1.170.467": how a locale writes numbers, for messages.
QString numberLocaleExample(NumberLocale locale);

/// "auto", "dot", "comma".
QString numberLocaleId(NumberLocale locale);
std::optional<NumberLocale> numberLocaleFromId(const QString &id);

}  // namespace medtour
