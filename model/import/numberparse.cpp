#include "numberparse.h"

#include <QRegularExpression>

#include <cmath>

namespace medtour {

namespace {

const QStringList kMissingTokens = {
    QStringLiteral("-"), QStringLiteral("–"), QStringLiteral("—"), QStringLiteral("…"),
    QStringLiteral("..."), QStringLiteral("n/a"), QStringLiteral("na"), QStringLiteral("n.a."), QStringLiteral("#n/a"),
    QStringLiteral("-.-")};

// Units that may follow a number in Korean and English tables.
const QStringList kUnits = {QStringLiteral("%"), QStringLiteral("명"), QStringLiteral("건"),
                            QStringLiteral("개국"), QStringLiteral("개"), QStringLiteral("人"),
                            QStringLiteral("％")};

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Strips the unit suffix, inner spaces and the sign; returns the bare number text.
QString bareNumber(const QString &text, bool *negative)
{
    QString t = text.trimmed();
    bool stripped = true;
    while (stripped) {
        stripped = false;
        for (const QString &unit : kUnits) {
            if (t.endsWith(unit)) {
                t.chop(unit.size());
                t = t.trimmed();
                stripped = true;
            }
        }
    }
    QString out;
    out.reserve(t.size());
    for (QChar c : t) {
        if (!c.isSpace())
            out += c;
    }
    *negative = false;
    if (out.startsWith(QLatin1Char('+'))) {
        out.remove(0, 1);
    } else if (out.startsWith(QLatin1Char('-')) || out.startsWith(QChar(0x2212))) {
        *negative = true;
        out.remove(0, 1);
    }
    return out;
}

// Reads `s` (no sign, no unit) with `group` as thousands separator and `decimal` as decimal mark.
std::optional<double> readGrouped(const QString &s, QChar group, QChar decimal)
{
    const int dec = s.indexOf(decimal);
    if (dec >= 0 && s.indexOf(decimal, dec + 1) >= 0)
        return std::nullopt;
    const QString intPart = dec >= 0 ? s.left(dec) : s;
    const QString fracPart = dec >= 0 ? s.mid(dec + 1) : QString();
    if (dec >= 0 && !allDigits(fracPart))
        return std::nullopt;
    QString digits;
    if (intPart.contains(group)) {
        const QStringList groups = intPart.split(group);
        for (int i = 0; i < groups.size(); ++i) {
            const QString &g = groups.at(i);
            const bool ok = allDigits(g) && (i == 0 ? g.size() <= 3 : g.size() == 3);
            if (!ok)
                return std::nullopt;
            digits += g;
        }
    } else if (intPart.isEmpty()) {
        if (dec < 0)
            return std::nullopt;
        digits = QStringLiteral("0");
    } else if (allDigits(intPart)) {
        digits = intPart;
    } else {
        return std::nullopt;
    }
    if (!fracPart.isEmpty())
        digits += QLatin1Char('.') + fracPart;
    bool ok = false;
    const double v = digits.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

}  // namespace

bool isMissingNumberText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t.isEmpty() || kMissingTokens.contains(t);
}

ParsedNumber parseNumber(const QString &text, NumberLocale locale)
{
    ParsedNumber out;
    if (isMissingNumberText(text))
        return out;
    out.state = ParsedNumber::State::Invalid;
    bool negative = false;
    const QString s = bareNumber(text, &negative);
    if (s.isEmpty())
        return out;
    static const QRegularExpression exponent(QStringLiteral("^[0-9]*\\.?[0-9]+[eE][+-]?[0-9]+$"));
    std::optional<double> v;
    if (allDigits(s)) {
        v = s.toDouble();
    } else if (s.contains(QLatin1Char('e'), Qt::CaseInsensitive) && exponent.match(s).hasMatch()) {
        v = s.toDouble();
    } else {
        if (locale == NumberLocale::Auto)
            locale = detectNumberLocale({s});
        v = locale == NumberLocale::Comma ? readGrouped(s, QLatin1Char('.'), QLatin1Char(','))
                                          : readGrouped(s, QLatin1Char(','), QLatin1Char('.'));
    }
    if (!v || !std::isfinite(*v))
        return out;
    out.state = ParsedNumber::State::Value;
    out.value = negative ? -*v : *v;
    return out;
}

NumberLocale detectNumberLocale(const QStringList &values)
{
    return decideNumberLocale(values).value_or(NumberLocale::Dot);
}

bool hasDotThousandsGroup(const QStringList &values)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{1,3}\\.[0-9]{3}$"));
    for (const QString &v : values) {
        bool negative = false;
        if (re.match(bareNumber(v, &negative)).hasMatch())
            return true;
    }
    return false;
}

std::optional<NumberLocale> decideNumberLocale(const QStringList &values)
{
    int commaVotes = 0;
    int dotVotes = 0;
    for (const QString &value : values) {
        bool negative = false;
        const QString s = bareNumber(value, &negative);
        const int dots = static_cast<int>(s.count(QLatin1Char('.')));
        const int commas = static_cast<int>(s.count(QLatin1Char(',')));
        if (s.contains(QLatin1Char('e'), Qt::CaseInsensitive))
            continue;
        if (dots > 0 && commas > 0) {
            (s.lastIndexOf(QLatin1Char(',')) > s.lastIndexOf(QLatin1Char('.')) ? commaVotes : dotVotes)++;
        } else if (dots >= 2) {
            ++commaVotes;
        } else if (commas >= 2) {
            ++dotVotes;
        } else if (commas == 1) {
            if (s.size() - s.indexOf(QLatin1Char(',')) - 1 != 3)
                ++commaVotes;
        } else if (dots == 1) {
            if (s.size() - s.indexOf(QLatin1Char('.')) - 1 != 3)
                ++dotVotes;
        }
    }
    if (commaVotes == 0 && dotVotes == 0)
        return std::nullopt;
    return commaVotes > 0 && dotVotes == 0 ? NumberLocale::Comma : NumberLocale::Dot;
}

std::optional<qint64> parseCount(const QString &text, NumberLocale locale, bool *invalid)
{
    *invalid = false;
    const ParsedNumber n = parseNumber(text, locale);
    if (n.isMissing())
        return std::nullopt;
    if (n.isInvalid() || n.value != std::floor(n.value) || std::fabs(n.value) > 9.0e15) {
        *invalid = true;
        return std::nullopt;
    }
    return static_cast<qint64>(std::llround(n.value));
}

QString numberLocaleExample(NumberLocale locale)
{
    return locale == NumberLocale::Comma ? QStringLiteral("1.170.467") : QStringLiteral("1,170,467");
}

QString numberLocaleId(NumberLocale locale)
{
    switch (locale) {
    case NumberLocale::Dot:
        return QStringLiteral("dot");
    case NumberLocale::Comma:
        return QStringLiteral("comma");
    case NumberLocale::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<NumberLocale> numberLocaleFromId(const QString &id)
{
    for (NumberLocale l : {NumberLocale::Auto, NumberLocale::Dot, NumberLocale::Comma}) {
        if (numberLocaleId(l) == id)
            return l;
    }
    return std::nullopt;
}

}  // namespace medtour
