#pragma once

#include "reportpagesetup.h"

#include <model/error.h>
#include <model/viewstate.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QPainter;
class QPrinter;
QT_END_NAMESPACE

namespace medtour {

class DashboardModel;
struct ReportPages;

// The printed summary on pages of a ReportPageSetup (A4 or Letter, portrait or landscape,
// margins): a cover with title, date, dataset provenance, applied filters and the KPI block;
// a section per chart with the chart (vector, through renderChart) and its table; the top-10
// nationality table; definitions and source; optionally the filtered observations. Tables
// break across pages with their header repeated; every page has the source line and
// "Page n of N". One paint path (paintPage) serves print preview, printer and PDF, and the
// pagination depends only on the page setup, never on the device. Reads the DashboardModel
// (which must outlive it); build a new report after the model changed. Never shows dialogs.
// Texts follow currentLanguage() (model/language.h) when the pages are laid out; the layout is
// redone when the language changed since, so a kept report never shows stale translations.
class SummaryReport
{
    Q_DECLARE_TR_FUNCTIONS(medtour::SummaryReport)

public:
    explicit SummaryReport(const DashboardModel &model, QDateTime generated = QDateTime::currentDateTime());
    ~SummaryReport();

    void setPageSetup(const ReportPageSetup &setup);
    const ReportPageSetup &pageSetup() const { return m_setup; }
    /// Appends the filtered data table ("Observations"); off by default.
    void setIncludeObservations(bool include);
    /// Draws the report's charts with the chart options of `view` (share chart as donut or
    /// bars, counts or shares, specialty chart mode, Korean units "117만", growth on a log
    /// scale), so the printed charts match the window's and the exported PNGs. The filter of
    /// `view` is not read: the report shows the model's filter. Defaults: a fresh window's.
    void setChartOptions(const ViewState &view);

    /// Number of pages for the page setup.
    int pageCount() const;
    /// Same as pageCount(), or 0 when `pageRect` is empty (kept for devices' page rectangles).
    int pageCount(const QRectF &pageRect) const;
    /// Paints page `index` (0-based) scaled into `pageRect` (the whole sheet, painter units).
    void paintPage(QPainter &painter, const QRectF &pageRect, int index) const;
    /// Applies the page setup to `printer` and paints the pages of its print range (print
    /// preview and real printers).
    void print(QPrinter &printer) const;
    /// Writes the report as a PDF (QPdfWriter, 300 dpi, vector, fonts embedded, title and
    /// author metadata) atomically to `path`: on error the old file is unchanged.
    std::optional<Error> exportPdf(const QString &path) const;
    /// Title written in the PDF's metadata in the current language: "MedTour Dashboard summary
    /// report 2024" (Korean "MedTour Dashboard 요약 보고서 2024년").
    QString documentTitle() const;

private:
    const ReportPages &pages() const;

    const DashboardModel &m_model;
    QDateTime m_generated;
    ReportPageSetup m_setup;
    bool m_includeObservations = false;
    ViewState m_chartOptions;
    mutable std::shared_ptr<const ReportPages> m_pages;  // built on first use
};

}  // namespace medtour
