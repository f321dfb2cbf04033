#include "reportpagesetup.h"

#include <QCoreApplication>
#include <QPageSize>

namespace medtour {

namespace {
QPageSize::PageSizeId pageSizeId(ReportPageSetup::Paper paper)
{
    return paper == ReportPageSetup::Paper::Letter ? QPageSize::Letter : QPageSize::A4;
}
}  // namespace

QSizeF ReportPageSetup::pageSizeMm() const
{
    const QSizeF portrait = QPageSize(pageSizeId(paper)).size(QPageSize::Millimeter);
    return orientation == QPageLayout::Landscape ? portrait.transposed() : portrait;
}

QPageLayout ReportPageSetup::pageLayout() const
{
    return QPageLayout(QPageSize(pageSizeId(paper)), orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

QString ReportPageSetup::describe() const
{
    const bool uniform = marginsMm.left() == marginsMm.top() && marginsMm.left() == marginsMm.right()
        && marginsMm.left() == marginsMm.bottom();
    const QString margins = uniform
        ? QCoreApplication::translate("medtour::ReportPageSetup", "%1 mm").arg(marginsMm.left())
        : QCoreApplication::translate("medtour::ReportPageSetup", "%1/%2/%3/%4 mm")
              .arg(marginsMm.left())
              .arg(marginsMm.top())
              .arg(marginsMm.right())
              .arg(marginsMm.bottom());
    const QString sheet = paper == Paper::Letter
        ? QCoreApplication::translate("medtour::ReportPageSetup", "Letter", "US Letter paper size")
        : QStringLiteral("A4");
    return orientation == QPageLayout::Landscape
        ? QCoreApplication::translate("medtour::ReportPageSetup", "%1 landscape, margins %2").arg(sheet, margins)
        : QCoreApplication::translate("medtour::ReportPageSetup", "%1 portrait, margins %2").arg(sheet, margins);
}

std::optional<ReportPageSetup::Paper> ReportPageSetup::paperFromName(const QString &name)
{
    if (name.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        return Paper::A4;
    if (name.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
        return Paper::Letter;
    return std::nullopt;
}

std::optional<QPageLayout::Orientation> ReportPageSetup::orientationFromName(const QString &name)
{
    if (name.compare(QLatin1String("portrait"), Qt::CaseInsensitive) == 0)
        return QPageLayout::Portrait;
    if (name.compare(QLatin1String("landscape"), Qt::CaseInsensitive) == 0)
        return QPageLayout::Landscape;
    return std::nullopt;
}

QString ReportPageSetup::paperName(Paper paper)
{
    return paper == Paper::Letter ? QStringLiteral("Letter") : QStringLiteral("A4");
}

QString ReportPageSetup::orientationName(QPageLayout::Orientation orientation)
{
    return orientation == QPageLayout::Landscape ? QStringLiteral("landscape") : QStringLiteral("portrait");
}

}  // namespace medtour
