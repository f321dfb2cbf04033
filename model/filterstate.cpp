#include "filterstate.h"

#include "cubequery.h"
#include "language.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace medtour {

namespace {

// The tr() context "medtour::FilterState" of this file's texts for people.
struct FilterText {
    Q_DECLARE_TR_FUNCTIONS(medtour::FilterState)
};

}  // namespace

bool FilterState::isSelected(Dimension d, const QString &id) const
{
    const QStringList &s = selection(d);
    return s.isEmpty() || s.contains(id);
}

FilterState FilterState::normalized(int minYear, int maxYear) const
{
    FilterState f = *this;
    if (minYear > maxYear)
        return f;
    f.fromYear = std::clamp(f.fromYear, minYear, maxYear);
    f.toYear = std::clamp(f.toYear, minYear, maxYear);
    if (f.fromYear > f.toYear)
        std::swap(f.fromYear, f.toYear);
    f.focusYear = std::clamp(f.focusYear, minYear, maxYear);
    f.topN = std::clamp(f.topN, 1, 50);
    for (QStringList &s : f.selected) {
        s.removeDuplicates();
        s.sort();
    }
    return f;
}

QStringList FilterState::describe(const ObservationCube *cube) const
{
    QStringList lines;
    lines << FilterText::tr("Focus year: %1").arg(formatYear(focusYear))
          << FilterText::tr("Years: %1–%2").arg(formatYear(fromYear), formatYear(toYear));
    for (Dimension d : kAllDimensions) {
        const QStringList names = cube ? localizedNames(*cube, d, selection(d)) : selection(d);
        lines << QStringLiteral("%1: %2").arg(dimensionLabel(d), hasSelection(d) ? names.join(QStringLiteral(", "))
                                                                                 : FilterText::tr("all", "no category selected"));
    }
    lines << FilterText::tr("Top N: %1").arg(topN);
    QStringList expanded;
    for (Dimension d : kAllDimensions) {
        if (isOtherExpanded(d))
            expanded << dimensionLabel(d);
    }
    if (!expanded.isEmpty())
        lines << FilterText::tr("Other expanded: %1").arg(expanded.join(QStringLiteral(", ")));
    return lines;
}

QJsonObject FilterState::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("from_year"), fromYear);
    o.insert(QStringLiteral("to_year"), toYear);
    o.insert(QStringLiteral("focus_year"), focusYear);
    o.insert(QStringLiteral("top_n"), topN);
    for (Dimension d : kAllDimensions)
        o.insert(dimensionId(d), QJsonArray::fromStringList(selection(d)));
    QJsonArray expanded;
    for (Dimension d : kAllDimensions) {
        if (isOtherExpanded(d))
            expanded.append(dimensionId(d));
    }
    o.insert(QStringLiteral("expand_other"), expanded);
    return o;
}

FilterState FilterState::fromJson(const QJsonObject &o)
{
    FilterState f;
    f.fromYear = o.value(QStringLiteral("from_year")).toInt(f.fromYear);
    f.toYear = o.value(QStringLiteral("to_year")).toInt(f.toYear);
    f.focusYear = o.value(QStringLiteral("focus_year")).toInt(f.focusYear);
    f.topN = o.value(QStringLiteral("top_n")).toInt(f.topN);
    for (Dimension d : kAllDimensions) {
        for (const auto &v : o.value(dimensionId(d)).toArray())
            f.selection(d) << v.toString();
    }
    for (const auto &v : o.value(QStringLiteral("expand_other")).toArray()) {
        if (const auto d = dimensionFromId(v.toString()))
            f.setOtherExpanded(*d, true);
    }
    return f;
}

}  // namespace medtour
