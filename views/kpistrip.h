#pragma once

#include <model/summary.h>

#include <QWidget>

#include <array>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace medtour {

// The row of five KPI cards above the charts: focus-year total, YoY growth, top nationality,
// top specialty and countries of origin, shown from a Summary (model/summary.h). Values keep
// the model's formatting ("1,170,467", "≈146,000", "n/a"), or myriad units with a counter word
// when Korean units are on ("117만 467명"); tooltips give status and sources.
// Owns its labels; long texts are elided on screen, the full text is in the tooltip. Texts
// and names (localizedName(), formatYear()) follow the current language.
class KpiStrip : public QWidget
{
    Q_OBJECT
public:
    enum class Kpi { Total, Growth, TopNationality, TopSpecialty, CountriesOfOrigin };
    static constexpr int kCount = 5;

    explicit KpiStrip(QWidget *parent);

    /// Shows `summary` (counts in patients or department-based counts, percents one decimal)
    /// in the current language; kept, and shown again after a language switch.
    void setSummary(const Summary &summary);
    /// Counts in myriad units with their counter word (the View menu's Korean units, like the
    /// charts): Korean "117만 467명", Japanese "117万467人", English "117만 467"; off by default
    /// ("1,170,467"). Percent and growth never change.
    void setKoreanUnits(bool on);
    bool koreanUnits() const { return m_koreanUnits; }

protected:
    void changeEvent(QEvent *event) override;

public:

    /// Full (unelided) texts of one card, for tests and accessibility.
    QString titleText(Kpi k) const;
    QString valueText(Kpi k) const;
    QString detailText(Kpi k) const;
    QString toolTipText(Kpi k) const;

private:
    struct Card {
        QWidget *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
    };
    void setCard(Kpi k, const QString &title, const QString &value, const QString &detail,
                 const QString &toolTip);
    void applyFonts();
    static QString provenance(const ResolvedValue &v, const QString &source);
    static QString topValue(const std::optional<BreakdownRow> &row);
    const Card &card(Kpi k) const { return m_cards[static_cast<int>(k)]; }

    std::array<Card, kCount> m_cards;
    Summary m_summary;  // shown; set again in the new language on a language switch
    bool m_koreanUnits = false;
};

}  // namespace medtour
