#include "chartfit.h"

#include "charttext.h"
#include "charttheme.h"

#include <model/numberformat.h>

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QHash>
#include <QPointer>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace medtour {

namespace {

const QString kFitterName = QStringLiteral("medtourChartFitter");
constexpr double kLabelPadding = 5.0;  // Qt Charts' padding around axis labels

// Width and height of rich-text `html` as Qt Charts measures a label (document margin 0.5 px),
// plus 1 px against rounding.
QSizeF htmlSize(const QFont &font, const QString &html)
{
    QTextDocument doc;
    doc.setDocumentMargin(0.5);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    return QSizeF(doc.idealWidth() + 2.0, doc.size().height() + 1.0);
}

QSizeF maxHtmlSize(const QFont &font, const QStringList &htmls)
{
    QSizeF size;
    for (const QString &html : htmls)
        size = size.expandedTo(htmlSize(font, html));
    return size;
}

QFont labelFont(int pixelSize)
{
    QFont font = chartFont(ChartText::AxisLabel);
    font.setPixelSize(pixelSize);
    return font;
}

void setCategoriesAndFont(QBarCategoryAxis &axis, const QStringList &labels, const QFont &font)
{
    if (axis.labelsFont() != font)
        axis.setLabelsFont(font);
    if (axis.categories() != labels)
        axis.setCategories(labels);
}

// The per-chart state of the helpers in chartfit.h; a child of its chart, found by name.
class ChartFitter : public QObject
{
public:
    struct ValueSpec {
        QPointer<QCategoryAxis> axis;
        TickFormat format = TickFormat::Count;
        double low = 0.0;
        double high = 0.0;
        int maxTicks = 6;
        QList<double> barValues;
        QList<double> barTextWidths;
        QString title;
        QString shortTitle;
    };
    struct NameSpec {
        QPointer<QBarCategoryAxis> axis;
        QStringList names;
    };
    struct YearSpec {
        QPointer<QBarCategoryAxis> axis;
        QList<int> years;
        QList<bool> missing;
        QList<QGraphicsSimpleTextItem *> marks;  // "n/a" in the plot; children of the chart
    };

    explicit ChartFitter(QChart &chart) : QObject(&chart), m_chart(chart)
    {
        setObjectName(kFitterName);
        connect(&chart, &QGraphicsWidget::geometryChanged, this, [this] { fitAll(); });
        connect(&chart, &QChart::plotAreaChanged, this, [this] { fitAll(); });
    }

    static ChartFitter &of(QChart &chart)
    {
        auto *fitter = static_cast<ChartFitter *>(chart.findChild<QObject *>(kFitterName, Qt::FindDirectChildrenOnly));
        return fitter ? *fitter : *new ChartFitter(chart);
    }

    QString title;  // rich text; empty: not managed
    int titleGap = 0;  // px of space under the title
    QHash<QObject *, ValueSpec> values;
    QHash<QObject *, NameSpec> names;
    QHash<QObject *, YearSpec> years;

    void fitAll()
    {
        if (m_fitting)
            return;
        m_fitting = true;
        fitTitle();
        for (NameSpec &spec : names)
            fitNames(spec);
        for (YearSpec &spec : years)
            fitYears(spec);
        for (ValueSpec &spec : values)
            fitValues(spec);
        m_fitting = false;
    }

private:
    bool laidOut() const { return m_chart.size().width() > 0.0 && m_chart.plotArea().width() > 1.0; }
    // The height Qt Charts gives a vertical axis (its geometry's bottom edge, from the chart top).
    double axisHeight() const { return laidOut() ? m_chart.size().height() - m_chart.margins().bottom() : 300.0; }
    double contentWidth() const { return m_chart.size().width() - m_chart.margins().left() - m_chart.margins().right(); }

    // The title on one line when it fits, else broken after its last ", " (or the Japanese
    // comma "、") on the first line.
    void fitTitle()
    {
        if (title.isEmpty())
            return;
        QString shown = title;
        const int lineEnd = static_cast<int>(title.indexOf(QStringLiteral("<br>")));
        const int from = lineEnd < 0 ? -1 : lineEnd;
        const int comma = static_cast<int>(title.lastIndexOf(QStringLiteral(", "), from));
        const int touten = static_cast<int>(title.lastIndexOf(QChar(0x3001), from));
        const bool japanese = touten > comma;
        const int breakAt = japanese ? touten : comma;
        if (laidOut() && breakAt > 0 && htmlSize(m_chart.titleFont(), title).width() > contentWidth() - 8.0)
            shown = title.left(breakAt + 1) + QStringLiteral("<br>") + title.mid(breakAt + (japanese ? 1 : 2));
        // A blank line in a tiny font: Qt Charts puts the plot right under the title.
        if (titleGap > 0)
            shown += QStringLiteral("<br><span style=\"font-size:%1px\">&nbsp;</span>").arg(titleGap);
        if (m_chart.title() != shown)
            m_chart.setTitle(shown);
    }

    void fitValues(ValueSpec &spec)
    {
        if (!spec.axis)
            return;
        const bool horizontal = spec.axis->orientation() == Qt::Horizontal;
        const QRectF plot = m_chart.plotArea();
        const double length = laidOut() ? (horizontal ? plot.width() : plot.height()) : (horizontal ? 400.0 : 250.0);
        const double low = std::min(0.0, spec.low);
        double high = std::max(0.0, spec.high);
        // Room for the texts at the bar ends: bar end + 4 px + text must stay inside the chart.
        const double room = laidOut() ? m_chart.size().width() - plot.right() - 6.0 : 30.0;
        for (int i = 0; horizontal && i < spec.barValues.size(); ++i) {
            const double usable = std::max(0.35 * length, length + room - 4.0 - spec.barTextWidths.at(i));
            high = std::max(high, spec.barValues.at(i) * length / usable);
        }
        if (high <= low)
            high = low + 1.0;
        if (!spec.title.isEmpty()) {
            // The long title, else the short one, else none (the tick labels say "%" or counts).
            const QFontMetricsF fm(spec.axis->titleFont());
            const QString title = fm.horizontalAdvance(spec.title) + 8.0 <= length ? spec.title
                : fm.horizontalAdvance(spec.shortTitle) + 8.0 <= length                ? spec.shortTitle
                                                                                        : QString();
            if (spec.axis->titleText() != title)
                spec.axis->setTitleText(title);
        }
        const bool integers = spec.format != TickFormat::Percent;
        const double fine = niceStep(high - low, spec.maxTicks, integers);
        const double lowR = std::floor(low / fine + 1e-9) * fine;
        const double highR = std::ceil(high / fine - 1e-9) * fine;
        const QFontMetricsF fm(spec.axis->labelsFont());

        // The smallest step from `fine` up whose labels do not overlap.
        double step = fine;
        QStringList labels;
        QList<double> at;
        for (int tries = 0; tries < 12; ++tries) {
            QStringList candidate;
            QList<double> positions;
            double widest = 0.0;
            for (double v = std::ceil(lowR / step - 1e-9) * step; v <= highR + step * 1e-9; v += step) {
                candidate.append(tickText(v, step, spec.format));
                positions.append(v);
                widest = std::max(widest, fm.horizontalAdvance(candidate.constLast()));
            }
            if (candidate.size() < 2 && !labels.isEmpty())
                break;  // keep at least two labels
            labels = candidate;
            at = positions;
            // Qt Charts elides a label beyond the axis length / (labels + 1) less padding; the
            // labels also must not overlap their neighbours.
            const double height = htmlSize(spec.axis->labelsFont(), candidate.constLast()).height();
            const double slotCount = static_cast<double>(candidate.size() + 1);
            const bool qtFits = horizontal ? contentWidth() / slotCount - 2.0 * kLabelPadding >= widest + 1.0
                                           : axisHeight() / slotCount - 2.0 * kLabelPadding >= height + 1.0;
            const double extent = horizontal ? widest + 2.0 * kLabelPadding + 2.0 : height + 4.0;
            if (qtFits && length * step / (highR - lowR) >= extent)
                break;
            step = nextNiceStep(step, integers);
        }
        if (labels == spec.axis->categoriesLabels() && spec.axis->min() == lowR && spec.axis->max() == highR)
            return;
        const QStringList old = spec.axis->categoriesLabels();
        for (const QString &label : old)
            spec.axis->remove(label);
        spec.axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        spec.axis->setStartValue(at.constFirst() - step * 1e-6);  // a label on the first value
        for (int i = 0; i < labels.size(); ++i)
            spec.axis->append(labels.at(i), at.at(i));
        spec.axis->setRange(lowR, highR);
    }

    void fitNames(NameSpec &spec)
    {
        if (!spec.axis)
            return;
        const QStringList &oneLine = spec.names;
        QStringList twoLines;
        for (const QString &name : oneLine)
            twoLines.append(nameOnTwoLines(name));
        if (!laidOut() || oneLine.isEmpty()) {
            setCategoriesAndFont(*spec.axis, oneLine, labelFont(12));
            return;
        }
        // Qt Charts gives the left axes at most 40% of the width and each label the axis height
        // / (count + 1) less padding; the labels also must not overlap their neighbours.
        const double count = static_cast<double>(oneLine.size());
        const double maxWidth = 0.4 * contentWidth() - kLabelPadding - 4.0;
        const double maxHeight = std::min(m_chart.plotArea().height() / count - 2.0,
                                          axisHeight() / (count + 1.0) - 2.0 * kLabelPadding);
        for (int px : {12, 11, 10, 9}) {
            const QFont font = labelFont(px);
            for (const QStringList *labels : {&oneLine, static_cast<const QStringList *>(&twoLines)}) {
                const QSizeF size = maxHtmlSize(font, *labels);
                if (size.width() <= maxWidth && size.height() <= maxHeight) {
                    setCategoriesAndFont(*spec.axis, *labels, font);
                    return;
                }
            }
        }
        setCategoriesAndFont(*spec.axis, oneLine, labelFont(9));
    }

    void fitYears(YearSpec &spec)
    {
        if (!spec.axis)
            return;
        const QString na = notAvailableText();
        const QStringList full = yearLabelTexts(spec.years, spec.missing, false);
        QStringList shortForm = yearLabelTexts(spec.years, spec.missing, true);
        const QStringList bare = yearLabelTexts(spec.years, {}, true);  // n/a marked in the plot
        const bool anyMissing = spec.missing.contains(true);
        setMissingYearMarks(m_chart, spec.marks, spec.missing, false);
        if (!laidOut() || full.isEmpty()) {
            setCategoriesAndFont(*spec.axis, full, labelFont(12));
            return;
        }
        // Qt Charts gives a bottom axis at most 40% of the height left by margins and title;
        // when two lines do not fit, a year without data reads "n/a" alone (made unique by an
        // HTML comment, which the label does not show).
        const double titleHeight = htmlSize(m_chart.titleFont(), m_chart.title()).height();
        const double maxHeight = 0.4 * (m_chart.size().height() - m_chart.margins().top() - m_chart.margins().bottom() - titleHeight)
                                 - kLabelPadding;
        for (int i = 0; i < shortForm.size(); ++i) {
            QString &label = shortForm[i];
            if (label.contains(QStringLiteral("<br>")) && htmlSize(labelFont(12), label).height() > maxHeight)
                label = na + QStringLiteral("<!--%1-->").arg(i);
        }
        const double count = static_cast<double>(full.size());
        const double qtLimit = contentWidth() / (count + 1.0) - 2.0 * kLabelPadding - 1.0;  // Qt elides beyond
        const double spacing = m_chart.plotArea().width() / count;
        struct Form { const QStringList *labels; int px; };
        const Form forms[] = {{&full, 12}, {&shortForm, 12}, {&shortForm, 11}, {&shortForm, 10},
                              {&bare, 12}, {&bare, 11}, {&bare, 10}};
        for (int every : {1, 2, 3, 4}) {
            for (const Form &form : forms) {
                const QFont font = labelFont(form.px);
                const double width = maxHtmlSize(font, *form.labels).width();
                if (width > qtLimit || width + 4.0 > spacing * every)
                    continue;
                QStringList shown = *form.labels;
                // Thinned: the latest year always keeps its label; the others are unique blanks
                // (a bar category axis needs distinct categories; comments are not drawn).
                for (int i = 0; i < shown.size(); ++i) {
                    if ((shown.size() - 1 - i) % every != 0)
                        shown[i] = QStringLiteral("<!--%1-->").arg(i);
                }
                setCategoriesAndFont(*spec.axis, shown, font);
                setMissingYearMarks(m_chart, spec.marks, spec.missing, form.labels == &bare && anyMissing && spec.axis->isVisible());
                return;
            }
        }
        setCategoriesAndFont(*spec.axis, bare, labelFont(10));
        setMissingYearMarks(m_chart, spec.marks, spec.missing, anyMissing && spec.axis->isVisible());
    }

    QChart &m_chart;
    bool m_fitting = false;
};

}  // namespace

void setValueTicks(QChart &chart, QCategoryAxis &axis, TickFormat format, double low, double high, int maxTicks)
{
    ChartFitter &fitter = ChartFitter::of(chart);
    ChartFitter::ValueSpec &spec = fitter.values[&axis];
    spec.axis = &axis;
    spec.format = format;
    spec.low = low;
    spec.high = high;
    spec.maxTicks = std::max(1, maxTicks);
    fitter.fitAll();
}

void setBarEndRoom(QChart &chart, QCategoryAxis &axis, const QList<double> &values, const QStringList &texts)
{
    ChartFitter::ValueSpec &spec = ChartFitter::of(chart).values[&axis];
    spec.axis = &axis;
    spec.barValues = values;
    spec.barTextWidths.clear();
    const QFontMetricsF fm(chartFont(ChartText::DataLabel));
    for (int i = 0; i < values.size(); ++i)
        spec.barTextWidths.append(i < texts.size() ? fm.horizontalAdvance(texts.at(i)) : 0.0);
}

void setChartTitle(QChart &chart, const QString &title, int gapBelow)
{
    ChartFitter &fitter = ChartFitter::of(chart);
    fitter.title = title;
    fitter.titleGap = gapBelow;
    fitter.fitAll();
}

void setValueAxisTitle(QChart &chart, QCategoryAxis &axis, const QString &title, const QString &shortTitle)
{
    ChartFitter &fitter = ChartFitter::of(chart);
    ChartFitter::ValueSpec &spec = fitter.values[&axis];
    spec.axis = &axis;
    spec.title = title;
    spec.shortTitle = shortTitle;
    fitter.fitAll();
}

void setNameLabels(QChart &chart, QBarCategoryAxis &axis, const QStringList &names)
{
    ChartFitter &fitter = ChartFitter::of(chart);
    ChartFitter::NameSpec &spec = fitter.names[&axis];
    spec.axis = &axis;
    spec.names = names;
    fitter.fitAll();
}

void setYearLabels(QChart &chart, QBarCategoryAxis &axis, const QList<int> &years, const QList<bool> &missing)
{
    ChartFitter &fitter = ChartFitter::of(chart);
    ChartFitter::YearSpec &spec = fitter.years[&axis];
    if (!spec.axis)  // the marks of missing years follow the axis's visibility
        QObject::connect(&axis, &QAbstractAxis::visibleChanged, &fitter, [&fitter] { fitter.fitAll(); });
    spec.axis = &axis;
    spec.years = years;
    spec.missing = missing;
    fitter.fitAll();
}

}  // namespace medtour
