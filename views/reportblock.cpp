#include "reportblock.h"

#include "appfonts.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace medtour {

using namespace reportunits;

namespace {
constexpr int kWrapFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
constexpr qreal kCardGap = mm(3);
constexpr qreal kCardPadding = mm(2.5);

qreal wrappedHeight(const QString &text, const QFont &font, qreal width)
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(font);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), kWrapFlags, text).height();
}

QFont cardLabelFont() { return reportFont(8); }
QFont cardValueFont() { return reportFont(15, QFont::Bold); }
QFont cardNoteFont() { return reportFont(7.5); }

// Height of one card's content (label, value, note) at `width` (padding excluded).
qreal cardContentHeight(const KpiCard &card, qreal width)
{
    return wrappedHeight(card.label, cardLabelFont(), width) + mm(1)
        + wrappedHeight(card.value, cardValueFont(), width) + mm(1)
        + wrappedHeight(card.note, cardNoteFont(), width);
}

void paintCard(QPainter &painter, const KpiCard &card, const QRectF &rect)
{
    painter.setPen(QPen(QColor(0xd0, 0xd4, 0xda), mm(0.25)));
    painter.setBrush(QColor(0xf5, 0xf7, 0xfa));
    painter.drawRoundedRect(rect, mm(1.5), mm(1.5));
    QRectF inner = rect.adjusted(kCardPadding, kCardPadding, -kCardPadding, -kCardPadding);
    const auto drawPart = [&](const QString &text, const QFont &font, const QColor &color, qreal gap) {
        painter.setFont(font);
        painter.setPen(color);
        const qreal h = wrappedHeight(text, font, inner.width());
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), h), kWrapFlags, text);
        inner.setTop(inner.top() + h + gap);
    };
    drawPart(card.label, cardLabelFont(), reportMutedColor(), mm(1));
    drawPart(card.value, cardValueFont(), QColor(0x1f, 0x2d, 0x3d), mm(1));
    drawPart(card.note, cardNoteFont(), reportMutedColor(), 0);
}
}  // namespace

QFont reportFont(qreal points, QFont::Weight weight)
{
    QFont font;
    // The CJK face of the current language first (Noto Sans CJK JP for Japanese, KR otherwise):
    // its Latin, Hangul and Kana glyphs cover every text of the report, so the PDF embeds it.
    font.setFamilies({dashboardFontFamily(), QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pt(points)))));
    font.setWeight(weight);
    // Unhinted metrics scale linearly, so measured and printed text widths agree on every device.
    font.setHintingPreference(QFont::PreferNoHinting);
    // Without shaping, Latin digits keep their cmap glyphs: shaped Latin runs of Noto Sans CJK
    // use alternate digit glyphs that the PDF's ToUnicode map lacks (pdftotext lost "37.7").
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QColor reportMutedColor()
{
    return QColor(0x5b, 0x65, 0x70);
}

QColor reportInkColor()
{
    return QColor(0x1f, 0x2d, 0x3d);
}

ReportBlock noteBlock(const QString &text, qreal width, qreal spaceAfter)
{
    return textBlock(text, reportFont(8), reportMutedColor(), spaceAfter, width);
}

ReportGeometry ReportGeometry::from(const ReportPageSetup &setup)
{
    const QSizeF sheet = setup.pageSizeMm();
    const QMarginsF &m = setup.marginsMm;
    return ReportGeometry{QSizeF(mm(sheet.width()), mm(sheet.height())),
                          QMarginsF(mm(m.left()), mm(m.top()), mm(m.right()), mm(m.bottom()))};
}

ReportBlock textBlock(const QString &text, const QFont &font, const QColor &color, qreal spaceAfter, qreal width)
{
    ReportBlock block;
    const qreal textHeight = wrappedHeight(text, font, width);
    block.height = textHeight + spaceAfter;
    block.paint = [text, font, color, textHeight](QPainter &painter, const QRectF &rect) {
        painter.setFont(font);
        painter.setPen(color);
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), textHeight), kWrapFlags, text);
    };
    return block;
}

ReportBlock headingBlock(const QString &text, qreal width)
{
    const QFont font = reportFont(11.5, QFont::Bold);
    ReportBlock block = textBlock(text, font, QColor(0x1f, 0x2d, 0x3d), mm(2), width);
    block.height += mm(2);  // space above, drawn as an offset
    const auto paintText = block.paint;
    block.paint = [paintText](QPainter &painter, const QRectF &rect) {
        paintText(painter, rect.adjusted(0, mm(2), 0, 0));
    };
    block.keepWithNext = true;
    return block;
}

ReportBlock kpiBlock(const QList<KpiCard> &cards, const QList<int> &perRow, qreal width)
{
    struct Row {
        QList<KpiCard> cards;
        qreal cardWidth = 0;
        qreal height = 0;
    };
    QList<Row> rows;
    int next = 0;
    for (int count : perRow) {
        Row row;
        for (int i = 0; i < count && next < cards.size(); ++i)
            row.cards << cards.at(next++);
        if (row.cards.isEmpty())
            continue;
        const int n = static_cast<int>(row.cards.size());
        row.cardWidth = (width - kCardGap * (n - 1)) / n;
        for (const KpiCard &card : row.cards)
            row.height = std::max(row.height, cardContentHeight(card, row.cardWidth - 2 * kCardPadding));
        row.height += 2 * kCardPadding;
        rows << row;
    }
    ReportBlock block;
    for (const Row &row : rows)
        block.height += row.height + kCardGap;
    block.height += mm(1);
    block.paint = [rows](QPainter &painter, const QRectF &rect) {
        painter.save();
        qreal y = rect.top();
        for (const Row &row : rows) {
            qreal x = rect.left();
            for (const KpiCard &card : row.cards) {
                paintCard(painter, card, QRectF(x, y, row.cardWidth, row.height));
                x += row.cardWidth + kCardGap;
            }
            y += row.height + kCardGap;
        }
        painter.restore();
    };
    return block;
}

}  // namespace medtour
