#include "importtext.h"

namespace medtour {

QString ImportText::dimensionNoun(Dimension d)
{
    switch (d) {
    case Dimension::Nationality: return tr("nationality", "dimension in import messages");
    case Dimension::Specialty: return tr("specialty", "dimension in import messages");
    case Dimension::InstitutionType: return tr("institution_type", "dimension in import messages");
    case Dimension::Region: return tr("region", "dimension in import messages");
    }
    return dimensionId(d);
}

QString ImportText::delimiterName(QChar d)
{
    if (d == QLatin1Char(','))
        return tr("',' (comma)");
    if (d == QLatin1Char('\t'))
        return tr("tab", "the tab delimiter");
    if (d == QLatin1Char(';'))
        return tr("';' (semicolon)");
    return QStringLiteral("'%1'").arg(d);
}

QString ImportText::encodingLine(const QString &encoding, bool detected)
{
    return detected ? tr("encoding %1 (detected)").arg(encoding) : tr("encoding %1 (given)").arg(encoding);
}

QString ImportText::delimiterLine(QChar delimiter, bool detected)
{
    const QString name = delimiterName(delimiter);
    return detected ? tr("delimiter %1 (detected)").arg(name) : tr("delimiter %1 (given)").arg(name);
}

QString ImportText::mappingGiven(const QString &shapeId)
{
    return tr("shape %1, column mapping given").arg(shapeId);
}

QString ImportText::recordsCounted(qint64 records)
{
    return tr("%1 records counted").arg(records);
}

QString ImportText::recordsWithoutCategory(const QString &file, qint64 count, Dimension d)
{
    return count == 1 ? tr("%1: 1 record without a %2 counted only in the totals").arg(file, dimensionNoun(d))
                      : tr("%1: %2 records without a %3 counted only in the totals")
                            .arg(file, QString::number(count), dimensionNoun(d));
}

QString ImportText::totalRowsNotCounted(const QString &file, const QStringList &lines)
{
    return lines.size() == 1
        ? tr("%1: 1 total row (합계 / Total) not counted as records: line %2").arg(file, lines.first())
        : tr("%1: %2 total rows (합계 / Total) not counted as records: lines %3")
              .arg(file, QString::number(lines.size()), lines.join(QStringLiteral(", ")));
}

QString ImportText::columnsNotInCube(const QString &file, int headerLine, const QStringList &headers,
                                     const QList<int> &columns)
{
    QStringList named;
    for (int c : columns)
        named << tr("\"%1\" (column %2)").arg(headers.value(c), QString::number(c + 1));
    const QString where = QStringLiteral("%1:%2").arg(file).arg(headerLine);
    return named.size() == 1 ? tr("%1: column not in the cube: %2").arg(where, named.first())
                             : tr("%1: columns not in the cube: %2").arg(where, named.join(QStringLiteral(", ")));
}

}  // namespace medtour
