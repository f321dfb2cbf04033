#pragma once

#include "reporttable.h"

#include <QList>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
QT_END_NAMESPACE

namespace medtour {

/// The rows of a summary or data model (ShareTableModel, GrowthTableModel,
/// BreakdownTableModel, the filtered observations) as a ReportTable: the DisplayRole texts as
/// the dashboard shows them ("1,170,467", "≈146,000", "+93.2%", "n/a"), a leading column with
/// the vertical header texts when the model has text row headers (category names), then the
/// model `columns` in that order (all columns when empty). Column widths follow each column's
/// widest text, scaled to fit `width` report units; columns with numbers (RawValueRole) are
/// right-aligned.
ReportTable reportTableFromModel(const QAbstractItemModel &model, qreal width, const QList<int> &columns = {});

/// The largest k such that the row headers, the `leading` columns and the model's last k
/// columns fit into `width` report units unelided (at least 1 when the model has columns).
int trailingColumnsThatFit(const QAbstractItemModel &model, qreal width, const QList<int> &leading = {});

}  // namespace medtour
