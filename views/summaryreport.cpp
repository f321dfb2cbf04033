#include "summaryreport.h"

#include "appfonts.h"
#include "reportblock.h"
#include "reportcontent.h"
#include "reportpdftext.h"

#include <model/builtindataset.h>
#include <model/dashboardmodel.h>
#include <model/language.h>
#include <model/observation.h>

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <model/outputfile.h>

#include <algorithm>

namespace medtour {

using namespace reportunits;

// The report laid out: the blocks of each page, for one page setup.
struct ReportPages {
    Language language = Language::English;  // the texts' language
    ReportGeometry geometry;
    QList<QList<ReportBlock>> pages;
};

namespace {

qreal contentHeight(const ReportGeometry &g)
{
    return g.page.height() - g.margins.top() - g.margins.bottom() - reportFooterHeight();
}

// Blocks flow top to bottom; a block that does not fit starts a new page, a heading
// (keepWithNext) moves along with the block after it, a table splits between rows (its header
// repeated) when at least a few rows fit. A block taller than a page gets a page of its own.
QList<QList<ReportBlock>> paginate(QList<ReportBlock> blocks, qreal height)
{
    QList<QList<ReportBlock>> pages{QList<ReportBlock>{}};
    qreal y = 0;
    for (int i = 0; i < blocks.size(); ++i) {
        if (blocks.at(i).pageBreakBefore && !pages.last().isEmpty()) {
            pages.append(QList<ReportBlock>{});
            y = 0;
        }
        // Space needed here: the headings kept with what follows, and the first part of the
        // block they lead to (its minimum when it can split).
        qreal needed = 0;
        int j = i;
        for (; blocks.at(j).keepWithNext && j + 1 < blocks.size(); ++j)
            needed += blocks.at(j).height;
        const ReportBlock &lead = blocks.at(j);
        const bool leadSplits = lead.split && lead.height > height - y - needed;
        needed += leadSplits ? lead.minSplitHeight : lead.height;
        if (y > 0 && y + needed > height) {
            pages.append(QList<ReportBlock>{});
            y = 0;
        }
        ReportBlock block = blocks.at(i);
        ReportBlock first;
        ReportBlock rest;
        if (block.split && y + block.height > height && block.split(height - y, &first, &rest)) {
            pages.last().append(first);
            blocks.insert(i + 1, rest);  // continues on the next page
            pages.append(QList<ReportBlock>{});
            y = 0;
            continue;
        }
        pages.last().append(block);
        y += block.height;
    }
    return pages;
}

void paintRunningHeader(QPainter &painter, const ReportGeometry &g, const QString &text)
{
    painter.setFont(reportFont(7.5));
    painter.setPen(reportMutedColor());
    const qreal top = std::max<qreal>(0, g.margins.top() - mm(8));
    painter.drawText(QRectF(g.margins.left(), top, g.contentWidth(), mm(5)), Qt::AlignLeft | Qt::AlignBottom, text);
}

void paintFooter(QPainter &painter, const ReportGeometry &g, int index, int count, const QString &sourceText)
{
    const qreal top = g.page.height() - g.margins.bottom() - mm(6);
    const qreal left = g.margins.left();
    const qreal width = g.contentWidth();
    painter.setPen(QPen(QColor(0xc0, 0xc6, 0xce), mm(0.25)));
    painter.drawLine(QPointF(left, top), QPointF(left + width, top));
    painter.setFont(reportFont(8));
    painter.setPen(reportMutedColor());
    const QRectF line(left, top + mm(1), width, mm(5));
    const QString page = QCoreApplication::translate("medtour::SummaryReport", "Page %1 of %2").arg(index + 1).arg(count);
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, page);
    const qreal pageWidth = QFontMetricsF(painter.font()).horizontalAdvance(page) + mm(5);
    const QString source = QFontMetricsF(painter.font()).elidedText(sourceText, Qt::ElideRight, line.width() - pageWidth);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, source);
}

QByteArray xmpMetadata(const QString &title, const QString &author)
{
    const auto escaped = [](const QString &s) { return s.toHtmlEscaped().toUtf8(); };
    return QByteArray("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                      "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                      "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
                      "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>")
        + escaped(title)
        + "</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>" + escaped(author)
        + "</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end='w'?>";
}

}  // namespace

SummaryReport::SummaryReport(const DashboardModel &model, QDateTime generated)
    : m_model(model)
    , m_generated(std::move(generated))
{
}

SummaryReport::~SummaryReport() = default;

void SummaryReport::setPageSetup(const ReportPageSetup &setup)
{
    m_setup = setup;
    m_pages.reset();
}

void SummaryReport::setIncludeObservations(bool include)
{
    m_includeObservations = include;
    m_pages.reset();
}

void SummaryReport::setChartOptions(const ViewState &view)
{
    m_chartOptions = view;
    m_pages.reset();
}

const ReportPages &SummaryReport::pages() const
{
    if (!m_pages || m_pages->language != currentLanguage()) {
        auto pages = std::make_shared<ReportPages>();
        pages->language = currentLanguage();
        pages->geometry = ReportGeometry::from(m_setup);
        ReportContentOptions options;
        options.includeObservations = m_includeObservations;
        options.chartOptions = m_chartOptions;
        pages->pages = paginate(buildSummaryReportBlocks(m_model, m_generated, pages->geometry, options),
                                contentHeight(pages->geometry));
        m_pages = pages;
    }
    return *m_pages;
}

int SummaryReport::pageCount() const
{
    return static_cast<int>(pages().pages.size());
}

int SummaryReport::pageCount(const QRectF &pageRect) const
{
    return pageRect.width() <= 0 || pageRect.height() <= 0 ? 0 : pageCount();
}

QString SummaryReport::documentTitle() const
{
    return tr("MedTour Dashboard summary report %1").arg(formatYear(m_model.filter().focusYear));
}

void SummaryReport::paintPage(QPainter &painter, const QRectF &pageRect, int index) const
{
    if (pageRect.width() <= 0 || pageRect.height() <= 0)
        return;
    const ReportPages &layout = pages();
    if (index < 0 || index >= layout.pages.size())
        return;
    const ReportGeometry &g = layout.geometry;

    painter.save();
    painter.translate(pageRect.topLeft());
    const qreal scale = pageRect.width() / g.page.width();
    painter.scale(scale, scale);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    if (index > 0)
        paintRunningHeader(painter, g, QStringLiteral("%1 · %2").arg(summaryReportTitle(), formatYear(m_model.filter().focusYear)));
    qreal y = g.margins.top();
    for (const ReportBlock &block : layout.pages.at(index)) {
        painter.save();
        block.paint(painter, QRectF(g.margins.left(), y, g.contentWidth(), block.height));
        painter.restore();
        y += block.height;
    }
    paintFooter(painter, g, index, static_cast<int>(layout.pages.size()),
                sourceLineFor(m_model.cube() ? m_model.cube()->provenance() : QString()));
    painter.restore();
}

void SummaryReport::print(QPrinter &printer) const
{
    printer.setPageLayout(m_setup.pageLayout());
    // The report draws its own margins, so the painter covers the whole sheet.
    printer.setFullPage(true);
    QPainter painter;
    if (!painter.begin(&printer))
        return;
    const QRectF page(0, 0, printer.width(), printer.height());
    const int count = pageCount();
    const int first = printer.fromPage() > 0 ? std::min(printer.fromPage(), count) - 1 : 0;
    const int last = printer.toPage() > 0 ? std::min(printer.toPage(), count) - 1 : count - 1;
    for (int i = first; i <= last; ++i) {
        if (i > first)
            printer.newPage();
        paintPage(painter, page, i);
    }
    painter.end();
}

std::optional<Error> SummaryReport::exportPdf(const QString &path) const
{
    OutputFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{path, 0, 0, QStringLiteral("cannot open for writing: %1").arg(file.errorString())};
    // The PDF is produced in memory first: its ToUnicode maps are corrected before it is saved
    // (reportpdftext.h: "日本" must not come out of the PDF as "⽇本").
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(m_setup.pageLayout());
        writer.setResolution(300);
        writer.setTitle(documentTitle());
        writer.setCreator(QStringLiteral("MedTour Dashboard"));
        writer.setDocumentXmpMetadata(xmpMetadata(documentTitle(), QStringLiteral("MedTour Dashboard")));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return Error{path, 0, 0, QStringLiteral("cannot start the PDF writer")};
        }
        const QRectF page(0, 0, writer.width(), writer.height());
        const int count = pageCount();
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                writer.newPage();
            paintPage(painter, page, i);
        }
        if (!painter.end()) {
            file.cancelWriting();
            return Error{path, 0, 0, QStringLiteral("cannot finish the PDF")};
        }
    }
    QStringList families{dashboardFontFamily(), dashboardFontFamily(Language::Japanese),
                         dashboardFontFamily(Language::Korean)};
    families.removeDuplicates();
    fixToUnicodeMaps(pdf, sharedGlyphReplacements(families));
    if (file.write(pdf) != pdf.size()) {
        file.cancelWriting();
        return Error{path, 0, 0, QStringLiteral("cannot write: %1").arg(file.errorString())};
    }
    if (!file.commit())
        return Error{path, 0, 0, QStringLiteral("cannot save: %1").arg(file.errorString())};
    return std::nullopt;
}

}  // namespace medtour
