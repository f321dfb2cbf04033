#include "kpistrip.h"

#include <model/numberformat.h>

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

QString provenance(const ResolvedValue &v)
{
    QStringList lines;
    lines << QStringLiteral("Status: %1").arg(v.hasData() ? statusLabel(v.status) : QStringLiteral("not published"));
    if (!v.sourceIds.isEmpty())
        lines << QStringLiteral("Source ids: %1").arg(v.sourceIds.join(QStringLiteral(", ")));
    if (!v.note.isEmpty())
        lines << v.note;
    lines << sourceLine();
    return lines.join(QLatin1Char('\n'));
}

QString topValue(const std::optional<BreakdownRow> &row)
{
    if (!row)
        return QStringLiteral("n/a");
    return QStringLiteral("%1 %2").arg(row->id, formatPercent(row->cell.sharePct, isApproximate(row->cell.status)));
}

QString topDetail(const BreakdownRow &row, const QString &unit)
{
    QStringList parts;
    if (!row.nameKo.isEmpty())
        parts << row.nameKo;
    parts << QStringLiteral("%1 %2").arg(formatCount(row.cell.value, row.cell.status), unit);
    return parts.join(QStringLiteral(" · "));
}
}  // namespace

KpiStrip::KpiStrip(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(QStringLiteral("Key figures"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.95);
    QFont valueFont = font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.7);
    valueFont.setBold(true);
    for (Card &c : m_cards) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setBackgroundRole(QPalette::Base);
        frame->setAutoFillBackground(true);
        frame->setFocusPolicy(Qt::TabFocus);  // reachable by keyboard for screen readers
        c.frame = frame;
        c.title = new QLabel(frame);
        c.title->setFont(titleFont);
        c.title->setForegroundRole(QPalette::PlaceholderText);
        c.title->setWordWrap(true);
        c.title->setTextFormat(Qt::PlainText);
        c.value = new ElidingLabel(frame);
        c.value->setFont(valueFont);
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
    setSummary(Summary{});
}

void KpiStrip::setSummary(const Summary &s)
{
    const QString year = QString::number(s.focusYear);
    const QString previous = QString::number(s.focusYear - 1);
    const bool departmentBased = s.totalMeasure == Measure::DepartmentBased;

    QString totalDetail = departmentBased ? QStringLiteral("Counted once per department (진료과 기준)")
                                          : QStringLiteral("Real patients (실환자)");
    if (s.total.value && isApproximate(s.total.status))
        totalDetail += QStringLiteral(" · %1").arg(statusLabel(s.total.status));
    setCard(Kpi::Total,
            (departmentBased ? QStringLiteral("Department-based count %1") : QStringLiteral("Foreign patients %1"))
                .arg(year),
            formatCount(s.total.value, s.total.status), totalDetail, provenance(s.total));

    QString growthDetail = s.total.yoyPct ? QStringLiteral("vs %1").arg(previous)
                                          : QStringLiteral("No comparable figure for %1").arg(previous);
    if (s.total.yoyPct && s.total.yoyReported)
        growthDetail += QStringLiteral(" · published rate");
    QString growthTip = QStringLiteral("Growth of the %1 total against %2")
                            .arg(departmentBased ? QStringLiteral("department-based") : QStringLiteral("patient"),
                                 previous);
    if (s.total.yoyPct)
        growthTip += QStringLiteral("\nStatus: %1").arg(statusLabel(s.total.yoyStatus));
    setCard(Kpi::Growth, QStringLiteral("YoY growth %1").arg(year),
            formatGrowth(s.total.yoyPct, isApproximate(s.total.yoyStatus)), growthDetail,
            growthTip + QLatin1Char('\n') + sourceLine());

    setCard(Kpi::TopNationality, QStringLiteral("Top nationality %1").arg(year), topValue(s.topNationality),
            s.topNationality ? topDetail(*s.topNationality, QStringLiteral("patients"))
                             : QStringLiteral("No nationality breakdown for this filter"),
            s.topNationality ? QStringLiteral("Share of the real-patient total\n") + provenance(s.topNationality->cell)
                             : sourceLine());

    setCard(Kpi::TopSpecialty, QStringLiteral("Top specialty %1").arg(year), topValue(s.topSpecialty),
            s.topSpecialty ? topDetail(*s.topSpecialty, QStringLiteral("of department-based counts"))
                           : QStringLiteral("No specialty breakdown for this filter"),
            s.topSpecialty
                ? QStringLiteral("Share of department-based counts (진료과 기준), not of real patients: a patient "
                                 "treated in two departments counts twice\n")
                      + provenance(s.topSpecialty->cell)
                : sourceLine());

    setCard(Kpi::CountriesOfOrigin, QStringLiteral("Countries of origin %1").arg(year),
            formatCount(s.countriesOfOrigin.value, s.countriesOfOrigin.status),
            s.countriesOfOrigin.hasData() ? QStringLiteral("countries patients came from")
                                          : QStringLiteral("Published only for all patients, unfiltered"),
            provenance(s.countriesOfOrigin));
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
