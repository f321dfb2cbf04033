#pragma once

#include "cubequery.h"

#include <QAbstractTableModel>
#include <QJsonArray>

namespace medtour {

// Patients per year over the filter's year range with YoY growth, for one series (the
// filtered slice) or one series per selected nationality. Row = year; column 0 = year, then
// per series s: column 1+2s = count (patients, or department-based counts when a specialty
// is selected), column 2+2s = YoY growth in percent. Missing stays missing. Model reset on
// every recompute; texts (year cells via formatYear(), headers, labels) are in the current
// language. Parent owns it.
class GrowthTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Series {
        QString id;      // "All" or the nationality's English id; the key (legend, hidden series)
        QString nameKo;
        QString label;   // for people, in the current language at recompute: what the series
                         // counts ("All patients", "Dermatology (department-based)") or the
                         // nationality's localized name ("Japan", "일본", "日本")
        QList<ResolvedValue> points;  // one per year, aligned with years()
        QString nameJa;
    };

    explicit GrowthTableModel(QObject *parent);

    void recompute(const ObservationCube &cube, const FilterState &filter);

    const QList<int> &years() const { return m_years; }
    const QList<Series> &series() const { return m_series; }
    Measure measure() const { return m_measure; }
    /// Non-empty when no year of any series has a count.
    QString unavailableReason() const { return m_unavailable; }
    /// [{series, year, patients, yoy_pct, status, yoy_status, yoy_reported}] in chart order.
    QJsonArray toJson() const;

    /// Column of the count (`yoy` false) or YoY (`yoy` true) of series `s`.
    static int columnOf(int s, bool yoy) { return 1 + 2 * s + (yoy ? 1 : 0); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<int> m_years;
    QList<Series> m_series;
    Measure m_measure = Measure::RealPatients;
    QString m_unavailable;
};

}  // namespace medtour
