#include "reportmodeltable.h"

#include <model/modelroles.h>

#include <QAbstractItemModel>

#include <algorithm>

namespace medtour {

namespace {

bool hasTextRowHeaders(const QAbstractItemModel &model)
{
    return model.rowCount() > 0 && model.headerData(0, Qt::Vertical, Qt::DisplayRole).typeId() == QMetaType::QString;
}

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float: return true;
    default: return false;
    }
}

// Natural width of model column `column` (-1 = the row headers) in report units.
qreal naturalWidth(const QAbstractItemModel &model, int column)
{
    const QString title = column < 0 ? QString() : model.headerData(column, Qt::Horizontal).toString();
    qreal width = ReportTable::cellWidth(title, true);
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString text = column < 0 ? model.headerData(r, Qt::Vertical).toString()
                                        : model.index(r, column).data(Qt::DisplayRole).toString();
        width = std::max(width, ReportTable::cellWidth(text, false));
    }
    return width;
}

// Column widths that fill `width`: when everything fits, the spare width is shared evenly;
// otherwise columns narrower than a fair share keep their natural width and the wider ones
// share what is left equally (and elide), so short columns such as years never shrink.
QList<qreal> fitWidths(const QList<qreal> &natural, qreal width)
{
    qreal total = 0;
    for (qreal w : natural)
        total += w;
    QList<qreal> fitted = natural;
    if (total <= width) {
        for (qreal &w : fitted)
            w += (width - total) / std::max<qsizetype>(1, natural.size());
        return fitted;
    }
    QList<bool> capped(natural.size(), false);
    for (bool changed = true; changed;) {
        changed = false;
        qreal free = width;
        int open = 0;
        for (int i = 0; i < natural.size(); ++i) {
            if (capped.at(i))
                free -= fitted.at(i);
            else
                ++open;
        }
        const qreal share = open > 0 ? free / open : 0;
        for (int i = 0; i < natural.size(); ++i) {
            if (capped.at(i))
                continue;
            if (natural.at(i) <= share) {
                fitted[i] = natural.at(i);
                capped[i] = true;
                changed = true;
            }
        }
        if (!changed) {
            for (int i = 0; i < natural.size(); ++i) {
                if (!capped.at(i))
                    fitted[i] = share;
            }
        }
    }
    return fitted;
}

}  // namespace

ReportTable reportTableFromModel(const QAbstractItemModel &model, qreal width, const QList<int> &columns)
{
    QList<int> shown = columns;
    if (shown.isEmpty()) {
        for (int c = 0; c < model.columnCount(); ++c)
            shown << c;
    }
    const bool rowHeaders = hasTextRowHeaders(model);
    QList<int> all = shown;
    if (rowHeaders)
        all.prepend(-1);
    QList<qreal> widths;
    for (int c : all)
        widths << naturalWidth(model, c);
    const QList<qreal> fitted = fitWidths(widths, width);
    QList<ReportTable::Column> reportColumns;
    for (int i = 0; i < all.size(); ++i) {
        const int c = all.at(i);
        bool numeric = false;
        for (int r = 0; c >= 0 && r < model.rowCount() && !numeric; ++r)
            numeric = isNumber(model.index(r, c).data(RawValueRole));
        reportColumns.append({c < 0 ? QString() : model.headerData(c, Qt::Horizontal).toString(), fitted.at(i) / width,
                              numeric ? Qt::AlignRight : Qt::AlignLeft});
    }
    ReportTable table(reportColumns);
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c : all)
            cells << (c < 0 ? model.headerData(r, Qt::Vertical).toString() : model.index(r, c).data().toString());
        table.addRow(cells);
    }
    return table;
}

int trailingColumnsThatFit(const QAbstractItemModel &model, qreal width, const QList<int> &leading)
{
    qreal used = hasTextRowHeaders(model) ? naturalWidth(model, -1) : 0;
    for (int c : leading)
        used += naturalWidth(model, c);
    int k = 0;
    for (int c = model.columnCount() - 1; c >= 0 && !leading.contains(c); --c) {
        used += naturalWidth(model, c);
        if (used > width && k > 0)
            break;
        ++k;
    }
    return k;
}

}  // namespace medtour
