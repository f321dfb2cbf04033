#pragma once

#include "charttheme.h"
#include "translations.h"

#include <model/observation.h>

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace medtour {

/// What a bar chart's value axis shows: counts (patients or department-based counts) or
/// shares in percent of the slice total.
enum class ValueKind { Count, Share };

// Common interface of the dashboard's charts. Each chart owns one QChart, builds its series
// and axes once and updates them in place when its summary model resets (never a new QChart
// per change). The live chart is shown by a QChartView; exports and the report use a fresh
// instance from createExportCopy() so the live view is never changed for printing.
//
// Interaction (issue 4): a chart's "marks" are the slices / bars / segments a user can point
// at, numbered 0..markCount()-1 in reading order (rank order for shares, year-major for year
// charts). A click on a mark (or activateMark(), or Enter on a focused ChartPanel) emits
// categoryActivated(); a double click on "Other" emits otherExpandRequested(). Legend entries
// toggle their series; the hidden set is kept by series / category id across model resets.
//
// Language (issue 7): every text a chart draws or returns (title, axis titles, legend,
// category names via localizedName(), years via formatYear(), tooltips, descriptions) is in
// the current language. After applyLanguage() (views/translations.h) the chart re-reads them
// from its model in place (LanguageNotifier::languageChanged → retranslate()); ids stay the keys.
class DashboardChart : public QObject
{
    Q_OBJECT
public:
    explicit DashboardChart(QObject *parent = nullptr) : QObject(parent)
    {
        connect(LanguageNotifier::instance(), &LanguageNotifier::languageChanged, this, [this] { retranslate(); });
    }
    ~DashboardChart() override = default;

    /// The chart this object owns (owned by this object until a QChartView takes it).
    virtual QChart *chart() const = 0;
    /// File name stem for exports: "nationality-shares", "yoy-growth", "specialty-breakdown".
    virtual QString fileStem() const = 0;
    /// Human title of the chart as drawn, e.g. "Nationality shares, 2024".
    virtual QString title() const = 0;
    /// Non-empty when the chart cannot be computed from the data: drawn instead of zeros.
    virtual QString unavailableReason() const = 0;
    /// A new chart bound to the same summary model with the same options and animations off,
    /// for export and printing. Caller owns it.
    virtual std::unique_ptr<DashboardChart> createExportCopy() const = 0;

    /// The provenance of the dataset the chart shows (a cube's provenance(); empty: the
    /// built-in statistics): exported pictures carry sourceLineFor() of it under the chart.
    void setProvenance(const QString &provenance) { m_provenance = provenance; }
    const QString &provenance() const { return m_provenance; }

    /// Plain-text summary for screen readers in the current language, e.g. "Nationality shares,
    /// 2024 (real patients): Japan 37.7% (441,112 patients), China 22.3% (…), …". The
    /// unavailable reason when there is no data.
    virtual QString textDescription() const { return title(); }

    /// Number of marks (slices, bars, stacked segments) a keyboard user can step through.
    virtual int markCount() const { return 0; }
    /// Tooltip text of mark `index` (category name in the current language, value with status,
    /// share, YoY growth, source ids; charttooltips.h); empty when out of range.
    virtual QString markToolTip(int index) const { Q_UNUSED(index) return {}; }
    /// Does what a click on mark `index` does: emits categoryActivated() (and yearActivated()
    /// for year charts); for "Other" emits otherExpandRequested(). Out of range: nothing.
    virtual void activateMark(int index) { Q_UNUSED(index) }
    /// Draws a focus highlight on mark `index` (-1 removes it). Default: none.
    virtual void setHighlightedMark(int index) { m_highlighted = index; }
    int highlightedMark() const { return m_highlighted; }

    /// Myriad units (117만; in Japanese 117万) on value axes, value labels and tooltips instead
    /// of 1,170,467. Off by default. Re-renders the chart.
    void setKoreanUnits(bool on)
    {
        if (on == m_koreanUnits)
            return;
        m_koreanUnits = on;
        optionsChanged();
    }
    bool koreanUnits() const { return m_koreanUnits; }

    /// Series / category ids hidden through the legend (or setSeriesHidden()); they stay
    /// hidden across filter changes until shown again. Ids are the models' English ids
    /// ("Japan", "Dermatology", "All") or "yoy:<id>" for a growth line.
    QSet<QString> hiddenSeries() const { return m_hidden; }
    void setSeriesHidden(const QString &id, bool hidden)
    {
        if (hidden == m_hidden.contains(id))
            return;
        if (hidden)
            m_hidden.insert(id);
        else
            m_hidden.remove(id);
        optionsChanged();
        emit hiddenSeriesChanged();
    }
    void toggleSeries(const QString &id) { setSeriesHidden(id, !m_hidden.contains(id)); }
    void setHiddenSeries(const QSet<QString> &ids)
    {
        if (ids == m_hidden)
            return;
        m_hidden = ids;
        optionsChanged();
        emit hiddenSeriesChanged();
    }

signals:
    /// Emitted after the chart updated itself from its model.
    void updated();
    /// The user clicked (or activated by keyboard) a mark of category `categoryId` of
    /// `dimension` (e.g. Nationality / "Japan"): the app cross-filters to it.
    void categoryActivated(medtour::Dimension dimension, const QString &categoryId);
    /// The user double-clicked "Other" of `dimension`: the app expands it into its members.
    void otherExpandRequested(medtour::Dimension dimension);
    /// The user clicked a mark of year `year` (growth and year charts): e.g. set the focus year.
    void yearActivated(int year);
    /// The hidden set changed (legend click or setSeriesHidden()).
    void hiddenSeriesChanged();

protected:
    /// Re-renders after an option common to all charts changed (Korean units, hidden set).
    virtual void optionsChanged() {}
    /// After a language switch: the chart's fonts follow the language (charttheme.h), then it
    /// re-renders every text in place (optionsChanged()).
    void retranslate()
    {
        if (QChart *c = chart())
            applyChartFonts(*c);
        optionsChanged();
    }

    int m_highlighted = -1;

private:
    bool m_koreanUnits = false;
    QString m_provenance;
    QSet<QString> m_hidden;
};

}  // namespace medtour
