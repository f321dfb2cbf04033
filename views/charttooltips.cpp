#include "charttooltips.h"

#include <model/language.h>
#include <model/numberformat.h>

#include <QCoreApplication>
#include <QStringList>

namespace medtour {

QString countText(std::optional<qint64> value, ObservationStatus status, bool korean)
{
    return korean ? formatCountKorean(value, status) : formatCount(value, status);
}

QString measureCountLabel(Measure measure)
{
    switch (measure) {
    case Measure::RealPatients: return QCoreApplication::translate("medtour::ChartToolTips", "Patients");
    case Measure::DepartmentBased: return QCoreApplication::translate("medtour::ChartToolTips", "Department-based count");
    case Measure::CountriesOfOrigin: return QCoreApplication::translate("medtour::ChartToolTips", "Countries");
    }
    return QCoreApplication::translate("medtour::ChartToolTips", "Count");
}

QString markName(const MarkFacts &facts)
{
    if (facts.isOther)
        return QCoreApplication::translate("medtour::ChartToolTips", "Other", "remainder after the top N categories");
    return localizedName(facts.categoryId, facts.nameKo, facts.nameJa);
}

QString markToolTipText(const MarkFacts &facts, bool koreanUnits)
{
    const ResolvedValue &cell = facts.cell;
    QStringList lines;
    const QString name = markName(facts);
    // The id (the English name, which filters and the command line use) when it differs.
    QString head = name == facts.categoryId || facts.isOther
        ? name
        : QCoreApplication::translate("medtour::ChartToolTips", "%1 (%2)", "tooltip head: category name (its English id)")
              .arg(name, facts.categoryId);
    if (facts.year > 0)
        head = QCoreApplication::translate("medtour::ChartToolTips", "%1 · %2", "tooltip head: category · year")
                   .arg(head, formatYear(facts.year));
    lines.append(head);
    // The count with its status; a share-only value has no count ("n/a (share only)").
    lines.append(QCoreApplication::translate("medtour::ChartToolTips", "%1: %2 (%3)", "count label: count (status)")
                     .arg(measureCountLabel(facts.measure),
                          koreanUnits ? formatCountKoreanWithCounter(cell.value, cell.status, facts.measure)
                                      : formatCount(cell.value, cell.status),
                          statusLabel(cell.status)));
    const bool shareApprox = isApproximate(cell.status) && cell.status != ObservationStatus::ShareOnly
        && cell.status != ObservationStatus::Summed;
    lines.append(QCoreApplication::translate("medtour::ChartToolTips", "Share: %1")
                     .arg(formatPercent(cell.sharePct, shareApprox)));
    const QString growth = formatGrowth(cell.yoyPct, isApproximate(cell.yoyStatus));
    lines.append(cell.yoyPct && cell.yoyReported
                     ? QCoreApplication::translate("medtour::ChartToolTips", "YoY growth: %1 (as published)").arg(growth)
                     : QCoreApplication::translate("medtour::ChartToolTips", "YoY growth: %1").arg(growth));
    lines.append(QCoreApplication::translate("medtour::ChartToolTips", "Source: %1", "source ids of a value")
                     .arg(cell.sourceIds.isEmpty() ? notAvailableText() : cell.sourceIds.join(QStringLiteral(", "))));
    if (!facts.extraLine.isEmpty())
        lines.append(facts.extraLine);
    return lines.join(QLatin1Char('\n'));
}

}  // namespace medtour
