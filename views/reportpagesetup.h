#pragma once

#include <QMarginsF>
#include <QPageLayout>
#include <QSizeF>
#include <QString>

#include <optional>

namespace medtour {

// Page setup of the printed summary report: paper (A4 or US Letter), orientation and margins in
// millimetres. A plain value shared by the PDF writer, the printer and print preview, so all
// three get the same pages. The app remembers it (QSettings); batch mode reads --page-size and
// --orientation.
struct ReportPageSetup {
    enum class Paper { A4, Letter };
    Paper paper = Paper::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QMarginsF marginsMm{15.0, 15.0, 15.0, 15.0};  // left, top, right, bottom

    /// Sheet size in millimetres, oriented (A4 portrait 210 x 297, Letter landscape 279.4 x 215.9).
    QSizeF pageSizeMm() const;
    /// The QPageLayout for printers and QPdfWriter: paper, orientation, zero margins (the report
    /// draws its own margins on the full sheet).
    QPageLayout pageLayout() const;
    /// "A4 portrait, margins 15 mm" in the current language (for people; paperName() and
    /// orientationName() are the ids for settings and the command line).
    QString describe() const;

    /// "A4" / "Letter" (case-insensitive) or std::nullopt.
    static std::optional<Paper> paperFromName(const QString &name);
    /// "portrait" / "landscape" (case-insensitive) or std::nullopt.
    static std::optional<QPageLayout::Orientation> orientationFromName(const QString &name);
    static QString paperName(Paper paper);
    static QString orientationName(QPageLayout::Orientation orientation);

    bool operator==(const ReportPageSetup &other) const
    {
        return paper == other.paper && orientation == other.orientation && marginsMm == other.marginsMm;
    }
    bool operator!=(const ReportPageSetup &other) const { return !(*this == other); }
};

}  // namespace medtour
