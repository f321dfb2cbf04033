#pragma once

#include "cubequery.h"

#include <QAbstractTableModel>
#include <QJsonArray>

namespace medtour {

// The shares of one dimension (nationality by default) in the focus year: the top N
// categories (or the selected ones, or all of them when "Other" is expanded) ranked by share,
// plus "Other" = the published total minus the categories shown (its share = 100% minus theirs). Counts in patients, shares in percent
// of the slice total of the same measure. Recomputes with a model reset (Qt Charts' pie and
// bar mappers ignore layoutChanged); texts are read in the current language. Parent owns it.
class ShareTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Category: DisplayRole = the name in the current language (localizedName()), RawValueRole
    // and CategoryIdRole = the id. CategoryKo: the Korean name in every language.
    enum class Column { Category, CategoryKo, Value, Share, Yoy, Status, Count };
    struct Entry {
        QString id;         // English id, "Other" for the remainder
        QString nameKo;
        ResolvedValue cell;
        bool isOther = false;
        QString nameJa;
        /// The name shown in the current language.
        QString displayName() const { return localizedName(id, nameKo, nameJa); }
    };

    ShareTableModel(Dimension dimension, QObject *parent);

    /// Recomputes from the cube under `filter` (focus year, top N, selections).
    void recompute(const ObservationCube &cube, const FilterState &filter);

    Dimension dimension() const { return m_dimension; }
    Measure measure() const { return m_breakdown.measure; }
    int year() const { return m_breakdown.year; }
    const QList<Entry> &entries() const { return m_entries; }
    const ResolvedValue &total() const { return m_breakdown.total; }
    /// Non-empty when no row could be computed; the chart shows it instead of drawing zeros.
    QString unavailableReason() const { return m_breakdown.unavailableReason; }
    /// The rows as the chart draws them: [{name, name_ko, name_ja, patients, share_pct, yoy_pct,
    /// status, is_other}]; "name" is the id.
    QJsonArray toJson() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Dimension m_dimension;
    Breakdown m_breakdown;
    QList<Entry> m_entries;
};

}  // namespace medtour
