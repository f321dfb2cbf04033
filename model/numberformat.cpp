#include "numberformat.h"

#include "language.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace medtour {

namespace {
const QString kApprox = QStringLiteral("≈");

QString groupDigits(qint64 v)
{
    const bool negative = v < 0;
    QString digits = QString::number(negative ? -v : v);
    for (int i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return negative ? QStringLiteral("−") + digits : digits;
}
// The myriad units of the current language: 만/억 (Korean, and English, where the option is
// called "Korean units"), 万/億 (Japanese). Japanese writes no space between the groups.
struct MyriadUnits {
    QString man;
    QString eok;
    QString separator;
    bool groupWithinUnits;  // 5,768 (Korean) or 5768 (Japanese) below 10,000
};

MyriadUnits myriadUnits()
{
    if (currentLanguage() == Language::Japanese)
        return {QStringLiteral("万"), QStringLiteral("億"), QString(), false};
    return {QStringLiteral("만"), QStringLiteral("억"), QStringLiteral(" "), true};
}
}  // namespace

QString notAvailableText()
{
    //: a figure that was not published (missing is never zero)
    return QCoreApplication::translate("medtour::NumberFormat", "n/a");
}

QString formatKoreanUnits(qint64 value)
{
    if (value < 0)
        return QStringLiteral("−") + formatKoreanUnits(-value);
    if (value < 10000)
        return groupDigits(value);
    const qint64 eok = value / 100000000;
    const qint64 man = (value / 10000) % 10000;
    const qint64 rest = value % 10000;
    const MyriadUnits units = myriadUnits();
    const auto group = [&units](qint64 v) { return units.groupWithinUnits ? groupDigits(v) : QString::number(v); };
    QStringList parts;
    if (eok > 0)
        parts.append(groupDigits(eok) + units.eok);
    if (man > 0)
        parts.append(group(man) + units.man);
    if (rest > 0)
        parts.append(group(rest));
    return parts.join(units.separator);
}

QString formatKoreanUnitsCompact(double value)
{
    if (!std::isfinite(value))
        return notAvailableText();
    if (value < 0)
        return QStringLiteral("−") + formatKoreanUnitsCompact(-value);
    const auto compact = [](double v, const QString &unit) {
        // Exact with up to two decimals (a nice tick: 2.5만, 112.5만), else three significant
        // digits but never fewer than the integer part (1,170,467 → 117만).
        const bool exact = std::abs(std::round(v * 100.0) - v * 100.0) < 1e-6;
        const int integerDigits = v >= 1.0 ? static_cast<int>(std::floor(std::log10(v))) + 1 : 1;
        const int decimals = exact ? 2 : std::max(0, 3 - integerDigits);
        QString text = QString::number(v, 'f', decimals);
        while (decimals > 0 && text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        return text + unit;
    };
    const MyriadUnits units = myriadUnits();
    if (value >= 1e8)
        return compact(value / 1e8, units.eok);
    if (value >= 1e4)
        return compact(value / 1e4, units.man);
    return groupDigits(static_cast<qint64>(std::llround(value)));
}

QString formatCountKorean(std::optional<qint64> value, ObservationStatus status)
{
    if (!value)
        return notAvailableText();
    const QString text = formatKoreanUnits(*value);
    return isApproximate(status) && status != ObservationStatus::Summed ? kApprox + text : text;
}

QString formatCountKoreanWithCounter(std::optional<qint64> value, ObservationStatus status, Measure measure)
{
    const QString text = formatCountKorean(value, status);
    if (!value)
        return text;
    switch (measure) {
    case Measure::RealPatients:
        return QCoreApplication::translate("medtour::NumberFormat", "%1", "a count of real patients with its counter word (Korean 명)").arg(text);
    case Measure::DepartmentBased:
        return QCoreApplication::translate("medtour::NumberFormat", "%1", "a department-based count with its counter word (Korean 건)").arg(text);
    case Measure::CountriesOfOrigin:
        return QCoreApplication::translate("medtour::NumberFormat", "%1", "a count of countries with its counter word (Korean 개국)").arg(text);
    }
    return text;
}

double roundToOneDecimal(double v)
{
    return std::round(v * 10.0) / 10.0;
}

QString formatCount(std::optional<qint64> value, ObservationStatus status)
{
    if (!value)
        return notAvailableText();
    const QString text = groupDigits(*value);
    return isApproximate(status) && status != ObservationStatus::Summed ? kApprox + text : text;
}

QString formatPercent(std::optional<double> pct, bool approximate)
{
    if (!pct || !std::isfinite(*pct))
        return notAvailableText();
    const QString text = QString::number(roundToOneDecimal(*pct), 'f', 1) + QLatin1Char('%');
    return approximate ? kApprox + text : text;
}

QString formatGrowth(std::optional<double> pct, bool approximate)
{
    if (!pct || !std::isfinite(*pct))
        return notAvailableText();
    const double r = roundToOneDecimal(*pct);
    QString text = QString::number(std::abs(r), 'f', 1) + QLatin1Char('%');
    text = (r < 0 ? QStringLiteral("−") : QStringLiteral("+")) + text;
    return approximate ? kApprox + text : text;
}

}  // namespace medtour
