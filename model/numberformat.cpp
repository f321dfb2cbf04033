#include "numberformat.h"

#include <cmath>

namespace medtour {

namespace {
const QString kNa = QStringLiteral("n/a");
const QString kApprox = QStringLiteral("≈");

QString groupDigits(qint64 v)
{
    const bool negative = v < 0;
    QString digits = QString::number(negative ? -v : v);
    for (int i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return negative ? QStringLiteral("−") + digits : digits;
}
}  // namespace

double roundToOneDecimal(double v)
{
    return std::round(v * 10.0) / 10.0;
}

QString formatCount(std::optional<qint64> value, ObservationStatus status)
{
    if (!value)
        return kNa;
    const QString text = groupDigits(*value);
    return isApproximate(status) && status != ObservationStatus::Summed ? kApprox + text : text;
}

QString formatPercent(std::optional<double> pct, bool approximate)
{
    if (!pct || !std::isfinite(*pct))
        return kNa;
    const QString text = QString::number(roundToOneDecimal(*pct), 'f', 1) + QLatin1Char('%');
    return approximate ? kApprox + text : text;
}

QString formatGrowth(std::optional<double> pct, bool approximate)
{
    if (!pct || !std::isfinite(*pct))
        return kNa;
    const double r = roundToOneDecimal(*pct);
    QString text = QString::number(std::abs(r), 'f', 1) + QLatin1Char('%');
    text = (r < 0 ? QStringLiteral("−") : QStringLiteral("+")) + text;
    return approximate ? kApprox + text : text;
}

}  // namespace medtour
