#include "charttooltips.h"

#include <model/numberformat.h>

#include <QStringList>

namespace medtour {

QString countText(std::optional<qint64> value, ObservationStatus status, bool korean)
{
    return korean ? formatCountKorean(value, status) : formatCount(value, status);
}

QString measureCountLabel(Measure measure)
{
    switch (measure) {
    case Measure::RealPatients: return QStringLiteral("Patients");
    case Measure::DepartmentBased: return QStringLiteral("Department-based count");
    case Measure::CountriesOfOrigin: return QStringLiteral("Countries");
    }
    return QStringLiteral("Count");
}

QString markToolTipText(const MarkFacts &facts, bool koreanUnits)
{
    const ResolvedValue &cell = facts.cell;
    QStringList lines;
    QString head = facts.nameKo.isEmpty() ? facts.categoryId : facts.categoryId + QLatin1Char(' ') + facts.nameKo;
    if (facts.year > 0)
        head += QStringLiteral(" · %1").arg(facts.year);
    lines.append(head);
    // The count with its status; a share-only value has no count ("n/a (share only)").
    lines.append(QStringLiteral("%1: %2 (%3)")
                     .arg(measureCountLabel(facts.measure), countText(cell.value, cell.status, koreanUnits),
                          statusLabel(cell.status)));
    const bool shareApprox = isApproximate(cell.status) && cell.status != ObservationStatus::ShareOnly
        && cell.status != ObservationStatus::Summed;
    lines.append(QStringLiteral("Share: %1").arg(formatPercent(cell.sharePct, shareApprox)));
    QString yoy = QStringLiteral("YoY growth: %1").arg(formatGrowth(cell.yoyPct, isApproximate(cell.yoyStatus)));
    if (cell.yoyPct && cell.yoyReported)
        yoy += QStringLiteral(" (as published)");
    lines.append(yoy);
    lines.append(QStringLiteral("Source: %1").arg(cell.sourceIds.isEmpty() ? QStringLiteral("n/a")
                                                                            : cell.sourceIds.join(QStringLiteral(", "))));
    if (!facts.extraLine.isEmpty())
        lines.append(facts.extraLine);
    return lines.join(QLatin1Char('\n'));
}

}  // namespace medtour
