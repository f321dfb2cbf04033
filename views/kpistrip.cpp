#include "kpistrip.h"

#include "charttooltips.h"

#include <model/builtindataset.h>
#include <model/language.h>
#include <model/numberformat.h>

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QVBoxLayout>

namespace medtour {

namespace {
// A QLabel that draws its text elided to the width it gets instead of forcing the layout wider;
// text() keeps the full text.
class ElidingLabel : public QLabel
{
public:
    using QLabel::QLabel;
    QSize minimumSizeHint() const override
    {
        return {fontMetrics().horizontalAdvance(QStringLiteral("Mmm…")), QLabel::minimumSizeHint().height()};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QRect r = contentsRect();
        const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, r.width());
        style()->drawItemText(&painter, r, static_cast<int>(alignment()), palette(), isEnabled(), shown,
                              foregroundRole());
    }
};

}  // namespace

// Status, source ids, note and source line of a value, one per line.
QString KpiStrip::provenance(const ResolvedValue &v, const QString &source)
{
    QStringList lines;
    lines << tr("Status: %1").arg(v.hasData() ? statusLabel(v.status) : tr("not published"));
    if (!v.sourceIds.isEmpty())
        lines << tr("Source ids: %1").arg(v.sourceIds.join(QStringLiteral(", ")));
    // The dataset's own note, as written there (the built-in notes are English): labelled so
    // that it does not read as untranslated interface text.
    if (!v.note.isEmpty())
        lines << tr("Note in the dataset: %1", "a note quoted from the data file, in its own language").arg(v.note);
    lines << source;
    return lines.join(QLatin1Char('\n'));
}

// "Japan 37.7%" with the name in the current language; the name alone when its share is not
// known (not "China n/a", which reads as if China had no data); "n/a" without a row.
QString KpiStrip::topValue(const std::optional<BreakdownRow> &row)
{
    if (!row)
        return notAvailableText();
    if (!row->cell.sharePct)
        return localizedName(row->id, row->nameKo, row->nameJa);
    return tr("%1 %2", "KPI value: category name, share").arg(localizedName(row->id, row->nameKo, row->nameJa),
                                                             formatPercent(row->cell.sharePct, isApproximate(row->cell.status)));
}

KpiStrip::KpiStrip(QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    for (Card &c : m_cards) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setBackgroundRole(QPalette::Base);
        frame->setAutoFillBackground(true);
        frame->setFocusPolicy(Qt::TabFocus);  // reachable by keyboard for screen readers
        c.frame = frame;
        c.title = new QLabel(frame);
        c.title->setForegroundRole(QPalette::PlaceholderText);
        c.title->setWordWrap(true);
        c.title->setTextFormat(Qt::PlainText);
        c.value = new ElidingLabel(frame);
        c.value->setTextFormat(Qt::PlainText);
        c.detail = new QLabel(frame);
        c.detail->setWordWrap(true);
        c.detail->setTextFormat(Qt::PlainText);
        c.detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(10, 8, 10, 8);
        layout->setSpacing(2);
        layout->addWidget(c.title);
        layout->addWidget(c.value);
        layout->addWidget(c.detail, 1);
        row->addWidget(frame, 1);
    }
    applyFonts();
    setSummary(Summary{});
}

void KpiStrip::applyFonts()
{
    // Only the sizes and the weight are set: the family follows the application font, which
    // changes with the language (Noto Sans CJK KR / JP).
    QFont titleFont;
    titleFont.setPointSizeF(font().pointSizeF() * 0.95);
    QFont valueFont;
    valueFont.setPointSizeF(font().pointSizeF() * 1.7);
    valueFont.setBold(true);
    for (Card &c : m_cards) {
        c.title->setFont(titleFont);
        c.value->setFont(valueFont);
    }
}

void KpiStrip::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        setSummary(m_summary);
    else if (event->type() == QEvent::FontChange)
        applyFonts();
}

void KpiStrip::setKoreanUnits(bool on)
{
    if (on == m_koreanUnits)
        return;
    m_koreanUnits = on;
    setSummary(m_summary);
}

void KpiStrip::setSummary(const Summary &s)
{
    m_summary = s;
    setAccessibleName(tr("Key figures"));
    const QString year = formatYear(s.focusYear);
    const QString previous = formatYear(s.focusYear - 1);
    const bool departmentBased = s.totalMeasure == Measure::DepartmentBased;
    const QString source = sourceLineFor(s.provenance);  // the dataset's, not always the official

    QString totalDetail = departmentBased ? tr("Counted once per department (진료과 기준)") : tr("Real patients (실환자)");
    if (s.total.value && isApproximate(s.total.status))
        totalDetail = tr("%1 · %2", "KPI detail · status").arg(totalDetail, statusLabel(s.total.status));
    setCard(Kpi::Total, departmentBased ? tr("Department-based count %1").arg(year) : tr("Foreign patients %1").arg(year),
            m_koreanUnits ? formatCountKoreanWithCounter(s.total.value, s.total.status, s.totalMeasure)
                          : formatCount(s.total.value, s.total.status),
            totalDetail, provenance(s.total, source));

    QString growthDetail = s.total.yoyPct ? tr("vs %1", "growth against the previous year").arg(previous)
                                          : tr("No comparable figure for %1").arg(previous);
    if (s.total.yoyPct && s.total.yoyReported)
        growthDetail = tr("%1 · published rate").arg(growthDetail);
    QString growthTip = departmentBased ? tr("Growth of the department-based total against %1").arg(previous)
                                        : tr("Growth of the patient total against %1").arg(previous);
    if (s.total.yoyPct)
        growthTip += QLatin1Char('\n') + tr("Status: %1").arg(statusLabel(s.total.yoyStatus));
    setCard(Kpi::Growth, tr("YoY growth %1").arg(year), formatGrowth(s.total.yoyPct, isApproximate(s.total.yoyStatus)),
            growthDetail, growthTip + QLatin1Char('\n') + source);

    const std::optional<BreakdownRow> &nat = s.topNationality;
    setCard(Kpi::TopNationality, tr("Top nationality %1").arg(year), topValue(nat),
            nat ? tr("%1 patients", "count of real patients").arg(countText(nat->cell.value, nat->cell.status, m_koreanUnits))
                : tr("No nationality breakdown for this filter"),
            nat ? tr("Share of the real-patient total") + QLatin1Char('\n') + provenance(nat->cell, source) : source);

    const std::optional<BreakdownRow> &spec = s.topSpecialty;
    setCard(Kpi::TopSpecialty, tr("Top specialty %1").arg(year), topValue(spec),
            spec ? tr("%1 of department-based counts").arg(countText(spec->cell.value, spec->cell.status, m_koreanUnits))
                 : tr("No specialty breakdown for this filter"),
            spec ? tr("Share of department-based counts (진료과 기준), not of real patients: a patient treated in two "
                      "departments counts twice")
                       + QLatin1Char('\n') + provenance(spec->cell, source)
                 : source);

    setCard(Kpi::CountriesOfOrigin, tr("Countries of origin %1").arg(year),
            m_koreanUnits ? formatCountKoreanWithCounter(s.countriesOfOrigin.value, s.countriesOfOrigin.status,
                                                         Measure::CountriesOfOrigin)
                          : formatCount(s.countriesOfOrigin.value, s.countriesOfOrigin.status),
            s.countriesOfOrigin.hasData() ? tr("countries patients came from")
            : s.filtered                  ? tr("Published only for all patients, unfiltered")
                                          : tr("Not in this dataset", "no countries-of-origin figure in the loaded data"),
            provenance(s.countriesOfOrigin, source));
}

void KpiStrip::setCard(Kpi k, const QString &title, const QString &value, const QString &detail,
                       const QString &toolTip)
{
    Card &c = m_cards[static_cast<int>(k)];
    c.title->setText(title);
    c.value->setText(value);
    c.detail->setText(detail);
    c.frame->setToolTip(QStringLiteral("%1: %2\n%3\n%4").arg(title, value, detail, toolTip));
    c.frame->setAccessibleName(title);
    c.frame->setAccessibleDescription(QStringLiteral("%1, %2").arg(value, detail));
}

QString KpiStrip::titleText(Kpi k) const { return card(k).title->text(); }
QString KpiStrip::valueText(Kpi k) const { return card(k).value->text(); }
QString KpiStrip::detailText(Kpi k) const { return card(k).detail->text(); }
QString KpiStrip::toolTipText(Kpi k) const { return card(k).frame->toolTip(); }

}  // namespace medtour
