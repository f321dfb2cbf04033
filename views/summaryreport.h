#pragma once

#include <model/error.h>

#include <QDateTime>
#include <QRectF>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QPainter;
class QPrinter;
QT_END_NAMESPACE

namespace medtour {

class DashboardModel;

// The printed summary: A4 pages with title, date, dataset provenance, applied filters, the
// KPI block, the three charts as vector graphics (through renderChart), a top-10 nationality
// table (patients, share, YoY), definitions (real patients vs department-based), the source
// line and "Page n of N". One paint path (paintPage) serves print preview, printer and PDF.
// Reads the DashboardModel (which must outlive it); never shows dialogs.
class SummaryReport
{
public:
    explicit SummaryReport(const DashboardModel &model, QDateTime generated = QDateTime::currentDateTime());

    /// Number of pages for a page of `pageRect` (painter logical units).
    int pageCount(const QRectF &pageRect) const;
    /// Paints page `index` (0-based) into `pageRect`.
    void paintPage(QPainter &painter, const QRectF &pageRect, int index) const;
    /// Paints every page on `printer` (print preview and real printers), A4 portrait.
    void print(QPrinter &printer) const;
    /// Writes the report as a PDF (QPdfWriter, A4, 300 dpi, vector) atomically to `path`.
    std::optional<Error> exportPdf(const QString &path) const;

private:
    const DashboardModel &m_model;
    QDateTime m_generated;
};

}  // namespace medtour
